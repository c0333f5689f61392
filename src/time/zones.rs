//! Time zones from the tz database compiled into the binary, and the
//! spring-forward gaps where a local time does not exist.

use std::sync::OnceLock;

use jiff::civil::Date;
use jiff::tz::{TimeZone, TimeZoneDatabase};

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
        let Some(time) = super::clock::wall_clock(minutes) else {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::MINUTES_PER_DAY;
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
}
