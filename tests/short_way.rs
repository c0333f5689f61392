//! The short way from TOML text to JSON (`load::direct`, toml_parser's events
//! turned into JSON without toml's document tree) against the reference
//! (toml's tree, then the conversion): on every file the short way takes, the
//! same JSON value and the same located floats and dates. The short way may
//! give up on anything; it must take the strategies the tool is made for,
//! or it saves nothing.

use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::ValueTree;

use crate::support::root;

/// Every `.toml` file under `dir`, recursively.
fn toml_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            toml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

fn agrees(text: &str) {
    assert!(
        commstrat::load::short_way_agrees(text),
        "the short way and toml's tree disagree on:\n{text}"
    );
}

/// The examples, every fixture (hostile ones included) and every fuzzing
/// seed: the same result both ways.
#[test]
fn every_file_of_the_repository_converts_the_same_both_ways() {
    let mut files = Vec::new();
    for dir in ["strategies", "tests/fixtures", "fuzz/seeds", "src"] {
        toml_files(&root().join(dir), &mut files);
    }
    assert!(files.len() > 150, "found {} files", files.len());
    for path in files {
        // Some hostile fixtures are not UTF-8 on purpose.
        if let Ok(text) = std::fs::read_to_string(&path) {
            assert!(
                commstrat::load::short_way_agrees(&text),
                "the short way and toml's tree disagree on {}",
                path.display()
            );
        }
    }
}

/// The bundled strategies, the starter file and every valid rule fixture
/// take the short way.
#[test]
fn the_short_way_takes_the_strategies() {
    let mut files = Vec::new();
    toml_files(&root().join("strategies"), &mut files);
    toml_files(&root().join("tests/fixtures/rules"), &mut files);
    files.push(root().join("src/starter.toml"));
    let mut taken = 0;
    for path in &files {
        let text = std::fs::read_to_string(path).expect("readable");
        let valid = path.parent().is_some_and(|p| p.ends_with("strategies"))
            || path.ends_with("src/starter.toml")
            || path.file_name().is_some_and(|n| n == "pass.toml");
        if valid {
            assert!(
                commstrat::load::short_way_takes(&text),
                "the short way gives up on {}",
                path.display()
            );
            taken += 1;
        }
    }
    assert!(taken > 30, "only {taken} valid files");
}

