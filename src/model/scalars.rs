//! Values with a syntax of their own, parsed once when the model is built.
//!
//! A `Parsed<S>` keeps the text as written (for messages and guides) and
//! what the syntax `S` made of it: minutes, a time of day, weekdays, a
//! zone, a date, a version. A value that does not parse stays in the model
//! with its error, so that the rule which explains it can report it while
//! every other rule goes on; rules and renderers read `get()` and never
//! parse the text again. Where a value sits in the file is the span index's
//! to say (`load::SpanIndex`), by the value's JSON pointer.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

use crate::time::{self, DurationError};

/// Regular expressions shared by the schema and the diagnostics that map a
/// failed `pattern` back to the rule that explains it.
pub(crate) const ID_PATTERN: &str = r"^[a-z0-9][a-z0-9-]{0,62}$";
pub(crate) const DURATION_PATTERN: &str = r"^(?:[0-9]+[dhm])+$";
pub(crate) const TIME_PATTERN: &str = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$";
pub(crate) const END_TIME_PATTERN: &str = r"^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$";
pub(crate) const WEEKDAY_PATTERN: &str =
    r"^(?:mon|tue|wed|thu|fri|sat|sun)(?:-(?:mon|tue|wed|thu|fri|sat|sun))?$";
/// An entry of a series' `on` list when it is a string: a weekday or range
/// (weekly series) or an nth weekday of the month (monthly series).
pub(crate) const ON_PATTERN: &str = r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)(?:-(?:mon|tue|wed|thu|fri|sat|sun))?|(?:1st|2nd|3rd|4th|last)-(?:mon|tue|wed|thu|fri|sat|sun))$";

/// A syntax: how a string of the format becomes a typed value, and how the
/// schema describes it.
pub trait Syntax {
    type Value: fmt::Debug + Clone;
    type Error: fmt::Debug + Clone;
    /// The name of its `$defs` entry; `None` writes the schema inline.
    const NAME: Option<&'static str>;
    fn parse(text: &str) -> Result<Self::Value, Self::Error>;
    fn schema() -> Schema;
}

/// A string of the format and what its syntax made of it.
pub struct Parsed<S: Syntax> {
    text: String,
    value: Result<S::Value, S::Error>,
    syntax: PhantomData<S>,
}

impl<S: Syntax> Parsed<S> {
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        Parsed {
            value: S::parse(&text),
            text,
            syntax: PhantomData,
        }
    }

    /// The text as written in the file.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The typed value; `None` when the text does not parse (a rule reports it).
    pub fn get(&self) -> Option<&S::Value> {
        self.value.as_ref().ok()
    }

    /// Why the text does not parse, if it does not.
    pub fn error(&self) -> Option<&S::Error> {
        self.value.as_ref().err()
    }
}

impl<S: Syntax> Clone for Parsed<S> {
    fn clone(&self) -> Self {
        Parsed {
            text: self.text.clone(),
            value: self.value.clone(),
            syntax: PhantomData,
        }
    }
}

impl<S: Syntax> fmt::Debug for Parsed<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Parsed")
            .field(&self.text)
            .field(&self.value)
            .finish()
    }
}

impl<S: Syntax> fmt::Display for Parsed<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl<S: Syntax> Serialize for Parsed<S> {
    fn serialize<Z: serde::Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de, S: Syntax> Deserialize<'de> for Parsed<S> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Parsed::new)
    }
}

impl<S: Syntax> JsonSchema for Parsed<S> {
    fn inline_schema() -> bool {
        S::NAME.is_none()
    }
    fn schema_name() -> Cow<'static, str> {
        S::NAME.unwrap_or("string").into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        S::schema()
    }
}

