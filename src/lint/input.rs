//! Drafts as files hold them: a plain text file is one draft; a Markdown
//! file is one draft whose YAML front matter may name its network and
//! surface; a CSV file is one draft per row, its message in one column
//! (Sprout Social's `message_text`, `message`, or the one `--column`
//! names) and its network and surface in columns of those names when the
//! file has them. Each draft keeps where its text sits in the file, so a
//! finding has the file's line and column and a fix rewrites only it.

use std::ops::Range;

use yaml_rust2::parser::{Event, Parser};

use crate::error::{Error, Result};
use crate::source::Source;

/// How a file holds its drafts, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Csv,
}

impl Format {
    /// `.csv` is CSV, `.md` and `.markdown` Markdown, anything else text.
    pub fn of(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".csv") {
            Format::Csv
        } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Text
        }
    }
}

/// A value the file gives, with its place.
#[derive(Debug, Clone)]
pub struct Named {
    pub value: String,
    pub span: Range<usize>,
}

/// One draft: its text, where the text sits in the file, and the network
/// and surface the file names for it.
#[derive(Debug, Clone)]
pub struct Draft {
    pub text: String,
    /// The bytes of the file the text comes from: a CSV cell with its
    /// quotes, or the trimmed body of a text or Markdown file.
    pub raw: Range<usize>,
    /// A CSV cell, which may need quotes when a fix changes it.
    pub cell: bool,
    /// A CSV cell in quotes: each `"` of the text is `""` in the file.
    pub quoted: bool,
    /// In a quoted cell, the byte offsets of the text's quotes, to place a
    /// finding without counting them again each time.
    pub quotes: Vec<usize>,
    pub network: Option<Named>,
    pub surface: Option<Named>,
}

impl Draft {
    /// The file's byte offset of the text's byte offset `at`.
    pub fn offset(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        if self.quoted {
            // After the opening quote, each quote before `at` is two bytes.
            let quotes = self.quotes.partition_point(|&q| q < at);
            self.raw.start + 1 + at + quotes
        } else {
            self.raw.start + at
        }
    }

    /// The file's bytes of the text's bytes `range`.
    pub fn span(&self, range: Range<usize>) -> Range<usize> {
        self.offset(range.start)..self.offset(range.end)
    }

    /// The text as the file must hold it in place of `raw`: a CSV cell
    /// in quotes when it was, or when it now holds a comma, a quote or a
    /// line break.
    pub fn encode(&self, text: &str) -> String {
        if self.cell && (self.quoted || text.contains([',', '"', '\n', '\r'])) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_string()
        }
    }
}

/// The drafts of `source`, read as `format`; `column` names a CSV's message
/// column. A file that cannot be read as its format is an error naming the
/// line and what to do.
pub fn drafts(source: &Source, format: Format, column: Option<&str>) -> Result<Vec<Draft>> {
    match format {
        Format::Text => Ok(body(source, 0, None, None).into_iter().collect()),
        Format::Markdown => markdown(source),
        Format::Csv => csv(source, column),
    }
}

/// The text from `start` on, without the blank lines and spaces around
/// it; none when only white space is left.
fn body(
    source: &Source,
    start: usize,
    network: Option<Named>,
    surface: Option<Named>,
) -> Option<Draft> {
    let rest = &source.text[start..];
    let trimmed = rest.trim();
    if trimmed.is_empty() {
        return None;
    }
    let from = start + (rest.len() - rest.trim_start().len());
    Some(Draft {
        text: trimmed.to_string(),
        raw: from..from + trimmed.len(),
        quoted: false,
        quotes: Vec::new(),
        cell: false,
        network,
        surface,
    })
}

/// The most YAML events a front matter may take: far more than a few keys
/// need, and a bound on what a hostile one costs.
const MAX_FRONT_MATTER_EVENTS: usize = 10_000;

