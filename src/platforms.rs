//! Reply length limits per platform and how each platform counts, every fact
//! with its public source and the date it was checked.

use unicode_segmentation::UnicodeSegmentation;

use crate::model::Platform;

/// How a platform measures the length of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counting {
    /// Unicode scalar values (what most platforms call characters).
    Characters,
    /// Characters, but every `http(s)://` URL counts as 23.
    CharactersUrl23,
    /// Extended grapheme clusters (what a reader sees as one character).
    Graphemes,
    /// X's weighted count: most characters outside Latin, Greek, Cyrillic and
    /// general punctuation weigh 2, an emoji sequence weighs 2, a URL 23.
    XWeighted,
}

impl Counting {
    pub fn as_str(self) -> &'static str {
        match self {
            Counting::Characters => "characters",
            Counting::CharactersUrl23 => "characters, URL=23",
            Counting::Graphemes => "graphemes",
            Counting::XWeighted => "weighted, URL=23",
        }
    }

    /// `count` in the unit a community manager reads: "1 character",
    /// "357 characters", "281 weighted characters" (X counts most
    /// characters outside Latin scripts as two).
    pub fn amount(self, count: usize) -> String {
        let unit = match (self, count) {
            (Counting::XWeighted, 1) => "weighted character",
            (Counting::XWeighted, _) => "weighted characters",
            (_, 1) => "character",
            (_, _) => "characters",
        };
        format!("{count} {unit}")
    }
}

/// One platform's reply limit and where it comes from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PlatformLimit {
    pub platform: Platform,
    /// `None`: the platform has no limit we know (set `reply_limit`).
    pub limit: Option<usize>,
    pub counting: Counting,
    pub source: &'static str,
    pub checked: &'static str,
}

/// The registry, one entry per platform.
pub(crate) const REGISTRY: &[PlatformLimit] = &[
    PlatformLimit {
        platform: Platform::X,
        limit: Some(280),
        counting: Counting::XWeighted,
        source: "https://docs.x.com/resources/fundamentals/counting-characters (weights: twitter-text config/v3.json)",
        checked: "2026-11-23",
    },
    PlatformLimit {
        platform: Platform::Linkedin,
        limit: Some(1250),
        counting: Counting::Characters,
        source: "https://www.ayrshare.com/docs/cn/help-center/technical-support/character_limits (LinkedIn publishes no comment limit)",
        checked: "2026-11-23",
    },
    PlatformLimit {
        platform: Platform::Instagram,
        limit: Some(2200),
        counting: Counting::Characters,
        source: "https://marketplace.gohighlevel.com/docs/ghl/social-planner/create-comment (Instagram publishes no comment limit)",
        checked: "2026-11-23",
    },
    PlatformLimit {
        platform: Platform::Facebook,
        limit: Some(8000),
        counting: Counting::Characters,
        source: "https://marketplace.gohighlevel.com/docs/ghl/social-planner/create-comment (Facebook publishes no comment limit)",
        checked: "2026-11-23",
    },
    PlatformLimit {
        platform: Platform::Tiktok,
        limit: Some(150),
        counting: Counting::Characters,
        source: "https://marketplace.gohighlevel.com/docs/ghl/social-planner/create-comment (TikTok publishes no comment limit)",
        checked: "2026-11-23",
    },
    PlatformLimit {
        platform: Platform::Youtube,
        limit: Some(10000),
        counting: Counting::Characters,
        source: "https://marketplace.gohighlevel.com/docs/ghl/social-planner/create-comment (YouTube's API names only the commentTextTooLong error)",
        checked: "2026-11-23",
    },
    PlatformLimit {
        platform: Platform::Threads,
        limit: Some(500),
        counting: Counting::Characters,
        source: "https://developers.facebook.com/documentation/threads/posts",
        checked: "2026-11-23",
    },
    PlatformLimit {
        platform: Platform::Bluesky,
        limit: Some(300),
        counting: Counting::Graphemes,
        source: "https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json (maxGraphemes 300)",
        checked: "2026-11-23",
    },
    PlatformLimit {
        platform: Platform::Mastodon,
        limit: Some(500),
        counting: Counting::CharactersUrl23,
        source: "https://docs.joinmastodon.org/user/posting/#text (default instance limit; URLs count as 23)",
        checked: "2026-11-23",
    },
    PlatformLimit {
        platform: Platform::Other,
        limit: None,
        counting: Counting::Characters,
        source: "no registry entry: set `reply_limit` on the network",
        checked: "2026-11-23",
    },
];

