//! Left-to-right runs inside right-to-left text. A handle, an address, a
//! URL or "T+0" in an Arabic sentence is shaped by the Unicode
//! bidirectional algorithm together with the punctuation around it, so
//! `@brand_care،` can come out as `،care_brand@`. Wrapping each such run in
//! FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069) keeps it
//! in one piece and in its own order, invisibly.

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Opens an isolate: LRI, RLI, FSI.
fn opens(c: char) -> bool {
    matches!(c, '\u{2066}' | '\u{2067}' | '\u{2068}')
}

/// A letter of the Latin script (ASCII, Latin-1, Latin Extended-A and B).
fn latin(c: char) -> bool {
    c.is_ascii_alphabetic() || (c.is_alphabetic() && ('\u{00C0}'..='\u{024F}').contains(&c))
}

/// What a left-to-right run is made of besides letters: digits and the
/// punctuation of handles, addresses, URLs, times and Markdown escapes.
fn joins(c: char) -> bool {
    c.is_ascii_digit() || "@._-/:+#%&=?~\\'".contains(c)
}

/// Characters a run does not end on: they belong to the sentence around it
/// (a backslash escapes the Markdown character after the run).
fn trailing(c: char) -> bool {
    ".,:;?!'\\".contains(c)
}

/// `text` with each run that holds a Latin letter, outside any isolate it
/// already has, wrapped in FSI … PDI. A run spans single spaces between
/// its parts ("Community manager", "X @brand").
pub(crate) fn isolate_latin(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if opens(c) {
            depth += 1;
        } else if c == PDI {
            depth = depth.saturating_sub(1);
        }
        let part = |c: char| latin(c) || joins(c);
        if depth > 0 || !part(c) || opens(c) {
            out.push(c);
            i += 1;
            continue;
        }
        // The longest stretch of run characters and single inner spaces.
        let mut end = i;
        while end < chars.len() {
            let inner_space =
                chars[end] == ' ' && end > i && chars.get(end + 1).is_some_and(|&n| part(n));
            if part(chars[end]) || inner_space {
                end += 1;
            } else {
                break;
            }
        }
        let mut stop = end;
        while stop > i && (trailing(chars[stop - 1]) || chars[stop - 1] == ' ') {
            stop -= 1;
        }
        let run: String = chars[i..stop].iter().collect();
        if run.chars().any(latin) {
            out.push(FSI);
            out.push_str(&run);
            out.push(PDI);
        } else {
            out.push_str(&run);
        }
        out.extend(&chars[stop..end]);
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::isolate_latin;

    fn shown(text: &str) -> String {
        isolate_latin(text)
            .replace('\u{2068}', "[")
            .replace('\u{2069}', "]")
    }

    #[test]
    fn latin_runs_are_isolated_and_arabic_is_left_alone() {
        assert_eq!(shown("راسل @brand\\_care الآن"), "راسل [@brand\\_care] الآن");
        assert_eq!(
            shown("سلطان، sultan.q@souq.example، قناة"),
            "سلطان، [sultan.q@souq.example]، قناة"
        );
        assert_eq!(
            shown("فريق Community manager."),
            "فريق [Community manager]."
        );
        assert_eq!(shown("T+0"), "[T+0]");
        // Digits alone keep their place without help; no run, no marks.
        assert_eq!(shown("تحويلة 4001"), "تحويلة 4001");
        assert_eq!(shown("خلال 30 دقيقة"), "خلال 30 دقيقة");
        // Already isolated: untouched, nested or not.
        assert_eq!(
            shown("\u{2068}X @a\u{2069} و\u{2066}Y\u{2069}"),
            "[X @a] و\u{2066}Y]"
        );
        assert_eq!(shown("(`main-hours`)"), "(`[main-hours]`)");
        // Brackets and a Markdown escape after the run stay outside it.
        assert_eq!(shown("أوزان X (معظم"), "أوزان [X] (معظم");
        assert_eq!(
            shown("ريم \\<reem@x.example\\>"),
            "ريم \\<[reem@x.example]\\>"
        );
        assert_eq!(shown(""), "");
    }
}
