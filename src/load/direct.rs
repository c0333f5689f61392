//! The short way from text to JSON: `toml_parser`'s events turned into the
//! JSON value directly, without building toml's document tree first and
//! converting it, and strings without escapes taken as written instead of
//! through the decoder, which cost most of the tree's time
//! (docs/benchmarks.md).
//!
//! The short way takes only what it is sure of. At any parse error, any key
//! defined twice, any table a header reopens, anything the conversion would
//! refuse or a table too big to search key by key, it gives up, and
//! `load::parse` takes toml's own path, which stays the reference for what
//! a file means and for every error message. The tests hold the two paths to
//! the same value and the same located floats and dates on every file the
//! short way accepts.

use std::borrow::Cow;
use std::ops::Range;

use serde_json::{Map, Value};
use toml_parser::ErrorSink;
use toml_parser::decoder::{Encoding, ScalarKind};
use toml_parser::parser::{Event, EventKind, RecursionGuard, ValidateWhitespace};

use super::{
    Converted, MAX_DEPTH, Node, Step, TomlKind, datetime_kind, datetime_text, float_json, integer,
};

/// The short way gave up: the file takes toml's path.
#[derive(Debug)]
struct GiveUp;

type Short<T> = Result<T, GiveUp>;

/// The most keys a table may have here: keys are found by a linear search,
/// and a table with more (none in a strategy comes close) takes toml's path.
const MAX_KEYS: usize = 128;

/// As deep as toml's own parse lets arrays and inline tables nest. Its tree
/// also refuses keys of 80 parts or more, a check the parser does not make:
/// the short way never meets either, as it gives up past `MAX_DEPTH` (32)
/// levels, a key's parts included.
const TOML_NESTING_LIMIT: u32 = 80;

/// A value being built.
enum Item {
    /// A string, an integer or a boolean.
    Plain(Value),
    /// A float, a date or a date-time, and where it is in the file.
    Typed(Value, Node),
    Table(Table),
    /// The tables of a `[[header]]`.
    Tables(Vec<Table>),
    Array(Vec<Item>),
}

/// A table being built, with what TOML's rules for defining tables need.
#[derive(Default)]
struct Table {
    entries: Vec<(String, Item)>,
    /// Made by a dotted key (`a.b = 1` makes `a`): later dotted keys of the
    /// same table or inline table may add to it.
    dotted: bool,
    /// An inline table, or a table made by a dotted key inside one: closed
    /// to headers.
    inline: bool,
}

impl Table {
    fn contains(&self, key: &str) -> bool {
        self.entries.iter().any(|(k, _)| k == key)
    }

    /// Add a key the table does not have yet; the item added.
    fn push(&mut self, key: String, item: Item) -> Short<&mut Item> {
        if self.entries.len() >= MAX_KEYS {
            return Err(GiveUp);
        }
        self.entries.push((key, item));
        // Just pushed.
        self.entries.last_mut().map(|(_, item)| item).ok_or(GiveUp)
    }

    /// The item `key` names, `make`'s added first when the table has none.
    fn get_or_push(&mut self, key: String, make: impl FnOnce() -> Item) -> Short<&mut Item> {
        match self.entries.iter().position(|(k, _)| *k == key) {
            Some(i) => self.entries.get_mut(i).map(|(_, item)| item).ok_or(GiveUp),
            None => self.push(key, make()),
        }
    }

    /// The table `key` names, made by a dotted key, making it when absent.
    fn dotted_child(&mut self, key: String, inline: bool) -> Short<&mut Table> {
        let made = || {
            Item::Table(Table {
                entries: Vec::new(),
                dotted: true,
                inline,
            })
        };
        match self.get_or_push(key, made)? {
            Item::Table(table) if table.dotted => Ok(table),
            _ => Err(GiveUp),
        }
    }
}

