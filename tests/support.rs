//! Running the real binary, the way users and CI do; walking fixture
//! folders in one fixed order; one snapshot per fixture file.

use std::borrow::Borrow;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run of `commstrat` printed and returned.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// The arguments, as typed after `commstrat`.
    pub args: Vec<String>,
    /// The folder it ran in.
    pub dir: PathBuf,
}

impl Run {
    /// Exit code, stdout and stderr, as recorded in snapshots.
    pub fn transcript(&self) -> String {
        format!(
            "exit code: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }

    /// The command line as a person would type it, then the transcript.
    /// The folder the run happened in reads `<dir>`, so that a run in a
    /// temporary folder gives the same text on every machine.
    pub fn session(&self) -> String {
        let line: Vec<String> = self.args.iter().map(|a| shell_word(a)).collect();
        let text = format!("$ commstrat {}\n{}", line.join(" "), self.transcript());
        let mut dirs = vec![self.dir.display().to_string()];
        if let Ok(real) = self.dir.canonicalize() {
            dirs.push(real.display().to_string());
        }
        // The longer path first, so that one is not left half replaced.
        dirs.sort_by_key(|d| std::cmp::Reverse(d.len()));
        dirs.iter()
            .fold(text, |text, dir| text.replace(dir, "<dir>"))
    }

    /// The `diagnostics` array of JSON output.
    pub fn diagnostics(&self) -> Vec<serde_json::Value> {
        self.json()["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_else(|| panic!("no diagnostics array:\n{}", self.stdout))
    }

    /// One field of every finding, as text (`"name"`, `"file"`, `"message"`…).
    pub fn field(&self, key: &str) -> Vec<String> {
        self.diagnostics()
            .iter()
            .map(|d| {
                d[key]
                    .as_str()
                    .map_or_else(|| d[key].to_string(), str::to_string)
            })
            .collect()
    }

    /// Several fields of every finding, joined by spaces (`["name", "severity"]`
    /// gives `"dst-gap warning"`).
    pub fn findings(&self, keys: &[&str]) -> Vec<String> {
        self.diagnostics()
            .iter()
            .map(|d| {
                keys.iter()
                    .map(|k| d[*k].as_str().unwrap_or(""))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run `commstrat` in `dir` with `args`, colours off, no inherited format.
pub fn commstrat_in(dir: &Path, args: &[&str]) -> Run {
    commstrat_env(dir, args, &[])
}

/// `commstrat render guide ARGS` run in `dir`.
pub fn render_guide(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["render", "guide"];
    all.extend_from_slice(args);
    commstrat_in(dir, &all)
}

pub fn commstrat_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    commstrat_piped(dir, args, env, b"")
}

/// As [`commstrat_env`], with `stdin` on standard input.
pub fn commstrat_piped(dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> Run {
    use std::io::Write;
    let mut command = Command::new(env!("CARGO_BIN_EXE_commstrat"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("COMMSTRAT_FORMAT")
        .env_remove("FORCE_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.spawn().expect("the binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    let stdin = stdin.to_vec();
    // Written from a thread: a large input would fill the pipe while the
    // child fills its own output pipes.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("the binary runs");
    writer.join().expect("the writer thread ends");
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let code = output.status.code().unwrap_or(-1);
    assert_ne!(
        code,
        101,
        "commstrat panicked on {args:?}:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    Run {
        code,
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        args,
        dir: dir.to_path_buf(),
    }
}

/// An argument as a shell would need it: quoted when it holds a space or
/// a character the shell reads.
fn shell_word(arg: &str) -> String {
    let plain = !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./:=@,+%".contains(c));
    if plain {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', r"'\''"))
    }
}

/// Several runs, each after a `# comment` saying what is different about
/// it (the files it finds, say), when the command lines alone do not.
pub fn described_sessions<S: AsRef<str>, R: Borrow<Run>>(
    runs: impl IntoIterator<Item = (S, R)>,
) -> String {
    runs.into_iter()
        .map(|(what, run)| format!("# {}\n{}", what.as_ref(), run.borrow().session()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Several runs one after the other, as a terminal would show them.
pub fn sessions<'a>(runs: impl IntoIterator<Item = &'a Run>) -> String {
    runs.into_iter()
        .map(Run::session)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Run `commstrat` from the repository root.
pub fn commstrat(args: &[&str]) -> Run {
    commstrat_in(&root(), args)
}

/// `check PATH --format json --fail-level warning`, from the repository root.
pub fn check_strict(path: &str) -> Run {
    commstrat(&["check", path, "--format", "json", "--fail-level", "warning"])
}

/// Check `text` written to a temporary `s.toml` (JSON output, default fail level).
pub fn check_text(text: &str) -> Run {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("s.toml"), text).expect("the file is written");
    commstrat_in(dir.path(), &["check", "s.toml", "--format", "json"])
}

/// Every file and folder under `dir`, as paths relative to `dir` with `/`
/// between names, folders ending with `/`, sorted: the same list in the
/// same order on every machine. Links are listed, not followed.
pub fn tree(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .map(|entry| {
            let entry = entry.unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            let relative = entry
                .path()
                .strip_prefix(dir)
                .expect("under the folder walked")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            if entry.file_type().is_dir() {
                format!("{relative}/")
            } else {
                relative
            }
        })
        .collect();
    out.sort();
    out
}

/// Every file under `dir` (not the folders), relative and sorted as in [`tree`].
pub fn files_under(dir: &Path) -> Vec<String> {
    tree(dir)
        .into_iter()
        .filter(|p| !p.ends_with('/'))
        .collect()
}

/// The `*.toml` files under `dir`, relative and sorted as in [`tree`].
pub fn toml_files(dir: &Path) -> Vec<String> {
    files_under(dir)
        .into_iter()
        .filter(|p| p.ends_with(".toml"))
        .collect()
}

/// A file of the repository as the product names it: relative to the
/// root, with `/` separators (for `insta::glob!`, which gives the whole path).
pub fn relative(file: &Path) -> String {
    file.strip_prefix(root())
        .expect("a file of the repository")
        .to_string_lossy()
        .replace('\\', "/")
}

/// The starter strategy with its `[calendar]` replaced by `calendar`.
pub fn with_calendar(calendar: &str) -> String {
    let starter = commstrat::STARTER;
    let start = starter
        .find("[[calendar.series]]")
        .expect("starter has a calendar");
    let end = starter.find("[[metrics]]").expect("starter has metrics");
    format!("{}{calendar}\n{}", &starter[..start], &starter[end..])
}

/// Each run of Latin letters of `text` outside a bidirectional isolate,
/// with its line: in right-to-left output there should be none. HTML tags
/// and link targets (`](voice.md)`) are markup, not text.
pub fn outside_isolates(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let mut line = line.to_string();
        while let Some(start) = line.find("](") {
            let end = line[start..]
                .find(')')
                .map_or(line.len(), |e| start + e + 1);
            line.replace_range(start..end, "]");
        }
        let mut depth = 0usize;
        let mut in_tag = false;
        let mut run = String::new();
        for c in line.chars() {
            match c {
                '\u{2066}' | '\u{2067}' | '\u{2068}' => depth += 1,
                '\u{2069}' => depth = depth.saturating_sub(1),
                '<' if depth == 0 => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if depth == 0 && !in_tag && c.is_ascii_alphabetic() => run.push(c),
                _ => {}
            }
            if !c.is_ascii_alphabetic() && !run.is_empty() {
                found.push(format!("{run} in {line}"));
                run.clear();
            }
        }
        if !run.is_empty() {
            found.push(format!("{run} in {line}"));
        }
    }
    found
}
