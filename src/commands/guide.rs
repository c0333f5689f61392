//! `commstrat render guide FILE`: the response guide as one Markdown
//! document or as an mdBook folder.

use super::output::{finish, load_for_render, overrides, print};
use super::{Outcome, display};
use crate::cli::GuideArgs;
use crate::error::{Error, Result};
use crate::write::Plan;

pub(super) fn run(
    args: GuideArgs,
    colours: crate::cli::ColorChoice,
    out: &mut dyn std::io::Write,
) -> Result<Outcome> {
    let Some(strategy) = load_for_render(&args.file, colours)? else {
        return Ok(Outcome::Findings);
    };
    let overrides = overrides(args.templates.as_deref())?;
    // The file's name, never its path: the guide must not depend on where
    // the strategy sits on this machine.
    let source = args
        .file
        .file_name()
        .map_or_else(|| display(&args.file), |n| n.to_string_lossy().into_owned());
    // A failing template of the folder is named by its file too.
    let in_folder = |mut e: Error| {
        if let (Error::Template { name, file, .. }, Some(dir)) = (&mut e, &args.templates)
            && dir.join(&*name).is_file()
        {
            *file = Some(display(&dir.join(&*name)));
        }
        e
    };
    let guide =
        crate::render::guide(&strategy, &source, &overrides, args.book).map_err(in_folder)?;
    let plan = match (&args.output, args.book) {
        (Some(root), true) => {
            let summary = guide.summary().map_err(in_folder)?;
            crate::write::book_plan(root, &guide, summary)?
        }
        (Some(path), false) => Plan::one(path.clone(), guide.document().map_err(in_folder)?),
        (None, _) => {
            print(out, &guide.document().map_err(in_folder)?)?;
            return Ok(Outcome::Clean);
        }
    };
    finish(plan, args.check, &args.file, out)
}
