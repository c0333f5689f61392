//! What a semantic rule sees: the typed strategy, the file, and the way from
//! a JSON pointer to a span.

use std::ops::Range;

use super::templates::Compiled;

use crate::fold::fold;
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

    /// The span of the folded `phrase` (`fold::fold_phrase`) inside the
    /// string value at `pointer`, found in the raw source; the whole value
    /// when the raw text differs (escapes) from the decoded one.
    pub(crate) fn within_value(&self, pointer: &str, phrase: &str) -> Range<usize> {
        let span = self.value(pointer);
        let raw = &self.source.text[span.clone()];
        fold(raw)
            .find(phrase)
            .map_or(span.clone(), |r| span.start + r.start..span.start + r.end)
    }
}
