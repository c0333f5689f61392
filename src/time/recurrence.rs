//! Recurrence: the weekdays or days of the month a series uses, and the
//! dates it falls on between its first and last day.

use jiff::civil::{Date, Weekday};

use super::clock::weekday_named;

/// Which days of a month a monthly series uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthDaySpec {
    /// Day number 1–31.
    Number(i8),
    /// The nth (1–4) weekday of the month, or the last one (n = -1).
    Nth(i8, Weekday),
}

/// `"1st-mon"`…`"4th-sun"`, `"last-fri"`.
pub fn parse_nth_weekday(text: &str) -> Option<MonthDaySpec> {
    let (nth, day) = text.split_once('-')?;
    let n = match nth {
        "1st" => 1,
        "2nd" => 2,
        "3rd" => 3,
        "4th" => 4,
        "last" => -1,
        _ => return None,
    };
    Some(MonthDaySpec::Nth(n, weekday_named(day)?))
}

/// A series' recurrence reduced to dates.
#[derive(Debug, Clone)]
pub enum Recurrence {
    Daily,
    Weekly(Vec<Weekday>),
    Monthly(Vec<MonthDaySpec>),
}

/// The dates of a recurrence from `starts` to `until` (inclusive).
#[derive(Debug, Clone)]
pub struct DateRule {
    pub recurrence: Recurrence,
    pub interval: i64,
    pub starts: Date,
    pub until: Option<Date>,
}

impl DateRule {
    /// Does the series fall on `date`?
    pub(crate) fn occurs_on(&self, date: Date) -> bool {
        if date < self.starts || self.until.is_some_and(|u| date > u) {
            return false;
        }
        let interval = self.interval.max(1);
        match &self.recurrence {
            Recurrence::Daily => days_between(self.starts, date) % interval == 0,
            Recurrence::Weekly(days) => {
                let weeks = days_between(monday_of(self.starts), monday_of(date)) / 7;
                weeks % interval == 0 && days.contains(&date.weekday())
            }
            Recurrence::Monthly(specs) => {
                let months = (i64::from(date.year()) - i64::from(self.starts.year())) * 12
                    + i64::from(date.month())
                    - i64::from(self.starts.month());
                months % interval == 0 && specs.iter().any(|s| month_day_matches(*s, date))
            }
        }
    }

    /// Occurrence dates from `from` (or `starts`, when later) up to `until`,
    /// or up to `limit` when the series never ends. Jumps straight to the
    /// period that holds `from`, then steps period by period (every
    /// `interval` days, weeks or months): a window in 2026 of a daily series
    /// that starts in year -9999 costs the window's days, not 4 million
    /// (the calendar fuzz target found that walk).
    pub fn dates(&self, from: Date, limit: Date) -> impl Iterator<Item = Date> + '_ {
        let end = self.until.map_or(limit, |u| u.min(limit));
        let interval = self.interval.max(1);
        let step = match self.recurrence {
            Recurrence::Daily => jiff::Span::new().try_days(interval),
            Recurrence::Weekly(_) => jiff::Span::new().try_weeks(interval),
            Recurrence::Monthly(_) => jiff::Span::new().try_months(interval),
        };
        let length = move |period: Date| match self.recurrence {
            Recurrence::Daily => 1,
            Recurrence::Weekly(_) => 7,
            Recurrence::Monthly(_) => i64::from(period.days_in_month()),
        };
        let first = self.period_of(from);
        // An interval too large for a span means one period only.
        let step = step.ok();
        std::iter::successors(Some(first), move |period| period.checked_add(step?).ok())
            .take_while(move |period| *period <= end)
            .flat_map(move |period| {
                (0..length(period)).map_while(move |offset| {
                    period.checked_add(jiff::Span::new().days(offset)).ok()
                })
            })
            .filter(move |d| from <= *d && *d <= end && self.occurs_on(*d))
    }

    /// The first period to walk for a window from `from`: the series' first
    /// period (its first day, week or month), moved on by whole intervals to
    /// the one that holds `from`, so that the rhythm of `interval` is kept.
    fn period_of(&self, from: Date) -> Date {
        let interval = self.interval.max(1);
        let first = match self.recurrence {
            Recurrence::Daily => self.starts,
            Recurrence::Weekly(_) => monday_of(self.starts),
            Recurrence::Monthly(_) => self.starts.first_of_month(),
        };
        if from <= first {
            return first;
        }
        let units = match self.recurrence {
            Recurrence::Daily => days_between(first, from),
            Recurrence::Weekly(_) => days_between(first, from) / 7,
            Recurrence::Monthly(_) => {
                (i64::from(from.year()) - i64::from(first.year())) * 12
                    + (i64::from(from.month()) - i64::from(first.month()))
            }
        };
        let skip = units / interval * interval;
        let jump = match self.recurrence {
            Recurrence::Daily => jiff::Span::new().try_days(skip),
            Recurrence::Weekly(_) => jiff::Span::new().try_weeks(skip),
            Recurrence::Monthly(_) => jiff::Span::new().try_months(skip),
        };
        // Spans hold every distance between two dates jiff knows (7.3
        // million days); were one refused, the first period is still right,
        // only slower to walk from.
        jump.ok()
            .and_then(|jump| first.checked_add(jump).ok())
            .unwrap_or(first)
    }
}

