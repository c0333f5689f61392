//! Guide rendering with arbitrary reply texts.
//!
//! Input: byte 0 picks a valid example strategy (the three of strategies/ and
//! the starter of `commstrat init`). The rest is split on 0xFF (a byte that
//! never occurs in UTF-8, so it costs the texts nothing); each piece is
//! `[slot selector][text bytes]`: the selector picks one of the template or
//! text slots of the strategy, and the text, decoded lossily as UTF-8,
//! replaces it. Slots are the fields the rules `template-syntax`,
//! `unknown-template-variable`, `avoided-phrase` and `reply-over-limit` read
//! and the guide prints: `voice.sign_off`, `voice.avoid[]`,
//! `voice.substitutions[].avoid`, `schedules[].out_of_hours_reply`,
//! `playbooks[].replies[].text`, `crisis.scenarios[].holding_statement`, and
//! the brand `name` (the `{{ brand }}` variable).
//!
//! The edited strategy is the parsed `toml::Table` re-serialized, so every
//! text is a properly escaped TOML string. It is then validated like
//! `commstrat check`, and, as `commstrat render guide` does, rendered only
//! when the report has no error: the single document and the book
//! (`--book`: pages, SUMMARY.md, book.toml and manifest, all in memory).
#![no_main]

use std::path::Path;

use commstrat::diagnostic::Summary;
use commstrat::report::{HumanOptions, render_human};
use commstrat::render::{self, Overrides};
use libfuzzer_sys::fuzz_target;
use toml::{Table, Value};

const EXAMPLES: [&str; 4] = [
    include_str!("../../strategies/northwind-outdoor.toml"),
    include_str!("../../strategies/boulangerie-lumiere.toml"),
    include_str!("../../strategies/souq-alnakhil.toml"),
    commstrat::STARTER,
];

#[derive(Debug, Clone, Copy)]
enum Slot {
    Name,
    SignOff,
    Avoid(usize),
    NewAvoid,
    SubstitutionAvoid(usize),
    OutOfHours(usize),
    Reply(usize, usize),
    Holding(usize),
}

fn array_len(table: &Table, key: &str) -> usize {
    table.get(key).and_then(Value::as_array).map_or(0, Vec::len)
}

fn sub<'a>(table: &'a Table, key: &str) -> Option<&'a Table> {
    table.get(key).and_then(Value::as_table)
}

fn sub_mut<'a>(table: &'a mut Table, key: &str) -> Option<&'a mut Table> {
    table.get_mut(key).and_then(Value::as_table_mut)
}

fn nth_mut<'a>(table: &'a mut Table, key: &str, i: usize) -> Option<&'a mut Table> {
    table
        .get_mut(key)?
        .as_array_mut()?
        .get_mut(i)?
        .as_table_mut()
}

/// Every slot of this strategy, in a fixed order.
fn slots(strategy: &Table) -> Vec<Slot> {
    let mut out = vec![Slot::Name];
    if let Some(voice) = sub(strategy, "voice") {
        out.push(Slot::SignOff);
        out.extend((0..array_len(voice, "avoid")).map(Slot::Avoid));
        out.push(Slot::NewAvoid);
        out.extend((0..array_len(voice, "substitutions")).map(Slot::SubstitutionAvoid));
    }
    out.extend((0..array_len(strategy, "schedules")).map(Slot::OutOfHours));
    if let Some(playbooks) = strategy.get("playbooks").and_then(Value::as_array) {
        for (i, p) in playbooks.iter().enumerate() {
            let n = p.as_table().map_or(0, |p| array_len(p, "replies"));
            out.extend((0..n).map(|j| Slot::Reply(i, j)));
        }
    }
    if let Some(crisis) = sub(strategy, "crisis") {
        out.extend((0..array_len(crisis, "scenarios")).map(Slot::Holding));
    }
    out
}

fn set(strategy: &mut Table, slot: Slot, text: String) -> Option<()> {
    let text = Value::String(text);
    match slot {
        Slot::Name => {
            strategy.insert("name".into(), text);
        }
        Slot::SignOff => {
            sub_mut(strategy, "voice")?.insert("sign_off".into(), text);
        }
        Slot::Avoid(k) => {
            *sub_mut(strategy, "voice")?
                .get_mut("avoid")?
                .as_array_mut()?
                .get_mut(k)? = text;
        }
        Slot::NewAvoid => {
            let voice = sub_mut(strategy, "voice")?;
            let avoid = voice
                .entry("avoid")
                .or_insert_with(|| Value::Array(Vec::new()));
            avoid.as_array_mut()?.push(text);
        }
        Slot::SubstitutionAvoid(k) => {
            nth_mut(sub_mut(strategy, "voice")?, "substitutions", k)?.insert("avoid".into(), text);
        }
        Slot::OutOfHours(i) => {
            nth_mut(strategy, "schedules", i)?.insert("out_of_hours_reply".into(), text);
        }
        Slot::Reply(i, j) => {
            nth_mut(nth_mut(strategy, "playbooks", i)?, "replies", j)?.insert("text".into(), text);
        }
        Slot::Holding(i) => {
            nth_mut(sub_mut(strategy, "crisis")?, "scenarios", i)?
                .insert("holding_statement".into(), text);
        }
    }
    Some(())
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let mut strategy: Table = EXAMPLES[usize::from(pick) % EXAMPLES.len()]
        .parse()
        .expect("the examples parse");
    let all = slots(&strategy);
    for piece in rest.split(|&b| b == 0xFF) {
        let Some((&selector, text)) = piece.split_first() else {
            continue;
        };
        let slot = all[usize::from(selector) % all.len()];
        let _ = set(
            &mut strategy,
            slot,
            String::from_utf8_lossy(text).into_owned(),
        );
    }
    let text = toml::to_string(&strategy).expect("a toml::Table serializes");

    let (report, model) = commstrat::validate("fuzz.toml", text.into_bytes());
    let reports = [report];
    let _ = render_human(
        &reports,
        HumanOptions {
            color: false,
            quiet: false,
        },
    );
    // Like `render guide`: a strategy with errors is not rendered.
    let Some(model) = model else { return };
    if Summary::of(&reports).errors > 0 {
        return;
    }
    let overrides = Overrides::default();
    // With the built-in templates, a strategy that passes `check` must
    // render: a template error here would be `render guide` exiting 2 on a
    // valid file.
    let guide = render::guide(&model, "fuzz.toml", &overrides, false, Some("guide-pictures"))
        .unwrap_or_else(|e| panic!("a valid strategy does not render: {e}"));
    guide
        .document()
        .unwrap_or_else(|e| panic!("a valid strategy's document does not render: {e}"));
    let book = render::guide(&model, "fuzz.toml", &overrides, true, Some("pictures"))
        .unwrap_or_else(|e| panic!("a valid strategy's book does not render: {e}"));
    let summary = book
        .summary()
        .unwrap_or_else(|e| panic!("a valid strategy's SUMMARY.md does not render: {e}"));
    // The root does not exist, so no previous manifest is read.
    let plan = commstrat::write::book_plan(
        Path::new("/nonexistent/commstrat-fuzz-book"),
        &book,
        summary,
    )
    .unwrap_or_else(|e| panic!("a valid strategy's book plan fails: {e}"));
    assert!(!plan.write.is_empty());
});
