//! Values the schema can only shape: dates, zones, versions, durations
//! too long to mean anything, and text with characters nobody sees. One rule per file; reading a valid date,
//! which the calendar rules need too, is here.

use crate::load::TomlKind;
use crate::model::Date;

use super::Context;

pub(super) mod invalid_date;
pub(super) mod invalid_duration;
pub(super) mod invalid_version;
pub(super) mod invisible_character;
pub(super) mod unknown_timezone;

/// The date at `pointer`, when it is a valid unquoted TOML date.
pub(super) fn civil_date(
    ctx: &Context<'_>,
    pointer: &str,
    date: &Date,
) -> Option<jiff::civil::Date> {
    let unquoted = ctx.kind(pointer) == Some(TomlKind::LocalDate);
    date.get().copied().filter(|_| unquoted)
}
