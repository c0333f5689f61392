//! Loading: bytes -> UTF-8 text -> TOML with spans -> a JSON value for the
//! schema plus an index from JSON pointers back to TOML spans.
//!
//! Every later stage speaks in JSON pointers (`/networks/2/schedule`); the
//! index turns them into the byte span of the key or value in the file, so a
//! schema error and a semantic finding are located the same way.
//!
//! Two ways lead from text to JSON. The short way (`direct`) turns
//! `toml_parser`'s events into JSON; toml's document tree (`by_tree`), the
//! reference, takes every file the short way gives up on, and gives every
//! syntax error. Tests and a fuzz target hold the two to the same result.

use std::collections::HashMap;
use std::ops::Range;

use serde_json::{Map, Value};
use toml::de::{DeTable, DeValue};

use crate::diagnostics::Diagnostic;
use crate::rules::builtin::{NESTING_TOO_DEEP, TOML_SYNTAX, WRONG_TYPE};
use crate::source::Source;

mod direct;

/// Deeper than any strategy needs; keeps recursion (ours, the schema
/// validator's, the drop of the tree) far from the stack's end.
const MAX_DEPTH: usize = 32;

/// What a TOML value was, before it became JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    Table,
}

/// Where a value sits in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The key naming the value (absent for array elements and the root).
    pub key: Option<Range<usize>>,
    pub value: Range<usize>,
    pub kind: TomlKind,
}

/// JSON pointer -> location of the TOML key and value.
///
/// Most files pass every check, and only a finding needs a location: the
/// index is built on first use, from the file's text parsed a second time,
/// so a clean file never pays for it.
#[derive(Debug)]
pub struct SpanIndex<'t> {
    /// The file's text, the index is built from.
    text: &'t str,
    /// The floats, dates and date-times, which JSON cannot tell from
    /// strings and numbers: their pointers and locations, in the order of
    /// the walk (keys sorted, items in order), known without building the
    /// index.
    typed: Vec<(String, Node)>,
    /// Pointer -> position in `typed`: a file may hold a million dates.
    typed_at: HashMap<String, usize, foldhash::fast::FixedState>,
    /// Keys are the file's own pointers, hashed with a fixed seed: the map is
    /// never iterated into output in its own order.
    nodes: std::sync::OnceLock<HashMap<String, Node, foldhash::fast::FixedState>>,
    /// The whole document, for findings about something absent from it.
    root: Node,
}

impl Default for SpanIndex<'_> {
    fn default() -> Self {
        SpanIndex::new("", Vec::new())
    }
}

impl<'t> SpanIndex<'t> {
    /// The index of `text`, a TOML document (built when first asked), and
    /// its `typed` values.
    fn new(text: &'t str, typed: Vec<(String, Node)>) -> Self {
        SpanIndex {
            text,
            typed_at: typed
                .iter()
                .enumerate()
                .map(|(i, (pointer, _))| (pointer.clone(), i))
                .collect(),
            typed,
            nodes: std::sync::OnceLock::new(),
            root: Node {
                key: None,
                value: 0..0,
                kind: TomlKind::Table,
            },
        }
    }

    fn nodes(&self) -> &HashMap<String, Node, foldhash::fast::FixedState> {
        self.nodes.get_or_init(|| {
            let (root, _errors) = DeTable::parse_recoverable(self.text);
            let mut walk = IndexWalk {
                // About one value per 12 bytes in the examples: one
                // allocation instead of a rehash at every doubling.
                nodes: HashMap::with_capacity_and_hasher(
                    self.text.len() / 12,
                    foldhash::fast::FixedState::default(),
                ),
                pointer: String::new(),
            };
            walk.table(root.get_ref(), 0);
            walk.nodes
        })
    }

    pub fn get(&self, pointer: &str) -> Option<&Node> {
        self.nodes().get(pointer)
    }

    /// The TOML kind of the value at `pointer`: a date's is known without
    /// building the index.
    pub fn kind(&self, pointer: &str) -> Option<TomlKind> {
        match self.typed_at.get(pointer) {
            Some(&i) => Some(self.typed[i].1.kind),
            None => self.get(pointer).map(|n| n.kind),
        }
    }

    /// The floats, dates and date-times of the file, in the walk's order.
    pub fn typed(&self) -> &[(String, Node)] {
        &self.typed
    }

