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
    /// The post-incident review: what the team goes through together once
    /// a crisis is over, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub debrief: Vec<String>,
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
    /// The public update posted every `update_every` while it lasts, a
    /// template; may use {{ next_update }}.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_template: Option<Template>,
    /// The public message that closes it, a template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution_template: Option<Template>,
    /// What must hold before the incident lead declares it over.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub all_clear: Vec<String>,
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
    /// Ids of the networks where its public statements are posted; absent =
    /// every network. Statements are checked against their limits.
    #[schemars(extend("uniqueItems" = true))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub networks: Option<Vec<Id>>,
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
    /// How to reach them: "phone call", "Slack #incident".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// How long they have to answer before their backup is called.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respond_within: Option<Duration>,
}