/// The JSON value of a TOML document and its located floats and dates, as
/// `load::Converter` gives them from toml's tree; `None` when the short way
/// gives up.
pub(super) fn convert(text: &str) -> Option<Converted> {
    let source = toml_parser::Source::new(text);
    let tokens = source.lex().into_vec();
    let mut events: Vec<Event> = Vec::with_capacity(tokens.len());
    let mut failed = false;
    {
        // The receivers toml's own parse puts between the parser and its
        // tree: they check comments, newlines and nesting.
        let mut validate = ValidateWhitespace::new(&mut events, source);
        let mut guard = RecursionGuard::new(&mut validate, TOML_NESTING_LIMIT);
        toml_parser::parser::parse_document(&tokens, &mut guard, &mut |_| failed = true);
    }
    // The events say all the walk needs.
    drop(tokens);
    if failed {
        return None;
    }
    let mut walk = Walk {
        events: &events,
        at: 0,
        source,
    };
    let root = walk.document().ok()?;
    let mut typed = Vec::new();
    let value = table_json(root, None, &mut typed);
    Some((value, typed))
}

/// A cursor over the events of a document that parsed without error.
struct Walk<'e, 'i> {
    events: &'e [Event],
    at: usize,
    source: toml_parser::Source<'i>,
}

impl<'i> Walk<'_, 'i> {
    /// The next event that is not whitespace, a comment or a newline.
    fn next(&mut self) -> Option<Event> {
        while let Some(event) = self.events.get(self.at) {
            self.at += 1;
            if significant(event.kind()) {
                return Some(*event);
            }
        }
        None
    }

    /// The kind of the next event `next` would give, without taking it.
    fn peek(&self) -> Option<EventKind> {
        self.events
            .iter()
            .skip(self.at)
            .map(Event::kind)
            .find(|kind| significant(*kind))
    }

    /// Take the next event, which must be of `kind`.
    fn take(&mut self, kind: EventKind) -> Short<Event> {
        self.next().filter(|e| e.kind() == kind).ok_or(GiveUp)
    }

    /// The whole document: the root table's keys, then each header's table.
    fn document(&mut self) -> Short<Table> {
        let mut root = Table::default();
        let mut header = self.section(&mut root, 0)?;
        while let Some(open) = header {
            let first = self.take(EventKind::SimpleKey)?;
            let (path, key, _) = self.dotted_key(first)?;
            let (table, depth) = if open.kind() == EventKind::ArrayTableOpen {
                self.take(EventKind::ArrayTableClose)?;
                header_table(&mut root, path, key, true)?
            } else {
                self.take(EventKind::StdTableClose)?;
                header_table(&mut root, path, key, false)?
            };
            header = self.section(table, depth)?;
        }
        Ok(root)
    }

    /// The key/value pairs of one table, up to the next header (returned)
    /// or the end of the file.
    fn section(&mut self, table: &mut Table, depth: usize) -> Short<Option<Event>> {
        while let Some(event) = self.next() {
            match event.kind() {
                EventKind::StdTableOpen | EventKind::ArrayTableOpen => return Ok(Some(event)),
                EventKind::SimpleKey => self.key_value(table, event, depth)?,
                _ => return Err(GiveUp),
            }
        }
        Ok(None)
    }

    /// `a.b.c = value` into `table` (at `depth`), from its first key.
    fn key_value(&mut self, table: &mut Table, first: Event, depth: usize) -> Short<()> {
        let (path, key, key_span) = self.dotted_key(first)?;
        self.take(EventKind::KeyValSep)?;
        let depth = depth + path.len() + 1;
        let inline = table.inline;
        let mut parent = table;
        for step in path {
            parent = parent.dotted_child(step, inline)?;
        }
        if parent.contains(&key) {
            return Err(GiveUp);
        }
        let item = self.value(Some(key_span), depth)?;
        parent.push(key, item)?;
        Ok(())
    }

    /// A key of one or more parts (`a`, `a.b."c d"`): the parts before the
    /// last, the last, and the last one's span.
    fn dotted_key(&mut self, first: Event) -> Short<(Vec<String>, String, Range<usize>)> {
        let mut path = Vec::new();
        let mut last = first;
        while self.peek() == Some(EventKind::KeySep) {
            self.next();
            let part = self.take(EventKind::SimpleKey)?;
            path.push(self.key_text(last)?);
            if path.len() > MAX_DEPTH {
                return Err(GiveUp);
            }
            last = part;
        }
        let span = last.span();
        Ok((path, self.key_text(last)?, span.start()..span.end()))
    }

    fn key_text(&self, event: Event) -> Short<String> {
        let raw = self.source.get(event).ok_or(GiveUp)?;
        if let Some(text) = verbatim(raw.as_str(), event.encoding(), true) {
            return Ok(text.to_string());
        }
        let (text, ()) = decoded(|text, errors| raw.decode_key(text, errors))?;
        Ok(text.into_owned())
    }

    /// A value at `depth`, named by the key at `key` (none in an array).
    fn value(&mut self, key: Option<Range<usize>>, depth: usize) -> Short<Item> {
        if depth > MAX_DEPTH {
            return Err(GiveUp);
        }
        let event = self.next().ok_or(GiveUp)?;
        match event.kind() {
            EventKind::Scalar => self.scalar(event, key),
            EventKind::ArrayOpen => {
                let mut items = Vec::new();
                loop {
                    if self.peek() == Some(EventKind::ArrayClose) {
                        self.next();
                        break;
                    }
                    items.push(self.value(None, depth + 1)?);
                    match self.next().map(|e| e.kind()) {
                        Some(EventKind::ValueSep) => {}
                        Some(EventKind::ArrayClose) => break,
                        _ => return Err(GiveUp),
                    }
                }
                Ok(Item::Array(items))
            }
            EventKind::InlineTableOpen => {
                let mut table = Table {
                    entries: Vec::new(),
                    dotted: false,
                    inline: true,
                };
                loop {
                    let event = self.next().ok_or(GiveUp)?;
                    match event.kind() {
                        EventKind::InlineTableClose => break,
                        EventKind::SimpleKey => self.key_value(&mut table, event, depth)?,
                        _ => return Err(GiveUp),
                    }
                    match self.next().map(|e| e.kind()) {
                        Some(EventKind::ValueSep) => {}
                        Some(EventKind::InlineTableClose) => break,
                        _ => return Err(GiveUp),
                    }
                }
                Ok(Item::Table(table))
            }
            _ => Err(GiveUp),
        }
    }

    /// A string, number, boolean or date, as the conversion of toml's tree
    /// writes it.
    fn scalar(&self, event: Event, key: Option<Range<usize>>) -> Short<Item> {
        let raw = self.source.get(event).ok_or(GiveUp)?;
        if let Some(text) = verbatim(raw.as_str(), event.encoding(), false) {
            return Ok(Item::Plain(Value::String(text.to_string())));
        }
        let (text, kind) = decoded(|text, errors| raw.decode_scalar(text, errors))?;
        let span = event.span();
        let located = |kind| Node {
            key,
            value: span.start()..span.end(),
            kind,
        };
        Ok(match kind {
            ScalarKind::String => Item::Plain(Value::String(text.into_owned())),
            ScalarKind::Boolean(b) => Item::Plain(Value::Bool(b)),
            ScalarKind::Integer(radix) => {
                let n = integer(&text, radix.value()).ok_or(GiveUp)?;
                Item::Plain(Value::Number(n.into()))
            }
            ScalarKind::Float => Item::Typed(float_json(&text), located(TomlKind::Float)),
            ScalarKind::DateTime => {
                let dt: toml::value::Datetime = text.parse().map_err(|_| GiveUp)?;
                Item::Typed(
                    Value::String(datetime_text(&dt)),
                    located(datetime_kind(&dt)),
                )
            }
        })
    }
}

