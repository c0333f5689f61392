//! CS503: no published slot may fall on a local time that daylight saving
//! skips.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::model::{Id, Zone};
use crate::rules::values::civil_date;
use crate::time;

use super::{blackouts, date_rule, years_after};
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That no published series slot or timed one-off event falls in a
    /// daylight-saving gap: a local time that does not exist on the day clocks
    /// spring forward (02:30 in Paris on the last Sunday of March). Such a slot
    /// moves forward by the gap (02:30 becomes 03:30). Series are checked from
    /// `starts` to `until` (a century ahead when they never end); occurrences
    /// silenced by a blackout on all their networks are skipped.
    ///
    /// ## Why it matters
    /// The post goes out an hour later than the team planned, once a year, in
    /// every calendar app differently if the tool did not decide.
    ///
    /// ## Example
    /// ```toml
    /// every = "day"
    /// at = "02:30"
    /// timezone = "Europe/Paris"
    /// ```
    ///
    /// ## Fix
    /// Pick a time outside 02:00–03:00 in zones with daylight saving time,
    /// or accept the shift knowingly.
    pub static DST_GAP = Some(check_dst_gaps);
}

/// How far DST gaps are searched when a series has no `until`.
const DST_HORIZON_YEARS: i16 = 100;

fn check_dst_gaps(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(cal) = &ctx.strategy.calendar else {
        return;
    };
    let blackouts = blackouts(ctx);
    // The series of a file share a zone or two: each zone's gaps are found
    // once, over the span of all its series, and each series reads its own.
    let mut spans: BTreeMap<&str, (&Zone, Date, Date)> = BTreeMap::new();
    let mut ruled = Vec::new();
    for (i, series) in cal.series.iter().enumerate() {
        let zone_name = series.timezone.as_ref().unwrap_or(&ctx.strategy.timezone);
        let Some(rule) = date_rule(ctx, i, series) else {
            continue;
        };
        let last = rule
            .until
            .unwrap_or_else(|| years_after(rule.starts, DST_HORIZON_YEARS));
        let span = spans
            .entry(zone_name.as_str())
            .or_insert((zone_name, rule.starts, last));
        (span.1, span.2) = (span.1.min(rule.starts), span.2.max(last));
        ruled.push((i, series, zone_name, rule, last));
    }
    let zone_gaps: BTreeMap<&str, Vec<time::Gap>> = spans
        .into_iter()
        .filter_map(|(name, (zone, from, to))| Some((name, time::gaps(zone.get()?, from, to))))
        .collect();
    for (i, series, zone_name, rule, last) in ruled {
        let Some(all) = zone_gaps.get(zone_name.as_str()) else {
            continue;
        };
        // The gaps `time::gaps` would give for this series alone.
        let first = rule.starts.yesterday().unwrap_or(rule.starts);
        let gaps: Vec<&time::Gap> = all
            .iter()
            .filter(|g| (first..=last).contains(&g.start.date()))
            .collect();
        // Silenced: every network of the series is in a blackout that day.
        let silenced = |date| {
            let networks = &series.networks;
            let quiet = |n: &Id| blackouts.iter().any(|b| b.covers(date, n.as_str()));
            !networks.is_empty() && networks.iter().all(quiet)
        };
        for (j, at) in series.at.as_slice().iter().enumerate() {
            let Some(&minutes) = at.get() else {
                continue;
            };
            // The first published occurrence whose local time does not exist.
            let hit = gaps.iter().find_map(|gap| {
                let (first, last) = (gap.start.date(), gap.end.date());
                [Some(first), (last != first).then_some(last)]
                    .into_iter()
                    .flatten()
                    .find_map(|date| {
                        // The time test first: it rules out nearly every gap,
                        // and costs far less than asking whether the series
                        // is published that day.
                        let published =
                            gap.holds(date, minutes) && rule.occurs_on(date) && !silenced(date);
                        published.then_some((date, **gap))
                    })
            });
            let Some((date, gap)) = hit else { continue };
            let pointer = series
                .at
                .pointer(&pointer!("/calendar/series/", i, "/at"), j);
            out.push(gap_finding(
                ctx.value(&pointer),
                format!("series `{}` at {at}", series.id),
                zone_name.as_str(),
                date,
                minutes,
                gap,
            ));
        }
    }
    let zone_name = ctx.strategy.timezone.as_str();
    let Some(tz) = ctx.strategy.timezone.get() else {
        return;
    };
    for (i, event) in cal.events.iter().enumerate() {
        let date_pointer = pointer!("/calendar/events/", i, "/date");
        let (Some(date), Some(at)) = (civil_date(ctx, &date_pointer, &event.date), &event.at)
        else {
            continue;
        };
        let Some(&minutes) = at.get() else {
            continue;
        };
        let gap = time::gaps(tz, date.yesterday().unwrap_or(date), date)
            .into_iter()
            .find(|g| g.holds(date, minutes));
        if let Some(gap) = gap {
            out.push(gap_finding(
                ctx.value(&pointer!("/calendar/events/", i, "/at")),
                format!("event `{}` at {at}", event.id),
                zone_name,
                date,
                minutes,
                gap,
            ));
        }
    }
}

fn gap_finding(
    span: std::ops::Range<usize>,
    what: String,
    zone: &str,
    date: Date,
    minutes: i64,
    gap: time::Gap,
) -> Diagnostic {
    let shift = gap.end.duration_since(gap.start).as_mins();
    let help = if shift >= time::MINUTES_PER_DAY {
        format!(
            "{zone} skips from {} to {}: that day has no such time; move the slot off {date}",
            gap.start.strftime("%Y-%m-%d %H:%M"),
            gap.end.strftime("%Y-%m-%d %H:%M")
        )
    } else {
        let moved = minutes + shift;
        format!(
            "that day clocks jump from {} to {}, so the slot moves to {:02}:{:02}; pick a time outside the gap to keep it where planned",
            gap.start.time().strftime("%H:%M"),
            gap.end.time().strftime("%H:%M"),
            (moved / 60) % 24,
            moved % 60
        )
    };
    finding(
        &codes::DST_GAP,
        span,
        format!("{what} falls in a gap when clocks jump forward in {zone} on {date}"),
        help,
    )
}
