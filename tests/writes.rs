//! Writes that never destroy: `-o` writes only over a regular file or
//! nothing; a book or CSV folder removes only what commstrat wrote and
//! still holds, never follows a link out of itself, and is completed by the
//! next run after an interruption. Every case compares every file that is
//! not commstrat's own, byte for byte, before and after.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{Run, commstrat_in, described_sessions};

/// Everything under `dir`, links not followed: each path with what it is
/// (a file's bytes, a link's target, a folder, a special file).
fn state(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .map(|entry| {
            let entry = entry.expect("walk");
            let name = entry
                .path()
                .strip_prefix(dir)
                .expect("under dir")
                .to_string_lossy()
                .into_owned();
            let kind = entry.file_type();
            let what = if kind.is_symlink() {
                let to = std::fs::read_link(entry.path()).expect("read link");
                format!("link to {}", to.display()).into_bytes()
            } else if kind.is_file() {
                std::fs::read(entry.path()).expect("read")
            } else if kind.is_dir() {
                b"folder".to_vec()
            } else {
                b"special".to_vec()
            };
            (name, what)
        })
        .collect()
}

/// Run `commstrat` in `dir`, killed after 30 s: a run that blocks (on a
/// FIFO, say) fails the test instead of hanging it.
fn within(dir: &Path, args: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_commstrat"))
        .args(args)
        .current_dir(dir)
        .env_remove("COMMSTRAT_FORMAT")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > Duration::from_secs(30) {
            child.kill().expect("kill");
            panic!("commstrat {args:?} blocked");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().expect("output");
    let code = output.status.code().unwrap_or(-1);
    assert_ne!(code, 101, "commstrat panicked on {args:?}");
    Run {
        code,
        stdout: String::from_utf8(output.stdout).expect("UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8"),
        args: args.iter().map(|a| a.to_string()).collect(),
        dir: dir.to_path_buf(),
    }
}

fn starter_in(dir: &Path) {
    std::fs::write(dir.join("s.toml"), commstrat::STARTER).expect("write");
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

#[cfg(unix)]
fn symlink(to: &str, at: &Path) {
    std::os::unix::fs::symlink(to, at).expect("symlink");
}

#[test]
#[cfg(unix)]
fn o_refuses_a_fifo_a_socket_a_folder_and_the_strategy_itself() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    starter_in(d);
    mkfifo(&d.join("pipe"));
    let _socket = std::os::unix::net::UnixListener::bind(d.join("socket")).expect("bind");
    std::fs::create_dir_all(d.join("sub/folder")).expect("mkdir");
    std::fs::write(d.join("sub/folder/keep.md"), "keep").expect("write");
    std::fs::hard_link(d.join("s.toml"), d.join("hard.toml")).expect("link");
    symlink("s.toml", &d.join("soft.toml"));
    let before = state(d);
    let calendar = ["render", "calendar", "s.toml", "--from", "2026-01-01"];
    let cases: Vec<(&str, Vec<&str>)> = vec![
        (
            "a FIFO: refused before it is opened",
            vec!["render", "guide", "s.toml", "-o", "pipe"],
        ),
        (
            "with --check too, which would read it",
            vec!["render", "guide", "s.toml", "-o", "pipe", "--check"],
        ),
        ("a socket", [&calendar[..], &["-o", "socket"]].concat()),
        (
            "a folder, with --check",
            vec!["render", "guide", "s.toml", "-o", "sub/folder", "--check"],
        ),
        (
            "the strategy itself",
            vec!["render", "guide", "s.toml", "-o", "s.toml"],
        ),
        (
            "the strategy, spelled another way",
            vec!["render", "guide", "s.toml", "-o", "sub/../s.toml"],
        ),
        (
            "the strategy, through a hard link",
            vec!["render", "guide", "s.toml", "-o", "hard.toml"],
        ),
        (
            "the strategy, through a symbolic link",
            [&calendar[..], &["-o", "soft.toml"]].concat(),
        ),
        (
            "the strategy, with --check",
            [&calendar[..], &["-o", "./s.toml", "--check"]].concat(),
        ),
    ];
    let mut runs = Vec::new();
    for (what, args) in cases {
        let run = within(d, &args);
        assert_eq!(run.code, 2, "{what}: {}", run.transcript());
        assert_eq!(state(d), before, "{what}: a file changed");
        runs.push((what, run));
    }
    insta::assert_snapshot!(described_sessions(runs));
}

#[test]
#[cfg(unix)]
fn check_against_a_device_reads_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    starter_in(dir.path());
    let started = Instant::now();
    let run = within(
        dir.path(),
        &["render", "guide", "s.toml", "-o", "/dev/zero", "--check"],
    );
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(started.elapsed() < Duration::from_secs(10));
    insta::assert_snapshot!(run.session());
}

