//! Availability: staffed windows that make sense, and response-time promises
//! the schedule can keep.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::time;

use super::{Context, declare_rule};

declare_rule! {
    /// ## What it checks
    /// That each staffed window ends after it starts (`to` after `from`).
    ///
    /// ## Why it matters
    /// A window from 18:00 to 09:00 is either a typo or an overnight shift;
    /// the format has no overnight windows, so the hours would be lost.
    ///
    /// ## Example
    /// ```toml
    /// hours = [{ days = ["mon-fri"], from = "18:00", to = "09:00" }]
    /// ```
    ///
    /// ## Fix
    /// Swap `from` and `to`, or split an overnight shift in two:
    /// ```toml
    /// hours = [
    ///   { days = ["mon-fri"], from = "18:00", to = "24:00" },
    ///   { days = ["tue-sat"], from = "00:00", to = "09:00" },
    /// ]
    /// ```
    pub static WINDOW_ENDS_BEFORE_START = Some(check_window_order);
}

declare_rule! {
    /// ## What it checks
    /// That no two windows of one schedule overlap on the same day.
    ///
    /// ## Why it matters
    /// Overlaps usually hide a copy-paste mistake, and they make the staffed
    /// hours per week in the guide wrong.
    ///
    /// ## Example
    /// ```toml
    /// hours = [
    ///   { days = ["mon-fri"], from = "09:00", to = "13:00" },
    ///   { days = ["fri"], from = "12:00", to = "18:00" },
    /// ]
    /// ```
    ///
    /// ## Fix
    /// Make the windows meet instead of overlap (`from = "13:00"`), or merge them.
    pub static OVERLAPPING_WINDOWS = Some(check_overlaps);
}

declare_rule! {
    /// ## What it checks
    /// That a schedule with `always = true` has no `hours`.
    ///
    /// ## Why it matters
    /// "24/7" and a list of hours contradict each other: followers would be
    /// promised one thing and the team would staff another.
    ///
    /// ## Example
    /// ```toml
    /// always = true
    /// hours = [{ days = ["mon-fri"], from = "09:00", to = "18:00" }]
    /// ```
    ///
    /// ## Fix
    /// Remove `hours` for a 24/7 schedule, or remove `always` to keep the hours.
    pub static ALWAYS_WITH_HOURS = Some(check_always_with_hours);
}

declare_rule! {
    /// ## What it checks
    /// That a schedule which is not `always = true` lists its staffed `hours`.
    ///
    /// ## Why it matters
    /// Without hours nobody knows when the team is there, and the guide cannot
    /// show the week.
    ///
    /// ## Example
    /// ```toml
    /// [[schedules]]
    /// id = "office"
    /// statement = "We answer on weekdays."
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// hours = [{ days = ["mon-fri"], from = "09:00", to = "18:00" }]
    /// ```
    /// or `always = true` when the team is there around the clock.
    pub static SCHEDULE_WITHOUT_HOURS = Some(check_missing_hours);
}

declare_rule! {
    /// ## What it checks
    /// That a network's `response_time` can be kept: when its schedule leaves a
    /// stretch of the week unstaffed that is longer than the promise (a night,
    /// a weekend), the schedule must have an `out_of_hours_reply` telling
    /// followers when they will hear back. The week's pattern is what counts:
    /// holidays listed in `closed` are not part of the computation.
    ///
    /// ## Why it matters
    /// Promising a reply within the hour and then staying silent all weekend is
    /// how followers learn not to trust a brand. An honest automatic reply keeps
    /// the promise meaningful.
    ///
    /// ## Example
    /// ```toml
    /// [[networks]]
    /// schedule = "office"     # Mon–Fri 09:00–18:00
    /// response_time = "1h"
    /// ```
    ///
    /// ## Fix
    /// Add to the schedule:
    /// ```toml
    /// out_of_hours_reply = "Thanks {{ follower }}! We are back {{ availability }}."
    /// ```
    /// or staff the network around the clock, or promise a time the schedule can keep.
    pub static UNREACHABLE_RESPONSE_TIME = Some(check_response_times);
}

fn check_window_order(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, schedule) in ctx.strategy.schedules.iter().enumerate() {
        for (w, window) in schedule.hours.iter().flatten().enumerate() {
            let (Some(from), Some(to)) = (
                time::parse_start_time(window.from.as_str()),
                time::parse_time(window.to.as_str()),
            ) else {
                continue;
            };
            if to <= from {
                out.push(
                    Diagnostic::new(
                        &codes::WINDOW_ENDS_BEFORE_START,
                        ctx.value(&pointer!("/schedules/", i, "/hours/", w, "/to")),
                        format!(
                            "schedule `{}` has a window ending at {} {} it starts at {}",
                            schedule.id,
                            window.to,
                            if to == from { "when" } else { "before" },
                            window.from
                        ),
                    )
                    .with_help("swap `from` and `to`, or split an overnight window in two (until \"24:00\", then from \"00:00\" the next day)"),
                );
            }
        }
    }
}

