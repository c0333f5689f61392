//! String-shaped values with a syntax of their own. Each one is a newtype
//! so that the schema can describe its shape once, in `$defs`.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

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
    /// A slug naming an entry, unique within its collection.
    Id,
    {
        "type": "string",
        "description": "A slug: lowercase letters, digits and dashes, starting with a letter or digit, at most 63 characters.",
        "pattern": ID_PATTERN
    }
);

string_newtype!(
    /// A delay such as `30m`, `2h`, `1h30m` or `1d`.
    Duration,
    {
        "type": "string",
        "description": "A duration made of one or more <number><unit> parts, units d, h, m: \"30m\", \"2h\", \"1h30m\", \"1d\". \"0m\" is allowed where a delay can be zero.",
        "pattern": DURATION_PATTERN
    }
);

string_newtype!(
    /// A wall-clock time `HH:MM`.
    Time,
    {
        "type": "string",
        "description": "A 24-hour wall-clock time \"HH:MM\", from \"00:00\" to \"23:59\".",
        "pattern": TIME_PATTERN
    }
);

string_newtype!(
    /// The end of a window: `HH:MM` or `24:00`.
    EndTime,
    {
        "type": "string",
        "description": "A 24-hour wall-clock time \"HH:MM\"; \"24:00\" means the end of the day.",
        "pattern": END_TIME_PATTERN
    }
);

string_newtype!(
    /// A weekday or an inclusive weekday range.
    Weekday,
    {
        "type": "string",
        "description": "A weekday (mon tue wed thu fri sat sun) or an inclusive range going forward through the week, such as \"mon-fri\" or \"sun-thu\".",
        "pattern": WEEKDAY_PATTERN
    }
);

string_newtype!(
    /// An IANA time zone name.
    Zone,
    {
        "type": "string",
        "description": "An IANA time zone name such as \"Europe/Paris\", \"America/New_York\" or \"UTC\"."
    }
);

string_newtype!(
    /// A minijinja template using the reply variables.
    Template,
    {
        "type": "string",
        "description": "A minijinja template. Variables: follower, agent, brand, network, availability, next_update, link (for example \"Hi {{ follower }}!\")."
    }
);

string_newtype!(
    /// A TOML local date.
    Date,
    {
        "type": "string",
        "format": "date",
        "description": "A TOML local date, written without quotes: 2026-12-25."
    }
);
