//! A draft in the editor: `lint`'s findings, and its fixes as code actions.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::error::Result;
use crate::lint::{self, Edit, Format, Settings};
use crate::model::Strategy;
use crate::source::Source;

/// The strategy drafts are held to, read once for a folder and again when
/// its file changes on disk.
pub(super) struct Held {
    pub path: PathBuf,
    pub strategy: Strategy,
    modified: Option<std::time::SystemTime>,
}

impl Held {
    /// The strategy at `path`, when it loads without errors.
    pub(super) fn read(path: PathBuf) -> Option<Held> {
        let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
        let bytes = crate::pipeline::read_limited(&path).ok()?;
        let (report, strategy) = crate::pipeline::validate(&super::super::display(&path), bytes);
        let errors = report
            .diagnostics
            .iter()
            .any(|d| d.severity == crate::diagnostic::Severity::Error);
        (!errors).then_some(())?;
        Some(Held {
            path,
            strategy: strategy?,
            modified,
        })
    }

    /// Is the file still as it was read?
    pub(super) fn is_current(&self) -> bool {
        std::fs::metadata(&self.path)
            .and_then(|m| m.modified())
            .ok()
            == self.modified
    }
}

/// The findings of the draft `text` at `path`, and the edits its fixes make.
pub(super) fn lint_text(
    strategy: &Strategy,
    path: &str,
    text: &str,
) -> Result<(Vec<Diagnostic>, Vec<Edit>)> {
    let values = std::collections::BTreeMap::new();
    let settings = Settings {
        strategy,
        network: None,
        surface: None,
        kind: None,
        crisis: None,
        values: &values,
    };
    // As `lint` reads a file: within the size limit, at most
    // `MAX_FINDINGS` findings and a summary of the rest.
    if text.len() > crate::pipeline::MAX_FILE_BYTES {
        return Ok((Vec::new(), Vec::new()));
    }
    let source = Source::new(path, text.to_string());
    let drafts = lint::input::drafts(&source, Format::of(path), None)?;
    let findings = lint::lint(&settings, &source, &drafts);
    let edits = lint::fixes(&settings, &source, &drafts);
    let mut report = crate::diagnostic::FileReport::new(source, findings);
    report.cap();
    Ok((report.diagnostics, edits))
}

/// Is `path` a draft: a `.txt` or `.md` file under one of `folders`?
pub(super) fn is_draft(path: &Path, folders: &[PathBuf]) -> bool {
    let text_like = matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "md" | "markdown")
    );
    text_like && folders.iter().any(|f| path.starts_with(f))
}
