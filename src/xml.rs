//! Text as XML character data or an attribute value: the five markup
//! characters as entities, and a control character XML 1.0 cannot carry
//! (any but tab, line feed and carriage return) as U+FFFD, so that the
//! reader sees something was there. Shared by the JUnit report and the
//! SVG pictures.

/// `text`, escaped for XML content and attribute values alike.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && !matches!(c, '\n' | '\t' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_becomes_entities_and_controls_a_replacement_character() {
        assert_eq!(
            escape("a<b & \"c\" 'd'>\u{7}\t\n"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;\u{FFFD}\t\n"
        );
    }
}
