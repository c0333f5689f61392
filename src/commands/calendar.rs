//! `commstrat render calendar FILE`: the content calendar between two
//! dates, as Markdown, iCalendar, CSV (plain or for a bulk importer) or
//! JSON.

use super::Outcome;
use super::output::{finish, load_for_render, overrides, print};
use crate::cli::{CalendarArgs, CalendarFormat, CsvHeader, CsvProfile, DateOrderArg};
use crate::error::{Error, Result};
use crate::render::calendar;
use crate::write::{FolderKind, Plan};

pub(super) fn run(
    args: CalendarArgs,
    colours: crate::cli::ColorChoice,
    out: &mut dyn std::io::Write,
) -> Result<Outcome> {
    let Some(strategy) = load_for_render(&args.file, colours)? else {
        return Ok(Outcome::Findings);
    };
    let from = match args.from {
        Some(from) => from,
        None => {
            let zone = strategy
                .timezone
                .get()
                .cloned()
                .ok_or_else(|| Error::Usage {
                    message: format!("unknown zone {}", strategy.timezone),
                })?;
            // The one place a render reads the clock: the default window
            // starts today, as the help says.
            jiff::Zoned::now().with_time_zone(zone).date()
        }
    };
    let window = calendar::window(from, args.to, args.weeks)?;
    let occurrences = calendar::expand(&strategy, window)?;
    if let (Some(CsvProfile::Sprout), Some(folder)) = (args.csv_profile, &args.output) {
        if args.format != CalendarFormat::Csv {
            return Err(Error::Usage {
                message: "--csv-profile needs --format csv".into(),
            });
        }
        let order = match args.date_order {
            DateOrderArg::Mdy => calendar::DateOrder::MonthFirst,
            DateOrderArg::Dmy => calendar::DateOrder::DayFirst,
        };
        let files = calendar::to_sprout(&strategy, &occurrences, order);
        for file in &files {
            for warning in &file.warnings {
                eprintln!("warning: {warning}");
            }
        }
        let files = files
            .into_iter()
            .map(|f| (format!("{}.csv", f.network), f.csv))
            .collect();
        let plan = crate::write::folder_plan(folder, FolderKind::Csv, files)?;
        return finish(plan, args.check, &args.file, out);
    }
    if args.csv_header.is_some()
        && (args.format != CalendarFormat::Csv || args.csv_profile.is_some())
    {
        return Err(Error::Usage {
            message: "--csv-header needs --format csv (a bulk-import profile has its own header)"
                .into(),
        });
    }
    if args.bom && (args.format != CalendarFormat::Csv || args.csv_profile.is_some()) {
        return Err(Error::Usage {
            message:
                "--bom needs --format csv (a bulk-import profile writes what its importer reads)"
                    .into(),
        });
    }
    if args.alarm.is_some() && args.format != CalendarFormat::Ics {
        return Err(Error::Usage {
            message: "--alarm needs --format ics".into(),
        });
    }
    let text = match args.format {
        CalendarFormat::Md => {
            let overrides = overrides(args.templates.as_deref())?;
            crate::render::calendar_markdown(&strategy, window, &occurrences, &overrides)?
        }
        CalendarFormat::Ics => {
            calendar::to_ics(&strategy, &occurrences, dtstamp(from)?, args.alarm)
        }
        CalendarFormat::Csv => {
            let csv = calendar::to_csv(
                &strategy,
                &occurrences,
                args.csv_header == Some(CsvHeader::Labels),
            );
            if args.bom {
                format!("\u{feff}{csv}")
            } else {
                csv
            }
        }
        CalendarFormat::Json => calendar::to_json(&strategy, window, &occurrences),
    };
    match args.output {
        Some(path) => finish(Plan::one(path, text), args.check, &args.file, out),
        None => {
            print(out, &text)?;
            Ok(Outcome::Clean)
        }
    }
}

/// DTSTAMP: `SOURCE_DATE_EPOCH` when set, else midnight UTC of the first
/// day: never the clock, so the same command gives the same bytes.
fn dtstamp(from: jiff::civil::Date) -> Result<jiff::Timestamp> {
    let usage = |message: String| Error::Usage { message };
    match std::env::var_os("SOURCE_DATE_EPOCH") {
        // Unset, empty or blank: no stamp asked for.
        Some(value) if !value.to_string_lossy().trim().is_empty() => {
            let Some(text) = value.to_str() else {
                return Err(usage(
                    "SOURCE_DATE_EPOCH is not text: set it to a number of seconds since 1970-01-01 UTC, such as 1767225600, or unset it".into(),
                ));
            };
            let shown = crate::source::visible(text);
            // The last instant jiff holds, inside the four-digit years an
            // iCalendar file can write.
            let last = jiff::Timestamp::MAX;
            let range = format!(
                "calendar stamps go from 0 (1970-01-01T00:00:00Z) to {} ({})",
                last.as_second(),
                last.strftime("%Y-%m-%dT%H:%M:%SZ")
            );
            let seconds = text.trim().parse::<i64>().map_err(|e| {
                use std::num::IntErrorKind::{NegOverflow, PosOverflow};
                usage(if matches!(e.kind(), PosOverflow | NegOverflow) {
                    format!("SOURCE_DATE_EPOCH={shown} is out of range: {range}; set one in range, or unset it")
                } else {
                    format!(
                        "SOURCE_DATE_EPOCH={shown} is not a whole number of seconds since 1970-01-01 UTC (such as 1767225600); set one, or unset it"
                    )
                })
            })?;
            if !(0..=last.as_second()).contains(&seconds) {
                return Err(usage(format!(
                    "SOURCE_DATE_EPOCH={seconds} is out of range: {range}; set one in range, or unset it"
                )));
            }
            jiff::Timestamp::from_second(seconds).map_err(|e| usage(e.to_string()))
        }
        _ => from
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map(|z| z.timestamp())
            .map_err(|e| Error::Usage {
                message: format!("cannot stamp events at {from}: {e}"),
            }),
    }
}
