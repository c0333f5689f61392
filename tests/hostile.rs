//! Hostile input: every file gets a clear finding or error, never a panic,
//! and each fixture's human output is a snapshot of its own.

use commstrat::diagnostic::MAX_FINDINGS;

use crate::support::{
    Run, check_strict, check_text, commstrat, commstrat_in, files_under, relative, root, sessions,
    with_calendar,
};

/// Each hostile file and the rule its first finding must come from.
const EXPECTED: &[(&str, &str)] = &[
    ("bidi-override-in-name.toml", "invisible-character"),
    ("binary-garbage.toml", "toml-syntax"),
    ("byte-order-mark.toml", "invalid-version"),
    ("comment-only.toml", "missing-key"),
    ("crlf-line-endings.toml", "overlapping-windows"),
    ("date-time-with-offset.toml", "invalid-date"),
    ("deeply-nested-arrays.toml", "toml-syntax"),
    ("dotted-keys-40-deep.toml", "nesting-too-deep"),
    ("duplicate-keys.toml", "toml-syntax"),
    ("duplicate-network-ids.toml", "duplicate-id"),
    ("duplicate-tables.toml", "toml-syntax"),
    ("empty-at-list.toml", "missing-key"),
    ("empty-networks.toml", "missing-key"),
    ("empty.toml", "missing-key"),
    ("enormous-duration.toml", "invalid-duration"),
    ("events-at-end-of-time.toml", "event-in-blackout"),
    ("far-future-until.toml", ""),
    ("february-30.toml", "toml-syntax"),
    ("float-for-integer.toml", "wrong-type"),
    ("hidden-characters.toml", "invisible-character"),
    ("huge-integer.toml", "wrong-type"),
    ("huge-interval-no-until.toml", "series-never-occurs"),
    ("huge-output-template.toml", "template-syntax"),
    ("ics-injection-in-title.toml", ""),
    ("infinite-float.toml", "wrong-type"),
    ("inline-table-for-list.toml", "wrong-type"),
    ("integer-with-arabic-digits.toml", "toml-syntax"),
    ("integer-without-digits.toml", "toml-syntax"),
    ("invalid-escape.toml", "toml-syntax"),
    ("invalid-utf8.toml", "toml-syntax"),
    ("latin1-encoded.toml", "toml-syntax"),
    ("lone-carriage-returns.toml", "toml-syntax"),
    ("lone-surrogate-escape.toml", "toml-syntax"),
    ("midnight-as-start.toml", "invalid-time"),
    ("mixed-array.toml", "wrong-type"),
    ("negative-integer.toml", "out-of-range"),
    ("nested-40-levels.toml", "nesting-too-deep"),
    ("nul-byte.toml", "toml-syntax"),
    ("nul-in-string-escape.toml", "invisible-character"),
    ("quoted-date.toml", "invalid-date"),
    ("random-bytes.toml", "toml-syntax"),
    ("recursive-template.toml", "template-syntax"),
    ("repeated-list-template.toml", "template-syntax"),
    ("repeated-units-duration.toml", ""),
    ("rtl-and-combining-id.toml", "invalid-id"),
    ("runaway-template.toml", "template-syntax"),
    ("schema-version-2.toml", "out-of-range"),
    ("series-at-end-of-time.toml", ""),
    ("series-time-24h.toml", "invalid-time"),
    ("table-after-array-of-tables.toml", "toml-syntax"),
    ("template-debug-dump.toml", "template-syntax"),
    ("template-huge-string-multiply.toml", "template-syntax"),
    ("template-import-self.toml", "template-syntax"),
    ("template-include-etc-passwd.toml", "template-syntax"),
    ("template-include-parent-path.toml", "template-syntax"),
    ("template-nested-loops.toml", "template-syntax"),
    ("template-recursive-macro.toml", "template-syntax"),
    ("template-undefined-filter.toml", "template-syntax"),
    ("truncated-string.toml", "toml-syntax"),
    ("truncated-table-header.toml", "toml-syntax"),
    ("unicode-key.toml", "unknown-key"),
    ("unknown-keys.toml", "unknown-key"),
    ("unknown-zone.toml", "unknown-timezone"),
    ("unterminated-multiline-string.toml", "toml-syntax"),
    ("whitespace-only.toml", "missing-key"),
    ("wrong-types.toml", "wrong-type"),
    ("year-10000-date.toml", "toml-syntax"),
    ("zero-interval.toml", "out-of-range"),
];

