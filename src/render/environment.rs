//! The template environment: Markdown escaping of everything printed, the
//! helpers templates call, the built-in templates and their overrides, and
//! rendering one template within a byte limit.

use std::collections::BTreeMap;
use std::sync::Arc;

use minijinja::syntax::SyntaxConfig;
use minijinja::value::{Kwargs, Value};
use minijinja::{AutoEscape, Environment, State, UndefinedBehavior};

use super::contact::contact_markdown;
use super::i18n::{Arg, Catalogue, isolate_latin};
use super::{Overrides, TEMPLATES, markdown};
use crate::error::{Error, Result};

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
    let cause = std::iter::successors(std::error::Error::source(&e), |s| s.source())
        .filter_map(|s| s.downcast_ref::<minijinja::Error>())
        .last();
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

/// Render the template `file`, stopping with an error that names it once
/// the output passes `limit` bytes: fuel bounds the steps a template takes,
/// this bounds what a few steps can print.
pub(super) fn render_bounded(
    env: &Environment<'_>,
    file: &str,
    values: Value,
    limit: usize,
) -> Result<String> {
    let template = env.get_template(file).map_err(template_error)?;
    crate::replies::render_limited(&template, values, limit).map_err(|e| {
        let runaway = e.kind() == minijinja::ErrorKind::WriteFailure;
        let mut error = template_error(e);
        if let Error::Template { name, detail, .. } = &mut error {
            // Errors while writing carry no template name.
            if name == "?" {
                *name = file.to_string();
            }
            if runaway {
                *detail = format!(
                    "the output passes {} MiB; is a loop running away?",
                    limit >> 20
                );
            }
        }
        error
    })
}

/// The template environment: Markdown auto-escaping for every `.md`
/// template, strict undefined values (a typo in a template is an error, not
/// an empty string), and the helpers `heading`, `tr`, `code`, `lines`,
/// `quote`, `contact` and `cells`.
pub(super) fn environment(
    catalogue: &Catalogue,
    overrides: &Overrides,
) -> Result<Environment<'static>> {
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
    let labels: BTreeMap<String, String> = crate::replies::VARIABLES
        .iter()
        .map(|v| {
            let label = catalogue.text(&format!("placeholder.{v}"));
            (v.to_string(), format!("`[{}]`", label.replace('`', "'")))
        })
        .collect();
    let rtl = catalogue.direction == "rtl";
    // In a right-to-left document, each Latin run of the user's text (a
    // handle, an address) is isolated so that it keeps its order. A value
    // with no space is one token (`ar-SA` in `lang="…"`, a file name): it
    // is printed as it is, and templates isolate it where it meets text.
    let escape: Escape = Arc::new(move |text| {
        let escaped = markdown::inline_with(text, &|name| labels.get(name).cloned());
        if rtl && text.contains(char::is_whitespace) {
            isolate_latin(&escaped)
        } else {
            escaped
        }
    });
    let e = Arc::clone(&escape);
    env.set_formatter(move |out, _state, value| {
        if !value.is_none() {
            out.write_str(&show(value, &*e))?;
        }
        Ok(())
    });
    env.add_function("heading", |state: &State, level: usize| {
        let offset = state
            .lookup("heading_offset")
            .and_then(|v| usize::try_from(v).ok())
            .unwrap_or(0);
        Value::from_safe_string("#".repeat((level + offset).clamp(1, 6)))
    });
    let (catalogue, e) = (catalogue.clone(), Arc::clone(&escape));
    env.add_function(
        "tr",
        move |key: &str, kwargs: Kwargs| -> std::result::Result<Value, minijinja::Error> {
            // A whole number stays a number: the catalogue writes it as
            // CLDR says and chooses its plural variant by it.
            let mut values: Vec<(&str, std::result::Result<i64, String>)> = Vec::new();
            for name in kwargs.args() {
                let value: Value = kwargs.get(name)?;
                let number = i64::try_from(value.clone())
                    .ok()
                    .filter(|_| value.is_integer());
                values.push((name, number.ok_or_else(|| show(&value, &*e))));
            }
            let args: Vec<(&str, Arg)> = values
                .iter()
                .map(|(n, v)| match v {
                    Ok(number) => (*n, Arg::Number(*number)),
                    Err(text) => (*n, Arg::Text(text)),
                })
                .collect();
            Ok(Value::from_safe_string(catalogue.fill_with(key, &args)))
        },
    );
    // A code span or a link in a right-to-left document keeps its order
    // inside an isolate.
    let isolate = move |text: String| {
        if rtl {
            format!("\u{2068}{text}\u{2069}")
        } else {
            text
        }
    };
    env.add_filter("code", move |text: &str| {
        Value::from_safe_string(isolate(code_span(text)))
    });
    for (name, prefix) in [("lines", ""), ("quote", "> ")] {
        let e = Arc::clone(&escape);
        env.add_filter(name, move |text: &str| {
            Value::from_safe_string(block(text, prefix, &*e))
        });
    }
    let e = Arc::clone(&escape);
    env.add_filter("contact", move |text: &str| {
        Value::from_safe_string(contact_markdown(text, &*e, &isolate))
    });
    // `picture("staffing")`: the image of `staffing.svg` in the pictures'
    // folder, its title as the text alternative, when the guide has it.
    let e = Arc::clone(&escape);
    env.add_function("picture", move |state: &State, name: &str| {
        let title = state
            .lookup("pictures")
            .and_then(|p| p.get_attr(name).ok())
            .filter(|t| !t.is_undefined() && !t.is_none());
        let folder = state.lookup("picture_folder").filter(|f| !f.is_none());
        Value::from_safe_string(match (title, folder) {
            (Some(title), Some(folder)) => {
                format!("![{}]({folder}/{name}.svg)", e(&title.to_string()))
            }
            _ => String::new(),
        })
    });
    // `link(text, "playbooks", "playbook-id")`: a link to an anchor of
    // another part, which is another page in a book and the same document
    // otherwise. Page and anchor are the templates' own words.
    let e = Arc::clone(&escape);
    env.add_function(
        "link",
        move |state: &State, text: &str, page: &str, anchor: &str| {
            let book = state.lookup("book").is_some_and(|b| b.is_true());
            let page = if book {
                format!("{page}.md")
            } else {
                String::new()
            };
            Value::from_safe_string(format!("[{}]({page}#{anchor})", e(text)))
        },
    );
    env.add_filter("cells", move |cells: Vec<Value>| {
        let shown: Vec<String> = cells.iter().map(|c| show(c, &*escape)).collect();
        Value::from_safe_string(shown.join(" | "))
    });
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

/// User text as inline Markdown, placeholders shown as their labels.
type Escape = Arc<dyn Fn(&str) -> String + Send + Sync>;

/// A value as printed: built as Markdown on purpose (safe) as it is, anything
/// else escaped.
fn show(value: &Value, escape: &dyn Fn(&str) -> String) -> String {
    if value.is_safe() {
        value.to_string()
    } else {
        escape(&value.to_string())
    }
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
    let shown: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let next_is_text = lines.get(i + 1).is_some_and(|l| !l.is_empty());
            match (line.is_empty(), next_is_text) {
                (true, _) => prefix.trim_end().to_string(),
                (false, true) => format!("{prefix}{line}\\"),
                (false, false) => format!("{prefix}{line}"),
            }
        })
        .collect();
    shown.join("\n")
}

/// `text` as a code span, fenced with more backticks than it contains.
fn code_span(text: &str) -> String {
    let flat = text.replace(char::is_control, " ");
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
