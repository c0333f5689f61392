//! The measurement page: the metrics, their targets, review and owner.

use serde::Serialize;

use super::{Builder, Label, NetworkRef, RoleRef, label};

#[derive(Debug, Clone, Serialize)]
pub struct MetricView {
    pub id: String,
    pub name: String,
    pub measure: Label,
    pub target: String,
    /// Empty when it covers every network.
    pub networks: Vec<NetworkRef>,
    pub review: Label,
    pub owner: RoleRef,
    pub source: Option<String>,
}

impl Builder<'_> {
    pub(super) fn metrics(&self) -> Vec<MetricView> {
        self.s
            .metrics
            .iter()
            .map(|m| MetricView {
                id: m.id.to_string(),
                name: m.name.clone(),
                measure: label(self.t, "measure", &m.measure),
                target: m.target.to_string(),
                networks: m
                    .networks
                    .as_ref()
                    .map(|ids| self.networks_named(ids))
                    .unwrap_or_default(),
                review: label(self.t, "review", &m.review),
                owner: self.role(&m.owner),
                source: m.source.clone(),
            })
            .collect()
    }
}
