//! Loading: bytes -> UTF-8 text -> TOML with spans -> a JSON value for the
//! schema plus an index from JSON pointers back to TOML spans.
//!
//! Every later stage speaks in JSON pointers (`/networks/2/schedule`); the
//! index turns them into the byte span of the key or value in the file, so a
//! schema error and a semantic finding are located the same way. One walk of
//! toml's spanned document tree builds the JSON value and the index together.

use std::collections::HashMap;
use std::ops::Range;

mod declares;
mod portability;
mod syntax;
pub use declares::declares_format;
pub(crate) use portability::portability;
use syntax::syntax_findings;

use serde_json::{Map, Value};
use toml::de::{DeTable, DeValue};

use crate::codes::{FILE_TOO_LARGE, NESTING_TOO_DEEP, TOML_SYNTAX, WRONG_TYPE};
use crate::diagnostic::Diagnostic;
use crate::source::Source;

/// Deeper than any strategy needs; keeps recursion (ours, the schema
/// validator's, the drop of the tree) far from the stack's end.
const MAX_DEPTH: usize = 32;

/// The most TOML tokens (keys, values, punctuation, white space, comments
/// and line ends) read from one file: 130 times a bundled example (3,800
/// tokens). Memory grows with the values of a file, up to 500 bytes each
/// (toml's tokens and tree, the JSON value, the span index), and an array
/// of tiny values has one every 2 tokens: this keeps the worst file under
/// 200 MiB, where 8 MiB of `1,1,1,…` would take about a gigabyte.
pub const MAX_TOKENS: usize = 500_000;

/// What a TOML value was, before it became JSON.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TomlKind {
    String,
    Integer,
    Float,
    Boolean,
    /// A date without time or offset: `2026-12-25`.
    LocalDate,
    /// Any other TOML date-time.
    OtherDatetime,
    Array,
    #[default]
    Table,
}

/// Where a value sits in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Node {
    /// The key naming the value (absent for array elements and the root).
    pub key: Option<Range<usize>>,
    pub value: Range<usize>,
    pub kind: TomlKind,
}

/// JSON pointer -> location of the TOML key and value.
#[derive(Debug, Default)]
pub struct SpanIndex {
    /// Only looked up, never iterated: its order never reaches an output.
    nodes: HashMap<String, Node>,
    /// The pointers of the floats, dates and date-times, which JSON cannot
    /// tell from strings and numbers, in the order of the walk (keys sorted,
    /// items in order).
    typed: Vec<String>,
    /// The whole document, for findings about something absent from it.
    root: Node,
}

impl SpanIndex {
    pub fn get(&self, pointer: &str) -> Option<&Node> {
        self.nodes.get(pointer)
    }

    /// The innermost value or key at byte `offset`: its pointer, its node,
    /// and whether the offset is on the key. Ties go to the first pointer
    /// in order, so the answer never depends on the map's order.
    pub fn at(&self, offset: usize) -> Option<(&str, &Node, bool)> {
        let holds = |r: &Range<usize>| r.start <= offset && offset < r.end.max(r.start + 1);
        self.nodes
            .iter()
            .filter_map(|(pointer, node)| {
                let on_key = node.key.as_ref().is_some_and(holds);
                (on_key || holds(&node.value)).then_some((pointer.as_str(), node, on_key))
            })
            .min_by_key(|(pointer, node, on_key)| {
                let span = if *on_key {
                    node.key.clone().unwrap_or_default()
                } else {
                    node.value.clone()
                };
                (span.len(), !*on_key, *pointer)
            })
    }

    /// The TOML kind of the value at `pointer`.
    pub fn kind(&self, pointer: &str) -> Option<TomlKind> {
        self.get(pointer).map(|n| n.kind)
    }

    /// The floats, dates and date-times of the file, in the walk's order.
    pub(crate) fn typed(&self) -> impl Iterator<Item = (&str, &Node)> {
        self.typed
            .iter()
            .filter_map(|pointer| Some((pointer.as_str(), self.nodes.get(pointer)?)))
    }

    /// Span of the value at `pointer`, or of its nearest located ancestor.
    pub(crate) fn value_span(&self, pointer: &str) -> Range<usize> {
        self.nearest(pointer).value.clone()
    }

