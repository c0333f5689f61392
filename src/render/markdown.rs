//! Markdown escaping for user text. Whatever a strategy's text holds (`|`,
//! `*`, `_`, `<script>`, backticks, `# `, `1. `, line breaks), it comes out
//! as the same visible characters and never as structure: no broken table,
//! no emphasis, no HTML, no heading or list.

/// Start and end of a placeholder inside rendered reply text: the renderer
/// writes `{OPEN}follower{CLOSE}` and `inline` turns it into a visible label.
/// Both are private-use characters, stripped from user text before rendering.
pub(crate) const OPEN: char = '\u{E000}';
pub(crate) const CLOSE: char = '\u{E001}';

/// Remove the placeholder markers from user text.
pub(crate) fn strip_markers(text: &str) -> String {
    text.chars().filter(|c| *c != OPEN && *c != CLOSE).collect()
}

/// ASCII punctuation that can start inline structure anywhere in a line:
/// emphasis, code, links, HTML, entities, GFM tables, strikethrough and
/// GitHub's math. A backslash before any ASCII punctuation is a literal.
fn needs_escape(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '$'
    )
}

/// One line of user text as inline Markdown: line breaks become spaces, and
/// `placeholder` turns each `{OPEN}name{CLOSE}` into its visible form
/// (markers around a name it does not know are dropped).
pub(crate) fn inline_with(text: &str, placeholder: &dyn Fn(&str) -> Option<String>) -> String {
    let flat = text.replace(
        |c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'),
        " ",
    );
    // Leading spaces could turn the text into a code block after a list
    // marker; trailing ones into a hard break.
    let mut rest = flat.trim_matches(' ');
    let mut out = String::with_capacity(rest.len() + 8);
    escape_block_start(&mut rest, &mut out, placeholder);
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        if c == OPEN {
            if let Some((end, shown)) = rest
                .find(CLOSE)
                .and_then(|end| Some((end, placeholder(&rest[..end])?)))
            {
                out.push_str(&shown);
                rest = &rest[end + CLOSE.len_utf8()..];
            }
            continue;
        }
        if c == CLOSE {
            continue;
        }
        if needs_escape(c) {
            out.push('\\');
        }
        out.push(c);
    }
    // Dropped markers may leave a space at the end.
    out.truncate(out.trim_end_matches(' ').len());
    out
}

/// `inline_with` for text without placeholders.
pub fn inline(text: &str) -> String {
    inline_with(text, &|_| None)
}

/// `part` escaped by `escape`, which trims, with one space kept at each end
/// it had one: the part sits between code spans or links.
pub(crate) fn keep_spaces(part: &str, escape: &dyn Fn(&str) -> String) -> String {
    let lead = if part.starts_with(' ') { " " } else { "" };
    let trail = if part.ends_with(' ') && !part.trim().is_empty() {
        " "
    } else {
        ""
    };
    format!("{lead}{}{trail}", escape(part))
}

/// Escape what would open a block at the start of a line: a list item
/// (`-`, `+`, `1.`, `1)`) or a setext underline (`=`); `#`, `>` and `*` are
/// always escaped. Writes the escaped start to `out` and advances `text`.
fn escape_block_start(
    text: &mut &str,
    out: &mut String,
    placeholder: &dyn Fn(&str) -> Option<String>,
) {
    // Markers are invisible: look past those that will be dropped. A known
    // placeholder shows as a code span, which opens no block.
    let mut visible = *text;
    while let Some(after) = visible.strip_prefix([OPEN, CLOSE]) {
        let known = visible.starts_with(OPEN)
            && after
                .find(CLOSE)
                .is_some_and(|end| placeholder(&after[..end]).is_some());
        if known {
            return;
        }
        visible = after;
    }
    // A marker opens a block only when followed by a space or the end of
    // the line; a run of `-` or `=` alone is a rule or a heading underline.
    let opens = |rest: &str| rest.is_empty() || rest.starts_with([' ', '\t']);
    let mut chars = visible.chars();
    if let Some(first @ ('-' | '+' | '=' | '*' | '_')) = chars.next() {
        let rule = visible.chars().all(|c| c == first || c == ' ');
        if opens(chars.as_str()) || rule {
            out.push('\\');
            out.push(first);
            *text = &visible[1..];
        }
        return;
    }
    let digits = visible.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits)
        && visible[digits..].starts_with(['.', ')'])
        && opens(&visible[digits + 1..])
    {
        out.push_str(&visible[..digits]);
        out.push('\\');
        out.push_str(&visible[digits..digits + 1]);
        *text = &visible[digits + 1..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure_characters_are_escaped() {
        assert_eq!(inline("a | b *c* _d_"), r"a \| b \*c\* \_d\_");
        assert_eq!(inline("<b>&amp;</b>"), r"\<b\>\&amp;\</b\>");
        assert_eq!(
            inline("`x` [l](u) ~~s~~ $m$"),
            r"\`x\` \[l\](u) \~\~s\~\~ \$m\$"
        );
    }

    #[test]
    fn block_starts_are_escaped_only_where_they_open_a_block() {
        assert_eq!(inline("- item"), r"\- item");
        assert_eq!(inline("-5 °C"), "-5 °C");
        assert_eq!(inline("1. first"), r"1\. first");
        assert_eq!(inline("2) second"), r"2\) second");
        assert_eq!(inline("2.3.0"), "2.3.0");
        assert_eq!(inline("# title"), r"\# title");
        assert_eq!(inline("---"), r"\---");
        assert_eq!(inline("==="), r"\===");
        assert_eq!(inline("+ plus"), r"\+ plus");
        assert_eq!(inline("   - indented"), r"\- indented");
    }

    #[test]
    fn line_breaks_and_controls_become_spaces() {
        assert_eq!(inline("one\ntwo\r\nthree\u{7}"), "one two  three");
    }

    #[test]
    fn placeholders_show_and_stray_markers_vanish() {
        let label = |name: &str| (name == "follower").then(|| "`[follower]`".to_string());
        let text = format!("Hi {OPEN}follower{CLOSE}! {OPEN}other{CLOSE} {CLOSE}");
        assert_eq!(inline_with(&text, &label), "Hi `[follower]`! other");
        // A dropped marker does not hide a list marker behind it.
        assert_eq!(inline_with(&format!("{OPEN}- x"), &label), r"\- x");
        assert_eq!(strip_markers(&text), "Hi follower! other ");
    }
}
