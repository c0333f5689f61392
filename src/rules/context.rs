//! What a semantic rule sees: the typed strategy, the file, and the way from
//! a JSON pointer to a span.

use std::ops::Range;

use super::templates::Compiled;

use crate::load::{SpanIndex, TomlKind};
use crate::model::{Network, Strategy};
use crate::replies;
use crate::source::Source;

pub struct Context<'a> {
    pub strategy: &'a Strategy,
    pub index: &'a SpanIndex,
    pub source: &'a Source,
    /// The file's templates, compiled once for every template rule.
    templates: Vec<Compiled<'a>>,
}

impl<'a> Context<'a> {
    pub fn new(strategy: &'a Strategy, index: &'a SpanIndex, source: &'a Source) -> Self {
        Context {
            strategy,
            index,
            source,
            templates: super::templates::compile_all(strategy),
        }
    }

    /// Every template of the file, compiled, in file order.
    pub(crate) fn templates(&self) -> &[Compiled<'a>] {
        &self.templates
    }

    /// Template `index` rendered with the sample values of `network` (of no
    /// network: `None`), bounded like every reply.
    pub(crate) fn render(
        &self,
        index: usize,
        network: Option<&Network>,
    ) -> Result<String, minijinja::Error> {
        match &self.templates[index].compiled {
            Ok(compiled) => replies::render_limited(
                compiled,
                replies::sample_values(self.strategy, network),
                replies::MAX_RENDERED_BYTES,
            ),
            Err(e) => Err(minijinja::Error::new(
                e.kind(),
                "the template does not compile",
            )),
        }
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
    pub(crate) fn within_value(&self, pointer: &str, needle: &str) -> Range<usize> {
        let span = self.value(pointer);
        let raw = &self.source.text[span.clone()];
        find_case_insensitive(raw, needle)
            .map_or(span.clone(), |r| span.start + r.start..span.start + r.end)
    }
}

/// `text` lowercased character by character, as `find_case_insensitive`
/// compares: a phrase is in a text when its lowercase is in the text's.
pub(crate) fn lowercase(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

/// Byte range of the first case-insensitive occurrence of `needle` in `hay`.
/// Both are lowercased once and searched with `str::find`, so the cost is
/// linear in the text, not text length times phrase length.
pub(crate) fn find_case_insensitive(hay: &str, needle: &str) -> Option<Range<usize>> {
    let needle = lowercase(needle);
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
