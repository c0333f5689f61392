//! Running the real binary, the way users and CI do.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run of `commstrat` printed and returned.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Exit code, stdout and stderr, as recorded in snapshots.
    pub fn transcript(&self) -> String {
        format!(
            "exit code: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
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

pub fn commstrat_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_commstrat"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("COMMSTRAT_FORMAT")
        .env("NO_COLOR", "1");
    for (k, v) in env {
        command.env(k, v);
    }
    let output = command.output().expect("the binary runs");
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
    }
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
