//! CS111: every reference names an entry that exists.

use std::collections::BTreeMap;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::suggest::did_you_mean;

use crate::rules::fields::{Field, walk};
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That every reference names an existing entry: a network's `schedule`,
    /// persona and playbook `networks`, owners, backups, approvers,
    /// `escalate_to`, `notify`, a series' `persona`, and so on.
    ///
    /// ## Why it matters
    /// A complaint playbook owned by a role that does not exist has nobody to
    /// answer it; a network pointing at a missing schedule has no stated hours.
    ///
    /// ## Example
    /// ```toml
    /// [[playbooks]]
    /// owner = "comunity"
    /// ```
    ///
    /// ## Fix
    /// Use the id of an existing entry (`owner = "community"`), or add the entry.
    pub static UNKNOWN_REFERENCE = Some(check_references);
}

fn check_references(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut known: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    walk(ctx.strategy, &mut |_, field| {
        if let Field::Entry(what, id) = field {
            known.entry(what).or_default().push(id.as_str());
        }
    });
    walk(ctx.strategy, &mut |at, field| {
        let Field::Ref(target, id) = field else {
            return;
        };
        let ids = known.get(target).map_or(&[][..], Vec::as_slice);
        if ids.contains(&id.as_str()) {
            return;
        }
        // Targets are personas, networks, schedules and roles: an `s` makes each plural.
        let help = match did_you_mean(id.as_str(), ids.iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None if ids.is_empty() => {
                format!("no {target} is defined: add one under [[{target}s]]")
            }
            None => format!("known {target}s: {}", ids.join(", ")),
        };
        out.push(finding(
            &codes::UNKNOWN_REFERENCE,
            ctx.value(&at.to_string()),
            format!("no {target} has the id `{id}`"),
            help,
        ));
    });
}
