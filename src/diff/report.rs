//! The diff written for people (Markdown for a pull-request comment, in
//! the strategy's language) and for tools (JSON, with English summaries).

use super::message::{Form, code, markdown};
use super::{Class, Diff};
use crate::render::i18n::{Arg, Catalogue};

impl Diff {
    /// Markdown for a pull-request comment, in the new strategy's language.
    pub fn markdown(&self, old_name: &str, new_name: &str) -> String {
        let t = Catalogue::for_language(&self.language);
        // File names in code, on the heading's one line.
        let (old, new) = (
            code(old_name, Form::Markdown),
            code(new_name, Form::Markdown),
        );
        let title = t.fill("diff.title", &[("old", &old), ("new", &new)]);
        let mut out = format!("## {title}\n\n");
        let Some(class) = self.class else {
            out.push_str(&t.text("diff.none"));
            out.push('\n');
            return out;
        };
        let count = |c: Class| self.changes.iter().filter(|x| x.class == c).count() as i64;
        let overall = t.fill("diff.overall", &[("class", class.as_str())]);
        let (old, new) = (markdown(&self.old_version), markdown(&self.new_version));
        let headline = t.fill_with(
            "diff.headline",
            &[
                ("overall", Arg::Text(&overall)),
                ("breaking", Arg::Number(count(Class::Breaking))),
                ("additive", Arg::Number(count(Class::Additive))),
                ("wording", Arg::Number(count(Class::Wording))),
                ("old", Arg::Text(&old)),
                ("new", Arg::Text(&new)),
            ],
        );
        out.push_str(&headline);
        out.push('\n');
        for class in [Class::Breaking, Class::Additive, Class::Wording] {
            let mut items = self.changes.iter().filter(|c| c.class == class).peekable();
            if items.peek().is_none() {
                continue;
            }
            let title = t.text(&format!("diff.{}_heading", class.as_str()));
            out.push_str(&format!("\n### {title}\n\n"));
            for c in items {
                out.push_str(&format!("- {}\n", c.message.write(&t, Form::Markdown)));
            }
        }
        out
    }

    /// JSON for other tools.
    pub fn json(&self) -> String {
        // Cannot fail: serde_json only refuses maps whose keys are not text,
        // and a diff holds none.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}