    /// Span of the value at `pointer`, or of its nearest located ancestor.
    pub fn value_span(&self, pointer: &str) -> Range<usize> {
        self.nearest(pointer).value.clone()
    }

    /// Span of the key of `pointer` (its value when it has no key, as for
    /// array elements and `[[tables]]`).
    pub fn key_span(&self, pointer: &str) -> Range<usize> {
        let node = self.nearest(pointer);
        node.key.clone().unwrap_or_else(|| node.value.clone())
    }

    fn nearest(&self, pointer: &str) -> &Node {
        let nodes = self.nodes();
        let mut p = pointer;
        loop {
            if let Some(node) = nodes.get(p) {
                return node;
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return &self.root,
            }
        }
    }
}

/// The walk that fills a `SpanIndex`: every value under `MAX_DEPTH`, with
/// the same pointers as the conversion to JSON.
struct IndexWalk {
    nodes: HashMap<String, Node, foldhash::fast::FixedState>,
    pointer: String,
}

impl IndexWalk {
    fn table(&mut self, table: &DeTable<'_>, depth: usize) {
        for (key, value) in table.iter() {
            let parent = self.pointer.len();
            self.pointer.push('/');
            push_escaped(&mut self.pointer, key.get_ref());
            self.value(value.get_ref(), value.span(), Some(key.span()), depth + 1);
            self.pointer.truncate(parent);
        }
    }

    fn value(
        &mut self,
        value: &DeValue<'_>,
        span: Range<usize>,
        key: Option<Range<usize>>,
        depth: usize,
    ) {
        let node = Node {
            key,
            value: span,
            kind: toml_kind(value),
        };
        self.nodes.insert(self.pointer.clone(), node);
        if depth > MAX_DEPTH {
            return;
        }
        match value {
            DeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let parent = self.pointer.len();
                    push_index(&mut self.pointer, i);
                    self.value(item.get_ref(), item.span(), None, depth + 1);
                    self.pointer.truncate(parent);
                }
            }
            DeValue::Table(t) => self.table(t, depth),
            _ => {}
        }
    }
}

fn toml_kind(value: &DeValue<'_>) -> TomlKind {
    match value {
        DeValue::String(_) => TomlKind::String,
        DeValue::Integer(_) => TomlKind::Integer,
        DeValue::Float(_) => TomlKind::Float,
        DeValue::Boolean(_) => TomlKind::Boolean,
        DeValue::Datetime(dt) => datetime_kind(dt),
        DeValue::Array(_) => TomlKind::Array,
        DeValue::Table(_) => TomlKind::Table,
    }
}

fn datetime_kind(dt: &toml::value::Datetime) -> TomlKind {
    if dt.date.is_some() && dt.time.is_none() {
        TomlKind::LocalDate
    } else {
        TomlKind::OtherDatetime
    }
}

/// A TOML date-time as text, as its `Display` writes it. A local date, the
/// only kind the format uses, is written here digit by digit: `Display`'s
/// padded formatting cost more than the rest of its conversion.
fn datetime_text(dt: &toml::value::Datetime) -> String {
    match (dt.date, dt.time, dt.offset) {
        (Some(date), None, None) if date.year <= 9999 => {
            let mut text = String::with_capacity(10);
            let digit = |n: u16| char::from(b'0' + (n % 10) as u8);
            let year = date.year;
            text.extend([
                digit(year / 1000),
                digit(year / 100),
                digit(year / 10),
                digit(year),
            ]);
            for part in [u16::from(date.month), u16::from(date.day)] {
                text.push('-');
                text.extend([digit(part / 10), digit(part)]);
            }
            text
        }
        _ => dt.to_string(),
    }
}

/// A TOML integer's digits, as toml decodes them (sign, `_` separators,
/// no radix prefix), as an `i64`; `None` when it does not fit.
fn integer(digits: &str, radix: u32) -> Option<i64> {
    if digits.contains('_') {
        i64::from_str_radix(&digits.replace('_', ""), radix).ok()
    } else {
        i64::from_str_radix(digits, radix).ok()
    }
}

/// The finding for an integer too large for 64 bits, at `span`.
fn too_large(text: &str, span: Range<usize>) -> Diagnostic {
    let literal = text.get(span.clone()).unwrap_or("").to_string();
    Diagnostic::new(
        &WRONG_TYPE,
        span,
        format!("integer `{literal}` is too large"),
    )
    .with_help(
        "TOML integers must fit in 64 bits; no field of a strategy needs more than a few digits",
    )
}

