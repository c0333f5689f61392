//! Wall-clock times (`"HH:MM"`), weekdays and their ranges, and the staffed
//! spans of a week measured in minutes from Monday 00:00.

use jiff::civil::Weekday;

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

pub(super) fn weekday_named(name: &str) -> Option<Weekday> {
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

/// `minutes` past midnight as a time of day; `None` outside 00:00–23:59.
pub fn wall_clock(minutes: i64) -> Option<jiff::civil::Time> {
    let (hour, minute) = (
        i8::try_from(minutes / 60).ok()?,
        i8::try_from(minutes % 60).ok()?,
    );
    jiff::civil::Time::new(hour, minute, 0, 0).ok()
}

pub fn weekday_name(day: Weekday) -> &'static str {
    WEEKDAY_NAMES[day.to_monday_zero_offset() as usize]
}

/// Weekday names for findings (which are in English), Monday first.
pub const WEEKDAY_WORDS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A staffed span of the week in minutes from Monday 00:00, `[start, end)`.
pub type WeekSpan = (i64, i64);

/// The longest unstaffed stretch of a week covered by `spans`, wrapping from
/// Sunday night to Monday morning. No spans: the whole week.
pub fn longest_gap(spans: &[WeekSpan]) -> i64 {
    longest_gap_at(spans).1
}

/// Where the longest unstaffed stretch starts (minutes from Monday 00:00)
/// and how long it is; the first of equal stretches.
pub fn longest_gap_at(spans: &[WeekSpan]) -> (i64, i64) {
    let mut spans: Vec<WeekSpan> = spans.iter().copied().filter(|(s, e)| e > s).collect();
    if spans.is_empty() {
        return (0, MINUTES_PER_WEEK);
    }
    spans.sort_unstable();
    let mut merged: Vec<WeekSpan> = Vec::new();
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let mut longest = (0, 0);
    for pair in merged.windows(2) {
        let gap = pair[1].0 - pair[0].1;
        if gap > longest.1 {
            longest = (pair[0].1, gap);
        }
    }
    // The stretch from the last span's end round to the first one's start.
    let (first, last) = (merged[0], merged[merged.len() - 1]);
    let round = first.0 + MINUTES_PER_WEEK - last.1;
    if round > longest.1 {
        longest = (last.1 % MINUTES_PER_WEEK, round);
    }
    longest
}

/// The spans of `spans` (minutes after Monday 00:00) a week before, in
/// and after the week, so that a moment near either end sees its
/// neighbours.
fn around(spans: &[WeekSpan]) -> impl Iterator<Item = WeekSpan> + '_ {
    spans.iter().filter(|(s, e)| e > s).flat_map(|(s, e)| {
        (-1..=2).map(move |k| (s + k * MINUTES_PER_WEEK, e + k * MINUTES_PER_WEEK))
    })
}

/// Minutes back from `at` to the end of the last staffed span: 0 when a
/// span reaches `at`; a week when there is none.
pub fn unstaffed_before(spans: &[WeekSpan], at: i64) -> i64 {
    around(spans)
        .map(|(s, e)| if s < at && at <= e { 0 } else { at - e })
        .filter(|back| *back >= 0)
        .min()
        .unwrap_or(MINUTES_PER_WEEK)
}

/// Minutes from `at` to the start of the next staffed span: 0 when a span
/// holds `at`; a week when there is none.
pub fn unstaffed_after(spans: &[WeekSpan], at: i64) -> i64 {
    around(spans)
        .map(|(s, e)| if s <= at && at < e { 0 } else { s - at })
        .filter(|ahead| *ahead >= 0)
        .min()
        .unwrap_or(MINUTES_PER_WEEK)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(longest_gap_at(&spans), (4 * 1440 + 1080, 63 * 60));
        assert_eq!(longest_gap(&[]), MINUTES_PER_WEEK);
        assert_eq!(longest_gap(&[(0, MINUTES_PER_WEEK)]), 0);
    }
}