    /// Span of the key of `pointer` (its value when it has no key, as for
    /// array elements and `[[tables]]`).
    pub(crate) fn key_span(&self, pointer: &str) -> Range<usize> {
        let node = self.nearest(pointer);
        node.key.clone().unwrap_or_else(|| node.value.clone())
    }

    fn nearest(&self, pointer: &str) -> &Node {
        let mut p = pointer;
        loop {
            if let Some(node) = self.nodes.get(p) {
                return node;
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return &self.root,
            }
        }
    }
}

fn toml_kind(value: &DeValue<'_>) -> TomlKind {
    match value {
        DeValue::String(_) => TomlKind::String,
        DeValue::Integer(_) => TomlKind::Integer,
        DeValue::Float(_) => TomlKind::Float,
        DeValue::Boolean(_) => TomlKind::Boolean,
        DeValue::Datetime(dt) if dt.date.is_some() && dt.time.is_none() => TomlKind::LocalDate,
        DeValue::Datetime(_) => TomlKind::OtherDatetime,
        DeValue::Array(_) => TomlKind::Array,
        DeValue::Table(_) => TomlKind::Table,
    }
}

/// The finding for an integer toml let through that does not read as one
/// (`kind` from `i64::from_str_radix`), at `span`: too large for 64 bits,
/// or not an integer at all (`0x` with no digits, digits that are not
/// ASCII), which is a syntax error.
fn bad_integer(text: &str, span: Range<usize>, kind: &std::num::IntErrorKind) -> Diagnostic {
    use std::num::IntErrorKind::{NegOverflow, PosOverflow};
    let literal = text.get(span.clone()).unwrap_or("").to_string();
    if matches!(kind, PosOverflow | NegOverflow) {
        return Diagnostic::new(&WRONG_TYPE, span, format!("integer `{literal}` is too large"))
            .with_help(
                "TOML integers must fit in 64 bits; no field of a strategy needs more than a few digits",
            );
    }
    Diagnostic::new(
        &TOML_SYNTAX,
        span,
        format!("TOML syntax: `{literal}` is not an integer"),
    )
    .with_help(
        "write the ASCII digits 0-9, or 0x, 0o or 0b followed by at least one digit of that base (0xff)",
    )
}

/// A JSON pointer from its parts, literal text and indices:
/// `pointer!("/networks/", i, "/handle")` is `/networks/3/handle` for 3.
macro_rules! pointer {
    ($($part:expr),+ $(,)?) => {{
        let mut pointer = String::new();
        $( pointer.push_str(&$part.to_string()); )+
        pointer
    }};
}
pub(crate) use pointer;

/// A file parsed as TOML and converted for the schema.
#[derive(Debug)]
pub struct Parsed {
    pub value: Value,
    pub index: SpanIndex,
}

/// Escape one JSON pointer token (RFC 6901).
pub(crate) fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// The key an escaped JSON pointer token stands for.
pub(crate) fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Decode bytes as UTF-8; a file that is not UTF-8 comes back with a
/// finding at the first bad byte, and is checked no further.
pub(crate) fn decode(path: &str, bytes: Vec<u8>) -> (Source, Option<Diagnostic>) {
    match String::from_utf8(bytes) {
        Ok(text) => (Source::new(path, text), None),
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            let byte = err.as_bytes()[at];
            let text = String::from_utf8_lossy(err.as_bytes()).into_owned();
            // Lossy decoding keeps every valid byte before `at` in place.
            let source = Source::new(path, text);
            let diagnostic = Diagnostic::new(
                &TOML_SYNTAX,
                // The bad byte became U+FFFD (3 bytes) in the lossy text.
                at..at + char::REPLACEMENT_CHARACTER.len_utf8(),
                format!("the file is not valid UTF-8 (byte 0x{byte:02X})"),
            )
            .with_help("TOML files must be UTF-8: re-save the file with UTF-8 encoding");
            (source, Some(diagnostic))
        }
    }
}

