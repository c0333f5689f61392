//! A loaded strategy file: its display path, its text, and the mapping from
//! byte offsets to 1-based lines and character columns; and how text from a
//! file is shown safely in any output (`visible`).

use std::borrow::Cow;
use std::ops::Range;

/// The text of one input file.
#[derive(Debug)]
pub struct Source {
    /// The path as the user named it (relative paths stay relative).
    pub path: String,
    pub text: String,
    /// Where each line starts, found when a finding first needs a line.
    line_starts: std::sync::OnceLock<Vec<usize>>,
    /// The characters before every `MARK`th byte, so that a column costs
    /// at most `MARK` bytes of counting however long its line is.
    marks: std::sync::OnceLock<Vec<usize>>,
}

/// Bytes between two counts of `Source::marks`.
const MARK: usize = 4096;

/// The characters in `bytes` (a slice of UTF-8 that may cut a character):
/// every byte that is not a continuation byte (`0b10xx_xxxx`) starts one.
fn characters(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// A 1-based line and column; the column counts Unicode characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

const BOM: &str = "\u{feff}";

impl Source {
    pub fn new(path: impl Into<String>, text: String) -> Self {
        Source {
            path: path.into(),
            text,
            line_starts: std::sync::OnceLock::new(),
            marks: std::sync::OnceLock::new(),
        }
    }

    /// The characters of the text before byte `offset` (a char boundary).
    fn characters_before(&self, offset: usize) -> usize {
        let bytes = self.text.as_bytes();
        let marks = self.marks.get_or_init(|| {
            let mut before = 0;
            let mut marks = Vec::with_capacity(bytes.len() / MARK + 1);
            for chunk in bytes.chunks(MARK) {
                marks.push(before);
                before += characters(chunk);
            }
            marks.push(before); // the whole text, for an offset at its end
            marks
        });
        // offset <= len, so offset / MARK <= len / MARK < marks.len().
        let mark = offset / MARK;
        marks[mark] + characters(&bytes[mark * MARK..offset])
    }

    /// Byte offset of the start of each line; the first is 0.
    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text.match_indices('\n').map(|(i, _)| i + 1));
            starts
        })
    }

    /// 0-based index of the line holding `offset`.
    fn line_index(&self, offset: usize) -> usize {
        match self.line_starts().binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1, // line_starts[0] == 0, so i >= 1 here
        }
    }

    /// Byte range of the line holding `offset`, without its line ending.
    pub(crate) fn line_range(&self, offset: usize) -> Range<usize> {
        let i = self.line_index(offset.min(self.text.len()));
        let starts = self.line_starts();
        let start = starts[i];
        let mut end = starts.get(i + 1).map_or(self.text.len(), |next| next - 1);
        if self.text[start..end].ends_with('\r') {
            end -= 1;
        }
        start..end
    }

    /// Line and column of a byte offset; a byte-order mark is not a column.
    pub fn position(&self, offset: usize) -> Position {
        let offset = self.floor_char_boundary(offset.min(self.text.len()));
        let i = self.line_index(offset);
        let mut start = self.line_starts()[i];
        if i == 0 && self.text.starts_with(BOM) && offset >= BOM.len() {
            start = BOM.len();
        }
        Position {
            line: i + 1,
            column: self.characters_before(offset) - self.characters_before(start) + 1,
        }
    }

    fn floor_char_boundary(&self, mut offset: usize) -> usize {
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

/// Names of the C0 controls (U+0000 to U+001F), by code point.
const C0_NAMES: [&str; 32] = [
    "NULL",
    "START OF HEADING",
    "START OF TEXT",
    "END OF TEXT",
    "END OF TRANSMISSION",
    "ENQUIRY",
    "ACKNOWLEDGE",
    "BELL",
    "BACKSPACE",
    "CHARACTER TABULATION",
    "LINE FEED",
    "LINE TABULATION",
    "FORM FEED",
    "CARRIAGE RETURN",
    "SHIFT OUT",
    "SHIFT IN",
    "DATA LINK ESCAPE",
    "DEVICE CONTROL ONE",
    "DEVICE CONTROL TWO",
    "DEVICE CONTROL THREE",
    "DEVICE CONTROL FOUR",
    "NEGATIVE ACKNOWLEDGE",
    "SYNCHRONOUS IDLE",
    "END OF TRANSMISSION BLOCK",
    "CANCEL",
    "END OF MEDIUM",
    "SUBSTITUTE",
    "ESCAPE",
    "INFORMATION SEPARATOR FOUR",
    "INFORMATION SEPARATOR THREE",
    "INFORMATION SEPARATOR TWO",
    "INFORMATION SEPARATOR ONE",
];

/// What kind of hidden character a character is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// A C0 or C1 control, or DELETE: terminals and parsers act on it.
    Control,
    /// A bidirectional control: it changes the order text is shown in.
    Bidi,
    /// A character that takes no visible space of its own.
    Invisible,
}

