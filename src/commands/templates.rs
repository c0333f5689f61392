//! `commstrat templates export DIR`: the built-in templates written out to
//! start a customisation from.

use std::path::{Path, PathBuf};

use super::output::print;
use super::{Outcome, display};
use crate::error::{Error, Result};

pub(super) fn export(dir: &Path, force: bool, out: &mut dyn std::io::Write) -> Result<Outcome> {
    let targets: Vec<(PathBuf, &str)> = crate::render::TEMPLATES
        .iter()
        .map(|(name, text)| (dir.join(name), *text))
        .collect();
    if !force {
        let existing: Vec<String> = targets
            .iter()
            .filter(|(path, _)| path.exists())
            .map(|(path, _)| display(path))
            .collect();
        if !existing.is_empty() {
            return Err(Error::Exists {
                paths: existing,
                hint: " (--force overwrites)",
            });
        }
    }
    for (target, text) in &targets {
        crate::write::write_atomically(target, text)?;
    }
    print(
        out,
        &format!(
            "wrote {} templates to {}\nnext: edit them, then run `commstrat render guide FILE --templates {}`\n",
            targets.len(),
            display(dir),
            display(dir)
        ),
    )?;
    Ok(Outcome::Clean)
}
