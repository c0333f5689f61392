//! The draft rules about how a draft sounds and whether it is finished:
//! placeholders left in, the sign-off, the grammatical person and emoji.

use std::sync::OnceLock;

use regex::Regex;
use unicode_properties::{EmojiStatus, UnicodeEmoji};
use unicode_segmentation::UnicodeSegmentation;

use super::{Draft, Settings, Target};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::fold::{Folded, fold, fold_phrase};
use crate::model::{Emoji, Person, Strategy};

/// What a draft's author meant to replace: `{{ name }}`, `{% … %}`,
/// `{first_name}`, `[your first name]`.
fn placeholder() -> &'static Regex {
    static PLACEHOLDER: OnceLock<Regex> = OnceLock::new();
    PLACEHOLDER.get_or_init(|| {
        // The pattern is a constant, tested below: it compiles.
        Regex::new(
            r"\{\{[^{}\n]{0,200}\}\}|\{%[^{}\n]{0,200}%\}|\{[\p{L}_][\p{L}\p{N}_ -]{0,40}\}|\[[^\[\]\n]{1,60}\]",
        )
        .expect("a valid pattern")
    })
}

/// Placeholders still in the draft. A bracket is a placeholder when it
/// holds words (two letters at least) and is not Markdown's: not followed by
/// `(`, `[` or `:` (a link), not after `!` or `]`.
pub(super) fn placeholders(draft: &Draft, out: &mut Vec<Diagnostic>) {
    let text = &draft.text;
    for m in placeholder().find_iter(text) {
        let found = m.as_str();
        if found.starts_with('[') {
            let after = text[m.end()..].chars().next();
            let before = text[..m.start()].chars().next_back();
            let letters = found.chars().filter(|c| c.is_alphabetic()).count();
            if matches!(after, Some('(' | '[' | ':'))
                || matches!(before, Some('!' | ']'))
                || letters < 2
            {
                continue;
            }
        }
        out.push(
            Diagnostic::new(
                &codes::UNFILLED_PLACEHOLDER,
                draft.span(m.range()),
                format!("the placeholder `{found}` is still in the draft"),
            )
            .with_help("write the real value in its place before sending"),
        );
    }
}

/// The fixed text of the sign-off template, folded, in order: what a
/// signed draft's last lines must hold. None when it has none to look for
/// (a sign-off of variables only) or does not render.
pub(crate) fn sign_off_pieces(template: &str) -> Option<Vec<String>> {
    const HOLE: &str = "\u{1}";
    let rendered = crate::replies::render(
        crate::replies::environment(),
        template,
        minijinja::Value::from_pairs(crate::replies::VARIABLES.iter().map(|v| (*v, HOLE))),
    )
    .ok()?;
    let pieces: Vec<String> = rendered
        .split(HOLE)
        .map(fold_phrase)
        .filter(|p| !p.is_empty())
        .collect();
    (!pieces.is_empty()).then_some(pieces)
}

/// Does `text` end with the sign-off whose fixed pieces are `pieces`, over
/// as many lines as the template has?
pub(crate) fn is_signed(text: &str, template: &str, pieces: &[String]) -> bool {
    let lines = template.trim().lines().count().max(1);
    let all: Vec<&str> = text.trim_end().lines().collect();
    let tail = all[all.len().saturating_sub(lines)..].join("\n");
    let folded = fold(&tail).text;
    let mut rest = folded.as_str();
    pieces.iter().all(|p| match rest.find(p.as_str()) {
        Some(at) => {
            rest = &rest[at + p.len()..];
            true
        }
        None => false,
    })
}

/// A reply without the sign-off the voice gives every reply.
pub(super) fn sign_off(settings: &Settings<'_>, draft: &Draft, out: &mut Vec<Diagnostic>) {
    let Some(template) = &settings.strategy.voice.sign_off else {
        return;
    };
    let template = template.as_str();
    let Some(pieces) = sign_off_pieces(template) else {
        return;
    };
    if is_signed(&draft.text, template, &pieces) {
        return;
    }
    let last = draft.text.trim_end();
    let start = last.rfind('\n').map_or(0, |i| i + 1);
    out.push(
        Diagnostic::new(
            &codes::MISSING_SIGN_OFF,
            draft.span(start..last.len()),
            format!("the reply does not end with the voice's sign-off `{template}`"),
        )
        .with_help("end it with the sign-off on a line of its own; --fix adds it (give its values with --set, as in --set agent=Sam)"),
    );
}

/// First-person words by language: one person's, then the team's.
const PERSONS: [(&str, &str, &str); 4] = [
    ("en", r"i|me|my|mine|myself", r"we|us|our|ours|ourselves"),
    (
        "fr",
        r"je|j'|moi|me|m'|mon|ma|mes|moi-même",
        r"nous|notre|nos|nous-mêmes",
    ),
    (
        "es",
        r"yo|me|mi|mis|mío|mía|míos|mías|conmigo",
        r"nosotros|nosotras|nos|nuestro|nuestra|nuestros|nuestras",
    ),
    ("ar", r"أنا|لي|عندي", r"نحن|لنا|عندنا"),
];

/// The patterns of one language's first-person words: one person's, the
/// team's. None for a language without a list.
fn person_words(language: &str) -> Option<&'static (Regex, Regex)> {
    static COMPILED: OnceLock<Vec<(&str, (Regex, Regex))>> = OnceLock::new();
    let compiled = COMPILED.get_or_init(|| {
        let word = |alternatives: &str| {
            // Built from the constant lists above, tested below: it compiles.
            Regex::new(&format!(r"\b(?:{alternatives})\b")).expect("a valid pattern")
        };
        PERSONS
            .iter()
            .map(|(lang, one, team)| (*lang, (word(one), word(team))))
            .collect()
    });
    let primary = language
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    compiled.iter().find(|(l, _)| *l == primary).map(|(_, p)| p)
}

