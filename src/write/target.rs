//! What is at a path a plan writes, read without following a link, and
//! the refusals of everything but a regular file (or folder) or nothing.
//! Reads only; the bytes are written in `write.rs`.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::shown;
use crate::error::{Error, Result};

/// What is at a path, the path itself: a link is not followed.
pub(super) enum Found {
    Nothing,
    File,
    Folder,
    Link(PathBuf),
    Other(&'static str),
}

pub(super) fn found(path: &Path) -> Result<Found> {
    let metadata = match std::fs::symlink_metadata(path) {
        Ok(metadata) => metadata,
        // Nothing there, or a file where a folder should be: the write
        // fails and says so.
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            return Ok(Found::Nothing);
        }
        Err(e) => {
            return Err(Error::Write {
                doing: "write",
                path: shown(path),
                error: e.to_string(),
            });
        }
    };
    let kind = metadata.file_type();
    Ok(if kind.is_symlink() {
        Found::Link(std::fs::read_link(path).unwrap_or_default())
    } else if kind.is_file() {
        Found::File
    } else if kind.is_dir() {
        Found::Folder
    } else {
        Found::Other(special(kind))
    })
}

/// What a file that is neither a file, a folder nor a link is.
fn special(kind: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_char_device() {
            return "a character device";
        } else if kind.is_block_device() {
            return "a block device";
        } else if kind.is_fifo() {
            return "a FIFO (a named pipe)";
        } else if kind.is_socket() {
            return "a socket";
        }
    }
    let _ = kind;
    "a special file"
}

/// The refusal of a link at `path`.
fn link(path: &Path, to: &Path, in_folder: bool) -> Error {
    Error::Refused {
        path: shown(path),
        what: format!("is a symbolic link (to {})", shown(to)),
        fix: if in_folder {
            "Replace the link by a real folder or file, or write to another folder: commstrat never follows a link inside a folder it writes"
        } else {
            "Give -o the path the link points to, or remove the link: commstrat does not write through links"
        },
    }
}

/// Refuse a file to write unless it is a regular file or nothing. In a
/// folder commstrat writes, the advice is about that folder.
pub(super) fn check_target(path: &Path, in_folder: bool) -> Result<()> {
    let refuse = |what: String, fix| Error::Refused {
        path: shown(path),
        what,
        fix: if in_folder {
            "Move it away, or write to another folder"
        } else {
            fix
        },
    };
    match found(path)? {
        Found::Nothing => match under_a_file(path) {
            Some(file) => Err(Error::Refused {
                path: shown(&file),
                what: "is a file, not a folder".into(),
                fix: "Give -o a path inside a folder, or where nothing is yet",
            }),
            None => Ok(()),
        },
        Found::File => Ok(()),
        Found::Folder => Err(refuse(
            "is a folder, not a file".into(),
            "Give -o the path of a file, in that folder or elsewhere",
        )),
        Found::Link(to) => Err(link(path, &to, in_folder)),
        Found::Other(kind) => Err(refuse(
            format!("is {kind}, not a regular file"),
            "To send the output there, leave out -o and redirect standard output: commstrat writes only over a regular file or where nothing is",
        )),
    }
}

/// The file that `path` would sit under: its nearest existing ancestor,
/// when that is not a folder (nor a link to one). Bounded by the path's
/// own components.
fn under_a_file(path: &Path) -> Option<PathBuf> {
    let nearest = path
        .ancestors()
        .skip(1)
        .filter(|a| !a.as_os_str().is_empty())
        .find(|a| std::fs::symlink_metadata(a).is_ok())?;
    let folder = std::fs::metadata(nearest).is_ok_and(|m| m.is_dir());
    (!folder).then(|| nearest.to_path_buf())
}

/// Refuse a folder to write in unless it is a folder or nothing: `root` as
/// named, `subfolders` inside it.
pub(super) fn check_folder(root: &Path, subfolders: &[&str]) -> Result<()> {
    let refuse = |path: &Path, what: String| Error::Refused {
        path: shown(path),
        what,
        fix: "Give -o a folder, or a path where nothing is yet",
    };
    match found(root)? {
        Found::Nothing => return Ok(()),
        Found::Folder => {}
        Found::Link(to) => return Err(link(root, &to, false)),
        Found::File => return Err(refuse(root, "is a file, not a folder".into())),
        Found::Other(kind) => return Err(refuse(root, format!("is {kind}, not a folder"))),
    }
    for sub in subfolders {
        let path = root.join(sub);
        match found(&path)? {
            Found::Nothing | Found::Folder => {}
            Found::Link(to) => return Err(link(&path, &to, true)),
            Found::File | Found::Other(_) => return Err(not_a_folder(&path)),
        }
    }
    Ok(())
}

/// The refusal of something that should be a folder inside a folder.
fn not_a_folder(path: &Path) -> Error {
    Error::Refused {
        path: shown(path),
        what: "is not a folder".into(),
        fix: "Move it away, or write to another folder",
    }
}

/// Whether `a` and `b` are one file (following links; an absent file is
/// no file).
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        x.dev() == y.dev() && x.ino() == y.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (x, y);
        matches!(
            (a.canonicalize(), b.canonicalize()),
            (Ok(x), Ok(y)) if x == y
        )
    }
}

/// At most `limit` bytes of the file at `path`.
pub(super) fn read_at_most(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Whether the file at `path` holds exactly `text`: never reads more than
/// one byte past its length.
pub(super) fn holds(path: &Path, text: &str) -> bool {
    read_at_most(path, text.len() as u64 + 1).ok().as_deref() == Some(text.as_bytes())
}
