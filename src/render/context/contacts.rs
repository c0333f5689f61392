//! The contacts page: the roles, how to reach them and their backups.

use serde::Serialize;

use super::{Builder, RoleRef};

#[derive(Debug, Clone, Serialize)]
pub struct RoleView {
    pub id: String,
    pub name: String,
    pub contact: String,
    pub backup: Option<RoleRef>,
}

impl Builder<'_> {
    pub(super) fn roles(&self) -> Vec<RoleView> {
        self.s
            .roles
            .iter()
            .map(|r| RoleView {
                id: r.id.to_string(),
                name: r.name.clone(),
                contact: r.contact.clone(),
                backup: r.backup.as_ref().map(|b| self.role(b)),
            })
            .collect()
    }
}
