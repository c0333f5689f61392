//! CS308: each reply, signed off and rendered, fits the reply limit of
//! every network it is for.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::Network;
use crate::replies;

use super::Origin;
use super::limits::{Measured, over_limits};
use crate::platforms::{self, Surface};
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That each reply template, with the sign-off appended and rendered with
    /// sample values (a 15-character follower name, a 10-character agent name,
    /// a 23-character link, the real brand, handle and availability statement),
    /// fits every limit of the surface it goes to on every network it is for:
    /// a public reply (`channel = "public"`), a private message (`"private"`)
    /// or a review reply (`"review"`). Each limit is counted the way that
    /// platform counts: X weighs URLs as 23 and many scripts as 2, Bluesky
    /// counts graphemes and bytes, Instagram's private messages and Google's
    /// review replies count UTF-8 bytes, Threads caps links at 5. A network's
    /// `reply_limit`, or its `limits` per surface, overrides the platform's
    /// length limit. `commstrat platforms` cites the source of each limit.
    /// An out-of-hours reply is checked as a private message on the networks
    /// that use its schedule (a public reply where the platform has no
    /// private messages).
    ///
    /// ## Why it matters
    /// A reply that does not fit is cut or refused by the platform, usually
    /// while a follower is waiting.
    ///
    /// ## Example
    /// A 200-character reply with no `networks` in a strategy with a TikTok
    /// network (150 characters).
    ///
    /// ## Fix
    /// Shorten the reply, or give it `networks = [...]` so that the long
    /// version is used only where it fits, with a short one for the others.
    pub static REPLY_OVER_LIMIT = Some(check_lengths);
}

fn check_lengths(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let s = ctx.strategy;
    let pairs = replies::pairs(s);
    if pairs > replies::MAX_PAIRS {
        out.push(finding(
            &codes::FILE_TOO_LARGE,
            ctx.key("/playbooks"),
            format!(
                "the playbooks apply to {pairs} (playbook, network) and (reply, network) pairs, more than the {} commstrat works out: reply lengths are not checked",
                replies::MAX_PAIRS
            ),
            "each pair is a deadline and a reply measured on a network; a strategy has a few thousand: give playbooks and replies `networks = [...]`, or split the strategy",
        ));
        return;
    }
    let templates = ctx.templates();
    // Templates that do not compile or render are reported by
    // template-syntax. None: no sign-off; Some(Err): one that does not compile.
    let sign_off = templates
        .iter()
        .find(|t| t.origin == Origin::SignOff)
        .map(|t| t.compiled.as_ref());
    for template in templates {
        // The networks a template is for, where on them it goes, and the
        // sign-off appended to it.
        let (networks, surfaces, sign_off): (Vec<&Network>, Vec<Surface>, _) = match template.origin
        {
            Origin::Reply { playbook, reply } => {
                let Some(p) = s.playbooks.get(playbook) else {
                    continue;
                };
                let Some(r) = p.replies.get(reply) else {
                    continue;
                };
                let surface = Surface::of(r.channel);
                (replies::reply_networks(s, p, r), vec![surface], sign_off)
            }
            Origin::OutOfHours { schedule } => {
                let Some(schedule) = s.schedules.get(schedule) else {
                    continue;
                };
                let networks = s.networks.iter().filter(|n| n.schedule == schedule.id);
                // Sent automatically to whoever writes, in a public reply or
                // a private message: it must fit both, where they exist.
                (networks.collect(), vec![Surface::Reply, Surface::Dm], None)
            }
            // Statements: statement-over-limit.
            Origin::SignOff | Origin::Holding { .. } | Origin::Statement { .. } => continue,
        };
        let (Ok(text), Ok(sign_off)) = (&template.compiled, sign_off.transpose()) else {
            continue;
        };
        for (network, surface) in networks
            .iter()
            .flat_map(|n| surfaces.iter().map(move |s| (*n, *s)))
        {
            // Nothing to measure against: no render (a strategy may have
            // thousands of such pairs).
            if !platforms::exists(network.platform, surface)
                || platforms::limits(network, surface).is_empty()
            {
                continue;
            }
            // Templates that do not render are reported by template-syntax.
            let Ok(rendered) = replies::rendered_on(s, text, sign_off, network) else {
                continue;
            };
            let measured = Measured {
                what: "reply",
                rendered: &rendered,
                included: if sign_off.is_some() {
                    "sign-off and sample values"
                } else {
                    "sample values"
                },
                otherwise: "limit it to other networks with `networks = [...]`",
            };
            over_limits(
                ctx,
                out,
                &codes::REPLY_OVER_LIMIT,
                &template.pointer,
                &measured,
                network,
                surface,
            );
        }
    }
}
