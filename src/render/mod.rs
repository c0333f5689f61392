//! Renderers: a validated `Strategy` in, documents out. The guide is laid
//! out by minijinja templates compiled into the binary; a folder can override
//! any of them by file name. Templates receive a typed context
//! (`context::GuideContext`) and everything they print is escaped for
//! Markdown unless it was built as Markdown on purpose.

pub mod calendar;
mod contact;
pub mod context;
mod environment;
pub mod i18n;
pub mod markdown;
mod overrides;
pub mod pictures;

pub use overrides::Overrides;

use minijinja::Environment;
use minijinja::value::{Serde, Value};
use serde::Serialize;

use crate::error::Result;
use crate::model::Strategy;
use context::GuideContext;
use environment::{environment, render_bounded};
use i18n::Catalogue;

/// The built-in templates, by the file name that overrides them.
pub const TEMPLATES: [(&str, &str); 14] = [
    ("guide.md", include_str!("templates/guide.md")),
    ("SUMMARY.md", include_str!("templates/SUMMARY.md")),
    ("shift.md", include_str!("templates/shift.md")),
    ("overview.md", include_str!("templates/overview.md")),
    ("voice.md", include_str!("templates/voice.md")),
    ("personas.md", include_str!("templates/personas.md")),
    ("networks.md", include_str!("templates/networks.md")),
    ("availability.md", include_str!("templates/availability.md")),
    ("playbooks.md", include_str!("templates/playbooks.md")),
    ("crisis.md", include_str!("templates/crisis.md")),
    ("publishing.md", include_str!("templates/publishing.md")),
    ("measurement.md", include_str!("templates/measurement.md")),
    ("contacts.md", include_str!("templates/contacts.md")),
    ("calendar.md", include_str!("templates/calendar.md")),
];

/// Far more than any guide page; past it a template is runaway. Fuel
/// bounds the steps a template takes, this bounds what it writes.
const MAX_PAGE_BYTES: usize = 32 * 1024 * 1024;

/// One page of the guide.
#[derive(Debug, Clone, Serialize)]
pub struct Page {
    /// The part's name, also its template and page file name (`voice.md`).
    pub file: String,
    /// The page title in the guide's language.
    pub title: String,
    /// The page's Markdown.
    #[serde(skip)]
    pub markdown: String,
}

/// The rendered guide: one page per part present in the strategy.
#[derive(Debug, Clone)]
pub struct Guide {
    pub title: String,
    pub language: String,
    pub direction: &'static str,
    pub pages: Vec<Page>,
    /// The drawings the pages show: none for a document printed to
    /// standard output, which has no folder to keep them in.
    pub pictures: Vec<pictures::Picture>,
    env: Environment<'static>,
    context: GuideContext,
}

/// The parts of the guide that a strategy has, in order. Each one's title is
/// `part.<name>` in the catalogue. A book opens on the page a person
/// taking over the inbox needs; a single document opens on its title.
fn parts(c: &GuideContext, book: bool) -> impl Iterator<Item = &'static str> {
    let shift = !c.playbook_groups.is_empty();
    [
        ("shift", shift && book),
        ("overview", true),
        ("shift", shift && !book),
        ("voice", true),
        ("personas", !c.personas.is_empty()),
        ("networks", true),
        ("availability", true),
        ("playbooks", !c.playbook_groups.is_empty()),
        ("crisis", c.crisis.is_some()),
        ("publishing", c.publishing.is_some()),
        ("measurement", !c.metrics.is_empty()),
        ("contacts", !c.roles.is_empty()),
    ]
    .into_iter()
    .filter_map(|(name, present)| present.then_some(name))
}

