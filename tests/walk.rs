//! One way to walk folders: `check` follows symbolic links to files and
//! folders, and refuses, with the path and what to do, what it cannot
//! check (a dangling link, a loop of links, a FIFO or a device named
//! `*.toml`) instead of skipping it. Links and FIFOs are made here, in
//! temporary folders: git keeps neither well. Every run has the temporary
//! folder as its working directory and relative paths, so transcripts
//! name no machine path.

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::support::{Run, commstrat_in, described_sessions, root};

/// A strategy with one warning (event-in-blackout), so that each file
/// checked shows in the output.
fn strategy() -> String {
    std::fs::read_to_string(root().join("tests/fixtures/cli/warning-only.toml")).expect("fixture")
}

/// A temporary folder with `shared/brand.toml` (the strategy above) and an
/// empty `strategies/` beside it.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("shared")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("strategies")).expect("mkdir");
    std::fs::write(dir.path().join("shared/brand.toml"), strategy()).expect("write");
    dir
}

fn link(dir: &Path, target: &str, name: &str) {
    symlink(target, dir.join(name)).expect("symlink");
}

/// A FIFO at `path`, made with `mkfifo` (std has no call for it).
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

/// Run `commstrat` in `dir`; should it open the FIFO at `fifo` and wait
/// for a writer, a writer comes after 20 s, so that the test fails with
/// what commstrat read instead of hanging.
fn with_watchdog(dir: &Path, fifo: PathBuf, args: &[&str]) -> Run {
    let done = Arc::new(AtomicBool::new(false));
    let seen = Arc::clone(&done);
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(20));
        if !seen.load(Ordering::SeqCst) {
            let _ = std::fs::OpenOptions::new().write(true).open(fifo);
        }
    });
    let run = commstrat_in(dir, args);
    done.store(true, Ordering::SeqCst);
    run
}

#[test]
fn links_to_files_and_folders_are_followed() {
    let dir = project();
    let strategies = dir.path().join("strategies");
    link(&strategies, "../shared/brand.toml", "linked-file.toml");
    link(&strategies, "../shared", "linked-folder");
    let run = commstrat_in(dir.path(), &["check", "strategies"]);
    assert_eq!(run.code, 0, "{}", run.session());
    insta::assert_snapshot!(run.session());
}

#[test]
fn dangling_links_and_loops_are_errors_naming_each_path() {
    let dir = project();
    let strategies = dir.path().join("strategies");
    std::fs::create_dir_all(strategies.join("sub")).expect("mkdir");
    std::fs::write(strategies.join("brand.toml"), strategy()).expect("write");
    link(&strategies, "gone.toml", "dangling.toml");
    link(&strategies, "../missing", "dangling-folder");
    link(&strategies, "dangling.toml", "chain.toml");
    link(&strategies, "b.toml", "a.toml");
    link(&strategies, "a.toml", "b.toml");
    link(&strategies, "self.toml", "self.toml");
    link(&strategies, "..", "sub/up");
    // Hidden names are not walked, links or not: an editor's lock file.
    link(&strategies, "someone@host.1234", ".#brand.toml");
    let folder = commstrat_in(dir.path(), &["check", "strategies"]);
    let named = commstrat_in(dir.path(), &["check", "strategies/dangling.toml"]);
    let looped = commstrat_in(dir.path(), &["check", "strategies/a.toml"]);
    for run in [&folder, &named, &looped] {
        assert_eq!(run.code, 2, "{}", run.session());
        assert_eq!(run.stdout, "", "nothing is checked: {}", run.session());
    }
    insta::assert_snapshot!(described_sessions([
        (
            "a folder with two dangling links, a chain to one, a loop of file links, a link to itself and a link to its parent",
            folder
        ),
        ("a dangling link named on the command line", named),
        ("a loop named on the command line", looped),
    ]));
}

