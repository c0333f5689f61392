//! CS506: a post should go out when someone is there to answer it.

use std::collections::BTreeSet;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::model::{Id, Schedule, Strategy};
use crate::rules::values::civil_date;
use crate::time::{MINUTES_PER_DAY, WEEKDAY_WORDS as DAYS, wall_clock};

use super::{Quiet, blackouts, date_rule, years_after};
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That every slot of the calendar (each time of a series, each timed
    /// event) is published while the schedule of each of its networks is
    /// staffed, and never on a date that schedule lists as `closed`. A
    /// series is checked over its first year (every weekday and both sides
    /// of a daylight-saving change), and on every closed date; an all-day
    /// event on its closed dates only. A series whose networks are all in a
    /// blackout that day publishes nothing, and is not reported.
    ///
    /// ## Why it matters
    /// A post invites replies. Published at 07:00 on a Sunday the schedule
    /// says is closed, it collects questions and complaints that wait hours
    /// for an answer, in public, which is the opposite of what the post was
    /// for.
    ///
    /// ## Example
    /// ```toml
    /// [[schedules]]
    /// id = "shop"
    /// hours = [{ days = "mon-sat", from = "09:00", to = "18:00" }]
    ///
    /// [[calendar.series]]
    /// id = "sunday-bake"
    /// networks = ["instagram"]   # staffed by schedule "shop"
    /// every = "week"
    /// on = "sun"
    /// at = "07:00"
    /// ```
    ///
    /// ## Fix
    /// Move the slot into staffed hours, staff the schedule then, or, when
    /// nobody needs to answer (an announcement with replies turned off), say
    /// so with `unattended = true` on the series or event.
    pub static UNSTAFFED_SLOT = Some(check_unstaffed_slots);
}

/// The most slots (one time of one series on one date) the rule looks at in
/// a file: a year of a series posting three times a day is about 1,100.
/// Past it the rule stops, so that a file of thousands of series costs a
/// bounded time.
pub(crate) const MAX_SLOTS: usize = 200_000;

/// A schedule whose zone is valid, with the networks it staffs.
struct Staffing<'a> {
    schedule: &'a Schedule,
    tz: TimeZone,
    networks: Vec<&'a Id>,
    /// The closed dates that are valid.
    closed: BTreeSet<Date>,
    /// Staffed minutes of the week, from Monday 00:00.
    spans: Vec<(i64, i64)>,
}

impl Staffing<'_> {
    /// Whether the local time `minutes` of weekday `day` is staffed.
    fn staffed(&self, day: i64, minutes: i64) -> bool {
        let at = day * MINUTES_PER_DAY + minutes;
        self.schedule.is_always() || self.spans.iter().any(|(from, to)| *from <= at && at < *to)
    }

    /// The networks of `ids` this schedule staffs.
    fn of<'b>(&self, ids: &'b [Id]) -> Vec<&'b Id> {
        ids.iter().filter(|id| self.networks.contains(id)).collect()
    }
}

/// The schedules whose zone is valid and that have hours, each with the
/// networks it staffs, in the order of `[[schedules]]`, worked out once for
/// every slot of the file. Unknown ids, zones and missing hours are other
/// rules' findings.
fn schedules<'a>(ctx: &Context<'a>) -> Vec<Staffing<'a>> {
    let s: &'a Strategy = ctx.strategy;
    let mut out: Vec<Staffing<'a>> = Vec::new();
    for (k, schedule) in s.schedules.iter().enumerate() {
        let zone = schedule.timezone.as_ref().unwrap_or(&s.timezone);
        let spans = schedule.week_spans();
        let (false, Some(tz)) = (spans.is_empty() && !schedule.is_always(), zone.get()) else {
            continue;
        };
        let closed = (0..schedule.closed.len())
            .filter_map(|c| {
                let day = &schedule.closed[c];
                let at = pointer!("/schedules/", k, "/closed/", c, day.date_pointer());
                civil_date(ctx, &at, day.date())
            })
            .collect();
        out.push(Staffing {
            schedule,
            tz: tz.clone(),
            networks: s
                .networks
                .iter()
                .filter(|n| n.schedule == schedule.id)
                .map(|n| &n.id)
                .collect(),
            closed,
            spans,
        });
    }
    out
}

/// What one time of a series or event meets on one schedule.
#[derive(Default)]
struct Found {
    /// Weekdays (0 = Monday) and local times, in the schedule's zone, of
    /// slots outside its hours.
    unstaffed: BTreeSet<(i64, i64)>,
    /// Closed dates a slot falls on.
    closed: BTreeSet<Date>,
}

/// One slot, at `local` in `tz`, against one schedule.
fn meet(found: &mut Found, staff: &Staffing<'_>, tz: &TimeZone, local: jiff::civil::DateTime) {
    let Ok(zoned) = local.to_zoned(tz.clone()) else {
        return;
    };
    let there = zoned.with_time_zone(staff.tz.clone()).datetime();
    let day = i64::from(there.weekday().to_monday_zero_offset());
    let minutes = i64::from(there.hour()) * 60 + i64::from(there.minute());
    if staff.closed.contains(&there.date()) {
        found.closed.insert(there.date());
    } else if !staff.staffed(day, minutes) {
        found.unstaffed.insert((day, minutes));
    }
}

/// "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "`instagram` and `tiktok`".
fn networks(ids: &[&Id]) -> String {
    let names: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    and_list(&names)
}