pub(crate) fn lookup(platform: Platform) -> &'static PlatformLimit {
    REGISTRY
        .iter()
        .find(|p| p.platform == platform)
        // Every platform has an entry; a unit test walks them all.
        .unwrap_or(&REGISTRY[REGISTRY.len() - 1])
}

/// Length of `text` as `counting` measures it.
pub fn count(text: &str, counting: Counting) -> usize {
    match counting {
        Counting::Characters => text.chars().count(),
        Counting::Graphemes => text.graphemes(true).count(),
        Counting::CharactersUrl23 => split_urls(text)
            .map(|(is_url, part)| if is_url { 23 } else { part.chars().count() })
            .sum(),
        Counting::XWeighted => split_urls(text)
            .map(|(is_url, part)| if is_url { 23 } else { x_weight(part) })
            .sum(),
    }
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
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x200D | 0xFE0F)
}

/// X's weighted length (twitter-text v3): code points in the light ranges
/// weigh 1, all others 2, and an emoji sequence weighs 2 in total.
fn x_weight(text: &str) -> usize {
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

    /// Every count says its unit, singular for one (issue 17: "reply is
    /// 357 long" had none).
    #[test]
    fn amounts_say_their_unit() {
        assert_eq!(Counting::Characters.amount(357), "357 characters");
        assert_eq!(Counting::CharactersUrl23.amount(1), "1 character");
        assert_eq!(Counting::Graphemes.amount(0), "0 characters");
        assert_eq!(Counting::XWeighted.amount(281), "281 weighted characters");
        assert_eq!(Counting::XWeighted.amount(1), "1 weighted character");
    }

    #[test]
    fn urls_count_as_23_wherever_they_start() {
        let url = |text: &str| count(text, Counting::CharactersUrl23);
        assert_eq!(url("see https://example.com/a-long-path now"), 4 + 23 + 4);
        assert_eq!(url("http://a.b"), 23);
        // "http" that does not start a URL is text; the URL after it counts.
        assert_eq!(url("http and https://x.y"), 9 + 23);
        assert_eq!(url("httpshttp://x"), 5 + 23);
        assert_eq!(url("ends in http"), 12);
        assert_eq!(url("https:/ not one"), 15);
        assert_eq!(url("two http://a\nhttps://b"), 4 + 23 + 1 + 23);
    }

    #[test]
    fn x_weighs_each_character_and_an_emoji_sequence_as_two() {
        // Latin with combining marks (light), Arabic (light: below U+10FF),
        // CJK (heavy), CR LF (two light characters), and one emoji sequence
        // that weighs 2 in all.
        for (text, expected) in [
            ("e\u{301}\u{301}té", 5),
            ("مرحبا بك", 8),
            ("日本語", 6),
            ("a\r\nb", 4),
            ("日本 👩\u{200D}👩\u{200D}👧", 7),
        ] {
            assert_eq!(x_weight(text), expected, "{text:?}");
        }
        assert_eq!(count("“Merci” — Jean\r\n!", Counting::Graphemes), 16);
    }

    #[test]
    fn every_platform_has_an_entry() {
        for p in [
            Platform::X,
            Platform::Linkedin,
            Platform::Instagram,
            Platform::Facebook,
            Platform::Tiktok,
            Platform::Youtube,
            Platform::Threads,
            Platform::Bluesky,
            Platform::Mastodon,
            Platform::Other,
        ] {
            assert!(REGISTRY.iter().any(|e| e.platform == p), "{p:?}");
        }
    }

    #[test]
    fn x_weighs_urls_cjk_arabic_and_emoji() {
        assert_eq!(count("hello", Counting::XWeighted), 5);
        assert_eq!(
            count(
                "see https://example.com/a/very/long/path/indeed",
                Counting::XWeighted
            ),
            4 + 23
        );
        assert_eq!(count("日本", Counting::XWeighted), 4);
        // Arabic letters sit below U+10FF: they weigh 1 on X.
        assert_eq!(count("شكرا", Counting::XWeighted), 4);
        // A family emoji (ZWJ sequence) weighs 2 in total.
        assert_eq!(count("👨‍👩‍👧", Counting::XWeighted), 2);
        assert_eq!(count("é", Counting::XWeighted), 1);
    }

    #[test]
    fn bluesky_counts_graphemes() {
        assert_eq!(count("👨‍👩‍👧", Counting::Graphemes), 1);
        assert_eq!(count("e\u{301}", Counting::Graphemes), 1);
        assert_eq!(count("e\u{301}", Counting::Characters), 2);
    }

    #[test]
    fn mastodon_counts_urls_as_23() {
        assert_eq!(
            count(
                "https://example.org/x/y/z/long/long/long",
                Counting::CharactersUrl23
            ),
            23
        );
    }
}
