//! The folders commstrat writes whole (a book, a CSV folder, a guide's
//! pictures): the names
//! each may hold, its manifest with a hash of each file, and the plan that
//! brings it up to date. Reads only; the bytes are written in `write.rs`.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::target::{Found, check_folder, check_target, found, read_at_most};
use super::{MANIFEST, Output, Plan, shown};
use crate::error::{Error, Result};
use crate::render::{Guide, TEMPLATES, pictures};

/// Where a book keeps its pictures (`src/` and `pictures::FOLDER`).
const BOOK_PICTURES: &str = "src/pictures";

/// The most of a manifest that is read: a real one is a few hundred bytes.
const MANIFEST_BYTES: u64 = 1024 * 1024;

/// A folder commstrat writes whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FolderKind {
    /// `render guide --book`: an mdBook folder.
    Book,
    /// `render calendar --csv-profile`: one CSV file per network.
    Csv,
    /// `render guide -o FILE`: the pictures beside the guide.
    Pictures,
}

/// A folder plan's own part: where, and the two manifests.
#[derive(Debug, Clone)]
pub struct Folder {
    pub root: PathBuf,
    pub kind: FolderKind,
    /// The manifest as it is once the run is done: written last.
    pub(super) manifest: Output,
    /// The manifest written first: every file the previous one listed and
    /// every file this run writes, with each hash it may have on disk.
    pub(super) intent: String,
}

/// 64-bit FNV-1a (the `fnv` crate), as 16 hex digits: enough to tell a
/// file changed by hand from the one commstrat wrote (not a defence against
/// a forger, who could only make commstrat remove a file they can write
/// anyway).
fn hex(hasher: &fnv::FnvHasher) -> String {
    use std::hash::Hasher;
    format!("{:016x}", hasher.finish())
}

pub(super) fn hash(text: &str) -> String {
    use std::hash::Hasher;
    let mut fnv = fnv::FnvHasher::default();
    fnv.write(text.as_bytes());
    hex(&fnv)
}

/// The hash of the file at `path`, read in pieces.
fn hash_file(path: &Path) -> Option<String> {
    let mut file = std::fs::File::open(path).ok()?;
    let mut fnv = fnv::FnvHasher::default();
    let mut buffer = vec![0; 64 * 1024];
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return Some(hex(&fnv)),
            Ok(n) => std::hash::Hasher::write(&mut fnv, buffer.get(..n)?),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

impl FolderKind {
    /// Whether a manifest may name `name`: even an edited manifest cannot
    /// make commstrat remove any other file.
    fn allows(self, name: &str) -> bool {
        match self {
            FolderKind::Book => {
                let picture = name
                    .strip_prefix("src/")
                    .and_then(|n| n.strip_prefix(pictures::FOLDER))
                    .and_then(|n| n.strip_prefix('/'));
                name == "book.toml"
                    || TEMPLATES
                        .iter()
                        .any(|(t, _)| name.strip_prefix("src/") == Some(t))
                    || picture.is_some_and(pictures::is_picture)
            }
            FolderKind::Csv => {
                name.len() > 4
                    && name.ends_with(".csv")
                    && !name.starts_with('.')
                    && !name.contains(['/', '\\'])
            }
            FolderKind::Pictures => pictures::is_picture(name),
        }
    }

    /// The folders inside the root a plan writes in.
    pub(super) fn subfolders(self) -> &'static [&'static str] {
        match self {
            FolderKind::Book => &["src", BOOK_PICTURES],
            FolderKind::Csv | FolderKind::Pictures => &[],
        }
    }

    fn manifest(self, files: &BTreeMap<String, Vec<String>>) -> String {
        let (command, when) = match self {
            FolderKind::Book => ("render guide --book", "its part leaves the strategy"),
            FolderKind::Csv => (
                "render calendar --csv-profile",
                "its network has nothing in the window",
            ),
            FolderKind::Pictures => ("render guide -o FILE", "the guide no longer shows it"),
        };
        let mut text = format!(
            "# Files written by `commstrat {command}`: a hash of the bytes\n\
             # written (64-bit FNV-1a), then the file.\n\
             # A file listed here is removed when {when},\n\
             # unless it changed since; no other file is touched.\n"
        );
        for (name, hashes) in files {
            for hash in hashes {
                text.push_str(&format!("{hash}  {name}\n"));
            }
        }
        text
    }
}