/// The findings for what `what` ("series `x`") meets on `staff`; a
/// series can also be kept off a closed day by a blackout.
fn report(
    what: &str,
    series: bool,
    staff: &Staffing<'_>,
    on: &[&Id],
    found: &Found,
    span: std::ops::Range<usize>,
) -> Vec<Diagnostic> {
    let id = &staff.schedule.id;
    let on = networks(on);
    let unattended = "or set `unattended = true` if nobody needs to answer";
    let mut out = Vec::new();
    if !found.unstaffed.is_empty() {
        let days: BTreeSet<i64> = found.unstaffed.iter().map(|(d, _)| *d).collect();
        let days: Vec<String> = days
            .iter()
            .map(|d| DAYS[*d as usize % 7].to_string())
            .collect();
        let times: BTreeSet<String> = found
            .unstaffed
            .iter()
            .map(|(_, m)| format!("{:02}:{:02}", m / 60, m % 60))
            .collect();
        let times: Vec<String> = times.into_iter().collect();
        out.push(finding(
            &codes::UNSTAFFED_SLOT,
            span.clone(),
            format!(
                "{what} is published on {on} at {} on {} ({} time), when schedule `{id}` is not staffed",
                and_list(&times),
                and_list(&days),
                staff.tz.iana_name().unwrap_or("the schedule's"),
            ),
            format!("move it into the hours of schedule `{id}`, staff the schedule then, {unattended}"),
        ));
    }
    if let Some(first) = found.closed.first() {
        let more = match found.closed.len() {
            1 => String::new(),
            n => format!(" and {} more", n - 1),
        };
        let blackout = if series {
            "add a `[[calendar.blackouts]]` entry for the date, "
        } else {
            "move it to another day, "
        };
        out.push(finding(
            &codes::UNSTAFFED_SLOT,
            span,
            format!(
                "{what} is published on {on} on {first}{more}, a day schedule `{id}` is closed"
            ),
            format!("{blackout}{unattended}"),
        ));
    }
    out
}

fn check_unstaffed_slots(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(cal) = &ctx.strategy.calendar else {
        return;
    };
    let quiet = blackouts(ctx);
    let staffing = schedules(ctx);
    let mut budget = MAX_SLOTS;
    for (i, series) in cal.series.iter().enumerate() {
        let zone = series.timezone.as_ref().unwrap_or(&ctx.strategy.timezone);
        let (false, Some(rule), Some(tz)) = (
            series.unattended == Some(true),
            date_rule(ctx, i, series),
            zone.get(),
        ) else {
            continue;
        };
        let first_year = rule.dates(rule.starts, years_after(rule.starts, 1));
        let dates: Vec<Date> = first_year.take(400).collect();
        for staff in &staffing {
            let on = staff.of(&series.networks);
            if on.is_empty() {
                continue;
            }
            let silenced = |date: Date| silent(&quiet, &on, date);
            // The closed dates, and the days around them in another zone.
            let near_closed = staff.closed.iter().flat_map(|d| {
                [d.yesterday().ok(), Some(*d), d.tomorrow().ok()]
                    .into_iter()
                    .flatten()
            });
            let mut days: BTreeSet<Date> = dates.iter().copied().collect();
            days.extend(near_closed.filter(|d| rule.occurs_on(*d)));
            for (j, at) in series.at.as_slice().iter().enumerate() {
                let Some(&minutes) = at.get() else { continue };
                let mut found = Found::default();
                for date in days.iter().filter(|d| !silenced(**d)) {
                    if budget == 0 {
                        return;
                    }
                    budget -= 1;
                    let Some(wall) = wall_clock(minutes) else {
                        continue;
                    };
                    meet(&mut found, staff, tz, date.to_datetime(wall));
                }
                let span = ctx.value(
                    &series
                        .at
                        .pointer(&pointer!("/calendar/series/", i, "/at"), j),
                );
                let what = format!("series `{}`", series.id);
                out.extend(report(&what, true, staff, &on, &found, span));
            }
        }
    }
    let Some(tz) = ctx.strategy.timezone.get() else {
        return;
    };
    for (i, event) in cal.events.iter().enumerate() {
        let at_date = pointer!("/calendar/events/", i, "/date");
        let Some(date) = civil_date(ctx, &at_date, &event.date) else {
            continue;
        };
        if event.unattended == Some(true) {
            continue;
        }
        for staff in &staffing {
            // An event in a blackout of its network is event-in-blackout's.
            let mut on = staff.of(&event.networks);
            on.retain(|n| !silent(&quiet, &[n], date));
            if on.is_empty() {
                continue;
            }
            let mut found = Found::default();
            let (what, pointer) = match event.at.as_ref().and_then(|at| at.get().copied()) {
                Some(minutes) => {
                    if let Some(wall) = wall_clock(minutes) {
                        meet(&mut found, staff, tz, date.to_datetime(wall));
                    }
                    (
                        format!("event `{}`", event.id),
                        pointer!("/calendar/events/", i, "/at"),
                    )
                }
                None => {
                    if staff.closed.contains(&date) {
                        found.closed.insert(date);
                    }
                    (format!("event `{}`", event.id), at_date.clone())
                }
            };
            out.extend(report(
                &what,
                false,
                staff,
                &on,
                &found,
                ctx.value(&pointer),
            ));
        }
    }
}

/// Whether every network of `ids` is in a blackout on `date`: nothing of the
/// series is published then.
fn silent(quiet: &[Quiet<'_>], ids: &[&Id], date: Date) -> bool {
    ids.iter()
        .all(|n| quiet.iter().any(|b| b.covers(date, n.as_str())))
}
