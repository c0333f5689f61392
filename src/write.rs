//! Writing generated files: atomically (a temporary file in the same folder,
//! renamed over the target), or, for `--check`, comparing them with what is
//! on disk. Only a regular file, or a path where nothing is, is written:
//! never a device, a FIFO, a folder, a symbolic link or the input itself.
//!
//! A folder commstrat writes whole (a book, a CSV folder) keeps a manifest
//! of the files commstrat wrote, each with a hash of its bytes, so that a
//! later render removes files it no longer produces, leaves those changed
//! since, and never touches a file it did not write. The manifest is written
//! first with every file the run may leave behind, and again last with what
//! the folder holds, so that an interrupted run is completed by the next.

mod folder;
mod target;

use std::path::{Path, PathBuf};

use folder::listed;
pub use folder::{Folder, FolderKind, book_plan, document_plan, folder_plan, picture_folder};
use target::{check_target, holds, same_file};

use crate::error::{Error, Result};

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
    /// Files commstrat wrote before, no longer produced, that were changed
    /// since: left as they are, and no longer commstrat's.
    pub kept: Vec<PathBuf>,
    pub folder: Option<Folder>,
}

/// The manifest of a folder commstrat writes, relative to its root.
pub(crate) const MANIFEST: &str = ".commstrat-manifest";

/// How commstrat's temporary files start: a folder plan removes the ones an
/// interrupted run left, and no other file.
pub(crate) const TEMPORARY: &str = ".commstrat-tmp-";

impl Plan {
    /// A plan that writes one file.
    pub fn one(path: PathBuf, text: String) -> Plan {
        Plan {
            write: vec![Output { path, text }],
            ..Plan::default()
        }
    }

    /// Every file written, the manifest last.
    fn outputs(&self) -> impl Iterator<Item = &Output> {
        self.write
            .iter()
            .chain(self.folder.as_ref().map(|f| &f.manifest))
    }

    /// How many files a run writes.
    pub fn files(&self) -> usize {
        self.outputs().count()
    }

    /// Refuse a plan that would write or read what it must not: anything
    /// but a regular file or nothing at each path, or the file `input`
    /// (under any spelling, or through a link).
    pub fn validate(&self, input: &Path) -> Result<()> {
        for path in self.outputs().map(|o| &o.path).chain(&self.remove) {
            let in_folder = self
                .folder
                .as_ref()
                .is_some_and(|f| path.starts_with(&f.root));
            if same_file(path, input) {
                let same = if shown(path) == shown(input) {
                    String::new()
                } else {
                    format!(" (the same file as {})", shown(input))
                };
                return Err(Error::Refused {
                    path: shown(path),
                    what: format!("is the strategy being rendered{same}"),
                    fix: "Give -o another path: the output would replace the strategy",
                });
            }
            check_target(path, in_folder)?;
        }
        Ok(())
    }

    /// Every file whose content on disk is not what would be written, and
    /// every file that would be removed, in a stable order. Reads at most
    /// one byte more than each file should hold.
    pub(crate) fn out_of_date(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = self
            .outputs()
            .filter(|o| !holds(&o.path, &o.text))
            .map(|o| o.path.clone())
            .collect();
        out.extend(self.remove.iter().filter(|p| p.exists()).cloned());
        out
    }

    /// Files of a folder plan that exist, differ from what would be
    /// written, and are not in the folder's manifest: writing would destroy
    /// someone else's work.
    pub fn foreign_files(&self) -> Result<Vec<PathBuf>> {
        let Some(folder) = &self.folder else {
            return Ok(Vec::new());
        };
        let ours = listed(&folder.root, folder.kind)?;
        Ok(self
            .write
            .iter()
            .filter(|o| o.path.starts_with(&folder.root))
            .filter(|o| {
                let name = relative(&folder.root, &o.path);
                o.path.exists() && !ours.contains_key(&name) && !holds(&o.path, &o.text)
            })
            .map(|o| o.path.clone())
            .collect())
    }

    /// Write every file atomically, then remove the stale ones.
    pub fn apply(&self) -> Result<()> {
        self.apply_with(&mut |path, text| write_atomically(path, text))
    }

    /// The steps of `apply`, each file written by `write`.
    fn apply_with(&self, write: &mut dyn FnMut(&Path, &str) -> Result<()>) -> Result<()> {
        if let Some(folder) = &self.folder {
            remove_temporaries(folder)?;
            write(&folder.manifest.path, &folder.intent)?;
        }
        for output in &self.write {
            write(&output.path, &output.text)?;
        }
        for path in &self.remove {
            if let Err(e) = std::fs::remove_file(path)
                && e.kind() != std::io::ErrorKind::NotFound
            {
                return Err(Error::Write {
                    doing: "remove",
                    path: shown(path),
                    error: e.to_string(),
                });
            }
        }
        if let Some(folder) = &self.folder {
            write(&folder.manifest.path, &folder.manifest.text)?;
        }
        Ok(())
    }
}

/// A path as messages show it, with `/` separators.
fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// `path` relative to `root`, with `/` separators.
fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).map(shown).unwrap_or_default()
}