#[test]
fn fifos_and_devices_named_toml_are_refused_unopened() {
    let dir = project();
    let strategies = dir.path().join("strategies");
    std::fs::write(strategies.join("brand.toml"), strategy()).expect("write");
    let fifo = strategies.join("pipe.toml");
    mkfifo(&fifo);
    link(&strategies, "/dev/null", "null.toml");
    // Not named like a strategy: not a candidate, so not in the way.
    mkfifo(&strategies.join("notes"));
    let folder = with_watchdog(dir.path(), fifo.clone(), &["check", "strategies"]);
    let named = with_watchdog(
        dir.path(),
        fifo.clone(),
        &[
            "check",
            "strategies/pipe.toml",
            "strategies/null.toml",
            "strategies/pipe.toml",
        ],
    );
    let render = with_watchdog(
        dir.path(),
        fifo.clone(),
        &["render", "guide", "strategies/pipe.toml"],
    );
    for run in [&folder, &named, &render] {
        assert_eq!(run.code, 2, "{}", run.session());
        assert_eq!(run.stdout, "", "{}", run.session());
    }
    insta::assert_snapshot!(described_sessions([
        (
            "a folder with a FIFO and a link to a device, both named *.toml",
            folder
        ),
        (
            "a FIFO named twice and a device named once, out of order",
            named
        ),
        ("render reads its file the same way", render),
    ]));
}

/// One walker: `walkdir`, which finds strategy files in folders, is used by
/// one function of `src/` (`commands/output.rs`, `strategy_files`), so no
/// command can find files another way again.
#[test]
fn one_function_walks_folders() {
    let users: Vec<String> = walkdir::WalkDir::new(root().join("src"))
        .sort_by_file_name()
        .into_iter()
        .map(|entry| entry.expect("src/ can be walked"))
        .filter(|entry| entry.file_type().is_file())
        .filter(|entry| {
            std::fs::read_to_string(entry.path()).is_ok_and(|text| text.contains("walkdir::"))
        })
        .map(|entry| crate::support::relative(entry.path()))
        .collect();
    assert_eq!(users, ["src/commands/output.rs"]);
    let text = std::fs::read_to_string(root().join("src/commands/output.rs")).expect("read");
    assert_eq!(text.matches("walkdir::WalkDir::new").count(), 1);
}

/// A folder walk checks the TOML files that declare the format and skips
/// the others (the tool's own config, taplo's, Cargo's), saying how many
/// with `--verbose`; a broken strategy that declares the format is still
/// checked; a file named is checked whatever it holds; a walk that finds
/// only other TOML files is an error, not a pass.
#[test]
fn a_walk_checks_only_the_files_that_declare_the_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let at = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    at(
        "repo/commstrat.toml",
        "[rules]\ninvisible-character = \"off\"\n",
    );
    at("repo/taplo.toml", "[formatting]\nalign_entries = true\n");
    at(
        "repo/Cargo.toml",
        "[package]\nname = \"x\"\nversion = \"0.1.0\"\n",
    );
    at("repo/my-brand/strategy.toml", &strategy());
    // `init`'s starter with a syntax error below the top-level keys.
    at(
        "repo/broken/strategy.toml",
        &commstrat::STARTER.replacen("[[roles]]\nid", "[[roles]]\nid = \nx", 1),
    );
    at("other/taplo.toml", "[formatting]\nalign_entries = true\n");
    let runs = [
        (
            "a walk: the two strategies, and how many files were skipped",
            commstrat_in(dir.path(), &["check", "repo", "--verbose"]),
        ),
        (
            "a file named is checked whatever it holds",
            commstrat_in(dir.path(), &["check", "repo/taplo.toml"]),
        ),
        (
            "a walk that finds no strategy",
            commstrat_in(dir.path(), &["check", "other"]),
        ),
    ];
    assert_eq!(runs[0].1.code, 1);
    assert!(
        runs[0].1.stdout.contains("checked 2 files"),
        "{}",
        runs[0].1.stdout
    );
    assert!(!runs[0].1.stdout.contains("commstrat.toml"));
    assert_eq!(runs[1].1.code, 1);
    assert_eq!(runs[2].1.code, 2);
    insta::assert_snapshot!(described_sessions(
        runs.iter().map(|(what, run)| (*what, run))
    ));
}
