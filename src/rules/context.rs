//! What a semantic rule sees: the typed strategy, the file, and the way from
//! a JSON pointer to a span.

use std::cell::{OnceCell, RefCell};
use std::ops::Range;
use std::rc::Rc;

use super::templates::{Compiled, Engine};

use crate::load::{SpanIndex, TomlKind};
use crate::model::{Network, Strategy};
use crate::replies;
use crate::source::Source;

pub struct Context<'a> {
    pub strategy: &'a Strategy,
    pub index: &'a SpanIndex<'a>,
    pub source: &'a Source,
    /// The file's templates, compiled once for every template rule.
    templates: OnceCell<Vec<Compiled<'a>>>,
    /// Renders with a network's sample values, shared by the rules: by
    /// template (index in `templates`) and what tells networks apart.
    renders: RefCell<Vec<(RenderKey<'a>, Rendered)>>,
}

type RenderKey<'a> = (usize, (&'a str, &'a str));

/// A template rendered, or why it does not render.
pub(crate) type Rendered = Result<Rc<str>, Rc<minijinja::Error>>;

impl<'a> Context<'a> {
    pub fn new(strategy: &'a Strategy, index: &'a SpanIndex<'a>, source: &'a Source) -> Self {
        Context {
            strategy,
            index,
            source,
            templates: OnceCell::new(),
            renders: RefCell::new(Vec::new()),
        }
    }

    /// Every template of the file, compiled, in file order.
    pub(crate) fn templates(&self) -> &[Compiled<'a>] {
        self.templates
            .get_or_init(|| super::templates::compile_all(self.strategy))
    }

    /// Template `index` rendered with the sample values of `network` (of no
    /// network: `None`), bounded like every reply; rendered once per file
    /// for all the networks whose values the template cannot tell apart.
    pub(crate) fn render(&self, index: usize, network: Option<&'a Network>) -> Rendered {
        let template = &self.templates()[index];
        let same = template.same_everywhere;
        let key = (
            index,
            network.map_or(("", ""), |n| replies::network_key(self.strategy, n, same)),
        );
        if let Some((_, done)) = self.renders.borrow().iter().find(|(k, _)| *k == key) {
            return done.clone();
        }
        let values = || replies::sample_values(self.strategy, network);
        let rendered = match &template.compiled {
            Ok(Engine::Jinja(compiled)) => {
                replies::render_limited(compiled, values(), replies::MAX_RENDERED_BYTES)
                    .map(Rc::from)
                    .map_err(Rc::new)
            }
            Ok(Engine::Plain(plain)) => {
                match plain.render(self.strategy, network, replies::MAX_RENDERED_BYTES) {
                    Some(text) => Ok(Rc::from(text)),
                    // Refused: minijinja says why in its own words (compiled
                    // for this render only; the result is cached below).
                    None => replies::render(replies::environment(), template.text, values())
                        .map(Rc::from)
                        .map_err(Rc::new),
                }
            }
            Err(e) => Err(Rc::new(minijinja::Error::new(
                e.kind(),
                "the template does not compile",
            ))),
        };
        self.renders.borrow_mut().push((key, rendered.clone()));
        rendered
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
