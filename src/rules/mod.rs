//! The rule registry. Each rule has a stable code, a kebab-case name, a
//! default severity and its documentation, written once as the doc comment
//! of its `declare_rule!` and printed by `commstrat explain`.
//!
//! Rules of the first stages (syntax, schema) have no check of their own:
//! the loader and the schema mapping emit their findings. Semantic rules run
//! on the typed model and locate findings through JSON pointers.
//!
//! Each semantic rule has a file of its own in the folder of its group
//! (`schedules/overlapping_windows.rs`), its documentation beside its check;
//! what the rules of a group share is in the group's `mod.rs`, and what
//! rules of several groups read is in `context.rs` and `fields.rs`.

pub mod builtin;
mod calendar;
mod context;
mod crisis;
pub mod drafts;
pub(crate) mod fields;
mod metrics;
mod playbooks;
mod references;
mod schedules;
mod templates;
pub mod translations;
mod values;
pub mod versions;

pub use context::Context;

use crate::codes::RuleId;
use crate::diagnostic::Diagnostic;

/// A semantic check: reads the strategy, pushes findings.
pub type Check = fn(&Context<'_>, &mut Vec<Diagnostic>);

/// A finding of `rule` at `span`: what is wrong, and how to fix it.
pub(crate) fn finding(
    rule: &'static RuleId,
    span: std::ops::Range<usize>,
    message: impl Into<String>,
    help: impl Into<String>,
) -> Diagnostic {
    Diagnostic::new(rule, span, message).with_help(help)
}

/// A rule: its identity, its documentation and its check.
#[derive(Debug)]
pub struct Rule {
    /// Code, name and default severity (`crate::codes`).
    pub id: &'static RuleId,
    /// Markdown: what it checks, why it matters, an example and its fix.
    pub doc: &'static str,
    /// `None` for rules whose findings come from loading or the schema.
    pub check: Option<Check>,
}

impl Rule {
    /// The documentation without the space rustdoc keeps after `///`.
    pub(crate) fn documentation(&self) -> String {
        let lines: Vec<&str> = self
            .doc
            .lines()
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .collect();
        lines.join("\n").trim_end().to_string() + "\n"
    }

    /// First sentence of the documentation, for `commstrat rules`.
    pub fn summary(&self) -> String {
        let paragraph = self
            .documentation()
            .lines()
            .skip_while(|l| l.starts_with('#') || l.trim().is_empty())
            .take_while(|l| !l.trim().is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let end = paragraph
            .match_indices(". ")
            .find(|(i, _)| paragraph[i + 2..].starts_with(|c: char| c.is_uppercase()))
            .map_or(paragraph.len(), |(i, _)| i + 1);
        paragraph[..end].to_string()
    }
}

/// Declares the rule whose identity is `crate::codes::$ident`; its doc
/// comment is its documentation.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub static $ident:ident = $check:expr;
    ) => {
        $(#[doc = $doc])*
        pub static $ident: $crate::rules::Rule = $crate::rules::Rule {
            id: &$crate::codes::$ident,
            doc: concat!($($doc, "\n"),*),
            check: $check,
        };
    };
}
pub(crate) use declare_rule;

/// Every rule, in code order.
pub static RULES: &[&Rule] = &[
    &builtin::TOML_SYNTAX,
    &builtin::UNKNOWN_KEY,
    &builtin::MISSING_KEY,
    &builtin::WRONG_TYPE,
    &builtin::INVALID_VALUE,
    &builtin::OUT_OF_RANGE,
    &builtin::SCHEMA_VIOLATION,
    &builtin::NESTING_TOO_DEEP,
    &builtin::FILE_TOO_LARGE,
    &builtin::TOO_MANY_FINDINGS,
    &builtin::INVALID_ID,
    &values::invalid_duration::INVALID_DURATION,
    &builtin::INVALID_TIME,
    &values::invalid_date::INVALID_DATE,
    &values::unknown_timezone::UNKNOWN_TIMEZONE,
    &builtin::INVALID_WEEKDAY,
    &values::invalid_version::INVALID_VERSION,
    &values::invisible_character::INVISIBLE_CHARACTER,
    &builtin::TOML_1_0_PORTABILITY,
    &references::duplicate_id::DUPLICATE_ID,
    &references::unknown_reference::UNKNOWN_REFERENCE,
    &schedules::window_ends_before_start::WINDOW_ENDS_BEFORE_START,
    &schedules::overlapping_windows::OVERLAPPING_WINDOWS,
    &schedules::always_with_hours::ALWAYS_WITH_HOURS,
    &schedules::schedule_without_hours::SCHEDULE_WITHOUT_HOURS,
    &schedules::unreachable_response_time::UNREACHABLE_RESPONSE_TIME,
    &schedules::gap_over_messaging_window::GAP_OVER_MESSAGING_WINDOW,
    &schedules::slower_than_badge::SLOWER_THAN_BADGE,
    &playbooks::missing_playbook::MISSING_PLAYBOOK,
    &playbooks::escalation_without_target::ESCALATION_WITHOUT_TARGET,
    &templates::unknown_template_variable::UNKNOWN_TEMPLATE_VARIABLE,
    &templates::template_syntax::TEMPLATE_SYNTAX,
    &templates::avoided_phrase::AVOIDED_PHRASE,
    &templates::reply_over_limit::REPLY_OVER_LIMIT,
    &templates::statement_over_limit::STATEMENT_OVER_LIMIT,
    &templates::no_such_surface::NO_SUCH_SURFACE,
    &crisis::undefined_crisis_level::UNDEFINED_CRISIS_LEVEL,
    &crisis::escalation_not_increasing::ESCALATION_NOT_INCREASING,
    &crisis::no_crisis_scenario::NO_CRISIS_SCENARIO,
    &calendar::invalid_series_days::INVALID_SERIES_DAYS,
    &calendar::series_never_occurs::SERIES_NEVER_OCCURS,
    &calendar::dst_gap::DST_GAP,
    &calendar::event_in_blackout::EVENT_IN_BLACKOUT,
    &calendar::blackout_ends_before_start::BLACKOUT_ENDS_BEFORE_START,
    &calendar::unstaffed_slot::UNSTAFFED_SLOT,
    &metrics::invalid_metric_target::INVALID_METRIC_TARGET,
    &versions::VERSION_NOT_BUMPED,
    &versions::VERSION_BUMP_TOO_SMALL,
    &translations::TRANSLATION_BEHIND,
    &translations::TRANSLATION_MISMATCH,
    &drafts::DRAFT_AVOIDED_PHRASE,
    &drafts::DRAFT_OVER_LIMIT,
    &drafts::UNFILLED_PLACEHOLDER,
    &drafts::MISSING_SIGN_OFF,
    &drafts::WRONG_PERSON,
    &drafts::TOO_MANY_EMOJI,
    &drafts::PAUSED_BY_CRISIS,
];

/// A rule by code (`CS201`) or name (`overlapping-windows`), any case.
pub fn find(query: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.id.code.eq_ignore_ascii_case(query) || r.id.name.eq_ignore_ascii_case(query))
}

