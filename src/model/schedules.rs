//! `[[schedules]]`: when replies are staffed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Date, EndTime, Id, OneOrMany, Template, Time, Weekday, Zone};

/// An availability schedule.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// The schedule's id, referenced by networks.
    pub id: Id,
    /// IANA time zone of the hours; defaults to the top-level `timezone`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<Zone>,
    /// `true` = staffed 24/7; then `hours` must be absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub always: Option<bool>,
    /// Staffed windows, required unless `always = true`. No overnight window: split it in two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub hours: Option<Vec<Window>>,
    /// Holidays with nobody staffed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("uniqueItems" = true))]
    pub closed: Vec<Date>,
    /// The public availability statement (profile bio, auto-reply).
    pub statement: String,
    /// The automatic reply sent outside staffed hours (a template).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_of_hours_reply: Option<Template>,
}

impl Schedule {
    pub fn is_always(&self) -> bool {
        self.always == Some(true)
    }
}

/// A staffed window on some weekdays.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Window {
    /// Weekdays or ranges ("mon-fri") the window applies to: one, or a list.
    pub days: OneOrMany<Weekday>,
    /// Start of the window, "HH:MM".
    pub from: Time,
    /// End of the window, after `from`; "24:00" is the end of the day.
    pub to: EndTime,
}
