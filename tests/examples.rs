//! The bundled example strategies pass with no finding at all.

use crate::support::{commstrat, files_under, root, toml_files};

#[test]
fn every_example_passes_with_no_finding() {
    let run = commstrat(&[
        "check",
        "strategies/",
        "--format",
        "json",
        "--fail-level",
        "warning",
    ]);
    let json = run.json();
    assert_eq!(json["diagnostics"], serde_json::json!([]), "{}", run.stdout);
    assert_eq!(run.code, 0);
    assert!(json["files"].as_u64().unwrap() >= 3);
}

#[test]
fn examples_cover_english_french_and_arabic_and_every_section() {
    let mut languages = Vec::new();
    let files = toml_files(&root().join("strategies"));
    assert!(files.len() >= 3, "{files:?}");
    for file in files {
        let path = root().join("strategies").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("#:schema ../schemas/strategy.schema.json\n"),
            "{} lacks the #:schema line",
            path.display()
        );
        let value: toml::Table = toml::from_str(&text).unwrap();
        languages.push(value["language"].as_str().unwrap().to_string());
        for section in [
            "description",
            "values",
            "objectives",
            "voice",
            "personas",
            "networks",
            "schedules",
            "roles",
            "playbooks",
            "crisis",
            "calendar",
            "metrics",
        ] {
            assert!(
                value.contains_key(section),
                "{} has no `{section}`",
                path.display()
            );
        }
        let calendar = value["calendar"].as_table().unwrap();
        for part in ["series", "events", "blackouts"] {
            assert!(
                calendar.contains_key(part),
                "{} has no calendar.{part}",
                path.display()
            );
        }
        let crisis = value["crisis"].as_table().unwrap();
        assert!(crisis.contains_key("levels") && crisis.contains_key("scenarios"));
    }
    languages.sort();
    for lang in ["ar", "en", "es", "fr"] {
        assert!(
            languages
                .iter()
                .any(|l| l == lang || l.starts_with(&format!("{lang}-"))),
            "no example in {lang}: {languages:?}"
        );
    }
}

#[test]
fn the_starter_passes_and_init_writes_it() {
    let dir = tempfile::tempdir().unwrap();
    let run = crate::support::commstrat_in(dir.path(), &["init", "brand"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    // Written through temporary files renamed into place: nothing else is left.
    assert_eq!(
        files_under(&dir.path().join("brand")),
        ["strategy.schema.json", "strategy.toml"]
    );
    let text = std::fs::read_to_string(dir.path().join("brand/strategy.toml")).unwrap();
    assert!(text.starts_with("#:schema ./strategy.schema.json\n"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("brand/strategy.schema.json")).unwrap(),
        commstrat::schema::SCHEMA_TEXT
    );
    let check = crate::support::commstrat_in(
        dir.path(),
        &[
            "check",
            "brand",
            "--fail-level",
            "warning",
            "--format",
            "json",
        ],
    );
    assert_eq!(check.json()["diagnostics"], serde_json::json!([]));
    assert_eq!(check.code, 0);
    // A second init must not overwrite the team's work.
    let again = crate::support::commstrat_in(dir.path(), &["init", "brand"]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
}
