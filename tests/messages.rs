//! Messages a community manager understands (issue 17, item 4): the usual
//! slips of someone who writes in a word processor or knows YAML get a help
//! that says what to write, and one mistake gives one finding.

use crate::support::{commstrat_in, described_sessions};

/// `check` in human output on the starter strategy with `line` replacing
/// the first line that starts with `replace`.
fn starter_with(replace: &str, line: &str) -> crate::support::Run {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut done = false;
    let text: String = commstrat::STARTER
        .lines()
        .map(|l| {
            if !done && l.starts_with(replace) {
                done = true;
                line
            } else {
                l
            }
        })
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(
        text.contains(line),
        "the starter has a line starting with {replace}"
    );
    std::fs::write(dir.path().join("strategy.toml"), text).expect("the file is written");
    commstrat_in(dir.path(), &["check", "strategy.toml"])
}

#[test]
fn the_usual_slips_get_a_help_that_says_what_to_write() {
    let cases = [
        (
            "quotes pasted from a word processor",
            "version",
            "version = \u{201C}0.1.0\u{201D}",
        ),
        (
            "single typographic quotes",
            "name",
            "name = \u{2018}My Brand\u{2019}",
        ),
        ("YAML's colon", "owner", "owner: \"Community team\""),
        (
            "a duration without quotes",
            "response_time",
            "response_time = 2h",
        ),
    ];
    let runs: Vec<_> = cases
        .iter()
        .map(|(what, replace, line)| (*what, starter_with(replace, line)))
        .collect();
    for (what, run) in &runs {
        assert_eq!(run.code, 1, "{what}: {}", run.transcript());
        // One finding per mistake.
        assert!(
            run.stdout.contains("checked 1 file: 1 error, 0 warnings"),
            "{what}: {}",
            run.stdout
        );
    }
    insta::assert_snapshot!(described_sessions(runs.iter().map(|(w, r)| (w, r))));
}

#[test]
fn a_time_without_quotes_is_written_back_as_hh_mm() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let text = commstrat::STARTER.replacen("from = \"09:00\"", "from = 9h", 1);
    assert_ne!(
        text,
        commstrat::STARTER,
        "the starter has a from = \"09:00\""
    );
    std::fs::write(dir.path().join("strategy.toml"), &text).unwrap();
    let run = commstrat_in(dir.path(), &["check", "strategy.toml", "--format", "json"]);
    assert_eq!(
        run.field("message"),
        ["TOML syntax: the time `9h` is not in quotes"]
    );
    assert_eq!(
        run.field("help"),
        ["a time of day is text, 24-hour HH:MM in quotes: write `from = \"09:00\"`"]
    );
    let half = text.replacen("from = 9h", "from = 17h30", 1);
    std::fs::write(dir.path().join("strategy.toml"), &half).unwrap();
    let run = commstrat_in(dir.path(), &["check", "strategy.toml", "--format", "json"]);
    assert_eq!(
        run.field("help"),
        ["a time of day is text, 24-hour HH:MM in quotes: write `from = \"17:30\"`"]
    );
}

/// One mistake, one finding: a misspelt required key is not also a missing
/// key, and an id in capitals is not also an unknown reference, neither
/// where it is used nor where it is defined.
#[test]
fn one_mistake_gives_one_finding() {
    let cases = [
        (
            "a misspelt required key",
            "response_time",
            "responce_time = \"2h\"",
        ),
        (
            "an id in capitals where it is used",
            "owner = \"community\"",
            "owner = \"Community\"",
        ),
        (
            "an id in capitals where it is defined, used in lowercase",
            "id = \"office\"",
            "id = \"Office\"",
        ),
        (
            "a reference in capitals to an id that does not exist",
            "schedule",
            "schedule = \"Office Hours\"",
        ),
    ];
    let runs: Vec<_> = cases
        .iter()
        .map(|(what, replace, line)| (*what, starter_with(replace, line)))
        .collect();
    for (what, run) in &runs {
        assert_eq!(run.code, 1, "{what}: {}", run.transcript());
        assert!(
            run.stdout.contains("checked 1 file: 1 error, 0 warnings"),
            "{what}: {}",
            run.stdout
        );
    }
    assert!(
        runs[0]
            .1
            .stdout
            .contains("did you mean `response_time`? It is required here")
    );
    assert!(runs[1].1.stdout.contains("write `community`"));
    insta::assert_snapshot!(described_sessions(runs.iter().map(|(w, r)| (w, r))));
}

/// Human output names a place in the format's words; JSON output keeps the
/// JSON pointer beside the same message, for tools.
#[test]
fn places_are_named_in_the_formats_words_and_json_keeps_the_pointer() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let text = commstrat::STARTER
        .replacen("from = \"09:00\"", "from = \"9:00\"", 1)
        .replacen("closed = [2026-12-25]", "closed = 2026-12-25", 1);
    assert_ne!(text, commstrat::STARTER);
    std::fs::write(dir.path().join("strategy.toml"), &text).unwrap();
    let human = commstrat_in(dir.path(), &["check", "strategy.toml"]);
    assert!(
        human.stdout.contains(
            "`hours`, window 1, `from` of `schedules` entry `office` is `9:00`, which is not a time"
        ),
        "{}",
        human.stdout
    );
    assert!(
        human
            .stdout
            .contains("`closed` of `schedules` entry `office` must be a list, found a date"),
        "{}",
        human.stdout
    );
    assert!(!human.stdout.contains("[0]"), "{}", human.stdout);
    let json = commstrat_in(dir.path(), &["check", "strategy.toml", "--format", "json"]);
    assert_eq!(
        json.field("pointer"),
        ["/schedules/0/hours/0/from", "/schedules/0/closed"]
    );
}
