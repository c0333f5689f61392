//! `commstrat diff` and `check --base`: what changed, how much it matters,
//! and whether `version` says so.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::support::{commstrat_in, described_sessions, root};

const EXAMPLE: &str = "strategies/northwind-outdoor.toml";

fn example() -> String {
    std::fs::read_to_string(root().join(EXAMPLE)).expect("example")
}

/// `diff` of the example against `edited`, as JSON.
fn diff_with(edited: &str) -> Value {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("new.toml"), edited).expect("write");
    let old = root().join(EXAMPLE);
    let run = commstrat_in(
        dir.path(),
        &[
            "diff",
            old.to_str().expect("UTF-8"),
            "new.toml",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.json()
}

fn summaries(diff: &Value) -> Vec<String> {
    diff["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                c["class"].as_str().unwrap_or(""),
                c["summary"].as_str().unwrap_or("")
            )
        })
        .collect()
}

/// Replace the first `from` after `anchor` by `to`.
fn edit(text: &str, anchor: &str, from: &str, to: &str) -> String {
    let at = text.find(anchor).unwrap_or_else(|| panic!("no {anchor}"));
    let rel = text[at..]
        .find(from)
        .unwrap_or_else(|| panic!("no {from} after {anchor}"));
    format!(
        "{}{}{}",
        &text[..at + rel],
        to,
        &text[at + rel + from.len()..]
    )
}

/// Remove the `[[header]]` block that contains `id = "<id>"`.
fn remove_block(text: &str, header: &str, id: &str) -> String {
    let needle = format!("{header}\nid = \"{id}\"");
    let start = text.find(&needle).unwrap_or_else(|| panic!("no {needle}"));
    let rest = &text[start + header.len()..];
    let end = rest
        .find("\n[")
        .map_or(text.len(), |e| start + header.len() + e + 1);
    format!("{}{}", &text[..start], &text[end..])
}

#[test]
fn identical_and_reordered_files_show_no_change() {
    let same = diff_with(&example());
    assert_eq!(same["class"], Value::Null);
    assert_eq!(same["changes"], serde_json::json!([]));
    // Every list of tables reversed, every table's keys sorted, every
    // network list reversed: the same strategy.
    let mut table: toml::Table = example().parse().expect("TOML");
    fn shuffle(value: &mut toml::Value) {
        match value {
            toml::Value::Array(items) => {
                for item in items.iter_mut() {
                    shuffle(item);
                }
                if items.iter().all(toml::Value::is_table) {
                    items.reverse();
                }
            }
            toml::Value::Table(t) => {
                for (key, v) in t.iter_mut() {
                    if key == "networks"
                        && let toml::Value::Array(ids) = v
                    {
                        ids.reverse();
                    }
                    shuffle(v);
                }
            }
            _ => {}
        }
    }
    for (_, v) in table.iter_mut() {
        shuffle(v);
    }
    let reordered = toml::to_string(&table).expect("serialises");
    assert_ne!(reordered, example());
    let diff = diff_with(&reordered);
    assert_eq!(
        diff["changes"],
        serde_json::json!([]),
        "{:#?}",
        summaries(&diff)
    );
}

#[test]
fn removing_a_promise_is_breaking() {
    let text = remove_block(&example(), "[[playbooks]]", "praise");
    assert_eq!(
        summaries(&diff_with(&text)),
        ["breaking playbook `praise` removed"]
    );
    let scenario = remove_block(&example(), "[[crisis.scenarios]]", "checkout-outage");
    assert_eq!(
        summaries(&diff_with(&scenario)),
        ["breaking crisis scenario `checkout-outage` removed"]
    );
}

