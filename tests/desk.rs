//! `commstrat now` on the bundled examples at fixed instants: who is on
//! duty, what is promised, and when; byte for byte the same on every run.

use crate::support::{commstrat, sessions};

const EXAMPLES: [&str; 5] = [
    "strategies/boulangerie-lumiere.toml",
    "strategies/boulangerie-lumiere-en.toml",
    "strategies/northwind-outdoor.toml",
    "strategies/souq-alnakhil.toml",
    "strategies/tostadero-candela.toml",
];

/// Friday evening in Paris: some desks closed for the weekend, others on.
const FRIDAY_EVENING: &str = "2026-12-04T19:50:00+01:00[Europe/Paris]";

#[test]
fn now_on_each_example_reads_as_recorded() {
    for example in EXAMPLES {
        let run = commstrat(&["now", example, "--at", FRIDAY_EVENING]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        let again = commstrat(&["now", example, "--at", FRIDAY_EVENING]);
        assert_eq!(
            run.stdout, again.stdout,
            "{example}: the same bytes each run"
        );
        let name = example
            .trim_start_matches("strategies/")
            .trim_end_matches(".toml");
        insta::assert_snapshot!(format!("now@{name}"), run.session());
    }
}

#[test]
fn now_in_json_for_scripts() {
    let run = commstrat(&[
        "now",
        "strategies/souq-alnakhil.toml",
        "--at",
        "2026-12-05 03:00 Asia/Riyadh",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json = run.json();
    assert_eq!(json["read_from_clock"], false);
    let uae = json["networks"]
        .as_array()
        .expect("networks")
        .iter()
        .find(|n| n["network"] == "instagram-uae")
        .expect("instagram-uae");
    assert_eq!(uae["staffed"], false);
    assert!(
        uae["window_warning"]
            .as_str()
            .is_some_and(|w| w.contains("24-hour")),
        "{uae}"
    );
    insta::assert_snapshot!(sessions([&run]));
}

/// Without --at the clock is read, and the output says so.
#[test]
fn now_without_at_reads_the_clock_and_says_so() {
    let run = commstrat(&[
        "now",
        "strategies/northwind-outdoor.toml",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json = run.json();
    assert_eq!(json["read_from_clock"], true);
    let at: jiff::Zoned = json["at"]
        .as_str()
        .expect("at")
        .parse()
        .expect("an instant");
    let age = jiff::Timestamp::now().as_second() - at.timestamp().as_second();
    assert!((0..600).contains(&age), "{age} s");
    let human = commstrat(&["now", "strategies/northwind-outdoor.toml"]);
    assert!(
        human
            .stdout
            .lines()
            .next()
            .is_some_and(|l| l.ends_with(", read from the clock.")),
        "{}",
        human.stdout
    );
}

/// `reply`: the reply alone on standard output, ready to pipe; its length
/// and lint's findings on standard error; 1 when lint finds an error.
#[test]
fn reply_prints_the_reply_alone_and_its_length_and_findings_apart() {
    let north = "strategies/northwind-outdoor.toml";
    let filled = commstrat(&[
        "reply",
        north,
        "--playbook",
        "complaints",
        "--network",
        "facebook",
        "--index",
        "2",
        "--set",
        "follower=Alex",
        "--set",
        "agent=Sam",
    ]);
    assert_eq!(filled.code, 0, "{}", filled.transcript());
    assert!(
        filled.stdout.starts_with("Alex, thank you for telling us"),
        "{}",
        filled.stdout
    );
    assert!(
        filled.stdout.ends_with("— Sam, Northwind crew\n"),
        "{}",
        filled.stdout
    );
    let unfilled = commstrat(&[
        "reply",
        north,
        "--playbook",
        "complaints",
        "--network",
        "x",
        "--channel",
        "private",
    ]);
    assert_eq!(unfilled.code, 1, "{}", unfilled.transcript());
    assert!(
        unfilled.stderr.contains("[unfilled-placeholder]"),
        "{}",
        unfilled.stderr
    );
    let wrong = commstrat(&["reply", north, "--playbook", "complaint", "--network", "x"]);
    let none = commstrat(&[
        "reply",
        north,
        "--playbook",
        "complaints",
        "--network",
        "x",
        "--index",
        "9",
    ]);
    assert_eq!((wrong.code, none.code), (2, 2));
    // A key no template uses is a typo until shown otherwise.
    let typo = commstrat(&[
        "reply",
        north,
        "--playbook",
        "complaints",
        "--network",
        "x",
        "--set",
        "folower=Alex",
        "--set",
        "agent=Sam",
    ]);
    assert!(
        typo.stderr.contains("did you mean `follower`?"),
        "{}",
        typo.stderr
    );
    insta::assert_snapshot!(sessions([&filled, &unfilled, &wrong, &none, &typo]));
}
