//! CS108: strategy text holds no bidirectional control, invisible or
//! control character.

use std::ops::Range;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::source::{Hidden, describe, hidden};

use crate::rules::fields::strings;
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That no text of the strategy (any string value) holds a bidirectional
    /// control (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C),
    /// an invisible character (a zero-width space or joiner, the word joiner,
    /// a soft hyphen, U+FEFF, a filler or tag character) or a control
    /// character such as ESC. Each finding names the character, as in
    /// `U+202E RIGHT-TO-LEFT OVERRIDE`, at its line and column, whether the
    /// file holds it as itself or as an escape (`\u202E`).
    ///
    /// ## Why it matters
    /// The guide, the calendar and the replies carry the text as it is. A
    /// right-to-left override shows the text in another order than the one a
    /// reviewer approved (the "Trojan Source" trick); a zero-width space or a
    /// soft hyphen hides inside a word, so that a phrase the voice avoids
    /// slips past a reader and a search for it fails. Nobody sees them in a
    /// diff.
    ///
    /// ## Example
    /// ```toml
    /// name = "My\u200BBrand"
    /// ```
    ///
    /// ## Fix
    /// Delete the character, or retype the text around it:
    /// ```toml
    /// name = "MyBrand"
    /// ```
    pub static INVISIBLE_CHARACTER = Some(check_invisible);
}

/// Findings of this rule per file; one more says how many are left out.
const MAX_FINDINGS: usize = 100;

/// The characters this rule reports: every hidden one but the line feeds,
/// carriage returns and tabs of multi-line text.
fn reported(c: char) -> Option<Hidden> {
    match c {
        '\n' | '\r' | '\t' => None,
        c => hidden(c).map(|(kind, _)| kind),
    }
}

fn check_invisible(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut found: Vec<(Range<usize>, char, String)> = Vec::new();
    strings(ctx.strategy, &mut |pointer, text| {
        let decoded: Vec<char> = text.chars().filter(|c| reported(*c).is_some()).collect();
        if decoded.is_empty() {
            return;
        }
        let value = ctx.value(pointer);
        let raw = located(ctx.source.text.get(value.clone()).unwrap_or(""));
        let key = pointer
            .rsplit('/')
            .find(|t| !t.chars().all(|c| c.is_ascii_digit()))
            .unwrap_or("")
            .to_string();
        // The raw text gives each character's own span when it holds the
        // same hidden characters in the same order; else, the value's.
        let exact = raw.iter().map(|(_, c)| *c).eq(decoded.iter().copied());
        for (i, c) in decoded.into_iter().enumerate() {
            let span = match raw.get(i) {
                Some((span, _)) if exact => value.start + span.start..value.start + span.end,
                _ => value.clone(),
            };
            found.push((span, c, key.clone()));
        }
    });
    let left_out = found.len().saturating_sub(MAX_FINDINGS);
    for (i, (span, c, key)) in found.into_iter().enumerate() {
        if i == MAX_FINDINGS {
            out.push(finding(
                &codes::INVISIBLE_CHARACTER,
                span,
                format!("{left_out} more hidden characters in the strategy's text are not listed"),
                "delete the characters listed above, then check again",
            ));
            break;
        }
        let (what, help) = match reported(c) {
            Some(Hidden::Bidi) => (
                "which changes the order the text around it is shown in",
                "the guide would show this text in another order than the file: delete the character",
            ),
            Some(Hidden::Control) => (
                "a control character",
                "the guide would carry it to screens and terminals that act on it: delete the character",
            ),
            _ => (
                "which cannot be seen",
                "the guide would carry it unseen: delete the character, or retype the text around it",
            ),
        };
        out.push(finding(
            &codes::INVISIBLE_CHARACTER,
            span,
            format!("`{key}` holds {}, {what}", describe(c)),
            help,
        ));
    }
}

/// Each reported character of a raw TOML string value (quotes included),
/// with its byte range in `raw`: the character itself, or the escape that
/// writes it (`\u202E`, `\U0000202E`, `\x1B`, `\e`) in a basic string.
/// Literal strings (`'…'`) have no escapes.
fn located(raw: &str) -> Vec<(Range<usize>, char)> {
    let escapes = raw.starts_with('"');
    let mut out = Vec::new();
    let mut chars = raw.char_indices();
    while let Some((at, c)) = chars.next() {
        if !(escapes && c == '\\') {
            if reported(c).is_some() {
                out.push((at..at + c.len_utf8(), c));
            }
            continue;
        }
        // `\\`, `\"`, `\n` and a line-ending backslash are skipped whole.
        let digits = match chars.next() {
            Some((_, 'u')) => 4,
            Some((_, 'U')) => 8,
            Some((_, 'x')) => 2,
            Some((_, 'e')) => {
                out.push((at..at + 2, '\u{1b}'));
                continue;
            }
            _ => continue,
        };
        // The escape letter is ASCII: `at + 2` is where its digits start.
        let hex: String = chars.by_ref().take(digits).map(|(_, d)| d).collect();
        let escaped = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
        if let Some(e) = escaped.filter(|e| reported(*e).is_some()) {
            out.push((at..at + 2 + hex.len(), e));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::located;

    #[test]
    fn characters_are_found_as_themselves_or_as_escapes() {
        let raw = "\"a\\u202Eb\u{200b}c\\\\u202E\\U0000200Bd\\e\"";
        let found: Vec<_> = located(raw)
            .into_iter()
            .map(|(r, c)| (&raw[r], c))
            .collect();
        assert_eq!(
            found,
            [
                ("\\u202E", '\u{202e}'),
                ("\u{200b}", '\u{200b}'),
                ("\\U0000200B", '\u{200b}'),
                ("\\e", '\u{1b}'),
            ]
        );
        // No escapes in a literal string.
        assert_eq!(located("'a\\u202E'"), []);
        assert_eq!(located("'''a\u{ad}'''"), [(4..6, '\u{ad}')]);
    }
}
