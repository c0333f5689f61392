//! Values the schema can only shape: dates, zones, versions, and durations
//! too long to mean anything.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::{TomlKind, pointer};
use crate::model::{Date, Duration, Zone};
use crate::suggest::did_you_mean;
use crate::time::{self, DurationError};

use super::{Context, declare_rule};

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

declare_rule! {
    /// ## What it checks
    /// That every `timezone` is an IANA zone name known to the tz database
    /// bundled in commstrat (`"Europe/Paris"`, `"America/New_York"`, `"UTC"`).
    ///
    /// ## Why it matters
    /// Staffed hours and calendar slots are wall-clock times in a zone; an
    /// unknown zone makes every one of them meaningless.
    ///
    /// ## Example
    /// ```toml
    /// timezone = "Paris"
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// timezone = "Europe/Paris"
    /// ```
    pub static UNKNOWN_TIMEZONE = Some(check_zones);
}

declare_rule! {
    /// ## What it checks
    /// That `version` is a semantic version such as `"1.4.0"`.
    ///
    /// ## Why it matters
    /// Every change to the strategy bumps the version, and the guide and the
    /// calendar say which version they follow; "v2" or "May update" cannot be
    /// compared or ordered.
    ///
    /// ## Example
    /// ```toml
    /// version = "v2"
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// version = "2.0.0"
    /// ```
    pub static INVALID_VERSION = Some(check_version);
}

/// Every date field with its JSON pointer.
pub(super) fn dates<'a>(ctx: &Context<'a>) -> Vec<(String, &'a Date)> {
    let s = ctx.strategy;
    let mut out = Vec::new();
    for (i, schedule) in s.schedules.iter().enumerate() {
        for (j, d) in schedule.closed.iter().enumerate() {
            out.push((pointer!("/schedules/", i, "/closed/", j), d));
        }
    }
    if let Some(cal) = &s.calendar {
        for (i, series) in cal.series.iter().enumerate() {
            out.push((pointer!("/calendar/series/", i, "/starts"), &series.starts));
            if let Some(until) = &series.until {
                out.push((pointer!("/calendar/series/", i, "/until"), until));
            }
        }
        for (i, event) in cal.events.iter().enumerate() {
            out.push((pointer!("/calendar/events/", i, "/date"), &event.date));
        }
        for (i, b) in cal.blackouts.iter().enumerate() {
            out.push((pointer!("/calendar/blackouts/", i, "/from"), &b.from));
            out.push((pointer!("/calendar/blackouts/", i, "/to"), &b.to));
        }
    }
    out
}

/// The date at `pointer`, when it is a valid unquoted TOML date.
pub(super) fn civil_date(
    ctx: &Context<'_>,
    pointer: &str,
    date: &Date,
) -> Option<jiff::civil::Date> {
    if ctx.kind(pointer) != Some(TomlKind::LocalDate) {
        return None;
    }
    date.as_str().parse().ok()
}