/// A Markdown draft: its body, and `network` and `surface` from a YAML
/// front matter (`---` lines around it at the top) when it has one. Other
/// keys of the front matter belong to other tools and are left alone.
fn markdown(source: &Source) -> Result<Vec<Draft>> {
    let text = &source.text;
    let Some((front, body_start)) = front_matter(text) else {
        return Ok(body(source, 0, None, None).into_iter().collect());
    };
    let wrong = |line: usize, message: String| Error::Draft {
        file: source.path.clone(),
        line: Some(line),
        message,
    };
    let mut parser = Parser::new_from_str(&text[front.clone()]);
    let (mut depth, mut key, mut network, mut surface) = (0usize, None::<String>, None, None);
    let first_line = source.position(front.start).line;
    for _ in 0..MAX_FRONT_MATTER_EVENTS {
        let (event, mark) = parser.next_token().map_err(|e| {
            wrong(
                first_line + e.marker().line().saturating_sub(1),
                format!(
                    "the front matter is not YAML ({}): fix it, or remove the lines between the `---`",
                    e.info()
                ),
            )
        })?;
        match event {
            Event::StreamEnd => {
                return Ok(body(source, body_start, network, surface)
                    .into_iter()
                    .collect());
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                depth += 1;
                key = None;
            }
            Event::MappingEnd | Event::SequenceEnd => depth = depth.saturating_sub(1),
            // An alias stands for a value: it takes its key's turn.
            Event::Alias(_) if depth == 1 => {
                key = match key.take() {
                    // A key: its value comes next, and it is no key of ours.
                    None => Some(String::new()),
                    // A value: the key had its turn.
                    Some(_) => None,
                };
            }
            Event::Scalar(value, ..) if depth == 1 => match key.take() {
                None => key = Some(value),
                Some(k) => {
                    let at = located(text, front.start, mark.line(), mark.col());
                    let span = value_span(text, at, &value);
                    let named = Some(Named { value, span });
                    match k.as_str() {
                        "network" => network = named,
                        "surface" => surface = named,
                        _ => {}
                    }
                }
            },
            _ => {}
        }
    }
    Err(wrong(
        first_line,
        format!(
            "the front matter is longer than {MAX_FRONT_MATTER_EVENTS} YAML items: keep it to a few keys"
        ),
    ))
}

/// The front matter's bytes and where the body starts, when `text` opens
/// with a `---` line closed by a `---` or `...` line.
fn front_matter(text: &str) -> Option<(Range<usize>, usize)> {
    let text_start = text.strip_prefix('\u{feff}').map_or(0, |_| 3);
    let mut lines = text[text_start..].split_inclusive('\n');
    let opening = lines.next()?;
    if opening.trim_end() != "---" {
        return None;
    }
    let start = text_start + opening.len();
    let mut at = start;
    for line in lines {
        if matches!(line.trim_end(), "---" | "...") {
            return Some((start..at, at + line.len()));
        }
        at += line.len();
    }
    None
}

/// The byte offset of YAML's `line` (1-based) and `col` (0-based, in
/// characters) in a front matter that starts at `start`.
fn located(text: &str, start: usize, line: usize, col: usize) -> usize {
    let mut at = start;
    for l in text[start..]
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
    {
        at += l.len();
    }
    let rest = &text[at..];
    at + rest.char_indices().nth(col).map_or(rest.len(), |(i, _)| i)
}

/// The span of a scalar `value` that YAML places at `at`: the value itself
/// when it is there as written (past an opening quote), else the place.
fn value_span(text: &str, at: usize, value: &str) -> Range<usize> {
    let rest = &text[at..];
    let skip = usize::from(rest.starts_with(['"', '\'']));
    if rest[skip..].starts_with(value) {
        at + skip..at + skip + value.len()
    } else {
        at..at
    }
}

/// Sprout Social's message column, then the generic one.
const MESSAGE_COLUMNS: [&str; 2] = ["message_text", "message"];

/// One field of a CSV record: its text, and its bytes in the file.
struct Field {
    text: String,
    raw: Range<usize>,
}

