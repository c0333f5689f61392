//! Property 1: every finding has a span inside the file, on character
//! boundaries, for random bytes, token soups and mutated examples.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use toml::Value;

use commstrat::diagnostic::FileReport;
use commstrat::report::HumanOptions;

use super::{EXAMPLES, config, example_table, examples, nasty_text};

/// A change to a file's bytes. Indexes scale to the file's current size.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    /// Replace what follows ` = ` on a line by raw TOML text.
    ReplaceValue(Index, String),
    /// Cut the file at a byte (possibly inside a character).
    Truncate(Index),
    /// Insert text at a byte (possibly inside a character).
    Insert(Index, String),
    FlipByte(Index, u8),
    /// Every line ending becomes CRLF.
    Crlf,
    /// A byte-order mark before the first line.
    Bom,
}

/// Raw TOML for a value, often of the wrong type for the key it replaces.
fn raw_value() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => select(vec![
            "42", "-7", "0", "99999999999999999999", "3.14", "inf", "nan", "true", "false",
            "2026-02-30", "2026-01-01", "2026-01-01T10:00:00", "2026-01-01T10:00:00Z", "10:00:00",
            "[]", "{}", "[1, \"a\"]", "{ a = 1 }", "\"\"", "'literal'", "\"\"\"multi\nline\"\"\"",
            "\"24:00\"", "\"25:61\"", "\"1h\"", "\"0m\"", "\"9999999999d\"", "\"mon-sun\"",
            "\"1st-mon\"", "\"Mars/Olympus\"", "\"x\"", "\"nope\"", "\"1.0\"", "\"<= 1h\"",
            "\"{{ follower }}\"", "\"{{ unknown_var }}\"", "\"{% if %}\"", "\"kindly\"",
            "\"\\u0130\\u0130 KINDLY {{ nope }}\"", "\"\\\"quoted\\\" {{ agent }} rest assured\"",
            "[\"mon\", \"mon\"]", "[[1]]", "\"unterminated", "[1,", "{ a = ",
        ])
        .prop_map(String::from),
        2 => nasty_text(12).prop_map(|s| Value::String(s).to_string()),
        1 => nasty_text(8).prop_map(|s| format!("\"{s}\"")),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<Index>().prop_map(Mutation::DeleteLine),
        any::<Index>().prop_map(Mutation::DuplicateLine),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<Index>(), raw_value()).prop_map(|(i, v)| Mutation::ReplaceValue(i, v)),
        any::<Index>().prop_map(Mutation::Truncate),
        (any::<Index>(), nasty_text(4)).prop_map(|(i, t)| Mutation::Insert(i, t)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::FlipByte(i, b)),
        Just(Mutation::Crlf),
        Just(Mutation::Bom),
    ]
}

fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|b| *b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let mut ls = lines(bytes);
    match mutation {
        Mutation::DeleteLine(i) if !ls.is_empty() => {
            ls.remove(i.index(ls.len()));
        }
        Mutation::DuplicateLine(i) if !ls.is_empty() => {
            let at = i.index(ls.len());
            let line = ls[at].clone();
            ls.insert(at, line);
        }
        Mutation::SwapLines(a, b) if !ls.is_empty() => {
            let (a, b) = (a.index(ls.len()), b.index(ls.len()));
            ls.swap(a, b);
        }
        Mutation::ReplaceValue(i, value) => {
            let with_value: Vec<usize> = (0..ls.len())
                .filter(|&l| ls[l].windows(3).any(|w| w == b" = "))
                .collect();
            if with_value.is_empty() {
                return;
            }
            let l = with_value[i.index(with_value.len())];
            let line = &ls[l];
            let eq = line.windows(3).position(|w| w == b" = ").unwrap_or(0) + 3;
            let mut new = line[..eq].to_vec();
            new.extend_from_slice(value.as_bytes());
            if line.ends_with(b"\n") {
                new.push(b'\n');
            }
            ls[l] = new;
        }
        Mutation::Truncate(i) => {
            bytes.truncate(i.index(bytes.len() + 1));
            return;
        }
        Mutation::Insert(i, text) => {
            let at = i.index(bytes.len() + 1);
            bytes.splice(at..at, text.bytes());
            return;
        }
        Mutation::FlipByte(i, b) if !bytes.is_empty() => {
            let at = i.index(bytes.len());
            bytes[at] = *b;
            return;
        }
        Mutation::Crlf => {
            for line in &mut ls {
                if line.ends_with(b"\n") && !line.ends_with(b"\r\n") {
                    line.insert(line.len() - 1, b'\r');
                }
            }
        }
        Mutation::Bom => {
            bytes.splice(0..0, "\u{feff}".bytes());
            return;
        }
        _ => return,
    }
    *bytes = ls.concat();
}

/// A path to a value inside a TOML document.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    At(usize),
}