#[test]
#[cfg(unix)]
fn a_symbolic_link_at_o_is_refused_and_left_as_it_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    starter_in(d);
    std::fs::create_dir_all(d.join("real")).expect("mkdir");
    std::fs::write(d.join("real/guide.md"), "an old guide\n").expect("write");
    symlink("real/guide.md", &d.join("guide.md"));
    symlink("nowhere.md", &d.join("dangling.md"));
    let before = state(d);
    let runs: Vec<(&str, Run)> = [
        ("a link to a file", vec!["-o", "guide.md"]),
        ("the same, with --check", vec!["-o", "guide.md", "--check"]),
        ("a link to nothing", vec!["-o", "dangling.md"]),
    ]
    .into_iter()
    .map(|(what, args)| {
        let run = commstrat_in(d, &[&["render", "guide", "s.toml"], &args[..]].concat());
        assert_eq!(run.code, 2, "{what}: {}", run.transcript());
        assert_eq!(state(d), before, "{what}: a file changed");
        (what, run)
    })
    .collect();
    insta::assert_snapshot!(described_sessions(runs));
}

/// The starter without its metrics: the book loses `measurement.md`.
fn without_metrics() -> &'static str {
    let cut = commstrat::STARTER
        .find("[[metrics]]")
        .expect("starter has metrics");
    &commstrat::STARTER[..cut]
}

fn book(dir: &Path, more: &[&str]) -> Run {
    let args = [&["render", "guide", "s.toml", "--book", "-o", "book"], more].concat();
    commstrat_in(dir, &args)
}

/// The files of a book commstrat writes (the pages of the starter).
const BOOK: &[&str] = &[
    "book/.commstrat-manifest",
    "book/book.toml",
    "book/src/SUMMARY.md",
    "book/src/availability.md",
    "book/src/contacts.md",
    "book/src/crisis.md",
    "book/src/measurement.md",
    "book/src/networks.md",
    "book/src/overview.md",
    "book/src/personas.md",
    "book/src/playbooks.md",
    "book/src/voice.md",
];

/// `state` without the files of `own` and the folders that hold them.
fn all_but(dir: &Path, own: &[&str]) -> BTreeMap<String, Vec<u8>> {
    let mut all = state(dir);
    all.retain(|name, _| !own.contains(&name.as_str()) && name != "book" && name != "book/src");
    all
}

#[test]
fn a_book_keeps_a_page_edited_by_hand() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    starter_in(d);
    assert_eq!(book(d, &[]).code, 0);
    let edited = d.join("book/src/measurement.md");
    let mut text = std::fs::read_to_string(&edited).expect("read");
    text.push_str("\nOur own notes on the numbers.\n");
    std::fs::write(&edited, &text).expect("write");
    std::fs::write(d.join("book/src/notes.md"), "# Notes\n").expect("write");
    std::fs::write(d.join("s.toml"), without_metrics()).expect("write");
    // The edited page is no longer commstrat's: it is compared too.
    let own: Vec<&str> = BOOK
        .iter()
        .copied()
        .filter(|f| *f != "book/src/measurement.md")
        .collect();
    let before = all_but(d, &own);
    let kept = book(d, &[]);
    assert_eq!(kept.code, 0, "{}", kept.transcript());
    assert_eq!(all_but(d, &own), before);
    let fresh = book(d, &["--check"]);
    assert_eq!(fresh.code, 0, "{}", fresh.transcript());
    // The metrics come back: the page is someone else's now.
    std::fs::write(d.join("s.toml"), commstrat::STARTER).expect("write");
    let before = all_but(d, &own);
    let refused = book(d, &[]);
    assert_eq!(refused.code, 2, "{}", refused.transcript());
    assert_eq!(all_but(d, &own), before);
    insta::assert_snapshot!(described_sessions([
        (
            "measurement.md was edited by hand, then the metrics left the strategy",
            &kept
        ),
        ("nothing left to do", &fresh),
        ("the metrics are back", &refused),
    ]));
}

