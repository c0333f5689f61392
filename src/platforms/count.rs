//! How each platform counts a text: X's weights, graphemes, characters,
//! UTF-8 bytes, UTF-16 units, and the links, hashtags and mentions it holds.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use super::Unit;

/// `text` measured in `unit`, every http(s) URL counted as `url` units
/// when given (X and Mastodon count a URL as 23, whatever its length).
pub fn measure(text: &str, unit: Unit, url: Option<usize>) -> usize {
    let part = |plain: &str| match unit {
        Unit::XWeighted => x_weight(plain),
        Unit::Graphemes => plain.graphemes(true).count(),
        Unit::Characters => plain.chars().count(),
        Unit::Utf8Bytes => plain.len(),
        Unit::Utf16Units => plain.encode_utf16().count(),
        Unit::Links => 0,
        Unit::Hashtags => tags(plain, '#'),
        Unit::Mentions => tags(plain, '@'),
    };
    // Only a limit that counts links, or counts a link as a fixed length,
    // needs the text cut at its links: any other unit counts it whole (a
    // cut could part a grapheme).
    if url.is_none() && unit != Unit::Links {
        return part(text);
    }
    split_urls(text)
        .map(|(is_url, piece)| match (is_url, unit, url) {
            (true, Unit::Links, _) => 1,
            (true, _, Some(length)) => length,
            (_, _, _) => part(piece),
        })
        .sum()
}

/// Where `text` passes `limit`: the byte offset of the first grapheme that
/// takes its count over (the text's length when it stays within). A binary
/// search over grapheme ends: `log2(graphemes)` measures, not one a grapheme.
pub fn cut(text: &str, limit: super::Limit) -> usize {
    let ends: Vec<usize> = text
        .grapheme_indices(true)
        .map(|(at, g)| at + g.len())
        .collect();
    let fits =
        ends.partition_point(|&end| measure(&text[..end], limit.unit, limit.url) <= limit.max);
    match fits {
        0 => 0,
        n => ends.get(n - 1).copied().unwrap_or(text.len()),
    }
}

/// The `#tags` or `@mentions` of `text`: `sign` at the start or after a
/// space, followed by a letter, digit or underscore.
fn tags(text: &str, sign: char) -> usize {
    let mut previous = ' ';
    let mut count = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == sign
            && previous.is_whitespace()
            && chars
                .peek()
                .is_some_and(|n| n.is_alphanumeric() || *n == '_')
        {
            count += 1;
        }
        previous = c;
    }
    count
}

/// Pieces of text, each flagged as URL or not. A URL starts with `http://` or
/// `https://` and runs to the next whitespace.
fn split_urls(text: &str) -> impl Iterator<Item = (bool, &str)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        // The first "http" that begins "http://" or "https://".
        let start = rest.match_indices("http").map(|(at, _)| at).find(|&at| {
            let tail = &rest[at + 4..];
            tail.starts_with("://") || tail.starts_with("s://")
        });
        match start {
            Some(0) => {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                let (url, tail) = rest.split_at(end);
                rest = tail;
                Some((true, url))
            }
            Some(i) => {
                let (plain, tail) = rest.split_at(i);
                rest = tail;
                Some((false, plain))
            }
            None => Some((false, std::mem::take(&mut rest))),
        }
    })
}

/// A character that can make a grapheme an emoji sequence for X.
fn emoji_part(c: char) -> bool {
    // 0x20E3: the keycap that makes `1` an emoji (twitter-text counts `1⃣` as 2).
    // Not the zero-width joiner alone: Devanagari and Sinhala join letters
    // with it (`क्‍ष`), and each of those code points weighs 1.
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x20E3 | 0xFE0F)
}

