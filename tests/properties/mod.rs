//! Property tests: invariants that must hold for every input, not only for the
//! fixtures. Inputs are generated with proptest; failures are not persisted
//! to files (`failure_persistence: None`), so a failure prints its minimal
//! input and nothing is left in the tree.
//!
//! 1. `spans`: every finding of `check_bytes` has a span inside the file's
//!    text, on character boundaries, for any bytes and for mutated examples.
//! 2. `rendering`: rendering (guide, book, calendar in every format) is
//!    deterministic.
//! 3. `ics`: ICS output is folded at 75 octets with CRLF, unfolds to property
//!    lines, and SUMMARY / DESCRIPTION unescape to the title / brief.
//! 4. `window`: every calendar occurrence lies in the window and outside the
//!    blackouts of its network, and is exactly the expected set of slots.
//! 5. `disguise`: an avoided phrase is found in a reply however its letters,
//!    spaces and apostrophes are disguised.
//! 6. `counting`: each platform's way of counting agrees with an independent
//!    count (UAX #29 graphemes, UTF-8 bytes, UTF-16 units, characters).
//!
//! `calendar_cases` generates the calendars of 3 and 4; `oracles` shows that
//! each property's check rejects a known-bad output; `regressions` keeps the
//! minimal cases of bugs the properties found. This file holds what they
//! share: the examples, the proptest configuration, text generators.

mod calendar_cases;
mod counting;
mod disguise;
mod ics;
mod oracles;
mod regressions;
mod rendering;
mod spans;
mod window;

use std::sync::OnceLock;

use commstrat::diagnostic::{FileReport, Severity};
use commstrat::model::Strategy as Model;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use toml::Table;

use crate::support::root;

/// The example strategies every generated input starts from.
const EXAMPLES: [&str; 3] = ["northwind-outdoor", "boulangerie-lumiere", "souq-alnakhil"];

fn examples() -> &'static [String] {
    static TEXTS: OnceLock<Vec<String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        EXAMPLES
            .iter()
            .map(|name| {
                std::fs::read_to_string(root().join(format!("strategies/{name}.toml")))
                    .expect("the example is readable")
            })
            .collect()
    })
}

fn example_table(i: usize) -> Table {
    examples()[i].parse().expect("the example is TOML")
}

/// Few cases (the whole module stays under 30 s in a debug build) unless
/// `PROPTEST_CASES` asks for more, and no failure files written next to the
/// tests.
fn config(cases: u32) -> ProptestConfig {
    let default = ProptestConfig::default();
    ProptestConfig {
        cases: if std::env::var_os("PROPTEST_CASES").is_some() {
            default.cases
        } else {
            cases
        },
        failure_persistence: None,
        ..default
    }
}

fn errors(report: &FileReport) -> Vec<String> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} {}: {}", d.rule.code, d.rule.name, d.message))
        .collect()
}

/// The model of `text` when it has no error.
fn valid(text: &str) -> Result<Model, Vec<String>> {
    let (report, strategy) = commstrat::validate("s.toml", text.as_bytes().to_vec());
    let errors = errors(&report);
    match strategy {
        Some(strategy) if errors.is_empty() => Ok(strategy),
        _ => Err(errors),
    }
}

fn stamp() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_767_225_600).expect("2026-01-01T00:00:00Z")
}

/// The `Index` of the first element (proptest has no constructor for it:
/// shrink a generated one all the way down).
fn index_zero() -> Index {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut tree = any::<Index>()
        .new_tree(&mut TestRunner::deterministic())
        .expect("an index");
    while tree.simplify() {}
    let index = tree.current();
    assert_eq!(index.index(1000), 0);
    index
}

// ------------------------------------------------------------ text generators

/// Text that is hard on escaping and folding: separators, backslashes, line
/// breaks, control characters, emoji (4 octets), combining marks, right to
/// left text, and any other character.
fn nasty_text(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => any::<char>().prop_map(String::from),
        3 => select(vec![
            ",", ";", "\\", ":", "\"", "\n", "\r", "\r\n", "\t", "\\n", "\\,", "\\;", "😀",
            "👩‍👩‍👧", "e\u{301}", "\u{301}", "\u{20dd}", "é", "ß", "İ", "中文", "ع", "\u{200f}",
            "\u{0}", "\u{1b}", "\u{7f}", "\u{85}", "\u{2028}", "\u{feff}", "&", "<", "*", "|",
        ])
        .prop_map(String::from),
        2 => "[a-zA-Z0-9 ]{1,12}",
    ];
    vec(piece, 0..max).prop_map(|pieces| pieces.concat())
}

/// What a reply template may hold: any character but braces (a brace could
/// open a tag and turn the text into a template error), and sometimes a
/// placeholder.
fn reply_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => any::<char>()
            .prop_filter("no braces", |c| !matches!(c, '{' | '}'))
            .prop_map(String::from),
        1 => select(vec!["{{ follower }}", "{{ agent }}", "{{ brand }}", "\n", "😀", "e\u{301}"])
            .prop_map(String::from),
        2 => "[a-zA-Z ]{1,10}",
    ];
    vec(piece, 1..16).prop_map(|pieces| pieces.concat())
}
