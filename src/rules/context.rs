//! What a semantic rule sees: the typed strategy, the file, and the way from
//! a JSON pointer to a span.

use std::ops::Range;

use crate::load::{SpanIndex, TomlKind};
use crate::model::Strategy;
use crate::source::Source;

pub struct Context<'a> {
    pub strategy: &'a Strategy,
    pub index: &'a SpanIndex,
    pub source: &'a Source,
}

impl<'a> Context<'a> {
    /// Span of the value at `pointer`.
    pub fn value(&self, pointer: &str) -> Range<usize> {
        self.index.value_span(pointer)
    }

    /// Span of the key at `pointer` (the header for `[[tables]]`).
    pub fn key(&self, pointer: &str) -> Range<usize> {
        self.index.key_span(pointer)
    }

    /// The TOML kind of the value at `pointer`.
    pub fn kind(&self, pointer: &str) -> Option<TomlKind> {
        self.index.get(pointer).map(|n| n.kind)
    }

    /// The span of `needle` inside the string value at `pointer`, found
    /// case-insensitively in the raw source; the whole value when the raw text
    /// differs (escapes) from the decoded one.
    pub fn within_value(&self, pointer: &str, needle: &str) -> Range<usize> {
        let span = self.value(pointer);
        let raw = &self.source.text[span.clone()];
        find_case_insensitive(raw, needle)
            .map_or(span.clone(), |r| span.start + r.start..span.start + r.end)
    }
}

/// Byte range of the first case-insensitive occurrence of `needle` in `hay`.
pub fn find_case_insensitive(hay: &str, needle: &str) -> Option<Range<usize>> {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return None;
    }
    let starts = hay.char_indices().map(|(i, _)| i);
    for start in starts {
        let mut lowered = hay[start..]
            .char_indices()
            .flat_map(|(i, c)| c.to_lowercase().map(move |l| (i, c, l)));
        let mut matched = 0;
        let mut end = start;
        for want in &needle {
            match lowered.next() {
                Some((i, c, l)) if l == *want => {
                    matched += 1;
                    end = start + i + c.len_utf8();
                }
                _ => break,
            }
        }
        if matched == needle.len() {
            return Some(start..end);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::find_case_insensitive;

    #[test]
    fn finds_phrases_whatever_their_case() {
        assert_eq!(
            find_case_insensitive("Nous Sommes Ravis", "sommes ravis"),
            Some(5..17)
        );
        assert_eq!(find_case_insensitive("ÉTÉ", "été"), Some(0..5));
        assert_eq!(find_case_insensitive("abc", "abd"), None);
    }
}