#[test]
fn every_hostile_file_is_listed() {
    let on_disk = files_under(&root().join("tests/fixtures/hostile"));
    let listed: Vec<&str> = EXPECTED.iter().map(|(f, _)| *f).collect();
    assert_eq!(on_disk, listed);
    assert!(listed.len() >= 60);
}

/// Each hostile file is its own case: its first finding is located and
/// from the expected rule, and `commstrat check FILE` (the human output,
/// snippets and underlines) is recorded whole in
/// `snapshots/integration__hostile__check@FILE.snap`.
#[test]
fn each_hostile_file_gets_a_located_finding_never_a_panic() {
    insta::glob!("fixtures/hostile/*.toml", |file| {
        let path = relative(file);
        let path = path.as_str();
        let file = path.strip_prefix("tests/fixtures/hostile/").unwrap();
        let rule = EXPECTED
            .iter()
            .find(|(f, _)| *f == file)
            .map(|(_, rule)| *rule)
            .unwrap_or_else(|| panic!("{file} is not in EXPECTED"));
        let run = check_strict(path);
        let json = run.json();
        let diagnostics = json["diagnostics"].as_array().unwrap();
        // The human renderer gets the same file, and fails only on errors.
        let human = commstrat(&["check", path]);
        let errors = diagnostics.iter().any(|d| d["severity"] == "error");
        assert_eq!(
            human.code,
            i32::from(errors),
            "{file}: {}",
            human.transcript()
        );
        if rule.is_empty() {
            assert_eq!(run.code, 0, "{file}: {}", run.stdout);
        } else {
            assert_eq!(run.code, 1, "{file}: {}", run.transcript());
            let first = &diagnostics[0];
            assert_eq!(first["name"], rule, "{file}: {}", run.stdout);
            assert_eq!(first["file"], path);
            assert!(
                first["line"].as_u64().unwrap() >= 1 && first["column"].as_u64().unwrap() >= 1,
                "{file}"
            );
            assert!(!first["message"].as_str().unwrap().is_empty());
        }
        insta::assert_snapshot!("check", human.transcript());
    });
}

#[test]
fn hostile_templates_say_why_they_stop_in_bounded_time() {
    // (file, line of the template in the file, what the finding says).
    let cases = [
        ("runaway-template.toml", 59, "engine ran out of fuel"),
        ("template-nested-loops.toml", 60, "engine ran out of fuel"),
        (
            "template-huge-string-multiply.toml",
            60,
            "engine ran out of fuel",
        ),
        ("recursive-template.toml", 59, "recursion limit exceeded"),
        (
            "template-recursive-macro.toml",
            60,
            "recursion limit exceeded",
        ),
        ("huge-output-template.toml", 21, "longer than 64 KiB"),
        (
            "repeated-list-template.toml",
            21,
            "100000000 items is too long",
        ),
        (
            "template-debug-dump.toml",
            60,
            "items is too long for a reply",
        ),
        (
            "template-include-etc-passwd.toml",
            60,
            "non-existing template '/etc/passwd'",
        ),
        (
            "template-include-parent-path.toml",
            60,
            "non-existing template '../../strategies",
        ),
        (
            "template-import-self.toml",
            60,
            "non-existing template 'reply'",
        ),
        (
            "template-undefined-filter.toml",
            60,
            "filter shell is unknown",
        ),
    ];
    for (file, line, says) in cases {
        let path = format!("tests/fixtures/hostile/{file}");
        let started = std::time::Instant::now();
        let run = check_strict(&path);
        // Bounded by fuel, recursion depth or the output cap: a generous
        // bound for a debug build on a loaded machine, not a speed claim.
        assert!(
            started.elapsed().as_secs() < 60,
            "{file}: {:?}",
            started.elapsed()
        );
        let json = run.json();
        let found = json["diagnostics"].as_array().unwrap().iter().any(|d| {
            d["name"] == "template-syntax"
                && d["line"] == line
                && d["message"].as_str().unwrap().contains(says)
        });
        assert!(
            found,
            "{file}: no template-syntax on line {line} saying {says:?}: {}",
            run.stdout
        );
    }
}

