//! The calendar as RFC 4180 CSV, with cells a spreadsheet would run as a
//! formula neutralised.

use super::Occurrence;
use crate::model::Strategy;
use crate::render::i18n::Catalogue;

/// The CSV columns, as `cli.md` lists them.
pub const CSV_HEADER: [&str; 11] = [
    "date",
    "local_time",
    "zone",
    "utc_instant",
    "network",
    "platform",
    "handle",
    "practice",
    "title",
    "owner",
    "brief",
];

/// A cell starting with one of these is read as a formula by spreadsheet
/// programs (OWASP, "CSV Injection"): `=HYPERLINK(...)` in a title would run
/// when a colleague opens the calendar.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Append one RFC 4180 cell. A cell that a spreadsheet would take for a
/// formula gets a leading `'`, as OWASP recommends, so that spreadsheets
/// take it as text. Handles (`@brand`) get it too: Excel reads a leading `@`
/// as an operator.
fn csv_field(text: &str, out: &mut String) {
    let neutralised;
    let text = if text.starts_with(FORMULA_STARTS) {
        neutralised = format!("'{text}");
        neutralised.as_str()
    } else {
        text
    };
    if text.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// Append one row of cells, ending in CRLF.
pub(super) fn csv_row(fields: &[&str], out: &mut String) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(f, out);
    }
    out.push_str("\r\n");
}

/// The calendar as RFC 4180 CSV: a header row, CRLF line ends. The header
/// is `CSV_HEADER`, or with `labels` the column names in the strategy's
/// language (for people opening it in a spreadsheet); cells keep ids.
pub fn to_csv(strategy: &Strategy, occurrences: &[Occurrence], labels: bool) -> String {
    let mut out = String::new();
    let mut row = |fields: &[&str]| csv_row(fields, &mut out);
    if labels {
        let t = Catalogue::for_language(&strategy.language);
        let header: Vec<String> = CSV_HEADER
            .iter()
            .map(|c| t.text(&format!("csv.{c}")))
            .collect();
        row(&header.iter().map(String::as_str).collect::<Vec<_>>());
    } else {
        row(&CSV_HEADER);
    }
    for o in occurrences {
        row(&[
            &o.date,
            o.local_time.as_deref().unwrap_or(""),
            &o.zone,
            o.utc.as_deref().unwrap_or(""),
            &o.network,
            o.platform,
            &o.handle,
            &o.practice,
            &o.title,
            o.owner.as_deref().unwrap_or(""),
            o.brief.as_deref().unwrap_or(""),
        ]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_neutralises_cells_a_spreadsheet_would_run() {
        for (cell, expected) in [
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("+1", "'+1"),
            ("-5 °C", "'-5 °C"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("\rcmd", "\"'\rcmd\""),
            ("a=b", "a=b"),
            ("2026-11-23", "2026-11-23"),
        ] {
            let mut out = String::new();
            csv_field(cell, &mut out);
            assert_eq!(out, expected, "{cell:?}");
        }
    }

    #[test]
    fn csv_quotes_only_what_needs_it() {
        let mut out = String::new();
        csv_field("plain", &mut out);
        out.push('|');
        csv_field("a,\"b\"\nc", &mut out);
        assert_eq!(out, "plain|\"a,\"\"b\"\"\nc\"");
    }
}