fn month_day_matches(spec: MonthDaySpec, date: Date) -> bool {
    match spec {
        MonthDaySpec::Number(n) => date.day() == n,
        MonthDaySpec::Nth(n, weekday) => {
            date.weekday() == weekday
                && if n == -1 {
                    date.day() + 7 > date.days_in_month()
                } else {
                    (date.day() - 1) / 7 + 1 == n
                }
        }
    }
}

fn days_between(from: Date, to: Date) -> i64 {
    to.duration_since(from).as_secs() / 86_400
}

fn monday_of(date: Date) -> Date {
    let back = i64::from(date.weekday().to_monday_zero_offset());
    date.checked_sub(jiff::Span::new().days(back))
        .unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn monthly_nth_and_last_weekdays() {
        let rule = DateRule {
            recurrence: Recurrence::Monthly(vec![parse_nth_weekday("last-fri").unwrap()]),
            interval: 1,
            starts: date(2026, 1, 1),
            until: Some(date(2026, 3, 31)),
        };
        let dates: Vec<Date> = rule.dates(Date::MIN, date(2030, 1, 1)).collect();
        assert_eq!(
            dates,
            [date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27)]
        );
    }

    #[test]
    fn stepping_by_period_finds_the_same_dates_as_a_day_by_day_walk() {
        let rules = [
            (Recurrence::Daily, 3),
            (
                Recurrence::Weekly(vec![Weekday::Monday, Weekday::Sunday]),
                2,
            ),
            (
                Recurrence::Monthly(vec![MonthDaySpec::Number(31), MonthDaySpec::Number(1)]),
                1,
            ),
            (
                Recurrence::Monthly(vec![
                    parse_nth_weekday("last-fri").unwrap(),
                    parse_nth_weekday("2nd-tue").unwrap(),
                ]),
                3,
            ),
            (Recurrence::Monthly(vec![MonthDaySpec::Number(29)]), 12),
        ];
        let limit = date(2031, 6, 30);
        for (recurrence, interval) in rules {
            let rule = DateRule {
                recurrence,
                interval,
                starts: date(2026, 1, 31),
                until: None,
            };
            let stepped: Vec<Date> = rule.dates(Date::MIN, limit).collect();
            let walked: Vec<Date> = rule
                .starts
                .series(jiff::Span::new().days(1))
                .take_while(|d| *d <= limit)
                .filter(|d| rule.occurs_on(*d))
                .collect();
            assert_eq!(stepped, walked, "{rule:?}");
            assert!(!stepped.is_empty());
            // A window that starts anywhere later gives the same dates from
            // there on: the jump to its period keeps the interval's rhythm.
            for from in rule
                .starts
                .series(jiff::Span::new().days(17))
                .take_while(|d| *d <= limit)
            {
                let jumped: Vec<Date> = rule.dates(from, limit).collect();
                let kept: Vec<Date> = walked.iter().copied().filter(|d| *d >= from).collect();
                assert_eq!(jumped, kept, "{rule:?} from {from}");
            }
        }
    }

    /// A series that starts at the first date jiff knows, in a window of a
    /// week in 2026: the walk starts at the window (4 million days of a
    /// daily series were walked before).
    #[test]
    fn a_window_far_from_starts_is_reached_at_once() {
        for recurrence in [
            Recurrence::Daily,
            Recurrence::Weekly(vec![Weekday::Tuesday]),
            Recurrence::Monthly(vec![MonthDaySpec::Number(3)]),
        ] {
            let rule = DateRule {
                recurrence,
                interval: 1,
                starts: Date::MIN,
                until: None,
            };
            let from = date(2026, 3, 1);
            let mut steps = 0;
            let dates: Vec<Date> = rule
                .dates(from, date(2026, 3, 7))
                .inspect(|_| steps += 1)
                .collect();
            assert!(
                !dates.is_empty() && dates.iter().all(|d| *d >= from),
                "{dates:?}"
            );
            assert!(steps <= 7, "{steps}");
        }
    }

    #[test]
    fn fortnightly_counts_weeks_from_starts() {
        let rule = DateRule {
            recurrence: Recurrence::Weekly(vec![Weekday::Monday]),
            interval: 2,
            starts: date(2026, 1, 7), // a Wednesday
            until: Some(date(2026, 2, 1)),
        };
        let dates: Vec<Date> = rule.dates(Date::MIN, date(2030, 1, 1)).collect();
        assert_eq!(dates, [date(2026, 1, 19)]);
    }
}
