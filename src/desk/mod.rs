//! The desk in the moment: when a schedule is staffed, as instants, and
//! when a reply is due in staffed time.
//!
//! **Staffed time.** A schedule's windows are wall-clock times in its zone
//! (the schedule's `timezone`, else the strategy's). A closed date has no
//! window. Each window becomes the instants between its local start and end
//! (a time that a spring-forward gap skips is read as the first time after
//! the gap, as jiff's "compatible" rule does), so a window across a
//! daylight-saving change is as long as the hours that really pass in it.
//!
//! **A deadline** (`due`), as Hootsuite defines it for business hours: the
//! promise is counted only while the desk is staffed. A message that
//! arrives while staffed starts the clock at once; one that arrives outside
//! hours starts it at the next opening. The deadline is the instant at which
//! the promised time has passed inside staffed windows; it is breached from
//! the minute after. An `always` schedule counts every minute.

pub mod instant;

use std::collections::BTreeSet;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};

use crate::model::{Network, PlaybookKind, Schedule, Strategy};

/// The most days a deadline is looked for: a promise that staffed time
/// cannot meet within them has no deadline.
pub const MAX_DAYS: i32 = 400;

/// A schedule read as instants.
#[derive(Debug)]
pub struct Staffed {
    pub tz: TimeZone,
    pub zone_name: String,
    always: bool,
    /// Staffed minutes of each weekday (0 = Monday), sorted and merged.
    days: [Vec<(i64, i64)>; 7],
    closed: BTreeSet<Date>,
}

/// One stretch of staffed time that a deadline counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    pub from: Zoned,
    pub to: Zoned,
}

impl Counted {
    /// Whole minutes in it (seconds of a received instant are kept).
    pub fn minutes(&self) -> i64 {
        (self.to.timestamp().as_second() - self.from.timestamp().as_second()) / 60
    }
}

/// When a reply is due, and the staffed stretches that count towards it.
#[derive(Debug, Clone)]
pub struct Deadline {
    pub due: Zoned,
    pub counted: Vec<Counted>,
    /// The message arrived while the desk was staffed.
    pub staffed_on_arrival: bool,
}

impl Staffed {
    /// `schedule` of `strategy` as instants; none when its zone is not one
    /// the bundled database knows.
    pub fn of(strategy: &Strategy, schedule: &Schedule) -> Option<Staffed> {
        let zone = schedule.timezone.as_ref().unwrap_or(&strategy.timezone);
        let tz = zone.get()?.clone();
        let mut days: [Vec<(i64, i64)>; 7] = Default::default();
        for (_, day, from, to) in schedule.day_windows("") {
            if let Some(list) = usize::try_from(day).ok().and_then(|d| days.get_mut(d))
                && to > from
            {
                list.push((from, to));
            }
        }
        for list in &mut days {
            list.sort_unstable();
            let mut merged: Vec<(i64, i64)> = Vec::with_capacity(list.len());
            for &(from, to) in list.iter() {
                match merged.last_mut() {
                    Some(last) if from <= last.1 => last.1 = last.1.max(to),
                    _ => merged.push((from, to)),
                }
            }
            *list = merged;
        }
        let closed: BTreeSet<Date> = schedule
            .closed
            .iter()
            .filter_map(|c| c.date().get().copied())
            .collect();
        // Always staffed but for its closed dates: whole days, closed ones
        // left out.
        let always = schedule.is_always();
        if always {
            days = std::array::from_fn(|_| vec![(0, crate::time::MINUTES_PER_DAY)]);
        }
        Some(Staffed {
            tz,
            zone_name: zone.to_string(),
            always: always && closed.is_empty(),
            days,
            closed,
        })
    }

    /// The staffed stretches of the local date `date`, as instants.
    pub fn stretches_on(&self, date: Date) -> Vec<Counted> {
        if self.closed.contains(&date) {
            return Vec::new();
        }
        let weekday = usize::from(date.weekday().to_monday_zero_offset().unsigned_abs());
        let at = |minutes: i64| -> Option<Zoned> {
            let midnight = date.to_datetime(jiff::civil::Time::midnight());
            midnight
                .checked_add(jiff::Span::new().minutes(minutes))
                .ok()?
                .to_zoned(self.tz.clone())
                .ok()
        };
        self.days[weekday]
            .iter()
            .filter_map(|&(from, to)| {
                Some(Counted {
                    from: at(from)?,
                    to: at(to)?,
                })
            })
            .filter(|c| c.to > c.from)
            .collect()
    }

