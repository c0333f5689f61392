//! The fixed wording of generated documents in each supported language:
//! Project Fluent catalogues (`i18n/*.ftl`, compiled into the binary) for
//! the sentences, with CLDR's plural rules choosing each variant, and
//! CLDR's conventions (`cldr.rs`) for numbers, dates, weekday names and the
//! first day of the week. A language without a catalogue gets English
//! wording around the user's own text, with its region's conventions.
//!
//! Each `.ftl` message is a group of attributes (`part` with `.voice`) or a
//! single value (`colon`), so templates read `t.part.voice` and Rust code
//! `text("part.voice")`.

mod bidi;
mod cldr;

pub(crate) use bidi::isolate_latin;

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_locale_core::Locale;
use serde::Serialize;

use cldr::Cldr;

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// Primary subtags of languages written right to left.
const RIGHT_TO_LEFT: [&str; 11] = [
    "ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "syr", "ug", "ur",
];

/// A value given to a message: text as it is, or a number that the
/// catalogue writes as CLDR says and that chooses the plural variant.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Arg<'a> {
    Text(&'a str),
    Number(i64),
    /// A figure that may have a fraction (a target of 2.5 %).
    Decimal(f64),
}

/// One entry of `t`: a message's value, or its attributes.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
enum Entry {
    Text(String),
    Group(BTreeMap<String, String>),
}

/// One language's wording, with English behind it for any missing message.
/// Templates see it as `language`, `direction` and `t` (`t.part.voice`).
#[derive(Debug, Clone, Serialize)]
pub struct Catalogue {
    /// The BCP 47 tag of the strategy, as written.
    pub language: String,
    /// `ltr` or `rtl`.
    pub direction: &'static str,
    /// The tag without its extensions, for HTML's `lang` (`ar-SA` for
    /// `ar-SA-u-nu-latn`).
    pub lang: String,
    /// Every message that takes no value, formatted.
    #[serde(rename = "t")]
    table: BTreeMap<String, Entry>,
    #[serde(skip)]
    inner: Arc<Inner>,
}

struct Inner {
    bundle: FluentBundle<FluentResource>,
    cldr: Option<Cldr>,
    /// The catalogue has its own `day_one` ("1er").
    day_one: Option<String>,
}

impl std::fmt::Debug for Inner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inner")
            .field("locales", &self.bundle.locales)
            .finish_non_exhaustive()
    }
}

fn resource(text: &str) -> FluentResource {
    // The catalogues are part of the binary and a test parses each one
    // without error, so the partial resource of a failure is a build defect.
    FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial)
}

/// The catalogue to use for `tag` (an index of `CATALOGUES`) and the locale
/// for CLDR: the tag itself, or for a language without a catalogue, English
/// with the tag's region and keywords (`de-CH` gives `en-CH`), so that the
/// words and the conventions agree.
fn resolve(tag: &str) -> (usize, Locale) {
    let mut locale = Locale::try_from_str(tag).unwrap_or(Locale::UNKNOWN);
    let primary = locale.id.language.as_str().to_string();
    match CATALOGUES.iter().position(|(code, _)| *code == primary) {
        Some(index) => (index, locale),
        None => {
            locale.id.language = icu_locale_core::subtags::language!("en");
            locale.id.script = None;
            locale.id.variants.clear();
            (0, locale)
        }
    }
}

