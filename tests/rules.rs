//! One failing and one passing fixture per rule, each its own snapshot of
//! `commstrat check FIXTURE`. The failing fixture's second line says where
//! the finding must be: `# expect: NAME at LINE:COL`.

use commstrat::diagnostic::Severity;
use commstrat::rules::{RULES, Rule};

use crate::support::{check_strict, check_text, commstrat, files_under, relative, root};

/// The rules a single strategy file can show. The draft rules (CS9xx) are
/// tested on drafts in `lint.rs`. The version rules (CS7xx) compare a
/// file with its past in git, and are tested in `diff.rs` with a repository.
/// Rules with a fixture folder: not those comparing with a git base (they need
/// two versions), nor file-too-large (its fixture would be 8 MiB; the hostile
/// tests write one).
fn single_file_rules() -> impl Iterator<Item = &'static &'static Rule> {
    RULES
        .iter()
        .filter(|r| {
            !["CS7", "CS8", "CS9"]
                .iter()
                .any(|p| r.id.code.starts_with(p))
        })
        // Limits of a whole file, tested at and past the limit in hostile.rs.
        .filter(|r| !["file-too-large", "too-many-findings"].contains(&r.id.name))
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
fn every_rule_has_a_failing_and_a_passing_fixture() {
    let files = files_under(&root().join("tests/fixtures/rules"));
    let mut dirs: Vec<&str> = files
        .iter()
        .map(|f| f.split_once('/').map_or(f.as_str(), |(dir, _)| dir))
        .collect();
    dirs.dedup();
    for dir in &dirs {
        let inside: Vec<&str> = files
            .iter()
            .filter_map(|f| f.strip_prefix(&format!("{dir}/")))
            .collect();
        assert_eq!(
            inside,
            ["fail.toml", "pass.toml"],
            "tests/fixtures/rules/{dir}"
        );
        assert!(
            single_file_rules().any(|r| r.id.name == *dir),
            "fixtures for unknown rule {dir}"
        );
    }
    for rule in single_file_rules() {
        assert!(
            dirs.contains(&rule.id.name),
            "no fixtures for {}",
            rule.id.name
        );
    }
}

/// A failing fixture finds its rule, and nothing else, where its second
/// line says.
fn assert_found_where_expected(rule: &Rule, path: &str, text: &str) {
    let (line, column) = expectation(rule.id.name, text);
    let run = check_strict(path);
    // An info finding never fails a run.
    let fails = rule.id.severity != commstrat::codes::Severity::Info;
    assert_eq!(run.code, i32::from(fails), "{path}: {}", run.transcript());
    let json = run.json();
    let diagnostics = json["diagnostics"].as_array().unwrap();
    let others: Vec<_> = diagnostics
        .iter()
        .filter(|d| d["name"] != rule.id.name)
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
            rule.id.name, run.stdout
        )
    });
    assert_eq!(d["code"], rule.id.code);
    assert_eq!(d["severity"], rule.id.severity.as_str());
}

/// A passing fixture has no finding at all, warnings included.
fn assert_no_finding(path: &str, text: &str) {
    assert_eq!(text.lines().nth(1), Some("# expect: no finding"), "{path}");
    let run = check_strict(path);
    assert_eq!(
        run.json()["diagnostics"],
        serde_json::json!([]),
        "{path}: {}",
        run.stdout
    );
    assert_eq!(run.code, 0, "{path}");
}

/// Each fixture is its own case: `commstrat check FIXTURE`, as a person
/// runs it, recorded whole in `snapshots/integration__rules__check@RULE__KIND.toml.snap`.
#[test]
fn each_fixture_reads_as_recorded() {
    insta::glob!("fixtures/rules/*/*.toml", |file| {
        let path = relative(file);
        let path = path.as_str();
        let text = std::fs::read_to_string(root().join(path)).expect("the fixture");
        let (name, kind) = path
            .strip_prefix("tests/fixtures/rules/")
            .and_then(|p| p.split_once('/'))
            .expect("tests/fixtures/rules/RULE/KIND.toml");
        let rule = single_file_rules()
            .find(|r| r.id.name == name)
            .unwrap_or_else(|| panic!("{path}: no rule is called {name}"));
        let run = commstrat(&["check", path]);
        match kind {
            "fail.toml" => {
                assert_found_where_expected(rule, path, &text);
                // Warnings alone do not fail the default check.
                let expected = i32::from(rule.id.severity == Severity::Error);
                assert_eq!(run.code, expected, "{path}: {}", run.transcript());
            }
            "pass.toml" => {
                assert_no_finding(path, &text);
                assert_eq!(run.code, 0, "{path}: {}", run.transcript());
            }
            other => panic!("{path}: a fixture is fail.toml or pass.toml, not {other}"),
        }
        insta::assert_snapshot!("check", run.transcript());
    });
}

