//! CS308: each reply, signed off and rendered, fits the reply limit of
//! every network it is for.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::Network;
use crate::replies;

use super::Origin;
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That each reply template, with the sign-off appended and rendered with
    /// sample values (a 15-character follower name, a 10-character agent name,
    /// a 23-character link, the real brand, handle and availability statement),
    /// fits the reply limit of every network it is for, counted the way that
    /// platform counts (X weighs URLs as 23 and many scripts as 2; Bluesky
    /// counts graphemes; others count characters). `reply_limit` on a network
    /// overrides the platform's limit. `commstrat rules` cites the source of
    /// each limit. Out-of-hours replies are checked against the networks that
    /// use their schedule.
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
        // The networks a reply is for, and the sign-off appended to it.
        let (networks, sign_off): (Vec<&Network>, _) = match template.origin {
            Origin::Reply { playbook, reply } => {
                let Some(p) = s.playbooks.get(playbook) else {
                    continue;
                };
                let Some(r) = p.replies.get(reply) else {
                    continue;
                };
                (replies::reply_networks(s, p, r), sign_off)
            }
            Origin::OutOfHours { schedule } => {
                let Some(schedule) = s.schedules.get(schedule) else {
                    continue;
                };
                let networks = s.networks.iter().filter(|n| n.schedule == schedule.id);
                (networks.collect(), None)
            }
            // Statements: statement-over-limit.
            Origin::SignOff | Origin::Holding { .. } | Origin::Statement { .. } => continue,
        };
        let (Ok(text), Ok(sign_off)) = (&template.compiled, sign_off.transpose()) else {
            continue;
        };
        for network in networks {
            // Templates that do not render are reported by template-syntax.
            let Ok(Some(length)) = replies::length_on(s, text, sign_off, network) else {
                continue;
            };
            if length.count <= length.limit {
                continue;
            }
            let origin = if length.network_limit {
                "its reply_limit"
            } else {
                "the platform's limit"
            };
            out.push(finding(
                &codes::REPLY_OVER_LIMIT,
                ctx.value(&template.pointer),
                format!(
                    "reply is {} on network `{}` ({}), over {origin} of {}",
                    length.counting.amount(length.count),
                    network.id,
                    network.platform.as_str(),
                    length.counting.amount(length.limit)
                ),
                format!(
                    "shorten it by {} (sign-off and sample values included), or limit it to other networks with `networks = [...]`",
                    length.counting.amount(length.count - length.limit)
                ),
            ));
        }
    }
}
