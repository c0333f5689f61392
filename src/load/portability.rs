//! The TOML 1.1 syntax that TOML 1.0 readers reject: an inline table over
//! several lines or with a trailing comma, the `\x` and `\e` escapes, and a
//! time without seconds. commstrat reads TOML 1.1, but taplo (and the
//! editors built on it) read 1.0 and show such a file as broken. Found in
//! the parser's events of a file that already parsed, so each finding has
//! the exact span of the construct.

use toml_parser::decoder::Encoding;
use toml_parser::parser::{Event, EventKind, parse_document};

use crate::codes::TOML_1_0_PORTABILITY;
use crate::diagnostic::Diagnostic;

/// Who rejects what this rule finds, as each help says it.
const READERS: &str = "taplo, Even Better TOML and other TOML 1.0 readers";

/// Findings of this rule per file; one more says how many are left out.
const MAX_FINDINGS: usize = 100;

/// Every TOML 1.1-only construct of `text`, in file order.
pub(crate) fn portability(text: &str) -> Vec<Diagnostic> {
    let source = toml_parser::Source::new(text);
    let tokens: Vec<_> = source.lex().collect();
    let mut scan = Scan {
        text,
        open: Vec::new(),
        comma: None,
        found: Vec::new(),
        left_out: 0,
    };
    parse_document(&tokens, &mut |event: Event| scan.event(&event), &mut ());
    let (mut found, left_out) = (scan.found, scan.left_out);
    if left_out > 0 {
        let at = found.last().map_or(0..0, |d| d.span.clone());
        found.push(
            Diagnostic::new(
                &TOML_1_0_PORTABILITY,
                at,
                format!("{left_out} more places use syntax that only TOML 1.1 allows"),
            )
            .with_help("rewrite the places listed above, then check again"),
        );
    }
    found
}

/// An open bracket of a value; for an inline table, the span of its `{`
/// and whether it has been reported already.
enum Open {
    Array,
    InlineTable {
        at: std::ops::Range<usize>,
        reported: bool,
    },
}

struct Scan<'a> {
    text: &'a str,
    open: Vec<Open>,
    /// The span of a comma just read inside an inline table, until the next
    /// value or the closing brace.
    comma: Option<std::ops::Range<usize>>,
    found: Vec<Diagnostic>,
    /// Findings past `MAX_FINDINGS`, counted and not worded.
    left_out: usize,
}