/// Documents at the edges of TOML's rules for tables and keys, and of what
/// the conversion refuses: most are errors or reopened tables the short way
/// must give up on, or agree on.
#[test]
fn the_edges_of_toml_convert_the_same_both_ways() {
    let documents = [
        // Tables defined twice, reopened, or extended the wrong way.
        "[a]\nx = 1\n[a]\ny = 2\n",
        "[a.b]\nx = 1\n[a]\ny = 2\n",
        "[a]\nb.c = 1\n[a.b]\nd = 2\n",
        "[a]\nb.c = 1\n[a.b.d]\ne = 2\n",
        "a.b = 1\n[a.c]\nd = 2\n",
        "a = {b = 1}\n[a.c]\nd = 2\n",
        "a = {b = 1}\na.c = 2\n",
        "a = [1]\n[[a]]\nb = 1\n",
        "[[a]]\nb = 1\n[a]\nc = 2\n",
        "[a]\n[[a]]\n",
        "[[a]]\n[[a]]\n[[a.b]]\nc = 1\n[a.b.d]\ne = 2\n",
        "[[a]]\nx = 1\n[a.b]\ny = 2\n[[a]]\nx = 3\n[a.b]\ny = 4\n",
        "a = 1\na = 2\n",
        "a = 1\n\"a\" = 2\n",
        "a = 1\n'a' = 2\n",
        "a.b = 1\na.b.c = 2\n",
        "a.b = 1\na.c = 2\na.d.e = 3\n",
        "x = {a.b = 1, a.c = 2}\n",
        "x = {a = {b = 1}, a.c = 2}\n",
        "x = {a = 1, a = 2}\n",
        "x = {a.b = 1, a = 2}\n",
        "x = [{a = 1}, {a = 2}]\n[x.y]\n",
        // Keys: quoted, dotted inside quotes, empty, escaped, non-ASCII.
        "\"a.b\" = 1\n'c.d' = 2\n\"\" = 3\n",
        "\"a\\u00e9\" = 1\n\"a\\\"b\" = 2\n\"tab\\there\" = 3\n",
        "\"café\" = 1\n'日本' = 2\n\"~/\" = 3\n",
        "a . b . c = 1\n",
        "[ a . \"b c\" . 'd' ]\nx = 1\n",
        "[[ a . b ]]\nx = 1\n",
        // Strings: escapes, control characters, DEL, multi-line forms.
        "a = \"tab\\tnew\\nline \\u00e9 \\U0001F600 \\\\ \\\"\"\n",
        "a = \"raw\ttab\"\n",
        "a = \"nul\u{0}\"\n",
        "a = \"del\u{7f}\"\n",
        "a = 'del\u{7f}'\n",
        "a = 'back\\slash'\n",
        "a = \"\"\"\nline one\nline two\\\n  joined\"\"\"\n",
        "a = '''\nraw\\n\nlines'''\n",
        "a = \"\\e\" \n",
        "a = \"\\x41\"\n",
        "a = \"bad \\q escape\"\n",
        // Numbers the conversion reads, and ones it refuses.
        "a = 1_000\nb = 0x_ff\nc = 0xDEAD_BEEF\nd = 0o755\ne = 0b1010\nf = -0\ng = +42\n",
        "a = 0o755\nb = 0x10\nc = 0b1010\nd = 0xdead_BEEF\n",
        "a = 9223372036854775807\nb = -9223372036854775808\n",
        "a = 9223372036854775808\n",
        "a = 1.5\nb = -0.0\nc = 1e10\nd = inf\ne = nan\nf = -inf\n",
        "a = 01\n",
        "a = true\nb = false\n",
        // Dates and times of every kind, real and not.
        "a = 2026-12-25\nb = 2026-12-25T09:30:00\nc = 2026-12-25T09:30:00Z\nd = 09:30:00\ne = 2026-12-25 09:30:00+01:00\n",
        "a = 2026-02-30\n",
        "a = 2024-02-29\nb = 0001-01-01\nc = 9999-12-31\n",
        "a = [2026-01-01, 1.5, {d = 2026-01-02}]\n[[b]]\nc = 2026-01-03\n",
        "[x]\n\"a/b\" = 2026-01-01\n\"c~d\" = 1.0\n",
        // Located values come in key order, not in the file's.
        "z = 1.5\ny = [2026-01-02, 2.5]\na = 2026-01-01\n[m]\nb = 0.5\n[c]\nd = 2026-01-03\n",
        // Arrays and inline tables across lines, trailing commas (TOML 1.1).
        "a = [\n  1,\n  2, # two\n]\n",
        "a = [[1, 2], [\"x\"], [], [[]]]\n",
        "a = {\n  b = 1,\n  c = 2,\n}\n",
        "a = {}\nb = {c = {}}\n",
        // Comments, CRLF, whitespace, a byte order mark.
        "# comment\r\na = 1 # end\r\n[b] # header\r\nc = 2\r\n",
        "a = 1 # bad \u{1} comment\n",
        "\u{feff}a = 1\n",
        "a = 1\rb = 2\n",
        // Syntax errors.
        "a = \n",
        "= 1\n",
        "[a\nb = 1\n",
        "a = [1, 2\n",
        "a = {b = 1\n",
        "a = \"unclosed\n",
        "a b = 1\n",
        "",
        "\n\n# only a comment\n",
    ];
    for document in documents {
        agrees(document);
    }
    // The short way takes what it should (plain strategies are made of
    // these): not all the work goes to toml's tree.
    for document in [
        "a = 1\n[b]\nc = \"x\"\n[[d]]\ne = [1, 2]\nf = {g = 2026-01-01}\n",
        "x = {a.b = 1, a.c = 2}\n",
        "a.b = 1\na.c = 2\n",
        "a = 0o755\nb = 0x10\nc = 0b1010\nd = 0xdead_BEEF\n",
        "[[a]]\nx = 1\n[a.b]\ny = 2\n[[a]]\nx = 3\n[a.b]\ny = 4\n",
    ] {
        assert!(
            commstrat::load::short_way_takes(document),
            "gives up on:\n{document}"
        );
    }
}