#[test]
fn hostile_positions_are_exact() {
    // (file, rule, line, column): BOM, CRLF and non-UTF-8 bytes keep columns right.
    let cases = [
        ("byte-order-mark.toml", "invalid-version", 8, 11),
        ("crlf-line-endings.toml", "overlapping-windows", 37, 64),
        ("invalid-utf8.toml", "toml-syntax", 7, 14),
        ("duplicate-keys.toml", "toml-syntax", 8, 1),
        ("february-30.toml", "toml-syntax", 38, 11),
        ("unknown-zone.toml", "unknown-timezone", 10, 12),
    ];
    for (file, rule, line, column) in cases {
        let run = commstrat(&[
            "check",
            &format!("tests/fixtures/hostile/{file}"),
            "--format",
            "json",
        ]);
        let json = run.json();
        let found = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["name"] == rule && d["line"] == line && d["column"] == column);
        assert!(
            found,
            "{file}: expected {rule} at {line}:{column}\n{}",
            run.stdout
        );
    }
}

#[test]
fn a_file_just_under_the_size_limit_is_checked_and_located() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from(commstrat::STARTER);
    let filler_line =
        "# ballast: a long comment line to make the file large, repeated many times over.\n";
    while text.len() + filler_line.len() + "mistake = true\n".len() <= commstrat::MAX_FILE_BYTES {
        text.push_str(filler_line);
    }
    let lines = text.lines().count();
    text.push_str("mistake = true\n");
    std::fs::write(dir.path().join("big.toml"), &text).unwrap();
    let run = commstrat_in(dir.path(), &["check", "big.toml", "--format", "json"]);
    assert_eq!(run.code, 1);
    let json = run.json();
    let d = &json["diagnostics"][0];
    assert_eq!(d["name"], "unknown-key");
    assert_eq!(d["line"], lines + 1);
    // The human renderer prints only the offending line, not 8 MiB.
    let human = commstrat_in(dir.path(), &["check", "big.toml"]);
    assert!(human.stdout.len() < 2000, "{}", human.stdout.len());
}

#[test]
fn files_over_the_size_limit_get_one_finding_and_are_not_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let limit = commstrat::MAX_FILE_BYTES;
    // One byte over the limit, and a 50 MB file.
    let over = format!(
        "{}{}",
        commstrat::STARTER,
        "#".repeat(limit + 1 - commstrat::STARTER.len())
    );
    std::fs::write(dir.path().join("over.toml"), &over).unwrap();
    let huge = std::fs::File::create(dir.path().join("huge.toml")).unwrap();
    huge.set_len(50 * 1000 * 1000).unwrap();
    for file in ["over.toml", "huge.toml"] {
        let run = commstrat_in(dir.path(), &["check", file, "--format", "json"]);
        assert_eq!(run.code, 1, "{}", run.transcript());
        let json = run.json();
        let diagnostics = json["diagnostics"].as_array().unwrap();
        assert_eq!(diagnostics.len(), 1, "{}", run.stdout);
        assert_eq!(diagnostics[0]["name"], "file-too-large");
        assert_eq!(diagnostics[0]["line"], 1);
        let human = commstrat_in(dir.path(), &["check", file]);
        assert!(
            human.stdout.contains("larger than 8 MiB"),
            "{}",
            human.stdout
        );
        assert!(human.stdout.len() < 2000, "{}", human.stdout.len());
    }
    // The limit is inclusive: a file of exactly 8 MiB is read.
    std::fs::write(dir.path().join("exact.toml"), &over[..limit]).unwrap();
    let run = commstrat_in(dir.path(), &["check", "exact.toml", "--format", "json"]);
    assert!(
        run.findings(&["name"])
            .iter()
            .all(|n| n != "file-too-large"),
        "{}",
        run.stdout
    );
    // render refuses it the same way, naming the rule.
    let render = commstrat_in(dir.path(), &["render", "guide", "huge.toml"]);
    assert_eq!(render.code, 1);
    assert!(
        render.stderr.contains("file-too-large"),
        "{}",
        render.stderr
    );
}

