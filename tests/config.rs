//! `commstrat.toml`: per-rule levels, found in the current folder or a parent.

use crate::support::{commstrat_in, root};

/// A folder with a strategy that has one warning (dst-gap) and one error
/// (unknown-reference), and `config` as its commstrat.toml.
fn project(config: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let strategy = std::fs::read_to_string(root().join("tests/fixtures/calendar/nasty.toml"))
        .expect("fixture")
        .replacen("owner = \"community\"", "owner = \"nobody\"", 1);
    std::fs::create_dir_all(dir.path().join("strategies/sub")).expect("mkdir");
    std::fs::write(dir.path().join("strategies/s.toml"), strategy).expect("write");
    if let Some(config) = config {
        std::fs::write(dir.path().join("commstrat.toml"), config).expect("write");
    }
    dir
}

fn levels(dir: &std::path::Path, args: &[&str]) -> (i32, Vec<String>) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let run = commstrat_in(dir, &all);
    (run.code, run.findings(&["name", "severity"]))
}

#[test]
fn without_a_config_the_defaults_apply() {
    let dir = project(None);
    let (code, found) = levels(dir.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(found, ["unknown-reference error", "dst-gap warning"]);
}

#[test]
fn a_rule_can_be_raised_lowered_or_turned_off() {
    let dir = project(Some("[rules]\ndst-gap = \"error\"\nCS111 = \"warning\"\n"));
    let (code, found) = levels(dir.path(), &[]);
    assert_eq!(
        (code, found.as_slice()),
        (
            1,
            ["unknown-reference warning", "dst-gap error"]
                .map(String::from)
                .as_slice()
        )
    );

    let dir = project(Some("[rules]\nunknown-reference = \"warning\"\n"));
    assert_eq!(levels(dir.path(), &[]).0, 0, "only warnings left");
    // --fail-level applies after the overrides.
    assert_eq!(levels(dir.path(), &["--fail-level", "warning"]).0, 1);

    let dir = project(Some(
        "[rules]\nunknown-reference = \"off\"\ndst-gap = \"off\"\n",
    ));
    assert_eq!(levels(dir.path(), &[]), (0, Vec::new()));
}

#[test]
fn the_nearest_config_up_the_tree_is_used() {
    let dir = project(Some("[rules]\ndst-gap = \"off\"\n"));
    let (_, found) = levels(&dir.path().join("strategies/sub"), &["../s.toml"]);
    assert_eq!(found, ["unknown-reference error"]);
}

#[test]
fn an_unknown_rule_is_an_error_with_a_suggestion() {
    let dir = project(Some("[rules]\ndts-gap = \"off\"\n"));
    let run = commstrat_in(dir.path(), &["check"]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.session());
}

/// The limits on hostile input guard commstrat itself: a config that turns
/// them off or down to a warning is refused (exit 2, the file, the line
/// and what to do), so that a file never read cannot pass with "0 errors".
#[test]
fn the_limits_on_hostile_input_cannot_be_turned_off_or_down() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("strategies")).expect("mkdir");
    // Over the 8 MiB limit: the file is never parsed. It declares the
    // format (`schema = 1` and `id`), so a folder walk takes it.
    let big = format!("{}{}", commstrat::STARTER, "# padding\n".repeat(900 * 1024));
    std::fs::write(dir.path().join("strategies/big.toml"), big).expect("write");
    let deep = root().join("tests/fixtures/hostile/nested-40-levels.toml");
    std::fs::copy(deep, dir.path().join("strategies/deep.toml")).expect("copy");
    let mut runs = Vec::new();
    for (what, config) in [
        (
            "file-too-large off, by name",
            "[rules]\nfile-too-large = \"off\"\n",
        ),
        (
            "nesting-too-deep down to a warning, by code",
            "# limits\n[rules]\ndst-gap = \"error\"\nCS008 = \"warning\"\n",
        ),
        (
            "both left errors: the config is accepted and the limits apply",
            "[rules]\nCS009 = \"error\"\nnesting-too-deep = \"error\"\n",
        ),
    ] {
        std::fs::write(dir.path().join("commstrat.toml"), config).expect("write");
        let run = commstrat_in(dir.path(), &["check", "--format", "github"]);
        runs.push((
            format!("{what}:\n# {}", config.trim_end().replace('\n', "\n# ")),
            run,
        ));
    }
    let codes: Vec<i32> = runs.iter().map(|(_, run)| run.code).collect();
    assert_eq!(codes, [2, 2, 1]);
    insta::assert_snapshot!(crate::support::described_sessions(runs));
}
