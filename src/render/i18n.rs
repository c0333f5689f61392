//! The fixed wording of generated documents in each supported language.
//! Catalogues are TOML files compiled into the binary; a language without one
//! gets English wording around the user's own text.

use serde::Serialize;

/// (primary language subtag, catalogue text). English first: the fallback.
const CATALOGUES: [(&str, &str); 3] = [
    ("en", include_str!("i18n/en.toml")),
    ("fr", include_str!("i18n/fr.toml")),
    ("ar", include_str!("i18n/ar.toml")),
];

/// Primary subtags of languages written right to left.
const RIGHT_TO_LEFT: [&str; 11] = [
    "ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "syr", "ug", "ur",
];

/// One language's wording, with English behind it for any missing key.
/// Templates see it as `language`, `direction` and `t` (`t.part.voice`).
#[derive(Debug, Clone, Serialize)]
pub struct Catalogue {
    /// The BCP 47 tag of the strategy, as written.
    pub language: String,
    /// `ltr` or `rtl`.
    pub direction: &'static str,
    /// The language's wording over the English.
    #[serde(rename = "t")]
    table: toml::Table,
}

fn parse(text: &str) -> toml::Table {
    // The catalogues are part of the binary and a test parses each one, so
    // a failure here is a build defect; an empty table keeps it panic-free.
    text.parse().unwrap_or_default()
}

impl Catalogue {
    /// The catalogue for a BCP 47 tag: `fr-CA` uses `fr`; an unknown
    /// language uses English wording.
    pub(crate) fn for_language(tag: &str) -> Catalogue {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let mut table = parse(CATALOGUES[0].1);
        if let Some((_, text)) = CATALOGUES[1..].iter().find(|(c, _)| *c == primary) {
            merge(&mut table, &parse(text));
        }
        let direction = if RIGHT_TO_LEFT.contains(&primary.as_str()) {
            "rtl"
        } else {
            "ltr"
        };
        Catalogue {
            language: tag.to_string(),
            direction,
            table,
        }
    }

    /// The wording at a dotted `key` such as `part.voice`.
    pub fn text(&self, key: &str) -> String {
        lookup(&self.table, key).unwrap_or(key).to_string()
    }

    /// The wording at `key` with each `{name}` replaced by its value.
    pub(crate) fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(&self.text(key), args)
    }

    /// In a right-to-left document, keep a left-to-right run (a handle, a
    /// time range) in one piece and in its own order: Unicode isolates, so
    /// that `X @brand` stays together in a list separated by Arabic commas
    /// and `09:00–18:00` does not turn around. Invisible, and absent from
    /// left-to-right documents.
    pub(crate) fn isolate(&self, text: String) -> String {
        if self.direction == "rtl" {
            format!("\u{2066}{text}\u{2069}")
        } else {
            text
        }
    }

    /// A date in words: "Friday 25 December 2026", "vendredi 25 décembre 2026".
    pub fn date(&self, d: jiff::civil::Date) -> String {
        let weekday = crate::time::weekday_name(d.weekday());
        // "1er janvier": the first of the month is an ordinal in French.
        let day = if d.day() == 1 {
            self.text("day_one")
        } else {
            d.day().to_string()
        };
        self.fill(
            "date_format",
            &[
                ("weekday", &self.text(&format!("weekday.{weekday}"))),
                ("day", &day),
                ("month", &self.text(&format!("month.{}", d.month()))),
                ("year", &d.year().to_string()),
            ],
        )
    }
}

fn lookup<'a>(table: &'a toml::Table, key: &str) -> Option<&'a str> {
    let mut parts = key.split('.');
    let mut current = table.get(parts.next()?)?;
    for part in parts {
        current = current.as_table()?.get(part)?;
    }
    current.as_str()
}

fn merge(into: &mut toml::Table, from: &toml::Table) {
    for (key, value) in from {
        match (into.get_mut(key), value) {
            (Some(toml::Value::Table(a)), toml::Value::Table(b)) => merge(a, b),
            _ => {
                into.insert(key.clone(), value.clone());
            }
        }
    }
}

