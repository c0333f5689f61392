//! `commstrat render guide FILE`: the response guide as one Markdown
//! document or as an mdBook folder.

use super::output::{finish, load_for_render, overrides, print};
use super::{Outcome, display};
use crate::cli::GuideArgs;
use crate::error::{Error, Result};
use crate::render::pictures;

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
    // A book keeps its pictures in `src/pictures`; a guide written to a
    // file, in a folder beside it; a guide printed has none.
    let folder = match (&args.output, args.book) {
        (Some(_), true) => Some(pictures::FOLDER.to_string()),
        (Some(path), false) => crate::write::picture_folder(path)
            .file_name()
            .map(|name| link_path(&name.to_string_lossy())),
        (None, _) => None,
    };
    let guide = crate::render::guide(&strategy, &source, &overrides, args.book, folder.as_deref())
        .map_err(in_folder)?;
    let plan = match (&args.output, args.book) {
        (Some(root), true) => {
            let summary = guide.summary().map_err(in_folder)?;
            crate::write::book_plan(root, &guide, summary)?
        }
        (Some(path), false) => {
            let text = guide.document().map_err(in_folder)?;
            crate::write::document_plan(path, text, &guide)?
        }
        (None, _) => {
            print(out, &guide.document().map_err(in_folder)?)?;
            return Ok(Outcome::Clean);
        }
    };
    finish(plan, args.check, &args.file, out)
}

/// `name` as the path of a Markdown link: every byte but letters, digits
/// and `-._~` percent-encoded (RFC 3986's unreserved characters), so that
/// a space or a bracket in a file's name cannot end the link.
fn link_path(name: &str) -> String {
    const RESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(name, RESERVED).to_string()
}
