//! The handbook's pictures: deterministic SVG drawings (the same bytes on
//! every run and machine) of what a reader would rather see than read. Each
//! has a `<title>` and a description, and the page that shows it also says
//! the same in words.

mod staffing;
pub mod svg;

use super::i18n::Catalogue;
use crate::model::Strategy;

/// One drawing of the handbook.
#[derive(Debug, Clone)]
pub struct Picture {
    /// Its file name in the book's `pictures` folder.
    pub file: &'static str,
    /// What it shows, in the guide's language: its `<title>` and the text
    /// alternative of the image on the page.
    pub title: String,
    pub svg: String,
}

/// The folder of a book's source that holds the pictures.
pub const FOLDER: &str = "pictures";

/// Every picture's file name: the only names a book's manifest may list in
/// `FOLDER`.
pub const FILES: [&str; 1] = ["staffing.svg"];

/// Shared by every drawing: a white sheet (so that the picture reads on a
/// dark book theme too), the system's sans-serif font, and the shades.
const STYLE: &str = "\
.paper { fill: #ffffff; }
text { font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', sans-serif; font-size: 12px; fill: #1f2328; }
text.heading { font-size: 11px; }
text.noon { font-size: 9px; fill: #57606a; }
.whole { fill: #1a7f64; }
.part { fill: #9bd8c4; }
.nobody { fill: #eaeef2; }
line.day { stroke: #8c959f; stroke-width: 1; }
line.noon { stroke: #8c959f; stroke-width: 1; }
";

/// Every picture `strategy` has, in the order the book shows them.
pub fn pictures(strategy: &Strategy, t: &Catalogue) -> Vec<Picture> {
    [staffing::staffing(strategy, t)]
        .into_iter()
        .flatten()
        .collect()
}
