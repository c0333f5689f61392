//! Durations, wall-clock times, weekdays, weekly windows and the dates a
//! calendar series falls on. Zone rules come from the tz database bundled in
//! the binary, never from the machine.

use std::sync::OnceLock;

use jiff::civil::{Date, Weekday};
use jiff::tz::{TimeZone, TimeZoneDatabase};

pub const WEEKDAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];
pub const MINUTES_PER_DAY: i64 = 24 * 60;
pub const MINUTES_PER_WEEK: i64 = 7 * MINUTES_PER_DAY;
/// Durations are capped so that adding one to any date stays in range.
const MAX_DURATION_MINUTES: i64 = 100 * 366 * MINUTES_PER_DAY;

/// The tz database compiled into the binary.
pub fn tz_database() -> &'static TimeZoneDatabase {
    static DB: OnceLock<TimeZoneDatabase> = OnceLock::new();
    DB.get_or_init(TimeZoneDatabase::bundled)
}

/// A zone by IANA name, from the bundled database.
pub fn zone(name: &str) -> Option<TimeZone> {
    tz_database().get(name).ok()
}

/// Every zone name the bundled database knows.
pub fn zone_names() -> Vec<String> {
    tz_database().available().map(|n| n.to_string()).collect()
}

/// A spring-forward gap: local times in `[start, end)` do not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gap {
    pub start: jiff::civil::DateTime,
    pub end: jiff::civil::DateTime,
}

impl Gap {
    /// Whether `minutes` past midnight of `date` falls inside the gap.
    pub fn holds(&self, date: Date, minutes: i64) -> bool {
        let (Ok(hour), Ok(minute)) = (i8::try_from(minutes / 60), i8::try_from(minutes % 60))
        else {
            return false;
        };
        let Ok(time) = jiff::civil::Time::new(hour, minute, 0, 0) else {
            return false;
        };
        let at = date.to_datetime(time);
        self.start <= at && at < self.end
    }
}

/// Every gap of `tz` whose local start falls between the day before `from`
/// and `to` (inclusive), in order. Starting a day early catches a gap at
/// midnight of `from` itself. Found from the zone's transitions, so a
/// century costs a few hundred steps, not a walk over every day.
pub fn gaps(tz: &TimeZone, from: Date, to: Date) -> Vec<Gap> {
    let first = from.yesterday().unwrap_or(from);
    if first > to {
        return Vec::new();
    }
    let Ok(start) = first.to_zoned(tz.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for transition in tz.following(start.timestamp()) {
        let at = transition.timestamp();
        let Ok(just_before) = at.checked_sub(jiff::SignedDuration::from_secs(1)) else {
            continue;
        };
        let before = tz.to_offset(just_before);
        let after = transition.offset();
        let local_start = before.to_datetime(at);
        if local_start.date() > to {
            break;
        }
        if after > before {
            out.push(Gap {
                start: local_start,
                end: after.to_datetime(at),
            });
        }
    }
    out
}

/// Why a duration string was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationError {
    /// Not one or more `<int><unit>` parts with units d, h, m.
    Syntax,
    /// Longer than a hundred years.
    TooLarge,
}

/// Minutes in a duration such as `1h30m`.
pub fn parse_duration(text: &str) -> Result<i64, DurationError> {
    let mut total: i64 = 0;
    let mut rest = text;
    if rest.is_empty() {
        return Err(DurationError::Syntax);
    }
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(DurationError::Syntax);
        }
        let (number, tail) = rest.split_at(digits);
        let mut chars = tail.chars();
        let minutes = match chars.next() {
            Some('d') => MINUTES_PER_DAY,
            Some('h') => 60,
            Some('m') => 1,
            _ => return Err(DurationError::Syntax),
        };
        let n: i64 = number.parse().map_err(|_| DurationError::TooLarge)?;
        total = n
            .checked_mul(minutes)
            .and_then(|m| total.checked_add(m))
            .ok_or(DurationError::TooLarge)?;
        rest = chars.as_str();
    }
    if total > MAX_DURATION_MINUTES {
        return Err(DurationError::TooLarge);
    }
    Ok(total)
}

/// "2h", "1h30m", "1d" — the shortest way to write a number of minutes.
pub fn format_duration(minutes: i64) -> String {
    let (d, h, m) = (
        minutes / MINUTES_PER_DAY,
        minutes % MINUTES_PER_DAY / 60,
        minutes % 60,
    );
    let mut out = String::new();
    if d > 0 {
        out.push_str(&format!("{d}d"));
    }
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if m > 0 || out.is_empty() {
        out.push_str(&format!("{m}m"));
    }
    out
}

/// Minutes since midnight of `HH:MM` (`24:00` gives 1440).
pub fn parse_time(text: &str) -> Option<i64> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (i64, i64) = (h.parse().ok()?, m.parse().ok()?);
    match (h, m) {
        (24, 0) => Some(MINUTES_PER_DAY),
        (0..=23, 0..=59) => Some(h * 60 + m),
        _ => None,
    }
}

