//! Rule codes: the identity of every rule (its stable code, its name and
//! its default severity), which every stage may name in a finding. A leaf:
//! it uses no other module of the crate, so loading, the schema and the
//! rules can all say what they found without knowing one another. Each
//! rule's documentation and check live in `rules/`.

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing, never a failure: `--fail-level` does not offer it.
    #[value(skip)]
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// SARIF's name for the level: `note` for info.
    pub fn sarif(self) -> &'static str {
        match self {
            Severity::Info => "note",
            other => other.as_str(),
        }
    }

    /// The GitHub workflow command: `notice` for info.
    pub fn github(self) -> &'static str {
        match self {
            Severity::Info => "notice",
            other => other.as_str(),
        }
    }
}

/// A rule's identity: what findings carry, outputs print and
/// `commstrat.toml` names.
#[derive(Debug, PartialEq, Eq)]
pub struct RuleId {
    /// `CS202`: stable, never reused.
    pub code: &'static str,
    /// `overlapping-windows`: kebab-case.
    pub name: &'static str,
    /// The severity unless `commstrat.toml` sets another.
    pub severity: Severity,
}

macro_rules! rule_ids {
    ($($ident:ident = ($code:literal, $name:literal, $severity:ident);)+) => {
        $(
            pub static $ident: RuleId = RuleId {
                code: $code,
                name: $name,
                severity: Severity::$severity,
            };
        )+
        /// Every rule, in code order.
        pub static ALL: &[&RuleId] = &[$(&$ident),+];
    };
}

rule_ids! {
    TOML_SYNTAX = ("CS001", "toml-syntax", Error);
    UNKNOWN_KEY = ("CS002", "unknown-key", Error);
    MISSING_KEY = ("CS003", "missing-key", Error);
    WRONG_TYPE = ("CS004", "wrong-type", Error);
    INVALID_VALUE = ("CS005", "invalid-value", Error);
    OUT_OF_RANGE = ("CS006", "out-of-range", Error);
    SCHEMA_VIOLATION = ("CS007", "schema-violation", Error);
    NESTING_TOO_DEEP = ("CS008", "nesting-too-deep", Error);
    FILE_TOO_LARGE = ("CS009", "file-too-large", Error);
    TOO_MANY_FINDINGS = ("CS010", "too-many-findings", Error);
    INVALID_ID = ("CS101", "invalid-id", Error);
    INVALID_DURATION = ("CS102", "invalid-duration", Error);
    INVALID_TIME = ("CS103", "invalid-time", Error);
    INVALID_DATE = ("CS104", "invalid-date", Error);
    UNKNOWN_TIMEZONE = ("CS105", "unknown-timezone", Error);
    INVALID_WEEKDAY = ("CS106", "invalid-weekday", Error);
    INVALID_VERSION = ("CS107", "invalid-version", Error);
    INVISIBLE_CHARACTER = ("CS108", "invisible-character", Warning);
    TOML_1_0_PORTABILITY = ("CS109", "toml-1-0-portability", Warning);
    DUPLICATE_ID = ("CS110", "duplicate-id", Error);
    UNKNOWN_REFERENCE = ("CS111", "unknown-reference", Error);
    WINDOW_ENDS_BEFORE_START = ("CS201", "window-ends-before-start", Error);
    OVERLAPPING_WINDOWS = ("CS202", "overlapping-windows", Error);
    ALWAYS_WITH_HOURS = ("CS203", "always-with-hours", Error);
    SCHEDULE_WITHOUT_HOURS = ("CS204", "schedule-without-hours", Error);
    UNREACHABLE_RESPONSE_TIME = ("CS205", "unreachable-response-time", Error);
    GAP_OVER_MESSAGING_WINDOW = ("CS206", "gap-over-messaging-window", Warning);
    SLOWER_THAN_BADGE = ("CS207", "slower-than-badge", Info);
    MISSING_PLAYBOOK = ("CS301", "missing-playbook", Error);
    ESCALATION_WITHOUT_TARGET = ("CS302", "escalation-without-target", Error);
    UNKNOWN_TEMPLATE_VARIABLE = ("CS305", "unknown-template-variable", Error);
    TEMPLATE_SYNTAX = ("CS306", "template-syntax", Error);
    AVOIDED_PHRASE = ("CS307", "avoided-phrase", Error);
    REPLY_OVER_LIMIT = ("CS308", "reply-over-limit", Error);
    STATEMENT_OVER_LIMIT = ("CS309", "statement-over-limit", Error);
    NO_SUCH_SURFACE = ("CS310", "no-such-surface", Error);
    UNDEFINED_CRISIS_LEVEL = ("CS401", "undefined-crisis-level", Error);
    ESCALATION_NOT_INCREASING = ("CS402", "escalation-not-increasing", Error);
    NO_CRISIS_SCENARIO = ("CS403", "no-crisis-scenario", Error);
    INVALID_SERIES_DAYS = ("CS501", "invalid-series-days", Error);
    SERIES_NEVER_OCCURS = ("CS502", "series-never-occurs", Error);
    DST_GAP = ("CS503", "dst-gap", Warning);
    EVENT_IN_BLACKOUT = ("CS504", "event-in-blackout", Warning);
    BLACKOUT_ENDS_BEFORE_START = ("CS505", "blackout-ends-before-start", Error);
    UNSTAFFED_SLOT = ("CS506", "unstaffed-slot", Warning);
    INVALID_METRIC_TARGET = ("CS601", "invalid-metric-target", Error);
    VERSION_NOT_BUMPED = ("CS701", "version-not-bumped", Error);
    VERSION_BUMP_TOO_SMALL = ("CS702", "version-bump-too-small", Error);
    TRANSLATION_BEHIND = ("CS801", "translation-behind", Error);
    TRANSLATION_MISMATCH = ("CS802", "translation-mismatch", Error);
    DRAFT_AVOIDED_PHRASE = ("CS901", "draft-avoided-phrase", Error);
    DRAFT_OVER_LIMIT = ("CS902", "draft-over-limit", Error);
    UNFILLED_PLACEHOLDER = ("CS903", "unfilled-placeholder", Error);
    MISSING_SIGN_OFF = ("CS904", "missing-sign-off", Warning);
    WRONG_PERSON = ("CS905", "wrong-person", Warning);
    TOO_MANY_EMOJI = ("CS906", "too-many-emoji", Warning);
    PAUSED_BY_CRISIS = ("CS907", "paused-by-crisis", Error);
}
