//! Template overrides: the files of a folder that replace built-in
//! templates or add helpers, read once and checked by name.

use std::collections::BTreeMap;
use std::path::Path;

use super::TEMPLATES;
use crate::error::{Error, Result};

/// Template overrides read from a folder: file name -> source.
#[derive(Debug, Default, Clone)]
pub struct Overrides(pub(super) BTreeMap<String, String>);

impl Overrides {
    /// Read every file of `dir`. A name that is not a built-in template is
    /// refused (it is most likely a typo), unless it starts with `_`: those
    /// are helpers that overrides may `include` or `import`.
    ///
    /// Templates come only from this folder: they are looked up by name
    /// among the files read here, never on disk, so `{% include "/etc/passwd"
    /// %}` or `"../x.md"` name no template. A symbolic link is followed only
    /// to a file inside the folder; one leading out is refused.
    pub fn load(dir: &Path) -> Result<Overrides> {
        let failure = |e: std::io::Error| Error::Templates {
            message: format!("cannot read templates in {}: {e}", dir.display()),
        };
        let mut out = BTreeMap::new();
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .map_err(failure)?
            .collect::<std::io::Result<_>>()
            .map_err(failure)?;
        entries.sort_by_key(|e| e.file_name());
        let root = dir.canonicalize().map_err(failure)?;
        for entry in entries {
            let kind = entry.file_type().map_err(failure)?;
            if kind.is_symlink() {
                let target = entry.path().canonicalize().ok();
                let inside = target
                    .as_ref()
                    .is_some_and(|t| t.parent() == Some(root.as_path()) && t.is_file());
                if !inside {
                    return Err(Error::Templates {
                        message: format!(
                            "{} is a symbolic link to {}: templates may only link to files in their own folder",
                            entry.path().display(),
                            target.map_or_else(
                                || "nothing that exists".to_string(),
                                |t| t.display().to_string()
                            ),
                        ),
                    });
                }
            } else if !kind.is_file() {
                continue;
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let names = TEMPLATES.map(|(n, _)| n);
            if !names.contains(&name.as_str()) && !name.starts_with('_') {
                let hint = crate::suggest::did_you_mean(&name, names)
                    .map(|n| format!(" Did you mean `{n}`?"))
                    .unwrap_or_default();
                return Err(Error::Templates {
                    message: format!(
                        "{}: `{name}` overrides no built-in template.{hint} The templates are: {}; name a helper template with a leading `_`",
                        dir.display(),
                        names.join(", ")
                    ),
                });
            }
            let text = std::fs::read_to_string(entry.path()).map_err(|error| Error::Read {
                path: entry.path().display().to_string(),
                error,
            })?;
            out.insert(name, text);
        }
        Ok(Overrides(out))
    }
}
