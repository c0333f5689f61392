//! `check --base REV`: compare each strategy with its version at a git
//! revision (read through the `git` command line) and report a change that
//! did not bump `version`, or bumped it too little for what changed. This
//! file does the git work and the diff; `rules::versions` judges the bump.

use std::path::Path;
use std::process::Command;

use crate::diagnostic::FileReport;
use crate::diff::{Class, diff};
use crate::error::{Error, Result};
use crate::rules::versions::{self, Bump, Changed};

/// A git revision checked to exist, and the repository it is in.
#[derive(Debug, Clone)]
pub(crate) struct Base {
    pub revision: String,
}

/// Run git in `folder`.
fn git(folder: &Path, args: &[&str]) -> Result<std::process::Output> {
    let run = Command::new("git")
        .arg("-C")
        .arg(folder)
        .args(args)
        .output();
    run.map_err(|e| Error::Git {
        message: format!("cannot run git ({e}); --base needs git on the PATH"),
    })
}

impl Base {
    /// Check that we are in a git work tree and that `revision` names a commit.
    pub fn open(revision: &str) -> Result<Base> {
        let here = Path::new(".");
        let top = git(here, &["rev-parse", "--show-toplevel"])?;
        if !top.status.success() {
            return Err(Error::Git {
                message: "--base needs a git repository, and this folder is not in one".into(),
            });
        }
        let commit = format!("{revision}^{{commit}}");
        let verify = git(here, &["rev-parse", "--verify", "--quiet", &commit])?;
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
        let shown = git(folder, &["show", &spec])?;
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
        // Past the pair limit each pair may be a change of promise; `check`
        // reports the file as too large instead.
        let limit = crate::replies::MAX_PAIRS;
        if crate::replies::pairs(&old) > limit || crate::replies::pairs(&new.strategy) > limit {
            return Ok(());
        }
        let changes = diff(&old, &new.strategy);
        let Some(class) = changes.class else {
            return Ok(());
        };
        let span = new.index.value_span("/version");
        let changed = Changed {
            needs: match class {
                Class::Breaking => Bump::Major,
                Class::Additive => Bump::Minor,
                Class::Wording => Bump::Patch,
            },
            class: class.as_str(),
            reasons: changes
                .changes
                .iter()
                .filter(|c| c.class == class)
                .map(|c| c.summary.as_str())
                .collect(),
        };
        if let Some(finding) =
            versions::compare(&old, &new.strategy, &changed, span, &self.revision)
        {
            report.add(finding);
        }
        Ok(())
    }
}