/// Declares a syntax: its marker type, the alias of its parsed value, its
/// value and error types, its parser and its schema.
macro_rules! syntax {
    (
        $(#[$meta:meta])* $alias:ident = $marker:ident ($name:expr):
        $value:ty, $error:ty, $parse:expr, $schema:tt
    ) => {
        #[doc = concat!("The syntax of `", stringify!($alias), "`.")]
        #[derive(Debug, Clone, Copy)]
        pub enum $marker {}

        impl Syntax for $marker {
            type Value = $value;
            type Error = $error;
            const NAME: Option<&'static str> = $name;
            fn parse(text: &str) -> Result<$value, $error> {
                $parse(text)
            }
            fn schema() -> Schema {
                json_schema!($schema)
            }
        }

        $(#[$meta])*
        pub type $alias = Parsed<$marker>;
    };
}

syntax!(
    /// A delay such as `30m`, `2h`, `1h30m` or `1d`: minutes.
    Duration = DurationSyntax (Some("Duration")): i64, DurationError, time::parse_duration,
    {
        "type": "string",
        "description": "A duration made of one or more <number><unit> parts, units d, h, m: \"30m\", \"2h\", \"1h30m\", \"1d\". \"0m\" is allowed where a delay can be zero.",
        "pattern": DURATION_PATTERN
    }
);

syntax!(
    /// A wall-clock time `HH:MM`: minutes since midnight, below 1440.
    Time = TimeSyntax (Some("Time")): i64, (), |t| time::parse_start_time(t).ok_or(()),
    {
        "type": "string",
        "description": "A 24-hour wall-clock time \"HH:MM\", from \"00:00\" to \"23:59\".",
        "pattern": TIME_PATTERN
    }
);

syntax!(
    /// The end of a window, `HH:MM` or `24:00`: minutes since midnight.
    EndTime = EndTimeSyntax (Some("EndTime")): i64, (), |t| time::parse_time(t).ok_or(()),
    {
        "type": "string",
        "description": "A 24-hour wall-clock time \"HH:MM\"; \"24:00\" means the end of the day.",
        "pattern": END_TIME_PATTERN
    }
);

syntax!(
    /// A weekday or an inclusive weekday range: the days it covers.
    Weekday = WeekdaySyntax (Some("Weekday")): Vec<jiff::civil::Weekday>, (),
    |t| time::parse_weekdays(t).ok_or(()),
    {
        "type": "string",
        "description": "A weekday (mon tue wed thu fri sat sun) or an inclusive range going forward through the week, such as \"mon-fri\" or \"sun-thu\".",
        "pattern": WEEKDAY_PATTERN
    }
);

syntax!(
    /// An IANA time zone name: the zone from the bundled tz database.
    Zone = ZoneSyntax (Some("Zone")): jiff::tz::TimeZone, (), |t| time::zone(t).ok_or(()),
    {
        "type": "string",
        "description": "An IANA time zone name such as \"Europe/Paris\", \"America/New_York\" or \"UTC\"."
    }
);

syntax!(
    /// A TOML local date: the civil date. Whether it was written as a
    /// TOML date or quoted is the span index's to say (`invalid-date`).
    Date = DateSyntax (Some("Date")): jiff::civil::Date, (),
    |t: &str| t.parse().map_err(|_| ()),
    {
        "type": "string",
        "format": "date",
        "description": "A TOML local date, written without quotes: 2026-12-25."
    }
);

syntax!(
    /// A semantic version such as `1.4.0`.
    Version = VersionSyntax (None): semver::Version, String,
    |t| semver::Version::parse(t).map_err(|e| e.to_string()),
    { "type": "string" }
);

/// A string entry of a series' `on`: weekdays for weekly series, an nth
/// weekday of the month for monthly ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnDay {
    /// `"mon"` or `"mon-fri"`.
    Weekdays(Vec<jiff::civil::Weekday>),
    /// `"1st-mon"`…`"4th-sun"`, `"last-fri"`.
    Nth(time::MonthDaySpec),
}

syntax!(
    /// A string entry of `on`.
    On = OnSyntax (None): OnDay, (),
    |t| time::parse_weekdays(t)
        .map(OnDay::Weekdays)
        .or_else(|| time::parse_nth_weekday(t).map(OnDay::Nth))
        .ok_or(()),
    { "type": "string", "pattern": ON_PATTERN }
);

macro_rules! string_newtype {
    ($(#[$meta:meta])* $name:ident, $schema:tt) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

string_newtype!(
    /// A slug naming an entry, unique within its collection: its syntax is
    /// the schema's `pattern`, and it is compared as written.
    Id,
    {
        "type": "string",
        "description": "A slug: lowercase letters, digits and dashes, starting with a letter or digit, at most 63 characters.",
        "pattern": ID_PATTERN
    }
);

impl Id {
    /// Whether the text has the syntax of `ID_PATTERN`; one that has not
    /// is reported as invalid-id, and by no other rule.
    pub(crate) fn is_slug(&self) -> bool {
        is_slug(&self.0)
    }
}

/// `ID_PATTERN`: 1 to 63 of a-z, 0-9 and `-`, not starting with `-`.
pub(crate) fn is_slug(text: &str) -> bool {
    let b = text.as_bytes();
    (1..=63).contains(&b.len())
        && b[0] != b'-'
        && b.iter()
            .all(|c| matches!(c, b'a'..=b'z' | b'0'..=b'9' | b'-'))
}

string_newtype!(
    /// A minijinja template using the reply variables; compiled by the
    /// template rules and the renderer.
    Template,
    {
        "type": "string",
        "description": "A minijinja template. Variables: follower, agent, brand, network, availability, next_update, link (for example \"Hi {{ follower }}!\")."
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{Weekday as Day, date};

    #[test]
    fn values_are_parsed_once_into_their_types() {
        assert_eq!(Duration::new("1h30m").get(), Some(&90));
        assert_eq!(Time::new("09:15").get(), Some(&555));
        assert_eq!(EndTime::new("24:00").get(), Some(&1440));
        assert_eq!(Time::new("24:00").get(), None, "a start is before midnight");
        assert_eq!(
            Weekday::new("fri-mon").get(),
            Some(&vec![Day::Friday, Day::Saturday, Day::Sunday, Day::Monday])
        );
        assert_eq!(Date::new("2026-12-25").get(), Some(&date(2026, 12, 25)));
        assert_eq!(Version::new("1.4.0").get().map(|v| v.minor), Some(4));
        assert!(Zone::new("Europe/Paris").get().is_some());
        assert_eq!(
            On::new("last-fri").get(),
            Some(&OnDay::Nth(time::MonthDaySpec::Nth(-1, Day::Friday)))
        );
    }

    #[test]
    fn is_slug_agrees_with_the_id_pattern() {
        let pattern = regex_lite(ID_PATTERN);
        for text in [
            "a",
            "support-fr",
            "0",
            "-a",
            "A",
            "a_b",
            "é",
            "",
            "a-",
            &"a".repeat(63),
            &"a".repeat(64),
            "a b",
        ] {
            assert_eq!(is_slug(text), pattern(text), "{text:?}");
        }
    }

    /// The schema's own validator on a string, as the reference for a check.
    fn regex_lite(pattern: &str) -> impl Fn(&str) -> bool {
        let schema = serde_json::json!({ "type": "string", "pattern": pattern });
        let validator = jsonschema::validator_for(&schema).expect("the pattern compiles");
        move |text| validator.is_valid(&serde_json::Value::from(text))
    }

    #[test]
    fn a_value_that_does_not_parse_keeps_its_text_and_its_error() {
        let long = Duration::new("99999999d");
        assert_eq!((long.as_str(), long.get()), ("99999999d", None));
        assert_eq!(long.error(), Some(&DurationError::TooLarge));
        assert_eq!(
            Duration::new("2 hours").error(),
            Some(&DurationError::Syntax)
        );
        assert!(Zone::new("Paris").get().is_none());
        assert!(Version::new("1.4").error().is_some_and(|e| !e.is_empty()));
        assert_eq!(Date::new("2026-02-30").to_string(), "2026-02-30");
        // Written back as it was written, whatever it parsed to.
        let json = serde_json::to_string(&Duration::new("60m")).unwrap_or_default();
        assert_eq!(json, "\"60m\"");
    }
}
