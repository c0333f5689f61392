//! CS207: a response-time promise slower than what earns the platform's
//! responsiveness badge.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::model::{Acknowledged, Channel};
use crate::platforms;
use crate::replies;

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That a network on a platform with a responsiveness badge promises
    /// replies at least as fast as the badge asks: its `response_time`, and
    /// the `respond_within` of each playbook that answers in private
    /// messages there. Facebook shows "Very
    /// responsive to messages" on a Page that answers 90 % of private
    /// messages within 15 minutes over 7 days; `commstrat platforms` cites
    /// the source. This is information, not a fault: a network can accept
    /// it with `acknowledge = ["slower-than-badge"]`.
    ///
    /// ## Why it matters
    /// Followers see the badge, or its absence, before they write. A team
    /// that promises an hour cannot earn it, whatever it does.
    ///
    /// Source (third-party; Meta's help text was read without its address):
    /// <https://blog.brandbastion.com/get-and-keep-very-responsive-to-messages-facebook>.
    ///
    /// ## Example
    /// A Facebook network with `response_time = "1h"`.
    ///
    /// ## Fix
    /// Promise 15 minutes or less where the team can keep it, or accept the
    /// choice with `acknowledge = ["slower-than-badge"]` on the network.
    pub static SLOWER_THAN_BADGE = Some(check_badges);
}

fn check_badges(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let s = ctx.strategy;
    for (i, network) in s.networks.iter().enumerate() {
        let Some(badge) = platforms::badge(network.platform) else {
            continue;
        };
        if network.acknowledges(Acknowledged::SlowerThanBadge) {
            continue;
        }
        let within = i64::from(badge.minutes);
        // The network's own promise, then each playbook's that answers in
        // private messages there.
        let mut promises = Vec::new();
        if network.response_time.get().is_some_and(|&p| p > within) {
            promises.push((
                pointer!("/networks/", i, "/response_time"),
                format!("network `{}` ({})", network.id, network.platform.as_str()),
                network.response_time.to_string(),
            ));
        }
        for (j, p) in s.playbooks.iter().enumerate() {
            let Some(promise) = &p.respond_within else {
                continue;
            };
            let private_here = p.replies.iter().any(|r| {
                r.channel == Channel::Private
                    && replies::reply_networks(s, p, r)
                        .iter()
                        .any(|n| n.id == network.id)
            });
            if private_here && promise.get().is_some_and(|&m| m > within) {
                promises.push((
                    pointer!("/playbooks/", j, "/respond_within"),
                    format!(
                        "playbook `{}` on network `{}` ({})",
                        p.id,
                        network.id,
                        network.platform.as_str()
                    ),
                    promise.to_string(),
                ));
            }
        }
        for (at, who, promise) in promises {
            out.push(finding(
                &codes::SLOWER_THAN_BADGE,
                ctx.value(&at),
                format!(
                    "{who} promises a first response within {promise}: the platform's \"{}\" badge asks for {} % within {} minutes over {} days",
                    badge.name, badge.rate, badge.minutes, badge.days
                ),
                format!(
                    "promise {} minutes or less if the team can keep it, or accept it with `acknowledge = [\"slower-than-badge\"]` on the network (source: {})",
                    badge.minutes, badge.source.source
                ),
            ));
        }
    }
}
