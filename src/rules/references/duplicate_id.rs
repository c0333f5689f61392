//! CS110: ids are unique within their collection, and so are crisis levels.

use std::collections::BTreeMap;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;

use crate::rules::fields::{Field, walk};
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That ids are unique within their collection (networks, schedules, roles,
    /// personas, playbooks, scenarios, series, events, metrics) and that crisis
    /// level numbers are unique.
    ///
    /// ## Why it matters
    /// A reference to a duplicated id is ambiguous: the guide and the checks
    /// would pick one entry and silently ignore the other.
    ///
    /// ## Example
    /// ```toml
    /// [[roles]]
    /// id = "community"
    /// [[roles]]
    /// id = "community"
    /// ```
    ///
    /// ## Fix
    /// Give each entry its own id (`community-fr`, `community-en`), or merge them.
    pub static DUPLICATE_ID = Some(check_duplicates);
}

fn check_duplicates(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let line_of = |pointer: &str| ctx.source.position(ctx.value(pointer).start).line;
    // The pointer of the first entry with each id, by collection.
    let mut first: BTreeMap<(&str, &str), String> = BTreeMap::new();
    walk(ctx.strategy, &mut |at, field| {
        let Field::Entry(what, id) = field else {
            return;
        };
        let Some(earlier) = first.get(&(what, id.as_str())) else {
            first.insert((what, id.as_str()), at.to_string());
            return;
        };
        let line = line_of(earlier);
        out.push(finding(
            &codes::DUPLICATE_ID,
            ctx.value(&at.to_string()),
            format!("{what} id `{id}` is already used on line {line}"),
            format!("give each {what} its own id, or merge the two entries"),
        ));
    });
    // The index of the first crisis level with each number.
    let mut seen: BTreeMap<u8, usize> = BTreeMap::new();
    let levels = ctx.strategy.crisis.iter().flat_map(|c| &c.levels);
    for (i, number) in levels.map(|l| l.level).enumerate() {
        let earlier = *seen.entry(number).or_insert(i);
        if earlier == i {
            continue;
        }
        let line = line_of(&pointer!("/crisis/levels/", earlier, "/level"));
        out.push(finding(
            &codes::DUPLICATE_ID,
            ctx.value(&pointer!("/crisis/levels/", i, "/level")),
            format!("crisis level {number} is already defined on line {line}"),
            "each level number from 1 (lowest) to 5 may be defined once",
        ));
    }
}