/// Not whitespace, a comment or a newline, which the walk skips.
fn significant(kind: EventKind) -> bool {
    !matches!(
        kind,
        EventKind::Whitespace | EventKind::Comment | EventKind::Newline
    )
}

/// The text one of `toml_parser`'s decoders writes, and what it returns;
/// gives up on any error it reports.
fn decoded<'i, T>(
    decode: impl FnOnce(&mut Cow<'i, str>, &mut dyn ErrorSink) -> T,
) -> Short<(Cow<'i, str>, T)> {
    let mut text = Cow::Borrowed("");
    let mut failed = false;
    let returned = decode(&mut text, &mut |_| failed = true);
    if failed {
        return Err(GiveUp);
    }
    Ok((text, returned))
}

/// The text of a string or key that needs no decoding, told by one pass
/// over its bytes: a basic string without escapes, a literal string or a
/// bare key, made only of the characters TOML allows there as they are.
/// `None` for anything else (escapes, multi-line strings, numbers, and any
/// character TOML refuses), which `toml_parser`'s decoder takes. Decoding
/// each string in the decoder cost more than the rest of the walk
/// (docs/benchmarks.md).
///
/// `raw` is the token as written, quotes included; `key`: a key, where an
/// unquoted token is a bare key.
fn verbatim(raw: &str, encoding: Option<Encoding>, key: bool) -> Option<&str> {
    match encoding {
        // basic-unescaped = wschar / %x21 / %x23-5B / %x5D-7E / non-ascii
        Some(Encoding::BasicString) => raw.strip_prefix('"')?.strip_suffix('"').filter(|text| {
            all(text, |b| {
                (b >= 0x20 && b != b'"' && b != b'\\' && b != 0x7F) | (b == b'\t')
            })
        }),
        // literal-char = %x09 / %x20-26 / %x28-7E / non-ascii
        Some(Encoding::LiteralString) => {
            raw.strip_prefix('\'')?.strip_suffix('\'').filter(|text| {
                all(text, |b| {
                    (b >= 0x20 && b != b'\'' && b != 0x7F) | (b == b'\t')
                })
            })
        }
        // unquoted-key = 1*( ALPHA / DIGIT / %x2D / %x5F )
        None if key && !raw.is_empty() => Some(raw).filter(|text| {
            all(text, |b| {
                b.is_ascii_alphanumeric() | (b == b'-') | (b == b'_')
            })
        }),
        _ => None,
    }
}

