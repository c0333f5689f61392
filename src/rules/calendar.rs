//! The content calendar: series that can occur, on days that exist, at
//! times that exist, and events that do not fall silent in a blackout.

use jiff::civil::Date;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::model::{Every, MonthDay, Series};
use crate::time::{self, DateRule};

use super::values::civil_date;
use super::{Context, declare_rule};

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

declare_rule! {
    /// ## What it checks
    /// That each series has at least one occurrence between `starts` and
    /// `until` (both inclusive), given its `every`, `interval` and `on`.
    ///
    /// ## Why it matters
    /// A series that never occurs looks planned in the file and is absent from
    /// every calendar: typically `until` before `starts`, or "the 31st" in a
    /// range of short months.
    ///
    /// ## Example
    /// ```toml
    /// every = "month"
    /// on = [31]
    /// starts = 2027-02-01
    /// until = 2027-02-28
    /// ```
    ///
    /// ## Fix
    /// Widen the range, or pick a day every month has (`on = ["last-fri"]`, `on = [28]`).
    pub static SERIES_NEVER_OCCURS = Some(check_never_occurs);
}

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

declare_rule! {
    /// ## What it checks
    /// That no one-off event falls inside a blackout that covers one of its
    /// networks.
    ///
    /// ## Why it matters
    /// A blackout says "we publish nothing here" (a holiday, a period of
    /// mourning, a crisis); an event planned inside it is either a mistake or a
    /// deliberate exception that deserves a second look.
    ///
    /// ## Example
    /// ```toml
    /// [[calendar.events]]
    /// date = 2026-12-25
    /// [[calendar.blackouts]]
    /// from = 2026-12-24
    /// to = 2026-12-26
    /// ```
    ///
    /// ## Fix
    /// Move the event, narrow the blackout's `networks`, or change its dates.
    pub static EVENT_IN_BLACKOUT = Some(check_events_in_blackouts);
}

declare_rule! {
    /// ## What it checks
    /// That a blackout's `to` is not before its `from`.
    ///
    /// ## Why it matters
    /// An inverted blackout covers no day at all: the posts it was meant to
    /// stop go out.
    ///
    /// ## Example
    /// ```toml
    /// from = 2027-01-02
    /// to = 2026-12-24
    /// ```
    ///
    /// ## Fix
    /// Swap the two dates.
    pub static BLACKOUT_ENDS_BEFORE_START = Some(check_blackouts);
}

/// How far DST gaps are searched when a series has no `until`.
const DST_HORIZON_YEARS: i16 = 100;
/// How far an endless series is searched for its first occurrence.
const OCCURRENCE_HORIZON_YEARS: i16 = 400;

/// The date rule of the series at index `i`, when every part of it is valid.
fn date_rule(ctx: &Context<'_>, i: usize, series: &Series) -> Option<DateRule> {
    let starts = civil_date(
        ctx,
        &pointer!("/calendar/series/", i, "/starts"),
        &series.starts,
    )?;
    let until = match &series.until {
        Some(u) => Some(civil_date(
            ctx,
            &pointer!("/calendar/series/", i, "/until"),
            u,
        )?),
        None => None,
    };
    Some(DateRule {
        recurrence: series.recurrence()?,
        // Values come from TOML integers, so they fit in i64.
        interval: i64::try_from(series.interval.unwrap_or(1)).unwrap_or(i64::MAX),
        starts,
        until,
    })
}

fn years_after(date: Date, years: i16) -> Date {
    date.checked_add(jiff::Span::new().years(years))
        .unwrap_or(Date::MAX)
}

