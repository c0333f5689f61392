//! The invariants of ARCHITECTURE.md that a test can hold: modules use only
//! the modules below them in the pipeline, and no source file grows past
//! 500 lines (tests aside).

use std::path::{Path, PathBuf};

/// The top-level modules of `src/`, lowest first. A module may use only
/// modules listed before it: data flows one way, and there is no circle.
/// ARCHITECTURE.md says what each one owns.
const LAYERS: &[&str] = &[
    "codes",
    "source",
    "error",
    "suggest",
    "fold",
    "xml",
    "time",
    "diagnostic",
    "load",
    "model",
    "schema",
    "platforms",
    "replies",
    "desk",
    "rules",
    "lint",
    "pipeline",
    "render",
    "diff",
    "write",
    "base",
    "translation",
    "config",
    "report",
    "cli",
    "commands",
    "lib",
    "main",
];

fn sources() -> Vec<PathBuf> {
    let src = crate::support::root().join("src");
    crate::support::files_under(&src)
        .into_iter()
        .filter(|f| f.ends_with(".rs"))
        .map(|f| src.join(f))
        .collect()
}

/// `src/rules/calendar.rs` -> `rules`; `src/lib.rs` -> `lib`.
fn module_of(path: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let relative = path.strip_prefix(&root).expect("a file of src/");
    let first = relative
        .components()
        .next()
        .expect("a path inside src/")
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    first.strip_suffix(".rs").unwrap_or(&first).to_string()
}

/// The code of a file without its `#[cfg(test)]` module, which sits at the
/// end of a file by the house style.
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |at| &text[..at])
}

/// Every top-level module a file names through `crate::` (or, in the
/// binary, `commstrat::`), with the line it is named on.
fn uses(text: &str, prefix: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        for (at, _) in code.match_indices(prefix) {
            let name: String = code[at + prefix.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push((number + 1, name));
            }
        }
        // `use crate::{a, b::c}`: each name in the braces.
        if let Some(rest) = code.trim_start().strip_prefix(&format!("use {prefix}{{")) {
            for part in rest.split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push((number + 1, name));
                }
            }
        }
    }
    out
}

#[test]
fn every_module_is_placed_in_the_layers() {
    for path in sources() {
        let module = module_of(&path);
        assert!(
            LAYERS.contains(&module.as_str()),
            "{}: module `{module}` is not in LAYERS (tests/architecture.rs) nor in ARCHITECTURE.md",
            path.display()
        );
    }
}

#[test]
fn modules_use_only_the_modules_below_them() {
    let rank = |name: &str| LAYERS.iter().position(|l| *l == name);
    let mut wrong = Vec::new();
    for path in sources() {
        let module = module_of(&path);
        let Some(own) = rank(&module) else {
            continue; // reported by the test above
        };
        let text = std::fs::read_to_string(&path).expect("a source file is UTF-8");
        let prefix = if module == "main" {
            "commstrat::"
        } else {
            "crate::"
        };
        for (line, used) in uses(without_tests(&text), prefix) {
            match rank(&used) {
                Some(theirs) if theirs < own || used == module => {}
                Some(_) => wrong.push(format!(
                    "{}:{line}: `{module}` uses `{used}`, which sits above it",
                    path.display()
                )),
                // Items of the crate root (`crate::STARTER`) belong to `lib`.
                None if module == "lib" || rank("lib").is_some_and(|lib| lib < own) => {}
                None => wrong.push(format!(
                    "{}:{line}: `{module}` uses `crate::{used}`, an item of the crate root",
                    path.display()
                )),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the pipeline:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_source_file_is_longer_than_500_lines() {
    let long: Vec<String> = sources()
        .iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(path).expect("a source file is UTF-8");
            let lines = without_tests(&text).lines().count();
            (lines > 500).then(|| format!("{} ({lines} lines)", path.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these by job:\n{}", long.join("\n"));
}

#[test]
fn the_layers_see_their_own_test() {
    // The checker itself: a use of a higher module is found, a lower one is not.
    let text = "use crate::rules::Context;\nuse crate::{codes, report::Format};\nlet x = crate::time::zone(\"UTC\"); // crate::cli in a comment\n";
    let found: Vec<String> = uses(text, "crate::").into_iter().map(|(_, n)| n).collect();
    assert_eq!(found, ["rules", "codes", "report", "time"]);
    assert_eq!(
        without_tests("fn a() {}\n#[cfg(test)]\nmod tests {}"),
        "fn a() {}\n"
    );
}

/// The parsers of the format's values, which only the model may call: it
/// parses each value once (`model::scalars::Parsed`), and rules and
/// renderers read the typed value.
const VALUE_PARSERS: &[&str] = &[
    "parse_duration",
    "parse_time",
    "parse_start_time",
    "parse_weekdays",
    "parse_nth_weekday",
    "time::zone(",
    "Version::parse",
    "civil::Date>()",
];

#[test]
fn rules_and_renderers_read_typed_values() {
    let mut found = Vec::new();
    for path in sources() {
        let module = module_of(&path);
        if !["rules", "render", "replies", "pipeline"].contains(&module.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a source file is UTF-8");
        for (n, line) in without_tests(&text).lines().enumerate() {
            if let Some(parser) = VALUE_PARSERS.iter().find(|p| line.contains(*p)) {
                found.push(format!("{}:{}: {parser}", path.display(), n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "read the model's typed value (`.get()`) instead of parsing its text again:\n{}",
        found.join("\n")
    );
}