/// Whether every byte of `text` is `allowed`: folded without stopping, which
/// the compiler turns into vector code.
#[inline(always)]
fn all(text: &str, allowed: impl Fn(u8) -> bool) -> bool {
    text.bytes().fold(true, |ok, b| ok & allowed(b))
}

/// The table of a header (`[a.b]`, or `[[a.b]]` when `list`), made in
/// `root`, and its depth. Gives up on a table defined before: TOML allows
/// a few such cases (`[a]` after `[a.b]`), toml's path knows which.
fn header_table(
    root: &mut Table,
    path: Vec<String>,
    key: String,
    list: bool,
) -> Short<(&mut Table, usize)> {
    let mut table = root;
    let mut depth = 0;
    for step in path {
        depth += 1;
        table = match table.get_or_push(step, || Item::Table(Table::default()))? {
            Item::Table(t) if !t.inline => t,
            Item::Tables(tables) => {
                depth += 1;
                tables.last_mut().ok_or(GiveUp)?
            }
            _ => return Err(GiveUp),
        };
    }
    depth += 1;
    if list {
        depth += 1;
        match table.get_or_push(key, || Item::Tables(Vec::new()))? {
            Item::Tables(tables) if depth <= MAX_DEPTH => {
                tables.push(Table::default());
                tables.last_mut().map(|t| (t, depth)).ok_or(GiveUp)
            }
            _ => Err(GiveUp),
        }
    } else {
        if table.contains(&key) || depth > MAX_DEPTH {
            return Err(GiveUp);
        }
        match table.push(key, Item::Table(Table::default()))? {
            Item::Table(t) => Ok((t, depth)),
            _ => Err(GiveUp),
        }
    }
}

/// Where a value is: its parent's path and its own step, on the stack.
struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    step: Step<'a>,
}

impl Path<'_> {
    /// The JSON pointer of this path.
    fn pointer(&self) -> String {
        let mut steps = Vec::new();
        let mut at = Some(self);
        while let Some(path) = at {
            steps.push(path.step);
            at = path.parent;
        }
        super::pointer_of(steps.iter().rev())
    }
}

/// A table's JSON, its keys in order (as toml's tree gives them), and its
/// located values added to `typed` in that order.
fn table_json(table: Table, path: Option<&Path<'_>>, typed: &mut Vec<(String, Node)>) -> Value {
    let mut entries = table.entries;
    // Keys are unique in a table.
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut members = Vec::with_capacity(entries.len());
    for (key, item) in entries {
        let here = Path {
            parent: path,
            step: Step::Key(&key),
        };
        let json = item_json(item, &here, typed);
        members.push((key, json));
    }
    Value::Object(Map::from_iter(members))
}