fn check_dates(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (pointer, date) in dates(ctx) {
        let value = date.as_str();
        let finding = match ctx.kind(&pointer) {
            Some(TomlKind::LocalDate) => None,
            Some(TomlKind::String) => Some(match value.parse::<jiff::civil::Date>() {
                Ok(_) => (
                    format!("date \"{value}\" is quoted"),
                    format!("write dates as TOML dates, without quotes: {value}"),
                ),
                Err(_) => (
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
    }
}

fn zones<'a>(ctx: &Context<'a>) -> Vec<(String, &'a Zone)> {
    let s = ctx.strategy;
    let mut out = vec![("/timezone".to_string(), &s.timezone)];
    for (i, schedule) in s.schedules.iter().enumerate() {
        if let Some(z) = &schedule.timezone {
            out.push((pointer!("/schedules/", i, "/timezone"), z));
        }
    }
    if let Some(cal) = &s.calendar {
        for (i, series) in cal.series.iter().enumerate() {
            if let Some(z) = &series.timezone {
                out.push((pointer!("/calendar/series/", i, "/timezone"), z));
            }
        }
    }
    out
}

fn check_zones(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut names: Option<Vec<String>> = None;
    for (pointer, zone) in zones(ctx) {
        if time::zone(zone.as_str()).is_some() {
            continue;
        }
        let names = names.get_or_insert_with(time::zone_names);
        // "Paris" should find "Europe/Paris": compare with the last part too.
        let lower = zone.as_str().to_lowercase();
        let by_city = names.iter().find(|n| {
            n.rsplit('/')
                .next()
                .is_some_and(|city| city.to_lowercase() == lower.replace(' ', "_"))
        });
        let suggestion = by_city
            .map(String::as_str)
            .or_else(|| did_you_mean(zone.as_str(), names.iter().map(String::as_str)));
        let help = match suggestion {
            Some(best) => {
                format!("did you mean \"{best}\"? Zones are IANA names such as \"Europe/Paris\"")
            }
            None => {
                "use an IANA zone name such as \"Europe/Paris\", \"America/New_York\" or \"UTC\""
                    .to_string()
            }
        };
        out.push(
            Diagnostic::new(
                &codes::UNKNOWN_TIMEZONE,
                ctx.value(&pointer),
                format!("unknown time zone \"{zone}\""),
            )
            .with_help(help),
        );
    }
}

fn check_version(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let version = &ctx.strategy.version;
    if let Err(err) = semver::Version::parse(version) {
        out.push(
            Diagnostic::new(
                &codes::INVALID_VERSION,
                ctx.value("/version"),
                format!("version \"{version}\" is not a semantic version ({err})"),
            )
            .with_help("write MAJOR.MINOR.PATCH, such as \"1.4.0\", and bump it on every change"),
        );
    }
}

/// Every duration field with its JSON pointer.
pub(super) fn durations<'a>(ctx: &Context<'a>) -> Vec<(String, &'a Duration)> {
    let s = ctx.strategy;
    let mut out = Vec::new();
    for (i, n) in s.networks.iter().enumerate() {
        out.push((
            pointer!("/networks/", i, "/response_time"),
            &n.response_time,
        ));
    }
    for (i, p) in s.playbooks.iter().enumerate() {
        if let Some(d) = &p.respond_within {
            out.push((pointer!("/playbooks/", i, "/respond_within"), d));
        }
    }
    if let Some(crisis) = &s.crisis {
        for (i, l) in crisis.levels.iter().enumerate() {
            out.push((
                pointer!("/crisis/levels/", i, "/respond_within"),
                &l.respond_within,
            ));
            if let Some(d) = &l.update_every {
                out.push((pointer!("/crisis/levels/", i, "/update_every"), d));
            }
        }
        for (i, sc) in crisis.scenarios.iter().enumerate() {
            for (j, e) in sc.escalation.iter().enumerate() {
                out.push((
                    pointer!("/crisis/scenarios/", i, "/escalation/", j, "/after"),
                    &e.after,
                ));
            }
        }
    }
    if let Some(cal) = &s.calendar {
        for (i, series) in cal.series.iter().enumerate() {
            if let Some(d) = &series.duration {
                out.push((pointer!("/calendar/series/", i, "/duration"), d));
            }
        }
        for (i, event) in cal.events.iter().enumerate() {
            if let Some(d) = &event.duration {
                out.push((pointer!("/calendar/events/", i, "/duration"), d));
            }
        }
    }
    out
}

/// The schema checks a duration's shape; this catches the ones too long to
/// compute with. Shape errors were reported by the schema already.
pub(super) fn check_durations(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (pointer, d) in durations(ctx) {
        if time::parse_duration(d.as_str()) == Err(DurationError::TooLarge) {
            out.push(
                Diagnostic::new(&codes::INVALID_DURATION, ctx.value(&pointer), format!("duration \"{d}\" is too long"))
                    .with_help("durations may not exceed 100 years; write the delay you mean, such as \"2h\" or \"3d\""),
            );
        }
    }
}