/// The format has no float field. A float becomes a one-key object so that
/// it fails every type check, where JSON would take `1.0` for the integer 1;
/// the index still says it was a float.
fn float_json(text: &str) -> Value {
    Value::Object(Map::from_iter([(
        "$float".to_string(),
        Value::String(text.to_string()),
    )]))
}

/// Append `/i` to a pointer.
fn push_index(pointer: &mut String, i: usize) {
    pointer.push('/');
    i.push_to(pointer);
}

/// A JSON pointer from its parts, literal text and indices, written as
/// `format!` would write them at a fraction of its cost: the rules write
/// dozens per file (docs/benchmarks.md).
/// `pointer!("/networks/", i, "/handle")` is `/networks/3/handle` for 3.
macro_rules! pointer {
    ($($part:expr),+ $(,)?) => {{
        let mut pointer = String::with_capacity(40);
        $( $crate::load::PointerPart::push_to(&$part, &mut pointer); )+
        pointer
    }};
}
pub(crate) use pointer;

/// What `pointer!` can write: text as it is, an index in decimal.
pub trait PointerPart {
    fn push_to(&self, pointer: &mut String);
}

impl PointerPart for str {
    fn push_to(&self, pointer: &mut String) {
        pointer.push_str(self);
    }
}

impl<T: PointerPart + ?Sized> PointerPart for &T {
    fn push_to(&self, pointer: &mut String) {
        (**self).push_to(pointer);
    }
}

impl PointerPart for usize {
    fn push_to(&self, pointer: &mut String) {
        pointer.push_str(itoa::Buffer::new().format(*self));
    }
}

/// A file parsed as TOML and converted for the schema.
#[derive(Debug)]
pub struct Parsed<'t> {
    pub value: Value,
    pub index: SpanIndex<'t>,
}

/// Escape one JSON pointer token (RFC 6901).
pub fn escape_token(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    push_escaped(&mut out, token);
    out
}

/// Append `token` to `out`, escaped as a JSON pointer token.
fn push_escaped(out: &mut String, token: &str) {
    if !token.bytes().any(|b| b == b'~' || b == b'/') {
        out.push_str(token);
        return;
    }
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

/// The key an escaped JSON pointer token stands for.
pub fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Decode bytes as UTF-8; a file that is not UTF-8 comes back with a
/// finding at the first bad byte, and is checked no further.
pub fn decode(path: &str, bytes: Vec<u8>) -> (Source, Option<Diagnostic>) {
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

/// Parse TOML and convert it; on syntax errors, every error found.
pub fn parse(source: &Source) -> Result<Parsed<'_>, Vec<Diagnostic>> {
    let text = &source.text;
    let (value, typed) = match direct::convert(text) {
        Some(converted) => converted,
        None => by_tree(text)?,
    };
    Ok(Parsed {
        value,
        index: SpanIndex::new(text, typed),
    })
}

/// A file's JSON value and located floats and dates.
type Converted = (Value, Vec<(String, Node)>);

/// The reference conversion, through toml's document tree: the way every
/// file the short way (`direct`) gives up on takes, with every error found.
fn by_tree(text: &str) -> Result<Converted, Vec<Diagnostic>> {
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        return Err(errors
            .iter()
            .map(|e| syntax_diagnostic(text, e.message(), e.span()))
            .collect());
    }
    let mut converter = Converter {
        text,
        typed: Vec::new(),
        problems: Vec::new(),
        path: Vec::new(),
    };
    let value = converter.table(root.get_ref(), 0);
    if converter.problems.is_empty() {
        Ok((value, converter.typed))
    } else {
        Err(converter.problems)
    }
}

/// Whether the short way from text to JSON gives what toml's tree gives
/// (or gives up): for the fuzz target and the tests.
#[doc(hidden)]
pub fn short_way_agrees(text: &str) -> bool {
    match direct::convert(text) {
        None => true,
        Some(short) => by_tree(text).is_ok_and(|reference| reference == short),
    }
}

/// Whether the short way takes `text` (for the tests: it must take the
/// examples, or it saves nothing).
#[doc(hidden)]
pub fn short_way_takes(text: &str) -> bool {
    direct::convert(text).is_some()
}

