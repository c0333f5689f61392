//! What a semantic rule sees: the typed strategy, the file, and the way from
//! a JSON pointer to a span.

use std::cell::OnceCell;
use std::ops::Range;

use super::templates::Compiled;

use crate::load::{SpanIndex, TomlKind};
use crate::model::Strategy;
use crate::source::Source;

pub struct Context<'a> {
    pub strategy: &'a Strategy,
    pub index: &'a SpanIndex,
    pub source: &'a Source,
    /// The file's templates, compiled once for every template rule.
    templates: OnceCell<Vec<Compiled<'a>>>,
}

impl<'a> Context<'a> {
    pub fn new(strategy: &'a Strategy, index: &'a SpanIndex, source: &'a Source) -> Self {
        Context {
            strategy,
            index,
            source,
            templates: OnceCell::new(),
        }
    }

    /// Every template of the file, compiled, in file order.
    pub(crate) fn templates(&self) -> &[Compiled<'a>] {
        self.templates
            .get_or_init(|| super::templates::compile_all(self.strategy))
    }

    /// The compiled template at `pointer`, if the file has one there.
    pub(crate) fn template(&self, pointer: &str) -> Option<&Compiled<'a>> {
        self.templates().iter().find(|t| t.pointer == pointer)
    }

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
        self.index.kind(pointer)
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
/// Both are lowercased once and searched with `str::find`, so the cost is
/// linear in the text, not text length times phrase length.
pub fn find_case_insensitive(hay: &str, needle: &str) -> Option<Range<usize>> {
    let needle: String = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return None;
    }
    // For each byte of the lowered text, the original char's start and end.
    let mut lowered = String::with_capacity(hay.len());
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(hay.len());
    for (i, c) in hay.char_indices() {
        for l in c.to_lowercase() {
            lowered.push(l);
            origin.extend(std::iter::repeat_n((i, i + c.len_utf8()), l.len_utf8()));
        }
    }
    let at = lowered.find(&needle)?;
    Some(origin[at].0..origin[at + needle.len() - 1].1)
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