fn paths(value: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match value {
        Value::Table(t) => {
            for (k, v) in t {
                here.push(Step::Key(k.clone()));
                out.push(here.clone());
                paths(v, here, out);
                here.pop();
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                here.push(Step::At(i));
                out.push(here.clone());
                paths(v, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn slot<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, step| match (v, step) {
        (Value::Table(t), Step::Key(k)) => t.get_mut(k),
        (Value::Array(a), Step::At(i)) => a.get_mut(*i),
        _ => None,
    })
}

/// A TOML value of any type, often the wrong one for where it lands.
fn any_value() -> impl Strategy<Value = Value> {
    let date = |s: &str| Value::Datetime(s.parse().expect("a TOML date-time"));
    let leaf = prop_oneof![
        any::<i64>().prop_map(Value::Integer),
        select(vec![0i64, 1, -1, 2, 5, 24, 31, 32, 1000]).prop_map(Value::Integer),
        select(vec![0.5f64, -1.0, 1e300, f64::INFINITY]).prop_map(Value::Float),
        any::<bool>().prop_map(Value::Boolean),
        select(vec![
            date("2026-02-28"),
            date("1970-01-01"),
            date("9999-12-31"),
            date("2026-01-01T10:00:00"),
            date("2026-01-01T10:00:00Z"),
            date("10:00:00"),
        ]),
        select(vec![
            "09:00",
            "24:00",
            "25:00",
            "1h",
            "0m",
            "mon",
            "mon-fri",
            "1st-mon",
            "last-fri",
            "Europe/Paris",
            "Mars/Olympus",
            "x",
            "instagram",
            "nope",
            "1.0.0",
            "<= 1h",
            "day",
            "week",
            "public",
            "{{ follower }}",
            "{{ nope }}",
            "{% for %}",
            "KINDLY İ",
        ])
        .prop_map(|s| Value::String(s.to_string())),
        nasty_text(16).prop_map(Value::String),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..3).prop_map(Value::Array),
            vec(("[a-z_]{1,8}", inner), 0..3).prop_map(|kv| Value::Table(kv.into_iter().collect())),
        ]
    })
}

/// An example with values replaced at random places, re-serialized.
fn replace_values(example: usize, changes: &[(Index, Value)]) -> Vec<u8> {
    let mut doc = Value::Table(example_table(example));
    for (at, new) in changes {
        let mut all = Vec::new();
        paths(&doc, &mut Vec::new(), &mut all);
        if all.is_empty() {
            break;
        }
        if let Some(target) = slot(&mut doc, &all[at.index(all.len())]) {
            *target = new.clone();
        }
    }
    toml::to_string(&doc)
        .unwrap_or_else(|_| examples()[example].clone())
        .into_bytes()
}

/// A change that keeps a value's type, so the file still passes the schema
/// and the semantic rules (which locate findings inside values) get to run.
#[derive(Debug, Clone)]
struct SemanticChange {
    /// Change a template (reply, sign-off, statement) rather than any value.
    template: bool,
    at: Index,
    /// How to change it.
    mode: Index,
    /// Which replacement, element or key.
    what: Index,
    text: String,
}

/// Keys whose values are templates or texts checked for avoided phrases.
const TEMPLATE_KEYS: [&str; 5] = [
    "text",
    "sign_off",
    "holding_statement",
    "out_of_hours_reply",
    "statement",
];

/// Strings that mean something to a rule: ids, times, durations, zones,
/// templates, avoided phrases (in other cases, and next to characters whose
/// lower case is longer), limits.
const MEANINGFUL: [&str; 34] = [
    "nope",
    "x",
    "instagram",
    "Bad Id",
    "25:00",
    "24:00",
    "00:00",
    "9:00",
    "0m",
    "99999999999d",
    "1h30m",
    "funday",
    "sun-mon",
    "Mars/Olympus",
    "Europe/Paris",
    "{{ follower }} {{ nope }}",
    "{% if x %}",
    "{{ agent | upper }} {{ brand.x }}",
    "{{",
    "{{ brand }}{{ availability }}",
    "KINDLY",
    "İİ Rest Assured",
    "ẞ ﬁ Valued Customer",
    "CHER CLIENT",
    "N'HÉSITEZ PAS",
    "يرجى",
    "utilize {{ nope }}",
    "<= x",
    ">= 3%",
    "v2",
    "1.0",
    "2026-13-01",
    "\"quoted\" \\ {{ nope }} kindly",
    "line\nbreak {{ nope }}\r\n kindly",
];

fn semantic_change() -> impl Strategy<Value = SemanticChange> {
    (
        any::<bool>(),
        any::<Index>(),
        any::<Index>(),
        any::<Index>(),
        nasty_text(6),
    )
        .prop_map(|(template, at, mode, what, text)| SemanticChange {
            template,
            at,
            mode,
            what,
            text,
        })
}