/// Remove the temporary files earlier runs left in the folder: regular
/// files named as commstrat names its own, and nothing else.
fn remove_temporaries(folder: &Folder) -> Result<()> {
    let subfolders = folder.kind.subfolders().iter().map(|s| folder.root.join(s));
    for dir in std::iter::once(folder.root.clone()).chain(subfolders) {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let ours = entry.file_name().to_string_lossy().starts_with(TEMPORARY);
            if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
                std::fs::remove_file(entry.path()).map_err(|e| Error::Write {
                    doing: "remove",
                    path: shown(&entry.path()),
                    error: e.to_string(),
                })?;
            }
        }
    }
    Ok(())
}

/// Write through a temporary file in the same folder, renamed over the
/// target, so an interrupted run never leaves a half-written file. Creates
/// the folder when needed. Refuses any target but a regular file or
/// nothing.
pub(crate) fn write_atomically(target: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    // Plans were validated with advice for -o; `init` and `templates
    // export` write into a folder.
    check_target(target, true)?;
    let failure = |e: &dyn std::fmt::Display| Error::Write {
        doing: "write",
        path: shown(target),
        error: e.to_string(),
    };
    let folder = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder).map_err(|e| failure(&e))?;
    let previous = std::fs::symlink_metadata(target)
        .ok()
        .filter(|m| m.is_file());
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMPORARY);
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

    /// The files of a folder and their text, sorted by name.
    fn contents(dir: &Path) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let text = std::fs::read_to_string(e.path()).unwrap();
                (e.file_name().to_string_lossy().into_owned(), text)
            })
            .collect();
        out.sort();
        out
    }

    fn csv(files: &[(&str, &str)]) -> Vec<(String, String)> {
        files
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect()
    }

    /// A run killed after each of its writes in turn (the manifest first,
    /// each file, the manifest again) is completed by the next run, even
    /// of a changed strategy, and leaves the folder as a run never
    /// interrupted would, its temporary files removed.
    #[test]
    fn an_interrupted_run_is_completed_by_the_next() {
        let first = csv(&[("a.csv", "a1"), ("b.csv", "b1")]);
        let second = csv(&[("b.csv", "b2"), ("c.csv", "c2")]);
        let third = csv(&[("b.csv", "b3"), ("c.csv", "c3"), ("d.csv", "d3")]);
        // What a run never interrupted leaves.
        let clean = tempfile::tempdir().unwrap();
        let root = clean.path().join("out");
        for files in [&first, &third] {
            folder_plan(&root, FolderKind::Csv, files.clone())
                .unwrap()
                .apply()
                .unwrap();
        }
        let expected = contents(&root);
        assert_eq!(expected.len(), 4, "{expected:?}");
        for stop in 0..4 {
            let dir = tempfile::tempdir().unwrap();
            let root = dir.path().join("out");
            folder_plan(&root, FolderKind::Csv, first.clone())
                .unwrap()
                .apply()
                .unwrap();
            let mut calls = 0;
            let interrupted = folder_plan(&root, FolderKind::Csv, second.clone())
                .unwrap()
                .apply_with(&mut |path, text| {
                    calls += 1;
                    if calls > stop {
                        // A kill leaves the temporary file behind.
                        std::fs::write(root.join(format!("{TEMPORARY}{stop}")), text).unwrap();
                        return Err(Error::Internal {
                            message: "killed".into(),
                        });
                    }
                    write_atomically(path, text)
                });
            assert!(interrupted.is_err(), "stopped after {stop} writes");
            let next = folder_plan(&root, FolderKind::Csv, third.clone()).unwrap();
            assert_eq!(
                next.foreign_files().unwrap(),
                Vec::<PathBuf>::new(),
                "{stop}"
            );
            assert_eq!(next.kept, Vec::<PathBuf>::new(), "{stop}");
            next.apply().unwrap();
            assert_eq!(contents(&root), expected, "stopped after {stop} writes");
        }
    }

    #[test]
    fn a_manifest_names_only_files_its_folder_can_hold() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(MANIFEST),
            "# a manifest older than hashes, then an edited one\n\
             src/voice.md\n.commstrat-manifest\n../precious\n/etc/passwd\n\
             0123456789abcdef  src/crisis.md\n0123456789abcdeg  src/overview.md\n",
        )
        .unwrap();
        let listed = folder::listed(dir.path(), FolderKind::Book).unwrap();
        let names: Vec<(&str, usize)> = listed.iter().map(|(n, h)| (n.as_str(), h.len())).collect();
        assert_eq!(names, [("src/crisis.md", 1), ("src/voice.md", 0)]);
        let csv = folder::listed(dir.path(), FolderKind::Csv).unwrap();
        assert!(csv.is_empty(), "{csv:?}");
    }

    #[test]
    fn hashes_are_fnv_1a() {
        // The published test vectors of 64-bit FNV-1a.
        assert_eq!(folder::hash(""), "cbf29ce484222325");
        assert_eq!(folder::hash("a"), "af63dc4c8601ec8c");
        assert_eq!(folder::hash("foobar"), "85944171f73967e8");
    }
}