#[test]
fn lengthened_times_and_fewer_hours_are_breaking() {
    let slower = edit(
        &example(),
        "id = \"bluesky\"",
        "response_time = \"1h\"",
        "response_time = \"3h\"",
    );
    assert_eq!(
        summaries(&diff_with(&slower)),
        ["breaking response time on network `bluesky` lengthened from 1 hour to 3 hours"]
    );
    // Facebook moves from the 24/7 schedule to office hours.
    let fewer = edit(
        &example(),
        "id = \"facebook\"",
        "schedule = \"always-on\"",
        "schedule = \"support-hours\"",
    );
    assert_eq!(
        summaries(&diff_with(&fewer)),
        ["breaking availability on network `facebook` reduced from 24/7 to 76 hours a week"]
    );
    // A crisis level loses an approver and takes longer to answer.
    let level = edit(
        &example(),
        "name = \"Crisis\"",
        "respond_within = \"30m\"",
        "respond_within = \"1h\"",
    );
    let level = edit(
        &level,
        "name = \"Crisis\"",
        "approvers = [\"comms-director\", \"legal\"]",
        "approvers = [\"comms-director\"]",
    );
    let found = summaries(&diff_with(&level));
    assert_eq!(
        found,
        [
            "breaking approver `legal` removed from crisis level 3",
            "breaking first response deadline of crisis level 3 lengthened from 30 minutes to 1 hour",
        ]
    );
}

#[test]
fn additions_are_additive_and_wording_is_wording() {
    let added = format!(
        "{}\n[[metrics]]\nid = \"new-metric\"\nname = \"Mentions\"\nmeasure = \"mentions\"\ntarget = \"> 10\"\nreview = \"weekly\"\nowner = \"head-of-community\"\n",
        example()
    );
    let diff = diff_with(&added);
    assert_eq!(diff["class"], "additive");
    assert_eq!(summaries(&diff), ["additive metric `new-metric` added"]);
    let faster = edit(
        &example(),
        "id = \"bluesky\"",
        "response_time = \"1h\"",
        "response_time = \"30m\"",
    );
    assert_eq!(diff_with(&faster)["class"], "additive");
    let reworded = edit(
        &example(),
        "[[playbooks]]",
        "title = \"",
        "title = \"Welcome: ",
    );
    let diff = diff_with(&reworded);
    assert_eq!(diff["class"], "wording");
    assert_eq!(diff["changes"][0]["field"], "title");
    assert!(diff["changes"][0]["before"].is_string() && diff["changes"][0]["after"].is_string());
}

#[test]
fn markdown_is_ready_for_a_pull_request_comment() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = remove_block(&example(), "[[playbooks]]", "praise");
    let text = edit(
        &text,
        "id = \"bluesky\"",
        "response_time = \"1h\"",
        "response_time = \"3h\"",
    );
    let text = edit(&text, "[[playbooks]]", "title = \"", "title = \"*New* ");
    std::fs::write(dir.path().join("new.toml"), text).expect("write");
    std::fs::copy(root().join(EXAMPLE), dir.path().join("old.toml")).expect("copy");
    let run = commstrat_in(dir.path(), &["diff", "old.toml", "new.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
}

// ---------------------------------------------------------------- --base

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        status.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

/// A repository whose first commit holds the example; the work tree then
/// holds `edited`.
fn repo(edited: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    git(dir.path(), &["init", "-q", "-b", "main"]);
    std::fs::create_dir_all(dir.path().join("strategies")).expect("mkdir");
    std::fs::write(dir.path().join("strategies/brand.toml"), example()).expect("write");
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "first"]);
    if let Some(edited) = edited {
        std::fs::write(dir.path().join("strategies/brand.toml"), edited).expect("write");
    }
    dir
}

fn base_findings(dir: &Path, rev: &str) -> (i32, Vec<String>) {
    let run = commstrat_in(dir, &["check", "--base", rev, "--format", "json"]);
    if run.code == 2 {
        return (2, vec![run.stderr]);
    }
    (run.code, run.findings(&["name", "message"]))
}

fn slower(version: &str) -> String {
    let text = edit(
        &example(),
        "id = \"bluesky\"",
        "response_time = \"1h\"",
        "response_time = \"3h\"",
    );
    text.replace("version = \"2.3.0\"", &format!("version = \"{version}\""))
}