fn change_keeping_type(value: &mut Value, change: &SemanticChange) {
    let pick = |n: usize| change.what.index(n);
    let mode = |n: usize| change.mode.index(n);
    match value {
        Value::String(s) => {
            let meaningful = MEANINGFUL[pick(MEANINGFUL.len())];
            *s = match mode(4) {
                0 => meaningful.to_string(),
                1 => format!("{}{meaningful}", change.text),
                2 => format!("{s} {meaningful}{}", change.text),
                _ => format!("{}{s}", change.text),
            };
        }
        Value::Integer(i) => *i = [0, 1, 2, 3, 6, 31, -1, 1 << 40][pick(8)],
        Value::Array(items) if !items.is_empty() => {
            let i = pick(items.len());
            match mode(3) {
                0 => {
                    let copy = items[i].clone();
                    items.push(copy);
                }
                1 => {
                    items.remove(i);
                }
                _ => items.reverse(),
            }
        }
        Value::Table(t) if !t.is_empty() => {
            let key = t.keys().nth(pick(t.len())).cloned();
            if let Some(key) = key {
                t.remove(&key);
            }
        }
        Value::Datetime(_) => {
            let dates = ["2026-01-01", "2011-12-30", "2026-03-29", "2027-06-25"];
            *value = Value::Datetime(dates[pick(dates.len())].parse().expect("a date"));
        }
        _ => {}
    }
}

/// An example with type-keeping changes, re-serialized.
fn change_values(example: usize, changes: &[SemanticChange]) -> Vec<u8> {
    let mut doc = Value::Table(example_table(example));
    for change in changes {
        let mut all = Vec::new();
        paths(&doc, &mut Vec::new(), &mut all);
        if change.template {
            all.retain(
                |p| matches!(p.last(), Some(Step::Key(k)) if TEMPLATE_KEYS.contains(&k.as_str())),
            );
        }
        if all.is_empty() {
            continue;
        }
        if let Some(target) = slot(&mut doc, &all[change.at.index(all.len())]) {
            change_keeping_type(target, change);
        }
    }
    toml::to_string(&doc)
        .unwrap_or_else(|_| examples()[example].clone())
        .into_bytes()
}

/// Tokens of TOML, for soups that get further into the parser than noise.
fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    let token = select(vec![
        "[",
        "]",
        "[[",
        "]]",
        "=",
        " = ",
        " ",
        "\n",
        "\r\n",
        "\"",
        "'",
        "\"\"\"",
        "{",
        "}",
        ",",
        ".",
        "#",
        "\\",
        "\\u",
        "id",
        "networks",
        "calendar",
        "series",
        "a",
        "é",
        "😀",
        "\u{feff}",
        "\t",
        "1",
        "0x1F",
        "+inf",
        "1e9",
        "2026-01-01",
        "2026-13-45",
        "T10:00",
        "true",
        "\u{0}",
    ]);
    vec(token, 0..80).prop_map(|t| t.concat().into_bytes())
}

fn span_input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        1 => vec(any::<u8>(), 0..400),
        1 => any::<String>().prop_map(String::into_bytes),
        1 => token_soup(),
        3 => (0..EXAMPLES.len(), vec(mutation(), 1..4)).prop_map(|(e, ms)| {
            let mut bytes = examples()[e].clone().into_bytes();
            for m in &ms {
                apply(&mut bytes, m);
            }
            bytes
        }),
        4 => (0..EXAMPLES.len(), vec(semantic_change(), 1..4)).prop_map(|(e, changes)| {
            change_values(e, &changes)
        }),
        3 => (
            0..EXAMPLES.len(),
            vec((any::<Index>(), any_value()), 1..3),
            vec(mutation(), 0..2),
        )
            .prop_map(|(e, changes, ms)| {
                let mut bytes = replace_values(e, &changes);
                for m in &ms {
                    apply(&mut bytes, m);
                }
                bytes
            }),
    ]
}

/// The span invariant for one report; `Err` names the first bad finding.
pub(super) fn spans_in_file(report: &FileReport) -> Result<(), String> {
    let text = &report.source.text;
    for d in &report.diagnostics {
        let span = &d.span;
        let inside = span.start <= span.end && span.end <= text.len();
        if !inside || !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
            return Err(format!(
                "{} {} has span {span:?} in a text of {} bytes ({}): {}",
                d.rule.code,
                d.rule.name,
                text.len(),
                if inside {
                    "not on character boundaries"
                } else {
                    "out of the text"
                },
                d.message
            ));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn every_finding_has_a_span_inside_the_file(bytes in span_input()) {
        let report = commstrat::check_bytes("p.toml", bytes);
        if let Err(problem) = spans_in_file(&report) {
            prop_assert!(false, "{}", problem);
        }
        // Every output format locates each finding from its span: none of
        // them may panic on what check found.
        let reports = std::slice::from_ref(&report);
        commstrat::report::render_json(reports);
        commstrat::report::render_human(reports, HumanOptions { color: false, quiet: false });
    }
}
