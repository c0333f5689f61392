//! TOML syntax errors as findings a community manager can act on: one per
//! line (what toml reports after the first error of a line follows from it),
//! and a help that names the usual slips: typographic quotes pasted from a
//! word processor, YAML's `key: value`, a duration or a time left unquoted.

use std::ops::Range;

use crate::codes::TOML_SYNTAX;
use crate::diagnostic::Diagnostic;

/// The findings of toml's `errors` in `text`: the first of each line.
pub(super) fn syntax_findings(text: &str, errors: &[toml::de::Error]) -> Vec<Diagnostic> {
    let mut errors: Vec<(Range<usize>, &str)> = errors
        .iter()
        .map(|e| (e.span().unwrap_or(0..0), e.message()))
        .collect();
    errors.sort_by_key(|(span, _)| span.start);
    // In start order, the line of each error is counted on from the last:
    // one pass over the text however many errors toml reports.
    let (mut at, mut line, mut last_line) = (0, 0, None);
    let mut out = Vec::new();
    for (span, message) in errors {
        let to = span.start.min(text.len());
        line += text.as_bytes()[at.min(to)..to]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        at = at.max(to);
        if last_line == Some(line) {
            continue;
        }
        last_line = Some(line);
        out.push(one(text, message, Some(span)));
    }
    out
}

/// Typographic quotes that word processors put for `"` and `'`.
const CURLY: [char; 8] = [
    '\u{201C}', '\u{201D}', '\u{201E}', '\u{201F}', '\u{2018}', '\u{2019}', '\u{00AB}', '\u{00BB}',
];

/// Keys whose value is a time of day ("09:00").
const TIME_KEYS: [&str; 4] = ["from", "to", "at", "time"];

/// A specific help for the usual slips on the line of `span`, with the
/// message to show instead of toml's.
fn slip(text: &str, span: &Range<usize>) -> Option<(String, String)> {
    let start = text.get(..span.start)?.rfind('\n').map_or(0, |i| i + 1);
    let end = text
        .get(span.start..)?
        .find('\n')
        .map_or(text.len(), |i| span.start + i);
    let line = text.get(start..end)?.trim();
    // The value toml stopped at, and the key right before its `=`: inline
    // tables (`{ from = 9h, … }`) included.
    let value = text.get(span.clone())?.trim();
    let key = text
        .get(start..span.start)?
        .trim_end()
        .strip_suffix('=')
        .map(str::trim_end)
        .map(|before| {
            // After the last character that cannot be in a bare key (which
            // may be several bytes long).
            let from = before
                .char_indices()
                .rev()
                .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-'))
                .map_or(0, |(i, c)| i + c.len_utf8());
            &before[from..]
        })
        .unwrap_or("");
    // `handle: "x"`: YAML's colon where TOML has `=`.
    if let Some((key, value)) = line.split_once(':')
        && !line[..key.len()].contains('=')
        && !key.trim().is_empty()
        && key
            .trim()
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        let (key, value) = (key.trim(), value.trim());
        return Some((
            format!("TOML syntax: `{key}:` sets a key the YAML way"),
            format!("TOML puts `=` between a key and its value: write `{key} = {value}`"),
        ));
    }
    if key.is_empty() {
        return None;
    }
    if value.contains(CURLY) {
        let fixed: String = value
            .chars()
            .map(|c| if CURLY.contains(&c) { '"' } else { c })
            .collect();
        return Some((
            format!("TOML syntax: `{value}` is in typographic quotes"),
            format!(
                "quotes pasted from a word processor are not TOML's: write straight quotes, `{key} = {fixed}`"
            ),
        ));
    }
    // `response_time = 2h`, `from = 9h`: digits, then letters, unquoted.
    let bare = value.split('#').next().unwrap_or("").trim();
    let digits = bare.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits < bare.len() && bare.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Some(if TIME_KEYS.contains(&key) {
            // `9h`, `9h30` (the French way): the hour, then the minutes.
            let (hours, minutes) = bare.split_once('h').unwrap_or((bare, "?"));
            let minutes = if minutes.is_empty() { "00" } else { minutes };
            let clock = if hours.len() <= 2
                && minutes.len() == 2
                && minutes.chars().all(|c| c.is_ascii_digit())
            {
                format!("{hours:0>2}:{minutes}")
            } else {
                "HH:MM".to_string()
            };
            (
                format!("TOML syntax: the time `{bare}` is not in quotes"),
                format!(
                    "a time of day is text, 24-hour HH:MM in quotes: write `{key} = \"{clock}\"`"
                ),
            )
        } else {
            (
                format!("TOML syntax: the duration `{bare}` is not in quotes"),
                format!("a duration is text in quotes (units d, h, m): write `{key} = \"{bare}\"`"),
            )
        });
    }
    None
}

fn one(text: &str, message: &str, span: Option<Range<usize>>) -> Diagnostic {
    let span = span.unwrap_or(0..0);
    if let Some((message, help)) = slip(text, &span) {
        return Diagnostic::new(&TOML_SYNTAX, span, message).with_help(help);
    }
    let mut message = message.trim().to_string();
    let found = text.get(span.clone()).unwrap_or("").trim();
    let help = if message == "duplicate key" {
        message = format!("duplicate key `{found}`");
        Some(
            "a key or table may be defined only once: merge the two definitions, or use [[double brackets]] for a list of tables",
        )
    } else if message.contains("basic string") || message.contains("literal string") {
        Some(
            "close the string on the same line; for text on several lines use triple quotes (\"\"\"…\"\"\")",
        )
    } else if message.contains("carriage return") {
        Some(
            "the lines of this file end in a lone carriage return (CR), as very old Mac editors wrote: save it with LF (or CRLF) line endings",
        )
    } else if message.starts_with("invalid date") {
        Some("this day does not exist in the calendar: check the month's length and leap years")
    } else if message.contains("recursion") {
        Some("a strategy file never needs this much nesting: flatten the value")
    } else {
        None
    };
    Diagnostic::new(&TOML_SYNTAX, span, format!("TOML syntax: {message}"))
        .with_optional_help(help.map(str::to_string))
}

#[cfg(test)]
mod tests {
    use super::syntax_findings;

    fn findings(text: &str) -> Vec<(String, Option<String>)> {
        let (_, errors) = toml::de::DeTable::parse_recoverable(text);
        syntax_findings(text, &errors)
            .into_iter()
            .map(|d| (d.message, d.help))
            .collect()
    }

    /// A key right after a character of several bytes starts after that
    /// character, not inside it (the first version cut at `é` + 1 byte).
    #[test]
    fn keys_after_wide_characters_are_cut_on_boundaries() {
        let text = "\u{e9}9k= 9h\n";
        let (message, help) = super::slip(text, &(6..8)).expect("a slip");
        assert_eq!(message, "TOML syntax: the duration `9h` is not in quotes");
        assert!(help.ends_with("write `9k = \"9h\"`"), "{help}");
    }

    /// Each line with errors has one finding, the first of that line.
    #[test]
    fn one_finding_per_line() {
        let text = "a = 1\r2\rb = 3\r\n";
        let found = findings(text);
        let (_, errors) = toml::de::DeTable::parse_recoverable(text);
        assert!(errors.len() > 1, "{errors:?}");
        assert_eq!(found.len(), 1, "{found:?}");
    }
}
