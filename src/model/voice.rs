//! `[voice]`: who speaks and how.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Template;

/// Who speaks in replies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Person {
    /// "I": one named person speaks for the brand.
    FirstSingular,
    /// "We": the team speaks.
    FirstPlural,
    /// The brand speaks of itself by name.
    Third,
}

/// How formal the language is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Formality {
    /// Relaxed, conversational.
    Casual,
    /// Plain and polite.
    Neutral,
    /// Formal address.
    Formal,
}

/// How much humour replies may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Humor {
    /// No jokes.
    None,
    /// A light touch where it fits.
    Light,
    /// Playful by default.
    Playful,
}

/// How often emoji appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Emoji {
    /// Never use emoji.
    Never,
    /// Now and then.
    Sparingly,
    /// Freely.
    Freely,
}

/// The brand voice.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Voice {
    /// Who speaks: "first-singular" (I), "first-plural" (we) or "third" (the brand name).
    pub person: Person,
    /// How formal replies are: "casual", "neutral" or "formal".
    pub formality: Formality,
    /// How much humour: "none", "light" or "playful".
    pub humor: Humor,
    /// How often emoji appear: "never", "sparingly" or "freely".
    pub emoji: Emoji,
    /// Signature appended to replies, a template such as "— {{ agent }}".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_off: Option<Template>,
    /// Phrases that must never appear in replies (matched case-insensitively).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoid: Vec<String>,
    /// "Is / is not" pairs that describe the voice ("friendly" but not "childish").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub traits: Vec<Trait>,
    /// Words to replace: say `prefer` instead of `avoid`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub substitutions: Vec<Substitution>,
}

/// A phrase the voice avoids, folded for matching (`crate::fold`), with
/// what to say instead when a substitution says.
#[derive(Debug, Clone)]
pub struct Avoided<'a> {
    pub phrase: &'a str,
    pub prefer: Option<&'a str>,
    pub folded: String,
}

impl Voice {
    /// Every phrase the voice avoids: `avoid`, then the `avoid` of each
    /// substitution; each folded once, those that fold to nothing left out.
    pub fn avoided(&self) -> Vec<Avoided<'_>> {
        let plain = self.avoid.iter().map(|a| (a.as_str(), None));
        let substituted = self
            .substitutions
            .iter()
            .map(|x| (x.avoid.as_str(), Some(x.prefer.as_str())));
        plain
            .chain(substituted)
            .map(|(phrase, prefer)| Avoided {
                phrase,
                prefer,
                folded: crate::fold::fold_phrase(phrase),
            })
            .filter(|a| !a.folded.is_empty())
            .collect()
    }
}

/// One "is / is not" pair of the voice.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Trait {
    /// What the voice is ("friendly").
    pub is: String,
    /// What it must not turn into ("childish").
    pub is_not: String,
}

/// A wording to replace with a better one.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Substitution {
    /// The wording to avoid in replies (matched case-insensitively).
    pub avoid: String,
    /// What to say instead.
    pub prefer: String,
}

/// Per-network overrides of the voice.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VoiceOverride {
    /// Overrides `voice.person` on this network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Person>,
    /// Overrides `voice.formality` on this network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formality: Option<Formality>,
    /// Overrides `voice.humor` on this network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub humor: Option<Humor>,
    /// Overrides `voice.emoji` on this network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emoji: Option<Emoji>,
}
