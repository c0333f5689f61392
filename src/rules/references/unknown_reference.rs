//! CS111: every reference names an entry that exists.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::Id;
use crate::suggest::did_you_mean;

use super::collections;
use crate::rules::{Context, declare_rule};

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

/// A reference to check: where it is, what kind of entry it names, the id.
struct Reference<'a> {
    pointer: String,
    target: &'static str,
    id: &'a Id,
}

/// The references that `resolves` does not resolve. A reference's pointer
/// is written out only when it does not resolve: most do.
fn unresolved<'a>(
    ctx: &Context<'a>,
    resolves: impl Fn(&'static str, &Id) -> bool,
) -> Vec<Reference<'a>> {
    let s = ctx.strategy;
    let mut refs = Vec::new();
    let mut one = |pointer: std::fmt::Arguments<'_>, target: &'static str, id: &'a Id| {
        if !resolves(target, id) {
            refs.push(Reference {
                pointer: pointer.to_string(),
                target,
                id,
            });
        }
    };
    for (i, p) in s.personas.iter().enumerate() {
        for (j, n) in p.networks.iter().enumerate() {
            one(format_args!("/personas/{i}/networks/{j}"), "network", n);
        }
    }
    for (i, n) in s.networks.iter().enumerate() {
        one(
            format_args!("/networks/{i}/schedule"),
            "schedule",
            &n.schedule,
        );
    }
    for (i, r) in s.roles.iter().enumerate() {
        if let Some(b) = &r.backup {
            one(format_args!("/roles/{i}/backup"), "role", b);
        }
    }
    for (i, p) in s.playbooks.iter().enumerate() {
        for (j, n) in p.networks.iter().flatten().enumerate() {
            one(format_args!("/playbooks/{i}/networks/{j}"), "network", n);
        }
        one(format_args!("/playbooks/{i}/owner"), "role", &p.owner);
        if let Some(e) = &p.escalate_to {
            one(format_args!("/playbooks/{i}/escalate_to"), "role", e);
        }
        for (k, reply) in p.replies.iter().enumerate() {
            for (j, n) in reply.networks.iter().flatten().enumerate() {
                one(
                    format_args!("/playbooks/{i}/replies/{k}/networks/{j}"),
                    "network",
                    n,
                );
            }
        }
    }
    if let Some(c) = &s.crisis {
        for (i, l) in c.levels.iter().enumerate() {
            for (j, a) in l.approvers.iter().enumerate() {
                one(format_args!("/crisis/levels/{i}/approvers/{j}"), "role", a);
            }
        }
        for (i, sc) in c.scenarios.iter().enumerate() {
            one(
                format_args!("/crisis/scenarios/{i}/owner"),
                "role",
                &sc.owner,
            );
            for (j, e) in sc.escalation.iter().enumerate() {
                for (k, r) in e.notify.iter().enumerate() {
                    one(
                        format_args!("/crisis/scenarios/{i}/escalation/{j}/notify/{k}"),
                        "role",
                        r,
                    );
                }
            }
        }
    }
    if let Some(c) = &s.calendar {
        for (i, se) in c.series.iter().enumerate() {
            for (j, n) in se.networks.iter().enumerate() {
                one(
                    format_args!("/calendar/series/{i}/networks/{j}"),
                    "network",
                    n,
                );
            }
            if let Some(o) = &se.owner {
                one(format_args!("/calendar/series/{i}/owner"), "role", o);
            }
            if let Some(p) = &se.persona {
                one(format_args!("/calendar/series/{i}/persona"), "persona", p);
            }
        }
        for (i, ev) in c.events.iter().enumerate() {
            for (j, n) in ev.networks.iter().enumerate() {
                one(
                    format_args!("/calendar/events/{i}/networks/{j}"),
                    "network",
                    n,
                );
            }
            if let Some(o) = &ev.owner {
                one(format_args!("/calendar/events/{i}/owner"), "role", o);
            }
        }
        for (i, b) in c.blackouts.iter().enumerate() {
            for (j, n) in b.networks.iter().flatten().enumerate() {
                one(
                    format_args!("/calendar/blackouts/{i}/networks/{j}"),
                    "network",
                    n,
                );
            }
        }
    }
    for (i, m) in s.metrics.iter().enumerate() {
        for (j, n) in m.networks.iter().flatten().enumerate() {
            one(format_args!("/metrics/{i}/networks/{j}"), "network", n);
        }
        one(format_args!("/metrics/{i}/owner"), "role", &m.owner);
    }
    refs
}

fn check_references(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // A handful of collections: a list looked through beats a map.
    let known: Vec<(&str, Vec<&str>)> = collections(ctx)
        .into_iter()
        .map(|(what, _, ids)| (what, ids.into_iter().map(Id::as_str).collect()))
        .collect();
    let ids_of = |target: &str| {
        known
            .iter()
            .find(|(what, _)| *what == target)
            .map_or(&[][..], |(_, ids)| ids.as_slice())
    };
    for r in unresolved(ctx, |target, id| ids_of(target).contains(&id.as_str())) {
        let ids = ids_of(r.target);
        let plural = match r.target {
            "persona" => "[[personas]]",
            "network" => "[[networks]]",
            "schedule" => "[[schedules]]",
            _ => "[[roles]]",
        };
        let help = match did_you_mean(r.id.as_str(), ids.iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None if ids.is_empty() => format!("no {} is defined: add one under {plural}", r.target),
            None => format!("known {}s: {}", r.target, ids.join(", ")),
        };
        out.push(
            Diagnostic::new(
                &codes::UNKNOWN_REFERENCE,
                ctx.value(&r.pointer),
                format!("no {} has the id `{}`", r.target, r.id),
            )
            .with_help(help),
        );
    }
}
