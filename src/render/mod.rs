//! Renderers: a validated `Strategy` in, documents out. The guide is laid
//! out by minijinja templates compiled into the binary; a folder can override
//! any of them by file name. Templates receive a typed context
//! (`context::GuideContext`) and everything they print is escaped for
//! Markdown unless it was built as Markdown on purpose.

pub mod calendar;
pub mod context;
pub mod i18n;
pub mod markdown;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use minijinja::syntax::SyntaxConfig;
use minijinja::value::{Kwargs, Serde, Value};
use minijinja::{AutoEscape, Environment, State, UndefinedBehavior};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::Strategy;
use context::GuideContext;
use i18n::Catalogue;

/// The built-in templates, by the file name that overrides them.
pub const TEMPLATES: [(&str, &str); 12] = [
    ("guide.md", include_str!("templates/guide.md")),
    ("SUMMARY.md", include_str!("templates/SUMMARY.md")),
    ("overview.md", include_str!("templates/overview.md")),
    ("voice.md", include_str!("templates/voice.md")),
    ("personas.md", include_str!("templates/personas.md")),
    ("networks.md", include_str!("templates/networks.md")),
    ("availability.md", include_str!("templates/availability.md")),
    ("playbooks.md", include_str!("templates/playbooks.md")),
    ("crisis.md", include_str!("templates/crisis.md")),
    ("measurement.md", include_str!("templates/measurement.md")),
    ("contacts.md", include_str!("templates/contacts.md")),
    ("calendar.md", include_str!("templates/calendar.md")),
];

/// Far more than any guide page; past it a template is runaway. Fuel
/// bounds the steps a template takes, this bounds what it writes.
const MAX_PAGE_BYTES: usize = 32 * 1024 * 1024;

/// The error of a template that failed to compile or render: which one,
/// where, and why.
fn template_error(e: minijinja::Error) -> Error {
    let describe = |e: &minijinja::Error| {
        e.detail()
            .map_or_else(|| e.kind().to_string(), |d| format!("{} ({d})", e.kind()))
    };
    let mut detail = describe(&e);
    // An error inside an include or a macro is wrapped: say what it was
    // in the end, and where.
    let mut cause: Option<&minijinja::Error> = None;
    let mut next = std::error::Error::source(&e);
    while let Some(source) = next {
        if let Some(inner) = source.downcast_ref::<minijinja::Error>() {
            cause = Some(inner);
        }
        next = source.source();
    }
    if let Some(inner) = cause {
        let place = match (inner.name(), inner.line()) {
            (Some(name), Some(line)) => format!(" in `{name}`, line {line}"),
            (Some(name), None) => format!(" in `{name}`"),
            _ => String::new(),
        };
        detail = format!("{detail}: {}{place}", describe(inner));
    }
    Error::Template {
        name: e.name().unwrap_or("?").to_string(),
        line: e.line(),
        detail,
        file: None,
    }
}

