//! The command line: exit codes, formats, and the helper commands.

use crate::support::{
    commstrat, commstrat_env, commstrat_in, commstrat_piped, root, sessions, toml_files,
};

const OVERLAP: &str = "tests/fixtures/cli/overlap-and-typo.toml";
const WARNING_ONLY: &str = "tests/fixtures/cli/warning-only.toml";

#[test]
fn clean_files_exit_0() {
    let run = commstrat(&["check", "strategies/"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn findings_exit_1_with_rustc_style_output() {
    let run = commstrat(&["check", OVERLAP]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn json_format_follows_the_spec() {
    let run = commstrat(&["check", OVERLAP, "--format", "json"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stdout);
    let json = run.json();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["diagnostics", "files", "summary"]);
    for d in json["diagnostics"].as_array().unwrap() {
        let mut keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "code",
                "column",
                "end_column",
                "end_line",
                "file",
                "help",
                "line",
                "message",
                "name",
                "severity"
            ]
        );
    }
}

#[test]
fn format_can_come_from_the_environment() {
    let run = commstrat_env(
        &root(),
        &["check", OVERLAP],
        &[("COMMSTRAT_FORMAT", "json")],
    );
    assert_eq!(run.json()["summary"]["errors"], 2);
}

#[test]
fn warnings_fail_only_at_fail_level_warning() {
    let default = commstrat(&["check", WARNING_ONLY]);
    assert_eq!(default.code, 0, "{}", default.transcript());
    insta::assert_snapshot!(default.transcript());
    // The same report; only the exit code changes.
    let strict = commstrat(&["check", WARNING_ONLY, "--fail-level", "warning"]);
    assert_eq!(strict.code, 1);
    assert_eq!(
        (strict.stdout.as_str(), strict.stderr.as_str()),
        (default.stdout.as_str(), default.stderr.as_str())
    );
}

#[test]
fn quiet_prints_the_findings_without_the_summary() {
    let full = commstrat(&["check", OVERLAP]);
    let quiet = commstrat(&["check", OVERLAP, "--quiet"]);
    assert_eq!(quiet.code, 1);
    // The same findings, and no `checked 1 file: …` line after them.
    let findings = full.stdout.rsplit_once("\n\n").expect("a summary").0;
    assert_eq!(quiet.stdout, format!("{findings}\n"));
    assert!(!quiet.stdout.contains("checked 1 file"), "{}", quiet.stdout);
    // A clean run under --quiet prints nothing.
    let clean = commstrat(&["check", "strategies/", "-q"]);
    assert_eq!((clean.code, clean.stdout.as_str()), (0, ""));
    // Machine formats are whole documents: --quiet leaves them as they are.
    let json = commstrat(&["check", OVERLAP, "--format", "json"]);
    let quiet_json = commstrat(&["check", OVERLAP, "--format", "json", "--quiet"]);
    assert_eq!(quiet_json.stdout, json.stdout);
}

#[test]
fn silent_prints_nothing_and_keeps_the_exit_code() {
    let root = root();
    let dir = root.as_path();
    let findings = commstrat_in(dir, &["check", OVERLAP, "--silent"]);
    let clean = commstrat_in(dir, &["check", "strategies/", "--silent"]);
    let missing = commstrat_in(dir, &["check", "no-such-file.toml", "--silent"]);
    let json = commstrat_in(dir, &["check", OVERLAP, "--silent", "--format", "sarif"]);
    insta::assert_snapshot!(sessions([&findings, &clean, &missing, &json]));
    assert_eq!(
        [findings.code, clean.code, missing.code, json.code],
        [1, 0, 2, 1]
    );
    for run in [&findings, &clean, &missing, &json] {
        assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
    }
}

/// Whether `check` coloured its findings, with `args` and `env` (NO_COLOR
/// is unset unless `env` sets it; standard output is a pipe).
fn coloured(args: &[&str], env: &[(&str, &str)]) -> bool {
    let mut all = vec![("NO_COLOR", "")];
    all.extend_from_slice(env);
    let mut command = vec!["check", OVERLAP];
    command.extend_from_slice(args);
    let run = commstrat_env(&root(), &command, &all);
    assert_eq!(run.code, 1, "{}", run.transcript());
    run.stdout.contains('\x1b')
}

#[test]
fn color_follows_the_flag_then_the_environment() {
    // A pipe gets no colour unless asked.
    assert!(!coloured(&[], &[]));
    assert!(coloured(&["--color", "always"], &[]));
    assert!(!coloured(&["--color", "never"], &[]));
    assert!(coloured(&[], &[("FORCE_COLOR", "1")]));
    assert!(coloured(&[], &[("CLICOLOR_FORCE", "1")]));
    assert!(!coloured(&[], &[("CLICOLOR_FORCE", "0")]));
    assert!(!coloured(&[], &[("FORCE_COLOR", "")]));
    // NO_COLOR outranks the variables that force colour; the flag outranks all.
    assert!(!coloured(&[], &[("NO_COLOR", "1"), ("FORCE_COLOR", "1")]));
    assert!(!coloured(
        &[],
        &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]
    ));
    assert!(coloured(&["--color", "always"], &[("NO_COLOR", "1")]));
    assert!(!coloured(&["--color", "never"], &[("FORCE_COLOR", "1")]));
    // The flag is global: written before the subcommand too.
    let run = commstrat(&["--color", "always", "check", OVERLAP]);
    assert!(run.stdout.contains('\x1b'));
    let bad = commstrat(&["check", OVERLAP, "--color", "sometimes"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("[possible values: auto, always, never]"),
        "{}",
        bad.stderr
    );
}

#[test]
fn rules_as_json_list_every_rule_and_limit() {
    let run = commstrat(&["rules", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json = run.json();
    let rules = json["rules"].as_array().expect("a list of rules");
    assert_eq!(rules.len(), commstrat::rules::RULES.len());
    let human = commstrat(&["rules"]);
    for (rule, entry) in commstrat::rules::RULES.iter().zip(rules) {
        assert_eq!(entry["code"], rule.id.code);
        assert_eq!(entry["name"], rule.id.name);
        assert_eq!(entry["severity"], rule.id.severity.as_str());
        assert_eq!(entry["summary"], rule.summary());
        assert!(human.stdout.contains(&rule.summary()));
    }
    let limits = json["reply_limits"].as_array().expect("a list of limits");
    // The same limits as the table, line by line.
    let table: Vec<&str> = human
        .stdout
        .split_once("lists every surface):\n")
        .expect("the limits table")
        .1
        .lines()
        .collect();
    assert_eq!(limits.len(), table.len());
    for (line, limit) in table.iter().zip(limits) {
        let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
        let shown = limit["limit"]
            .as_u64()
            .map_or("none".into(), |n| n.to_string());
        let text = |key: &str| limit[key].as_str().expect("a string").to_string();
        let expected = format!(
            "{} {shown} {} {} ",
            text("platform"),
            text("counting"),
            text("source")
        );
        assert!(words.starts_with(&expected), "{words}\n{expected}");
    }
}

#[test]
fn standard_input_is_checked_under_the_name_given() {
    let root = root();
    let text = std::fs::read(root.join(OVERLAP)).unwrap();
    let named = commstrat_piped(
        &root,
        &["check", "-", "--stdin-filename", "my-brand/strategy.toml"],
        &[],
        &text,
    );
    let unnamed = commstrat_piped(&root, &["check", "-"], &[], &text);
    let file = commstrat(&["check", OVERLAP]);
    assert_eq!(named.code, 1);
    assert_eq!(
        named.stdout,
        file.stdout.replace(OVERLAP, "my-brand/strategy.toml")
    );
    assert_eq!(unnamed.stdout, file.stdout.replace(OVERLAP, "<stdin>"));
    // With files: sorted among them by name, counted as one file.
    let mixed = commstrat_piped(
        &root,
        &[
            "check",
            "strategies/",
            "-",
            "--stdin-filename",
            "a.toml",
            "--quiet",
        ],
        &[],
        &text,
    );
    assert!(mixed.stdout.starts_with("error"), "{}", mixed.stdout);
    assert!(mixed.stdout.contains("a.toml:"), "{}", mixed.stdout);
    let json = commstrat_piped(
        &root,
        &["check", "strategies/", "-", "--format", "json"],
        &[],
        &text,
    );
    let examples = std::fs::read_dir(root.join("strategies"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "toml"))
        })
        .count();
    assert_eq!(json.json()["files"], examples + 1);
    // Misuse is a usage error that says what to write.
    let twice = commstrat_piped(&root, &["check", "-", "-"], &[], &text);
    let orphan = commstrat(&["check", OVERLAP, "--stdin-filename", "x.toml"]);
    let base = commstrat_piped(&root, &["check", "-", "--base", "HEAD"], &[], &text);
    insta::assert_snapshot!(sessions([&twice, &orphan, &base]));
    assert_eq!([twice.code, orphan.code, base.code], [2, 2, 2]);
}

#[test]
fn standard_input_past_the_size_limit_is_a_finding() {
    let big = vec![b'#'; commstrat::MAX_FILE_BYTES + 10];
    let run = commstrat_piped(&root(), &["check", "-", "--format", "json"], &[], &big);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.field("name"), ["file-too-large"]);
}

#[test]
fn files_are_sorted_whatever_the_command_line_order() {
    let run = commstrat(&[
        "check",
        WARNING_ONLY,
        OVERLAP,
        WARNING_ONLY,
        "--format",
        "json",
    ]);
    assert_eq!(run.field("file"), [OVERLAP, OVERLAP, WARNING_ONLY]);
    assert_eq!(run.json()["files"], 2);
}

#[test]
fn findings_are_sorted_by_file_line_and_column() {
    let run = commstrat(&["check", "tests/fixtures/cli", "--format", "json"]);
    let json = run.json();
    let keys: Vec<(String, u64, u64)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(json["files"], 2);
}

#[test]
fn no_colour_when_not_a_terminal() {
    let run = commstrat_env(&root(), &["check", OVERLAP], &[("NO_COLOR", "")]);
    assert!(
        !run.stdout.contains('\u{1b}'),
        "escape codes in piped output"
    );
}

/// A mistake on the command line: exit 2, one error on stderr, nothing on
/// stdout. The last two run in an empty folder.
#[test]
fn usage_errors_exit_2() {
    let empty = tempfile::tempdir().unwrap();
    let runs = [
        commstrat(&["check", "no/such/file.toml"]),
        commstrat(&["check", "--format", "xml"]),
        commstrat(&["explain", "overlaping-windows"]),
        commstrat_in(empty.path(), &["check"]),
        commstrat_in(empty.path(), &["check", "."]),
    ];
    for run in &runs {
        assert_eq!(run.code, 2, "{}", run.session());
        assert_eq!(run.stdout, "", "{}", run.session());
    }
    insta::assert_snapshot!(sessions(&runs));
}

#[test]
fn check_without_paths_reads_strategies() {
    let run = commstrat(&["check", "--format", "json"]);
    assert_eq!(run.code, 0);
    let files = run.json()["files"].as_u64().unwrap();
    let on_disk = toml_files(&root().join("strategies")).len() as u64;
    assert_eq!(files, on_disk);
}

#[test]
fn schema_prints_the_committed_file_byte_for_byte() {
    let run = commstrat(&["schema"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        std::fs::read_to_string(root().join("schemas/strategy.schema.json")).unwrap()
    );
}

#[test]
fn rules_lists_every_rule() {
    let run = commstrat(&["rules"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn explain_by_code_or_name() {
    let by_name = commstrat(&["explain", "unreachable-response-time"]);
    let by_code = commstrat(&["explain", "cs205"]);
    assert_eq!(by_name.code, 0);
    assert_eq!(by_name.stdout, by_code.stdout);
    insta::assert_snapshot!(by_name.stdout);
}

#[test]
fn help_teaches_the_commands() {
    let run = commstrat(&["--help"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!(run.stdout);
    let check = commstrat(&["check", "--help"]);
    assert_eq!(check.code, 0);
    insta::assert_snapshot!(check.stdout);
    let guide = commstrat(&["render", "guide", "--help"]);
    assert_eq!(guide.code, 0);
    insta::assert_snapshot!(guide.stdout);
}

#[test]
fn github_format_prints_one_workflow_command_per_finding() {
    let run = commstrat(&["check", "tests/fixtures/cli", "--format", "github"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stdout);
    // Over every hostile file: one line per finding, newlines escaped.
    let hostile = commstrat(&["check", "tests/fixtures/hostile", "--format", "github"]);
    let findings = commstrat(&["check", "tests/fixtures/hostile", "--format", "json"])
        .diagnostics()
        .len();
    let lines: Vec<&str> = hostile.stdout.lines().collect();
    assert_eq!(lines.len(), findings);
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with("::error file=") || l.starts_with("::warning file="))
    );
    // The properties in the order and spelling the runner reads: a range
    // with `end_line` would be dropped without a word.
    let property = |line: &str| -> Vec<String> {
        let (properties, _) = line.split_once("::").unwrap().1.split_once("::").unwrap();
        let (_, properties) = properties.split_once(' ').unwrap();
        properties
            .split(',')
            .map(|p| p.split_once('=').unwrap().0.to_string())
            .collect()
    };
    for line in &lines {
        assert_eq!(
            property(line),
            ["file", "line", "col", "endLine", "endColumn", "title"],
            "{line}"
        );
    }
}

#[test]
fn junit_format_is_well_formed_xml_with_a_case_per_file() {
    let run = commstrat(&["check", "tests/fixtures/cli", "--format", "junit"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stdout);
    // Hostile files (quotes, NUL bytes, invalid UTF-8) still give XML a real
    // parser reads. Each named, so that the files that do not declare the
    // format (empty, binary) are checked too, as a walk would skip them.
    let names: Vec<String> = toml_files(&root().join("tests/fixtures/hostile"))
        .iter()
        .map(|f| format!("tests/fixtures/hostile/{f}"))
        .collect();
    let mut args = vec!["check", "--format", "junit"];
    args.extend(names.iter().map(String::as_str));
    let hostile = commstrat(&args);
    let doc = roxmltree::Document::parse(&hostile.stdout).expect("well-formed XML");
    let cases = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .count();
    let files = toml_files(&root().join("tests/fixtures/hostile")).len();
    assert_eq!(cases, files);
    let failures = doc
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .count();
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(
        suite.attribute("failures"),
        Some(failures.to_string().as_str())
    );
}

#[test]
fn sarif_format_describes_each_rule_and_locates_each_result() {
    let run = commstrat(&["check", "tests/fixtures/cli", "--format", "sarif"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stdout);
    // Over every hostile file too: each result points at a described rule
    // and a region in a relative file.
    let hostile = commstrat(&["check", "tests/fixtures/hostile", "--format", "sarif"]);
    let sarif = hostile.json();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let results = run["results"].as_array().expect("results");
    assert!(!results.is_empty());
    for result in results {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let location = &result["locations"][0]["physicalLocation"];
        let uri = location["artifactLocation"]["uri"].as_str().expect("uri");
        assert!(
            uri.starts_with("tests/fixtures/hostile/") && !uri.contains(' '),
            "{uri}"
        );
        let region = &location["region"];
        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(
                region[key].as_u64().is_some_and(|n| n >= 1),
                "{key} in {region}"
            );
        }
    }
    for rule in rules {
        assert!(rule["help"]["text"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(
            rule["fullDescription"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("## Why it matters"))
        );
    }
}

/// Run by `.ci/run`, which installs the SARIF Multitool from npm and points
/// `SARIF_SCHEMA` at the SARIF 2.1.0 schema it ships.
#[test]
#[ignore = "needs SARIF_SCHEMA, the official SARIF 2.1.0 JSON schema (set by .ci/run)"]
fn sarif_passes_the_official_schema() {
    let path = std::env::var("SARIF_SCHEMA").expect("SARIF_SCHEMA names the SARIF 2.1.0 schema");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("JSON");
    let validator = jsonschema::draft7::new(&schema).expect("a valid schema");
    // The schema is enforced: a result with a made-up level fails.
    let broken = serde_json::json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
        "results": [{"level": "bogus", "message": {"text": "m"}}]}]});
    assert!(!validator.is_valid(&broken));
    for folder in [
        "tests/fixtures/cli",
        "tests/fixtures/hostile",
        "tests/fixtures/calendar",
        "strategies",
    ] {
        let run = commstrat(&["check", folder, "--format", "sarif"]);
        let errors: Vec<String> = validator
            .iter_errors(&run.json())
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{folder}: {errors:#?}");
    }
}

#[test]
fn parallel_checking_prints_the_same_bytes_as_one_thread() {
    let dir = root();
    let args = [
        "check",
        "tests/fixtures/hostile",
        "tests/fixtures/rules",
        "--format",
        "json",
    ];
    let one = crate::support::commstrat_env(&dir, &args, &[("RAYON_NUM_THREADS", "1")]);
    let many = crate::support::commstrat_env(&dir, &args, &[("RAYON_NUM_THREADS", "8")]);
    assert_eq!(one.code, many.code);
    assert!(one.stdout.len() > 10_000);
    assert_eq!(one.stdout, many.stdout);
}