impl Catalogue {
    /// The catalogue for a BCP 47 tag: `fr-CA` uses `fr` with Canadian
    /// conventions; an unknown language uses English wording.
    pub(crate) fn for_language(tag: &str) -> Catalogue {
        let (index, locale) = resolve(tag);
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let direction = if RIGHT_TO_LEFT.contains(&primary.as_str()) {
            "rtl"
        } else {
            "ltr"
        };
        let mut plain = locale.clone();
        plain.extensions = Default::default();
        let langid: unic_langid::LanguageIdentifier = plain.to_string().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Fluent's own marks around each value, where the document runs
        // right to left: a handle or a number stays in one piece.
        bundle.set_use_isolating(direction == "rtl");
        bundle.set_formatter(Some(NUMBER_HOOKS[cldr::numbering(&locale)]));
        // `NUMBER($year, useGrouping: "false")`.
        let _ = bundle.add_builtins();
        // `{ PLURAL($n) -> [one] … *[other] … }`: the CLDR category of a
        // number, from ICU4X.
        if let Some(rules) = cldr::plural_rules(&locale) {
            let _ = bundle.add_function("PLURAL", move |positional, _| match positional.first() {
                Some(FluentValue::Number(n)) => FluentValue::from(cldr::category(&rules, n.value)),
                _ => FluentValue::Error,
            });
        }
        // The language's messages first; English adds only what it lacks
        // (the errors name the messages both have).
        let _ = bundle.add_resource(resource(CATALOGUES[index].1));
        let _ = bundle.add_resource(resource(CATALOGUES[0].1));
        let day_one = (index != 0)
            .then(|| own_message(CATALOGUES[index].1, "day_one"))
            .flatten();
        let inner = Arc::new(Inner {
            bundle,
            cldr: Cldr::new(&locale),
            day_one,
        });
        let mut catalogue = Catalogue {
            language: tag.to_string(),
            direction,
            lang: String::new(),
            table: BTreeMap::new(),
            inner,
        };
        catalogue.table = catalogue.table();
        catalogue.lang = catalogue.language_id();
        catalogue
    }

    /// Every message and attribute of the English catalogue (the complete
    /// one), formatted in this language without values.
    fn table(&self) -> BTreeMap<String, Entry> {
        let english = resource(CATALOGUES[0].1);
        let mut table = BTreeMap::new();
        for entry in english.entries() {
            let fluent_syntax::ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            let value = if message.attributes.is_empty() {
                Entry::Text(self.text(id))
            } else {
                Entry::Group(
                    message
                        .attributes
                        .iter()
                        .map(|a| {
                            (
                                a.id.name.to_string(),
                                self.text(&format!("{id}.{}", a.id.name)),
                            )
                        })
                        .collect(),
                )
            };
            table.insert(id.to_string(), value);
        }
        table
    }

    /// The wording at `key`: a message (`colon`) or one of its attributes
    /// (`part.voice`). An unknown key is its own text.
    pub fn text(&self, key: &str) -> String {
        self.fill_with(key, &[])
    }

    /// The wording at `key` with each `{ $name }` given as text.
    pub(crate) fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, Arg)> = args.iter().map(|(n, v)| (*n, Arg::Text(v))).collect();
        self.fill_with(key, &args)
    }

    /// The wording at `key` with its values; numbers choose plural variants.
    pub(crate) fn fill_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let bundle = &self.inner.bundle;
        let (id, attribute) = match key.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (key, None),
        };
        let Some(message) = bundle.get_message(id) else {
            return key.to_string();
        };
        let pattern = match attribute {
            Some(name) => message.get_attribute(name).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            return key.to_string();
        };
        let mut values = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Text(text) => values.set(*name, FluentValue::from(*text)),
                Arg::Number(n) => values.set(*name, FluentValue::from(*n)),
                Arg::Decimal(n) => values.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&values), &mut errors);
        // Fluent isolates each value; a Latin word inside the wording
        // ("commstrat") gets the same. Wording that is all Latin (a
        // platform's name) is left for the caller to isolate with what
        // follows it ("X @brand").
        let mixed = text.chars().any(|c| c.is_alphabetic() && !c.is_ascii());
        if self.direction == "rtl" && mixed {
            isolate_latin(&text)
        } else {
            text.into_owned()
        }
    }

    /// The tag's language, script, region and variants, without its
    /// extensions (`ar-SA` for `ar-SA-u-nu-latn`): what iCalendar's
    /// `LANGUAGE=` and a document's `lang` name.
    pub(crate) fn language_id(&self) -> String {
        let id = match Locale::try_from_str(&self.language) {
            Ok(locale) => locale.id.to_string(),
            Err(_) => self.language.clone(),
        };
        id.chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect()
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

    /// A long date with its weekday, as CLDR writes it in the language:
    /// "Thursday, January 1, 2026", "jeudi 1er janvier 2026".
    pub fn date(&self, d: jiff::civil::Date) -> String {
        match &self.inner.cldr {
            Some(cldr) => cldr.date(d, self.inner.day_one.as_deref()),
            None => d.to_string(),
        }
    }

    /// The name of weekday `day` (0 = Monday), alone: "Monday", or short
    /// for the columns of a grid: "Mon".
    pub(crate) fn weekday(&self, day: usize, short: bool) -> String {
        match &self.inner.cldr {
            Some(cldr) => cldr.weekday(day, short),
            None => crate::time::WEEKDAY_NAMES[day % 7].to_string(),
        }
    }

    /// The weekdays in the order of the strategy's region (0 = Monday).
    pub(crate) fn week(&self) -> [usize; 7] {
        let first = self.inner.cldr.as_ref().map_or(0, Cldr::first_weekday);
        std::array::from_fn(|i| (first + i) % 7)
    }
}

