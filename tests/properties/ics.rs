//! Property 3: ICS lines are folded at 75 octets with CRLF, and SUMMARY and
//! DESCRIPTION read back to the title and the brief.

use std::collections::BTreeMap;

use commstrat::render::calendar;
use proptest::prelude::*;

use super::calendar_cases::{Plan, calendar_case, plan};
use super::{config, stamp, valid};

/// What `to_ics` documents doing to TEXT besides escaping: a CRLF or a lone
/// CR is a line break like LF, and other control characters (but tab) are
/// not allowed in TEXT and become spaces.
fn ics_transform(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// An RFC 5545 TEXT value read back: `\\`, `\;`, `\,`, `\n` (or `\N`) are the
/// only escapes; a bare `,` or `;` or a control character (but tab) is not
/// TEXT.
fn ics_unescape(value: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\\') => out.push('\\'),
                Some(';') => out.push(';'),
                Some(',') => out.push(','),
                Some('n' | 'N') => out.push('\n'),
                other => return Err(format!("bad escape \\{other:?} in {value:?}")),
            },
            ',' | ';' => return Err(format!("unescaped {c:?} in {value:?}")),
            c if c.is_control() && c != '\t' => {
                return Err(format!("control character {c:?} in {value:?}"));
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

/// Unfold RFC 5545 content lines: a CRLF followed by a space or a tab is
/// removed, whichever of the two the folding used.
fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "").replace("\r\n\t", "")
}

/// The number of slots (one iCalendar event each) of `occurrences`.
pub(super) fn slots(occurrences: &[calendar::Occurrence]) -> usize {
    let slots: std::collections::BTreeSet<&str> =
        occurrences.iter().map(|o| o.slot.as_str()).collect();
    slots.len()
}

pub(super) fn check_ics(plan: &Plan, ics: &str, events: usize) -> Result<(), String> {
    // Physical lines: each ends with CRLF, holds no other CR or LF, and is at
    // most 75 octets; continuation lines start with a space.
    let Some(body) = ics.strip_suffix("\r\n") else {
        return Err("the output does not end with CRLF".into());
    };
    for (n, line) in body.split("\r\n").enumerate() {
        if line.len() > 75 {
            return Err(format!("line {n} has {} octets: {line:?}", line.len()));
        }
        if line.contains(['\r', '\n']) {
            return Err(format!("line {n} has a bare CR or LF: {line:?}"));
        }
        if line.is_empty() || line == " " {
            return Err(format!("line {n} is empty: {line:?}"));
        }
    }
    // Logical lines: each a property (`NAME:` or `NAME;`), BEGIN/END included.
    let unfolded = unfold(ics);
    let logical: Vec<&str> = unfolded
        .strip_suffix("\r\n")
        .unwrap_or(&unfolded)
        .split("\r\n")
        .collect();
    for line in &logical {
        let name_end = line.find([':', ';']).unwrap_or(0);
        let name = &line[..name_end];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_uppercase() || c == '-') {
            return Err(format!("a logical line is not a property: {line:?}"));
        }
    }
    if logical.first() != Some(&"BEGIN:VCALENDAR") || logical.last() != Some(&"END:VCALENDAR") {
        return Err("not one VCALENDAR".into());
    }
    let calname = logical
        .iter()
        .find_map(|l| l.strip_prefix("X-WR-CALNAME:"))
        .ok_or("no X-WR-CALNAME")?;
    let calname = ics_unescape(calname)?;
    if calname != ics_transform(&plan.name) {
        return Err(format!(
            "X-WR-CALNAME {calname:?} for the name {:?}",
            plan.name
        ));
    }
    // Each event's SUMMARY and DESCRIPTION, matched to its entry by UID.
    let mut seen = 0;
    let mut fields: BTreeMap<&str, &str> = BTreeMap::new();
    let mut in_event = false;
    for line in &logical {
        match (*line, in_event) {
            ("BEGIN:VEVENT", false) => {
                in_event = true;
                fields.clear();
                continue;
            }
            ("BEGIN:VEVENT", true) | ("END:VEVENT", false) => {
                return Err(format!("{line} out of place"));
            }
            ("END:VEVENT", true) => in_event = false,
            (_, true) => {
                // The property's name, without its parameters (`;LANGUAGE=fr`).
                if let Some((name, value)) = line.split_once(':') {
                    fields.insert(name.split(';').next().unwrap_or(name), value);
                }
                continue;
            }
            (_, false) => continue,
        }
        seen += 1;
        let uid = ics_unescape(fields.get("UID").ok_or("an event without UID")?)?;
        let parts: Vec<&str> = uid.split('.').collect();
        let (title, brief) = match (parts.get(1), parts.get(2)) {
            (Some(&"series"), Some(id)) => {
                let s = &plan.series[id[1..].parse::<usize>().map_err(|e| e.to_string())?];
                (&s.spec.title, &s.spec.brief)
            }
            (Some(&"event"), Some(id)) => {
                let e = &plan.events[id[1..].parse::<usize>().map_err(|e| e.to_string())?];
                (&e.spec.title, &e.spec.brief)
            }
            // A blackout's reason and a closed day's wording are the
            // file's and the catalogue's, not the generated text checked here.
            (Some(&"blackout" | &"closed"), Some(_)) => continue,
            _ => return Err(format!("UID {uid:?} names no entry")),
        };
        let summary = ics_unescape(fields.get("SUMMARY").ok_or("an event without SUMMARY")?)?;
        // The title, then the networks in brackets; right-to-left wording
        // isolates each value (U+2068 … U+2069).
        let plain = |text: &str| text.replace(['\u{2068}', '\u{2069}'], "");
        let named = plain(&summary)
            .strip_prefix(&plain(&ics_transform(title)))
            .is_some_and(|rest| rest.starts_with(" (") && rest.ends_with(')'));
        if !named {
            return Err(format!("SUMMARY {summary:?} for the title {title:?}"));
        }
        let description = ics_unescape(
            fields
                .get("DESCRIPTION")
                .ok_or("an event without DESCRIPTION")?,
        )?;
        // The brief, then a blank line and the network in the strategy's
        // language.
        let expected = match brief {
            Some(brief) => format!("{}\n\n", ics_transform(brief)),
            None => String::new(),
        };
        if !description.starts_with(&expected) {
            return Err(format!(
                "DESCRIPTION {description:?} does not start with the brief {brief:?}"
            ));
        }
    }
    if seen != events {
        return Err(format!("{seen} VEVENTs for {events} slots"));
    }
    Ok(())
}

proptest! {
    // Measured: 800 of 824 generated calendars (97%) were valid; the others
    // have a series that never occurs between `starts` and `until`.
    #![proptest_config(config(64))]

    #[test]
    fn ics_lines_are_folded_and_text_round_trips(case in calendar_case()) {
        let plan = plan(&case);
        let strategy = valid(&plan.text);
        prop_assume!(strategy.is_ok(), "invalid: {:?}", strategy.err());
        let strategy = strategy.expect("checked above");
        let occurrences = calendar::expand(&strategy, plan.window).expect("within the limits");
        let ics = calendar::to_ics(&strategy, &occurrences, stamp(), None);
        if let Err(problem) = check_ics(&plan, &ics, slots(&occurrences)) {
            prop_assert!(false, "{}\n--- ICS\n{}", problem, ics);
        }
    }
}
