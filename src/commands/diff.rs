//! `commstrat diff OLD NEW`: what changed between two versions of a
//! strategy, in Markdown for a pull request or in JSON.

use std::path::Path;

use super::output::{print, validate};
use super::{Outcome, display};
use crate::cli::{DiffArgs, DiffFormat};
use crate::error::{Error, Result};
use crate::model::Strategy;

pub(super) fn run(args: &DiffArgs, out: &mut dyn std::io::Write) -> Result<Outcome> {
    let old = model_of(&args.old)?;
    let new = model_of(&args.new)?;
    let diff = crate::diff::diff(&old, &new);
    let text = match args.format {
        DiffFormat::Md => diff.markdown(&display(&args.old), &display(&args.new)),
        DiffFormat::Json => diff.json(),
    };
    print(out, &text)?;
    Ok(Outcome::Clean)
}

/// The model of a strategy file: it must load (syntax and schema), even if
/// rules find problems in it.
fn model_of(file: &Path) -> Result<Strategy> {
    let (report, strategy) = validate(file)?;
    let strategy = strategy.ok_or_else(|| Error::DoesNotLoad {
        path: display(file),
        findings: report.diagnostics.len(),
    })?;
    // Each pair may be a change of promise: past the limit `check` refuses
    // the file, and the diff would be as long as the square of its lists.
    let pairs = crate::replies::pairs(&strategy);
    if pairs > crate::replies::MAX_PAIRS {
        let path = display(file);
        return Err(Error::Usage {
            message: format!(
                "{path}: the playbooks apply to {pairs} (playbook, network) and (reply, network) pairs, more than the {} commstrat works out; run `commstrat check {path}`",
                crate::replies::MAX_PAIRS
            ),
        });
    }
    Ok(strategy)
}