/// The text of message `id` in catalogue `text`, if it has one.
fn own_message(text: &str, id: &str) -> Option<String> {
    let resource = resource(text);
    let found = resource
        .entries()
        .any(|e| matches!(e, fluent_syntax::ast::Entry::Message(m) if m.id.name == id));
    if !found {
        return None;
    }
    let mut bundle = FluentBundle::new_concurrent(Vec::new());
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).ok()?;
    let message = bundle.get_message(id)?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(message.value()?, None, &mut errors)
            .into_owned(),
    )
}

/// A decimal formatter for one numbering system (an index of
/// `cldr::NUMBERING`), made once per bundle by Fluent's memoizer.
struct Digits<const NU: usize>(icu_decimal::DecimalFormatter);

impl<const NU: usize> intl_memoizer::Memoizable for Digits<NU> {
    /// Whether digits are grouped ("2,200" or "2200").
    type Args = (bool,);
    type Error = ();

    fn construct(lang: unic_langid::LanguageIdentifier, (grouping,): (bool,)) -> Result<Self, ()> {
        let locale = Locale::try_from_str(&lang.to_string()).map_err(|_| ())?;
        let locale = cldr::with_numbering(locale, NU);
        let mut options = icu_decimal::options::DecimalFormatterOptions::default();
        if !grouping {
            options.grouping_strategy = Some(icu_decimal::options::GroupingStrategy::Never);
        }
        icu_decimal::DecimalFormatter::try_new((&locale).into(), options)
            .map(Digits)
            .map_err(|_| ())
    }
}

/// Fluent writes a number through this hook, so `{ $n }` in a catalogue
/// reads as CLDR writes it. The numbering system is a const parameter
/// because Fluent's hook is a plain function and its locale (a
/// `unic_langid` tag) cannot carry `-u-nu-`.
fn number_hook<const NU: usize>(
    value: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    // Rust writes an f64 as its shortest round-trip decimal ("2.5", never
    // with an exponent), which is what ICU4X's decimal reads.
    let decimal: icu_decimal::input::Decimal = n.value.to_string().parse().ok()?;
    intls
        .with_try_get_threadsafe::<Digits<NU>, _, _>((n.options.use_grouping,), |d| {
            d.0.format(&decimal).to_string()
        })
        .ok()
}

