//! `commstrat drill` on the bundled examples at a fixed start: the run
//! sheet in Markdown, iCalendar and JSON, byte for byte the same on every
//! run. CI reads the iCalendar with two parsers (.ci/check_drills.py).

use crate::support::{commstrat, commstrat_in, described_sessions, sessions};

const START: &str = "2026-12-04T19:50:00+01:00[Europe/Paris]";

#[test]
fn the_run_sheet_of_each_example_reads_as_recorded() {
    for example in [
        "strategies/boulangerie-lumiere.toml",
        "strategies/northwind-outdoor.toml",
        "strategies/souq-alnakhil.toml",
        "strategies/tostadero-candela.toml",
    ] {
        let run = commstrat(&["drill", example, "--level", "2", "--start", START]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        let again = commstrat(&["drill", example, "--level", "2", "--start", START]);
        assert_eq!(
            run.stdout, again.stdout,
            "{example}: the same bytes each run"
        );
        let name = example
            .trim_start_matches("strategies/")
            .trim_end_matches(".toml");
        insta::assert_snapshot!(format!("drill@{name}"), run.session());
    }
}

#[test]
fn a_run_sheet_in_ics_and_json() {
    let example = "strategies/boulangerie-lumiere-en.toml";
    let ics = commstrat(&[
        "drill", example, "--level", "3", "--start", START, "--format", "ics",
    ]);
    let json = commstrat(&[
        "drill", example, "--level", "3", "--start", START, "--format", "json",
    ]);
    assert_eq!(
        (ics.code, json.code),
        (0, 0),
        "{}{}",
        ics.transcript(),
        json.transcript()
    );
    let steps = json.json()["timeline"].as_array().map_or(0, Vec::len);
    assert_eq!(ics.stdout.matches("BEGIN:VEVENT").count(), steps);
    assert_eq!(ics.stdout.matches("BEGIN:VALARM").count(), steps);
    insta::assert_snapshot!(sessions([&ics, &json]));
}

/// Without --start, times are relative and the calendar is not read.
#[test]
fn without_a_start_the_times_are_relative() {
    let run = commstrat(&["drill", "strategies/northwind-outdoor.toml", "--level", "3"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.contains("| T+0m |"), "{}", run.stdout);
    assert!(
        run.stdout.contains("Give --start to list the posts"),
        "{}",
        run.stdout
    );
}

/// A horizon longer than the most updates listed says so.
#[test]
fn a_long_horizon_says_where_the_updates_stop() {
    let run = commstrat(&[
        "drill",
        "strategies/northwind-outdoor.toml",
        "--level",
        "3",
        "--for",
        "30d",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(
        run.stdout.matches("| Update ").count(),
        48,
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("lists the first 48 updates"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_run_sheet_written_to_a_file() {
    let dir = tempfile::tempdir().expect("a folder");
    let strategy = crate::support::root().join("strategies/northwind-outdoor.toml");
    std::fs::copy(&strategy, dir.path().join("s.toml")).expect("copied");
    let run = commstrat_in(
        dir.path(),
        &[
            "drill", "s.toml", "--level", "2", "--start", START, "-o", "drill.md",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let written = std::fs::read_to_string(dir.path().join("drill.md")).expect("written");
    let printed = commstrat_in(
        dir.path(),
        &["drill", "s.toml", "--level", "2", "--start", START],
    );
    assert_eq!(written, printed.stdout);
}

#[test]
fn a_run_sheet_that_cannot_be_made_says_why() {
    let north = "strategies/northwind-outdoor.toml";
    let runs = [
        (
            "iCalendar without a start",
            commstrat(&["drill", north, "--level", "2", "--format", "ics"]),
        ),
        (
            "a level the strategy does not define",
            commstrat(&["drill", north, "--level", "5"]),
        ),
        (
            "a scenario it does not have",
            commstrat(&["drill", north, "--level", "2", "--scenario", "outage"]),
        ),
        (
            "a scenario of another level",
            commstrat(&["drill", north, "--level", "1", "--scenario", "stove-safety"]),
        ),
        (
            "a horizon that is not a duration",
            commstrat(&["drill", north, "--level", "2", "--for", "a while"]),
        ),
    ];
    for (what, run) in &runs {
        assert_eq!(run.code, 2, "{what}: {}", run.transcript());
    }
    insta::assert_snapshot!(described_sessions(runs));
}
