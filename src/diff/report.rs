//! The diff written for people (Markdown for a pull-request comment) and
//! for tools (JSON).

use std::ops::Range;

use super::{Change, Class, Diff};
use crate::source::{visible, visible_line};

/// A summary as Markdown: the parts between backticks (ids and field names,
/// which hold no backtick) as code, the rest as `plain_markdown`. A value
/// quoted in the summary may hold backticks and so land in a code part:
/// there its line breaks are shown (`<U+000A>`), or they would end the line
/// and start a block of their own.
fn summary_markdown(summary: &str) -> String {
    summary
        .split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                format!("`{}`", visible_line(part))
            } else {
                plain_markdown(part)
            }
        })
        .collect::<Vec<_>>()
        .join("")
}

/// Text as Markdown for a pull-request comment: hidden characters shown as
/// `<U+202E>` (`source::visible`), Markdown escaped, and each `@mention`
/// written as code, `` `@octocat` ``, so that GitHub notifies nobody.
///
/// Code is the neutral form that stays visible and honest: the reader sees
/// `@octocat` as written, GitHub never links or notifies a mention inside a
/// code span, and the Markdown source reads the same in an e-mail. (A
/// zero-width joiner after the `@` is invisible, the very thing this report
/// shows; `@<!-- -->octocat` needs raw HTML, which the escaping refuses.)
fn plain_markdown(text: &str) -> String {
    let text = visible(text);
    let mut out = String::new();
    let mut at = 0;
    for mention in mentions(&text) {
        out.push_str(&escaped(&text[at..mention.start]));
        out.push_str(&format!("`{}`", &text[mention.clone()]));
        at = mention.end;
    }
    out.push_str(&escaped(&text[at..]));
    out
}

/// Text escaped as inline Markdown, keeping one space on each side: `inline`
/// trims, and the text sits between code spans.
fn escaped(part: &str) -> String {
    let lead = if part.starts_with(' ') { " " } else { "" };
    let trail = if part.ends_with(' ') && !part.trim().is_empty() {
        " "
    } else {
        ""
    };
    format!("{lead}{}{trail}", crate::render::markdown::inline(part))
}

/// Byte ranges of what GitHub reads as a mention: `@` after the start or a
/// character that is not an ASCII letter, digit or `_` (so `team@example.com`
/// is an address, not a mention), then a user name (ASCII letters, digits,
/// `-`) and maybe `/team`.
fn mentions(text: &str) -> Vec<Range<usize>> {
    let name = |c: char| c.is_ascii_alphanumeric() || c == '-';
    let mut found = Vec::new();
    let mut previous = None;
    for (i, c) in text.char_indices() {
        let after_boundary = !previous.is_some_and(|p: char| p.is_ascii_alphanumeric() || p == '_');
        previous = Some(c);
        let rest = &text[i + 1..];
        if c != '@' || !after_boundary || !rest.starts_with(|n: char| n.is_ascii_alphanumeric()) {
            continue;
        }
        let mut end = i + 1 + rest.find(|n: char| !name(n)).unwrap_or(rest.len());
        if let Some(team) = text[end..].strip_prefix('/') {
            let len = team
                .find(|n: char| !(name(n) || n == '_'))
                .unwrap_or(team.len());
            if len > 0 {
                end += 1 + len;
            }
        }
        found.push(i..end);
    }
    found
}

impl Diff {
    /// Markdown for a pull-request comment.
    pub fn markdown(&self, old_name: &str, new_name: &str) -> String {
        // File names in code, on the heading's one line.
        let mut out = format!(
            "## Strategy changes: `{}` → `{}`\n\n",
            visible_line(old_name).replace('`', "'"),
            visible_line(new_name).replace('`', "'")
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
            plain_markdown(&self.old_version),
            plain_markdown(&self.new_version),
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

#[cfg(test)]
mod tests {
    use super::{plain_markdown, summary_markdown};

    #[test]
    fn mentions_are_code_and_addresses_stay_text() {
        assert_eq!(
            plain_markdown("thanks @octocat and @github/support, mail team@example.com"),
            "thanks `@octocat` and `@github/support`, mail team@example.com"
        );
        assert_eq!(plain_markdown("(@a-b)"), "(`@a-b`)");
        assert_eq!(plain_markdown("@ alone, @-dash"), "@ alone, @-dash");
    }

    #[test]
    fn a_value_in_a_code_part_keeps_to_its_line() {
        // The value's backticks put `\n# Heading` between backticks.
        assert_eq!(
            summary_markdown("`title` changed to \"a`\n# Heading`b\""),
            "`title` changed to \"a`<U+000A># Heading`b\""
        );
    }
}