/// X's weighted length (twitter-text v3): code points in the light ranges
/// weigh 1, all others 2, and an emoji sequence weighs 2 in total.
fn x_weight(text: &str) -> usize {
    // X counts the text in Unicode normal form C, as twitter-text does: `e`
    // and a combining acute weigh as one `é`.
    let text: String = text.nfc().collect();
    let text = text.as_str();
    const LIGHT: [(u32, u32); 4] = [
        (0x0000, 0x10FF),
        (0x2000, 0x200D),
        (0x2010, 0x201F),
        (0x2032, 0x2037),
    ];
    let weight = |c: char| {
        let c = c as u32;
        if LIGHT.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)) {
            1
        } else {
            2
        }
    };
    // Only an emoji sequence weighs other than the sum of its characters.
    if !text.chars().any(emoji_part) {
        return text.chars().map(weight).sum();
    }
    text.graphemes(true)
        .map(|g| {
            let is_emoji_sequence = g.chars().count() > 1 && g.chars().any(emoji_part);
            if is_emoji_sequence {
                2
            } else {
                g.chars().map(weight).sum()
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_count_as_23_wherever_they_start() {
        let url = |text: &str| measure(text, Unit::Characters, Some(23));
        assert_eq!(url("see https://example.com/a-long-path now"), 4 + 23 + 4);
        assert_eq!(url("http://a.b"), 23);
        // "http" that does not start a URL is text; the URL after it counts.
        assert_eq!(url("http and https://x.y"), 9 + 23);
        assert_eq!(url("httpshttp://x"), 5 + 23);
        assert_eq!(url("ends in http"), 12);
        assert_eq!(url("https:/ not one"), 15);
        assert_eq!(url("two http://a\nhttps://b"), 4 + 23 + 1 + 23);
        // Without `url`, a URL is its own text.
        assert_eq!(measure("http://a.b", Unit::Characters, None), 10);
    }

    #[test]
    fn x_weighs_a_joined_conjunct_by_its_code_points() {
        // क ् ZWJ ष: four code points of weight 1, not one emoji of 2.
        assert_eq!(x_weight("\u{915}\u{94D}\u{200D}\u{937}"), 4);
        // A family emoji joined by ZWJ is still one sequence of 2.
        assert_eq!(x_weight("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"), 2);
    }

    #[test]
    fn x_weighs_each_character_and_an_emoji_sequence_as_two() {
        // Latin with combining marks (light), Arabic (light: below U+10FF),
        // CJK (heavy), CR LF (two light characters), and one emoji sequence
        // that weighs 2 in all.
        for (text, expected) in [
            ("e\u{301}\u{301}té", 4),
            ("مرحبا بك", 8),
            ("日本語", 6),
            ("a\r\nb", 4),
            ("日本 👩\u{200D}👩\u{200D}👧", 7),
        ] {
            assert_eq!(x_weight(text), expected, "{text:?}");
        }
        let x = |text: &str| measure(text, Unit::XWeighted, Some(23));
        assert_eq!(x("see https://example.com/a/very/long/path/indeed"), 4 + 23);
        assert_eq!(x("日本"), 4);
        assert_eq!(x("👨‍👩‍👧"), 2);
    }

    #[test]
    fn each_unit_counts_its_own_way() {
        let text = "e\u{301} شكرا 👍";
        assert_eq!(measure(text, Unit::Graphemes, None), 8);
        assert_eq!(measure(text, Unit::Characters, None), 9);
        assert_eq!(measure(text, Unit::Utf8Bytes, None), text.len());
        assert_eq!(measure(text, Unit::Utf16Units, None), 10);
        assert_eq!(measure("“Merci” — Jean\r\n!", Unit::Graphemes, None), 16);
    }

    #[test]
    fn links_hashtags_and_mentions_are_counted_as_written() {
        let text = "#one #two x#not @team @ alone https://a.b/#frag http://c.d";
        assert_eq!(measure(text, Unit::Links, None), 2);
        assert_eq!(measure(text, Unit::Hashtags, None), 2);
        assert_eq!(measure(text, Unit::Mentions, None), 1);
        assert_eq!(measure("#قهوة و#شاي", Unit::Hashtags, None), 1);
    }
}