#[test]
fn a_seven_megabyte_string_is_one_line_and_still_fine() {
    let dir = tempfile::tempdir().unwrap();
    let text = commstrat::STARTER.replacen(
        "description = \"How My Brand listens and answers on social networks.\"",
        &format!(
            "description = \"{}\"\nunknown = 1",
            "é".repeat(7 * 512 * 1024)
        ),
        1,
    );
    std::fs::write(dir.path().join("wide.toml"), &text).unwrap();
    let run = commstrat_in(dir.path(), &["check", "wide.toml", "--format", "json"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["diagnostics"][0]["name"], "unknown-key");
}

/// Check the starter with one replacement and `extra` appended; the findings' rule names.
fn names_with_appended(extra: &str, replace: (&str, &str)) -> Vec<String> {
    let run = check_text(&(commstrat::STARTER.replacen(replace.0, replace.1, 1) + extra));
    assert_eq!(run.code, 1);
    run.field("name")
}

#[test]
fn thousands_of_overlapping_windows_are_each_reported_once() {
    let with_windows = |n: usize| {
        let windows = vec![r#"{ days = ["mon-sun"], from = "09:00", to = "18:00" }"#; n].join(", ");
        let run = check_text(&commstrat::STARTER.replacen(
            "hours = [{ days = [\"mon-fri\"], from = \"09:00\", to = \"18:00\" }]",
            &format!("hours = [{windows}]"),
            1,
        ));
        assert_eq!(run.code, 1, "{}", run.stderr);
        run
    };
    // At the limit of findings a file reports: each overlap once.
    let found = with_windows(MAX_FINDINGS + 1).field("name");
    assert_eq!(found.len(), MAX_FINDINGS);
    assert!(found.iter().all(|n| n == "overlapping-windows"));
    // Past it, from any rule: the limit's findings, then one that counts the rest.
    for (windows, rest) in [(MAX_FINDINGS + 2, 1), (3000, 1999)] {
        let run = with_windows(windows);
        let found = run.field("name");
        assert_eq!(found.len(), MAX_FINDINGS + 1);
        assert_eq!(found[MAX_FINDINGS], "too-many-findings");
        let last = &run.diagnostics()[MAX_FINDINGS];
        assert_eq!(last["severity"], "error");
        assert_eq!(
            last["message"],
            format!(
                "a file reports at most 1000 findings: {rest} more are left out (errors: {rest}, warnings: 0)"
            )
        );
    }
}

#[test]
fn hundreds_of_series_that_never_occur_are_each_reported() {
    let mut extra = String::new();
    for i in 0..500 {
        extra.push_str(&format!(
            "\n[[calendar.series]]\nid = \"never-{i}\"\ntitle = \"Never\"\npractice = \"other\"\nnetworks = [\"instagram\"]\nevery = \"month\"\ninterval = 12\non = [30]\nat = \"10:00\"\nstarts = 2026-02-01\n"
        ));
    }
    let found = names_with_appended(&extra, ("", ""));
    assert_eq!(found.len(), 500);
    assert!(found.iter().all(|n| n == "series-never-occurs"));
}

#[test]
fn valid_hostile_files_render_safely_in_every_format() {
    // Valid files: those with no finding, and those with warnings only.
    let valid = |file: &str, rule: &str| {
        let path = format!("tests/fixtures/hostile/{file}");
        rule.is_empty() || commstrat(&["check", &path]).code == 0
    };
    for (file, _) in EXPECTED.iter().filter(|(file, rule)| valid(file, rule)) {
        let path = format!("tests/fixtures/hostile/{file}");
        let guide = commstrat(&["render", "guide", &path]);
        assert_eq!(guide.code, 0, "{file}: {}", guide.transcript());
        for format in ["md", "ics", "csv", "json"] {
            let run = commstrat(&[
                "render",
                "calendar",
                &path,
                "--from",
                "2026-01-01",
                "--weeks",
                "52",
                "--format",
                format,
            ]);
            assert_eq!(run.code, 0, "{file} {format}: {}", run.transcript());
            match format {
                "ics" => {
                    let unfolded = run.stdout.replace("\r\n ", "");
                    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
                        // Every logical line is a property of ours: no title
                        // or brief can start one of its own.
                        let name: String = line
                            .chars()
                            .take_while(|c| c.is_ascii_uppercase() || *c == '-')
                            .collect();
                        assert!(
                            [
                                "BEGIN",
                                "END",
                                "VERSION",
                                "PRODID",
                                "CALSCALE",
                                "METHOD",
                                "X-WR-CALNAME",
                                "UID",
                                "DTSTAMP",
                                "DTSTART",
                                "DTEND",
                                "SUMMARY",
                                "DESCRIPTION",
                                "CATEGORIES",
                                "TRANSP",
                            ]
                            .contains(&name.as_str()),
                            "{file}: {line}"
                        );
                    }
                }
                "csv" => {
                    for bad in [",=", ",+", ",-", ",@", ",\"=", ",\"@"] {
                        assert!(
                            !run.stdout.contains(bad),
                            "{file}: {bad} in\n{}",
                            run.stdout
                        );
                    }
                }
                _ => {}
            }
        }
    }
}

/// The characters of `text` that no output may carry as they are: those
/// `source::hidden` names, but the line feeds and tabs of the formats' lines.
fn raw_hidden(text: &str) -> Vec<String> {
    text.chars()
        .filter(|c| !matches!(c, '\n' | '\t') && commstrat::source::hidden(*c).is_some())
        .map(commstrat::source::describe)
        .collect()
}

/// ESC, a right-to-left override and an @mention in an id, a zero-width
/// space and a soft hyphen in the name, an override in the description:
/// every format of `check` shows each hidden character as `<U+202E>`, never
/// as itself (ESC would colour a CI log; U+202E would reverse the text).
#[test]
fn hidden_characters_are_shown_in_every_format() {
    let path = "tests/fixtures/hostile/hidden-characters.toml";
    let runs: Vec<Run> = ["human", "json", "sarif", "github", "junit"]
        .iter()
        .map(|format| commstrat(&["check", path, "--format", format]))
        .collect();
    for run in &runs {
        assert_eq!(run.code, 1, "{}", run.transcript());
        let raw = raw_hidden(&format!("{}{}", run.stdout, run.stderr));
        assert!(raw.is_empty(), "{:?}: {raw:?}", run.args);
        for shown in ["<U+001B>", "<U+202E>"] {
            let escaped = shown.replace('<', "&lt;").replace('>', "&gt;");
            assert!(
                run.stdout.contains(shown) || run.stdout.contains(&escaped),
                "{:?}: no {shown}",
                run.args
            );
        }
    }
    insta::assert_snapshot!(sessions(&runs));
}

/// The hostile files too big to keep in the repository, written here.
#[test]
fn generated_giants_get_a_bounded_answer() {
    let dir = tempfile::tempdir().unwrap();
    let starter = commstrat::STARTER;
    let block =
        &starter[starter.find("[[networks]]").unwrap()..starter.find("[[schedules]]").unwrap()];
    let giants = [
        (
            "arrays.toml",
            format!(
                "{starter}\nx = {}{}\n",
                "[".repeat(100_000),
                "]".repeat(100_000)
            ),
            "toml-syntax",
        ),
        (
            "inline.toml",
            format!(
                "{starter}\nx = {}1{}\n",
                "{a=".repeat(50_000),
                "}".repeat(50_000)
            ),
            "toml-syntax",
        ),
        (
            "key.toml",
            format!("{starter}\n{} = 1\n", "k".repeat(1024 * 1024)),
            "unknown-key",
        ),
        (
            // 35,000 networks with only an id (455,000 tokens): a schema
            // finding for each missing key, until the schema stage stops
            // at its limit.
            "networks.toml",
            (0..35_000).fold(starter.to_string(), |mut text, i| {
                text.push_str(&format!("\n[[networks]]\nid = \"n{i}\"\n"));
                text
            }),
            "missing-key",
        ),
        (
            // 150,000 distinct closed dates (450,000 tokens): each is looked
            // up by every date rule, which must not cost the square of
            // their number.
            "dates.toml",
            {
                let mut day = jiff::civil::date(1500, 1, 1);
                let mut dates = Vec::with_capacity(150_000);
                for _ in 0..150_000 {
                    dates.push(day.to_string());
                    day = day.tomorrow().unwrap();
                }
                starter.replace(
                    "closed = [2026-12-25]",
                    &format!("closed = [{}]", dates.join(", ")),
                )
            },
            "",
        ),
        (
            // As many complete networks as the starter's three playbooks,
            // of one reply each, may apply to (3 x 2 x 3,001 pairs).
            "complete-networks.toml",
            (0..3_000).fold(starter.to_string(), |mut text, i| {
                text.push_str(&block.replace("id = \"instagram\"", &format!("id = \"n{i}\"")));
                text
            }),
            "",
        ),
    ];
    for (name, text, rule) in giants {
        std::fs::write(dir.path().join(name), &text).unwrap();
        let started = std::time::Instant::now();
        let run = commstrat_in(dir.path(), &["check", name, "--format", "json"]);
        // Bounded: seconds in a debug build; the bound is generous for a
        // loaded CI machine, a hang would pass it.
        assert!(
            started.elapsed().as_secs() < 120,
            "{name}: {:?}",
            started.elapsed()
        );
        let names = run.findings(&["name"]);
        if rule.is_empty() {
            assert_eq!(run.code, 0, "{name}: {}", run.transcript());
            continue;
        }
        assert_eq!(run.code, 1, "{name}: {}", run.transcript());
        assert_eq!(names[0], rule, "{name}");
        assert!(
            names.len() <= commstrat::schema::MAX_SCHEMA_FINDINGS + 1,
            "{name}: {}",
            names.len()
        );
        // No message repeats a megabyte of the file.
        assert!(
            run.stdout.len() < 1024 * 1024,
            "{name}: {} bytes",
            run.stdout.len()
        );
    }
}

/// A file of `MAX_TOKENS` TOML tokens is read; one token more is refused
/// before toml builds anything, at that token, with the limit named.
#[test]
fn the_token_limit_is_exact() {
    use commstrat::load::MAX_TOKENS;
    let starter = commstrat::STARTER;
    // toml's own lexer, as `load` counts; its last token is the end of file.
    let tokens = toml_parser::Source::new(starter).lex().count() - 1;
    // Each line end past the starter is one token.
    let padded = |n: usize| format!("{starter}{}", "\n".repeat(n - tokens));
    assert_eq!(check_text(&padded(MAX_TOKENS)).code, 0);
    let run = check_text(&padded(MAX_TOKENS + 1));
    assert_eq!(run.code, 1);
    let found = run.diagnostics();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["name"], "file-too-large");
    assert_eq!(
        found[0]["line"],
        MAX_TOKENS + 1 - tokens + starter.lines().count()
    );
    assert!(
        found[0]["message"]
            .as_str()
            .unwrap()
            .contains("more than 500,000 TOML tokens"),
        "{}",
        found[0]["message"]
    );
}