/// First-person words that do not fit the voice's person on the network:
/// "I" where the team speaks, "we" where one person does, either where
/// the brand speaks of itself by name.
pub(super) fn person(s: &Strategy, t: &Target<'_>, folded: &Folded, out: &mut Vec<Diagnostic>) {
    let Some((one, team)) = person_words(&s.language) else {
        return;
    };
    let person = t
        .named
        .and_then(|n| n.voice.as_ref()?.person)
        .unwrap_or(s.voice.person);
    let (wrong, voice): (Vec<&Regex>, &str) = match person {
        Person::FirstSingular => (vec![team], "one person (\"I\")"),
        Person::FirstPlural => (vec![one], "the team (\"we\")"),
        Person::Third => (vec![one, team], "the brand, by its name"),
    };
    let on = t
        .named
        .map_or_else(String::new, |n| format!(" on network `{}`", n.id));
    for pattern in wrong {
        for m in pattern.find_iter(&folded.text) {
            let Some(range) = folded.original(m.range()) else {
                continue;
            };
            let said = &t.draft.text[range.clone()];
            // "US" in capitals is the country, not "us".
            if said == "US" {
                continue;
            }
            out.push(
                Diagnostic::new(
                    &codes::WRONG_PERSON,
                    t.draft.span(range),
                    format!(
                        "\"{said}\" speaks in the wrong person: the voice{on} speaks as {voice}"
                    ),
                )
                .with_help(format!(
                    "rewrite the sentence as {voice} (voice.person{})",
                    if t.named.is_some() {
                        ", or the network's voice.person"
                    } else {
                        ""
                    }
                )),
            );
        }
    }
}

/// Is this grapheme an emoji: a character shown as emoji by default, or
/// one asked for as emoji (U+FE0F) or as a keycap (U+20E3)?
fn is_emoji(grapheme: &str) -> bool {
    let presentation = |c: char| {
        matches!(
            c.emoji_status(),
            EmojiStatus::EmojiPresentation
                | EmojiStatus::EmojiPresentationAndModifierBase
                | EmojiStatus::EmojiPresentationAndEmojiComponent
        )
    };
    grapheme.chars().any(presentation)
        || grapheme.contains(['\u{FE0F}', '\u{20E3}'])
            && grapheme.chars().any(|c| c.is_emoji_char())
}

/// The most emoji a draft has in a voice that uses them sparingly.
pub(crate) const SPARING_EMOJI: usize = 2;

/// Emoji past the voice's policy on the network: any where it uses none,
/// more than `SPARING_EMOJI` where it uses them sparingly.
pub(super) fn emoji(s: &Strategy, t: &Target<'_>, out: &mut Vec<Diagnostic>) {
    let policy = t
        .named
        .and_then(|n| n.voice.as_ref()?.emoji)
        .unwrap_or(s.voice.emoji);
    let allowed = match policy {
        Emoji::Freely => return,
        Emoji::Sparingly => SPARING_EMOJI,
        Emoji::Never => 0,
    };
    let found: Vec<(usize, &str)> = t
        .draft
        .text
        .grapheme_indices(true)
        .filter(|(_, g)| is_emoji(g))
        .collect();
    let Some((at, first)) = found.get(allowed) else {
        return;
    };
    let on = t
        .named
        .map_or_else(String::new, |n| format!(" on network `{}`", n.id));
    let message = match policy {
        Emoji::Never => format!("\"{first}\" is an emoji, and the voice{on} uses none"),
        _ => format!(
            "the draft has {} emoji, and the voice{on} uses them sparingly: at most {allowed} in a draft",
            found.len()
        ),
    };
    out.push(
        Diagnostic::new(
            &codes::TOO_MANY_EMOJI,
            t.draft.span(*at..at + first.len()),
            message,
        )
        .with_help("say it in words (voice.emoji)"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_patterns_compile_and_find_what_they_name() {
        assert!(placeholder().is_match("Hi {{ name }}"));
        assert!(placeholder().is_match("Hi [your first name]"));
        assert!(placeholder().is_match("Hi {first_name}"));
        for (language, ..) in PERSONS {
            assert!(person_words(language).is_some(), "{language}");
        }
        let (one, team) = person_words("fr-CA").expect("French");
        assert!(one.is_match("j'ai regardé"));
        assert!(team.is_match("nous avons"));
        assert!(!one.is_match("jamais"));
        let (one, _) = person_words("en").expect("English");
        assert!(one.is_match("i'm on it"));
        assert!(!one.is_match("it is"));
    }

    #[test]
    fn emoji_are_told_from_text() {
        assert!(is_emoji("🎉"));
        assert!(is_emoji("👍🏽"));
        assert!(is_emoji("❤\u{FE0F}"));
        assert!(is_emoji("1\u{FE0F}\u{20E3}"));
        assert!(!is_emoji("❤"), "text presentation by default");
        assert!(!is_emoji("1"));
        assert!(!is_emoji("©"));
        assert!(!is_emoji("é"));
    }

    #[test]
    fn a_sign_off_is_found_by_its_fixed_text() {
        let pieces = sign_off_pieces("— {{ agent }}").expect("pieces");
        assert_eq!(pieces, ["—"]);
        assert!(is_signed("Thanks!\n— Sam", "— {{ agent }}", &pieces));
        assert!(!is_signed(
            "Thanks! — no",
            "— {{ agent }}\n",
            &["x".to_string()]
        ));
        assert!(!is_signed("Thanks!", "— {{ agent }}", &pieces));
        assert_eq!(sign_off_pieces("{{ agent }}"), None);
    }
}
