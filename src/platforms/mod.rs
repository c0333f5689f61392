//! The platform registry: each platform's surfaces (public reply, private
//! message, review reply, post), the limits of each and how the platform
//! counts them, and the clocks a promise must respect (messaging windows,
//! responsiveness badges). The facts are data, `registry.toml`, compiled
//! in: a figure changes in one line, with its source, the date it was
//! checked and a confidence.

mod count;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

pub use count::{cut, measure};

use crate::model::{Network, Platform};

/// Where a message goes on a platform.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Surface {
    /// A public reply or comment.
    Reply,
    /// A private message.
    Dm,
    /// A reply to a review.
    Review,
    /// A post, a caption or a pinned statement.
    Post,
}

impl Surface {
    /// Where a reply template of `channel` goes.
    pub fn of(channel: crate::model::Channel) -> Surface {
        match channel {
            crate::model::Channel::Public => Surface::Reply,
            crate::model::Channel::Private => Surface::Dm,
            crate::model::Channel::Review => Surface::Review,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Surface::Reply => "reply",
            Surface::Dm => "dm",
            Surface::Review => "review",
            Surface::Post => "post",
        }
    }

    /// The surface in a sentence: "private messages".
    pub fn words(self) -> &'static str {
        match self {
            Surface::Reply => "public replies",
            Surface::Dm => "private messages",
            Surface::Review => "review replies",
            Surface::Post => "posts",
        }
    }
}

/// What a limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// X's weighted count (twitter-text v3): most characters outside Latin,
    /// Greek, Cyrillic and general punctuation weigh 2, an emoji sequence 2.
    XWeighted,
    /// Extended grapheme clusters: what a reader sees as one character.
    Graphemes,
    /// Unicode scalar values (what most platforms call characters).
    Characters,
    Utf8Bytes,
    Utf16Units,
    /// http(s) links.
    Links,
    Hashtags,
    Mentions,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::XWeighted => "x-weighted",
            Unit::Graphemes => "graphemes",
            Unit::Characters => "characters",
            Unit::Utf8Bytes => "utf8-bytes",
            Unit::Utf16Units => "utf16-units",
            Unit::Links => "links",
            Unit::Hashtags => "hashtags",
            Unit::Mentions => "mentions",
        }
    }

    /// Whether the limit caps a length (else a number of links, hashtags
    /// or mentions).
    pub fn is_length(self) -> bool {
        !matches!(self, Unit::Links | Unit::Hashtags | Unit::Mentions)
    }

    /// `count` in the unit a community manager reads: "357 characters",
    /// "281 weighted characters", "4,210 bytes", "6 links".
    pub fn amount(self, count: usize) -> String {
        let (one, many) = match self {
            Unit::XWeighted => ("weighted character", "weighted characters"),
            Unit::Graphemes | Unit::Characters => ("character", "characters"),
            Unit::Utf8Bytes => ("byte", "bytes"),
            Unit::Utf16Units => ("UTF-16 unit", "UTF-16 units"),
            Unit::Links => ("link", "links"),
            Unit::Hashtags => ("hashtag", "hashtags"),
            Unit::Mentions => ("mention", "mentions"),
        };
        format!("{count} {}", if count == 1 { one } else { many })
    }

    /// How the platform counts, in words.
    pub fn counted(self, url: Option<usize>) -> String {
        let how = match self {
            Unit::XWeighted => {
                "X's weights (most characters outside Latin scripts and every emoji weigh 2)"
            }
            Unit::Graphemes => "graphemes (what a reader sees as one character)",
            Unit::Characters => "Unicode characters",
            Unit::Utf8Bytes => "UTF-8 bytes (2 for an Arabic or accented letter, 4 for an emoji)",
            Unit::Utf16Units => "UTF-16 units (2 for an emoji)",
            Unit::Links => "http(s) links",
            Unit::Hashtags => "#hashtags",
            Unit::Mentions => "@mentions",
        };
        match url {
            Some(n) if self.is_length() => format!("{how}, every link as {n}"),
            _ => how.to_string(),
        }
    }
}

/// One limit of a surface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    pub max: usize,
    pub unit: Unit,
    /// Every http(s) URL counts as this many units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<usize>,
}