/// Check the starter with `edits` applied; the findings as (name, line, column).
fn findings_of_starter(edits: &[(&str, &str)]) -> Vec<(String, u64, u64)> {
    let mut text = commstrat::STARTER.to_string();
    for (from, to) in edits {
        assert!(text.contains(from), "the starter has no {from:?}");
        text = text.replacen(from, to, 1);
    }
    let run = check_text(&text);
    run.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["name"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn names(findings: &[(String, u64, u64)]) -> Vec<&str> {
    findings.iter().map(|f| f.0.as_str()).collect()
}

#[test]
fn dst_gaps_are_found_years_after_the_start() {
    // Every fifth Sunday from 2026-01-04 first meets the Paris gap on 2032-03-28.
    let found = findings_of_starter(&[
        (
            "timezone = \"Europe/London\"",
            "timezone = \"Europe/Paris\"",
        ),
        (
            "every = \"week\"\non = [\"wed\"]\nat = \"12:30\"\nstarts = 2026-01-07",
            "every = \"week\"\ninterval = 5\non = [\"sun\"]\nat = \"02:30\"\nstarts = 2026-01-04\nunattended = true",
        ),
    ]);
    assert_eq!(names(&found), ["dst-gap"]);
}

#[test]
fn dst_gaps_of_timed_events_are_found() {
    let found = findings_of_starter(&[
        (
            "timezone = \"Europe/London\"",
            "timezone = \"Europe/Paris\"",
        ),
        (
            "date = 2026-06-01",
            "date = 2026-03-29\nat = \"02:15\"\nunattended = true",
        ),
    ]);
    assert_eq!(names(&found), ["dst-gap"]);
}

#[test]
fn slots_silenced_by_a_blackout_are_not_dst_warnings() {
    let edits = [
        (
            "timezone = \"Europe/London\"",
            "timezone = \"Europe/Paris\"",
        ),
        (
            "every = \"week\"\non = [\"wed\"]\nat = \"12:30\"\nstarts = 2026-01-07",
            "every = \"week\"\non = [\"sun\"]\nat = \"02:30\"\nstarts = 2026-03-01\nuntil = 2026-04-30\nunattended = true",
        ),
    ];
    assert_eq!(names(&findings_of_starter(&edits)), ["dst-gap"]);
    let mut silenced = edits.to_vec();
    silenced.push((
        "from = 2026-12-24\nto = 2026-12-26",
        "from = 2026-03-28\nto = 2026-03-30",
    ));
    assert_eq!(names(&findings_of_starter(&silenced)), Vec::<&str>::new());
}

#[test]
fn one_mistake_gives_one_finding() {
    // A schedule without hours is not also an unreachable promise.
    let found = findings_of_starter(&[(
        "hours = [{ days = [\"mon-fri\"], from = \"09:00\", to = \"18:00\" }]\n",
        "",
    )]);
    assert_eq!(names(&found), ["schedule-without-hours"]);
    // Empty lists are reported once, where they are.
    let found = findings_of_starter(&[("hours = [{ days = [\"mon-fri\"]", "hours = [{ days = []")]);
    assert_eq!(names(&found), ["missing-key"]);
    let found = findings_of_starter(&[("on = [\"wed\"]", "on = []")]);
    assert_eq!(names(&found), ["missing-key"]);
    // An invalid limit is not also a reply over that limit.
    let found = findings_of_starter(&[(
        "response_time = \"2h\"",
        "response_time = \"2h\"\nreply_limit = 0",
    )]);
    assert_eq!(names(&found), ["out-of-range"]);
    // A misspelt weekday in a list is a weekday error at the item.
    let found = findings_of_starter(&[("on = [\"wed\"]", "on = [\"wednesday\"]")]);
    assert_eq!(found, [("invalid-weekday".to_string(), 117, 7)]);
    // The format sets no maximum: any 64-bit limit or interval is accepted.
    let found = findings_of_starter(&[
        (
            "response_time = \"2h\"",
            "response_time = \"2h\"\nreply_limit = 4294967296",
        ),
        (
            "every = \"week\"",
            "every = \"week\"\ninterval = 9223372036854775807",
        ),
    ]);
    assert_eq!(names(&found), Vec::<&str>::new());
}

#[test]
fn a_network_reply_limit_overrides_the_platform() {
    // Instagram allows 2,200 characters in a comment; `reply_limit` allows
    // 20 for public replies (the out-of-hours reply, line 46, is one too),
    // and for posts (crisis statements).
    let replies = findings_of_starter(&[(
        "response_time = \"2h\"",
        "response_time = \"2h\"\nreply_limit = 20",
    )]);
    assert_eq!(
        names(&replies),
        [
            "reply-over-limit",
            "reply-over-limit",
            "reply-over-limit",
            "statement-over-limit"
        ],
        "{replies:?}"
    );
    assert_eq!(replies[0].1, 46, "{replies:?}");
    // A post limit of its own wins over `reply_limit` for posts.
    let posts = findings_of_starter(&[(
        "response_time = \"2h\"",
        "response_time = \"2h\"\nreply_limit = 20\nlimits = { post = 2000 }",
    )]);
    assert_eq!(names(&posts), ["reply-over-limit"; 3], "{posts:?}");
    // `limits` sets it per surface: replies and posts (crisis statements).
    let found = findings_of_starter(&[(
        "response_time = \"2h\"",
        "response_time = \"2h\"\nlimits = { reply = 20, post = 20 }",
    )]);
    let names = names(&found);
    assert!(
        names
            .iter()
            .all(|n| ["reply-over-limit", "statement-over-limit"].contains(n))
            && names.contains(&"reply-over-limit")
            && names.contains(&"statement-over-limit"),
        "{found:?}"
    );
}

#[test]
fn substitution_avoid_texts_are_banned_too() {
    let found = findings_of_starter(&[(
        "Good question, {{ follower }}!",
        "Good question about your ticket, {{ follower }}!",
    )]);
    assert_eq!(names(&found), ["avoided-phrase"]);
}

#[test]
fn blackouts_only_cover_their_networks() {
    let in_blackout = [("date = 2026-06-01", "date = 2026-12-25")];
    let found = findings_of_starter(&in_blackout);
    assert_eq!(names(&found), ["event-in-blackout"]);
    let elsewhere = [
        in_blackout[0],
        (
            "reason = \"Holidays\"",
            "reason = \"Holidays\"\nnetworks = [\"elsewhere\"]",
        ),
    ];
    // Out of the blackout, the event is still on a day the schedule is
    // closed (2026-12-25).
    assert_eq!(
        names(&findings_of_starter(&elsewhere)),
        ["unstaffed-slot", "unknown-reference"]
    );
}

#[test]
fn a_series_timezone_overrides_the_strategy_zone() {
    let series = (
        "every = \"week\"\non = [\"wed\"]\nat = \"12:30\"",
        "every = \"day\"\nat = \"02:30\"\nunattended = true",
    );
    // London's gap is 01:00–02:00, Paris's 02:00–03:00.
    assert_eq!(names(&findings_of_starter(&[series])), Vec::<&str>::new());
    let paris = (
        "every = \"day\"\nat = \"02:30\"\nunattended = true",
        "every = \"day\"\nat = \"02:30\"\nunattended = true\ntimezone = \"Europe/Paris\"",
    );
    assert_eq!(names(&findings_of_starter(&[series, paris])), ["dst-gap"]);
}

#[test]
fn playbook_network_references_are_checked() {
    let found = findings_of_starter(&[(
        "title = \"Questions\"",
        "title = \"Questions\"\nnetworks = [\"instagran\"]",
    )]);
    assert!(names(&found).contains(&"unknown-reference"), "{found:?}");
}

#[test]
fn dates_and_floats_are_wrong_types_outside_date_fields() {
    assert_eq!(
        names(&findings_of_starter(&[(
            "name = \"My Brand\"",
            "name = 2026-01-01"
        )])),
        ["wrong-type"]
    );
    assert_eq!(
        names(&findings_of_starter(&[("at = \"12:30\"", "at = 12:30:00")])),
        ["wrong-type"]
    );
    let run = check_text(&commstrat::STARTER.replacen(
        "response_time = \"2h\"",
        "response_time = \"2h\"\nvoice = 2.5",
        1,
    ));
    let messages = run.field("message");
    assert_eq!(
        messages,
        ["`voice` of `networks` entry `instagram` must be a table, found a float"]
    );
    assert!(
        !messages.iter().any(|m| m.contains("$float")),
        "{messages:?}"
    );
}

#[test]
fn a_series_needs_a_network_and_gaps_at_midnight_of_the_start_count() {
    let found =
        findings_of_starter(&[("networks = [\"instagram\"]\nevery", "networks = []\nevery")]);
    assert_eq!(names(&found), ["missing-key"]);
    // Santiago springs forward at midnight on 2026-09-06.
    let found = findings_of_starter(&[
        (
            "timezone = \"Europe/London\"",
            "timezone = \"America/Santiago\"",
        ),
        (
            "every = \"week\"\non = [\"wed\"]\nat = \"12:30\"\nstarts = 2026-01-07",
            "every = \"day\"\nat = \"00:30\"\nstarts = 2026-09-06\nuntil = 2026-09-06\nunattended = true",
        ),
    ]);
    assert_eq!(names(&found), ["dst-gap"]);
}

#[test]
fn avoided_phrases_are_found_through_disguise() {
    // French and Arabic phrases of the avoid list, written in replies with a
    // typographic apostrophe and a no-break space, a zero-width space and a
    // soft hyphen, fullwidth letters and other letter case: each is found,
    // and the caret covers the disguised text.
    let text = commstrat::STARTER
        .replacen(
            "avoid = [\"we apologise for any inconvenience\", \"valued customer\"]",
            "avoid = [\"nous sommes ravis d'avoir\", \"نعتذر عن الإزعاج\", \"valued customer\"]",
            1,
        )
        .replacen(
            "Good question, {{ follower }}!",
            "Nous Sommes\u{a0}Ravis d’avoir ta question, {{ follower }}!",
            1,
        )
        .replacen(
            "Hi {{ follower }}, we can",
            "نعتذر\u{200b} عن الإز\u{ad}عاج {{ follower }}, we can",
            1,
        )
        .replacen("Sorry about this", "ＶＡＬＵＥＤ Customer", 1);
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("s.toml"), text).expect("the file is written");
    let run = crate::support::commstrat_in(dir.path(), &["check", "s.toml"]);
    insta::assert_snapshot!(run.transcript());
}

/// The starter with `roles` more roles (`role-0`…) and `refs` backups of
/// the community role that name no role (`missing-0`…), as one list of
/// `[[roles]]` entries each pointing at a missing backup.
fn with_many_roles(roles: usize, refs: usize) -> String {
    let mut extra = String::new();
    for i in 0..roles {
        extra.push_str(&format!(
            "[[roles]]\nid = \"role-{i}\"\nname = \"Role {i}\"\ncontact = \"r{i}@example.com\"\n\n"
        ));
    }
    for i in 0..refs {
        extra.push_str(&format!(
            "[[roles]]\nid = \"stand-in-{i}\"\nname = \"Stand-in {i}\"\ncontact = \"s{i}@example.com\"\nbackup = \"missing-{i}\"\n\n"
        ));
    }
    commstrat::STARTER.replacen("[[roles]]\n", &format!("{extra}[[roles]]\n"), 1)
}

fn helps(text: &str) -> Vec<String> {
    check_text(text)
        .diagnostics()
        .iter()
        .filter(|d| d["name"] == "unknown-reference")
        .map(|d| d["help"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn an_unknown_reference_names_five_known_ids_not_all() {
    let helps = helps(&with_many_roles(40, 1));
    assert_eq!(
        helps,
        ["known roles include stand-in-0, role-0, role-10, role-20, role-30 (43 in all)"]
    );
}

#[test]
fn past_a_hundred_unknown_references_the_help_does_not_search() {
    let helps = helps(&with_many_roles(0, 101));
    assert_eq!(helps.len(), 101);
    // The 100th is searched (the closest of the three starter roles and the
    // 101 stand-ins); the 101st says what to do without a search.
    assert_eq!(
        helps[99],
        "known roles include stand-in-99, stand-in-9, stand-in-19, stand-in-29, stand-in-39 (103 in all)"
    );
    assert_eq!(
        helps[100],
        "use the id of an existing role (103 defined), or add one under [[roles]]"
    );
}

/// Each hidden character is found at its own line and column, whether the
/// file holds it as itself or as an escape, in every kind of TOML string,
/// and wherever the string sits (a list, an inline table, a reply).
#[test]
fn invisible_characters_are_located_exactly() {
    let found = findings_of_starter(&[
        // Line 8: a raw character, then an escape, in a basic string.
        ("name = \"My Brand\"", "name = \"é\u{202e}x\\u2066y\""),
        // Line 12: in a literal string, no escapes: `\u00AD` is text.
        (
            "owner = \"Community team <community@example.com>\"",
            "owner = 'a\\u00ADb\u{ad}'",
        ),
        // Lines 14 and 15: a multi-line basic string, after escaped quotes.
        (
            "description = \"How My Brand listens and answers on social networks.\"",
            "description = \"\"\"\n\\\"q\\\" \\e\n  \u{200b}\"\"\"",
        ),
        // Line 16: in a list.
        ("\"We say when we got it wrong\"", "\"We\\U00002060 say\""),
        // Line 26: in an inline table.
        ("is_not = \"over-familiar\"", "is_not = \"over\u{feff}\""),
    ]);
    let expected = [
        ("invisible-character", 8, 10),
        ("invisible-character", 8, 12),
        ("invisible-character", 12, 18),
        ("invisible-character", 14, 7),
        // `\e` is also an escape only TOML 1.1 has.
        ("toml-1-0-portability", 14, 7),
        ("invisible-character", 15, 3),
        ("invisible-character", 16, 42),
        ("invisible-character", 26, 44),
    ];
    let found: Vec<(&str, u64, u64)> = found.iter().map(|(n, l, c)| (n.as_str(), *l, *c)).collect();
    assert_eq!(found, expected);
}

/// A text full of hidden characters gives a bounded answer: 100 findings,
/// then one that counts the rest.
#[test]
fn invisible_characters_are_listed_up_to_a_hundred() {
    let text = commstrat::STARTER.replacen(
        "name = \"My Brand\"",
        &format!("name = \"My{}Brand\"", "\u{200b}".repeat(150)),
        1,
    );
    let run = check_text(&text);
    let messages = run.field("message");
    assert_eq!(messages.len(), 101, "{}", run.stdout);
    assert_eq!(
        messages[100],
        "50 more hidden characters in the strategy's text are not listed"
    );
}

#[test]
fn slots_are_checked_in_the_schedules_zone_and_blackouts_keep_them_off_closed_days() {
    // Friday 10:00 is staffed; Friday 2026-12-25 is closed, but the
    // starter's blackout (24 to 26 December) keeps the series off it.
    let friday = (
        "every = \"week\"\non = [\"wed\"]\nat = \"12:30\"",
        "every = \"week\"\non = [\"fri\"]\nat = \"10:00\"",
    );
    assert_eq!(names(&findings_of_starter(&[friday])), Vec::<&str>::new());
    let no_blackout = (
        "from = 2026-12-24\nto = 2026-12-26",
        "from = 2026-12-28\nto = 2026-12-29",
    );
    let found = findings_of_starter(&[friday, no_blackout]);
    assert_eq!(names(&found), ["unstaffed-slot"]);
    // 10:00 in Tokyo is 01:00 in London, where schedule `office` is.
    let tokyo = (
        "every = \"week\"\non = [\"fri\"]\nat = \"10:00\"",
        "every = \"week\"\non = [\"fri\"]\nat = \"10:00\"\ntimezone = \"Asia/Tokyo\"",
    );
    let run = check_text(
        &commstrat::STARTER
            .replacen(friday.0, friday.1, 1)
            .replacen(tokyo.0, tokyo.1, 1),
    );
    let messages = run.field("message");
    assert_eq!(
        messages,
        [
            "series `weekly-question` is published on `instagram` at 01:00 and 02:00 on Friday (Europe/London time), when schedule `office` is not staffed"
        ]
    );
}
