//! The catalogues' tests: their shape against English, CLDR plural
//! categories, numbers, dates and weeks per region, and each language's
//! typography.

mod cldr;
mod typography;

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

/// The catalogue of language `code`.
fn catalogue_text(code: &str) -> &'static str {
    CATALOGUES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, text)| *text)
        .expect("a catalogue")
}
