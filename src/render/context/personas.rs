//! The personas page: who the brand speaks to, on which networks, and what
//! they need.

use serde::Serialize;

use super::{Builder, NetworkRef};

#[derive(Debug, Clone, Serialize)]
pub struct PersonaView {
    pub id: String,
    pub name: String,
    pub description: String,
    pub networks: Vec<NetworkRef>,
    pub needs: Vec<String>,
}

impl Builder<'_> {
    pub(super) fn personas(&self) -> Vec<PersonaView> {
        self.s
            .personas
            .iter()
            .map(|p| PersonaView {
                id: p.id.to_string(),
                name: p.name.clone(),
                description: p.description.clone(),
                networks: self.networks_named(&p.networks),
                needs: p.needs.clone(),
            })
            .collect()
    }
}