#[test]
#[cfg(unix)]
fn a_book_never_follows_a_link_out_of_its_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    starter_in(d);
    assert_eq!(book(d, &[]).code, 0);
    std::fs::write(d.join("s.toml"), without_metrics()).expect("write");
    // src/ is a link to another folder, which holds the same pages.
    std::fs::rename(d.join("book/src"), d.join("elsewhere")).expect("mv");
    std::fs::write(d.join("elsewhere/notes.md"), "# Notes\n").expect("write");
    symlink("../elsewhere", &d.join("book/src"));
    let before = state(d);
    let src = book(d, &[]);
    let check = book(d, &["--check"]);
    for run in [&src, &check] {
        assert_eq!(run.code, 2, "{}", run.transcript());
        assert_eq!(state(d), before);
    }
    // A page that is a link to a file outside.
    std::fs::remove_file(d.join("book/src")).expect("rm");
    std::fs::rename(d.join("elsewhere"), d.join("book/src")).expect("mv");
    std::fs::write(d.join("precious.md"), "mine\n").expect("write");
    std::fs::remove_file(d.join("book/src/voice.md")).expect("rm");
    symlink("../../precious.md", &d.join("book/src/voice.md"));
    // The book's folder itself, a link.
    symlink("book", &d.join("handbook"));
    let before = state(d);
    let page = book(d, &[]);
    let root = commstrat_in(
        d,
        &["render", "guide", "s.toml", "--book", "-o", "handbook"],
    );
    for run in [&page, &root] {
        assert_eq!(run.code, 2, "{}", run.transcript());
        assert_eq!(state(d), before);
    }
    insta::assert_snapshot!(described_sessions([
        ("book/src is a link to ../elsewhere", &src),
        ("the same, with --check", &check),
        ("book/src/voice.md is a link to ../../precious.md", &page),
        ("handbook is a link to book", &root),
    ]));
}

#[test]
#[cfg(unix)]
fn a_book_removes_the_temporary_files_of_its_interrupted_runs_and_no_other() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    starter_in(d);
    assert_eq!(book(d, &[]).code, 0);
    // What a killed run leaves.
    std::fs::write(d.join("book/.commstrat-tmp-a1B2c3"), "half a book.to").expect("write");
    std::fs::write(d.join("book/src/.commstrat-tmp-x9Y8z7"), "# Hal").expect("write");
    // Files that only look like them.
    std::fs::write(d.join("book/src/.commstrat-tmp"), "mine").expect("write");
    std::fs::write(d.join("book/src/my.commstrat-tmp-1"), "mine").expect("write");
    std::fs::create_dir(d.join("book/src/.commstrat-tmp-folder")).expect("mkdir");
    std::fs::write(d.join("precious.md"), "mine\n").expect("write");
    symlink("../../precious.md", &d.join("book/src/.commstrat-tmp-link"));
    std::fs::write(d.join(".commstrat-tmp-outside"), "mine").expect("write");
    let mut before = all_but(d, BOOK);
    before.remove("book/.commstrat-tmp-a1B2c3");
    before.remove("book/src/.commstrat-tmp-x9Y8z7");
    let run = book(d, &[]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(all_but(d, BOOK), before);
}

