//! Plural categories, numbers, dates and weeks against CLDR.

use super::super::*;

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
    let day = |tag: &str, d: i8| Catalogue::for_language(tag).date(jiff::civil::date(2026, 1, d));
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
    // The first in Arabic-Indic digits stays as CLDR writes it.
    assert_eq!(day("ar-SA", 1), "الخميس، ١ يناير ٢٠٢٦");
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
