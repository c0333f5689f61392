//! The content calendar: series that can occur, on days that exist, at
//! times that exist, and events that do not fall silent in a blackout.
//! One rule per file; what several of them read (a series' date rule, the
//! valid blackouts) is here.

use jiff::civil::Date;

use crate::load::pointer;
use crate::model::Series;
use crate::time::DateRule;

use super::Context;
use super::values::civil_date;

pub(super) mod blackout_ends_before_start;
pub(super) mod dst_gap;
pub(super) mod event_in_blackout;
pub(super) mod invalid_series_days;
pub(super) mod series_never_occurs;
pub(super) mod unstaffed_slot;

/// The date rule of the series at index `i`, when every part of it is
/// valid and its dates are written as TOML dates.
pub(super) fn date_rule(ctx: &Context<'_>, i: usize, series: &Series) -> Option<DateRule> {
    let date = |key: &str, d| civil_date(ctx, &pointer!("/calendar/series/", i, key), d);
    date("/starts", &series.starts)?;
    if let Some(until) = &series.until {
        date("/until", until)?;
    }
    series.date_rule()
}

pub(super) fn years_after(date: Date, years: i16) -> Date {
    date.checked_add(jiff::Span::new().years(years))
        .unwrap_or(Date::MAX)
}

/// A blackout whose dates are valid.
pub(super) struct Quiet<'a> {
    /// Its index in `calendar.blackouts`.
    pub(super) index: usize,
    pub(super) from: Date,
    pub(super) to: Date,
    /// `None`: every network.
    networks: Option<&'a [crate::model::Id]>,
    pub(super) reason: &'a str,
}

impl Quiet<'_> {
    pub(super) fn covers(&self, date: Date, network: &str) -> bool {
        self.from <= date
            && date <= self.to
            && self
                .networks
                .is_none_or(|c| c.iter().any(|id| id.as_str() == network))
    }
}

/// The blackouts whose dates are valid.
pub(super) fn blackouts<'a>(ctx: &Context<'a>) -> Vec<Quiet<'a>> {
    let Some(cal) = &ctx.strategy.calendar else {
        return Vec::new();
    };
    let date =
        |b: usize, key: &str, d| civil_date(ctx, &pointer!("/calendar/blackouts/", b, key), d);
    cal.blackouts
        .iter()
        .enumerate()
        .filter_map(|(index, blackout)| {
            Some(Quiet {
                index,
                from: date(index, "/from", &blackout.from)?,
                to: date(index, "/to", &blackout.to)?,
                networks: blackout.networks.as_deref(),
                reason: &blackout.reason,
            })
        })
        .collect()
}
