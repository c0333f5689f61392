//! Text folded for matching, so that a phrase is found however it is
//! disguised: Unicode NFKC (fullwidth letters, ligatures, compatibility
//! forms; the `unicode-normalization` crate), full case folding (the
//! `caseless` crate; both are unicode-rs's), the typographic apostrophes `’` and `ʼ` read
//! as `'`, any run of white space (no-break spaces included) read as one
//! space, and zero-width characters and soft hyphens dropped. Both sides of
//! a comparison are folded the same way; each byte of the folded text
//! remembers where it came from, so a match has a span in the original.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// A folded text, and for each of its bytes the byte range of the original
/// it came from.
#[derive(Debug)]
pub(crate) struct Folded {
    pub(crate) text: String,
    origin: Vec<Range<usize>>,
}

/// Characters that do not show and are dropped before matching.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Fold `text`. Each grapheme cluster is normalised and case-folded on its
/// own, so that every folded character has one place in the original (a
/// letter and its combining accent compose inside one cluster).
pub(crate) fn fold(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    let mut after_space = false;
    for (start, cluster) in text.grapheme_indices(true) {
        let place = start..start + cluster.len();
        let normal: String = cluster.nfkc().collect();
        for c in caseless::default_case_fold_str(&normal).chars() {
            let c = match c {
                '\u{2019}' | '\u{02BC}' => '\'',
                c if c.is_whitespace() => ' ',
                c => c,
            };
            if is_invisible(c) || (c == ' ' && after_space) {
                continue;
            }
            after_space = c == ' ';
            folded.text.push(c);
            let width = c.len_utf8();
            folded
                .origin
                .extend(std::iter::repeat_n(place.clone(), width));
        }
    }
    folded
}

/// A phrase folded for searching: as `fold`, without white space at its ends.
pub(crate) fn fold_phrase(phrase: &str) -> String {
    fold(phrase).text.trim().to_string()
}

impl Folded {
    /// Does the folded text contain the folded phrase?
    pub(crate) fn contains(&self, phrase: &str) -> bool {
        !phrase.is_empty() && self.text.contains(phrase)
    }

    /// Byte range in the original of the first occurrence of the folded
    /// `phrase`.
    pub(crate) fn find(&self, phrase: &str) -> Option<Range<usize>> {
        if phrase.is_empty() {
            return None;
        }
        let at = self.text.find(phrase)?;
        self.original(at..at + phrase.len())
    }

    /// Byte ranges in the original of every occurrence of the folded
    /// `phrase`, without overlap, in order.
    pub(crate) fn find_all(&self, phrase: &str) -> Vec<Range<usize>> {
        if phrase.is_empty() {
            return Vec::new();
        }
        self.text
            .match_indices(phrase)
            .filter_map(|(at, _)| self.original(at..at + phrase.len()))
            .collect()
    }

    /// The byte range of the original that the folded bytes `folded` came
    /// from.
    pub(crate) fn original(&self, folded: Range<usize>) -> Option<Range<usize>> {
        let first = self.origin.get(folded.start)?;
        let last = self.origin.get(folded.end.checked_sub(1)?)?;
        Some(first.start..last.end)
    }
}

#[cfg(test)]
mod tests {
    use super::{fold, fold_phrase};

    fn found<'a>(text: &'a str, phrase: &str) -> Option<&'a str> {
        fold(text)
            .find(&fold_phrase(phrase))
            .map(|span| &text[span])
    }

    #[test]
    fn case_and_compatibility_forms_fold_away() {
        assert_eq!(
            found("Nous Sommes Ravis", "sommes ravis"),
            Some("Sommes Ravis")
        );
        assert_eq!(found("ÉTÉ", "été"), Some("ÉTÉ"));
        // Full case folding, not lowercasing: ß is ss.
        assert_eq!(found("Grüße", "GRÜSSE"), Some("Grüße"));
        // Fullwidth letters and the fi ligature are their plain forms.
        assert_eq!(found("ＷＥ ＡＲＥ", "we are"), Some("ＷＥ ＡＲＥ"));
        assert_eq!(found("ﬁnally", "finally"), Some("ﬁnally"));
        // A decomposed accent matches the composed one.
        assert_eq!(
            found("de\u{301}sole\u{301}", "désolé"),
            Some("de\u{301}sole\u{301}")
        );
        assert_eq!(found("abc", "abd"), None);
        assert_eq!(found("abc", "  "), None);
    }

    #[test]
    fn apostrophes_spaces_and_invisible_characters_do_not_hide_a_phrase() {
        // French: a typographic apostrophe and a no-break space.
        assert_eq!(
            found(
                "Nous sommes ravis d’avoir de vos nouvelles\u{a0}!",
                "ravis d'avoir"
            ),
            Some("ravis d’avoir")
        );
        assert_eq!(
            found("ravis\u{a0}\u{202f} \td'avoir", "ravis d'avoir"),
            Some("ravis\u{a0}\u{202f} \td'avoir")
        );
        assert_eq!(
            found("we\u{200b}are de\u{ad}lighted", "weare delighted"),
            Some("we\u{200b}are de\u{ad}lighted")
        );
        assert_eq!(found("weʼre here", "we're"), Some("weʼre"));
        // Arabic: a zero-width non-joiner and a tatweel-free phrase.
        assert_eq!(
            found("نعتذر\u{200c} عن الإزعاج", "نعتذر عن"),
            Some("نعتذر\u{200c} عن")
        );
        assert_eq!(found("نعتذر عن الإزعاج", "عن الإزعاج"), Some("عن الإزعاج"));
    }
}
