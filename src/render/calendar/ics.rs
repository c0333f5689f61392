//! The calendar as iCalendar (RFC 5545): TEXT escaping, line folding at 75
//! octets, one VEVENT per occurrence.

use jiff::Timestamp;

use super::Occurrence;
use crate::model::Strategy;
use crate::render::i18n::{Arg, Catalogue};

/// RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks.
pub fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets without splitting a character,
/// each physical line ending in CRLF.
pub fn ics_line(line: &str, out: &mut String) {
    let mut rest = line;
    let mut limit = 75;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // A continuation line's leading space counts in its 75 octets.
        limit = 74;
    }
}

/// An instant in UTC as iCalendar writes it: `20261204T185000Z`.
pub fn ics_stamp(t: Timestamp) -> String {
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// The occurrences grouped by slot (the same post on each of its
/// networks), in the order of each slot's first occurrence.
fn slots(occurrences: &[Occurrence]) -> Vec<Vec<&Occurrence>> {
    let mut index: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    let mut out: Vec<Vec<&Occurrence>> = Vec::new();
    for o in occurrences {
        match index.get(o.slot.as_str()) {
            Some(&i) => out[i].push(o),
            None => {
                index.insert(&o.slot, out.len());
                out.push(vec![o]);
            }
        }
    }
    out
}

/// A network's profile address as a URL, when its handle is one
/// (`facebook.com/Brand`, `linkedin.com/company/brand`); `@brand` is not.
fn profile_url(handle: &str) -> Option<String> {
    let (host, _) = handle.split_once('/')?;
    let plain = |c: char| c.is_ascii_graphic() && !"\"<>\\^`{|}".contains(c);
    (host.contains('.') && !host.starts_with('@') && handle.chars().all(plain))
        .then(|| format!("https://{handle}"))
}

/// The calendar as iCalendar: one event per slot, naming its networks.
/// `stamp` is the DTSTAMP of every event;
/// `alarm`, minutes before each timed post, adds a reminder (`VALARM`). The
/// summary, description and category are in the strategy's language, and
/// say so (`LANGUAGE=`); ids stay in the UID.
pub fn to_ics(
    strategy: &Strategy,
    occurrences: &[Occurrence],
    stamp: Timestamp,
    alarm: Option<i64>,
) -> String {
    let t = Catalogue::for_language(&strategy.language);
    let language = format!("LANGUAGE={}", t.language_id());
    let mut out = String::new();
    let mut line = |text: String| ics_line(&text, &mut out);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//commstrat//content calendar//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", ics_text(&strategy.name)));
    for networks in slots(occurrences) {
        // Every occurrence of a slot shares its time, title and text.
        let o = networks[0];
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}", ics_text(&o.slot)));
        line(format!("DTSTAMP:{}", ics_stamp(stamp)));
        match o.all_day {
            Some((first, next)) => {
                line(format!("DTSTART;VALUE=DATE:{}", first.strftime("%Y%m%d")));
                // Exclusive end: the day after.
                line(format!("DTEND;VALUE=DATE:{}", next.strftime("%Y%m%d")));
            }
            None => {
                line(format!("DTSTART:{}", ics_stamp(o.start)));
                if let Some(end) = o.end {
                    line(format!("DTEND:{}", ics_stamp(end)));
                }
            }
        }
        let platform = |n: &Occurrence| t.text(&format!("platform.{}", n.platform));
        let mut platforms: Vec<String> = networks.iter().map(|n| platform(n)).collect();
        platforms.dedup();
        let summary = t.fill(
            "calendar.ics_summary",
            &[
                ("title", &o.title),
                ("networks", &platforms.join(&t.text("list_separator"))),
            ],
        );
        line(format!("SUMMARY;{language}:{}", ics_text(&summary)));
        // Each line is escaped on its own, so a brief ending in a bare CR
        // keeps its own line break apart from the blank line after it.
        let mut description: Vec<String> = Vec::new();
        if let Some(brief) = &o.brief {
            description.push(brief.clone());
            description.push(String::new());
        }
        let accounts: Vec<String> = networks
            .iter()
            .map(|n| format!("{} {}", platform(n), n.handle))
            .collect();
        let count = i64::try_from(accounts.len()).unwrap_or(i64::MAX);
        let accounts = accounts.join(&t.text("list_separator"));
        description.push(t.fill_with(
            "calendar.ics_networks",
            &[
                ("n", Arg::Number(count)),
                ("networks", Arg::Text(&accounts)),
            ],
        ));
        if let Some(owner) = &o.owner {
            description.push(t.fill("calendar.ics_owner", &[("owner", owner)]));
        }
        if let (Some(time), Some(from)) = (&o.local_time, &o.shifted_from) {
            let date = t.date(o.day);
            description.push(t.fill(
                "calendar.ics_shifted",
                &[
                    ("from", from),
                    ("date", &date),
                    ("zone", &o.zone),
                    ("time", time),
                ],
            ));
        }
        let description: Vec<String> = description.iter().map(|l| ics_text(l)).collect();
        line(format!(
            "DESCRIPTION;{language}:{}",
            description.join("\\n")
        ));
        let practice = t.text(&format!("practice.{}", o.practice));
        line(format!("CATEGORIES;{language}:{}", ics_text(&practice)));
        // URL appears once: the profile of a slot on one network.
        if let (1, Some(url)) = (networks.len(), profile_url(&o.handle)) {
            line(format!("URL:{url}"));
        }
        line("TRANSP:TRANSPARENT".into());
        let post = o.is_post() && o.all_day.is_none();
        if let Some(minutes) = alarm.filter(|_| post) {
            line("BEGIN:VALARM".into());
            line("ACTION:DISPLAY".into());
            line(format!("TRIGGER:-PT{minutes}M"));
            line(format!("DESCRIPTION;{language}:{}", ics_text(&o.title)));
            line("END:VALARM".into());
        }
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(ics_text("a\\b,c;d\ne\r\nf"), "a\\\\b\\,c\\;d\\ne\\nf");
    }

    #[test]
    fn folding_keeps_characters_whole_and_lines_short() {
        let mut out = String::new();
        ics_line(&format!("SUMMARY:{}", "é".repeat(200)), &mut out);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(200)));
        // An emoji (4 octets) across the 75-octet boundary moves whole to
        // the next line.
        let mut out = String::new();
        let line = format!("SUMMARY:{}😀tail", "a".repeat(65));
        ics_line(&line, &mut out);
        let first = out.split("\r\n").next().expect("a line");
        assert_eq!(first.len(), 73);
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
    }
}
