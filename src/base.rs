//! `check --base REV`: compare each strategy with its version at a git
//! revision (read through the `git` command line) and report a change that
//! did not bump `version`, or bumped it too little for what changed.

use std::path::Path;
use std::process::Command;

use crate::codes::{VERSION_BUMP_TOO_SMALL, VERSION_NOT_BUMPED};
use crate::diagnostic::{Diagnostic, FileReport};
use crate::diff::{Class, diff};
use crate::error::{Error, Result};

/// A git revision checked to exist, and the repository it is in.
#[derive(Debug, Clone)]
pub struct Base {
    pub revision: String,
}

fn git_failed(e: &std::io::Error) -> Error {
    Error::Git {
        message: format!("cannot run git ({e}); --base needs git on the PATH"),
    }
}

fn git(args: &[&str]) -> Result<std::process::Output> {
    Command::new("git")
        .args(args)
        .output()
        .map_err(|e| git_failed(&e))
}

impl Base {
    /// Check that we are in a git work tree and that `revision` names a commit.
    pub fn open(revision: &str) -> Result<Base> {
        let top = git(&["rev-parse", "--show-toplevel"])?;
        if !top.status.success() {
            return Err(Error::Git {
                message: "--base needs a git repository, and this folder is not in one".into(),
            });
        }
        let verify = git(&[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{revision}^{{commit}}"),
        ])?;
        if !verify.status.success() {
            return Err(Error::Git {
                message: format!(
                    "--base {revision}: no such revision in this repository (fetch it first, e.g. `git fetch origin main`)"
                ),
            });
        }
        Ok(Base {
            revision: revision.to_string(),
        })
    }

    /// The file's bytes at the revision; `None` when it did not exist there.
    /// Git runs in the file's own folder, so a file in a subfolder, or seen
    /// through another working folder, is found by its own repository.
    fn old_bytes(&self, file: &Path) -> Result<Option<Vec<u8>>> {
        let folder = file
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = file
            .file_name()
            .ok_or_else(|| Error::Git {
                message: format!("{} is not a file", file.display()),
            })?
            .to_string_lossy();
        let spec = format!("{}:./{name}", self.revision);
        let shown = Command::new("git")
            .arg("-C")
            .arg(folder)
            .args(["show", &spec])
            .output()
            .map_err(|e| git_failed(&e))?;
        if shown.status.success() {
            return Ok(Some(shown.stdout));
        }
        let error = String::from_utf8_lossy(&shown.stderr);
        // "does not exist in 'main'" / "exists on disk, but not in 'main'".
        if error.contains("does not exist") || error.contains("but not in") {
            return Ok(None);
        }
        Err(Error::Git {
            message: format!(
                "cannot read {} at {}: {}",
                file.display(),
                self.revision,
                error.trim()
            ),
        })
    }

    /// Version findings for `report` (the checked file at `file`).
    pub fn check(&self, file: &Path, report: &mut FileReport) -> Result<()> {
        let Some(old_bytes) = self.old_bytes(file)? else {
            return Ok(()); // new since the revision: no bump needed
        };
        let (Some(new), _) = crate::pipeline::load(&report.source) else {
            return Ok(()); // reported by the other stages
        };
        let (_, Some(old)) = crate::pipeline::validate(&report.source.path, old_bytes) else {
            return Ok(()); // the old file did not load: nothing to compare
        };
        let changes = diff(&old, &new.strategy);
        let Some(class) = changes.class else {
            return Ok(());
        };
        let span = new.index.value_span("/version");
        let (Ok(before), Ok(after)) = (
            semver::Version::parse(&old.version),
            semver::Version::parse(&new.strategy.version),
        ) else {
            return Ok(()); // invalid-version reports it
        };
        let reasons: Vec<&str> = changes
            .changes
            .iter()
            .filter(|c| c.class == class)
            .map(|c| c.summary.as_str())
            .collect();
        let shown = reasons
            .iter()
            .take(3)
            .copied()
            .collect::<Vec<_>>()
            .join("; ");
        let more = if reasons.len() > 3 {
            format!(" and {} more", reasons.len() - 3)
        } else {
            String::new()
        };
        let needed = match class {
            Class::Breaking => semver::Version::new(before.major + 1, 0, 0),
            Class::Additive => semver::Version::new(before.major, before.minor + 1, 0),
            Class::Wording => semver::Version::new(before.major, before.minor, before.patch + 1),
        };
        // Build metadata says nothing about order; a pre-release moving on
        // (rc.1 to rc.2, or rc to the release) is the bump it announced.
        let numbers = |v: &semver::Version| (v.major, v.minor, v.patch);
        let without_build = |v: &semver::Version| {
            let mut v = v.clone();
            v.build = semver::BuildMetadata::EMPTY;
            v
        };
        let bumped_by = if numbers(&after) > numbers(&before) {
            if after.major > before.major {
                Class::Breaking
            } else if after.minor > before.minor {
                Class::Additive
            } else {
                Class::Wording
            }
        } else {
            // Same numbers: only a pre-release moving forward counts.
            Class::Breaking
        };
        let rev = &self.revision;
        let finding = if without_build(&after) <= without_build(&before) {
            Some(
                Diagnostic::new(
                    &VERSION_NOT_BUMPED,
                    span,
                    format!(
                        "the strategy changed since {rev} ({}: {shown}{more}) but version is {after}, was {before}",
                        class.as_str()
                    ),
                )
                .with_help(format!("bump version to {needed} or more")),
            )
        } else if bumped_by < class {
            let kind = match class {
                Class::Breaking => "a major",
                Class::Additive => "a minor",
                Class::Wording => "a patch",
            };
            Some(
                Diagnostic::new(
                    &VERSION_BUMP_TOO_SMALL,
                    span,
                    format!(
                        "{before} → {after} is too small a bump for a {} change since {rev}: {shown}{more}",
                        class.as_str()
                    ),
                )
                .with_help(format!("this needs {kind} bump: version {needed} or more")),
            )
        } else {
            None
        };
        if let Some(finding) = finding {
            report.add(finding);
        }
        Ok(())
    }
}
