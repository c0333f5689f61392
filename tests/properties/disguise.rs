//! Property 5: an avoided phrase is found in a reply however it is
//! disguised: letter case, fullwidth letters, typographic apostrophes,
//! no-break and repeated spaces, zero-width characters and soft hyphens
//! (issue 16, item 5).

use proptest::prelude::*;
use proptest::sample::select;

use super::config;

/// A phrase of two to four words in French, English or Arabic letters,
/// with apostrophes inside words.
fn phrase() -> impl Strategy<Value = String> {
    let letters: Vec<char> = "abcdefghijklmnopqrstuvwxyzéèçàôû'نعتذرالإزج"
        .chars()
        .collect();
    let word = proptest::collection::vec(select(letters), 2..8)
        .prop_map(|w| w.into_iter().collect::<String>())
        // A word neither starts nor ends with an apostrophe.
        .prop_map(|w| format!("x{}x", w.trim_matches('\'')));
    proptest::collection::vec(word, 2..5).prop_map(|words| words.join(" "))
}

/// How each character of the phrase is disguised.
#[derive(Debug, Clone, Copy)]
enum Disguise {
    Plain,
    Upper,
    Fullwidth,
    ZeroWidthAfter,
    SoftHyphenAfter,
}

fn disguise(phrase: &str, how: &[Disguise], space: &str, apostrophe: char) -> String {
    let mut out = String::new();
    let chars: Vec<char> = phrase.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let last_of_word = chars.get(i + 1).is_none_or(|next| *next == ' ');
        match (c, how[i % how.len()]) {
            (' ', _) => out.push_str(space),
            ('\'', _) => out.push(apostrophe),
            (c, Disguise::Upper) => out.extend(c.to_uppercase()),
            (c, Disguise::Fullwidth) if c.is_ascii_lowercase() => {
                // U+FF41 FULLWIDTH LATIN SMALL LETTER A onwards.
                out.push(char::from_u32(0xFF41 + u32::from(c) - u32::from('a')).unwrap_or(c));
            }
            (c, Disguise::ZeroWidthAfter) if !last_of_word => out.extend([c, '\u{200b}']),
            (c, Disguise::SoftHyphenAfter) if !last_of_word => out.extend([c, '\u{ad}']),
            (c, _) => out.push(c),
        }
    }
    out
}

/// The avoided-phrase findings of the starter with `phrase` avoided and
/// `reply` written in one of its replies.
fn avoided(phrase: &str, reply: &str) -> usize {
    let text = commstrat::STARTER
        .replacen(
            "avoid = [\"we apologise for any inconvenience\", \"valued customer\"]",
            &format!("avoid = [\"{phrase}\"]"),
            1,
        )
        .replacen("Sorry about this", &format!("Well. {reply}"), 1);
    commstrat::check_bytes("s.toml", text.into_bytes())
        .diagnostics
        .iter()
        .filter(|d| d.rule.name == "avoided-phrase")
        .count()
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn avoided_phrases_are_found_through_any_disguise(
        phrase in phrase(),
        how in proptest::collection::vec(
            select(vec![
                Disguise::Plain,
                Disguise::Upper,
                Disguise::Fullwidth,
                Disguise::ZeroWidthAfter,
                Disguise::SoftHyphenAfter,
            ]),
            1..6,
        ),
        space in select(vec![" ", "\u{a0}", "\u{202f}", "  ", " \u{a0} "]),
        apostrophe in select(vec!['\'', '\u{2019}', '\u{2bc}']),
    ) {
        let disguised = disguise(&phrase, &how, space, apostrophe);
        let without = avoided(&phrase, "nothing to see");
        prop_assert_eq!(avoided(&phrase, &disguised), without + 1, "{:?}", disguised);
    }
}
