//! CS202: the windows of one schedule must not overlap on a day.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::time;

use crate::rules::{Context, declare_rule, finding};

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

fn check_overlaps(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let fmt = |m: i64| format!("{:02}:{:02}", m / 60, m % 60);
    let hours = |w: &(String, i64, i64, i64)| format!("{}–{}", fmt(w.2), fmt(w.3));
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
            let id = &schedule.id;
            let message = if earlier.0 == later.0 {
                format!("schedule `{id}` lists {days} twice in one window")
            } else {
                let (later, earlier) = (hours(later), hours(earlier));
                format!("schedule `{id}`: on {days}, {later} overlaps {earlier}")
            };
            out.push(finding(
                &codes::OVERLAPPING_WINDOWS,
                ctx.value(&later.0),
                message,
                "make the windows meet instead of overlap, or merge them",
            ));
        }
    }
}