/// The starter with 99 more networks, 96 more playbooks for all of them
/// (each with one reply) and `narrow` playbooks for one network, no reply:
/// 19,800 + `narrow` (playbook, network) and (reply, network) pairs.
fn with_pairs(narrow: usize) -> String {
    let mut networks = String::new();
    for i in 0..99 {
        networks.push_str(&format!(
            "[[networks]]\nid = \"n{i}\"\nplatform = \"mastodon\"\nhandle = \"@h\"\naudience = \"A\"\npurpose = [\"P\"]\nschedule = \"office\"\nresponse_time = \"2h\"\n\n"
        ));
    }
    let mut playbooks = String::new();
    for i in 0..96 + narrow {
        let only = if i < 96 {
            String::new()
        } else {
            "networks = [\"instagram\"]\n".into()
        };
        let reply = if i < 96 {
            "replies = [{ channel = \"public\", text = \"Hi {{ follower }}\" }]\n"
        } else {
            ""
        };
        playbooks.push_str(&format!(
            "[[playbooks]]\nid = \"pb{i}\"\nkind = \"question\"\ntitle = \"Q\"\nowner = \"community\"\n{only}steps = [\"S\"]\n{reply}\n"
        ));
    }
    commstrat::STARTER
        .replacen("[[schedules]]\n", &format!("{networks}[[schedules]]\n"), 1)
        .replacen(
            "[[crisis.levels]]\n",
            &format!("{playbooks}[[crisis.levels]]\n"),
            1,
        )
}