/// The files the manifest of the folder at `root` lists (none when it has
/// none), keeping only names the folder can have, each with the hashes of
/// what commstrat may have left there (none for a manifest older than
/// hashes).
pub(super) fn listed(root: &Path, kind: FolderKind) -> Result<BTreeMap<String, Vec<String>>> {
    let path = root.join(MANIFEST);
    let bytes = match read_at_most(&path, MANIFEST_BYTES) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(error) => {
            return Err(Error::Read {
                path: shown(&path),
                error,
            });
        }
    };
    let mut files: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in String::from_utf8_lossy(&bytes).lines() {
        let (hash, name) = match line.trim().split_once("  ") {
            Some((h, n)) if h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()) => {
                (Some(h), n.trim())
            }
            _ => (None, line.trim()),
        };
        if kind.allows(name) {
            let hashes = files.entry(name.to_string()).or_default();
            if let Some(hash) = hash
                && !hashes.iter().any(|h| h == hash)
            {
                hashes.push(hash.to_string());
            }
        }
    }
    Ok(files)
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
/// page per part, and the manifest.
pub fn book_plan(root: &Path, guide: &Guide, summary: String) -> Result<Plan> {
    let mut files: Vec<(String, String)> = vec![
        ("book.toml".to_string(), book_toml(guide)),
        ("src/SUMMARY.md".to_string(), summary),
    ];
    for page in &guide.pages {
        files.push((format!("src/{}", page.file), page.markdown.clone()));
    }
    for picture in &guide.pictures {
        let name = format!("src/{}/{}", pictures::FOLDER, picture.file);
        files.push((name, picture.svg.clone()));
    }
    folder_plan(root, FolderKind::Book, files)
}

/// The plan for the single guide at `path` holding `text`, with its
/// pictures in the folder beside it at `pictures` (see `picture_folder`).
/// A guide without pictures writes no folder, but empties the one an
/// earlier run left.
pub fn document_plan(path: &Path, text: String, guide: &Guide) -> Result<Plan> {
    // The guide's own refusal comes first: it is the path the user gave.
    check_target(path, false)?;
    let root = picture_folder(path);
    let mut plan = if guide.pictures.is_empty() && !root.exists() {
        Plan::default()
    } else {
        let files = guide
            .pictures
            .iter()
            .map(|p| (p.file.to_string(), p.svg.clone()))
            .collect();
        folder_plan(&root, FolderKind::Pictures, files)?
    };
    plan.write.insert(
        0,
        Output {
            path: path.to_path_buf(),
            text,
        },
    );
    Ok(plan)
}

/// The folder of the pictures of the guide written to `path`: beside it,
/// named after it (`guide.md` keeps them in `guide-pictures`), so that two
/// guides in one folder, in two languages, each keep their own.
pub fn picture_folder(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(|| "guide".into(), |s| s.to_string_lossy());
    path.with_file_name(format!("{stem}-{}", pictures::FOLDER))
}

/// The plan for a folder of `kind` at `root` holding `files` (relative
/// names and their text) and the manifest. Files the previous manifest
/// lists and no longer produced are removed when they hold what commstrat
/// wrote, and kept otherwise. Nothing is read before the folder, its
/// subfolders and every file named are known to be folders and regular
/// files (or nothing), none a link.
pub fn folder_plan(root: &Path, kind: FolderKind, files: Vec<(String, String)>) -> Result<Plan> {
    check_folder(root, kind.subfolders())?;
    if let Some((name, _)) = files.iter().find(|(name, _)| !kind.allows(name)) {
        return Err(Error::Internal {
            message: format!("{name} is not a name a {kind:?} folder may hold"),
        });
    }
    check_target(&root.join(MANIFEST), true)?;
    for (name, _) in &files {
        check_target(&root.join(name), true)?;
    }
    let previous = listed(root, kind)?;
    let (mut remove, mut kept) = (Vec::new(), Vec::new());
    for (name, hashes) in &previous {
        if files.iter().any(|(n, _)| n == name) {
            continue;
        }
        let path = root.join(name);
        match found(&path)? {
            Found::Nothing => {}
            Found::File if hash_file(&path).is_some_and(|h| hashes.contains(&h)) => {
                remove.push(path);
            }
            _ => kept.push(path),
        }
    }
    let now: BTreeMap<String, Vec<String>> = files
        .iter()
        .map(|(name, text)| (name.clone(), vec![hash(text)]))
        .collect();
    let mut either = previous;
    for (name, hashes) in &now {
        let all = either.entry(name.clone()).or_default();
        for hash in hashes {
            if !all.contains(hash) {
                all.push(hash.clone());
            }
        }
    }
    let folder = Folder {
        root: root.to_path_buf(),
        kind,
        manifest: Output {
            path: root.join(MANIFEST),
            text: kind.manifest(&now),
        },
        intent: kind.manifest(&either),
    };
    Ok(Plan {
        write: files
            .into_iter()
            .map(|(name, text)| Output {
                path: root.join(name),
                text,
            })
            .collect(),
        remove,
        kept,
        folder: Some(folder),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_book_keeps_its_pictures_where_the_pages_point() {
        assert_eq!(BOOK_PICTURES, format!("src/{}", pictures::FOLDER));
        for file in ["staffing.svg", "crisis-level-1.svg", "crisis-level-5.svg"] {
            assert!(FolderKind::Book.allows(&format!("{BOOK_PICTURES}/{file}")));
        }
        assert!(!FolderKind::Book.allows("src/pictures/crisis-level-6.svg"));
        assert!(!FolderKind::Book.allows("src/pictures/other.svg"));
        assert!(!FolderKind::Book.allows("src/pictures/../book.toml"));
    }
}