/// The finding for a file of more than `MAX_TOKENS` tokens, at the first
/// token past the limit. Counted by toml's own lexer, which keeps nothing.
fn too_many_tokens(text: &str) -> Option<Diagnostic> {
    let past = toml_parser::Source::new(text).lex().nth(MAX_TOKENS)?;
    // The lexer ends with an empty end-of-file token, which is not counted.
    if past.kind() == toml_parser::lexer::TokenKind::Eof {
        return None;
    }
    Some(
        Diagnostic::new(
            &FILE_TOO_LARGE,
            past.span().start()..past.span().end(),
            // The wording follows the constant (a test reads both).
            "the file has more than 500,000 TOML tokens (keys, values, punctuation, spaces, line ends), the limit for a strategy",
        )
        .with_help("a strategy has a few thousand: split the file, or check that it is the file you meant"),
    )
}

/// Parse TOML and convert it; on syntax errors, every error found.
pub fn parse(source: &Source) -> Result<Parsed, Vec<Diagnostic>> {
    let text = &source.text;
    if let Some(finding) = too_many_tokens(text) {
        return Err(vec![finding]);
    }
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        return Err(syntax_findings(text, &errors));
    }
    let mut walk = Walk {
        text,
        // About one value per 12 bytes in the examples: the index is sized
        // once instead of growing through every doubling.
        index: SpanIndex {
            nodes: HashMap::with_capacity(text.len() / 12),
            ..SpanIndex::default()
        },
        problems: Vec::new(),
        pointer: String::new(),
    };
    let value = walk.table(root.get_ref(), 0);
    if walk.problems.is_empty() {
        Ok(Parsed {
            value,
            index: walk.index,
        })
    } else {
        Err(walk.problems)
    }
}

/// The walk of toml's tree that builds the JSON value and the span index.
struct Walk<'a> {
    text: &'a str,
    index: SpanIndex,
    problems: Vec<Diagnostic>,
    /// The pointer of the value being converted, grown and cut back as the
    /// walk goes down and up.
    pointer: String,
}

impl Walk<'_> {
    fn table(&mut self, table: &DeTable<'_>, depth: usize) -> Value {
        let mut members = Map::new();
        for (key, value) in table.iter() {
            let parent = self.pointer.len();
            self.pointer.push('/');
            self.pointer.push_str(&escape_token(key.get_ref()));
            let json = self.value(value.get_ref(), value.span(), Some(key.span()), depth + 1);
            self.pointer.truncate(parent);
            members.insert(key.get_ref().to_string(), json);
        }
        Value::Object(members)
    }

    fn value(
        &mut self,
        value: &DeValue<'_>,
        span: Range<usize>,
        key: Option<Range<usize>>,
        depth: usize,
    ) -> Value {
        let kind = toml_kind(value);
        if matches!(
            kind,
            TomlKind::Float | TomlKind::LocalDate | TomlKind::OtherDatetime
        ) {
            self.index.typed.push(self.pointer.clone());
        }
        let node = Node {
            key,
            value: span.clone(),
            kind,
        };
        self.index.nodes.insert(self.pointer.clone(), node);
        if depth > MAX_DEPTH {
            self.problems.push(
                Diagnostic::new(
                    &NESTING_TOO_DEEP,
                    span,
                    format!("values are nested more than {MAX_DEPTH} levels deep"),
                )
                .with_help("a strategy file never needs this much nesting: flatten the value"),
            );
            return Value::Null;
        }
        match value {
            DeValue::String(s) => Value::String(s.to_string()),
            // toml gives the digits with sign and `_` separators, without
            // the radix prefix.
            DeValue::Integer(i) => {
                match i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()) {
                    Ok(n) => Value::Number(n.into()),
                    Err(e) => {
                        self.problems.push(bad_integer(self.text, span, e.kind()));
                        Value::Null
                    }
                }
            }
            // The format has no float field. A float becomes a one-key
            // object so that it fails every type check, where JSON would
            // take `1.0` for the integer 1; the index says it was a float.
            DeValue::Float(f) => serde_json::json!({ "$float": f.as_str() }),
            DeValue::Boolean(b) => Value::Bool(*b),
            DeValue::Datetime(dt) => Value::String(dt.to_string()),
            DeValue::Array(items) => {
                let mut json = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    let parent = self.pointer.len();
                    self.pointer.push_str(&format!("/{i}"));
                    json.push(self.value(item.get_ref(), item.span(), None, depth + 1));
                    self.pointer.truncate(parent);
                }
                Value::Array(json)
            }
            DeValue::Table(t) => self.table(t, depth),
        }
    }
}