/// The drafts of a CSV file with a header row: one per row with a message.
fn csv(source: &Source, column: Option<&str>) -> Result<Vec<Draft>> {
    let records = records(source)?;
    let Some((header, rows)) = records.split_first() else {
        return Ok(Vec::new());
    };
    let names: Vec<&str> = header.iter().map(|f| f.text.trim()).collect();
    let find = |name: &str| names.iter().position(|n| n.eq_ignore_ascii_case(name));
    let message = match column {
        Some(name) => find(name),
        None => MESSAGE_COLUMNS.iter().find_map(|n| find(n)),
    };
    let Some(message) = message else {
        let wanted = column.map_or_else(
            || "`message_text` or `message` column".to_string(),
            |c| format!("column `{c}`"),
        );
        return Err(Error::Draft {
            file: source.path.clone(),
            line: Some(1),
            message: format!(
                "the header row has no {wanted} (its columns: {}): name the message column with --column",
                names.join(", ")
            ),
        });
    };
    let (network, surface) = (find("network"), find("surface"));
    let named = |row: &[Field], at: Option<usize>| {
        let f = row.get(at?)?;
        let value = f.text.trim();
        (!value.is_empty()).then(|| Named {
            value: value.to_string(),
            span: cell_span(source, f),
        })
    };
    Ok(rows
        .iter()
        .filter_map(|row| {
            let f = row.get(message)?;
            if f.text.trim().is_empty() {
                return None;
            }
            let quoted = source.text[f.raw.clone()].starts_with('"');
            Some(Draft {
                text: f.text.clone(),
                raw: f.raw.clone(),
                cell: true,
                quoted,
                quotes: if quoted {
                    f.text.match_indices('"').map(|(i, _)| i).collect()
                } else {
                    Vec::new()
                },
                network: named(row, network),
                surface: named(row, surface),
            })
        })
        .collect())
}

/// A cell's text in the file, inside its quotes.
fn cell_span(source: &Source, f: &Field) -> Range<usize> {
    let raw = &source.text[f.raw.clone()];
    if raw.len() >= 2 && raw.starts_with('"') && raw.ends_with('"') {
        f.raw.start + 1..f.raw.end - 1
    } else {
        f.raw.clone()
    }
}

/// Every record of a CSV text, each field with its bytes in the file, as
/// csv-core reads them (RFC 4180: quotes, doubled quotes, CRLF or LF).
fn records(source: &Source) -> Result<Vec<Vec<Field>>> {
    let text = &source.text;
    let bytes = text.as_bytes();
    let mut reader = csv_core::Reader::new();
    let mut out = vec![0u8; bytes.len() + 1];
    let (mut records, mut record) = (Vec::new(), Vec::new());
    let mut at = text.strip_prefix('\u{feff}').map_or(0, |_| 3);
    let mut field_start = at;
    // What the field being read has written so far: a field that meets the
    // end of the input is written over two calls.
    let mut so_far = 0;
    // Each call reads at least one byte or ends a field or the file; the
    // bound is a guard, never reached by a well-behaved reader.
    for _ in 0..=2 * bytes.len() + 2 {
        let (result, read, written) = reader.read_field(&bytes[at..], &mut out[so_far..]);
        at += read;
        so_far += written;
        match result {
            csv_core::ReadFieldResult::InputEmpty => {}
            csv_core::ReadFieldResult::OutputFull => {
                return Err(Error::Internal {
                    message: format!("{}: a CSV field is longer than its file", source.path),
                });
            }
            csv_core::ReadFieldResult::Field { record_end } => {
                let raw = trim_terminators(bytes, field_start..at, record.is_empty());
                unclosed(source, &raw)?;
                field_start = at;
                let field = String::from_utf8_lossy(&out[..so_far]).into_owned();
                so_far = 0;
                record.push(Field { text: field, raw });
                if record_end {
                    records.push(std::mem::take(&mut record));
                }
            }
            csv_core::ReadFieldResult::End => return Ok(records),
        }
    }
    Err(Error::Internal {
        message: format!("{}: the CSV reader did not finish", source.path),
    })
}

/// A field that opens a quote must close it: csv-core reads an unclosed
/// quote to the end of the file, which would hide every row after it.
fn unclosed(source: &Source, raw: &Range<usize>) -> Result<()> {
    let text = &source.text[raw.clone()];
    if text.starts_with('"') && (text.len() < 2 || !text.ends_with('"')) {
        return Err(Error::Draft {
            file: source.path.clone(),
            line: Some(source.position(raw.start).line),
            message: "a quoted cell is never closed: end it with `\"` (and write a quote inside a cell as `\"\"`)".into(),
        });
    }
    Ok(())
}

/// A field's bytes without the comma or line break that ends it, nor the
/// line break before it that ended the previous record.
fn trim_terminators(bytes: &[u8], mut raw: Range<usize>, first: bool) -> Range<usize> {
    while first && raw.start < raw.end && matches!(bytes[raw.start], b'\r' | b'\n') {
        raw.start += 1;
    }
    if raw.start < raw.end && bytes[raw.end - 1] == b',' {
        raw.end -= 1;
    } else {
        while raw.start < raw.end && matches!(bytes[raw.end - 1], b'\r' | b'\n') {
            raw.end -= 1;
        }
    }
    raw
}