fn check_series_days(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(cal) = &ctx.strategy.calendar else {
        return;
    };
    for (i, series) in cal.series.iter().enumerate() {
        let base = pointer!("/calendar/series/", i);
        let mut push = |pointer: String, message: String, help: &str| {
            out.push(
                Diagnostic::new(&codes::INVALID_SERIES_DAYS, ctx.value(&pointer), message)
                    .with_help(help),
            );
        };
        match (series.every, &series.on) {
            (Every::Day, Some(_)) => push(
                format!("{base}/on"),
                format!("daily series `{}` has `on`", series.id),
                "remove `on`, or use every = \"week\" with weekdays",
            ),
            (Every::Week | Every::Month, None) => push(
                format!("{base}/every"),
                format!(
                    "series `{}` repeats every {} but has no `on`",
                    series.id,
                    if series.every == Every::Week {
                        "week"
                    } else {
                        "month"
                    }
                ),
                if series.every == Every::Week {
                    "add the weekdays: on = [\"mon\", \"thu\"]"
                } else {
                    "add the days of the month: on = [1, 15] or on = [\"1st-mon\"]"
                },
            ),
            // Values of neither shape were reported by the schema; here, the
            // shapes that belong to the other kind of series.
            (Every::Week, Some(items)) => {
                for (j, item) in items.as_slice().iter().enumerate() {
                    let other_kind = match item {
                        MonthDay::Number(_) => true,
                        MonthDay::Text(t) => time::parse_nth_weekday(t).is_some(),
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
                    let other_kind =
                        matches!(item, MonthDay::Text(t) if time::parse_weekdays(t).is_some());
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
        MonthDay::Text(t) => t.clone(),
    }
}

fn check_never_occurs(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(cal) = &ctx.strategy.calendar else {
        return;
    };
    for (i, series) in cal.series.iter().enumerate() {
        let Some(rule) = date_rule(ctx, i, series) else {
            continue;
        };
        let limit = years_after(rule.starts, OCCURRENCE_HORIZON_YEARS);
        if rule.dates(limit).next().is_some() {
            continue;
        }
        let (pointer, message) = match rule.until {
            Some(until) if until < rule.starts => (
                pointer!("/calendar/series/", i, "/until"),
                format!(
                    "series `{}` ends ({until}) before it starts ({})",
                    series.id, rule.starts
                ),
            ),
            Some(until) => (
                pointer!("/calendar/series/", i, "/id"),
                format!(
                    "series `{}` has no occurrence between {} and {until}",
                    series.id, rule.starts
                ),
            ),
            None => (
                pointer!("/calendar/series/", i, "/id"),
                format!("series `{}` never occurs", series.id),
            ),
        };
        out.push(
            Diagnostic::new(&codes::SERIES_NEVER_OCCURS, ctx.value(&pointer), message).with_help(
                "check `starts`, `until`, `interval` and `on`: a month without the day is skipped",
            ),
        );
    }
}

fn check_dst_gaps(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(cal) = &ctx.strategy.calendar else {
        return;
    };
    let blackouts = blackouts(ctx);
    // The series of a file share a zone or two: each zone's gaps are found
    // once, over the span of all its series, and each series reads its own.
    let mut spans: Vec<(&str, Date, Date)> = Vec::new();
    let mut ruled = Vec::new();
    for (i, series) in cal.series.iter().enumerate() {
        let zone_name = series.timezone.as_ref().unwrap_or(&ctx.strategy.timezone);
        let Some(rule) = date_rule(ctx, i, series) else {
            continue;
        };
        let last = rule
            .until
            .unwrap_or_else(|| years_after(rule.starts, DST_HORIZON_YEARS));
        match spans.iter_mut().find(|(z, _, _)| *z == zone_name.as_str()) {
            Some((_, from, to)) => (*from, *to) = ((*from).min(rule.starts), (*to).max(last)),
            None => spans.push((zone_name.as_str(), rule.starts, last)),
        }
        ruled.push((i, series, zone_name, rule, last));
    }
    let zone_gaps: Vec<(&str, Vec<time::Gap>)> = spans
        .into_iter()
        .filter_map(|(name, from, to)| Some((name, time::gaps(&time::zone(name)?, from, to))))
        .collect();
    for (i, series, zone_name, rule, last) in ruled {
        let Some((_, all)) = zone_gaps.iter().find(|(z, _)| *z == zone_name.as_str()) else {
            continue;
        };
        // The gaps `time::gaps` would give for this series alone.
        let first = rule.starts.yesterday().unwrap_or(rule.starts);
        let gaps: Vec<&time::Gap> = all
            .iter()
            .filter(|g| (first..=last).contains(&g.start.date()))
            .collect();
        for (j, at) in series.at.as_slice().iter().enumerate() {
            let Some(minutes) = time::parse_start_time(at.as_str()) else {
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
                        let published = gap.holds(date, minutes)
                            && rule.occurs_on(date)
                            && !blacked_out(
                                &blackouts,
                                date,
                                series.networks.iter().map(|n| n.as_str()),
                            );
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
    let Some(tz) = time::zone(zone_name) else {
        return;
    };
    for (i, event) in cal.events.iter().enumerate() {
        let date_pointer = pointer!("/calendar/events/", i, "/date");
        let (Some(date), Some(at)) = (civil_date(ctx, &date_pointer, &event.date), &event.at)
        else {
            continue;
        };
        let Some(minutes) = time::parse_start_time(at.as_str()) else {
            continue;
        };
        let gap = time::gaps(&tz, date.yesterday().unwrap_or(date), date)
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
    Diagnostic::new(
        &codes::DST_GAP,
        span,
        format!("{what} falls in a gap when clocks jump forward in {zone} on {date}"),
    )
    .with_help(help)
}

/// A blackout whose dates are valid.
struct Quiet<'a> {
    from: Date,
    to: Date,
    /// `None`: every network.
    networks: Option<&'a [crate::model::Id]>,
    reason: &'a str,
}

impl Quiet<'_> {
    fn covers(&self, date: Date, network: &str) -> bool {
        self.from <= date
            && date <= self.to
            && self
                .networks
                .is_none_or(|c| c.iter().any(|id| id.as_str() == network))
    }
}

/// The blackouts whose dates are valid.
fn blackouts<'a>(ctx: &Context<'a>) -> Vec<Quiet<'a>> {
    let Some(cal) = &ctx.strategy.calendar else {
        return Vec::new();
    };
    cal.blackouts
        .iter()
        .enumerate()
        .filter_map(|(b, blackout)| {
            let from = civil_date(
                ctx,
                &pointer!("/calendar/blackouts/", b, "/from"),
                &blackout.from,
            )?;
            let to = civil_date(
                ctx,
                &pointer!("/calendar/blackouts/", b, "/to"),
                &blackout.to,
            )?;
            Some(Quiet {
                from,
                to,
                networks: blackout.networks.as_deref(),
                reason: &blackout.reason,
            })
        })
        .collect()
}

/// Is nothing published on `date` on any of `networks`?
fn blacked_out<'n>(
    blackouts: &[Quiet<'_>],
    date: Date,
    mut networks: impl Iterator<Item = &'n str>,
) -> bool {
    let mut any = false;
    let all = networks.all(|n| {
        any = true;
        blackouts.iter().any(|b| b.covers(date, n))
    });
    any && all
}

fn check_events_in_blackouts(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(cal) = &ctx.strategy.calendar else {
        return;
    };
    let blackouts = blackouts(ctx);
    for (i, event) in cal.events.iter().enumerate() {
        let pointer = pointer!("/calendar/events/", i, "/date");
        let Some(date) = civil_date(ctx, &pointer, &event.date) else {
            continue;
        };
        for quiet in &blackouts {
            let shared: Vec<String> = event
                .networks
                .iter()
                .filter(|n| quiet.covers(date, n.as_str()))
                .map(|n| format!("`{n}`"))
                .collect();
            if shared.is_empty() {
                continue;
            }
            out.push(
                Diagnostic::new(
                    &codes::EVENT_IN_BLACKOUT,
                    ctx.value(&pointer),
                    format!(
                        "event `{}` on {date} falls in the blackout \"{}\" ({} to {}) on {}",
                        event.id,
                        quiet.reason,
                        quiet.from,
                        quiet.to,
                        shared.join(", ")
                    ),
                )
                .with_help("move the event, or narrow the blackout's `networks` if this exception is intended"),
            );
        }
    }
}

fn check_blackouts(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(cal) = &ctx.strategy.calendar else {
        return;
    };
    for (b, blackout) in cal.blackouts.iter().enumerate() {
        let from = civil_date(
            ctx,
            &pointer!("/calendar/blackouts/", b, "/from"),
            &blackout.from,
        );
        let to = civil_date(
            ctx,
            &pointer!("/calendar/blackouts/", b, "/to"),
            &blackout.to,
        );
        if let (Some(from), Some(to)) = (from, to)
            && to < from
        {
            out.push(
                Diagnostic::new(
                    &codes::BLACKOUT_ENDS_BEFORE_START,
                    ctx.value(&pointer!("/calendar/blackouts/", b, "/to")),
                    format!(
                        "blackout \"{}\" ends ({to}) before it starts ({from})",
                        blackout.reason
                    ),
                )
                .with_help("swap `from` and `to`"),
            );
        }
    }
}
