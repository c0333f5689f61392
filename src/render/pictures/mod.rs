//! The handbook's pictures: deterministic SVG drawings (the same bytes on
//! every run and machine) of what a reader would rather see than read. Each
//! has a `<title>` and a description, and the page that shows it also says
//! the same in words.

mod month;
mod staffing;
pub mod svg;
mod timeline;

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

/// Whether `name` is a picture's file name: the only names a book's
/// manifest may list in `FOLDER`.
pub fn is_picture(name: &str) -> bool {
    ["staffing.svg", "month.svg"].contains(&name) || timeline::FILES.contains(&name)
}

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
line.axis { stroke: #8c959f; stroke-width: 2; }
text.moment { font-size: 11px; font-weight: 600; }
.start { fill: #57606a; }
.statement { fill: #cf222e; }
.update { fill: #1a7f64; }
.call { fill: #0969da; }
text.month { font-size: 15px; font-weight: 600; }
text.weekday { font-size: 11px; fill: #57606a; }
text.date { font-size: 11px; }
text.count { font-size: 10px; font-weight: 600; fill: #ffffff; }
rect.day { fill: #f6f8fa; }
.blackout { fill: #8c959f; }
.closed { fill: #ffd8b5; }
.posts { fill: #0969da; }
";

/// Every picture `strategy` has, in the order the book shows them.
pub fn pictures(strategy: &Strategy, t: &Catalogue) -> Vec<Picture> {
    let mut levels: Vec<&crate::model::Level> =
        strategy.crisis.iter().flat_map(|c| &c.levels).collect();
    levels.sort_by_key(|l| l.level);
    levels.dedup_by_key(|l| l.level);
    let timelines = levels
        .into_iter()
        .map(|l| timeline::timeline(strategy, l, t));
    std::iter::once(staffing::staffing(strategy, t))
        .chain(timelines)
        .chain(std::iter::once(month::month(strategy, t)))
        .flatten()
        .collect()
}