/// The kind and Unicode name (or, for controls, alias) of a character that
/// a reader cannot see, or that changes how the text around it is shown;
/// `None` for every other character.
pub fn hidden(c: char) -> Option<(Hidden, &'static str)> {
    use Hidden::{Bidi, Control, Invisible};
    let found = match c {
        '\u{0}'..='\u{1f}' => (Control, C0_NAMES[c as usize]),
        '\u{7f}' => (Control, "DELETE"),
        '\u{80}'..='\u{9f}' => (Control, "C1 CONTROL"),
        '\u{61c}' => (Bidi, "ARABIC LETTER MARK"),
        '\u{200e}' => (Bidi, "LEFT-TO-RIGHT MARK"),
        '\u{200f}' => (Bidi, "RIGHT-TO-LEFT MARK"),
        '\u{202a}' => (Bidi, "LEFT-TO-RIGHT EMBEDDING"),
        '\u{202b}' => (Bidi, "RIGHT-TO-LEFT EMBEDDING"),
        '\u{202c}' => (Bidi, "POP DIRECTIONAL FORMATTING"),
        '\u{202d}' => (Bidi, "LEFT-TO-RIGHT OVERRIDE"),
        '\u{202e}' => (Bidi, "RIGHT-TO-LEFT OVERRIDE"),
        '\u{2066}' => (Bidi, "LEFT-TO-RIGHT ISOLATE"),
        '\u{2067}' => (Bidi, "RIGHT-TO-LEFT ISOLATE"),
        '\u{2068}' => (Bidi, "FIRST STRONG ISOLATE"),
        '\u{2069}' => (Bidi, "POP DIRECTIONAL ISOLATE"),
        '\u{ad}' => (Invisible, "SOFT HYPHEN"),
        '\u{34f}' => (Invisible, "COMBINING GRAPHEME JOINER"),
        '\u{115f}' => (Invisible, "HANGUL CHOSEONG FILLER"),
        '\u{1160}' => (Invisible, "HANGUL JUNGSEONG FILLER"),
        '\u{17b4}' => (Invisible, "KHMER VOWEL INHERENT AQ"),
        '\u{17b5}' => (Invisible, "KHMER VOWEL INHERENT AA"),
        '\u{180e}' => (Invisible, "MONGOLIAN VOWEL SEPARATOR"),
        '\u{200b}' => (Invisible, "ZERO WIDTH SPACE"),
        '\u{200c}' => (Invisible, "ZERO WIDTH NON-JOINER"),
        '\u{200d}' => (Invisible, "ZERO WIDTH JOINER"),
        '\u{2028}' => (Invisible, "LINE SEPARATOR"),
        '\u{2029}' => (Invisible, "PARAGRAPH SEPARATOR"),
        '\u{2060}' => (Invisible, "WORD JOINER"),
        '\u{2061}' => (Invisible, "FUNCTION APPLICATION"),
        '\u{2062}' => (Invisible, "INVISIBLE TIMES"),
        '\u{2063}' => (Invisible, "INVISIBLE SEPARATOR"),
        '\u{2064}' => (Invisible, "INVISIBLE PLUS"),
        '\u{206a}'..='\u{206f}' => (Invisible, "DEPRECATED FORMAT CHARACTER"),
        '\u{3164}' => (Invisible, "HANGUL FILLER"),
        '\u{feff}' => (Invisible, "ZERO WIDTH NO-BREAK SPACE"),
        '\u{ffa0}' => (Invisible, "HALFWIDTH HANGUL FILLER"),
        '\u{fff9}'..='\u{fffb}' => (Invisible, "INTERLINEAR ANNOTATION CHARACTER"),
        '\u{e0000}'..='\u{e007f}' => (Invisible, "TAG CHARACTER"),
        _ => return None,
    };
    Some(found)
}

/// A hidden character as findings name it: `U+202E RIGHT-TO-LEFT OVERRIDE`.
pub fn describe(c: char) -> String {
    let name = hidden(c).map_or("", |(_, name)| name);
    format!("U+{:04X} {name}", u32::from(c))
        .trim_end()
        .to_string()
}