fn check_overlaps(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let fmt = |m: i64| format!("{:02}:{:02}", m / 60, m % 60);
    for (i, schedule) in ctx.strategy.schedules.iter().enumerate() {
        let windows: Vec<_> = schedule
            .day_windows(&pointer!("/schedules/", i))
            .into_iter()
            .filter(|(_, _, from, to)| to > from)
            .collect();
        // Each later window is reported once, against the first window it
        // overlaps, naming every day they share.
        let mut reported = std::collections::BTreeSet::new();
        // How many times each window lists each weekday.
        let mut days_of: std::collections::BTreeMap<&str, [usize; 7]> = Default::default();
        for w in &windows {
            days_of.entry(w.0.as_str()).or_default()[w.1 as usize] += 1;
        }
        for (b, later) in windows.iter().enumerate() {
            if reported.contains(&later.0) {
                continue;
            }
            let clash = windows[..b]
                .iter()
                .find(|e| e.1 == later.1 && e.2 < later.3 && later.2 < e.3);
            let Some(earlier) = clash else { continue };
            reported.insert(later.0.clone());
            let days: Vec<&str> = time::WEEKDAY_NAMES
                .iter()
                .enumerate()
                .filter(|(d, _)| {
                    let on = |w: &str| days_of.get(w).map_or(0, |days| days[*d]);
                    if earlier.0 == later.0 {
                        on(&later.0) > 1
                    } else {
                        on(&later.0) > 0 && on(&earlier.0) > 0
                    }
                })
                .map(|(_, name)| *name)
                .collect();
            let days = days.join(", ");
            let message = if earlier.0 == later.0 {
                format!(
                    "schedule `{}` lists {days} twice in one window",
                    schedule.id
                )
            } else {
                format!(
                    "schedule `{}`: on {days}, {}–{} overlaps {}–{}",
                    schedule.id,
                    fmt(later.2),
                    fmt(later.3),
                    fmt(earlier.2),
                    fmt(earlier.3)
                )
            };
            out.push(
                Diagnostic::new(&codes::OVERLAPPING_WINDOWS, ctx.value(&later.0), message)
                    .with_help("make the windows meet instead of overlap, or merge them"),
            );
        }
    }
}

fn check_always_with_hours(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, schedule) in ctx.strategy.schedules.iter().enumerate() {
        if schedule.is_always() && schedule.hours.is_some() {
            out.push(
                Diagnostic::new(
                    &codes::ALWAYS_WITH_HOURS,
                    ctx.key(&pointer!("/schedules/", i, "/hours")),
                    format!(
                        "schedule `{}` is staffed 24/7 (`always = true`) but also lists `hours`",
                        schedule.id
                    ),
                )
                .with_help(
                    "remove `hours` for a 24/7 schedule, or remove `always` to keep the hours",
                ),
            );
        }
    }
}

fn check_missing_hours(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, schedule) in ctx.strategy.schedules.iter().enumerate() {
        if !schedule.is_always() && schedule.hours.is_none() {
            out.push(
                Diagnostic::new(
                    &codes::SCHEDULE_WITHOUT_HOURS,
                    ctx.value(&pointer!("/schedules/", i, "/id")),
                    format!("schedule `{}` has neither `hours` nor `always = true`", schedule.id),
                )
                .with_help("add `hours = [{ days = [\"mon-fri\"], from = \"09:00\", to = \"18:00\" }]`, or `always = true` for 24/7"),
            );
        }
    }
}

fn check_response_times(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, network) in ctx.strategy.networks.iter().enumerate() {
        let Some(schedule) = ctx
            .strategy
            .schedules
            .iter()
            .find(|s| s.id == network.schedule)
        else {
            continue; // reported by unknown-reference
        };
        // A schedule without hours is reported by schedule-without-hours.
        let no_hours = schedule.hours.as_ref().is_none_or(Vec::is_empty);
        if schedule.is_always() || schedule.out_of_hours_reply.is_some() || no_hours {
            continue;
        }
        let Ok(promise) = time::parse_duration(network.response_time.as_str()) else {
            continue;
        };
        let gap = time::longest_gap(&schedule.week_spans());
        if gap > promise {
            out.push(
                Diagnostic::new(
                    &codes::UNREACHABLE_RESPONSE_TIME,
                    ctx.value(&pointer!("/networks/", i, "/response_time")),
                    format!(
                        "network `{}` promises a reply within {} but schedule `{}` leaves {} unstaffed with no out-of-hours reply",
                        network.id,
                        network.response_time,
                        schedule.id,
                        time::format_duration(gap)
                    ),
                )
                .with_help(format!(
                    "add `out_of_hours_reply` to schedule `{}` telling followers when they will hear back, staff the network longer, or promise at least {}",
                    schedule.id,
                    time::format_duration(gap)
                )),
            );
        }
    }
}