#[test]
fn base_without_a_bump_fails_and_says_what_was_weakened() {
    let dir = repo(Some(&slower("2.3.0")));
    let (code, found) = base_findings(dir.path(), "main");
    assert_eq!(code, 1);
    assert_eq!(
        found,
        [
            "version-not-bumped the strategy changed since main (breaking: response time on network `bluesky` lengthened from 1 hour to 3 hours) but version is 2.3.0, was 2.3.0"
        ]
    );
}

#[test]
fn base_with_too_small_a_bump_fails() {
    let dir = repo(Some(&slower("2.4.0")));
    let (code, found) = base_findings(dir.path(), "main");
    assert_eq!(code, 1);
    assert_eq!(
        found,
        [
            "version-bump-too-small 2.3.0 → 2.4.0 is too small a bump for a breaking change since main: response time on network `bluesky` lengthened from 1 hour to 3 hours"
        ]
    );
    // The human output points at the version line.
    let human = commstrat_in(dir.path(), &["check", "--base", "main"]);
    insta::assert_snapshot!(human.session());
}

#[test]
fn base_with_a_sufficient_bump_or_no_change_passes() {
    let dir = repo(Some(&slower("3.0.0")));
    assert_eq!(base_findings(dir.path(), "main"), (0, Vec::new()));
    let unchanged = repo(None);
    assert_eq!(base_findings(unchanged.path(), "main"), (0, Vec::new()));
    // A comment is not a change.
    let commented = repo(Some(&format!("# a note\n{}", example())));
    assert_eq!(base_findings(commented.path(), "main"), (0, Vec::new()));
    // Wording needs a patch bump.
    let reworded = edit(
        &example(),
        "[[playbooks]]",
        "title = \"",
        "title = \"Hello: ",
    );
    let dir = repo(Some(&reworded));
    assert_eq!(base_findings(dir.path(), "main").0, 1);
    let dir = repo(Some(
        &reworded.replace("version = \"2.3.0\"", "version = \"2.3.1\""),
    ));
    assert_eq!(base_findings(dir.path(), "main"), (0, Vec::new()));
}

#[test]
fn base_accepts_a_new_file_and_refuses_unknown_revisions() {
    let dir = repo(None);
    std::fs::write(dir.path().join("strategies/new.toml"), slower("0.1.0")).expect("write");
    assert_eq!(base_findings(dir.path(), "main"), (0, Vec::new()));
    let unknown = commstrat_in(dir.path(), &["check", "--base", "no-such-branch"]);
    let outside = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(outside.path().join("strategies")).expect("mkdir");
    std::fs::write(outside.path().join("strategies/s.toml"), example()).expect("write");
    let no_repository = commstrat_in(outside.path(), &["check", "--base", "main"]);
    for run in [&unknown, &no_repository] {
        assert_eq!(run.code, 2, "{}", run.session());
    }
    insta::assert_snapshot!(described_sessions([
        ("in a repository without that branch", &unknown),
        ("in a folder that is not a repository", &no_repository),
    ]));
}

#[test]
fn the_same_promise_written_another_way_is_no_change() {
    let text = example()
        .replacen(
            "hours = [{ days = [\"mon-fri\"], from = \"08:00\", to = \"20:00\" }",
            "hours = [{ days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"], from = \"08:00\", to = \"20:00\" }",
            1,
        );
    let text = edit(
        &text,
        "id = \"bluesky\"",
        "response_time = \"1h\"",
        "response_time = \"60m\"",
    );
    let diff = diff_with(&text);
    assert_eq!(
        diff["changes"],
        serde_json::json!([]),
        "{:#?}",
        summaries(&diff)
    );
}

