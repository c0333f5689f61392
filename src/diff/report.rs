//! The diff written for people (Markdown for a pull-request comment) and
//! for tools (JSON).

use super::{Change, Class, Diff};

/// A summary as Markdown: the parts between backticks (ids and field names,
/// which hold no backtick) as code, the rest escaped.
fn summary_markdown(summary: &str) -> String {
    summary
        .split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                format!("`{part}`")
            } else {
                // `inline` trims; keep the spaces around the code spans.
                let lead = if part.starts_with(' ') { " " } else { "" };
                let trail = if part.ends_with(' ') && !part.trim().is_empty() {
                    " "
                } else {
                    ""
                };
                format!("{lead}{}{trail}", crate::render::markdown::inline(part))
            }
        })
        .collect::<Vec<_>>()
        .join("")
}

impl Diff {
    /// Markdown for a pull-request comment.
    pub fn markdown(&self, old_name: &str, new_name: &str) -> String {
        use crate::render::markdown::inline;
        let mut out = format!(
            "## Strategy changes: `{}` → `{}`\n\n",
            old_name.replace('`', "'"),
            new_name.replace('`', "'")
        );
        let count = |c: Class| self.changes.iter().filter(|x| x.class == c).count();
        let Some(class) = self.class else {
            out.push_str("No change in substance (formatting, comments or order only).\n");
            return out;
        };
        out.push_str(&format!(
            "**{}**: {} breaking, {} additive, {} wording-only. Version {} → {}.\n",
            match class {
                Class::Breaking => "Breaking change",
                Class::Additive => "Additive change",
                Class::Wording => "Wording only",
            },
            count(Class::Breaking),
            count(Class::Additive),
            count(Class::Wording),
            inline(&self.old_version),
            inline(&self.new_version),
        ));
        for (class, title) in [
            (Class::Breaking, "Breaking: promises weakened or removed"),
            (Class::Additive, "Additive"),
            (Class::Wording, "Wording only"),
        ] {
            let items: Vec<&Change> = self.changes.iter().filter(|c| c.class == class).collect();
            if items.is_empty() {
                continue;
            }
            out.push_str(&format!("\n### {title}\n\n"));
            for c in items {
                out.push_str(&format!("- {}\n", summary_markdown(&c.summary)));
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
