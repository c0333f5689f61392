//! A role's contact line as Markdown a reader can act on: each e-mail
//! address a `mailto:` link, each international phone number a `tel:` link
//! that never wraps, and the rest (names, "on call", a Slack channel)
//! escaped like any user text.

use std::ops::Range;

use super::markdown::{inline, keep_spaces};

/// The most digits of a phone number (ITU-T E.164) and the fewest we read
/// as one.
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 7..=15;

/// What a piece of a contact line is.
#[derive(Debug, PartialEq, Eq)]
enum Piece {
    Email,
    Phone,
}

/// Characters of an address's local part and of its domain.
fn local(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._%+-".contains(c)
}
fn domain(c: char) -> bool {
    c.is_ascii_alphanumeric() || ".-".contains(c)
}

/// Byte ranges of the e-mail addresses in `text`: a local part that starts
/// the text or follows a space or `(<,;:`, `@`, and a domain with a dot.
/// `@brand@instance.example` is a Mastodon handle, not an address.
fn emails(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices('@') {
        let before = &text[..at];
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| local(*c))
            .last()
            .map_or(at, |(i, _)| i);
        let opens = before[..start]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "(<,;:".contains(c));
        let after = &text[at + 1..];
        let len = after.find(|c: char| !domain(c)).unwrap_or(after.len());
        let host = after[..len].trim_end_matches(['.', '-']);
        let dotted = host.contains('.') && !host.starts_with('.');
        if start < at && opens && dotted {
            found.push(start..at + 1 + host.len());
        }
    }
    found
}

/// Byte ranges of the international phone numbers in `text`: `+`, then
/// digits with single spaces, dots or hyphens between groups, 7 to 15
/// digits in all.
fn phones(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts = bytes[i] == b'+' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < bytes.len() {
            let separator = matches!(bytes[end], b' ' | b'.' | b'-')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
            if bytes[end].is_ascii_digit() || separator {
                end += 1;
            } else {
                break;
            }
        }
        let digits = bytes[i..end].iter().filter(|b| b.is_ascii_digit()).count();
        if PHONE_DIGITS.contains(&digits) {
            found.push(i..end);
        }
        i = end;
    }
    found
}

/// The addresses and numbers of `text`, in order, never overlapping.
fn pieces(text: &str) -> Vec<(Range<usize>, Piece)> {
    let mut all: Vec<(Range<usize>, Piece)> = emails(text)
        .into_iter()
        .map(|r| (r, Piece::Email))
        .chain(phones(text).into_iter().map(|r| (r, Piece::Phone)))
        .collect();
    all.sort_by_key(|(r, _)| r.start);
    let mut kept: Vec<(Range<usize>, Piece)> = Vec::new();
    for (range, piece) in all {
        if kept.last().is_none_or(|(last, _)| last.end <= range.start) {
            kept.push((range, piece));
        }
    }
    kept
}

/// `text` as Markdown: `escape` for the words around the links, and
/// `isolate` around each link (a right-to-left document keeps it whole).
pub(crate) fn contact_markdown(
    text: &str,
    escape: &dyn Fn(&str) -> String,
    isolate: &dyn Fn(String) -> String,
) -> String {
    let words = |part: &str| keep_spaces(part, escape);
    let mut out = String::new();
    let mut at = 0;
    for (range, piece) in pieces(text) {
        out.push_str(&words(&text[at..range.start]));
        let shown = &text[range.clone()];
        let link = match piece {
            Piece::Email => format!("[{}](mailto:{shown})", inline(shown)),
            Piece::Phone => {
                let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
                // No-break spaces and hyphens: the number stays on one line.
                let unbroken = shown.replace(' ', "\u{a0}").replace('-', "\u{2011}");
                format!("[{unbroken}](tel:+{digits})")
            }
        };
        out.push_str(&isolate(link));
        at = range.end;
    }
    out.push_str(&words(&text[at..]));
    out
}

#[cfg(test)]
mod tests {
    use super::contact_markdown;

    fn md(text: &str) -> String {
        contact_markdown(text, &|t| crate::render::markdown::inline(t), &|l| l)
    }

    #[test]
    fn addresses_and_numbers_become_links() {
        assert_eq!(
            md("Camille Roux, camille.roux@example.fr, +33 1 99 00 12 34"),
            "Camille Roux, [camille.roux@example.fr](mailto:camille.roux@example.fr), \
             [+33\u{a0}1\u{a0}99\u{a0}00\u{a0}12\u{a0}34](tel:+33199001234)"
        );
        assert_eq!(
            md("on call +1-617-555-0167."),
            "on call [+1\u{2011}617\u{2011}555\u{2011}0167](tel:+16175550167)."
        );
    }

    #[test]
    fn handles_channels_and_short_numbers_stay_text() {
        assert_eq!(
            md("Mastodon @brand@social.example"),
            "Mastodon @brand@social.example"
        );
        assert_eq!(md("Slack #social-desk"), "Slack \\#social-desk");
        assert_eq!(md("room +123"), "room +123");
        assert_eq!(md("a@localhost"), "a@localhost");
        // Sixteen digits are no phone number.
        assert_eq!(md("+1234567890123456"), "+1234567890123456");
    }

    #[test]
    fn links_are_isolated_when_asked() {
        let text = contact_markdown("x@y.example", &|t| t.to_string(), &|l| format!("<{l}>"));
        assert_eq!(text, "<[x@y.example](mailto:x@y.example)>");
    }
}