fn syntax_diagnostic(text: &str, message: &str, span: Option<Range<usize>>) -> Diagnostic {
    let span = span.unwrap_or(0..0);
    let mut message = message.trim().to_string();
    let found = text.get(span.clone()).unwrap_or("").trim();
    let help = if message == "duplicate key" {
        message = format!("duplicate key `{found}`");
        Some(
            "a key or table may be defined only once: merge the two definitions, or use [[double brackets]] for a list of tables",
        )
    } else if message.contains("basic string") || message.contains("literal string") {
        Some(
            "close the string on the same line; for text on several lines use triple quotes (\"\"\"…\"\"\")",
        )
    } else if message.starts_with("invalid date") {
        Some("this day does not exist in the calendar: check the month's length and leap years")
    } else if message.contains("recursion") {
        Some("a strategy file never needs this much nesting: flatten the value")
    } else {
        None
    };
    let mut d = Diagnostic::new(&TOML_SYNTAX, span, format!("TOML syntax: {message}"));
    d.help = help.map(str::to_string);
    d
}

/// The JSON pointer of a path from the root.
fn pointer_of<'a, 't: 'a>(steps: impl IntoIterator<Item = &'a Step<'t>>) -> String {
    let mut pointer = String::new();
    for step in steps {
        match step {
            Step::Key(key) => {
                pointer.push('/');
                push_escaped(&mut pointer, key);
            }
            Step::Index(i) => push_index(&mut pointer, *i),
        }
    }
    pointer
}

/// One step of the path from the root to a value: a key or an index.
#[derive(Clone, Copy)]
enum Step<'t> {
    Key(&'t str),
    Index(usize),
}

struct Converter<'a, 't> {
    text: &'a str,
    typed: Vec<(String, Node)>,
    problems: Vec<Diagnostic>,
    /// The path of the value being converted, grown and cut back as the walk
    /// goes down and up. Only a float or a date needs its pointer, so the
    /// pointer is written out for those alone (docs/benchmarks.md).
    path: Vec<Step<'t>>,
}

impl<'t> Converter<'_, 't> {
    /// The JSON pointer of the value being converted.
    fn pointer(&self) -> String {
        pointer_of(&self.path)
    }

    fn table(&mut self, table: &'t DeTable<'_>, depth: usize) -> Value {
        let mut members = Vec::with_capacity(table.len());
        for (key, value) in table.iter() {
            self.path.push(Step::Key(key.get_ref()));
            let json = self.value(value.get_ref(), value.span(), Some(key.span()), depth + 1);
            self.path.pop();
            members.push((key.get_ref().to_string(), json));
        }
        // Built at once from its members (they come sorted, and keys are
        // unique in TOML) rather than by one search of the map per key.
        Value::Object(Map::from_iter(members))
    }

    fn value(
        &mut self,
        value: &'t DeValue<'_>,
        span: Range<usize>,
        key: Option<Range<usize>>,
        depth: usize,
    ) -> Value {
        let kind = toml_kind(value);
        if matches!(
            kind,
            TomlKind::Float | TomlKind::LocalDate | TomlKind::OtherDatetime
        ) {
            let node = Node {
                key,
                value: span.clone(),
                kind,
            };
            self.typed.push((self.pointer(), node));
        }
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
            DeValue::Integer(i) => match integer(i.as_str(), i.radix()) {
                Some(n) => Value::Number(n.into()),
                None => {
                    self.problems.push(too_large(self.text, span));
                    Value::Null
                }
            },
            DeValue::Float(f) => float_json(f.as_str()),
            DeValue::Boolean(b) => Value::Bool(*b),
            DeValue::Datetime(dt) => Value::String(datetime_text(dt)),
            DeValue::Array(items) => Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        self.path.push(Step::Index(i));
                        let json = self.value(item.get_ref(), item.span(), None, depth + 1);
                        self.path.pop();
                        json
                    })
                    .collect(),
            ),
            DeValue::Table(t) => self.table(t, depth),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::datetime_text;

    #[test]
    fn dates_are_written_as_display_writes_them() {
        for text in [
            "0001-01-01",
            "0999-09-09",
            "2026-12-25",
            "2027-02-28",
            "9999-12-31",
            "2026-12-25T09:30:00",
            "2026-12-25T09:30:00Z",
            "09:30:00",
        ] {
            let dt: toml::value::Datetime = text.parse().expect("a TOML date-time");
            assert_eq!(datetime_text(&dt), dt.to_string(), "{text}");
        }
    }
}
