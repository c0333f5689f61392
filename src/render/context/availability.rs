//! The availability page: each schedule's hours day by day, closed dates
//! and the out-of-hours reply (the book adds the staffing heat map).

use serde::Serialize;

use super::{Builder, NetworkRef};
use crate::model;
use crate::time::MINUTES_PER_DAY;

/// A closed day, with its reason when the file gives one.
#[derive(Debug, Clone, Serialize)]
pub struct ClosedView {
    pub date: String,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayHours {
    /// "Monday to Friday".
    pub days: String,
    /// "09:00–12:30, 13:30–18:00", or the word for closed.
    pub hours: String,
    pub staffed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScheduleView {
    pub id: String,
    /// What the team calls it, when the file says.
    pub name: Option<String>,
    pub zone: String,
    pub always: bool,
    pub hours: Vec<DayHours>,
    pub closed: Vec<ClosedView>,
    pub statement: String,
    pub out_of_hours_reply: Option<String>,
    pub per_week: String,
    pub networks: Vec<NetworkRef>,
}

impl Builder<'_> {
    /// "Monday", "Saturday and Sunday", "Monday to Friday".
    pub(super) fn day_group(&self, days: &[usize]) -> String {
        let name = |d: usize| self.t.weekday(d, false);
        match days {
            [] => String::new(),
            [one] => name(*one),
            [a, b] => self
                .t
                .fill("list_and", &[("a", &name(*a)), ("b", &name(*b))]),
            [first, .., last] => self.t.fill(
                "day_range",
                &[("from", &name(*first)), ("to", &name(*last))],
            ),
        }
    }

    pub(super) fn schedule(&self, schedule: &model::Schedule) -> ScheduleView {
        let clock = |m: i64| format!("{:02}:{:02}", m / 60, m % 60);
        // Staffed minutes of each day, merged: [(from, to)] per weekday.
        let mut days: Vec<Vec<(i64, i64)>> = vec![Vec::new(); 7];
        if schedule.is_always() {
            days.iter_mut().for_each(|d| d.push((0, MINUTES_PER_DAY)));
        } else {
            for (_, day, from, to) in schedule.day_windows("") {
                if to > from {
                    days[day as usize].push((from, to));
                }
            }
        }
        for windows in &mut days {
            windows.sort_unstable();
            windows.dedup_by(|next, kept| {
                let overlaps = next.0 <= kept.1;
                if overlaps {
                    kept.1 = kept.1.max(next.1);
                }
                overlaps
            });
        }
        let week = self.t.week();
        // Consecutive days (in week order) with the same hours share a line.
        let mut hours: Vec<(Vec<usize>, String)> = Vec::new();
        for &d in &week {
            let text = if days[d].is_empty() {
                self.t.text("availability.closed_day")
            } else {
                days[d]
                    .iter()
                    .map(|(f, t)| self.t.isolate(format!("{}–{}", clock(*f), clock(*t))))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            match hours.last_mut() {
                Some((group, last)) if *last == text => group.push(d),
                _ => hours.push((vec![d], text)),
            }
        }
        let per_week: i64 = days.iter().flatten().map(|(f, t)| t - f).sum();
        let mut closed: Vec<&model::ClosedDay> = schedule.closed.iter().collect();
        closed.sort_by_key(|d| d.date().get().copied());
        ScheduleView {
            id: schedule.id.to_string(),
            name: schedule.name.clone(),
            zone: schedule
                .timezone
                .as_ref()
                .unwrap_or(&self.s.timezone)
                .to_string(),
            always: schedule.is_always(),
            hours: hours
                .into_iter()
                .map(|(group, text)| DayHours {
                    // A label that starts its line: "Du lundi au vendredi".
                    days: capitalised(&self.day_group(&group)),
                    staffed: !days[group[0]].is_empty(),
                    hours: text,
                })
                .collect(),
            closed: closed
                .iter()
                .map(|d| ClosedView {
                    date: capitalised(&self.date_text(d.date())),
                    reason: d.reason().map(str::to_string),
                })
                .collect(),
            statement: schedule.statement.clone(),
            out_of_hours_reply: schedule
                .out_of_hours_reply
                .as_ref()
                .map(|r| self.with_placeholders(r.as_str())),
            per_week: self.t.fill(
                "availability.per_week",
                &[("duration", &self.t.duration(per_week, false))],
            ),
            networks: self
                .s
                .networks
                .iter()
                .filter(|n| n.schedule == schedule.id)
                .map(|n| self.network_ref(n))
                .collect(),
        }
    }
}

/// `text` with its first letter in capitals (weekday names are lowercase in
/// French and Spanish, and a label starts its line).
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