/// A strategy of 20,000 (playbook, network) and (reply, network) pairs is
/// checked and its guide rendered; one pair more is a file-too-large error
/// on `playbooks`, and nothing is measured or rendered. Before the limit,
/// 3,000 networks and 3,000 playbooks took 9.5 s to check and 21 GB to render.
#[test]
fn the_pairs_of_playbooks_and_networks_are_bounded() {
    use commstrat::replies::MAX_PAIRS;
    assert_eq!(MAX_PAIRS, 20_000);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("at.toml"), with_pairs(200)).unwrap();
    std::fs::write(dir.path().join("past.toml"), with_pairs(201)).unwrap();
    let at = commstrat_in(dir.path(), &["check", "at.toml", "--format", "json"]);
    assert_eq!(at.code, 0, "{}", at.stdout);
    let guide = commstrat_in(dir.path(), &["render", "guide", "at.toml"]);
    assert_eq!(guide.code, 0, "{}", guide.stderr);
    let past = commstrat_in(dir.path(), &["check", "past.toml"]);
    assert_eq!(past.code, 1);
    insta::assert_snapshot!(past.transcript());
    let guide = commstrat_in(dir.path(), &["render", "guide", "past.toml"]);
    assert_eq!(guide.code, 1, "{}", guide.stderr);
    assert!(guide.stdout.is_empty());
    // diff reads files with findings, but not one past the limit: each
    // pair may be a changed promise.
    assert_eq!(
        commstrat_in(dir.path(), &["diff", "at.toml", "at.toml"]).code,
        0
    );
    let diff = commstrat_in(dir.path(), &["diff", "at.toml", "past.toml"]);
    assert_eq!(diff.code, 2, "{}", diff.transcript());
    assert!(
        diff.stderr
            .contains("past.toml: the playbooks apply to 20001"),
        "{}",
        diff.stderr
    );
}