/// Calls `piece` with each part of `text` as an output must show it, in
/// order, with its byte range in `text`: runs of ordinary text as they are,
/// and each hidden character (`hidden`) in the one notation of every output,
/// `<U+202E>`. With `lines`, line feeds, `\r\n` pairs and tabs stay
/// themselves, for the formats whose text has lines; without, they are
/// shown too.
///
/// The notation is plain ASCII that every format carries (XML and Markdown
/// escape its `<` and `>` like any other), and it is the code point the
/// findings of `invisible-character` name. A text that holds `<U+202E>`
/// literally shows the same: the notation makes the character seen, it is
/// not a reversible encoding.
pub fn visible_pieces(text: &str, lines: bool, mut piece: impl FnMut(Range<usize>, &str)) {
    let mut plain = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let kept = match c {
            '\n' | '\t' => lines,
            '\r' => lines && chars.peek().is_some_and(|&(_, next)| next == '\n'),
            c => hidden(c).is_none(),
        };
        if kept {
            continue;
        }
        if plain < at {
            piece(plain..at, &text[plain..at]);
        }
        let end = at + c.len_utf8();
        piece(at..end, &format!("<U+{:04X}>", u32::from(c)));
        plain = end;
    }
    if plain < text.len() {
        piece(plain..text.len(), &text[plain..]);
    }
}

fn collect(text: &str, lines: bool) -> Cow<'_, str> {
    let mut out = String::new();
    visible_pieces(text, lines, |_, shown| out.push_str(shown));
    // Each notation is longer than its character: equal means none.
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

/// `text` with every hidden character shown as `<U+202E>`; line breaks
/// and tabs kept (`visible_pieces`).
pub fn visible(text: &str) -> Cow<'_, str> {
    collect(text, true)
}

/// `text` on one line: `visible`, with line breaks and tabs shown too.
pub fn visible_line(text: &str) -> Cow<'_, str> {
    collect(text, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = Source::new("a.toml", "a = 1\r\nnom = \"Élodie\" # é\n".into());
        assert_eq!(src.position(0), Position { line: 1, column: 1 });
        let quote = src.text.find("# é").unwrap(); // present in the literal above
        assert_eq!(
            src.position(quote),
            Position {
                line: 2,
                column: 16
            }
        );
        assert_eq!(&src.text[src.line_range(0)], "a = 1");
    }

    /// On lines many marks long, of characters of 1 to 4 bytes, every
    /// column is the count of characters from the line's start, up to the
    /// text's end (a multiple of `MARK` long, and one byte more).
    #[test]
    fn columns_on_long_lines_count_every_character() {
        for extra in ["", "x"] {
            let line: String = "aé€😀".repeat(MARK / 2);
            let text = format!("k = 1\n{line}\n{line}{extra}");
            let text = text[..text.len() - text.len() % MARK].to_string() + extra;
            let src = Source::new("a.toml", text.clone());
            for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
                let column = text[start..offset].chars().count() + 1;
                assert_eq!(src.position(offset).column, column, "at {offset}");
            }
        }
    }

    #[test]
    fn byte_order_mark_is_not_a_column() {
        let src = Source::new("a.toml", "\u{feff}a = 1\n".into());
        assert_eq!(src.position(3), Position { line: 1, column: 1 });
    }

    #[test]
    fn hidden_characters_are_shown_in_one_notation() {
        let text = "a\u{1b}[31mb\u{202e}c\u{200b}d\u{ad}e\u{9b}f\u{7f}";
        assert_eq!(
            visible(text),
            "a<U+001B>[31mb<U+202E>c<U+200B>d<U+00AD>e<U+009B>f<U+007F>"
        );
        assert_eq!(visible("x\r\ny\tz\n"), "x\r\ny\tz\n");
        assert_eq!(visible("x\ry"), "x<U+000D>y");
        assert_eq!(visible_line("x\r\ny\tz"), "x<U+000D><U+000A>y<U+0009>z");
        assert!(matches!(visible("plain é — مرحبا"), Cow::Borrowed(_)));
        assert_eq!(visible("\u{e0041}"), "<U+E0041>");
    }

    #[test]
    fn hidden_characters_have_their_names() {
        assert_eq!(describe('\u{202e}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(describe('\u{1b}'), "U+001B ESCAPE");
        assert_eq!(describe('\u{ad}'), "U+00AD SOFT HYPHEN");
        assert_eq!(hidden('\u{200b}').map(|h| h.0), Some(Hidden::Invisible));
        assert_eq!(hidden('\u{2067}').map(|h| h.0), Some(Hidden::Bidi));
        assert_eq!(hidden('a'), None);
        assert_eq!(hidden('\u{fe0f}'), None, "emoji presentation is visible");
    }
}