/// Replace each `{name}` of `text` by its value; other braces stay.
pub(crate) fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut pieces = text.split('{');
    let mut out = pieces.next().unwrap_or_default().to_string();
    for piece in pieces {
        let known = piece.split_once('}').and_then(|(name, rest)| {
            let (_, value) = args.iter().find(|(n, _)| *n == name)?;
            Some((*value, rest))
        });
        match known {
            Some((value, rest)) => out.extend([value, rest]),
            None => out.extend(["{", piece]),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(table: &toml::Table, prefix: &str, out: &mut Vec<String>) {
        for (k, v) in table {
            let path = format!("{prefix}{k}");
            match v {
                toml::Value::Table(t) => keys(t, &format!("{path}."), out),
                _ => out.push(path),
            }
        }
    }

    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(n, _)| n))
            .collect();
        names.sort_unstable();
        names
    }

    /// French typography (the Imprimerie nationale's rules): a no-break
    /// space before `:`, a narrow no-break space before `;`, `!` and `?`,
    /// never a plain space or none. Times (`09:00`), links (`https://`) and
    /// placeholders (`{name}`) are not punctuation.
    #[test]
    fn french_wording_has_no_break_spaces_before_high_punctuation() {
        let french: toml::Table = CATALOGUES[1].1.parse().expect("fr.toml parses");
        let mut all = Vec::new();
        keys(&french, "", &mut all);
        let mut wrong = Vec::new();
        let mut checked = 0;
        for key in &all {
            let Some(text) = lookup(&french, key) else {
                continue;
            };
            let chars: Vec<char> = text.chars().collect();
            let mut depth = 0usize;
            for (i, c) in chars.iter().enumerate() {
                match c {
                    '{' | '`' if depth == 0 => depth = 1,
                    '}' | '`' if depth == 1 => depth = 0,
                    _ => {}
                }
                if depth > 0 || !matches!(c, ':' | ';' | '!' | '?') {
                    continue;
                }
                let before = i.checked_sub(1).map(|j| chars[j]);
                let after = chars.get(i + 1);
                if *c == ':' && (after.is_some_and(|a| a.is_ascii_digit() || *a == '/')) {
                    continue;
                }
                checked += 1;
                let wanted = if *c == ':' { '\u{00A0}' } else { '\u{202F}' };
                if before != Some(wanted) {
                    wrong.push(format!("{key}: {text:?}"));
                }
            }
        }
        assert!(checked >= 10, "only {checked} marks checked");
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// French grammar must not depend on the user's text: no preposition or
    /// article right before a name the strategy gives ("à {role}" reads
    /// "à Responsable…", which lacks its article).
    #[test]
    fn no_french_article_is_glued_to_a_users_name() {
        let french: toml::Table = CATALOGUES[1].1.parse().expect("fr.toml parses");
        let mut all = Vec::new();
        keys(&french, "", &mut all);
        let names = ["{role}", "{name}", "{owner}", "{network}"];
        let glued = [
            "à ", "au ", "aux ", "de ", "du ", "des ", "le ", "la ", "les ",
        ];
        let wrong: Vec<String> = all
            .iter()
            .filter_map(|key| Some((key, lookup(&french, key)?)))
            .filter(|(_, text)| {
                glued
                    .iter()
                    .any(|g| names.iter().any(|n| text.contains(&format!("{g}{n}"))))
            })
            .map(|(key, text)| format!("{key}: {text:?}"))
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn the_first_of_the_month_is_an_ordinal_in_french() {
        let day =
            |tag: &str, d: i8| Catalogue::for_language(tag).date(jiff::civil::date(2026, 1, d));
        assert_eq!(day("fr", 1), "jeudi 1er janvier 2026");
        assert_eq!(day("fr", 2), "vendredi 2 janvier 2026");
        assert_eq!(day("en", 1), "Thursday 1 January 2026");
    }

    #[test]
    fn every_catalogue_has_the_english_keys_and_placeholders() {
        let english: toml::Table = CATALOGUES[0].1.parse().expect("en.toml parses");
        let mut english_keys = Vec::new();
        keys(&english, "", &mut english_keys);
        assert!(english_keys.len() > 150, "{}", english_keys.len());
        for (code, text) in CATALOGUES {
            let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{code}.toml: {e}"));
            let mut found = Vec::new();
            keys(&table, "", &mut found);
            assert_eq!(found, english_keys, "{code}.toml keys differ from en.toml");
            for key in &english_keys {
                let (en, other) = (lookup(&english, key), lookup(&table, key));
                let (en, other) = (en.expect("a string"), other.expect("a string"));
                assert!(!other.is_empty(), "{code}: {key} is empty");
                assert_eq!(
                    placeholders(en),
                    placeholders(other),
                    "{code}: {key} has other placeholders than English"
                );
            }
        }
    }

    #[test]
    fn regional_tags_use_their_language_and_unknown_ones_english() {
        assert_eq!(Catalogue::for_language("fr-CA").text("part.voice"), {
            Catalogue::for_language("fr").text("part.voice")
        });
        let german = Catalogue::for_language("de");
        assert_eq!(german.text("part.voice"), "Voice and tone");
        assert_eq!(german.direction, "ltr");
        assert_eq!(Catalogue::for_language("ar").direction, "rtl");
        // Hebrew has no catalogue, but its text still runs right to left.
        assert_eq!(Catalogue::for_language("he-IL").direction, "rtl");
    }

    #[test]
    fn fill_replaces_known_names_only() {
        assert_eq!(
            fill("{a} and {b} {c} {", &[("a", "x"), ("b", "{a}")]),
            "x and {a} {c} {"
        );
    }
}
