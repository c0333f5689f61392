//! CS207: a response-time promise slower than what earns the platform's
//! responsiveness badge.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::model::Acknowledged;
use crate::platforms;

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That a network on a platform with a responsiveness badge promises
    /// replies at least as fast as the badge asks. Facebook shows "Very
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
    for (i, network) in ctx.strategy.networks.iter().enumerate() {
        let Some(badge) = platforms::badge(network.platform) else {
            continue;
        };
        let Some(&promise) = network.response_time.get() else {
            continue;
        };
        if promise <= i64::from(badge.minutes)
            || network.acknowledges(Acknowledged::SlowerThanBadge)
        {
            continue;
        }
        out.push(finding(
            &codes::SLOWER_THAN_BADGE,
            ctx.value(&pointer!("/networks/", i, "/response_time")),
            format!(
                "network `{}` ({}) promises a first response within {}: the platform's \"{}\" badge asks for {} % within {} minutes over {} days",
                network.id,
                network.platform.as_str(),
                network.response_time,
                badge.name,
                badge.rate,
                badge.minutes,
                badge.days
            ),
            format!(
                "promise {} minutes or less if the team can keep it, or accept it with `acknowledge = [\"slower-than-badge\"]` on the network (source: {})",
                badge.minutes, badge.source.source
            ),
        ));
    }
}
