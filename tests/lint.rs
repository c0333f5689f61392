//! `commstrat lint`: drafts held to a strategy. One failing and one
//! passing draft per rule (tests/fixtures/lint/rules/RULE/, with the
//! command line's extra arguments in `args`), each input format, each
//! output format, `--fix`, French and Arabic drafts, and the errors of a
//! run that cannot be made.

use commstrat::rules::RULES;

use crate::support::{
    commstrat, commstrat_in, commstrat_piped, described_sessions, files_under, relative, root,
    sessions,
};

/// The strategy the fixture drafts are held to.
const STRATEGY: &str = "tests/fixtures/lint/strategy.toml";
const DRAFTS: &str = "tests/fixtures/lint/drafts";

/// `lint --strategy STRATEGY ARGS…`, from the repository root.
fn lint(args: &[&str]) -> crate::support::Run {
    let mut all = vec!["lint", "--strategy", STRATEGY];
    all.extend_from_slice(args);
    commstrat(&all)
}

/// The rules a draft can break: the CS9xx rules, and the two of `check`
/// that `lint` reports for drafts too.
fn draft_rules() -> Vec<&'static str> {
    RULES
        .iter()
        .filter(|r| r.id.code.starts_with("CS9"))
        .map(|r| r.id.name)
        .chain(["no-such-surface", "unknown-reference"])
        .collect()
}

#[test]
fn every_draft_rule_has_a_failing_and_a_passing_draft() {
    let files = files_under(&root().join("tests/fixtures/lint/rules"));
    let mut dirs: Vec<&str> = files
        .iter()
        .filter_map(|f| f.split_once('/').map(|(dir, _)| dir))
        .collect();
    dirs.dedup();
    let mut expected = draft_rules();
    expected.sort_unstable();
    assert_eq!(dirs, expected);
    for dir in dirs {
        let names: Vec<&str> = files
            .iter()
            .filter_map(|f| f.strip_prefix(&format!("{dir}/")))
            .filter(|f| *f != "args")
            .map(|f| f.split_once('.').map_or(f, |(stem, _)| stem))
            .collect();
        assert_eq!(names, ["fail", "pass"], "tests/fixtures/lint/rules/{dir}");
    }
}

/// Each rule's drafts: the failing one finds that rule and nothing else,
/// the passing one nothing at all; both recorded as a person runs them.
#[test]
fn each_rule_finds_its_draft_as_recorded() {
    insta::glob!("fixtures/lint/rules/*/*.*", |file| {
        let path = relative(file);
        let (rule, name) = path
            .strip_prefix("tests/fixtures/lint/rules/")
            .and_then(|p| p.split_once('/'))
            .expect("tests/fixtures/lint/rules/RULE/FILE");
        let folder = file.parent().expect("a folder");
        let extra = std::fs::read_to_string(folder.join("args")).unwrap_or_default();
        let mut args: Vec<&str> = extra.split_whitespace().collect();
        args.push(&path);
        let json = {
            let mut with_json = args.clone();
            with_json.extend(["--format", "json"]);
            lint(&with_json)
        };
        let names = json.field("name");
        if name.starts_with("fail.") {
            assert!(!names.is_empty(), "{path}: no finding");
            assert!(names.iter().all(|n| n == rule), "{path}: {names:?}");
        } else {
            assert!(names.is_empty(), "{path}: {names:?}");
            assert_eq!(json.code, 0, "{path}");
        }
        insta::assert_snapshot!("lint", lint(&args).session());
    });
}

#[test]
fn text_markdown_and_csv_drafts_are_read_with_their_places() {
    let text = lint(&["--network", "instagram", &format!("{DRAFTS}/reply.txt")]);
    // The front matter names Bluesky and a post: one person speaks there,
    // and a post needs no sign-off.
    let markdown = lint(&[&format!("{DRAFTS}/post.md")]);
    // Sprout's columns with a network column; CRLF line ends and a quoted
    // cell with doubled quotes: the columns are those of the file.
    let sprout = lint(&[&format!("{DRAFTS}/captions.csv")]);
    let column = lint(&["--column", "body", &format!("{DRAFTS}/bodies.csv")]);
    insta::assert_snapshot!(sessions([&text, &markdown, &sprout, &column]));
    assert_eq!(
        sprout
            .stdout
            .matches("--> tests/fixtures/lint/drafts/captions.csv")
            .count(),
        3,
        "three findings in the captions"
    );
}

