//! Writing generated files: atomically (a temporary file in the same folder,
//! renamed over the target), or, for `--check`, comparing them with what is
//! on disk. A book folder keeps a manifest of the files commstrat wrote, so
//! a later render removes pages whose part has left the strategy and never
//! touches a file it did not write.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::render::{Guide, TEMPLATES};

/// One generated file.
#[derive(Debug, Clone)]
pub struct Output {
    pub path: PathBuf,
    pub text: String,
}

/// What a render would change on disk.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub write: Vec<Output>,
    /// Files commstrat wrote before that the new output no longer has.
    pub remove: Vec<PathBuf>,
}

/// The manifest of a book folder, relative to its root.
pub(crate) const MANIFEST: &str = ".commstrat-manifest";

impl Plan {
    /// A plan that writes one file.
    pub fn one(path: PathBuf, text: String) -> Plan {
        Plan {
            write: vec![Output { path, text }],
            remove: Vec::new(),
        }
    }

    /// Every file whose content on disk is not what would be written, and
    /// every file that would be removed, in a stable order.
    pub(crate) fn out_of_date(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = self
            .write
            .iter()
            .filter(|o| std::fs::read(&o.path).ok().as_deref() != Some(o.text.as_bytes()))
            .map(|o| o.path.clone())
            .collect();
        out.extend(self.remove.iter().filter(|p| p.exists()).cloned());
        out
    }

    /// Write every file atomically, then remove the stale ones.
    pub fn apply(&self) -> Result<()> {
        for output in &self.write {
            write_atomically(&output.path, &output.text)?;
        }
        for path in &self.remove {
            if let Err(e) = std::fs::remove_file(path)
                && e.kind() != std::io::ErrorKind::NotFound
            {
                return Err(Error::Write {
                    doing: "remove",
                    path: path.display().to_string(),
                    error: e.to_string(),
                });
            }
        }
        Ok(())
    }
}

/// Write through a temporary file in the same folder, renamed over the
/// target, so an interrupted run never leaves a half-written file. Creates
/// the folder when needed.
pub(crate) fn write_atomically(target: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    let failure = |e: &dyn std::fmt::Display| Error::Write {
        doing: "write",
        path: target.display().to_string(),
        error: e.to_string(),
    };
    let folder = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder).map_err(|e| failure(&e))?;
    let previous = std::fs::metadata(target).ok().filter(|m| m.is_file());
    let mut builder = tempfile::Builder::new();
    // A temporary file is private (0600); the file it becomes is not. A new
    // one gets the mode any new file gets here (0666 less the umask); one
    // written over keeps its own, set once the text is in, so that the text
    // is never readable by more people than the old file allowed.
    #[cfg(unix)]
    if previous.is_none() {
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(folder).map_err(|e| failure(&e))?;
    file.write_all(text.as_bytes()).map_err(|e| failure(&e))?;
    if let Some(previous) = previous {
        file.as_file()
            .set_permissions(previous.permissions())
            .map_err(|e| failure(&e))?;
    }
    file.persist(target).map_err(|e| failure(&e.error))?;
    Ok(())
}

/// The relative paths a book may contain: the only ones a manifest may
/// name, so that even an edited manifest cannot make commstrat remove any
/// other file.
fn book_paths() -> impl Iterator<Item = String> {
    ["book.toml".to_string(), MANIFEST.to_string()]
        .into_iter()
        .chain(TEMPLATES.iter().map(|(name, _)| format!("src/{name}")))
}

/// The files listed in the manifest of the book at `root` (none when it has
/// no manifest), keeping only names a book can have.
fn previous_files(root: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(root.join(MANIFEST)) else {
        return Vec::new();
    };
    let allowed: Vec<String> = book_paths().collect();
    text.lines()
        .map(str::trim)
        .filter(|l| allowed.iter().any(|a| a == l))
        .map(str::to_string)
        .collect()
}

/// `book.toml` for mdBook: title, language and text direction.
fn book_toml(guide: &Guide) -> String {
    let mut book = toml::Table::new();
    book.insert("title".into(), guide.title.clone().into());
    book.insert("language".into(), guide.language.clone().into());
    book.insert("text-direction".into(), guide.direction.into());
    let mut build = toml::Table::new();
    // A page missing from SUMMARY.md is a bug to report, not to paper over.
    build.insert("create-missing".into(), false.into());
    let mut root = toml::Table::new();
    root.insert("book".into(), book.into());
    root.insert("build".into(), build.into());
    format!(
        "# Written by `commstrat render guide --book`; edit the strategy, not this file.\n{}",
        toml::to_string(&root).unwrap_or_default()
    )
}

/// The plan for a book folder at `root`: `book.toml`, `src/SUMMARY.md`, one
/// page per part, and the manifest; pages listed in the previous manifest
/// and no longer produced are removed.
pub fn book_plan(root: &Path, guide: &Guide, summary: String) -> Plan {
    let mut files: Vec<(String, String)> = vec![
        ("book.toml".to_string(), book_toml(guide)),
        ("src/SUMMARY.md".to_string(), summary),
    ];
    for page in &guide.pages {
        files.push((format!("src/{}", page.file), page.markdown.clone()));
    }
    let mut names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    names.push(MANIFEST.to_string());
    names.sort_unstable();
    let manifest = format!(
        "# Files written by `commstrat render guide --book`. A file listed here is\n\
         # removed when its part leaves the strategy; no other file is touched.\n{}\n",
        names.join("\n")
    );
    files.push((MANIFEST.to_string(), manifest));
    let remove = previous_files(root)
        .into_iter()
        .filter(|old| !names.contains(old))
        .map(|old| root.join(old))
        .collect();
    Plan {
        write: files
            .into_iter()
            .map(|(name, text)| Output {
                path: root.join(name),
                text,
            })
            .collect(),
        remove,
    }
}

/// Files of the plan that exist, differ from what would be written, and are
/// not in the book's manifest: writing would destroy someone else's work.
pub(crate) fn foreign_files(root: &Path, plan: &Plan) -> Vec<PathBuf> {
    let ours = previous_files(root);
    plan.write
        .iter()
        .filter(|o| {
            let relative = o
                .path
                .strip_prefix(root)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            // The manifest is always commstrat's own.
            relative != MANIFEST
                && o.path.exists()
                && !ours.contains(&relative)
                && std::fs::read(&o.path).ok().as_deref() != Some(o.text.as_bytes())
        })
        .map(|o| o.path.clone())
        .collect()
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn written_files_get_the_usual_mode_and_keep_their_own() {
        let dir = tempfile::tempdir().unwrap();
        // A file made the ordinary way shows what the umask leaves of 0666.
        let ordinary = dir.path().join("ordinary");
        std::fs::write(&ordinary, "x").unwrap();
        let new = dir.path().join("new.md");
        write_atomically(&new, "new").unwrap();
        assert_eq!(mode(&new), mode(&ordinary));
        let kept = dir.path().join("kept.md");
        std::fs::write(&kept, "old").unwrap();
        std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&kept, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&kept).unwrap(), "new");
        assert_eq!(mode(&kept), 0o640);
        // Nothing else is left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 3);
    }
}