#[test]
fn moved_hours_and_later_escalation_are_breaking() {
    // Same 76 hours a week, but weekdays now start and end later: followers
    // writing at 8 a.m. lose their answer.
    let shifted = example().replacen(
        "{ days = [\"mon-fri\"], from = \"08:00\", to = \"20:00\" }",
        "{ days = [\"mon-fri\"], from = \"09:00\", to = \"21:00\" }",
        1,
    );
    // Each network on that schedule loses 08:00–09:00 on weekdays; the
    // schedule's own `hours` change is listed besides, as additive.
    assert_eq!(
        summaries(&diff_with(&shifted)),
        [
            "breaking availability on network `bluesky` reduced at other times: 5 hours a week no longer staffed",
            "breaking availability on network `instagram` reduced at other times: 5 hours a week no longer staffed",
            "breaking availability on network `mastodon` reduced at other times: 5 hours a week no longer staffed",
            "breaking availability on network `x` reduced at other times: 5 hours a week no longer staffed",
            r#"additive schedule `support-hours`: `hours` changed from [{"days":["fri","mon","thu","tue","wed"],"from":"08:00","to":"20:00"},{"days":["sat","sun"],"from":"09:00","to":"17:00"}] to [{"days":["fri","mon","thu","tue","wed"],"from":"09:00","to":"21:00"},{"days":["sat","sun"],"from":"09:00","to":"17:00"}]"#,
        ]
    );
    let later = example().replacen(
        "{ after = \"4h\", notify = [\"legal\"], via = \"email\" }",
        "{ after = \"6h\", notify = [\"legal\"], via = \"email\" }",
        1,
    );
    let diff = diff_with(&later);
    assert_eq!(
        summaries(&diff),
        [
            "breaking crisis scenario `checkout-outage` notifies `legal` later: T+6 hours instead of T+4 hours"
        ]
    );
    // The breaking change carries the field's before and after.
    assert_eq!(diff["changes"][0]["field"], "escalation");
    assert!(diff["changes"][0]["before"].is_array() && diff["changes"][0]["after"].is_array());
}

#[test]
fn pre_releases_and_build_metadata_bump_as_people_expect() {
    // A breaking change released as a pre-release of the next major.
    let dir = repo(Some(&slower("3.0.0-rc.1")));
    assert_eq!(base_findings(dir.path(), "main"), (0, Vec::new()));
    // Build metadata is not a bump.
    let dir = repo(Some(&slower("2.3.0+build.7")));
    let (code, found) = base_findings(dir.path(), "main");
    assert_eq!(code, 1);
    assert_eq!(
        found,
        [
            "version-not-bumped the strategy changed since main (breaking: response time on network `bluesky` lengthened from 1 hour to 3 hours) but version is 2.3.0+build.7, was 2.3.0"
        ]
    );
}

/// Text from strategies cannot act in a pull-request comment: hidden
/// characters show as `<U+202E>`, each `@mention` is code (GitHub notifies
/// nobody), and a file name with a line break and HTML stays inside the
/// heading's code span.
#[test]
fn markdown_shows_hidden_text_and_pings_nobody() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old = "old\n<img src=x onerror=alert(1)>.toml";
    std::fs::write(dir.path().join(old), commstrat::STARTER).expect("write");
    std::fs::copy(
        root().join("tests/fixtures/hostile/hidden-characters.toml"),
        dir.path().join("new.toml"),
    )
    .expect("copy");
    let run = commstrat_in(dir.path(), &["diff", old, "new.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let hidden: Vec<char> = run
        .stdout
        .chars()
        .filter(|c| *c != '\n' && commstrat::source::hidden(*c).is_some())
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
    for shown in ["<U+001B\\>", "<U+202E\\>", "<U+200B\\>", "<U+00AD\\>"] {
        assert!(run.stdout.contains(shown), "no {shown}");
    }
    // Every `@` before a name is code, or inside an address.
    for (at, _) in run.stdout.match_indices('@') {
        let before = run.stdout[..at].chars().next_back();
        assert!(
            before.is_some_and(|c| c == '`' || c.is_ascii_alphanumeric()),
            "a live mention at {at}: {}",
            run.stdout
        );
    }
    // The heading is one line; no HTML tag opens anywhere.
    assert!(
        run.stdout
            .starts_with("## Strategy changes: `old<U+000A><img")
    );
    assert_eq!(run.stdout.lines().filter(|l| l.starts_with('#')).count(), 3);
    insta::assert_snapshot!(run.session());
}