#[test]
fn a_draft_on_standard_input_is_read_as_its_name_says() {
    let draft = b"---\nnetwork: x\n---\nDone \xF0\x9F\x8E\x89\n\xE2\x80\x94 Sam\n";
    let args = [
        "lint",
        "--strategy",
        STRATEGY,
        "--stdin-filename",
        "reply.md",
        "-",
    ];
    let run = commstrat_piped(&root(), &args, &[], draft);
    assert!(run.stdout.contains("[too-many-emoji]"), "{}", run.stdout);
    let text = commstrat_piped(
        &root(),
        &["lint", "--strategy", STRATEGY, "--network", "x", "-"],
        &[],
        b"Thanks for your ticket!\n",
    );
    insta::assert_snapshot!(sessions([&run, &text]));
}

#[test]
fn findings_come_in_every_format_of_check() {
    let draft = format!("{DRAFTS}/reply.txt");
    let runs: Vec<_> = ["json", "sarif", "github", "junit"]
        .iter()
        .map(|format| lint(&["--network", "instagram", "--format", format, &draft]))
        .collect();
    for run in &runs {
        assert_eq!(run.code, 1, "{}", run.transcript());
    }
    insta::assert_snapshot!(sessions(&runs));
}

#[test]
fn french_and_arabic_drafts_are_held_to_their_strategies() {
    let french = commstrat(&[
        "lint",
        "--strategy",
        "strategies/boulangerie-lumiere.toml",
        "--network",
        "instagram",
        &format!("{DRAFTS}/fr.txt"),
    ]);
    // `’` folds to `'`: "n’hésitez pas" is the avoided "n'hésitez pas".
    assert!(french.stdout.contains("n’hésitez pas"), "{}", french.stdout);
    let arabic = commstrat(&[
        "lint",
        "--strategy",
        "strategies/souq-alnakhil.toml",
        "--network",
        "x-main",
        &format!("{DRAFTS}/ar.txt"),
    ]);
    insta::assert_snapshot!(sessions([&french, &arabic]));
}

/// A copy of the fixture drafts in a temporary folder, with the strategy.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for name in ["reply.txt", "captions.csv", "post.md"] {
        std::fs::copy(root().join(DRAFTS).join(name), dir.path().join(name)).expect("copied");
    }
    std::fs::copy(root().join(STRATEGY), dir.path().join("strategy.toml")).expect("copied");
    dir
}

#[test]
fn fix_makes_the_substitutions_and_adds_the_sign_off() {
    let dir = scratch();
    let fix = |args: &[&str]| {
        let mut all = vec!["lint", "--strategy", "strategy.toml", "--fix"];
        all.extend_from_slice(args);
        commstrat_in(dir.path(), &all)
    };
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).expect("read");
    // Without a value for {{ agent }} the sign-off cannot be written: the
    // substitution is made and the sign-off stays a finding.
    let unsigned = fix(&["--network", "instagram", "reply.txt"]);
    assert!(read("reply.txt").contains("your request"));
    assert!(unsigned.stdout.contains("missing-sign-off"));
    let signed = fix(&["--network", "instagram", "--set", "agent=Sam", "reply.txt"]);
    assert!(
        read("reply.txt").ends_with("— Sam\n"),
        "{}",
        read("reply.txt")
    );
    // A reply batch in CSV: a cell that now holds a line break is quoted,
    // the quoted one keeps its doubled quotes.
    let csv = fix(&["--kind", "complaint", "--set", "agent=Sam", "captions.csv"]);
    let again = fix(&["--kind", "complaint", "--set", "agent=Sam", "captions.csv"]);
    assert!(
        !again.stderr.contains("fixed"),
        "a second run changes nothing"
    );
    let after = format!(
        "--- reply.txt\n{}--- captions.csv\n{}",
        read("reply.txt"),
        read("captions.csv")
    );
    insta::assert_snapshot!(format!(
        "{}\n{after}",
        sessions([&unsigned, &signed, &csv, &again])
    ));
}