/// Template overrides read from a folder: file name -> source.
#[derive(Debug, Default, Clone)]
pub struct Overrides(BTreeMap<String, String>);

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
            let known = TEMPLATES.iter().any(|(n, _)| *n == name);
            if !known && !name.starts_with('_') {
                let names = TEMPLATES.iter().map(|(n, _)| *n);
                let hint = crate::suggest::did_you_mean(&name, names)
                    .map(|n| format!(" Did you mean `{n}`?"))
                    .unwrap_or_default();
                return Err(Error::Templates {
                    message: format!(
                        "{}: `{name}` overrides no built-in template.{hint} The templates are: {}; name a helper template with a leading `_`",
                        dir.display(),
                        TEMPLATES.map(|(n, _)| n).join(", ")
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
    env: Environment<'static>,
    context: GuideContext,
}

/// The parts of the guide, in order, and whether a strategy has each one.
fn parts(c: &GuideContext) -> Vec<(&'static str, &'static str, bool)> {
    vec![
        ("overview", "part.overview", true),
        ("voice", "part.voice", true),
        ("personas", "part.personas", !c.personas.is_empty()),
        ("networks", "part.networks", true),
        ("availability", "part.availability", true),
        ("playbooks", "part.playbooks", !c.playbook_groups.is_empty()),
        ("crisis", "part.crisis", c.crisis.is_some()),
        ("measurement", "part.measurement", !c.metrics.is_empty()),
        ("contacts", "part.contacts", !c.roles.is_empty()),
    ]
}

/// Render every page of the guide for `strategy`, read from the file named
/// `source`, with `overrides` replacing built-in templates.
/// `book` pages each start at a top-level heading; otherwise the overview's
/// title is the only one and every part sits one level below it.
pub fn guide(
    strategy: &Strategy,
    source: &str,
    overrides: &Overrides,
    book: bool,
) -> Result<Guide> {
    let catalogue = Catalogue::for_language(&strategy.language);
    let context = GuideContext::new(strategy, source, &catalogue);
    let env = environment(&catalogue, overrides)?;
    let mut pages = Vec::new();
    for (name, title_key, present) in parts(&context) {
        if !present {
            continue;
        }
        let file = format!("{name}.md");
        let offset = usize::from(!book && name != "overview");
        let markdown = render_bounded(
            &env,
            &file,
            minijinja::context! {
                heading_offset => offset,
                ..Value::from(Serde(&context))
            },
            MAX_PAGE_BYTES,
        )?;
        let title = if name == "overview" {
            strategy.name.clone()
        } else {
            catalogue.text(title_key).to_string()
        };
        pages.push(Page {
            file,
            title,
            markdown: tidy(&markdown),
        });
    }
    Ok(Guide {
        title: strategy.name.clone(),
        language: strategy.language.clone(),
        direction: catalogue.direction,
        pages,
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
        let text = render_bounded(
            &self.env,
            "guide.md",
            minijinja::context! {
                parts => parts,
                ..Value::from(Serde(&self.context))
            },
            limit,
        )?;
        Ok(tidy(&text))
    }

    /// The book's `SUMMARY.md`.
    pub fn summary(&self) -> Result<String> {
        let text = render_bounded(
            &self.env,
            "SUMMARY.md",
            minijinja::context! {
                title => &self.title,
                pages => Value::from(Serde(&self.pages)),
                ..Value::from(Serde(&self.context))
            },
            MAX_PAGE_BYTES,
        )?;
        Ok(tidy(&text))
    }
}

/// Render the template `file`, stopping with an error that names it once
/// the output passes `limit` bytes: fuel bounds the steps a template takes,
/// this bounds what a few steps can print.
fn render_bounded(
    env: &Environment<'_>,
    file: &str,
    values: Value,
    limit: usize,
) -> Result<String> {
    let template = env.get_template(file).map_err(template_error)?;
    crate::replies::render_limited(&template, values, limit).map_err(|e| {
        let runaway = e.kind() == minijinja::ErrorKind::WriteFailure;
        match template_error(e) {
            Error::Template {
                name, line, detail, ..
            } => Error::Template {
                // Errors while writing carry no template name.
                name: if name == "?" { file.to_string() } else { name },
                line,
                detail: if runaway {
                    format!(
                        "the output passes {} MiB; is a loop running away?",
                        limit >> 20
                    )
                } else {
                    detail
                },
                file: None,
            },
            other => other,
        }
    })
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
    let page = render_bounded(
        &env,
        "calendar.md",
        minijinja::context! { heading_offset => 0, ..Value::from(Serde(&context)) },
        MAX_PAGE_BYTES,
    )?;
    let mut text = tidy(&page);
    if catalogue.direction == "rtl" {
        text = format!(
            "<div dir=\"rtl\" lang=\"{}\">\n\n{text}\n</div>\n",
            markdown::inline(&strategy.language)
        );
    }
    Ok(text)
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

/// The template environment: Markdown auto-escaping for every `.md`
/// template, strict undefined values (a typo in a template is an error, not
/// an empty string), and the helpers `heading`, `tr`, `code`, `lines`,
/// `quote` and `cells`.
fn environment(catalogue: &Catalogue, overrides: &Overrides) -> Result<Environment<'static>> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_syntax(
        SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()
            .map_err(template_error)?,
    );
    env.set_fuel(Some(50_000_000));
    env.set_auto_escape_callback(|_| AutoEscape::Custom("markdown".into()));
    let labels: Arc<BTreeMap<String, String>> = Arc::new(
        crate::replies::VARIABLES
            .iter()
            .map(|v| {
                let label = catalogue.text(&format!("placeholder.{v}"));
                (v.to_string(), format!("`[{}]`", label.replace('`', "'")))
            })
            .collect(),
    );
    let escape = {
        let labels = Arc::clone(&labels);
        move |text: &str| markdown::inline_with(text, &|name| labels.get(name).cloned())
    };
    let escape = Arc::new(escape);
    {
        let escape = Arc::clone(&escape);
        env.set_formatter(move |out, _state, value| {
            if value.is_safe() || value.is_none() {
                if let Some(s) = value.as_str() {
                    out.write_str(s)?;
                }
                return Ok(());
            }
            out.write_str(&escape(&value.to_string()))?;
            Ok(())
        });
    }
    env.add_function("heading", |state: &State, level: usize| {
        let offset = state
            .lookup("heading_offset")
            .and_then(|v| usize::try_from(v).ok())
            .unwrap_or(0);
        Value::from_safe_string("#".repeat((level + offset).clamp(1, 6)))
    });
    {
        let catalogue = catalogue.clone();
        let escape = Arc::clone(&escape);
        env.add_function(
            "tr",
            move |key: &str, kwargs: Kwargs| -> std::result::Result<Value, minijinja::Error> {
                let mut args: Vec<(String, String)> = Vec::new();
                for name in kwargs.args() {
                    let value: Value = kwargs.get(name)?;
                    let shown = if value.is_safe() {
                        value.to_string()
                    } else {
                        escape(&value.to_string())
                    };
                    args.push((name.to_string(), shown));
                }
                let args: Vec<(&str, &str)> =
                    args.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
                Ok(Value::from_safe_string(catalogue.fill(key, &args)))
            },
        );
    }
    env.add_filter("code", |text: &str| {
        Value::from_safe_string(code_span(text))
    });
    {
        let escape = Arc::clone(&escape);
        env.add_filter("lines", move |text: &str| {
            Value::from_safe_string(block(text, "", &*escape))
        });
    }
    {
        let escape = Arc::clone(&escape);
        env.add_filter("quote", move |text: &str| {
            Value::from_safe_string(block(text, "> ", &*escape))
        });
    }
    {
        let escape = Arc::clone(&escape);
        env.add_filter("cells", move |cells: Vec<Value>| {
            let shown: Vec<String> = cells
                .iter()
                .map(|c| {
                    if c.is_safe() {
                        c.to_string()
                    } else {
                        escape(&c.to_string())
                    }
                })
                .collect();
            Value::from_safe_string(shown.join(" | "))
        });
    }
    for (name, builtin) in TEMPLATES {
        let source = overrides.0.get(name).map_or(builtin, String::as_str);
        env.add_template_owned(name.to_string(), source.to_string())
            .map_err(template_error)?;
    }
    for (name, source) in &overrides.0 {
        if !TEMPLATES.iter().any(|(n, _)| n == name) {
            env.add_template_owned(name.clone(), source.clone())
                .map_err(template_error)?;
        }
    }
    Ok(env)
}

/// Multi-line user text as Markdown lines, each starting with `prefix`
/// (`"> "` for a block quote): lines within a paragraph end in a hard
/// break, blank lines separate paragraphs.
fn block(text: &str, prefix: &str, escape: &dyn Fn(&str) -> String) -> String {
    let lines: Vec<String> = text
        .trim_matches(['\n', '\r', ' '])
        .split('\n')
        .map(|l| escape(l.trim_end_matches('\r')))
        .collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let next_is_text = lines.get(i + 1).is_some_and(|l| !l.is_empty());
        if line.is_empty() {
            out.push_str(prefix.trim_end());
        } else {
            out.push_str(prefix);
            out.push_str(line);
            if next_is_text {
                out.push('\\');
            }
        }
        if i + 1 < lines.len() {
            out.push('\n');
        }
    }
    out
}

/// `text` as a code span, fenced with more backticks than it contains.
fn code_span(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let longest = flat
        .split(|c| c != '`')
        .map(str::len)
        .max()
        .unwrap_or_default();
    let fence = "`".repeat(longest + 1);
    let pad = if flat.starts_with('`') || flat.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{flat}{pad}{fence}")
}
