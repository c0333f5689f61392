//! LSP positions: a line and a column counted in the units the client and
//! the server agreed on (UTF-16 code units by default, UTF-8 bytes when the
//! client offers them), to and from byte offsets of a text.

use lsp_types::{Position, Range};

/// The units of a position's `character`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Units {
    Utf8,
    Utf16,
}

impl Units {
    fn width(self, c: char) -> u32 {
        // A char is at most 4 bytes or 2 UTF-16 units: the casts cannot lose.
        match self {
            Units::Utf8 => c.len_utf8() as u32,
            Units::Utf16 => c.len_utf16() as u32,
        }
    }

    /// The position of byte `offset` of `text` (clamped to the text, and to
    /// the start of the character it falls in).
    pub(super) fn position(self, text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let before = &text[..text.floor_char_boundary(offset)];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.matches('\n').count();
        let character = before[line_start..].chars().map(|c| self.width(c)).sum();
        Position {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            character,
        }
    }

    /// The positions of many byte offsets of `text`, in one walk of the
    /// text however many there are (a draft may have a thousand findings).
    pub(super) fn positions(self, text: &str, offsets: &[usize]) -> Vec<Position> {
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        order.sort_by_key(|&i| offsets[i]);
        let mut out = vec![Position::default(); offsets.len()];
        let (mut line, mut character) = (0u32, 0u32);
        let mut chars = text.char_indices().peekable();
        for i in order {
            let target = text.floor_char_boundary(offsets[i].min(text.len()));
            while let Some(&(at, c)) = chars.peek() {
                if at >= target {
                    break;
                }
                if c == '\n' {
                    line = line.saturating_add(1);
                    character = 0;
                } else {
                    character = character.saturating_add(self.width(c));
                }
                chars.next();
            }
            out[i] = Position { line, character };
        }
        out
    }

    /// The range of bytes `span` of `text`.
    pub(super) fn range(self, text: &str, span: std::ops::Range<usize>) -> Range {
        Range {
            start: self.position(text, span.start),
            end: self.position(text, span.end.max(span.start)),
        }
    }

    /// The byte offset of `position` in `text`: past the end of a line, its
    /// end; past the last line, the end of the text.
    pub(super) fn offset(self, text: &str, position: Position) -> usize {
        let mut start = 0;
        for _ in 0..position.line {
            match text[start..].find('\n') {
                Some(i) => start += i + 1,
                None => return text.len(),
            }
        }
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let mut units = 0;
        for (i, c) in text[start..line_end].char_indices() {
            if units >= position.character {
                return start + i;
            }
            units += self.width(c);
        }
        line_end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_in_the_agreed_units() {
        let text = "a = \"é🎉x\"\nb";
        // `x` is at byte 10: 4 + 1 (quote) + 2 (é) + 4 (🎉) - 1.
        let x = text.find('x').expect("x");
        assert_eq!(Units::Utf8.position(text, x), Position::new(0, 11));
        assert_eq!(Units::Utf16.position(text, x), Position::new(0, 8));
        assert_eq!(Units::Utf16.offset(text, Position::new(0, 8)), x);
        assert_eq!(Units::Utf8.offset(text, Position::new(0, 11)), x);
        assert_eq!(Units::Utf16.position(text, text.len()), Position::new(1, 1));
        assert_eq!(Units::Utf16.offset(text, Position::new(9, 0)), text.len());
        assert_eq!(
            Units::Utf16.offset(text, Position::new(0, 99)),
            text.find('\n').expect("line")
        );
        // Many at once, in any order: the same answers.
        let offsets = [text.len(), x, 0, x];
        let one_by_one: Vec<Position> = offsets
            .iter()
            .map(|&o| Units::Utf16.position(text, o))
            .collect();
        assert_eq!(Units::Utf16.positions(text, &offsets), one_by_one);
    }
}
