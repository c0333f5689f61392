//! CS111: every reference names an entry that exists.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::suggest::{closest, did_you_mean};

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

/// Unknown references whose help searches the known ids for the closest:
/// each search reads every id, so past these the help stays short and the
/// rule's cost grows with the file, not with its square.
const SEARCHED: usize = 100;

/// A help names at most this many known ids.
const NAMED: usize = 5;

fn check_references(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // Each collection's ids in file order, and as a set to look them up.
    let mut known: BTreeMap<&str, (Vec<&str>, BTreeSet<Cow<'_, str>>)> = BTreeMap::new();
    walk(ctx.strategy, &mut |_, field| {
        if let Field::Entry(what, id) = field {
            let (list, set) = known.entry(what).or_default();
            if id.is_slug() {
                list.push(id.as_str());
                set.insert(Cow::Borrowed(id.as_str()));
            } else {
                // `id = "Office"` is one mistake, reported as invalid-id;
                // `schedule = "office"` names that entry as it should be.
                set.insert(Cow::Owned(id.as_str().to_lowercase()));
            }
        }
    });
    let mut searched = 0;
    walk(ctx.strategy, &mut |at, field| {
        let Field::Ref(target, id) = field else {
            return;
        };
        let (ids, set) = known
            .get(target)
            .map_or((&[][..], None), |(l, s)| (l.as_slice(), Some(s)));
        // A value that is no id at all is the schema's invalid-id finding.
        if !id.is_slug() || set.is_some_and(|set| set.contains(id.as_str())) {
            return;
        }
        searched += 1;
        // Targets are personas, networks, schedules and roles: an `s` makes each plural.
        let help = if ids.is_empty() {
            format!("no {target} is defined: add one under [[{target}s]]")
        } else if searched > SEARCHED {
            format!(
                "use the id of an existing {target} ({} defined), or add one under [[{target}s]]",
                ids.len()
            )
        } else if let Some(best) = did_you_mean(id.as_str(), ids.iter().copied()) {
            format!("did you mean `{best}`?")
        } else if ids.len() <= NAMED {
            format!("known {target}s: {}", ids.join(", "))
        } else {
            let named = closest(id.as_str(), ids.iter().copied(), NAMED);
            format!(
                "known {target}s include {} ({} in all)",
                named.join(", "),
                ids.len()
            )
        };
        out.push(finding(
            &codes::UNKNOWN_REFERENCE,
            ctx.value(&at.to_string()),
            format!("no {target} has the id `{id}`"),
            help,
        ));
    });
}
