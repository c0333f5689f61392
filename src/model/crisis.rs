//! `[crisis]`: severity levels and scenarios.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Duration, Id, Template};

/// Reputation crisis handling.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Crisis {
    /// Severity levels, 1 = lowest; at least one when any scenario exists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Level>,
    /// Crisis scenarios the team has prepared for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<Scenario>,
}

/// A crisis severity level.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// The level number, 1 (lowest) to 5; levels are unique.
    #[schemars(range(min = 1, max = 5))]
    pub level: u8,
    /// "Watch", "Alert", "Crisis".
    pub name: String,
    /// How to recognise it.
    pub description: String,
    /// First public response deadline.
    pub respond_within: Duration,
    /// Cadence of public updates while it lasts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_every: Option<Duration>,
    /// Ids of the roles that must approve public statements.
    #[schemars(extend("uniqueItems" = true))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approvers: Vec<Id>,
    /// Stop the content calendar while it lasts (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pause_scheduled_posts: Option<bool>,
}

/// A crisis scenario.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The scenario's id.
    pub id: Id,
    /// The scenario's name.
    pub name: String,
    /// The level it starts at; must name a defined level.
    pub level: u64,
    /// How it shows up.
    pub signals: Vec<String>,
    /// Id of the incident lead's role.
    pub owner: Id,
    /// The first public message, a template; may use {{ next_update }}.
    pub holding_statement: Template,
    /// What to do, in order.
    pub steps: Vec<String>,
    /// What never to do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dont: Vec<String>,
    /// Escalation ladder; `after` strictly increasing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub escalation: Vec<Escalation>,
}

/// One step of an escalation ladder.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    /// Delay after the start of the crisis ("0m", "30m", "2h").
    pub after: Duration,
    /// Ids of the roles to notify.
    #[schemars(extend("uniqueItems" = true))]
    pub notify: Vec<Id>,
}