/// An array's JSON, each item at its index under `path`.
fn array_json(
    items: impl Iterator<Item = Item>,
    path: &Path<'_>,
    typed: &mut Vec<(String, Node)>,
) -> Value {
    Value::Array(
        items
            .enumerate()
            .map(|(i, item)| {
                let here = Path {
                    parent: Some(path),
                    step: Step::Index(i),
                };
                item_json(item, &here, typed)
            })
            .collect(),
    )
}

fn item_json(item: Item, path: &Path<'_>, typed: &mut Vec<(String, Node)>) -> Value {
    match item {
        Item::Plain(value) => value,
        Item::Typed(value, node) => {
            typed.push((path.pointer(), node));
            value
        }
        Item::Table(table) => table_json(table, Some(path), typed),
        Item::Tables(tables) => array_json(tables.into_iter().map(Item::Table), path, typed),
        Item::Array(items) => array_json(items.into_iter(), path, typed),
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use proptest::prelude::*;
    use toml_parser::Raw;
    use toml_parser::Span;
    use toml_parser::decoder::Encoding;

    use super::verbatim;

    /// What `toml_parser` decodes `raw` to, `None` when it reports an error.
    fn decoded(raw: &str, encoding: Option<Encoding>, key: bool) -> Option<String> {
        let raw = Raw::new_unchecked(raw, encoding, Span::new_unchecked(0, raw.len()));
        let mut out = Cow::Borrowed("");
        let mut failed = false;
        if key {
            raw.decode_key(&mut out, &mut |_| failed = true);
        } else {
            let _ = raw.decode_scalar(&mut out, &mut |_| failed = true);
        }
        (!failed).then(|| out.into_owned())
    }

    /// `text` written as a basic string, a literal string and a bare key.
    fn forms(text: &str) -> [(String, Option<Encoding>); 3] {
        [
            (format!("\"{text}\""), Some(Encoding::BasicString)),
            (format!("'{text}'"), Some(Encoding::LiteralString)),
            (text.to_string(), None),
        ]
    }

    /// Taken as written exactly when the decoder accepts it and gives back
    /// the text between the quotes.
    fn agrees(text: &str) {
        for (raw, encoding) in forms(text) {
            for key in [true, false] {
                let short = verbatim(&raw, encoding, key);
                let reference = decoded(&raw, encoding, key);
                if encoding.is_none() && !key {
                    // An unquoted value is a number, a boolean or a date:
                    // always the decoder's.
                    assert_eq!(short, None, "{raw:?}");
                    continue;
                }
                assert_eq!(
                    short.map(str::to_string),
                    reference.filter(|d| d == text),
                    "{raw:?} ({encoding:?}, key: {key})"
                );
            }
        }
    }

    /// Every ASCII character, the edges of every UTF-8 length and of the
    /// surrogate gap, alone and between letters.
    #[test]
    fn verbatim_is_what_the_decoder_gives_for_every_character_class() {
        let mut chars: Vec<char> = (0u8..=0x7F).map(char::from).collect();
        chars.extend([
            '\u{80}',
            '\u{A0}',
            'é',
            '\u{7FF}',
            '\u{800}',
            'ع',
            '\u{D7FF}',
            '\u{E000}',
            '\u{FEFF}',
            '\u{FFFD}',
            '\u{FFFF}',
            '\u{10000}',
            '😀',
            '\u{10FFFF}',
        ]);
        for c in chars {
            agrees(&c.to_string());
            agrees(&format!("a{c}b"));
            agrees(&format!("{c}{c}"));
        }
        agrees("");
        agrees("a\\nb");
        agrees("a\\\"b");
        agrees("a\\u00e9b");
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Any text made of the characters each form treats specially.
        #[test]
        fn verbatim_is_what_the_decoder_gives_on_any_text(
            text in "[a-zA-Z0-9_ \\-\t\"'\\\\\u{0}\u{1f}\u{7f}é日😀.=#\r\n]{0,12}"
        ) {
            agrees(&text);
        }
    }
}
