//! The typed model of a strategy file, format version 1.
//!
//! These serde types are the single source of the JSON Schema in
//! `schemas/strategy.schema.json`: their doc comments become the schema's
//! descriptions, and a test fails when the committed schema and the types
//! drift apart. Leaf values that carry a syntax of their own (durations,
//! times, weekdays, zones, dates, versions) are parsed once, as the model is
//! built (`scalars::Parsed`); the schema checks their shape, and a value
//! that does not parse is kept with its error for the rule that reports it.

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
pub use metrics::{Measure, Metric, Review, Target, TargetValue};
pub use networks::{Acknowledged, Network, Persona, Platform, Role, SurfaceLimits};
pub use playbooks::{Automation, Channel, Playbook, PlaybookKind, Reply};
pub use scalars::{Date, Duration, EndTime, Id, OnDay, Template, Time, Version, Weekday, Zone};
pub use schedules::{ClosedDay, ClosedReason, Schedule, Window};
pub use voice::{
    Avoided, Emoji, Formality, Humor, Person, Substitution, Trait, Voice, VoiceOverride,
};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The name a closed value (an enum such as `Practice::BehindTheScenes`)
/// has in strategy files: `"behind-the-scenes"`.
pub(crate) fn file_name<T: Serialize>(value: &T) -> String {
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
    pub version: Version,
    /// BCP 47 tag of the guide's language ("en", "fr", "ar-SA", "fr-CA"); its region sets numbers, dates and the first day of the week, and "-u-nu-latn" Latin digits.
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
    /// Path, relative to this file, of the strategy this file translates
    /// ("northwind-outdoor.toml"). `check` then holds this file to the same
    /// ids and the same values as that source; only text may differ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation_of: Option<String>,
    /// The `version` of the source that this translation matches ("2.3.0").
    /// When the source moves past it, `check` reports the translation as
    /// behind and names what changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translates_version: Option<Version>,
}

impl Strategy {
    /// The schedule `network` follows, when it exists (else a finding of
    /// unknown-reference).
    pub(crate) fn schedule_of(&self, network: &Network) -> Option<&Schedule> {
        self.schedules.iter().find(|s| s.id == network.schedule)
    }

    /// The name of the persona `id`, or the id itself when no persona has
    /// it (a finding of `check`; a guide still says something).
    pub(crate) fn persona_name(&self, id: &Id) -> String {
        self.personas
            .iter()
            .find(|p| p.id == *id)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::{MonthDay, OneOrMany, Time, Weekday};
    use serde_json::json;

    fn one_or_many<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> OneOrMany<T> {
        match serde_json::from_value(value) {
            Ok(v) => v,
            Err(e) => panic!("did not deserialize: {e}"),
        }
    }

    #[test]
    fn one_value_or_a_list_deserializes_into_one_or_many() {
        let one: OneOrMany<Time> = one_or_many(json!("09:00"));
        assert!(matches!(&one, OneOrMany::One(t) if t.as_str() == "09:00"));
        let many: OneOrMany<Time> = one_or_many(json!(["09:00", "18:30"]));
        assert!(
            matches!(&many, OneOrMany::Many(ts) if ts.iter().map(Time::as_str).eq(["09:00", "18:30"]))
        );
        let empty: OneOrMany<Weekday> = one_or_many(json!([]));
        assert!(matches!(&empty, OneOrMany::Many(ts) if ts.is_empty()));
        let days: OneOrMany<MonthDay> = one_or_many(json!([1, "last-fri", 31]));
        let OneOrMany::Many(days) = days else {
            panic!("a list is Many")
        };
        assert!(matches!(
            days.as_slice(),
            [MonthDay::Number(1), MonthDay::Text(t), MonthDay::Number(31)] if t.as_str() == "last-fri" && matches!(t.get(), Some(super::OnDay::Nth(_)))
        ));
        let day: OneOrMany<MonthDay> = one_or_many(json!(15));
        assert!(matches!(day, OneOrMany::One(MonthDay::Number(15))));
        // The same shapes from TOML, through the deserializer `toml` gives.
        #[derive(serde::Deserialize)]
        struct At {
            at: OneOrMany<Time>,
            on: OneOrMany<MonthDay>,
        }
        let at: At = match toml::from_str("at = '10:00'\non = ['mon', 2]") {
            Ok(at) => at,
            Err(e) => panic!("{e}"),
        };
        assert!(matches!(at.at, OneOrMany::One(t) if t.as_str() == "10:00"));
        assert!(
            matches!(at.on, OneOrMany::Many(d) if matches!(d.as_slice(), [MonthDay::Text(t), MonthDay::Number(2)] if t.as_str() == "mon"))
        );
    }

    #[test]
    fn values_of_the_wrong_shape_are_errors_not_guesses() {
        for bad in [
            json!(256),
            json!(-1),
            json!(1.5),
            json!(true),
            json!({"a": 1}),
        ] {
            assert!(
                serde_json::from_value::<MonthDay>(bad.clone()).is_err(),
                "{bad} is not a month day"
            );
        }
        assert!(serde_json::from_value::<OneOrMany<Time>>(json!(3)).is_err());
        assert!(serde_json::from_value::<OneOrMany<Weekday>>(json!(["mon", 3])).is_err());
    }
}
