//! CS601: a metric's target is a comparator and a figure.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::time;

use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it checks
    /// That a metric's `target` is a comparator (`<`, `<=`, `>`, `>=`, `=`)
    /// followed by a number, a percentage or a duration: `"<= 2h"`, `">= 3%"`,
    /// `"> 500"`, `">= 4.5"`.
    ///
    /// ## Why it matters
    /// "Good engagement" cannot be reviewed; a target with a comparator and a
    /// figure tells the monthly review whether the team is on track.
    ///
    /// ## Example
    /// ```toml
    /// target = "fast"
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// target = "<= 2h"
    /// ```
    pub static INVALID_METRIC_TARGET = Some(check_targets);
}

/// A parsed metric target.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum TargetValue {
    Number(f64),
    Percent(f64),
    Minutes(i64),
}

/// `"<= 2h"` -> ("<=", Minutes(120)).
pub(crate) fn parse_target(text: &str) -> Option<(&str, TargetValue)> {
    let text = text.trim();
    let comparator = ["<=", ">=", "==", "<", ">", "="]
        .into_iter()
        .find(|c| text.starts_with(c))?;
    let value = text[comparator.len()..].trim();
    let number = |s: &str| -> Option<f64> {
        let ok = !s.is_empty()
            && s.chars().all(|c| c.is_ascii_digit() || c == '.')
            && s.matches('.').count() <= 1
            && !s.starts_with('.')
            && !s.ends_with('.');
        if ok { s.parse().ok() } else { None }
    };
    let parsed = if let Some(p) = value.strip_suffix('%') {
        TargetValue::Percent(number(p.trim_end())?)
    } else if let Some(n) = number(value) {
        TargetValue::Number(n)
    } else {
        TargetValue::Minutes(time::parse_duration(value).ok()?)
    };
    Some((comparator, parsed))
}

fn check_targets(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, metric) in ctx.strategy.metrics.iter().enumerate() {
        if parse_target(&metric.target).is_none() {
            out.push(
                Diagnostic::new(
                    &codes::INVALID_METRIC_TARGET,
                    ctx.value(&pointer!("/metrics/", i, "/target")),
                    format!(
                        "metric `{}` has a target \"{}\" that does not parse",
                        metric.id, metric.target
                    ),
                )
                .with_help("write a comparator and a value: \"<= 2h\", \">= 3%\", \"> 500\""),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(
            parse_target("<= 2h"),
            Some(("<=", TargetValue::Minutes(120)))
        );
        assert_eq!(
            parse_target(">= 3%"),
            Some((">=", TargetValue::Percent(3.0)))
        );
        assert_eq!(
            parse_target("> 500"),
            Some((">", TargetValue::Number(500.0)))
        );
        assert_eq!(
            parse_target(">=4.5"),
            Some((">=", TargetValue::Number(4.5)))
        );
        assert_eq!(parse_target("fast"), None);
        assert_eq!(parse_target("<= "), None);
        assert_eq!(
            parse_target("> 5 %"),
            Some((">", TargetValue::Percent(5.0)))
        );
        assert_eq!(parse_target(">= 1.2.3"), None);
    }
}