/// Run every semantic rule on a loaded strategy.
pub fn run(context: &Context<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for check in RULES.iter().filter_map(|r| r.check) {
        check(context, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let codes: BTreeSet<_> = RULES.iter().map(|r| r.id.code).collect();
        let names: BTreeSet<_> = RULES.iter().map(|r| r.id.name).collect();
        assert_eq!(codes.len(), RULES.len());
        assert_eq!(names.len(), RULES.len());
        for rule in RULES {
            assert!(
                rule.id.code.len() == 5 && rule.id.code.starts_with("CS"),
                "{}",
                rule.id.code
            );
            assert!(
                rule.id
                    .name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && rule.id.name.starts_with(|c: char| c.is_ascii_lowercase()),
                "{}",
                rule.id.name
            );
        }
        let mut sorted: Vec<_> = RULES.iter().map(|r| r.id.code).collect();
        sorted.sort_unstable();
        assert_eq!(sorted, RULES.iter().map(|r| r.id.code).collect::<Vec<_>>());
    }

    #[test]
    fn every_code_has_one_rule_in_the_registry() {
        let registered: Vec<&RuleId> = RULES.iter().map(|r| r.id).collect();
        assert_eq!(registered, crate::codes::ALL);
    }

    #[test]
    fn every_rule_is_documented() {
        for rule in RULES {
            let doc = rule.documentation();
            for heading in [
                "## What it checks",
                "## Why it matters",
                "## Example",
                "## Fix",
            ] {
                assert!(doc.contains(heading), "{} lacks {heading}", rule.id.name);
            }
            assert!(!rule.summary().is_empty(), "{}", rule.id.name);
        }
    }
}
