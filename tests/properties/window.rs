//! Property 4: every occurrence is in the window and outside the blackouts
//! of its network, and the occurrences are exactly the slots the file asks for.

use std::collections::BTreeSet;

use commstrat::render::calendar::{self, Window};
use jiff::civil::{Date, Weekday};
use proptest::prelude::*;

use super::calendar_cases::{Every, Plan, PlanSeries, calendar_case, day, plan};
use super::{config, valid};

fn weekday_index(w: Weekday) -> usize {
    w.to_monday_zero_offset() as usize
}

fn monday_of(d: Date) -> Date {
    day(d, -(d.weekday().to_monday_zero_offset() as i64))
}

/// Does the series fall on `d`? Written from the format's description, not
/// from `src/time`.
fn occurs(s: &PlanSeries, d: Date) -> bool {
    if d < s.starts || s.until.is_some_and(|u| d > u) {
        return false;
    }
    let interval = s.spec.interval.unwrap_or(1);
    let days = |a: Date, b: Date| a.until(b).expect("days between").get_days() as i64;
    match &s.spec.every {
        Every::Day => days(s.starts, d) % interval == 0,
        Every::Week(ranges) => {
            let weeks = days(monday_of(s.starts), monday_of(d)) / 7;
            let wd = weekday_index(d.weekday());
            weeks % interval == 0
                && ranges.iter().any(|&(a, b)| {
                    // a..=b going forward through the week, wrapping after Sunday.
                    (wd + 7 - a) % 7 <= (b + 7 - a) % 7
                })
        }
        Every::Month(specs) => {
            let months = (i64::from(d.year()) - i64::from(s.starts.year())) * 12
                + i64::from(d.month())
                - i64::from(s.starts.month());
            months % interval == 0
                && specs.iter().any(|spec| match *spec {
                    Ok(n) => d.day() == n,
                    Err((n, w)) => {
                        weekday_index(d.weekday()) == w
                            && if n == -1 {
                                d.day() + 7 > d.days_in_month()
                            } else {
                                (d.day() - 1) / 7 + 1 == n
                            }
                    }
                })
        }
    }
}

fn blacked_out(plan: &Plan, date: Date, network: &str) -> bool {
    plan.blackouts.iter().any(|(from, to, networks)| {
        *from <= date
            && date <= *to
            && networks
                .as_ref()
                .is_none_or(|ns| ns.iter().any(|n| n == network))
    })
}

/// Whether `at` on `date` in `zone` is on that date once a DST gap has moved
/// it forward: a slot that a gap pushes into the next day (Samoa skipped all
/// of 2011-12-30) is not published.
fn lands_on_its_day(zone: &str, date: Date, (hour, minute): (i8, i8)) -> bool {
    let Some(tz) = commstrat::time::zone(zone) else {
        return true;
    };
    tz.to_ambiguous_zoned(date.at(hour, minute, 0, 0))
        .compatible()
        .is_ok_and(|zoned| zoned.date() == date)
}

