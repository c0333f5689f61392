//! `commstrat platforms`: the platform registry, every fact with its
//! source, the date it was checked and a confidence; `--stale-before` keeps
//! the facts checked before a date.

use serde::Serialize;

use super::Outcome;
use super::output::print;
use crate::cli::ListFormat;
use crate::error::Result;
use crate::platforms::{Badge, Entry, Registry, Source, Window, registry};

/// The registry as `--format json` prints it.
#[derive(Serialize)]
struct Document<'a> {
    surfaces: Vec<&'a Entry>,
    windows: Vec<&'a Window>,
    badges: Vec<&'a Badge>,
}

/// Whether a fact was checked before `date` (all facts without one).
fn stale(source: &Source, before: Option<jiff::civil::Date>) -> bool {
    match before {
        None => true,
        Some(date) => jiff::civil::Date::strptime("%Y-%m-%d", &source.checked)
            .map_or(true, |checked| checked < date),
    }
}

pub(super) fn run(
    format: ListFormat,
    stale_before: Option<jiff::civil::Date>,
    out: &mut dyn std::io::Write,
) -> Result<Outcome> {
    let r: &Registry = registry();
    let document = Document {
        surfaces: r
            .entries
            .iter()
            .filter(|e| stale(&e.source, stale_before))
            .collect(),
        windows: r
            .windows
            .iter()
            .filter(|w| stale(&w.source, stale_before))
            .collect(),
        badges: r
            .badges
            .iter()
            .filter(|b| stale(&b.source, stale_before))
            .collect(),
    };
    let text = match format {
        ListFormat::Json => {
            // Plain data of strings, integers and enums always serialises.
            let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
            text.push('\n');
            text
        }
        ListFormat::Human => human(&document),
    };
    print(out, &text)?;
    Ok(Outcome::Clean)
}

/// One fact's provenance on its own line.
fn provenance(source: &Source) -> String {
    let mut text = format!(
        "      {} (checked {}, {})\n",
        source.source,
        source.checked,
        serde_plain(&source.confidence)
    );
    if let Some(note) = &source.note {
        text.push_str(&format!("      {note}\n"));
    }
    text
}

/// An enum's name as the registry writes it (`third-party`).
fn serde_plain<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn human(d: &Document<'_>) -> String {
    let mut text = String::from("Surfaces (platform, surface: limits):\n");
    for e in &d.surfaces {
        let limits = if !e.exists {
            "does not exist".to_string()
        } else {
            e.limits
                .iter()
                .map(|l| {
                    let url = l
                        .url
                        .map_or(String::new(), |n| format!(", a link counts {n}"));
                    format!("at most {}{url}", l.unit.amount(l.max))
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        text.push_str(&format!(
            "  {} {}: {limits}\n",
            e.platform.as_str(),
            e.surface.as_str()
        ));
        if e.exists {
            let counted: Vec<String> = e
                .limits
                .iter()
                .filter(|l| l.unit.is_length())
                .map(|l| l.unit.counted(l.url))
                .collect();
            if !counted.is_empty() {
                text.push_str(&format!("      counted in {}\n", counted.join(" and ")));
            }
        }
        text.push_str(&provenance(&e.source));
    }
    text.push_str("\nMessaging windows:\n");
    for w in &d.windows {
        text.push_str(&format!(
            "  {}: {} hours after the follower's last message, then {}\n",
            w.platform.as_str(),
            w.hours,
            w.then
        ));
        text.push_str(&provenance(&w.source));
    }
    text.push_str("\nBadges:\n");
    for b in &d.badges {
        text.push_str(&format!(
            "  {}: \"{}\" for {} % of private messages answered within {} minutes over {} days\n",
            b.platform.as_str(),
            b.name,
            b.rate,
            b.minutes,
            b.days
        ));
        text.push_str(&provenance(&b.source));
    }
    text
}