type Hook = fn(&FluentValue, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String>;

/// One hook per entry of `cldr::NUMBERING`, in its order.
const NUMBER_HOOKS: [Hook; cldr::NUMBERING.len()] = [
    number_hook::<0>,
    number_hook::<1>,
    number_hook::<2>,
    number_hook::<3>,
];

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;

    /// (entry, text elements, variables, plural-keyed selects not on
    /// `PLURAL`) of each message and attribute of a catalogue.
    struct Walked {
        entry: String,
        texts: Vec<String>,
        variables: std::collections::BTreeSet<String>,
        bare_plural_selects: usize,
    }

    fn walk_inline(e: &ast::InlineExpression<&str>, w: &mut Walked) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                w.variables.insert(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    walk_inline(a, w);
                }
            }
            ast::InlineExpression::Placeable { expression } => walk_expression(expression, w),
            ast::InlineExpression::StringLiteral { value } => w.texts.push(value.to_string()),
            _ => {}
        }
    }

    fn walk_expression(e: &ast::Expression<&str>, w: &mut Walked) {
        match e {
            ast::Expression::Inline(inline) => walk_inline(inline, w),
            ast::Expression::Select { selector, variants } => {
                walk_inline(selector, w);
                let plural_keys = variants.iter().any(|v| {
                    matches!(&v.key, ast::VariantKey::Identifier { name }
                        if ["zero", "one", "two", "few", "many"].contains(name))
                });
                let on_plural = matches!(selector,
                    ast::InlineExpression::FunctionReference { id, .. } if id.name == "PLURAL");
                if plural_keys && !on_plural {
                    w.bare_plural_selects += 1;
                }
                for v in variants {
                    walk_pattern(&v.value, w);
                }
            }
        }
    }

    fn walk_pattern(p: &ast::Pattern<&str>, w: &mut Walked) {
        for element in &p.elements {
            match element {
                ast::PatternElement::TextElement { value } => w.texts.push(value.to_string()),
                ast::PatternElement::Placeable { expression } => walk_expression(expression, w),
            }
        }
    }

    fn walk(code: &str, text: &str) -> Vec<Walked> {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{code}.ftl: {errors:?}"));
        let mut out = Vec::new();
        for entry in &resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let mut patterns: Vec<(String, &ast::Pattern<&str>)> = Vec::new();
            if let Some(value) = &m.value {
                patterns.push((m.id.name.to_string(), value));
            }
            for a in &m.attributes {
                patterns.push((format!("{}.{}", m.id.name, a.id.name), &a.value));
            }
            for (entry, pattern) in patterns {
                let mut w = Walked {
                    entry,
                    texts: Vec::new(),
                    variables: Default::default(),
                    bare_plural_selects: 0,
                };
                walk_pattern(pattern, &mut w);
                out.push(w);
            }
        }
        out
    }

    #[test]
    fn every_catalogue_has_the_english_entries_and_variables() {
        let english = walk("en", CATALOGUES[0].1);
        assert!(english.len() > 150, "{}", english.len());
        for (code, text) in CATALOGUES {
            let walked = walk(code, text);
            let names = |w: &[Walked]| w.iter().map(|e| e.entry.clone()).collect::<Vec<_>>();
            assert_eq!(
                names(&walked),
                names(&english),
                "{code}.ftl entries differ from en.ftl"
            );
            for (en, other) in english.iter().zip(&walked) {
                assert_eq!(
                    en.variables, other.variables,
                    "{code}: {} has other variables than English",
                    en.entry
                );
                assert!(
                    !other.texts.concat().is_empty() || !other.variables.is_empty(),
                    "{code}: {} is empty",
                    en.entry
                );
            }
        }
    }

    /// Fluent's own plural rules (intl_pluralrules, CLDR 37) put Arabic 103
    /// in `other`, where CLDR says `few`: every plural choice goes through
    /// `PLURAL`, which asks ICU4X.
    #[test]
    fn plural_variants_are_chosen_by_plural_only() {
        for (code, text) in CATALOGUES {
            for w in walk(code, text) {
                assert_eq!(
                    w.bare_plural_selects, 0,
                    "{code}: {} selects a plural category on a bare variable; write `{{ PLURAL($n) -> … }}`",
                    w.entry
                );
            }
        }
    }

    /// Why `PLURAL` exists: Fluent's built-in selection puts Arabic 103 in
    /// `other` (CLDR: `few`, as n % 100 is 3). If this starts failing, the
    /// dependency has been fixed and `PLURAL` could give way to `$n ->`.
    #[test]
    fn fluents_own_rules_miss_arabic_hundreds() {
        let mut bundle = FluentBundle::new_concurrent(vec!["ar".parse().expect("a tag")]);
        bundle.set_use_isolating(false);
        let probe = "probe = { $n ->\n    [few] few\n   *[other] other\n}\n";
        bundle.add_resource(resource(probe)).expect("no clash");
        let pattern = bundle
            .get_message("probe")
            .and_then(|m| m.value())
            .expect("probe");
        let select = |n: i64| {
            let mut args = FluentArgs::new();
            args.set("n", n);
            bundle
                .format_pattern(pattern, Some(&args), &mut Vec::new())
                .into_owned()
        };
        assert_eq!((select(3), select(103)), ("few".into(), "other".into()));
        let t = Catalogue::for_language("ar");
        let hours = t.fill_with("duration.hours", &[("n", Arg::Number(103))]);
        assert!(hours.contains("ساعات"), "{hours}");
    }

    /// CLDR's cardinal rules for whole numbers, as plurals.xml states them
    /// (v46): the oracle, written apart from ICU4X.
    fn cldr_category(language: &str, n: u64) -> &'static str {
        match language {
            "ar" => match (n, n % 100) {
                (0, _) => "zero",
                (1, _) => "one",
                (2, _) => "two",
                (_, 3..=10) => "few",
                (_, 11..=99) => "many",
                _ => "other",
            },
            // `many`: i % 1000000 = 0 and i != 0 (a million and its multiples).
            "fr" => match n {
                0 | 1 => "one",
                _ if n.is_multiple_of(1_000_000) => "many",
                _ => "other",
            },
            // `one`: n = 1 only (0 is `other`: "0 horas"). `many`: e = 0 and
            // i != 0 and i % 1000000 = 0 and v = 0, which for whole numbers
            // is a million and its multiples ("1.000.000 de horas").
            "es" => match n {
                1 => "one",
                _ if n != 0 && n.is_multiple_of(1_000_000) => "many",
                _ => "other",
            },
            _ => {
                if n == 1 {
                    "one"
                } else {
                    "other"
                }
            }
        }
    }

    /// The text of an entry for `n` with its digits shown as `#` and
    /// Fluent's isolation marks left out: "# hours", "ساعتين".
    fn shape(t: &Catalogue, key: &str, variable: &str, n: i64) -> String {
        let text = t.fill_with(
            key,
            &[(variable, Arg::Number(n)), ("counting", Arg::Text("…"))],
        );
        let mut out = String::new();
        for c in text
            .chars()
            .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        {
            let digit = c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c);
            let grouping = matches!(c, ',' | '.' | '\u{066C}' | '\u{202F}' | '\u{00A0}');
            if digit {
                if !out.ends_with('#') {
                    out.push('#');
                }
            } else if !(grouping && out.ends_with('#')) {
                out.push(c);
            }
        }
        out
    }

    /// (category, text with `#` for the number) of one entry.
    type Shapes<'a> = &'a [(&'a str, &'a str)];

    /// For every n from 0 to 120 (and the hundreds where Arabic's `few` and
    /// `many` come back), durations and counts take the variant of CLDR's
    /// category, in Arabic, French, Spanish and English.
    #[test]
    fn durations_and_counts_follow_cldr_plural_categories() {
        let expected: [(&str, &str, &str, Shapes); 8] = [
            (
                "ar",
                "duration.hours",
                "n",
                &[
                    ("zero", "# ساعة"),
                    ("one", "ساعة"),
                    ("two", "ساعتين"),
                    ("few", "# ساعات"),
                    ("many", "# ساعة"),
                    ("other", "# ساعة"),
                ],
            ),
            (
                "ar",
                "duration.days",
                "n",
                &[
                    ("zero", "# يوم"),
                    ("one", "يوم"),
                    ("two", "يومين"),
                    ("few", "# أيام"),
                    ("many", "# يومًا"),
                    ("other", "# يوم"),
                ],
            ),
            (
                "ar",
                "networks.reply_limit_value",
                "limit",
                &[
                    ("zero", "# حرف، تُحتسب وفق …"),
                    ("one", "حرف واحد، تُحتسب وفق …"),
                    ("two", "حرفان، تُحتسب وفق …"),
                    ("few", "# أحرف، تُحتسب وفق …"),
                    ("many", "# حرفًا، تُحتسب وفق …"),
                    ("other", "# حرف، تُحتسب وفق …"),
                ],
            ),
            (
                "fr",
                "duration.minutes",
                "n",
                &[
                    ("one", "# minute"),
                    ("many", "# minutes"),
                    ("other", "# minutes"),
                ],
            ),
            (
                "fr",
                "networks.reply_limit_value",
                "limit",
                &[
                    ("one", "# caractère, compté …"),
                    ("many", "# caractères, comptés …"),
                    ("other", "# caractères, comptés …"),
                ],
            ),
            (
                "es",
                "duration.hours",
                "n",
                &[
                    ("one", "# hora"),
                    ("many", "# de horas"),
                    ("other", "# horas"),
                ],
            ),
            (
                "es",
                "networks.reply_limit_value",
                "limit",
                &[
                    ("one", "# carácter; se cuentan …"),
                    ("many", "# de caracteres; se cuentan …"),
                    ("other", "# caracteres; se cuentan …"),
                ],
            ),
            (
                "en",
                "duration.days",
                "n",
                &[("one", "# day"), ("other", "# days")],
            ),
        ];
        let numbers = (0..=120).chain([203, 211, 1000, 1_000_000, 2_000_000]);
        let mut checked = 0;
        for (language, key, variable, shapes) in expected {
            let t = Catalogue::for_language(language);
            for n in numbers.clone() {
                let category = cldr_category(language, n as u64);
                let (_, want) = shapes
                    .iter()
                    .find(|(c, _)| *c == category)
                    .expect("a shape per category");
                assert_eq!(
                    shape(&t, key, variable, n),
                    *want,
                    "{language} {key} n={n} ({category})"
                );
                checked += 1;
            }
        }
        assert_eq!(checked, 8 * 126);
    }

    /// The oracle above agrees with ICU4X for every whole number to 10,000.
    #[test]
    fn the_written_rules_agree_with_icu4x() {
        for language in ["ar", "fr", "es", "en"] {
            let rules =
                cldr::plural_rules(&Locale::try_from_str(language).expect("a tag")).expect("rules");
            for n in (0..=10_000).chain([1_000_000, 3_000_000]) {
                assert_eq!(
                    cldr::category(&rules, n as f64),
                    cldr_category(language, n),
                    "{language} {n}"
                );
            }
        }
    }

    #[test]
    fn numbers_are_written_as_the_language_and_region_write_them() {
        let limit = |tag: &str| {
            Catalogue::for_language(tag)
                .fill_with(
                    "playbooks.length_value",
                    &[
                        ("count", Arg::Number(188)),
                        ("limit", Arg::Number(2200)),
                        ("network", Arg::Text("X")),
                    ],
                )
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        assert_eq!(limit("en"), "188 of 2,200 on X");
        // A narrow no-break space groups digits in France, a no-break space
        // in Canada (CLDR).
        assert_eq!(limit("fr"), "188 sur 2\u{202F}200 (X)");
        assert_eq!(limit("fr-CA"), "188 sur 2\u{A0}200 (X)");
        // Arabic-Indic digits in Saudi Arabia unless the tag asks for Latin.
        assert_eq!(limit("ar-SA"), "١٨٨ من ٢٬٢٠٠ على X");
        assert_eq!(limit("ar-SA-u-nu-latn"), "188 من 2,200 على X");
        assert_eq!(limit("ar-u-nu-arab"), "١٨٨ من ٢٬٢٠٠ على X");
        // Spanish groups digits only from five on (CLDR's minimumGroupingDigits
        // is 2 for Spanish): 2200 stands alone in Spain, 22.000 does not.
        // Mexico groups from four digits, with a comma.
        assert_eq!(limit("es-ES"), "188 de 2200 en X");
        assert_eq!(limit("es-MX"), "188 de 2,200 en X");
        let hours = |tag: &str, n: i64| {
            Catalogue::for_language(tag).fill_with("duration.hours", &[("n", Arg::Number(n))])
        };
        assert_eq!(hours("es-ES", 22_000), "22.000 horas");
        assert_eq!(hours("es-ES", 3_000_000), "3.000.000 de horas");
        // A language without a catalogue: English words, its region's digits.
        assert_eq!(limit("de-CH"), "188 of 2'200 on X");
        // A year is not grouped.
        let week = Catalogue::for_language("fr").fill_with(
            "calendar.week",
            &[("week", Arg::Number(1)), ("year", Arg::Number(2026))],
        );
        assert_eq!(week, "Semaine 1 de 2026");
    }

    #[test]
    fn the_week_starts_on_the_first_day_of_the_region() {
        let first = |tag: &str| Catalogue::for_language(tag).week()[0];
        let (monday, saturday, sunday) = (0, 5, 6);
        assert_eq!(first("ar-SA"), sunday);
        assert_eq!(first("ar-SA-u-nu-latn"), sunday);
        assert_eq!(first("ar-EG"), saturday);
        assert_eq!(first("ar-AE"), monday);
        assert_eq!(first("en-US"), sunday);
        assert_eq!(first("fr-CA"), sunday);
        assert_eq!(first("fr-FR"), monday);
        assert_eq!(first("es-ES"), monday);
        assert_eq!(first("es-MX"), sunday);
        // No region: CLDR's world default, which is ISO 8601's Monday.
        assert_eq!(first("en"), monday);
        assert_eq!(first("ar"), monday);
        // `-u-fw-` overrides the region.
        assert_eq!(first("ar-SA-u-fw-mon"), monday);
        let week = Catalogue::for_language("ar-SA").week();
        assert_eq!(week, [6, 0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn dates_and_weekdays_come_from_cldr() {
        let day =
            |tag: &str, d: i8| Catalogue::for_language(tag).date(jiff::civil::date(2026, 1, d));
        // "1er": the first of the month is an ordinal in French, which CLDR
        // leaves to the translator (`day_one`).
        assert_eq!(day("fr", 1), "jeudi 1er janvier 2026");
        assert_eq!(day("fr", 2), "vendredi 2 janvier 2026");
        assert_eq!(day("en", 1), "Thursday, January 1, 2026");
        assert_eq!(day("en-GB", 1), "Thursday, 1 January 2026");
        assert_eq!(day("ar-SA-u-nu-latn", 1), "الخميس، 1 يناير 2026");
        // Spanish writes the first as a plain number: its `day_one` is "1".
        assert_eq!(day("es-ES", 1), "jueves, 1 de enero de 2026");
        assert_eq!(day("es-MX", 2), "viernes, 2 de enero de 2026");
        assert_eq!(day("ar-SA", 2), "الجمعة، ٢ يناير ٢٠٢٦");
        let t = Catalogue::for_language("fr");
        assert_eq!(
            (t.weekday(0, false), t.weekday(6, true)),
            ("lundi".into(), "dim.".into())
        );
        let t = Catalogue::for_language("ar");
        assert_eq!(t.weekday(4, false), "الجمعة");
        let t = Catalogue::for_language("es");
        assert_eq!(t.weekday(2, false), "miércoles");
    }

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

    /// The lines of catalogue `text` where one of `glued` comes right
    /// before a name the strategy gives.
    fn glued_to_a_name(text: &str, glued: &[&str]) -> Vec<String> {
        let names = ["role", "name", "owner", "network"];
        text.lines()
            .filter(|line| {
                glued.iter().any(|g| {
                    names
                        .iter()
                        .any(|n| line.contains(&format!("{g}{{ ${n} }}")))
                })
            })
            .map(str::to_string)
            .collect()
    }

    fn catalogue_text(code: &str) -> &'static str {
        CATALOGUES
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, text)| *text)
            .expect("a catalogue")
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

    #[test]
    fn regional_tags_use_their_language_and_unknown_ones_english() {
        assert_eq!(
            Catalogue::for_language("fr-CA").text("part.voice"),
            Catalogue::for_language("fr").text("part.voice")
        );
        let german = Catalogue::for_language("de");
        assert_eq!(german.text("part.voice"), "Voice and tone");
        assert_eq!(german.direction, "ltr");
        assert_eq!(Catalogue::for_language("ar").direction, "rtl");
        assert_eq!(
            Catalogue::for_language("es-MX").text("part.voice"),
            "Voz y tono"
        );
        assert_eq!(Catalogue::for_language("es-419").direction, "ltr");
        // Hebrew has no catalogue, but its text still runs right to left.
        assert_eq!(Catalogue::for_language("he-IL").direction, "rtl");
        // Not a BCP 47 tag: English, and nothing panics.
        assert_eq!(
            Catalogue::for_language("x-").text("part.voice"),
            "Voice and tone"
        );
        assert_eq!(Catalogue::for_language("fr").text("no.such"), "no.such");
    }

    #[test]
    fn templates_see_every_entry_in_the_table() {
        let t = Catalogue::for_language("fr");
        let json = serde_json::to_value(&t).expect("serialises");
        assert_eq!(json["t"]["part"]["voice"], "Ton et voix");
        assert_eq!(json["t"]["list_separator"], ", ");
        assert_eq!(json["language"], "fr");
    }
}