/// Nesting at the conversion's limit (32 levels) and past it, by headers,
/// dotted keys, arrays and inline tables.
#[test]
fn nesting_at_the_limit_converts_the_same_both_ways() {
    for depth in [30, 31, 32, 33, 34, 40] {
        let keys: Vec<String> = (0..depth).map(|i| format!("k{i}")).collect();
        agrees(&format!("{} = 1\n", keys.join(".")));
        agrees(&format!("[{}]\nx = 1\n", keys.join(".")));
        agrees(&format!("[[{}]]\nx = 1\n", keys.join(".")));
        agrees(&format!(
            "a = {}1{}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        ));
        agrees(&format!(
            "a = {}{}\n",
            "{b = ".repeat(depth),
            "}".repeat(depth)
        ));
    }
}

/// A document from pieces that meet TOML's rules in every way: headers and
/// `[[headers]]` over shared paths, dotted keys of up to three parts,
/// bare and quoted, repeated, inline tables and arrays nested three deep,
/// every kind of scalar, and a few values each way refuses.
fn document() -> impl Strategy<Value = String> {
    let key = proptest::collection::vec(
        select(vec![
            "a", "b", "c", "\"a\"", "'b'", "\"c.d\"", "\"\"", "\"é\"", "c\"",
        ]),
        1..=3,
    )
    .prop_map(|parts| parts.join("."));
    let scalar = prop_oneof![
        9 => select(vec![
            "1",
            "-0",
            "0x1F",
            "0o17",
            "1_000",
            "1.5",
            "-0.0",
            "nan",
            "true",
            "\"text\"",
            "\"esc\\n\"",
            "'lit'",
            "\"\"\"multi\nline\"\"\"",
            "2026-01-02",
            "2026-01-02T03:04:05Z",
            "03:04:05",
        ]),
        1 => select(vec!["99999999999999999999", "\"bad\\q\"", "2026-02-30", "01"]),
    ]
    .prop_map(str::to_string);
    let value = scalar.prop_recursive(3, 24, 3, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3)
                .prop_map(|items| format!("[{}]", items.join(", "))),
            proptest::collection::vec((key_for_values(), inner), 0..3).prop_map(|members| {
                let members: Vec<String> =
                    members.iter().map(|(k, v)| format!("{k} = {v}")).collect();
                format!("{{{}}}", members.join(", "))
            }),
        ]
    });
    let line = prop_oneof![
        4 => (key.clone(), value).prop_map(|(k, v)| format!("{k} = {v}")),
        1 => key.clone().prop_map(|k| format!("[{k}]")),
        1 => key.prop_map(|k| format!("[[{k}]]")),
        1 => select(vec!["# comment", ""]).prop_map(str::to_string),
    ];
    proptest::collection::vec(line, 0..10).prop_map(|lines| lines.join("\n") + "\n")
}

/// Keys inside inline tables: the same parts as elsewhere.
fn key_for_values() -> impl Strategy<Value = String> {
    proptest::collection::vec(select(vec!["a", "b", "\"a\"", "'c'"]), 1..=2)
        .prop_map(|parts| parts.join("."))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: if std::env::var_os("PROPTEST_CASES").is_some() { ProptestConfig::default().cases } else { 3000 },
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_document_converts_the_same_both_ways(text in document()) {
        prop_assert!(
            commstrat::load::short_way_agrees(&text),
            "the short way and toml's tree disagree on:\n{}", text
        );
    }
}

/// The generated documents are not all given up on: a good share of them
/// takes the short way, so the property above tests it.
#[test]
fn the_short_way_takes_a_fair_share_of_generated_documents() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = document();
    let mut taken = 0;
    for _ in 0..1000 {
        let text = strategy
            .new_tree(&mut runner)
            .expect("a document")
            .current();
        taken += usize::from(commstrat::load::short_way_takes(&text));
    }
    assert!(taken > 250, "only {taken} of 1000 documents taken");
}
