//! CS104: dates are unquoted TOML local dates.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::TomlKind;

use crate::rules::fields::{Field, walk};
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That every date is a TOML local date written without quotes
    /// (`2026-12-25`), with no time or offset.
    ///
    /// ## Why it matters
    /// A quoted `"2026-12-25"` is text to every TOML tool, so editors cannot
    /// check it; a date-time where a day is meant makes it unclear which day a
    /// holiday or blackout covers in another zone.
    ///
    /// ## Example
    /// ```toml
    /// closed = ["2026-12-25"]
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// closed = [2026-12-25]
    /// ```
    pub static INVALID_DATE = Some(check_dates);
}

fn check_dates(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    walk(ctx.strategy, &mut |at, field| {
        let Field::Date(date) = field else { return };
        let (pointer, value) = (at.to_string(), date.as_str());
        let (message, help) = match ctx.kind(&pointer) {
            Some(TomlKind::LocalDate) => return,
            Some(TomlKind::String) if date.get().is_some() => (
                format!("date \"{value}\" is quoted"),
                format!("write dates as TOML dates, without quotes: {value}"),
            ),
            Some(TomlKind::String) => (
                format!("\"{value}\" is not a date"),
                "write a real day as a TOML date without quotes: 2026-12-25".to_string(),
            ),
            _ => (
                format!("`{value}` is a date-time, not a date"),
                "keep only the day, without time or offset: 2026-12-25".to_string(),
            ),
        };
        let span = ctx.value(&pointer);
        out.push(finding(&codes::INVALID_DATE, span, message, help));
    });
}
