//! CS104: dates are unquoted TOML local dates.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::TomlKind;

use crate::rules::fields::{Field, walk};
use crate::rules::{Context, declare_rule};

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
        let finding = match ctx.kind(&pointer) {
            Some(TomlKind::LocalDate) => None,
            Some(TomlKind::String) => Some(match date.get() {
                Some(_) => (
                    format!("date \"{value}\" is quoted"),
                    format!("write dates as TOML dates, without quotes: {value}"),
                ),
                None => (
                    format!("\"{value}\" is not a date"),
                    "write a real day as a TOML date without quotes: 2026-12-25".to_string(),
                ),
            }),
            _ => Some((
                format!("`{value}` is a date-time, not a date"),
                "keep only the day, without time or offset: 2026-12-25".to_string(),
            )),
        };
        if let Some((message, help)) = finding {
            out.push(
                Diagnostic::new(&codes::INVALID_DATE, ctx.value(&pointer), message).with_help(help),
            );
        }
    });
}