/// How far a fact can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    Official,
    ThirdParty,
    Disputed,
    Unconfirmed,
}

/// Where a fact comes from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Source {
    pub source: String,
    pub checked: String,
    pub confidence: Confidence,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One surface of one platform.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub platform: Platform,
    pub surface: Surface,
    /// `false`: the platform has no such surface.
    #[serde(default = "yes")]
    pub exists: bool,
    #[serde(default)]
    pub limits: Vec<Limit>,
    /// The account's `reply_limit` holds here too: a Mastodon server's
    /// limit covers its private mentions, which are posts.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub account_limit: bool,
    #[serde(flatten)]
    pub source: Source,
}

fn yes() -> bool {
    true
}

/// A messaging window: after `hours` without a message from the follower,
/// only `then` is allowed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub platform: Platform,
    pub hours: u32,
    pub then: String,
    #[serde(flatten)]
    pub source: Source,
}

/// A badge a page earns by answering `rate` % of private messages within
/// `minutes`, over `days`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Badge {
    pub platform: Platform,
    pub name: String,
    pub minutes: u32,
    pub rate: u32,
    pub days: u32,
    #[serde(flatten)]
    pub source: Source,
}

/// The whole registry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    #[serde(rename = "entry")]
    pub entries: Vec<Entry>,
    #[serde(rename = "window")]
    pub windows: Vec<Window>,
    #[serde(rename = "badge")]
    pub badges: Vec<Badge>,
}

/// The registry compiled in.
pub const REGISTRY_TOML: &str = include_str!("registry.toml");

/// The registry, read once per process.
pub fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    // The file is ours and compiled in; a unit test reads it, so the
    // default (no facts) is never what a release runs with.
    REGISTRY.get_or_init(|| toml::from_str(REGISTRY_TOML).unwrap_or_default())
}

/// The entry of `platform`'s `surface`, when the registry has one.
pub fn entry(platform: Platform, surface: Surface) -> Option<&'static Entry> {
    registry()
        .entries
        .iter()
        .find(|e| e.platform == platform && e.surface == surface)
}

/// The messaging window of `platform`, when it has one.
pub fn window(platform: Platform) -> Option<&'static Window> {
    registry().windows.iter().find(|w| w.platform == platform)
}

/// The responsiveness badge of `platform`, when it has one.
pub fn badge(platform: Platform) -> Option<&'static Badge> {
    registry().badges.iter().find(|b| b.platform == platform)
}

/// Does `platform` have `surface`? Reviews exist only where the registry
/// lists them (or on `other`); the other surfaces unless an entry says
/// they do not.
pub fn exists(platform: Platform, surface: Surface) -> bool {
    match entry(platform, surface) {
        Some(e) => e.exists,
        // `other` is any platform: its reviews (Tripadvisor, Trustpilot)
        // are the team's to know.
        None => surface != Surface::Review || platform == Platform::Other,
    }
}

/// The limits a text on `surface` of `network` must keep: the registry's,
/// with the network's own length limit (when it sets one for the surface)
/// in place of the first length limit. The flag says which are the
/// network's.
pub fn limits(network: &Network, surface: Surface) -> Vec<(Limit, bool)> {
    let mut limits: Vec<(Limit, bool)> = entry(network.platform, surface)
        .filter(|e| e.exists)
        .map(|e| e.limits.iter().map(|l| (*l, false)).collect())
        .unwrap_or_default();
    let Some(own) = own_limit(network, surface) else {
        return limits;
    };
    let max = usize::try_from(own).unwrap_or(usize::MAX);
    match limits.iter_mut().find(|(l, _)| l.unit.is_length()) {
        Some(first) => *first = (Limit { max, ..first.0 }, true),
        None => limits.insert(
            0,
            (
                Limit {
                    max,
                    unit: Unit::Characters,
                    url: None,
                },
                true,
            ),
        ),
    }
    limits
}