    /// Is the desk staffed at `t`?
    pub fn is_staffed(&self, t: Timestamp) -> bool {
        if self.always {
            return true;
        }
        let local = t.to_zoned(self.tz.clone());
        self.stretches_on(local.date())
            .iter()
            .any(|c| c.from.timestamp() <= t && t < c.to.timestamp())
    }

    /// The next stretch that is staffed at or after `t`, within `MAX_DAYS`.
    pub fn next_stretch(&self, t: Timestamp) -> Option<Counted> {
        if self.always {
            let from = t.to_zoned(self.tz.clone());
            return Some(Counted {
                to: from.clone(),
                from,
            });
        }
        let start = t.to_zoned(self.tz.clone()).date();
        (0..MAX_DAYS)
            .filter_map(|i| start.checked_add(jiff::Span::new().days(i)).ok())
            .flat_map(|d| self.stretches_on(d))
            .find(|c| c.to.timestamp() > t)
    }

    /// When the staffed stretch that holds `t` ends, through stretches that
    /// follow it without a break (a window split at midnight); none when
    /// always staffed.
    pub fn open_until(&self, t: Timestamp) -> Option<Zoned> {
        if self.always {
            return None;
        }
        let mut end = self.next_stretch(t)?.to;
        for _ in 0..MAX_DAYS * 4 {
            match self.next_stretch(end.timestamp()) {
                Some(next) if next.from == end => end = next.to,
                _ => break,
            }
        }
        Some(end)
    }

    /// When a reply to a message received at `received` is due, with a
    /// promise of `minutes` of staffed time; none when staffed time within
    /// `MAX_DAYS` cannot hold it.
    pub fn deadline(&self, received: Timestamp, minutes: i64) -> Option<Deadline> {
        let staffed_on_arrival = self.is_staffed(received);
        let mut remaining = minutes.checked_mul(60)?;
        let from = received.to_zoned(self.tz.clone());
        if self.always {
            let due = from
                .checked_add(jiff::Span::new().seconds(remaining))
                .ok()?;
            let counted = vec![Counted {
                from,
                to: due.clone(),
            }];
            return Some(Deadline {
                due,
                counted,
                staffed_on_arrival,
            });
        }
        let mut counted = Vec::new();
        let start = from.date();
        for i in 0..MAX_DAYS {
            let date = start.checked_add(jiff::Span::new().days(i)).ok()?;
            for stretch in self.stretches_on(date) {
                let begin = if stretch.from.timestamp() < received {
                    from.clone()
                } else {
                    stretch.from.clone()
                };
                let length = stretch.to.timestamp().as_second() - begin.timestamp().as_second();
                if length <= 0 {
                    continue;
                }
                if length >= remaining {
                    let due = begin
                        .checked_add(jiff::Span::new().seconds(remaining))
                        .ok()?;
                    counted.push(Counted {
                        from: begin,
                        to: due.clone(),
                    });
                    return Some(Deadline {
                        due,
                        counted,
                        staffed_on_arrival,
                    });
                }
                remaining -= length;
                counted.push(Counted {
                    from: begin,
                    to: stretch.to,
                });
            }
        }
        None
    }
}

/// The promise for a message of `kind` on `network`: the `respond_within`
/// of the first playbook of that kind for the network, else the network's
/// `response_time`; in minutes, with the id of the playbook that sets it.
pub fn promise<'a>(
    s: &'a Strategy,
    network: &Network,
    kind: PlaybookKind,
) -> Option<(i64, Option<&'a str>)> {
    let playbook = s.playbooks.iter().find(|p| {
        p.kind == kind && crate::replies::Reach::playbook(p).contains(network.id.as_str())
    });
    match playbook.and_then(|p| Some((p.respond_within.as_ref()?.get()?, p))) {
        Some((&minutes, p)) => Some((minutes, Some(p.id.as_str()))),
        None => network.response_time.get().map(|&m| (m, None)),
    }
}

/// The roles that answer on `network` while it is staffed: the owners of
/// the playbooks that apply there, in the order of the playbooks, each once.
pub fn on_duty<'a>(s: &'a Strategy, network: &Network) -> Vec<&'a crate::model::Role> {
    let mut ids: Vec<&str> = Vec::new();
    for p in &s.playbooks {
        let owner = p.owner.as_str();
        if crate::replies::Reach::playbook(p).contains(network.id.as_str()) && !ids.contains(&owner)
        {
            ids.push(owner);
        }
    }
    ids.iter()
        .filter_map(|id| s.roles.iter().find(|r| r.id.as_str() == *id))
        .collect()
}
