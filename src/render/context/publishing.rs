//! The handbook's calendar page: what the team publishes (series with their
//! cadence, one-off events), when nothing is published and why (blackouts,
//! closed days), the content mix over the calendar's first year, and what a
//! crisis pause would stop.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use super::{Builder, RoleRef, availability::capitalised};
use crate::model::{self, Every, MonthDay, OneOrMany, Series};
use crate::render::calendar::{Occurrence, first_year};
use crate::render::i18n::Arg;
use crate::time::MonthDaySpec;

#[derive(Debug, Clone, Serialize)]
pub struct SeriesView {
    pub id: String,
    pub title: String,
    pub practice: String,
    pub networks: String,
    /// "Every 2 weeks, on Monday and Thursday, at 09:00".
    pub cadence: String,
    /// "From Monday, January 5, 2026", with its last day when it has one.
    pub period: String,
    pub owner: Option<RoleRef>,
    pub persona: Option<String>,
    pub brief: Option<String>,
    pub unattended: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    pub title: String,
    /// The date, and the time when it has one.
    pub when: String,
    pub practice: String,
    pub networks: String,
    pub brief: Option<String>,
}

/// A stretch with nothing published: a blackout, or a day a schedule is
/// closed.
#[derive(Debug, Clone, Serialize)]
pub struct PauseView {
    /// "Thursday, November 26, 2026" or a range of two dates.
    pub when: String,
    pub reason: String,
    /// The networks it covers, empty for all of them.
    pub networks: String,
}

/// One line of the content mix: a practice or a network and its posts.
#[derive(Debug, Clone, Serialize)]
pub struct Share {
    pub label: String,
    /// "52 posts (25 %)", in the guide's language.
    pub amount: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PublishingView {
    pub series: Vec<SeriesView>,
    pub events: Vec<EventView>,
    pub pauses: Vec<PauseView>,
    /// "Over the first year of the calendar, from … to …: 412 posts."
    pub mix_window: Option<String>,
    pub by_practice: Vec<Share>,
    pub by_network: Vec<Share>,
    /// What a crisis would stop, or that none would.
    pub crisis_pause: String,
}

impl Builder<'_> {
    pub(super) fn date_text(&self, date: &model::Date) -> String {
        date.get()
            .map_or_else(|| date.to_string(), |d| self.t.date(*d))
    }

    fn network_list(&self, ids: &[model::Id]) -> String {
        let labels: Vec<String> = self
            .networks_named(ids)
            .into_iter()
            .map(|n| n.label)
            .collect();
        labels.join(&self.t.text("list_separator"))
    }

    fn practice(&self, practice: &model::Practice) -> String {
        capitalised(
            &self
                .t
                .text(&format!("practice.{}", model::file_name(practice))),
        )
    }

    /// "the first Monday", "day 15": one `on` value of a monthly series.
    fn month_day(&self, day: &MonthDay) -> String {
        let spec = match day {
            MonthDay::Number(n) => Some(MonthDaySpec::Number(*n as i8)),
            MonthDay::Text(text) => match text.get() {
                Some(model::OnDay::Nth(spec)) => Some(*spec),
                _ => None,
            },
        };
        match spec {
            Some(MonthDaySpec::Number(n)) => self
                .t
                .fill_with("publishing.month_day", &[("n", Arg::Number(i64::from(n)))]),
            Some(MonthDaySpec::Nth(n, weekday)) => {
                let day = weekday.to_monday_zero_offset().unsigned_abs() as usize;
                let nth = ["first", "second", "third", "fourth"]
                    .get(usize::try_from(n - 1).unwrap_or(usize::MAX))
                    .copied()
                    .unwrap_or("last");
                self.t.fill_with(
                    "publishing.nth_weekday",
                    &[
                        ("nth", Arg::Text(nth)),
                        ("day", Arg::Text(crate::time::WEEKDAY_NAMES[day])),
                        ("weekday", Arg::Text(&self.t.weekday(day, false))),
                    ],
                )
            }
            None => String::new(),
        }
    }