/// The network's own length limit on `surface`: its `limits`; for replies
/// `reply_limit` too (the smaller when both are set); for posts, and for
/// private messages where the registry says the account's limit holds
/// (`account_limit`), `reply_limit` when `limits` does not say.
pub fn own_limit(network: &Network, surface: Surface) -> Option<u64> {
    let limits = network.limits.as_ref();
    match surface {
        Surface::Reply => match (network.reply_limit, limits.and_then(|l| l.reply)) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        },
        Surface::Dm => limits.and_then(|l| l.dm).or_else(|| {
            entry(network.platform, surface)
                .filter(|e| e.account_limit)
                .and(network.reply_limit)
        }),
        Surface::Review => limits.and_then(|l| l.review),
        // An account's reply limit (a Mastodon server's, X Premium's) holds
        // for its posts too, unless `limits.post` says otherwise.
        Surface::Post => limits.and_then(|l| l.post).or(network.reply_limit),
    }
}

/// A limit `text` passes: how much it holds, and the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Excess {
    pub count: usize,
    pub limit: Limit,
    /// The network's own limit, not the registry's.
    pub own: bool,
}

impl Excess {
    /// What passes which limit: "reply is 312 characters on network `x`
    /// (x), over the platform's limit of 280 for a public reply".
    pub fn message(&self, what: &str, network: &Network, surface: Surface) -> String {
        let unit = self.limit.unit;
        let origin = if self.own {
            "the network's own limit"
        } else {
            "the platform's limit"
        };
        format!(
            "{what} {} {} on network `{}` ({}), over {origin} of {} for {}",
            if unit.is_length() { "is" } else { "has" },
            unit.amount(self.count),
            network.id,
            network.platform.as_str(),
            unit.amount(self.limit.max),
            surface.words()
        )
    }

    /// What to do about it: "shorten it by 32 characters", "remove 1 link".
    pub fn change(&self) -> String {
        let unit = self.limit.unit;
        let change = if unit.is_length() {
            "shorten it by"
        } else {
            "remove"
        };
        format!(
            "{change} {}",
            unit.amount(self.count.saturating_sub(self.limit.max))
        )
    }
}

/// Every limit of `surface` on `network` that `text` passes.
pub fn excesses(text: &str, network: &Network, surface: Surface) -> Vec<Excess> {
    limits(network, surface)
        .into_iter()
        .filter(|(l, _)| l.max > 0)
        .filter_map(|(limit, own)| {
            let count = measure(text, limit.unit, limit.url);
            (count > limit.max).then_some(Excess { count, limit, own })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_reads_and_every_fact_has_its_source() {
        let registry: Registry = toml::from_str(REGISTRY_TOML).expect("registry.toml reads");
        assert!(registry.entries.len() >= 20);
        for e in &registry.entries {
            let what = format!("{:?} {:?}", e.platform, e.surface);
            assert!(e.source.source.starts_with("https://"), "{what}");
            assert!(
                jiff::civil::Date::strptime("%Y-%m-%d", &e.source.checked).is_ok(),
                "{what}"
            );
            assert_eq!(
                e.exists,
                !e.limits.is_empty(),
                "{what}: a surface that exists has limits"
            );
            let twice = registry
                .entries
                .iter()
                .filter(|o| o.platform == e.platform && o.surface == e.surface);
            assert_eq!(twice.count(), 1, "{what} is listed twice");
        }
        for platform in [
            Platform::X,
            Platform::Linkedin,
            Platform::Instagram,
            Platform::Facebook,
            Platform::Tiktok,
            Platform::Youtube,
            Platform::Threads,
            Platform::Bluesky,
            Platform::Mastodon,
            Platform::Whatsapp,
            Platform::GoogleBusiness,
        ] {
            assert!(
                registry.entries.iter().any(|e| e.platform == platform),
                "{platform:?}"
            );
        }
        assert_eq!(registry, *registry_for_test());
    }

    fn registry_for_test() -> &'static Registry {
        registry()
    }

    #[test]
    fn amounts_say_their_unit() {
        assert_eq!(Unit::Characters.amount(357), "357 characters");
        assert_eq!(Unit::Graphemes.amount(1), "1 character");
        assert_eq!(Unit::XWeighted.amount(281), "281 weighted characters");
        assert_eq!(Unit::Utf8Bytes.amount(4210), "4210 bytes");
        assert_eq!(Unit::Links.amount(6), "6 links");
    }
}
