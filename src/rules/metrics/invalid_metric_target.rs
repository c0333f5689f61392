//! CS601: a metric's target is a comparator and a figure.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;

use crate::rules::{Context, declare_rule, finding};

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

fn check_targets(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, metric) in ctx.strategy.metrics.iter().enumerate() {
        if metric.target.get().is_none() {
            out.push(finding(
                &codes::INVALID_METRIC_TARGET,
                ctx.value(&pointer!("/metrics/", i, "/target")),
                format!(
                    "metric `{}` has a target \"{}\" that does not parse",
                    metric.id, metric.target
                ),
                "write a comparator and a value: \"<= 2h\", \">= 3%\", \"> 500\"",
            ));
        }
    }
}
