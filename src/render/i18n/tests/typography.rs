//! Each language's punctuation and grammar around the strategy's names.

use super::super::*;
use super::{catalogue_text, walk};

/// French typography (the Imprimerie nationale's rules): a no-break
/// space before `:`, a narrow no-break space before `;`, `!` and `?`,
/// never a plain space or none. Times (`09:00`) and links (`https://`)
/// are not punctuation, nor is anything inside backticks.
#[test]
fn french_wording_has_no_break_spaces_before_high_punctuation() {
    let mut wrong = Vec::new();
    let mut checked = 0;
    for w in walk("fr", catalogue_text("fr")) {
        let text = w.texts.concat();
        let chars: Vec<char> = text.chars().collect();
        let mut code = false;
        for (i, c) in chars.iter().enumerate() {
            if *c == '`' {
                code = !code;
            }
            if code || !matches!(c, ':' | ';' | '!' | '?') {
                continue;
            }
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1);
            if *c == ':' && after.is_some_and(|a| a.is_ascii_digit() || *a == '/') {
                continue;
            }
            checked += 1;
            let wanted = if *c == ':' { '\u{00A0}' } else { '\u{202F}' };
            if before != Some(wanted) {
                wrong.push(format!("{}: {text:?}", w.entry));
            }
        }
    }
    assert!(checked >= 10, "only {checked} marks checked");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Arabic wording uses the Arabic comma, semicolon and question mark
/// (، ؛ ؟), never the Latin ones.
#[test]
fn arabic_wording_has_arabic_punctuation() {
    let mut wrong = Vec::new();
    for w in walk("ar", catalogue_text("ar")) {
        let text = w.texts.concat();
        if text.contains([',', ';', '?']) {
            wrong.push(format!("{}: {text:?}", w.entry));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let list = Catalogue::for_language("ar").text("list_separator");
    assert_eq!(list, "، ");
}

/// The lines of catalogue `text` where one of the words `glued` comes
/// right before a name the strategy gives (a whole word: "réseau { $id }"
/// ends in "au " and is fine).
fn glued_to_a_name(text: &str, glued: &[&str]) -> Vec<String> {
    let names = ["role", "name", "owner", "network"];
    let glued_here = |line: &str, g: &str, n: &str| {
        let needle = format!("{g}{{ ${n} }}");
        line.match_indices(&needle).any(|(at, _)| {
            !line[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
        })
    };
    text.lines()
        .filter(|line| {
            glued
                .iter()
                .any(|g| names.iter().any(|n| glued_here(line, g, n)))
        })
        .map(str::to_string)
        .collect()
}

/// French grammar must not depend on the user's text: no preposition or
/// article right before a name the strategy gives ("à { $role }" reads
/// "à Responsable…", which lacks its article).
#[test]
fn no_french_article_is_glued_to_a_users_name() {
    let glued = [
        "à ", "au ", "aux ", "de ", "du ", "des ", "le ", "la ", "les ",
    ];
    let wrong = glued_to_a_name(catalogue_text("fr"), &glued);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Nor Spanish: "al { $role }" or "la { $role }" agrees with some names
/// and not others ("al Dirección general"); the catalogue writes "al rol
/// «…»" or puts the name after a colon.
#[test]
fn no_spanish_article_is_glued_to_a_users_name() {
    let glued = [
        "a ", "al ", "de ", "del ", "el ", "la ", "los ", "las ", "un ", "una ",
    ];
    let wrong = glued_to_a_name(catalogue_text("es"), &glued);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Spanish punctuation: a question or exclamation opens with ¿ or ¡, and
/// quotation marks are the Latin « » the catalogue's header chose, never
/// English ones.
#[test]
fn spanish_wording_opens_its_questions_and_uses_latin_quotes() {
    let mut wrong = Vec::new();
    let mut quotes = 0;
    for w in walk("es", catalogue_text("es")) {
        let text = w.texts.concat();
        let count = |c: char| text.chars().filter(|x| *x == c).count();
        if count('¿') != count('?') || count('¡') != count('!') {
            wrong.push(format!("{}: {text:?} (¿? or ¡!)", w.entry));
        }
        if count('«') != count('»') || text.contains(['"', '“', '”', '‘', '’']) {
            wrong.push(format!("{}: {text:?} (quotes)", w.entry));
        }
        quotes += count('«');
    }
    assert!(quotes >= 2, "only {quotes} quotations");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
