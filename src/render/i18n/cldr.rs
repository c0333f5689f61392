//! What CLDR says about a locale, through ICU4X's compiled data: long
//! dates, weekday names, the first day of the week, and which numbering
//! system a tag asks for (numbers themselves are written by Fluent's hook in
//! `super`). Fluent holds the sentences; this holds the conventions.

use icu_calendar::cal::Gregorian;
use icu_calendar::types::Weekday;
use icu_calendar::week::WeekInformation;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{E, YM, YMDE};
use icu_locale_core::Locale;
use icu_locale_core::extensions::unicode::{Value, key};
use icu_plurals::{PluralCategory, PluralRules};

/// Numbering systems a strategy may ask for with `-u-nu-` in its
/// `language`, by index: the const parameter of `number_hook`. Index 0 is
/// the locale's own default.
pub(super) const NUMBERING: [&str; 4] = ["", "latn", "arab", "arabext"];

/// The CLDR conventions of one locale.
pub(super) struct Cldr {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    weekday_long: FixedCalendarDateTimeFormatter<Gregorian, E>,
    weekday_short: FixedCalendarDateTimeFormatter<Gregorian, E>,
    /// 0 = Monday … 6 = Sunday.
    first_weekday: usize,
}

impl Cldr {
    /// `None` when ICU4X has no data for the locale at all (it falls back
    /// to the root locale for anything it knows, so this does not happen
    /// for a well-formed tag).
    pub(super) fn new(locale: &Locale) -> Option<Cldr> {
        // The week starts where the strategy's region starts it; a tag with
        // no region (and no `-u-fw-`) gets CLDR's world default, Monday,
        // which is also ISO 8601's.
        let regional = locale.id.region.is_some()
            || locale
                .extensions
                .unicode
                .keywords
                .get(&key!("fw"))
                .is_some();
        let first_weekday = if regional {
            let week = WeekInformation::try_new(locale.into()).ok()?;
            monday_based(week.first_weekday)
        } else {
            0
        };
        Some(Cldr {
            date: FixedCalendarDateTimeFormatter::try_new(locale.into(), YMDE::long()).ok()?,
            month: FixedCalendarDateTimeFormatter::try_new(locale.into(), YM::long()).ok()?,
            weekday_long: FixedCalendarDateTimeFormatter::try_new(locale.into(), E::long()).ok()?,
            weekday_short: FixedCalendarDateTimeFormatter::try_new(locale.into(), E::short())
                .ok()?,
            first_weekday,
        })
    }

    /// A long date with its weekday: "Thursday, January 1, 2026".
    /// `day_one` replaces the day of the month on the first ("1er" in
    /// French, which CLDR leaves to the translator).
    pub(super) fn date(&self, d: jiff::civil::Date, day_one: Option<&str>) -> String {
        let Some(date) = gregorian(d) else {
            return d.to_string();
        };
        let formatted = self.date.format(&date);
        match day_one {
            Some(first) if d.day() == 1 => {
                replace_part(&formatted, icu_datetime::parts::DAY, first)
            }
            _ => formatted.to_string(),
        }
    }

    /// A month and its year: "November 2026", "novembre 2026".
    pub(super) fn month(&self, d: jiff::civil::Date) -> String {
        gregorian(d).map_or_else(
            || d.to_string(),
            |date| self.month.format(&date).to_string(),
        )
    }

    /// The weekday `day` (0 = Monday) standing alone: "Monday" or "Mon".
    pub(super) fn weekday(&self, day: usize, short: bool) -> String {
        // 2024-01-01 was a Monday; the modulo keeps the offset in a week.
        let Some(monday) = gregorian(jiff::civil::date(2024, 1, 1 + (day % 7) as i8)) else {
            return String::new();
        };
        let formatter = if short {
            &self.weekday_short
        } else {
            &self.weekday_long
        };
        formatter.format(&monday).to_string()
    }

    /// The first day of the week: 0 = Monday … 6 = Sunday.
    pub(super) fn first_weekday(&self) -> usize {
        self.first_weekday
    }
}

/// The locale's numbering system as an index of `NUMBERING` (0 when the
/// tag names none, or one not in the list).
pub(super) fn numbering(locale: &Locale) -> usize {
    let named = locale.extensions.unicode.keywords.get(&key!("nu"));
    named
        .and_then(|v| {
            NUMBERING
                .iter()
                .position(|n| !n.is_empty() && v.to_string() == *n)
        })
        .unwrap_or(0)
}

/// `locale` with numbering system `NUMBERING[index]` (unchanged for 0).
pub(super) fn with_numbering(mut locale: Locale, index: usize) -> Locale {
    if let Some(Ok(value)) = NUMBERING
        .get(index)
        .filter(|n| !n.is_empty())
        .map(|n| Value::try_from_str(n))
    {
        locale.extensions.unicode.keywords.set(key!("nu"), value);
    }
    locale
}

/// The cardinal plural rules of the locale's language.
pub(super) fn plural_rules(locale: &Locale) -> Option<PluralRules> {
    PluralRules::try_new_cardinal(locale.into()).ok()
}

/// The CLDR plural category of `n`: `zero`, `one`, `two`, `few`, `many`
/// or `other`, the keys of a catalogue's variants.
pub(super) fn category(rules: &PluralRules, n: f64) -> &'static str {
    // Catalogue numbers are whole (counts, minutes, limits), and far within
    // i64; a fraction would be cut, never rounded up into another category.
    let category = rules.category_for(n.trunc() as i64);
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

fn monday_based(day: Weekday) -> usize {
    match day {
        Weekday::Monday => 0,
        Weekday::Tuesday => 1,
        Weekday::Wednesday => 2,
        Weekday::Thursday => 3,
        Weekday::Friday => 4,
        Weekday::Saturday => 5,
        Weekday::Sunday => 6,
    }
}

fn gregorian(d: jiff::civil::Date) -> Option<icu_calendar::Date<Gregorian>> {
    icu_calendar::Date::try_new_gregorian(i32::from(d.year()), d.month() as u8, d.day() as u8).ok()
}

/// The text of `formatted` with its `part` replaced by `by` where that part
/// reads "1" in Latin digits: "1er" is a Latin-script ordinal, and an
/// Arabic-Indic "١" stays as CLDR writes it.
fn replace_part(formatted: &impl writeable::Writeable, part: writeable::Part, by: &str) -> String {
    struct Parts<'a> {
        out: String,
        part: writeable::Part,
        by: &'a str,
    }
    impl std::fmt::Write for Parts<'_> {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.out.push_str(s);
            Ok(())
        }
    }
    impl writeable::PartsWrite for Parts<'_> {
        type SubPartsWrite = Self;
        fn with_part(
            &mut self,
            part: writeable::Part,
            mut f: impl FnMut(&mut Self::SubPartsWrite) -> std::fmt::Result,
        ) -> std::fmt::Result {
            let start = self.out.len();
            f(self)?;
            if part == self.part && &self.out[start..] == "1" {
                self.out.truncate(start);
                self.out.push_str(self.by);
            }
            Ok(())
        }
    }
    let mut sink = Parts {
        out: String::new(),
        part,
        by,
    };
    // Writing to a String cannot fail.
    let _ = formatted.write_to_parts(&mut sink);
    sink.out
}
