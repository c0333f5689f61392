//! CS310: a reply template meant for a surface the platform does not have.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::platforms::{self, Surface};
use crate::replies;

use super::Origin;
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That each reply template goes only to networks whose platform has its
    /// surface: a private reply (`channel = "private"`) needs private
    /// messages, a review reply (`channel = "review"`) needs reviews. YouTube
    /// has had no private messages since 2019, WhatsApp has no public
    /// replies, and a Google Business Profile takes no private messages since
    /// Business Messages closed in 2024. `commstrat platforms` lists every
    /// surface with its source. `commstrat lint` reports it too, for a draft
    /// meant for a surface its network's platform does not have.
    ///
    /// ## Why it matters
    /// A template for a surface that does not exist is one nobody can send:
    /// the person on shift looks for it while the follower waits.
    ///
    /// Sources: <https://www.theverge.com/2019/8/22/20828177/youtube-private-messages-discontinued-dm-public-conversations>;
    /// <https://developers.google.com/business-communications/business-messages/guides/concepts/business-messages-api>.
    ///
    /// ## Example
    /// A private reply without `networks` in a strategy with a YouTube
    /// network.
    ///
    /// ## Fix
    /// Give the reply `networks = [...]` without that network, and say in a
    /// public reply where the follower can write privately.
    pub static NO_SUCH_SURFACE = Some(check_surfaces);
}

fn check_surfaces(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let s = ctx.strategy;
    if replies::pairs(s) > replies::MAX_PAIRS {
        return; // reported by reply-over-limit
    }
    for template in ctx.templates() {
        let Origin::Reply { playbook, reply } = template.origin else {
            continue;
        };
        let Some(p) = s.playbooks.get(playbook) else {
            continue;
        };
        let Some(r) = p.replies.get(reply) else {
            continue;
        };
        let surface = Surface::of(r.channel);
        for network in replies::reply_networks(s, p, r) {
            let entry = platforms::entry(network.platform, surface);
            let missing = !platforms::exists(network.platform, surface);
            if !missing {
                continue;
            }
            let why = entry.and_then(|e| e.source.note.as_deref()).unwrap_or(
                "commstrat knows review replies only where `commstrat platforms` lists them.",
            );
            let source = entry.map_or("`commstrat platforms`", |e| e.source.source.as_str());
            out.push(finding(
                &codes::NO_SUCH_SURFACE,
                ctx.value(&template.pointer),
                format!(
                    "this reply goes to network `{}` ({}), which has no {}",
                    network.id,
                    network.platform.as_str(),
                    surface.words()
                ),
                format!(
                    "{why} Give the reply `networks = [...]` without `{}` (source: {})",
                    network.id, source
                ),
            ));
        }
    }
}
