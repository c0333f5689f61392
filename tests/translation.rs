//! Translations kept in step (issue 18, item 5): a strategy with
//! `translation_of` is compared with its source; each finding sits in the
//! translation and names the place in the source.

use crate::support::{commstrat_in, described_sessions};

/// The starter in English under `en/`, and its French translation under
/// `fr/`, edited by `source` and `translation` (pairs of old, new text).
fn pair(source: &[(&str, &str)], translation: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let edit = |text: &str, edits: &[(&str, &str)]| {
        edits.iter().fold(text.to_string(), |text, (old, new)| {
            assert!(text.contains(old), "the starter has {old:?}");
            text.replacen(old, new, 1)
        })
    };
    let en = edit(commstrat::STARTER, source);
    let fr = edit(
        commstrat::STARTER,
        &[
            (
                "language = \"en\"",
                "language = \"fr\"\ntranslation_of = \"../en/strategy.toml\"\ntranslates_version = \"0.1.0\"",
            ),
            ("name = \"My Brand\"", "name = \"Ma Marque\""),
            // A translation has an id of its own.
            ("id = \"my-brand\"", "id = \"my-brand-fr\""),
            ("Answer in the thread", "Répondre dans le fil"),
        ],
    );
    let fr = edit(&fr, translation);
    for (folder, text) in [("en", en), ("fr", fr)] {
        std::fs::create_dir(dir.path().join(folder)).unwrap();
        std::fs::write(dir.path().join(folder).join("strategy.toml"), text).unwrap();
    }
    dir
}

#[test]
fn a_translation_is_held_to_its_source() {
    let moved = [
        ("version = \"0.1.0\"", "version = \"0.2.0\""),
        ("response_time = \"2h\"", "response_time = \"1h\""),
    ];
    let cases: Vec<(&str, tempfile::TempDir)> = vec![
        ("in step: only text differs", pair(&[], &[])),
        (
            "the source shortened its reply deadline and bumped its version",
            pair(&moved, &[]),
        ),
        (
            "the source's text changed and its version moved",
            pair(&[("version = \"0.1.0\"", "version = \"0.1.1\"")], &[]),
        ),
        (
            "a value differs at the same version",
            pair(&[], &[("response_time = \"2h\"", "response_time = \"4h\"")]),
        ),
        (
            "an account of its own on a network",
            pair(
                &[],
                &[("handle = \"@mybrand\"", "handle = \"@mybrand_fr\"")],
            ),
        ),
        (
            "a playbook of the source is missing",
            pair(&[], &[("id = \"requests\"", "id = \"demandes\"")]),
        ),
        (
            "a reply drops a placeholder",
            pair(
                &[],
                &[(
                    "Here is the answer: {{ link }}",
                    "Voici la réponse sur notre site.",
                )],
            ),
        ),
        (
            "no translates_version",
            pair(&[], &[("translates_version = \"0.1.0\"\n", "")]),
        ),
        (
            "the source does not exist",
            pair(&[], &[("../en/strategy.toml", "../de/strategy.toml")]),
        ),
    ];
    let runs: Vec<_> = cases
        .iter()
        .map(|(what, dir)| {
            (
                *what,
                commstrat_in(dir.path(), &["check", "fr/strategy.toml"]),
            )
        })
        .collect();
    let codes: Vec<i32> = runs.iter().map(|(_, r)| r.code).collect();
    assert_eq!(codes, [0, 1, 1, 1, 0, 1, 1, 1, 1]);
    // The changed field, at its line and column in both files.
    let behind = &runs[1].1.stdout;
    assert!(
        behind.contains("`response_time` of network `instagram` is 2h here and 1h in the source"),
        "{behind}"
    );
    assert!(behind.contains("fr/strategy.toml:36:17"), "{behind}");
    assert!(
        behind.contains("the source has it at en/strategy.toml:34:17"),
        "{behind}"
    );
    insta::assert_snapshot!(described_sessions(runs.iter().map(|(w, r)| (w, r))));
}

/// The JSON findings carry the rule's name, for tools that act on it, and
/// the source's place as a related location, as SARIF does.
#[test]
fn translation_findings_are_named_in_json() {
    let dir = pair(
        &[
            ("version = \"0.1.0\"", "version = \"0.2.0\""),
            ("response_time = \"2h\"", "response_time = \"1h\""),
        ],
        &[],
    );
    let run = commstrat_in(
        dir.path(),
        &["check", "fr/strategy.toml", "--format", "json"],
    );
    assert_eq!(
        run.field("name"),
        ["translation-behind", "translation-behind"]
    );
    // The changed value points at the source's too.
    let related = &run.json()["diagnostics"][1]["related"];
    assert_eq!(related["file"], "en/strategy.toml");
    assert_eq!(
        (&related["line"], &related["column"]),
        (&34.into(), &17.into())
    );
    assert!(run.json()["diagnostics"][0].get("related").is_none());
    // And so does SARIF, as a related location.
    let sarif = commstrat_in(
        dir.path(),
        &["check", "fr/strategy.toml", "--format", "sarif"],
    );
    let sarif: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
    let location = &sarif["runs"][0]["results"][1]["relatedLocations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "en/strategy.toml");
    assert_eq!(location["region"]["startLine"], 34);
}