/// Render every page of the guide for `strategy`, read from the file named
/// `source`, with `overrides` replacing built-in templates.
/// `book` pages each start at a top-level heading; otherwise the overview's
/// title is the only one and every part sits one level below it. The pages
/// show the pictures from the folder at the relative link `picture_folder`
/// (a path already fit for a Markdown link), and none without one.
pub fn guide(
    strategy: &Strategy,
    source: &str,
    overrides: &Overrides,
    book: bool,
    picture_folder: Option<&str>,
) -> Result<Guide> {
    let catalogue = Catalogue::for_language(&strategy.language);
    let mut context = GuideContext::new(strategy, source, &catalogue);
    let pictures = match picture_folder {
        Some(_) => pictures::pictures(strategy, &catalogue),
        None => Vec::new(),
    };
    for p in &pictures {
        let name = p.file.trim_end_matches(".svg").to_string();
        context.pictures.insert(name, p.title.clone());
    }
    let env = environment(&catalogue, overrides)?;
    let mut pages = Vec::new();
    for name in parts(&context, book) {
        let file = format!("{name}.md");
        let offset = usize::from(!book && name != "overview");
        let values = minijinja::context! {
            heading_offset => offset,
            book => book,
            picture_folder => picture_folder,
        };
        let markdown = render(&env, &file, values, &context, MAX_PAGE_BYTES)?;
        let title = if name == "overview" {
            strategy.name.clone()
        } else {
            catalogue.text(&format!("part.{name}"))
        };
        pages.push(Page {
            file,
            title,
            markdown,
        });
    }
    Ok(Guide {
        title: strategy.name.clone(),
        language: catalogue.language_id(),
        direction: catalogue.direction,
        pages,
        pictures,
        env,
        context,
    })
}

impl Guide {
    /// The whole guide as one Markdown document.
    pub fn document(&self) -> Result<String> {
        let parts: Vec<Value> = self
            .pages
            .iter()
            .map(|p| Value::from_safe_string(p.markdown.clone()))
            .collect();
        // The parts, plus what a page may add around them.
        let limit = self.pages.iter().map(|p| p.markdown.len()).sum::<usize>() + MAX_PAGE_BYTES;
        let values = minijinja::context! { parts => parts };
        render(&self.env, "guide.md", values, &self.context, limit)
    }

    /// The book's `SUMMARY.md`.
    pub fn summary(&self) -> Result<String> {
        // A page's file name is a link target, ours (`voice.md`): printed as
        // it is, never escaped or wrapped in bidirectional isolates.
        let pages: Vec<Value> = self
            .pages
            .iter()
            .map(|p| {
                minijinja::context! {
                    file => Value::from_safe_string(p.file.clone()),
                    title => &p.title,
                }
            })
            .collect();
        let values = minijinja::context! {
            title => &self.title,
            pages => pages,
        };
        render(
            &self.env,
            "SUMMARY.md",
            values,
            &self.context,
            MAX_PAGE_BYTES,
        )
    }
}

/// The content calendar as Markdown, grouped by ISO week, in the strategy's
/// language; right-to-left languages are wrapped like the guide.
pub fn calendar_markdown(
    strategy: &Strategy,
    window: calendar::Window,
    occurrences: &[calendar::Occurrence],
    overrides: &Overrides,
) -> Result<String> {
    let catalogue = Catalogue::for_language(&strategy.language);
    let context = calendar::CalendarContext::new(strategy, window, occurrences, &catalogue);
    let env = environment(&catalogue, overrides)?;
    let values = minijinja::context! { heading_offset => 0 };
    let mut text = render(&env, "calendar.md", values, &context, MAX_PAGE_BYTES)?;
    if catalogue.direction == "rtl" {
        text = format!(
            "<div dir=\"rtl\" lang=\"{}\">\n\n{text}\n</div>\n",
            markdown::inline(&catalogue.language_id())
        );
    }
    Ok(text)
}

/// Render `file` with its own `values` and those of `context`, tidied.
fn render(
    env: &Environment<'_>,
    file: &str,
    values: Value,
    context: &impl Serialize,
    limit: usize,
) -> Result<String> {
    let values = minijinja::context! { ..values, ..Value::from(Serde(context)) };
    Ok(tidy(&render_bounded(env, file, values, limit)?))
}

/// One trailing newline, no run of blank lines, no trailing spaces: the
/// templates stay readable and the output stays tidy.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end_matches([' ', '\t']);
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() && blank > 0 {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}
