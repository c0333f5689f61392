//! CS501: a series' `on` must be the kind of day its `every` repeats on.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::model::{Every, MonthDay, OnDay};

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That a series' `on` fits its `every`: weekdays or ranges for
    /// `every = "week"`; day numbers 1–31, `"1st-mon"`…`"4th-sun"` or
    /// `"last-fri"` for `every = "month"`; no `on` for `every = "day"`. Weekly
    /// and monthly series need `on`.
    ///
    /// ## Why it matters
    /// `on = [15]` on a weekly series, or `on = ["mon"]` on a monthly one,
    /// cannot be expanded into dates: the slot would silently vanish from the
    /// calendar.
    ///
    /// ## Example
    /// ```toml
    /// every = "month"
    /// on = ["fri"]
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// every = "month"
    /// on = ["last-fri"]
    /// ```
    pub static INVALID_SERIES_DAYS = Some(check_series_days);
}

fn check_series_days(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(cal) = &ctx.strategy.calendar else {
        return;
    };
    for (i, series) in cal.series.iter().enumerate() {
        let base = pointer!("/calendar/series/", i);
        let mut push = |pointer: String, message: String, help: &str| {
            out.push(finding(
                &codes::INVALID_SERIES_DAYS,
                ctx.value(&pointer),
                message,
                help,
            ));
        };
        match (series.every, &series.on) {
            (Every::Day, Some(_)) => push(
                format!("{base}/on"),
                format!("daily series `{}` has `on`", series.id),
                "remove `on`, or use every = \"week\" with weekdays",
            ),
            (Every::Week | Every::Month, None) => {
                let (every, help) = if series.every == Every::Week {
                    ("week", "add the weekdays: on = [\"mon\", \"thu\"]")
                } else {
                    (
                        "month",
                        "add the days of the month: on = [1, 15] or on = [\"1st-mon\"]",
                    )
                };
                let message = format!(
                    "series `{}` repeats every {every} but has no `on`",
                    series.id
                );
                push(format!("{base}/every"), message, help);
            }
            // Values of neither shape were reported by the schema; here, the
            // shapes that belong to the other kind of series.
            (Every::Week, Some(items)) => {
                for (j, item) in items.as_slice().iter().enumerate() {
                    let other_kind = match item {
                        MonthDay::Number(_) => true,
                        MonthDay::Text(t) => matches!(t.get(), Some(OnDay::Nth(_))),
                    };
                    if other_kind {
                        push(
                            items.pointer(&format!("{base}/on"), j),
                            format!(
                                "weekly series `{}` has `{}` in `on`, which is not a weekday",
                                series.id,
                                show(item)
                            ),
                            "weekly series take weekdays or ranges (\"mon\", \"mon-fri\"); day numbers and \"1st-mon\" are for every = \"month\"",
                        );
                    }
                }
            }
            (Every::Month, Some(items)) => {
                for (j, item) in items.as_slice().iter().enumerate() {
                    let other_kind = matches!(item, MonthDay::Text(t) if matches!(t.get(), Some(OnDay::Weekdays(_))));
                    if other_kind {
                        push(
                            items.pointer(&format!("{base}/on"), j),
                            format!(
                                "monthly series `{}` has `{}` in `on`, which is not a day of the month",
                                series.id,
                                show(item)
                            ),
                            "monthly series take day numbers 1–31, \"1st-mon\"…\"4th-sun\" or \"last-fri\"",
                        );
                    }
                }
            }
            (Every::Day, None) => {}
        }
    }
}

fn show(item: &MonthDay) -> String {
    match item {
        MonthDay::Number(n) => n.to_string(),
        MonthDay::Text(t) => t.to_string(),
    }
}