/// Minutes since midnight of a start time: `HH:MM` up to `23:59`.
pub fn parse_start_time(text: &str) -> Option<i64> {
    parse_time(text).filter(|m| *m < MINUTES_PER_DAY)
}

fn weekday_named(name: &str) -> Option<Weekday> {
    WEEKDAY_NAMES
        .iter()
        .position(|n| *n == name)
        .map(|i| WEEKDAYS[i])
}

/// The weekdays of `"mon"` or of an inclusive range such as `"sun-thu"`,
/// going forward through the week and wrapping after Sunday.
pub fn parse_weekdays(text: &str) -> Option<Vec<Weekday>> {
    let (first, last) = match text.split_once('-') {
        Some((a, b)) => (weekday_named(a)?, weekday_named(b)?),
        None => {
            let day = weekday_named(text)?;
            (day, day)
        }
    };
    let mut days = vec![first];
    let mut day = first;
    while day != last {
        day = day.next();
        days.push(day);
    }
    Some(days)
}

pub fn weekday_name(day: Weekday) -> &'static str {
    WEEKDAY_NAMES[day.to_monday_zero_offset() as usize]
}

/// A staffed span of the week in minutes from Monday 00:00, `[start, end)`.
pub type WeekSpan = (i64, i64);

/// The longest unstaffed stretch of a week covered by `spans`, wrapping from
/// Sunday night to Monday morning. No spans: the whole week.
pub fn longest_gap(spans: &[WeekSpan]) -> i64 {
    let mut spans: Vec<WeekSpan> = spans.iter().copied().filter(|(s, e)| e > s).collect();
    if spans.is_empty() {
        return MINUTES_PER_WEEK;
    }
    spans.sort_unstable();
    let mut merged: Vec<WeekSpan> = Vec::new();
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let mut longest = 0;
    for pair in merged.windows(2) {
        longest = longest.max(pair[1].0 - pair[0].1);
    }
    // The stretch from the last span's end round to the first one's start.
    let (first, last) = (merged[0], merged[merged.len() - 1]);
    longest.max(first.0 + MINUTES_PER_WEEK - last.1)
}

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
    pub fn occurs_on(&self, date: Date) -> bool {
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

    /// Occurrence dates from `starts` up to `until`, or up to `limit` when
    /// the series never ends. Steps period by period (every `interval` days,
    /// weeks or months), so a century of a monthly series is a few thousand
    /// steps.
    pub fn dates(&self, limit: Date) -> impl Iterator<Item = Date> + '_ {
        let end = self.until.map_or(limit, |u| u.min(limit));
        let interval = self.interval.max(1);
        let (first, step) = match self.recurrence {
            Recurrence::Daily => (self.starts, jiff::Span::new().try_days(interval)),
            Recurrence::Weekly(_) => (
                monday_of(self.starts),
                jiff::Span::new().try_weeks(interval),
            ),
            Recurrence::Monthly(_) => (
                self.starts.first_of_month(),
                jiff::Span::new().try_months(interval),
            ),
        };
        let length = move |period: Date| match self.recurrence {
            Recurrence::Daily => 1,
            Recurrence::Weekly(_) => 7,
            Recurrence::Monthly(_) => i64::from(period.days_in_month()),
        };
        // An interval too large for a span means one period only.
        let step = step.ok();
        std::iter::successors(Some(first), move |period| period.checked_add(step?).ok())
            .take_while(move |period| *period <= end)
            .flat_map(move |period| {
                (0..length(period)).map_while(move |offset| {
                    period.checked_add(jiff::Span::new().days(offset)).ok()
                })
            })
            .filter(move |d| *d <= end && self.occurs_on(*d))
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

    /// `Gap::holds` answers as comparing the built date-time does, for
    /// every minute of the day before, the days of and the day after gaps
    /// of every shape: within a day, across midnight, ending at midnight,
    /// a whole skipped day, and bounds with seconds (old zones had them).
    #[test]
    fn a_gap_holds_the_minutes_the_date_times_say() {
        let day = date(2026, 3, 29);
        let gaps = [
            (day.at(2, 0, 0, 0), day.at(3, 0, 0, 0)),
            (
                day.at(23, 30, 0, 0),
                day.tomorrow().unwrap().at(0, 30, 0, 0),
            ),
            (day.at(23, 0, 0, 0), day.tomorrow().unwrap().at(0, 0, 0, 0)),
            (day.at(0, 0, 0, 0), day.tomorrow().unwrap().at(0, 0, 0, 0)),
            (day.at(1, 59, 59, 0), day.at(2, 20, 17, 5)),
            (day.at(12, 0, 0, 1), day.at(12, 1, 0, 0)),
        ];
        for (start, end) in gaps {
            let gap = Gap { start, end };
            for offset in -1..=2 {
                let on = day.checked_add(jiff::Span::new().days(offset)).unwrap();
                for minutes in 0..MINUTES_PER_DAY {
                    let local = on.at((minutes / 60) as i8, (minutes % 60) as i8, 0, 0);
                    assert_eq!(
                        gap.holds(on, minutes),
                        local >= start && local < end,
                        "{start}..{end} at {local}"
                    );
                }
            }
        }
    }

    #[test]
    fn gaps_are_the_spring_forward_transitions_of_the_span() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        let at = |date: Date, h, m| date.at(h, m, 0, 0);
        let paris = zone("Europe/Paris").unwrap();
        assert_eq!(
            gaps(&paris, d(2026, 1, 1), d(2026, 12, 31)),
            [Gap {
                start: at(d(2026, 3, 29), 2, 0),
                end: at(d(2026, 3, 29), 3, 0)
            }]
        );
        // The day before `from` counts, so a gap at midnight of `from` is found.
        assert_eq!(gaps(&paris, d(2026, 3, 30), d(2026, 4, 30)).len(), 1);
        assert!(gaps(&paris, d(2026, 3, 31), d(2026, 4, 30)).is_empty());
        assert!(gaps(&paris, d(2026, 4, 1), d(2026, 3, 1)).is_empty());
        // Samoa skipped 2011-12-30 whole.
        let apia = zone("Pacific/Apia").unwrap();
        assert_eq!(
            gaps(&apia, d(2011, 12, 30), d(2011, 12, 31)),
            [Gap {
                start: at(d(2011, 12, 30), 0, 0),
                end: at(d(2011, 12, 31), 0, 0)
            }]
        );
        // A century in New York: two gaps a year at most, one in 2026.
        let new_york = zone("America/New_York").unwrap();
        let century = gaps(&new_york, d(2024, 3, 31), d(2124, 3, 31));
        assert!((90..=101).contains(&century.len()), "{}", century.len());
        assert!(gaps(&zone("Asia/Tokyo").unwrap(), d(2000, 1, 1), d(2030, 1, 1)).is_empty());
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1h30m"), Ok(90));
        assert_eq!(parse_duration("1d"), Ok(1440));
        assert_eq!(parse_duration("0m"), Ok(0));
        assert_eq!(parse_duration("30m1h"), Ok(90));
        assert_eq!(parse_duration("1h 30m"), Err(DurationError::Syntax));
        assert_eq!(parse_duration("h"), Err(DurationError::Syntax));
        assert_eq!(
            parse_duration("99999999999999999999d"),
            Err(DurationError::TooLarge)
        );
        assert_eq!(format_duration(90), "1h30m");
        assert_eq!(format_duration(0), "0m");
    }

    #[test]
    fn weekday_ranges_wrap_after_sunday() {
        let names = |t| {
            parse_weekdays(t)
                .unwrap()
                .into_iter()
                .map(weekday_name)
                .collect::<Vec<_>>()
        };
        assert_eq!(names("sun-thu"), ["sun", "mon", "tue", "wed", "thu"]);
        assert_eq!(names("fri-mon"), ["fri", "sat", "sun", "mon"]);
        assert_eq!(names("wed"), ["wed"]);
    }

    #[test]
    fn longest_gap_wraps_the_weekend() {
        // Mon–Fri 09:00–18:00: the longest gap is Friday 18:00 to Monday 09:00.
        let spans: Vec<WeekSpan> = (0..5).map(|d| (d * 1440 + 540, d * 1440 + 1080)).collect();
        assert_eq!(longest_gap(&spans), 63 * 60);
        assert_eq!(longest_gap(&[]), MINUTES_PER_WEEK);
        assert_eq!(longest_gap(&[(0, MINUTES_PER_WEEK)]), 0);
    }

    #[test]
    fn monthly_nth_and_last_weekdays() {
        let rule = DateRule {
            recurrence: Recurrence::Monthly(vec![parse_nth_weekday("last-fri").unwrap()]),
            interval: 1,
            starts: date(2026, 1, 1),
            until: Some(date(2026, 3, 31)),
        };
        let dates: Vec<Date> = rule.dates(date(2030, 1, 1)).collect();
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
            let stepped: Vec<Date> = rule.dates(limit).collect();
            let walked: Vec<Date> = rule
                .starts
                .series(jiff::Span::new().days(1))
                .take_while(|d| *d <= limit)
                .filter(|d| rule.occurs_on(*d))
                .collect();
            assert_eq!(stepped, walked, "{rule:?}");
            assert!(!stepped.is_empty());
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
        let dates: Vec<Date> = rule.dates(date(2030, 1, 1)).collect();
        assert_eq!(dates, [date(2026, 1, 19)]);
    }
}
