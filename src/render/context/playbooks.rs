//! The playbooks page: playbooks grouped by kind, with their deadlines per
//! network, owners, steps and replies with their lengths.

use serde::Serialize;

use super::{Builder, Label, NetworkRef, RoleRef, label};
use crate::model::{self, Network, Playbook, PlaybookKind, Reply};
use crate::render::i18n::Arg;
use crate::replies;

#[derive(Debug, Clone, Serialize)]
pub struct PlaybookGroup {
    pub kind: Label,
    pub playbooks: Vec<PlaybookView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Deadline {
    pub network: NetworkRef,
    pub within: String,
    /// The longest of the playbook's replies on this network, with the
    /// sign-off and sample values, against its limit: "204 of 280".
    pub longest: Option<String>,
    /// Whether that reply is over the limit.
    pub over: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReplyLength {
    pub network: NetworkRef,
    pub count: usize,
    pub limit: usize,
    pub over: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReplyView {
    pub channel: Label,
    /// The reply and the sign-off, with placeholders.
    pub text: String,
    pub networks: Vec<NetworkRef>,
    pub lengths: Vec<ReplyLength>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlaybookView {
    pub id: String,
    pub title: String,
    /// Empty when it applies on every network.
    pub networks: Vec<NetworkRef>,
    pub deadlines: Vec<Deadline>,
    /// Whether any deadline has a reply length to show.
    pub lengths: bool,
    pub owner: RoleRef,
    pub automation: Label,
    pub steps: Vec<String>,
    pub r#do: Vec<String>,
    pub dont: Vec<String>,
    pub escalate_to: Option<RoleRef>,
    pub escalate_when: Vec<String>,
    pub replies: Vec<ReplyView>,
}

impl Builder<'_> {
    pub(super) fn playbooks(&self) -> Vec<PlaybookGroup> {
        let mut kinds: Vec<PlaybookKind> = self.s.playbooks.iter().map(|p| p.kind).collect();
        kinds.sort();
        kinds.dedup();
        kinds
            .into_iter()
            .map(|kind| PlaybookGroup {
                kind: label(self.t, "kind", &kind),
                playbooks: self
                    .s
                    .playbooks
                    .iter()
                    .filter(|p| p.kind == kind)
                    .map(|p| self.playbook(p))
                    .collect(),
            })
            .collect()
    }

    fn playbook(&self, p: &Playbook) -> PlaybookView {
        let replies: Vec<ReplyView> = p.replies.iter().map(|r| self.reply(p, r)).collect();
        let deadlines: Vec<Deadline> = replies::Reach::playbook(p)
            .networks(self.s)
            .into_iter()
            .map(|n| {
                // The longest reply on this network: the one to watch.
                let longest = replies
                    .iter()
                    .flat_map(|r| &r.lengths)
                    .filter(|l| l.network.id == n.id.as_str())
                    .max_by_key(|l| (l.count, l.limit));
                Deadline {
                    network: self.network_ref(n),
                    within: self.duration(p.respond_within.as_ref().unwrap_or(&n.response_time)),
                    longest: longest.map(|l| {
                        let number = |v: usize| Arg::Number(i64::try_from(v).unwrap_or(i64::MAX));
                        self.t.fill_with(
                            "playbooks.length_of",
                            &[("count", number(l.count)), ("limit", number(l.limit))],
                        )
                    }),
                    over: longest.is_some_and(|l| l.over),
                }
            })
            .collect();
        PlaybookView {
            id: p.id.to_string(),
            title: p.title.clone(),
            networks: self.networks_named(p.networks.as_deref().unwrap_or_default()),
            lengths: deadlines.iter().any(|d| d.longest.is_some()),
            deadlines,
            owner: self.role(&p.owner),
            automation: label(self.t, "automation", &p.automation.unwrap_or_default()),
            steps: p.steps.clone(),
            r#do: p.r#do.clone(),
            dont: p.dont.clone(),
            escalate_to: p.escalate_to.as_ref().map(|r| self.role(r)),
            escalate_when: p.escalate_when.clone(),
            replies,
        }
    }

    fn reply(&self, p: &Playbook, r: &Reply) -> ReplyView {
        let sign_off = self.s.voice.sign_off.as_ref().map(model::Template::as_str);
        let networks = replies::reply_networks(self.s, p, r);
        let mut text = self.with_placeholders(r.text.as_str());
        if let Some(sign_off) = sign_off {
            text.push('\n');
            text.push_str(&self.with_placeholders(sign_off));
        }
        ReplyView {
            channel: label(self.t, "playbooks", &r.channel),
            text,
            lengths: self.lengths(r, sign_off, &networks),
            networks: networks.iter().map(|n| self.network_ref(n)).collect(),
        }
    }

    /// The reply's length on each network with a limit on its surface
    /// (the first length limit); none when a template does not compile.
    fn lengths(&self, r: &Reply, sign_off: Option<&str>, on: &[&Network]) -> Vec<ReplyLength> {
        let env = replies::environment();
        let surface = crate::platforms::Surface::of(r.channel);
        let (Ok(text), Ok(sign_off)) = (
            env.template_from_str(r.text.as_str()),
            sign_off.map(|s| env.template_from_str(s)).transpose(),
        ) else {
            return Vec::new();
        };
        on.iter()
            .filter_map(|n| {
                let (limit, _) = crate::platforms::limits(n, surface)
                    .into_iter()
                    .find(|(l, _)| l.unit.is_length() && l.max > 0)?;
                let rendered = replies::rendered_on(self.s, &text, sign_off.as_ref(), n).ok()?;
                let count = crate::platforms::measure(&rendered, limit.unit, limit.url);
                Some(ReplyLength {
                    network: self.network_ref(n),
                    count,
                    limit: limit.max,
                    over: count > limit.max,
                })
            })
            .collect()
    }
}