/// A plain reply (text and `{{ variable }}` tags, rendered without
/// minijinja) whose text passes the 64 KiB cap gets minijinja's finding, as
/// a template with a loop does; one just under the cap renders.
#[test]
fn a_plain_reply_past_the_output_cap_is_refused_like_any_template() {
    let base = std::fs::read_to_string("tests/fixtures/hostile/huge-output-template.toml")
        .expect("the fixture");
    let loop_sign_off = r#"sign_off = "{% for i in range(1000) %}{{ 'x' * 100 }}{% endfor %}""#;
    assert!(base.contains(loop_sign_off));
    let with_sign_off =
        |text: String| base.replace(loop_sign_off, &format!("sign_off = \"{text}\""));
    // "— " (the dash takes 3 bytes) and the agent's sample name (10) are
    // 14 bytes: the text below renders to 65,537 bytes, one past the cap.
    let over = with_sign_off(format!(
        "— {{{{ agent }}}}{}",
        "x".repeat(64 * 1024 - 14 + 1)
    ));
    let json = check_text(&over).json();
    let syntax: Vec<_> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["name"] == "template-syntax")
        .collect();
    assert_eq!(syntax.len(), 1, "{json}");
    assert_eq!(syntax[0]["line"], 21);
    let message = syntax[0]["message"].as_str().unwrap();
    assert!(message.contains("longer than 64 KiB"), "{message}");
    // Exactly at the cap: it renders.
    let under = with_sign_off(format!("— {{{{ agent }}}}{}", "x".repeat(64 * 1024 - 14)));
    let json = check_text(&under).json();
    assert!(
        !json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["name"] == "template-syntax"),
        "{json}"
    );
}

/// A value the template prints of more than 1,000 characters is refused by
/// the engine's formatter (it counts a string's characters as items): a
/// plain reply printing it must be refused the same way, not counted.
#[test]
fn a_plain_reply_printing_a_value_past_1000_characters_is_refused() {
    let base = std::fs::read_to_string("strategies/northwind-outdoor.toml").expect("the example");
    let statement = base
        .lines()
        .find(|l| l.starts_with("statement = "))
        .expect("a schedule statement");
    let text = base.replacen(
        statement,
        &format!("statement = \"{}\"", "x".repeat(1001)),
        1,
    );
    let json = check_text(&text).json();
    let findings = json["diagnostics"].as_array().unwrap();
    assert!(!findings.is_empty(), "{json}");
    for d in findings {
        assert_eq!(d["name"], "template-syntax", "{json}");
        let message = d["message"].as_str().unwrap();
        assert!(
            message.contains("a value of 1001 items is too long for a reply"),
            "{message}"
        );
    }
}

/// The starter with `n` unknown keys at the top level (`k0 = 0`…).
fn with_unknown_keys(n: usize) -> String {
    let keys: String = (0..n).map(|i| format!("k{i} = 0\n")).collect();
    commstrat::STARTER.replacen("schema = 1\n", &format!("schema = 1\n{keys}"), 1)
}