impl Scan<'_> {
    fn event(&mut self, event: &Event) {
        let span = event.span().start()..event.span().end();
        match event.kind() {
            EventKind::InlineTableOpen => self.open.push(Open::InlineTable {
                at: span,
                reported: false,
            }),
            EventKind::ArrayOpen => self.open.push(Open::Array),
            EventKind::InlineTableClose => {
                if let Some(comma) = self.comma.take() {
                    self.push(
                        comma,
                        "a comma ends this inline table, which only TOML 1.1 allows",
                        &format!(
                            "delete the comma before `}}`: {READERS} reject the file as it is"
                        ),
                    );
                }
                self.open.pop();
            }
            EventKind::ArrayClose => {
                self.open.pop();
            }
            EventKind::ValueSep => {
                if matches!(self.open.last(), Some(Open::InlineTable { .. })) {
                    self.comma = Some(span);
                }
            }
            EventKind::Newline | EventKind::Comment => {
                if let Some(Open::InlineTable { at, reported }) = self.open.last_mut()
                    && !*reported
                {
                    *reported = true;
                    let at = at.clone();
                    self.push(
                        at,
                        "this inline table runs over several lines, which only TOML 1.1 allows",
                        &format!("write the `{{ … }}` on one line, or as a [table] of its own: {READERS} reject the file as it is"),
                    );
                }
            }
            EventKind::Whitespace => {}
            EventKind::Scalar | EventKind::SimpleKey => {
                self.comma = None;
                let raw = self.text.get(span.clone()).unwrap_or_default();
                match event.encoding() {
                    Some(Encoding::BasicString | Encoding::MlBasicString) => {
                        self.escapes(raw, span.start);
                    }
                    None if event.kind() == EventKind::Scalar => self.time(raw, span),
                    _ => {}
                }
            }
            _ => self.comma = None,
        }
    }

    /// `\x41` and `\e` in a basic string; `\\x` is a backslash and an x.
    fn escapes(&mut self, raw: &str, start: usize) {
        let mut chars = raw.char_indices();
        while let Some((at, c)) = chars.next() {
            if c != '\\' {
                continue;
            }
            let Some((_, escaped)) = chars.next() else {
                return;
            };
            let (escape, help) = match escaped {
                'x' => {
                    let escape = raw.get(at..at + 4).unwrap_or("\\x");
                    let digits = escape.get(2..).unwrap_or_default();
                    (
                        escape,
                        format!("write `\\u00{digits}` instead: {READERS} reject `\\x`"),
                    )
                }
                'e' => (
                    "\\e",
                    format!("write `\\u001B` instead: {READERS} reject `\\e`"),
                ),
                _ => continue,
            };
            self.push(
                start + at..start + at + escape.len(),
                &format!("the escape `{escape}` is TOML 1.1 only"),
                &help,
            );
        }
    }

    /// A time of day (`09:00`) or a date-time (`2026-05-01T09:00`) without
    /// seconds.
    fn time(&mut self, raw: &str, span: std::ops::Range<usize>) {
        let b = raw.as_bytes();
        let digits = |range: std::ops::Range<usize>| {
            b.get(range)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        };
        let hh_mm_at =
            |i: usize| digits(i..i + 2) && b.get(i + 2) == Some(&b':') && digits(i + 3..i + 5);
        let time_at = if hh_mm_at(0) {
            Some(0)
        } else if digits(0..4)
            && b.get(4) == Some(&b'-')
            && matches!(b.get(10), Some(b'T' | b't' | b' '))
            && hh_mm_at(11)
        {
            Some(11)
        } else {
            None
        };
        let Some(at) = time_at else {
            return;
        };
        if b.get(at + 5) == Some(&b':') {
            return;
        }
        let with_seconds = format!("{}:00{}", &raw[..at + 5], &raw[at + 5..]);
        let help = if at == 0 {
            // The format writes every time of day as text.
            format!(
                "times of day are text in this format: write `\"{raw}\"`; {READERS} reject a TOML time without seconds"
            )
        } else {
            format!("write `{with_seconds}`: {READERS} reject it as it is")
        };
        self.push(
            span,
            &format!("the time `{raw}` has no seconds, which only TOML 1.1 allows"),
            &help,
        );
    }

    fn push(&mut self, span: std::ops::Range<usize>, message: &str, help: &str) {
        if self.found.len() == MAX_FINDINGS {
            self.left_out += 1;
            return;
        }
        self.found
            .push(Diagnostic::new(&TOML_1_0_PORTABILITY, span, message).with_help(help));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each finding as `line:column text-under-the-span`.
    fn found(text: &str) -> Vec<String> {
        let source = crate::source::Source::new("f.toml", text.to_string());
        portability(text)
            .iter()
            .map(|d| {
                let at = source.position(d.span.start);
                format!("{}:{} {}", at.line, at.column, &text[d.span.clone()])
            })
            .collect()
    }

    #[test]
    fn each_construct_is_found_at_its_place() {
        let text = "a = \"\\x41 \\e \\\\x \\\\e\"\nt = { x = 1,\n  y = [\n 1,\n 2 ] }\nu = { v = 1, }\nw = 07:32\nz = 1979-05-27 07:32Z\nok = 07:32:00\n";
        assert_eq!(
            found(text),
            [
                "1:6 \\x41",
                "1:11 \\e",
                "2:5 {",
                "6:12 ,",
                "7:5 07:32",
                "8:5 1979-05-27 07:32Z",
            ]
        );
    }

    /// Newlines inside an array or a multi-line string of an inline table
    /// are TOML 1.0; so is everything outside inline tables.
    #[test]
    fn what_toml_1_0_allows_is_not_found() {
        let text = "t = { a = [\n1,\n2,\n], s = \"\"\"\nx\n\"\"\" }\n[table]\nk = [ 1,\n]\n";
        assert_eq!(found(text), Vec::<String>::new());
    }

    /// At the bound: 100 findings are listed, and one more counts the rest.
    #[test]
    fn findings_stop_at_the_cap() {
        let at_cap = format!("s = \"{}\"\n", "\\e".repeat(MAX_FINDINGS));
        assert_eq!(portability(&at_cap).len(), MAX_FINDINGS);
        let past = format!("s = \"{}\"\n", "\\e".repeat(MAX_FINDINGS + 50));
        let out = portability(&past);
        assert_eq!(out.len(), MAX_FINDINGS + 1);
        assert!(
            out[MAX_FINDINGS].message.starts_with("50 more places"),
            "{}",
            out[MAX_FINDINGS].message
        );
    }
}