/// The UIDs of every slot the file asks for in the window: series dates in
/// the window outside the blackouts of each network, events in the window,
/// and the days of blackouts and closed dates.
fn expected_uids(plan: &Plan) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let Window { from, to } = plan.window;
    let uid = |kind: &str, id: &str, network: &str, date: Date, at: Option<(i8, i8)>| {
        let time = at.map_or(String::new(), |(h, m)| format!("T{h:02}{m:02}"));
        format!(
            "{}.{kind}.{id}.{network}.{}{time}@commstrat",
            plan.strategy_id,
            date.strftime("%Y%m%d")
        )
    };
    // Each entry's zone, from the file as the tool reads it.
    let model = valid(&plan.text).expect("the plan is valid");
    let zone_of = |i: usize| {
        model
            .calendar
            .as_ref()
            .and_then(|c| c.series.get(i))
            .and_then(|s| s.timezone.as_ref())
            .unwrap_or(&model.timezone)
            .as_str()
            .to_string()
    };
    for (i, s) in plan.series.iter().enumerate() {
        let zone = zone_of(i);
        let mut times = s.spec.at.clone();
        times.sort_unstable();
        times.dedup();
        let mut d = from;
        while d <= to {
            if occurs(s, d) {
                for &at in &times {
                    if !lands_on_its_day(&zone, d, at) {
                        continue;
                    }
                    for n in &s.networks {
                        if !blacked_out(plan, d, n) {
                            out.insert(uid("series", &format!("s{i}"), n, d, Some(at)));
                        }
                    }
                }
            }
            d = day(d, 1);
        }
    }
    // Each day of a blackout on each of its networks, and each closed date
    // on each network of its schedule: all-day entries of their own.
    let all: Vec<&str> = model.networks.iter().map(|n| n.id.as_str()).collect();
    let blackouts = model
        .calendar
        .as_ref()
        .map_or(&[][..], |c| &c.blackouts[..]);
    for (i, b) in blackouts.iter().enumerate() {
        let (Some(&first), Some(&last)) = (b.from.get(), b.to.get()) else {
            continue;
        };
        let on: Vec<&str> = match &b.networks {
            Some(ids) => ids
                .iter()
                .map(|n| n.as_str())
                .filter(|n| all.contains(n))
                .collect(),
            None => all.clone(),
        };
        let mut d = first.max(from);
        while d <= last.min(to) {
            for n in &on {
                out.insert(uid("blackout", &format!("blackout-{}", i + 1), n, d, None));
            }
            d = day(d, 1);
        }
    }
    for schedule in &model.schedules {
        for closed in schedule
            .closed
            .iter()
            .filter_map(|c| c.date().get().copied())
        {
            if from <= closed && closed <= to {
                for n in model.networks.iter().filter(|n| n.schedule == schedule.id) {
                    out.insert(uid(
                        "closed",
                        schedule.id.as_str(),
                        n.id.as_str(),
                        closed,
                        None,
                    ));
                }
            }
        }
    }
    for (i, e) in plan.events.iter().enumerate() {
        let lands = e
            .spec
            .at
            .is_none_or(|at| lands_on_its_day(model.timezone.as_str(), e.date, at));
        if from <= e.date && e.date <= to && lands {
            for n in &e.networks {
                out.insert(uid("event", &format!("e{i}"), n, e.date, e.spec.at));
            }
        }
    }
    out
}

pub(super) fn check_window_and_blackouts(plan: &Plan, json: &str) -> Result<(), String> {
    let doc: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let list = doc["occurrences"].as_array().ok_or("no occurrences")?;
    let Window { from, to } = plan.window;
    for o in list {
        let date: Date = o["date"]
            .as_str()
            .and_then(|d| d.parse().ok())
            .ok_or_else(|| format!("no date in {o}"))?;
        if date < from || date > to {
            return Err(format!(
                "an occurrence on {date}, outside {from}..={to}: {o}"
            ));
        }
        let network = o["network"].as_str().unwrap_or("");
        if o["kind"] == "series" && blacked_out(plan, date, network) {
            return Err(format!("a series occurrence in a blackout: {o}"));
        }
    }
    // The output is exactly the slots the file asks for: nothing missing,
    // nothing twice (so an empty or truncated calendar does not pass).
    let uids: Vec<&str> = list.iter().filter_map(|o| o["uid"].as_str()).collect();
    let unique: BTreeSet<String> = uids.iter().map(|u| u.to_string()).collect();
    if unique.len() != list.len() {
        return Err(format!("{} occurrences, {} UIDs", list.len(), unique.len()));
    }
    let expected = expected_uids(plan);
    if unique != expected {
        let missing: Vec<_> = expected.difference(&unique).take(5).collect();
        let extra: Vec<_> = unique.difference(&expected).take(5).collect();
        return Err(format!("missing {missing:?}, unexpected {extra:?}"));
    }
    Ok(())
}

proptest! {
    // Valid: 97%, as for property 3 (same generator).
    #![proptest_config(config(128))]

    #[test]
    fn occurrences_are_in_the_window_and_outside_blackouts(case in calendar_case()) {
        let plan = plan(&case);
        let strategy = valid(&plan.text);
        prop_assume!(strategy.is_ok(), "invalid: {:?}", strategy.err());
        let strategy = strategy.expect("checked above");
        let occurrences = calendar::expand(&strategy, plan.window).expect("within the limits");
        let json = calendar::to_json(&strategy, plan.window, &occurrences);
        if let Err(problem) = check_window_and_blackouts(&plan, &json) {
            prop_assert!(false, "{}\nwindow {:?}\nblackouts {:?}\n--- file\n{}", problem, plan.window, plan.blackouts, plan.text);
        }
    }
}