    fn cadence(&self, s: &Series) -> String {
        let n = i64::try_from(s.interval.unwrap_or(1)).unwrap_or(i64::MAX);
        let and = |items: Vec<String>| match items.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => self.t.fill(
                "list_and",
                &[
                    ("a", &rest.join(&self.t.text("list_separator"))),
                    ("b", last),
                ],
            ),
        };
        let days: Vec<String> = match &s.every {
            Every::Day => Vec::new(),
            Every::Week => match s.recurrence() {
                Some(crate::time::Recurrence::Weekly(days)) => {
                    let week = self.t.week();
                    let wanted: Vec<usize> = days
                        .iter()
                        .map(|d| d.to_monday_zero_offset().unsigned_abs() as usize)
                        .collect();
                    let positions: Vec<usize> =
                        (0..7).filter(|i| wanted.contains(&week[*i])).collect();
                    // Three or more days in a row read as a range.
                    let in_a_row = positions.windows(2).all(|w| w[1] == w[0] + 1);
                    let days: Vec<usize> = positions.iter().map(|i| week[*i]).collect();
                    if in_a_row && days.len() >= 3 {
                        vec![self.day_group(&days)]
                    } else {
                        let names = days.iter().map(|d| self.t.weekday(*d, false)).collect();
                        vec![self.t.fill("publishing.on_days", &[("days", &and(names))])]
                    }
                }
                _ => Vec::new(),
            },
            Every::Month => {
                s.on.as_ref()
                    .map(OneOrMany::as_slice)
                    .unwrap_or_default()
                    .iter()
                    .map(|d| self.month_day(d))
                    .collect()
            }
        };
        let times: Vec<String> =
            s.at.as_slice()
                .iter()
                .map(|t| self.t.isolate(t.to_string()))
                .collect();
        let unit = model::file_name(&s.every);
        self.t.fill_with(
            "publishing.cadence",
            &[
                ("unit", Arg::Text(&unit)),
                ("n", Arg::Number(n)),
                ("days", Arg::Text(&and(days))),
                ("times", Arg::Text(&and(times))),
            ],
        )
    }

    pub(super) fn publishing(&self) -> Option<PublishingView> {
        let calendar = self.s.calendar.as_ref()?;
        let series = calendar
            .series
            .iter()
            .map(|s| SeriesView {
                id: s.id.to_string(),
                title: s.title.clone(),
                practice: self.practice(&s.practice),
                networks: self.network_list(&s.networks),
                cadence: self.cadence(s),
                period: match &s.until {
                    Some(until) => self.t.fill(
                        "publishing.from_until",
                        &[
                            ("from", &self.date_text(&s.starts)),
                            ("to", &self.date_text(until)),
                        ],
                    ),
                    None => self
                        .t
                        .fill("publishing.from", &[("from", &self.date_text(&s.starts))]),
                },
                owner: s.owner.as_ref().map(|o| self.role_alone(o)),
                persona: s.persona.as_ref().map(|p| self.s.persona_name(p)),
                brief: s.brief.clone(),
                unattended: s.unattended == Some(true),
            })
            .collect();
        let mut events: Vec<&model::Event> = calendar.events.iter().collect();
        events.sort_by_key(|e| e.date.get().copied());
        let events = events
            .into_iter()
            .map(|e| EventView {
                title: e.title.clone(),
                // It starts its line: "Jueves, 1 de octubre".
                when: capitalised(&match &e.at {
                    Some(at) => format!(
                        "{}, {}",
                        self.date_text(&e.date),
                        self.t.isolate(at.to_string())
                    ),
                    None => self.date_text(&e.date),
                }),
                practice: self.practice(&e.practice),
                networks: self.network_list(&e.networks),
                brief: e.brief.clone(),
            })
            .collect();
        let (window, occurrences) = first_year(self.s).unzip();
        let occurrences = occurrences.unwrap_or_default();
        let mut view = PublishingView {
            series,
            events,
            pauses: self.pauses(calendar),
            mix_window: None,
            by_practice: Vec::new(),
            by_network: Vec::new(),
            crisis_pause: String::new(),
        };
        let posts: Vec<&Occurrence> = occurrences.iter().filter(|o| o.is_post()).collect();
        if let Some(window) = window.filter(|_| !posts.is_empty()) {
            let total = posts.len();
            view.mix_window = Some(self.t.fill_with(
                "publishing.mix_window",
                &[
                    ("from", Arg::Text(&self.t.date(window.from))),
                    ("to", Arg::Text(&self.t.date(window.to))),
                    (
                        "count",
                        Arg::Number(i64::try_from(total).unwrap_or(i64::MAX)),
                    ),
                ],
            ));
            let share = |counts: BTreeMap<String, usize>, order: &dyn Fn(&str) -> usize| {
                let mut rows: Vec<(String, usize)> = counts.into_iter().collect();
                rows.sort_by_key(|(label, count)| (usize::MAX - count, order(label)));
                rows.into_iter()
                    .map(|(label, count)| Share {
                        amount: self.t.fill_with(
                            "publishing.share",
                            &[
                                (
                                    "count",
                                    Arg::Number(i64::try_from(count).unwrap_or(i64::MAX)),
                                ),
                                (
                                    "percent",
                                    Arg::Number(
                                        i64::try_from((count * 100 + total / 2) / total)
                                            .unwrap_or(0),
                                    ),
                                ),
                            ],
                        ),
                        label,
                    })
                    .collect::<Vec<Share>>()
            };
            let mut practices = BTreeMap::new();
            let mut networks = BTreeMap::new();
            for o in &posts {
                let practice = capitalised(&self.t.text(&format!("practice.{}", o.practice)));
                *practices.entry(practice).or_insert(0) += 1;
                let network = self
                    .s
                    .networks
                    .iter()
                    .find(|n| n.id.as_str() == o.network)
                    .map_or_else(|| o.network.clone(), |n| self.network_ref(n).label);
                *networks.entry(network).or_insert(0) += 1;
            }
            view.by_practice = share(practices, &|_| 0);
            view.by_network = share(networks, &|_| 0);
        }
        view.crisis_pause = self.crisis_pause(posts.len());
        Some(view)
    }

    /// Blackouts and closed days, in date order.
    fn pauses(&self, calendar: &model::Calendar) -> Vec<PauseView> {
        let mut pauses: Vec<(Option<Date>, PauseView)> = Vec::new();
        for b in &calendar.blackouts {
            let when = if b.from.get() == b.to.get() {
                self.date_text(&b.from)
            } else {
                self.t.fill(
                    "publishing.range",
                    &[
                        ("from", &self.date_text(&b.from)),
                        ("to", &self.date_text(&b.to)),
                    ],
                )
            };
            pauses.push((
                b.from.get().copied(),
                PauseView {
                    when: capitalised(&when),
                    reason: b.reason.clone(),
                    networks: b
                        .networks
                        .as_deref()
                        .map(|ids| self.network_list(ids))
                        .unwrap_or_default(),
                },
            ));
        }
        for schedule in &self.s.schedules {
            let ids: Vec<model::Id> = self
                .s
                .networks
                .iter()
                .filter(|n| n.schedule == schedule.id)
                .map(|n| n.id.clone())
                .collect();
            let name = schedule
                .name
                .clone()
                .unwrap_or_else(|| schedule.id.to_string());
            for day in &schedule.closed {
                let date = day.date();
                let reason = match day.reason() {
                    Some(reason) => self.t.fill(
                        "publishing.closed_because",
                        &[("reason", reason), ("schedule", &name)],
                    ),
                    None => self.t.fill("publishing.closed", &[("schedule", &name)]),
                };
                pauses.push((
                    date.get().copied(),
                    PauseView {
                        when: capitalised(&self.date_text(date)),
                        reason,
                        networks: self.network_list(&ids),
                    },
                ));
            }
        }
        pauses.sort_by_key(|(date, _)| *date);
        pauses.into_iter().map(|(_, p)| p).collect()
    }

    /// Which crisis levels pause the calendar, and how many posts a week
    /// that stops (over the first year).
    fn crisis_pause(&self, posts_a_year: usize) -> String {
        let levels: Vec<String> = self
            .s
            .crisis
            .iter()
            .flat_map(|c| &c.levels)
            .filter(|l| l.pause_scheduled_posts == Some(true))
            .map(|l| {
                self.t.fill_with(
                    "publishing.level",
                    &[
                        ("level", Arg::Number(i64::from(l.level))),
                        ("name", Arg::Text(&l.name)),
                    ],
                )
            })
            .collect();
        let levels = match levels.as_slice() {
            [] => return self.t.text("publishing.no_pause"),
            [one] => one.clone(),
            [rest @ .., last] => self.t.fill(
                "publishing.or",
                &[
                    ("a", &rest.join(&self.t.text("list_separator"))),
                    ("b", last),
                ],
            ),
        };
        let per_week = i64::try_from((posts_a_year + 26) / 52).unwrap_or(i64::MAX);
        self.t.fill_with(
            "publishing.pause",
            &[
                ("levels", Arg::Text(&levels)),
                ("per_week", Arg::Number(per_week)),
            ],
        )
    }
}
