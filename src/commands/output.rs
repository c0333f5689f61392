//! What the commands share around their work: writing to standard output,
//! reading a strategy for a renderer, and checking or applying a plan of
//! generated files.

use std::io::IsTerminal;
use std::path::Path;

use super::{Outcome, display};
use crate::diagnostic::{FileReport, Summary};
use crate::error::{Error, Result};
use crate::model::Strategy;
use crate::render::Overrides;
use crate::report::{self, HumanOptions};
use crate::write::{FolderKind, Plan};

/// Write `text` to standard output.
pub(super) fn print(out: &mut dyn std::io::Write, text: &str) -> Result<()> {
    out.write_all(text.as_bytes()).map_err(Error::Output)
}

/// Whether colours go to a stream: a terminal, and `NO_COLOR` unset or empty.
pub(super) fn colour(is_terminal: bool) -> bool {
    is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The bytes of the file at `file`, within the size limit.
pub(super) fn read(file: &Path) -> Result<Vec<u8>> {
    crate::pipeline::read_limited(file).map_err(|error| Error::Read {
        path: file.display().to_string(),
        error,
    })
}

/// The file at `file` through the pipeline: its findings, and its model
/// when it loads.
pub(super) fn validate(file: &Path) -> Result<(FileReport, Option<Strategy>)> {
    Ok(crate::pipeline::validate(&display(file), read(file)?))
}

/// The templates of `--templates DIR`, or the built-in ones alone.
pub(super) fn overrides(dir: Option<&Path>) -> Result<Overrides> {
    dir.map_or_else(|| Ok(Overrides::default()), Overrides::load)
}

/// The strategy at `file`, read to be rendered: unreadable is an error;
/// findings are printed to standard error, and errors among them stop the
/// render (`None`); warnings alone let it go on.
pub(super) fn load_for_render(file: &Path) -> Result<Option<Strategy>> {
    let (report, strategy) = validate(file)?;
    if !report.diagnostics.is_empty() {
        let options = HumanOptions {
            color: colour(std::io::stderr().is_terminal()),
            quiet: false,
        };
        let reports = [report];
        eprint!("{}", report::render_human(&reports, options));
        if Summary::of(&reports).errors > 0 {
            eprintln!("{} has errors: nothing was rendered", display(file));
            return Ok(None);
        }
    }
    Ok(strategy)
}

/// Check or apply a plan of generated files rendered from `input`. In a
/// folder commstrat writes whole, it replaces only the files its manifest
/// lists, and leaves those changed since it wrote them.
pub(super) fn finish(
    plan: Plan,
    check: bool,
    input: &Path,
    out: &mut dyn std::io::Write,
) -> Result<Outcome> {
    plan.validate(input)?;
    if check {
        let stale = plan.out_of_date();
        for path in &stale {
            let what = if plan.remove.contains(path) {
                "should be removed"
            } else {
                "is out of date"
            };
            print(out, &format!("{} {what}\n", display(path)))?;
        }
        if stale.is_empty() {
            return Ok(Outcome::Clean);
        }
        print(out, "run the same command without --check to update\n")?;
        return Ok(Outcome::Findings);
    }
    let book = plan.folder.as_ref().filter(|f| f.kind == FolderKind::Book);
    if let Some(first) = plan.foreign_files()?.first() {
        return Err(Error::Foreign {
            path: display(first),
            folder: if book.is_some() { "book" } else { "calendar" },
        });
    }
    for path in &plan.kept {
        eprintln!(
            "warning: {} changed since commstrat wrote it: it is no longer produced, but left as it is, and commstrat will not touch it again; delete it if it is not needed",
            display(path)
        );
    }
    plan.apply()?;
    let why = if book.is_some() {
        "its part is no longer in the strategy"
    } else {
        "its network has nothing in the window"
    };
    for path in &plan.remove {
        print(out, &format!("removed {} ({why})\n", display(path)))?;
    }
    if let Some(book) = book {
        print(
            out,
            &format!(
                "wrote {} files in {}; build it with `mdbook build {}`\n",
                plan.files(),
                display(&book.root),
                display(&book.root)
            ),
        )?;
    }
    Ok(Outcome::Clean)
}
