//! The calendar by day, for the month views (the Markdown calendar's grid
//! and the handbook's `month.svg`): how many posts go out each day and
//! whether a blackout or a closed schedule falls on it, and where a date
//! sits in a wall calendar whose weeks start on the region's first day.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::Occurrence;

/// What one day of the calendar holds.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Day {
    /// Posts that day, one per network.
    pub posts: usize,
    pub blackout: bool,
    pub closed: bool,
}

/// The days from `first` to `last` (inclusive) that hold anything.
pub fn tally(occurrences: &[Occurrence], first: Date, last: Date) -> BTreeMap<Date, Day> {
    let mut days: BTreeMap<Date, Day> = BTreeMap::new();
    for o in occurrences
        .iter()
        .filter(|o| (first..=last).contains(&o.day()))
    {
        let day = days.entry(o.day()).or_default();
        match o.kind {
            "blackout" => day.blackout = true,
            "closed" => day.closed = true,
            _ => day.posts += 1,
        }
    }
    days
}

/// The column of `date` in a week laid out as `week` (weekdays, 0 =
/// Monday, in the region's order): 0 to 6.
pub fn column(date: Date, week: [usize; 7]) -> usize {
    let monday_based = date.weekday().to_monday_zero_offset().unsigned_abs() as usize;
    week.iter().position(|w| *w == monday_based).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::column;
    use jiff::civil::date;

    #[test]
    fn a_date_sits_in_the_column_of_its_weekday_in_the_regions_week() {
        // Thursday 1 January 2026.
        let thursday = date(2026, 1, 1);
        assert_eq!(column(thursday, [0, 1, 2, 3, 4, 5, 6]), 3);
        // Weeks from Sunday: Sunday is the first column.
        assert_eq!(column(thursday, [6, 0, 1, 2, 3, 4, 5]), 4);
        assert_eq!(column(date(2026, 1, 4), [6, 0, 1, 2, 3, 4, 5]), 0);
        // Weeks from Saturday.
        assert_eq!(column(thursday, [5, 6, 0, 1, 2, 3, 4]), 5);
    }
}
