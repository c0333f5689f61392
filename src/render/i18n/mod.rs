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
    /// The day of the month on the first, where the language writes it
    /// otherwise than CLDR ("1er").
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
        // English has no ordinal first; the others may ("1er").
        let day_one = bundle
            .get_message("day_one")
            .and_then(|m| m.value())
            .filter(|_| index != 0)
            .map(|p| bundle.format_pattern(p, None, &mut Vec::new()).into_owned());
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

    /// A duration in words: "1 hour 30 minutes", "2 jours", "ساعتان";
    /// days only when `with_days` (a week's staffed time counts hours).
    pub(crate) fn duration(&self, minutes: i64, with_days: bool) -> String {
        if minutes == 0 {
            return self.text("duration.zero");
        }
        let per_day = crate::time::MINUTES_PER_DAY;
        let days = if with_days { minutes / per_day } else { 0 };
        let rest = minutes - days * per_day;
        let parts = [
            ("duration.days", days),
            ("duration.hours", rest / 60),
            ("duration.minutes", rest % 60),
        ];
        parts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(key, n)| self.fill_with(key, &[("n", Arg::Number(*n))]))
            .collect::<Vec<_>>()
            .join(&self.text("duration.separator"))
    }

    /// A moment of a crisis timeline, `minutes` after it starts: "T+0",
    /// "T+30 minutes".
    pub(crate) fn moment(&self, minutes: i64) -> String {
        if minutes == 0 {
            self.text("crisis.at_start")
        } else {
            let duration = self.duration(minutes, true);
            self.fill("crisis.after", &[("duration", &duration)])
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

    /// A month and its year, as CLDR writes them in the language.
    pub fn month(&self, d: jiff::civil::Date) -> String {
        match &self.inner.cldr {
            Some(cldr) => cldr.month(d),
            None => format!("{:04}-{:02}", d.year(), d.month()),
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
mod tests;
