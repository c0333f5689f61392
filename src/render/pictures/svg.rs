//! A small SVG writer for the handbook's pictures: whole-pixel coordinates,
//! escaped text and one place that mirrors a drawing for right-to-left
//! books, so the same picture code serves every language and writes the
//! same bytes on every run.

use std::fmt::Write as _;

use crate::render::i18n::isolate_latin;
use crate::xml::escape;

/// Where a text's anchor sits, before mirroring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// A drawing `width` by `height` pixels; in a right-to-left drawing every
/// x is measured from the right edge.
pub struct Svg {
    width: i64,
    height: i64,
    rtl: bool,
    body: String,
}

/// `text` in lines of at most `max` characters, broken between words (a
/// longer word keeps a line of its own).
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        // Isolates take no room.
        let width = |t: &str| {
            t.chars()
                .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
                .count()
        };
        let fits = width(&line) + 1 + width(word) <= max;
        if !line.is_empty() && !fits {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    balanced(lines)
}

/// `text` with each isolate it opens closed: a text cut short keeps its
/// direction to itself.
pub fn closed(text: &str) -> String {
    balanced(vec![text.to_string()]).pop().unwrap_or_default()
}

/// Lines each holding whole isolates: one that a break cut is closed at
/// the end of its line and opened again at the start of the next, so that
/// no line's text direction depends on another's.
fn balanced(lines: Vec<String>) -> Vec<String> {
    let mut open: Vec<char> = Vec::new();
    lines
        .into_iter()
        .map(|line| {
            let mut out: String = open.iter().collect();
            for c in line.chars() {
                match c {
                    '\u{2066}'..='\u{2068}' => open.push(c),
                    '\u{2069}' => {
                        open.pop();
                    }
                    _ => {}
                }
                out.push(c);
            }
            out.extend(std::iter::repeat_n('\u{2069}', open.len()));
            out
        })
        .collect()
}

impl Svg {
    pub fn new(width: i64, height: i64, rtl: bool) -> Svg {
        Svg {
            width,
            height,
            rtl,
            body: String::new(),
        }
    }

    /// `x` of a shape `w` wide, as drawn.
    fn x(&self, x: i64, w: i64) -> i64 {
        if self.rtl { self.width - x - w } else { x }
    }

    /// A filled rectangle of CSS class `class`.
    pub fn rect(&mut self, x: i64, y: i64, w: i64, h: i64, class: &str) {
        let x = self.x(x, w);
        let _ = writeln!(
            self.body,
            r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" class="{class}"/>"#
        );
    }

    /// A horizontal line from `x` over `w` pixels.
    pub fn hline(&mut self, x: i64, y: i64, w: i64, class: &str) {
        let (x1, x2) = (self.x(x, 0), self.x(x + w, 0));
        let _ = writeln!(
            self.body,
            r#"<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" class="{class}"/>"#
        );
    }

    /// A vertical line from `y` over `h` pixels.
    pub fn vline(&mut self, x: i64, y: i64, h: i64, class: &str) {
        let x = self.x(x, 0);
        let y2 = y + h;
        let _ = writeln!(
            self.body,
            r#"<line x1="{x}" y1="{y}" x2="{x}" y2="{y2}" class="{class}"/>"#
        );
    }

    /// A circle of radius `r` centred on (`x`, `y`).
    pub fn dot(&mut self, x: i64, y: i64, r: i64, class: &str) {
        let x = self.x(x, 0);
        let _ = writeln!(
            self.body,
            r#"<circle cx="{x}" cy="{y}" r="{r}" class="{class}"/>"#
        );
    }

    /// One line of text with its baseline at `y`.
    pub fn text(&mut self, x: i64, y: i64, anchor: Anchor, class: &str, text: &str) {
        self.text_turned(x, y, anchor, class, text, false);
    }

    /// One line of text, turned a quarter to read upwards when `turned`
    /// (column headings of a narrow grid).
    pub fn text_turned(
        &mut self,
        x: i64,
        y: i64,
        anchor: Anchor,
        class: &str,
        text: &str,
        turned: bool,
    ) {
        let x = self.x(x, 0);
        // The drawing's `direction` puts a right-to-left text's start on
        // its right, where the mirrored x is; turned a quarter, that start
        // is at the top, and a heading must still grow up from its column.
        let anchor = match (anchor, self.rtl && turned) {
            (Anchor::Middle, _) => "middle",
            (Anchor::Start, false) | (Anchor::End, true) => "start",
            (Anchor::End, false) | (Anchor::Start, true) => "end",
        };
        let turn = if turned {
            format!(r#" transform="rotate(-90 {x} {y})""#)
        } else {
            String::new()
        };
        let _ = writeln!(
            self.body,
            r#"<text x="{x}" y="{y}" text-anchor="{anchor}" class="{class}"{turn}>{}</text>"#,
            escape(&self.ordered(text))
        );
    }

    /// `text` as a right-to-left drawing shows it: a handle or a
    /// `#channel` keeps its own order, as on the pages.
    fn ordered(&self, text: &str) -> String {
        if self.rtl {
            isolate_latin(text)
        } else {
            text.to_string()
        }
    }

    /// The finished document: `title` (and `description`, read by screen
    /// readers in place of the drawing) first, then `style` and the shapes.
    pub fn finish(self, lang: &str, title: &str, description: &str, style: &str) -> String {
        let dir = if self.rtl { "rtl" } else { "ltr" };
        let (w, h) = (self.width, self.height);
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
             viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"title desc\" \
             lang=\"{lang}\" direction=\"{dir}\">\n\
             <title id=\"title\">{}</title>\n<desc id=\"desc\">{}</desc>\n\
             <style>\n{style}</style>\n\
             <rect x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" class=\"paper\"/>\n{}</svg>\n",
            escape(&self.ordered(title)),
            escape(&self.ordered(description)),
            self.body,
            lang = escape(lang),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_between_words() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        // An isolate cut by a break is closed and opened again.
        assert_eq!(
            wrap("a \u{2068}bb cc\u{2069} d", 4),
            ["a \u{2068}bb\u{2069}", "\u{2068}cc\u{2069} d"]
        );
        assert_eq!(
            closed("\u{2068}a\u{2068}b…"),
            "\u{2068}a\u{2068}b…\u{2069}\u{2069}"
        );
        assert_eq!(wrap("unbreakable-word x", 5), ["unbreakable-word", "x"]);
        assert_eq!(wrap("", 5), [""]);
    }

    #[test]
    fn a_right_to_left_drawing_is_mirrored() {
        let mut svg = Svg::new(100, 10, true);
        svg.rect(0, 0, 10, 10, "c");
        svg.text(0, 5, Anchor::Start, "t", "x");
        svg.text(0, 5, Anchor::Start, "t", "ابدأ #incident");
        let out = svg.finish("ar", "t", "d", "");
        assert!(out.contains(r#"<rect x="90" y="0" width="10""#), "{out}");
        assert!(out.contains("ابدأ \u{2068}#incident\u{2069}<"), "{out}");
        assert!(
            out.contains(r#"<text x="100" y="5" text-anchor="start""#),
            "{out}"
        );
        assert!(out.contains(r#"direction="rtl""#));
    }
}
