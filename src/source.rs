//! A loaded strategy file: its display path, its text, and the mapping from
//! byte offsets to 1-based lines and character columns.

use std::ops::Range;

/// The text of one input file.
#[derive(Debug)]
pub struct Source {
    /// The path as the user named it (relative paths stay relative).
    pub path: String,
    pub text: String,
    /// Where each line starts, found when a finding first needs a line.
    line_starts: std::sync::OnceLock<Vec<usize>>,
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
        }
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
            column: self.text[start..offset].chars().count() + 1,
        }
    }

    fn floor_char_boundary(&self, mut offset: usize) -> usize {
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
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

    #[test]
    fn byte_order_mark_is_not_a_column() {
        let src = Source::new("a.toml", "\u{feff}a = 1\n".into());
        assert_eq!(src.position(3), Position { line: 1, column: 1 });
    }
}
