//! The "On shift" page: where a community manager taking over the inbox
//! starts. How to tell each kind of message apart, the reply deadline of
//! every playbook on every network, and who to call, with their backup.

use serde::Serialize;

use super::{Builder, Label, PlaybookGroup, RoleRef};
use crate::model::{self, Id};

/// One kind of message: how to recognise it and where its playbooks are.
#[derive(Debug, Clone, Serialize)]
pub struct TriageView {
    pub kind: Label,
    /// The strategy's definitions, or the built-in one of the kind.
    pub definitions: Vec<String>,
    pub examples: Vec<String>,
    pub playbooks: Vec<PlaybookLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlaybookLink {
    pub id: String,
    pub title: String,
}

/// One playbook's reply deadlines: networks that share a deadline share a
/// line, the most urgent first. A list, not a grid of networks by
/// playbooks: with six to nine networks, even a two-column table of them
/// was wider than a phone.
#[derive(Debug, Clone, Serialize)]
pub struct DeadlineRow {
    pub playbook: PlaybookLink,
    pub deadlines: Vec<SharedDeadline>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SharedDeadline {
    pub within: String,
    /// The networks' names, short ("Instagram") unless the strategy has
    /// two accounts on the platform; empty for every network.
    pub networks: Vec<String>,
}

/// Someone to call, and when.
#[derive(Debug, Clone, Serialize)]
pub struct CallView {
    pub role: RoleRef,
    /// The playbooks that escalate to the role.
    pub escalations: Vec<PlaybookLink>,
    /// The crisis scenarios the role leads, by name.
    pub crises: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ShiftView {
    pub triage: Vec<TriageView>,
    pub deadlines: Vec<DeadlineRow>,
    pub calls: Vec<CallView>,
}

impl Builder<'_> {
    pub(super) fn shift(&self, groups: &[PlaybookGroup]) -> ShiftView {
        let playbooks = |kind: &str| -> Vec<&model::Playbook> {
            self.s
                .playbooks
                .iter()
                .filter(|p| model::file_name(&p.kind) == kind)
                .collect()
        };
        let link = |id: &str, title: &str| PlaybookLink {
            id: id.to_string(),
            title: title.to_string(),
        };
        let triage = groups
            .iter()
            .map(|g| {
                let mut definitions: Vec<String> = playbooks(&g.kind.value)
                    .into_iter()
                    .filter_map(|p| p.definition.clone())
                    .collect();
                definitions.dedup();
                if definitions.is_empty() {
                    definitions.push(self.t.text(&format!("triage.{}", g.kind.value)));
                }
                TriageView {
                    kind: g.kind.clone(),
                    definitions,
                    examples: playbooks(&g.kind.value)
                        .into_iter()
                        .filter_map(|p| p.example.clone())
                        .collect(),
                    playbooks: g.playbooks.iter().map(|p| link(&p.id, &p.title)).collect(),
                }
            })
            .collect();

        let deadlines = groups
            .iter()
            .flat_map(|g| &g.playbooks)
            .filter_map(|view| {
                let p = self.s.playbooks.iter().find(|p| p.id.as_str() == view.id)?;
                Some(DeadlineRow {
                    playbook: link(&view.id, &view.title),
                    deadlines: self.shared_deadlines(p),
                })
            })
            .collect();

        // Who to call: escalation targets, then crisis leads, each once.
        let mut calls: Vec<CallView> = Vec::new();
        let mut entry = |id: &Id| -> usize {
            match calls.iter().position(|c| c.role.id == id.as_str()) {
                Some(i) => i,
                None => {
                    calls.push(CallView {
                        role: self.role(id),
                        escalations: Vec::new(),
                        crises: Vec::new(),
                    });
                    calls.len() - 1
                }
            }
        };
        let mut escalations = Vec::new();
        for p in &self.s.playbooks {
            if let Some(role) = &p.escalate_to {
                escalations.push((entry(role), link(p.id.as_str(), &p.title)));
            }
        }
        let mut crises = Vec::new();
        for scenario in self.s.crisis.iter().flat_map(|c| &c.scenarios) {
            crises.push((entry(&scenario.owner), scenario.name.clone()));
        }
        for (i, link) in escalations {
            calls[i].escalations.push(link);
        }
        for (i, name) in crises {
            calls[i].crises.push(name);
        }
        ShiftView {
            triage,
            deadlines,
            calls,
        }
    }

    /// Playbook `p`'s deadline on each network it applies to, networks
    /// with the same deadline together, shortest first.
    fn shared_deadlines(&self, p: &model::Playbook) -> Vec<SharedDeadline> {
        let on = crate::replies::Reach::playbook(p).networks(self.s);
        let mut shared: Vec<(Option<i64>, String, Vec<String>)> = Vec::new();
        for n in &on {
            let within = p.respond_within.as_ref().unwrap_or(&n.response_time);
            let name = self.short_name(n);
            match shared
                .iter_mut()
                .find(|(m, _, _)| *m == within.get().copied())
            {
                Some((_, _, names)) => names.push(name),
                None => shared.push((within.get().copied(), self.duration(within), vec![name])),
            }
        }
        shared.sort_by_key(|(minutes, _, _)| *minutes);
        let everywhere = shared.len() == 1 && on.len() == self.s.networks.len();
        shared
            .into_iter()
            .map(|(_, within, networks)| SharedDeadline {
                within,
                networks: if everywhere { Vec::new() } else { networks },
            })
            .collect()
    }

    /// A network's platform name, with its handle when the strategy has
    /// another account on that platform.
    fn short_name(&self, n: &model::Network) -> String {
        let twins = self
            .s
            .networks
            .iter()
            .filter(|o| o.platform == n.platform)
            .count();
        let network = self.network_ref(n);
        if twins > 1 {
            network.label
        } else {
            self.t.isolate(network.platform.label)
        }
    }
}
