//! The typed model of a strategy file, format version 1.
//!
//! These serde types are the single source of the JSON Schema in
//! `schemas/strategy.schema.json`: their doc comments become the schema's
//! descriptions, and a test fails when the committed schema and the types
//! drift apart. Leaf values that carry a syntax of their own (durations,
//! times, weekdays) stay strings here; the schema checks their shape and the
//! rules parse them.

mod calendar;
mod crisis;
mod metrics;
mod networks;
mod playbooks;
pub mod scalars;
mod schedules;
mod voice;

pub use calendar::{Blackout, Calendar, Event, Every, MonthDay, Practice, Series};
pub use crisis::{Crisis, Escalation, Level, Scenario};
pub use metrics::{Measure, Metric, Review};
pub use networks::{Network, Persona, Platform, Role};
pub use playbooks::{Automation, Channel, Playbook, PlaybookKind, Reply};
pub use scalars::{Date, Duration, EndTime, Id, Template, Time, Weekday, Zone};
pub use schedules::{Schedule, Window};
pub use voice::{Emoji, Formality, Humor, Person, Substitution, Trait, Voice, VoiceOverride};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The name a closed value (an enum such as `Practice::BehindTheScenes`)
/// has in strategy files: `"behind-the-scenes"`.
pub fn file_name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A value or a list of values: `at = "09:00"` or `at = ["09:00", "18:00"]`,
/// `days = "mon-fri"` or `days = ["mon-fri", "sun"]`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "OneOrMany{T}")]
pub enum OneOrMany<T> {
    /// A single value.
    One(T),
    /// A list of values (at least one).
    Many(#[schemars(length(min = 1))] Vec<T>),
}

impl<T> OneOrMany<T> {
    pub fn as_slice(&self) -> &[T] {
        match self {
            OneOrMany::One(t) => std::slice::from_ref(t),
            OneOrMany::Many(ts) => ts,
        }
    }

    /// JSON pointer of the `index`th value, under the pointer of the field.
    pub fn pointer(&self, field: &str, index: usize) -> String {
        match self {
            OneOrMany::One(_) => field.to_string(),
            OneOrMany::Many(_) => format!("{field}/{index}"),
        }
    }
}

/// A communication strategy: how one brand or team runs two-way
/// communication on social networks (format version 1).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "commstrat strategy file, format version 1")]
pub struct Strategy {
    /// Format version of this file; `1` for this version of commstrat.
    #[schemars(range(min = 1, max = 1))]
    pub schema: u32,
    /// The strategy's slug (lowercase letters, digits and dashes).
    pub id: Id,
    /// Brand or team name as shown in guides.
    pub name: String,
    /// Semantic version of this strategy ("1.4.0"); bump it on every change.
    pub version: String,
    /// BCP 47 tag of the guide's language ("en", "fr", "ar", "fr-CA").
    #[schemars(regex(pattern = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"))]
    pub language: String,
    /// IANA time zone ("Europe/Paris"), the default for every schedule and calendar entry.
    pub timezone: Zone,
    /// Who answers for this strategy (name and/or email).
    pub owner: String,
    /// One paragraph describing the strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Company values every answer must reflect (consistency, transparency).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    /// The marketing objectives the strategy serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<String>,
    /// The brand voice: who speaks, how formally, with how much humour and emoji.
    pub voice: Voice,
    /// Buyer personas and where they spend time online.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<Persona>,
    /// The networks where the brand is present (at least one).
    #[schemars(length(min = 1))]
    pub networks: Vec<Network>,
    /// When replies are staffed (at least one schedule).
    #[schemars(length(min = 1))]
    pub schedules: Vec<Schedule>,
    /// Who does what: community managers, approvers, legal counsel.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// How each kind of interaction (question, complaint, praise…) is handled.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub playbooks: Vec<Playbook>,
    /// Reputation crises: severity levels and scenarios.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crisis: Option<Crisis>,
    /// The content calendar: recurring series, one-off events and blackouts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<Calendar>,
    /// How results are measured.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<Metric>,
}
