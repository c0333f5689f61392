//! The measurement page: the metrics, their targets, review and owner.

use serde::Serialize;

use super::{Builder, Label, NetworkRef, RoleRef, label};
use crate::model::{self, TargetValue};
use crate::render::i18n::Arg;

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
    /// "at most 30 minutes", "au moins 95 %", "أكثر من 500".
    fn target(&self, target: &model::Target) -> String {
        let Some((comparator, value)) = target.get() else {
            return target.to_string();
        };
        let value = match value {
            TargetValue::Minutes(m) => self.t.duration(*m, true),
            TargetValue::Percent(p) => self
                .t
                .fill_with("measurement.percent", &[("n", Arg::Decimal(*p))]),
            TargetValue::Number(n) => self
                .t
                .fill_with("measurement.figure", &[("n", Arg::Decimal(*n))]),
        };
        let comparator = match *comparator {
            "<=" => "le",
            "<" => "lt",
            ">=" => "ge",
            ">" => "gt",
            _ => "eq",
        };
        self.t.fill_with(
            "measurement.target_value",
            &[
                ("comparator", Arg::Text(comparator)),
                ("value", Arg::Text(&value)),
            ],
        )
    }

    pub(super) fn metrics(&self) -> Vec<MetricView> {
        self.s
            .metrics
            .iter()
            .map(|m| MetricView {
                id: m.id.to_string(),
                name: m.name.clone(),
                measure: label(self.t, "measure", &m.measure),
                target: self.target(&m.target),
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