#[test]
fn unknown_keys_count_toward_the_schema_findings_cap() {
    use commstrat::schema::MAX_SCHEMA_FINDINGS;
    let names = |n: usize| {
        let run = crate::support::check_text(&with_unknown_keys(n));
        assert_eq!(run.code, 1, "{}", run.stderr);
        run.findings(&["name"])
    };
    // At the cap: every unknown key is a finding, and nothing more.
    let at_cap = names(MAX_SCHEMA_FINDINGS);
    assert_eq!(at_cap.len(), MAX_SCHEMA_FINDINGS);
    assert!(at_cap.iter().all(|n| n == "unknown-key"));
    // One over: the cap's findings and one line that says the rest are left out.
    let over = names(MAX_SCHEMA_FINDINGS + 1);
    assert_eq!(over.len(), MAX_SCHEMA_FINDINGS + 1);
    assert_eq!(over.iter().filter(|n| *n == "schema-violation").count(), 1);
    // Many more: the same bounded answer (the issue saw 249 MB from 700,000).
    let run = crate::support::check_text(&with_unknown_keys(60_000));
    assert_eq!(run.findings(&["name"]).len(), MAX_SCHEMA_FINDINGS + 1);
    assert!(run.stdout.len() < 1024 * 1024, "{} bytes", run.stdout.len());
}

#[test]
fn findings_on_a_long_line_keep_their_columns_in_human_output() {
    // 1,000 unknown network ids on one line of about 15 KB: human output
    // shows a window of the line around each span, and the header still
    // names the column of the file, as JSON does.
    let ids: Vec<String> = (0..MAX_FINDINGS)
        .map(|i| format!("\"missing-{i}\""))
        .collect();
    let persona = format!(
        "[[personas]]\nid = \"p\"\nname = \"P\"\ndescription = \"D\"\nnetworks = [{}]\n\n",
        ids.join(", ")
    );
    let text = commstrat::STARTER.replacen("[[roles]]\n", &format!("{persona}[[roles]]\n"), 1);
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("s.toml"), &text).expect("the file is written");
    let json = commstrat_in(dir.path(), &["check", "s.toml", "--format", "json"]);
    let human = commstrat_in(dir.path(), &["check", "s.toml"]);
    let columns: Vec<String> = json
        .diagnostics()
        .iter()
        .map(|d| format!("s.toml:{}:{}", d["line"], d["column"]))
        .collect();
    let headers: Vec<String> = human
        .stdout
        .lines()
        .filter_map(|l| l.strip_prefix("  --> ").map(str::to_string))
        .collect();
    assert_eq!(headers.len(), MAX_FINDINGS);
    assert_eq!(headers, columns);
    // The first, a middle and the last finding, as a reader sees them.
    let blocks: Vec<&str> = human.stdout.split("\n\n").collect();
    insta::assert_snapshot!([blocks[0], blocks[500], blocks[999]].join("\n\n"));
}

/// A daily series at 1,000 times a day for 350 days asks `unstaffed-slot`
/// about 350,000 slots, past the 200,000 the rule looks at in a file: the
/// rule stops there, and the check still ends with its findings. The first
/// 571 times (00:00 to 09:30) get their 350 days, and each is unstaffed on
/// some day; the 572nd is cut short and reported nowhere.
#[test]
fn unstaffed_slot_stops_at_its_bound() {
    let times: Vec<String> = (0..1000)
        .map(|m| format!("\"{:02}:{:02}\"", m / 60, m % 60))
        .collect();
    let calendar = format!(
        "[[calendar.series]]\nid = \"busy\"\ntitle = \"Busy\"\npractice = \"product\"\nnetworks = [\"instagram\"]\nevery = \"day\"\nat = [{}]\nstarts = 2026-01-05\nuntil = 2026-12-20\n",
        times.join(", ")
    );
    let run = check_text(&with_calendar(&calendar));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let unstaffed: Vec<String> = run
        .diagnostics()
        .iter()
        .filter(|d| d["name"] == "unstaffed-slot")
        .filter_map(|d| d["message"].as_str())
        .filter(|m| m.contains("is not staffed"))
        .map(str::to_string)
        .collect();
    assert_eq!(unstaffed.len(), 571, "{:?}", unstaffed.last());
    assert!(
        unstaffed[545].contains("at 09:05 on Saturday and Sunday"),
        "{}",
        unstaffed[545]
    );
}
