//! Where the team writes on each network (public replies, private
//! messages, review replies, posts) and the platform's limits there, for
//! the networks page.

use serde::Serialize;

use super::Builder;
use crate::model::{Channel, Network};
use crate::platforms::{self, Limit, Surface, Unit};
use crate::render::i18n::Arg;
use crate::replies::Reach;

/// One surface of a network the strategy writes on.
#[derive(Debug, Clone, Serialize)]
pub struct SurfaceView {
    /// `reply`, `dm`, `review` or `post`.
    pub surface: &'static str,
    /// Its name in the guide's language.
    pub name: String,
    /// Its limits and how they are counted, or that none is known.
    pub limits: String,
}

impl Builder<'_> {
    /// The surfaces the strategy writes on in `n`, in a fixed order.
    fn used(&self, n: &Network) -> Vec<Surface> {
        let s = self.s;
        let id = n.id.as_str();
        let replies = || {
            s.playbooks.iter().flat_map(|p| {
                p.replies
                    .iter()
                    .filter(move |r| Reach::reply(p, r).contains(id))
                    .map(|r| r.channel)
            })
        };
        let answers = s.playbooks.iter().any(|p| Reach::playbook(p).contains(id));
        let automatic = s
            .schedules
            .iter()
            .any(|sc| sc.id == n.schedule && sc.out_of_hours_reply.is_some())
            && platforms::entry(n.platform, Surface::Dm).is_some_and(|e| e.exists);
        let calendar = s.calendar.iter().any(|c| {
            c.series.iter().any(|x| x.networks.contains(&n.id))
                || c.events.iter().any(|e| e.networks.contains(&n.id))
        });
        let crisis = s
            .crisis
            .iter()
            .flat_map(|c| &c.scenarios)
            .any(|sc| sc.networks.as_ref().is_none_or(|ids| ids.contains(&n.id)));
        [
            (Surface::Reply, answers),
            (
                Surface::Dm,
                automatic || replies().any(|c| c == Channel::Private),
            ),
            (Surface::Review, replies().any(|c| c == Channel::Review)),
            (Surface::Post, calendar || crisis),
        ]
        .into_iter()
        .filter(|(surface, used)| {
            // A surface the platform does not have is a finding of
            // no-such-surface, not a line of the guide.
            *used && platforms::entry(n.platform, *surface).is_none_or(|e| e.exists)
        })
        .map(|(surface, _)| surface)
        .collect()
    }

    pub(super) fn surfaces(&self, n: &Network) -> Vec<SurfaceView> {
        self.used(n)
            .into_iter()
            .map(|surface| SurfaceView {
                surface: surface.as_str(),
                name: self.t.text(&format!("surfaces.{}", surface.as_str())),
                limits: self.limits(n, surface),
            })
            .collect()
    }

    /// "at most 300 characters, 3,000 bytes, counted as graphemes and
    /// UTF-8 bytes", in the guide's language.
    fn limits(&self, n: &Network, surface: Surface) -> String {
        let limits = platforms::limits(n, surface);
        if limits.is_empty() {
            return self.t.text("surfaces.none");
        }
        let separator = self.t.text("list_separator");
        let amounts: Vec<String> = limits
            .iter()
            .map(|(l, own)| {
                let key = match l.unit {
                    Unit::XWeighted | Unit::Graphemes | Unit::Characters => "characters",
                    Unit::Utf8Bytes => "bytes",
                    Unit::Utf16Units => "units",
                    Unit::Links => "links",
                    Unit::Hashtags => "hashtags",
                    Unit::Mentions => "mentions",
                };
                let n = i64::try_from(l.max).unwrap_or(i64::MAX);
                let amount = self
                    .t
                    .fill_with(&format!("surfaces.{key}"), &[("n", Arg::Number(n))]);
                if *own {
                    format!("{amount} {}", self.t.text("surfaces.own"))
                } else {
                    amount
                }
            })
            .collect();
        let counting: Vec<String> = limits
            .iter()
            .filter(|(l, _)| l.unit.is_length())
            .map(|(l, _)| self.t.text(counting_key(l)))
            .collect();
        self.t.fill(
            "surfaces.limits",
            &[
                ("limits", &amounts.join(&separator)),
                ("counting", &counting.join(&separator)),
            ],
        )
    }
}

/// The catalogue key that says how a length limit is counted.
pub(super) fn counting_key(limit: &Limit) -> &'static str {
    match (limit.unit, limit.url) {
        (Unit::XWeighted, _) => "counting.x-weighted",
        (Unit::Graphemes, _) => "counting.graphemes",
        (Unit::Utf8Bytes, _) => "surfaces.utf8-bytes",
        (Unit::Utf16Units, _) => "surfaces.utf16-units",
        (_, Some(_)) => "counting.characters-url-23",
        _ => "counting.characters",
    }
}