/// The starter with two networks and a daily post on each, except on
/// Bluesky in June.
fn two_networks() -> String {
    let calendar = r#"[[calendar.series]]
id = "daily"
title = "Daily"
practice = "other"
networks = ["instagram", "bluesky"]
every = "day"
at = "10:00"
starts = 2026-05-01

[[calendar.blackouts]]
from = 2026-06-01
to = 2026-06-30
reason = "Bluesky migration"
networks = ["bluesky"]

[[networks]]
id = "bluesky"
platform = "bluesky"
handle = "@mybrand.example"
audience = "Early adopters"
schedule = "office"
response_time = "2h"

"#;
    // `with_calendar` ends the calendar with a line of its own.
    crate::support::with_calendar(calendar.strip_suffix('\n').unwrap_or(calendar))
}

fn sprout(dir: &Path, month: &str, folder: &str) -> Run {
    let (from, to) = (format!("2026-{month}-01"), format!("2026-{month}-02"));
    let args = [
        "render",
        "calendar",
        "s.toml",
        "--from",
        &from,
        "--to",
        &to,
        "--format",
        "csv",
        "--csv-profile",
        "sprout",
        "-o",
        folder,
    ];
    commstrat_in(dir, &args)
}

#[test]
#[cfg(unix)]
fn the_csv_folder_follows_the_rules_of_the_book() {
    const OWN: &[&str] = &[
        "out/.commstrat-manifest",
        "out/instagram.csv",
        "out/bluesky.csv",
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::write(d.join("s.toml"), two_networks()).expect("write");
    let may = sprout(d, "05", "out");
    assert_eq!(may.code, 0, "{}", may.transcript());
    std::fs::write(d.join("out/notes.txt"), "mine").expect("write");
    std::fs::write(d.join("out/.commstrat-tmp-Zz9"), "date,ti").expect("write");
    let mut before = all_but(d, OWN);
    before.remove("out/.commstrat-tmp-Zz9");
    // June: Bluesky has nothing, its file goes (and the temporary file).
    let june = sprout(d, "06", "out");
    assert_eq!(june.code, 0, "{}", june.transcript());
    assert!(!d.join("out/bluesky.csv").exists());
    assert_eq!(all_but(d, OWN), before);
    // Back to May, then Bluesky's file is edited by hand: June keeps it.
    assert_eq!(sprout(d, "05", "out").code, 0);
    std::fs::write(d.join("out/bluesky.csv"), "date,time_24hr,message_text\r\n").expect("write");
    let own = &OWN[..2];
    let before = all_but(d, own);
    let kept = sprout(d, "06", "out");
    assert_eq!(kept.code, 0, "{}", kept.transcript());
    assert_eq!(all_but(d, own), before);
    // A file of the same name that commstrat did not write.
    std::fs::create_dir(d.join("mine")).expect("mkdir");
    std::fs::write(d.join("mine/instagram.csv"), "my own import\n").expect("write");
    // A file that is a link, and a folder that is one.
    std::fs::create_dir(d.join("linked")).expect("mkdir");
    symlink("../precious.csv", &d.join("linked/instagram.csv"));
    std::fs::write(d.join("precious.csv"), "mine\n").expect("write");
    symlink("mine", &d.join("link"));
    let before = state(d);
    let refused: Vec<Run> = ["mine", "linked", "link"]
        .into_iter()
        .map(|folder| {
            let run = sprout(d, "05", folder);
            assert_eq!(run.code, 2, "{}", run.transcript());
            assert_eq!(state(d), before);
            run
        })
        .collect();
    insta::assert_snapshot!(described_sessions([
        ("May, then June: Bluesky has nothing in June", &june),
        ("May again, then out/bluesky.csv edited by hand", &kept),
        (
            "mine/instagram.csv was not written by commstrat",
            &refused[0]
        ),
        (
            "linked/instagram.csv is a link to ../precious.csv",
            &refused[1]
        ),
        ("link is a link to the folder mine", &refused[2]),
    ]));
}