#[test]
fn a_run_that_cannot_be_made_says_why() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let write =
        |name: &str, text: &str| std::fs::write(dir.path().join(name), text).expect("written");
    write("no-column.csv", "date,text\n12/07/2026,Hello\n");
    write("bad.md", "---\nnetwork: [x\n---\nHello\n");
    write("reply.txt", "Thanks!\n");
    write("unclosed.csv", "message\n\"unbalanced ticket\nmore\n");
    std::fs::copy(root().join(STRATEGY), dir.path().join("strategy.toml")).expect("copied");
    let run = |args: &[&str]| commstrat_in(dir.path(), args);
    let runs = [
        (
            "a CSV without a message column",
            run(&["lint", "--strategy", "strategy.toml", "no-column.csv"]),
        ),
        (
            "a front matter that is not YAML",
            run(&["lint", "--strategy", "strategy.toml", "bad.md"]),
        ),
        (
            "a network the strategy does not have",
            run(&[
                "lint",
                "--strategy",
                "strategy.toml",
                "--network",
                "instagarm",
                "reply.txt",
            ]),
        ),
        (
            "a crisis level it does not define",
            run(&[
                "lint",
                "--strategy",
                "strategy.toml",
                "--crisis",
                "4",
                "reply.txt",
            ]),
        ),
        (
            "a kind it has no playbook for",
            run(&[
                "lint",
                "--strategy",
                "strategy.toml",
                "--kind",
                "abuse",
                "reply.txt",
            ]),
        ),
        (
            "--fix on standard input",
            run(&["lint", "--strategy", "strategy.toml", "--fix", "-"]),
        ),
        (
            "a quoted cell never closed",
            run(&["lint", "--strategy", "strategy.toml", "unclosed.csv"]),
        ),
        (
            "--fix on the strategy itself",
            run(&[
                "lint",
                "--strategy",
                "strategy.toml",
                "--fix",
                "reply.txt",
                "./strategy.toml",
            ]),
        ),
        (
            "no strategy named and no strategies/ folder",
            run(&["lint", "reply.txt"]),
        ),
    ];
    for (what, r) in &runs {
        assert_eq!(r.code, 2, "{what}: {}", r.transcript());
    }
    insta::assert_snapshot!(described_sessions(runs));
}

#[test]
fn the_strategy_is_found_as_the_config_or_the_folder_says() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join("strategies")).expect("a folder");
    std::fs::copy(
        root().join(STRATEGY),
        dir.path().join("strategies/ours.toml"),
    )
    .expect("copied");
    std::fs::write(
        dir.path().join("reply.txt"),
        "Thanks for your ticket!\n— Sam\n",
    )
    .expect("written");
    let alone = commstrat_in(dir.path(), &["lint", "--network", "x", "reply.txt"]);
    std::fs::copy(
        root().join(STRATEGY),
        dir.path().join("strategies/theirs.toml"),
    )
    .expect("copied");
    let two = commstrat_in(dir.path(), &["lint", "--network", "x", "reply.txt"]);
    std::fs::write(
        dir.path().join("commstrat.toml"),
        "[lint]\nstrategy = \"strategies/theirs.toml\"\n",
    )
    .expect("written");
    let configured = commstrat_in(dir.path(), &["lint", "--network", "x", "reply.txt"]);
    assert_eq!((alone.code, two.code, configured.code), (1, 2, 1));
    insta::assert_snapshot!(sessions([&alone, &two, &configured]));
}

#[test]
fn a_front_matter_of_aliases_is_read_without_expanding_them() {
    // "Billion laughs": each line refers to the one before ten times.
    let mut front = String::from(
        "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let mut previous = 'a';
    for name in 'b'..='i' {
        let refs = vec![format!("*{previous}"); 9].join(",");
        front.push_str(&format!("{name}: &{name} [{refs}]\n"));
        previous = name;
    }
    // An alias takes its key's turn: the network after it is still read
    // (X uses no emoji).
    front.push_str("other: *i\nnetwork: x\n---\nThanks! \u{1F389}\n— Sam\n");
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("laughs.md"), front).expect("written");
    std::fs::copy(root().join(STRATEGY), dir.path().join("strategy.toml")).expect("copied");
    let run = commstrat_in(
        dir.path(),
        &[
            "lint",
            "--strategy",
            "strategy.toml",
            "laughs.md",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.field("name"), ["too-many-emoji"], "{}", run.stdout);
}

/// The last row of a CSV without a final line break is a draft too, with
/// its network column read.
#[test]
fn the_last_row_of_a_csv_counts_without_a_final_line_break() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::copy(root().join(STRATEGY), dir.path().join("strategy.toml")).expect("copied");
    std::fs::write(
        dir.path().join("rows.csv"),
        "message,network\nticket one,instagram\nDone \u{1F389},x",
    )
    .expect("written");
    let run = commstrat_in(
        dir.path(),
        &[
            "lint",
            "--strategy",
            "strategy.toml",
            "rows.csv",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        run.findings(&["name", "file"]),
        ["draft-avoided-phrase rows.csv", "too-many-emoji rows.csv"],
        "{}",
        run.stdout
    );
    let lines: Vec<u64> = run
        .diagnostics()
        .iter()
        .filter_map(|d| d["line"].as_u64())
        .collect();
    assert_eq!(lines, [2, 3]);
}
