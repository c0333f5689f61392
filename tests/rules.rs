//! One failing and one passing fixture per rule. The failing fixture's
//! second line says where the finding must be: `# expect: NAME at LINE:COL`.

use std::path::PathBuf;

use commstrat::rules::RULES;

use crate::support::{commstrat, root};

fn fixture(rule: &str, kind: &str) -> (String, String) {
    let relative = format!("tests/fixtures/rules/{rule}/{kind}.toml");
    let path: PathBuf = root().join(&relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{relative}: {e}"));
    (relative, text)
}

/// `# expect: overlapping-windows at 41:3` -> (41, 3)
fn expectation(rule: &str, text: &str) -> (u64, u64) {
    let line = text.lines().nth(1).unwrap_or_default();
    let rest = line
        .strip_prefix(&format!("# expect: {rule} at "))
        .unwrap_or_else(|| panic!("{rule}/fail.toml: second line must be `# expect: {rule} at LINE:COL`, found {line:?}"));
    let (l, c) = rest.trim().split_once(':').unwrap();
    (l.parse().unwrap(), c.parse().unwrap())
}

#[test]
fn every_rule_has_fixtures() {
    let dirs: Vec<String> = std::fs::read_dir(root().join("tests/fixtures/rules"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for rule in RULES {
        assert!(
            dirs.iter().any(|d| d == rule.name),
            "no fixtures for {}",
            rule.name
        );
    }
    for dir in &dirs {
        assert!(
            RULES.iter().any(|r| r.name == dir),
            "fixtures for unknown rule {dir}"
        );
    }
}

#[test]
fn failing_fixtures_trigger_their_rule_at_the_right_place() {
    for rule in RULES {
        let (path, text) = fixture(rule.name, "fail");
        let (line, column) = expectation(rule.name, &text);
        let run = commstrat(&[
            "check",
            &path,
            "--format",
            "json",
            "--fail-level",
            "warning",
        ]);
        assert_eq!(run.code, 1, "{path}: {}", run.transcript());
        let json = run.json();
        let diagnostics = json["diagnostics"].as_array().unwrap();
        let others: Vec<_> = diagnostics
            .iter()
            .filter(|d| d["name"] != rule.name)
            .collect();
        assert!(
            others.is_empty(),
            "{path} also triggers other rules: {others:#?}"
        );
        let here = diagnostics
            .iter()
            .find(|d| d["line"] == line && d["column"] == column);
        let d = here.unwrap_or_else(|| {
            panic!(
                "{path}: no {} finding at {line}:{column}\n{}",
                rule.name, run.stdout
            )
        });
        assert_eq!(d["code"], rule.code);
        assert_eq!(d["severity"], rule.severity.as_str());
        // Warnings alone do not fail the default check.
        let default = commstrat(&["check", &path]);
        let expected_code = if rule.severity == commstrat::diagnostics::Severity::Error {
            1
        } else {
            0
        };
        assert_eq!(default.code, expected_code, "{path}");
        insta::with_settings!({ snapshot_suffix => rule.name, description => path.clone() }, {
            insta::assert_snapshot!("fail", default.stdout);
        });
    }
}

#[test]
fn passing_fixtures_have_no_finding() {
    for rule in RULES {
        let (path, text) = fixture(rule.name, "pass");
        assert_eq!(text.lines().nth(1), Some("# expect: no finding"), "{path}");
        let run = commstrat(&[
            "check",
            &path,
            "--format",
            "json",
            "--fail-level",
            "warning",
        ]);
        assert_eq!(
            run.json()["diagnostics"],
            serde_json::json!([]),
            "{path}: {}",
            run.stdout
        );
        assert_eq!(run.code, 0, "{path}");
    }
}
