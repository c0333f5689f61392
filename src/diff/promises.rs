//! The promises measured rather than compared field by field: the minutes
//! a network is staffed, its response time, each playbook's reply deadline
//! on each network, the crisis levels' approvers, deadlines and cadence,
//! and who each crisis scenario escalates to and when. Weakening any of
//! them is a breaking change, recorded on the field that carries it.

use std::collections::BTreeMap;

use super::classify::Differ;
use super::entities::Section;
use super::message::{Message, Part};
use crate::model::{Network, Playbook, Schedule};
use crate::replies::Reach;
use crate::time::MINUTES_PER_WEEK;

/// The items of `list` by their id; of two with one id, the first.
fn by_id<T>(list: &[T], id: impl Fn(&T) -> &str) -> BTreeMap<&str, &T> {
    let mut map = BTreeMap::new();
    for item in list {
        map.entry(id(item)).or_insert(item);
    }
    map
}

/// Which minutes of the week (from Monday 00:00) a schedule staffs.
fn coverage(schedule: &Schedule) -> Vec<bool> {
    let mut minutes = vec![schedule.is_always(); MINUTES_PER_WEEK as usize];
    for (from, to) in schedule.week_spans() {
        for m in from.max(0)..to.min(MINUTES_PER_WEEK) {
            minutes[m as usize] = true;
        }
    }
    minutes
}

/// An id as a message's value.
fn code(id: &str) -> Part {
    Part::Code(id.to_string())
}

/// A level as a message's value: a number, or as written when it is past
/// what a number holds (a scenario's level is checked by rules, not here).
fn number(n: u64) -> Part {
    i64::try_from(n).map_or_else(|_| Part::Value(n.into()), Part::Number)
}

/// A promise lengthened from `before` to `after` minutes, on `id`.
fn lengthened(key: &'static str, id: Part, before: i64, after: i64) -> Message {
    let args = vec![
        ("id", id),
        ("before", Part::Duration(before)),
        ("after", Part::Duration(after)),
    ];
    Message::new(key, args)
}

impl Differ<'_> {
    /// Networks' staffed hours and response times, playbooks' reach and
    /// reply deadlines, and what each crisis level promises.
    pub(crate) fn promises(&mut self) {
        let (old, new) = (self.old, self.new);
        // Looked up by id, so that a strategy of thousands of networks and
        // playbooks costs their number, not its square or cube.
        let new_networks = by_id(&new.networks, |n| n.id.as_str());
        let new_playbooks = by_id(&new.playbooks, |p| p.id.as_str());
        // Coverage is a week of minutes: worked out for one network at a
        // time, never kept for every schedule of a file at once.
        let (old_schedules, new_schedules) = (
            by_id(&old.schedules, |x| x.id.as_str()),
            by_id(&new.schedules, |x| x.id.as_str()),
        );
        let schedule = |by_id: &BTreeMap<&str, &Schedule>, n: &Network| {
            by_id.get(n.schedule.as_str()).map(|x| coverage(x))
        };
        for n_old in &old.networks {
            let Some(n_new) = new_networks.get(n_old.id.as_str()).copied() else {
                continue;
            };
            let id = n_old.id.as_str();
            // Any minute of the week staffed before and not now is a
            // weakened promise, even when the total stays the same.
            if let (Some(b), Some(a)) = (
                schedule(&old_schedules, n_old),
                schedule(&new_schedules, n_new),
            ) && let lost = b.iter().zip(&a).filter(|(was, is)| **was && !**is).count()
                && lost > 0
            {
                let field = if n_old.schedule == n_new.schedule {
                    "availability"
                } else {
                    "schedule"
                };
                let total = |c: &[bool]| c.iter().filter(|m| **m).count() as i64;
                let message = if total(&a) < total(&b) {
                    let args = vec![
                        ("id", code(id)),
                        ("before", Part::Weekly(total(&b))),
                        ("after", Part::Weekly(total(&a))),
                    ];
                    Message::new("availability_reduced", args)
                } else {
                    let args = vec![("id", code(id)), ("lost", Part::Hours(lost as i64))];
                    Message::new("availability_moved", args)
                };
                self.promise(Section::Network, id, field, message);
            }
            if let (Some(b), Some(a)) = (
                n_old.response_time.get().copied(),
                n_new.response_time.get().copied(),
            ) && a > b
            {
                self.promise(
                    Section::Network,
                    id,
                    "response_time",
                    lengthened("response_time", code(id), b, a),
                );
            }
        }
        let deadline = |p: &Playbook, n: &Network| {
            p.respond_within
                .as_ref()
                .unwrap_or(&n.response_time)
                .get()
                .copied()
        };
        for p_old in &old.playbooks {
            let Some(p_new) = new_playbooks.get(p_old.id.as_str()).copied() else {
                continue;
            };
            let id = p_old.id.as_str();
            let reach_new = Reach::playbook(p_new);
            for n_old in Reach::playbook(p_old).networks(old) {
                let Some(n_new) = new_networks.get(n_old.id.as_str()).copied() else {
                    continue;
                };
                if !reach_new.contains(n_new.id.as_str()) {
                    let args = vec![("id", code(id)), ("network", code(n_old.id.as_str()))];
                    let message = Message::new("playbook_network", args);
                    self.promise(Section::Playbook, id, "networks", message);
                    continue;
                }
                // A deadline that follows the network's response time is
                // reported once, on the network.
                if p_old.respond_within.is_none() && p_new.respond_within.is_none() {
                    continue;
                }
                if let (Some(b), Some(a)) = (deadline(p_old, n_old), deadline(p_new, n_new))
                    && a > b
                {
                    let mut message = lengthened("playbook_deadline", code(id), b, a);
                    message.args.push(("network", code(n_old.id.as_str())));
                    self.promise(Section::Playbook, id, "respond_within", message);
                }
            }
        }
        let (Some(c_old), Some(c_new)) = (&old.crisis, &new.crisis) else {
            return;
        };
        for l_old in &c_old.levels {
            let Some(l_new) = c_new.levels.iter().find(|l| l.level == l_old.level) else {
                continue;
            };
            let id = l_old.level.to_string();
            let level = || Part::Number(i64::from(l_old.level));
            let mut promise = |field: &str, message: Message| {
                self.promise(Section::CrisisLevel, &id, field, message);
            };
            for approver in &l_old.approvers {
                if !l_new.approvers.contains(approver) {
                    let args = vec![("level", level()), ("role", code(approver.as_str()))];
                    promise("approvers", Message::new("approver_removed", args));
                }
            }
            let pairs = [
                (
                    "level_deadline",
                    "respond_within",
                    Some(&l_old.respond_within),
                    Some(&l_new.respond_within),
                ),
                (
                    "level_cadence",
                    "update_every",
                    l_old.update_every.as_ref(),
                    l_new.update_every.as_ref(),
                ),
            ];
            if l_old.update_every.is_some() && l_new.update_every.is_none() {
                let args = vec![("level", level())];
                promise("update_every", Message::new("level_updates", args));
            }
            for (key, field, b, a) in pairs {
                let (Some(b), Some(a)) = (
                    b.and_then(|d| d.get().copied()),
                    a.and_then(|d| d.get().copied()),
                ) else {
                    continue;
                };
                if a > b {
                    promise(field, lengthened(key, level(), b, a));
                }
            }
            if l_old.pause_scheduled_posts == Some(true)
                && l_new.pause_scheduled_posts != Some(true)
            {
                let args = vec![("level", level())];
                promise("pause_scheduled_posts", Message::new("level_pause", args));
            }
        }
    }

    /// Scenarios handled at a lower level, and escalation ladders that tell
    /// a role later than before, or not at all.
    pub(crate) fn scenarios(&mut self) {
        let (Some(c_old), Some(c_new)) = (&self.old.crisis, &self.new.crisis) else {
            return;
        };
        for s_old in &c_old.scenarios {
            let Some(s_new) = c_new.scenarios.iter().find(|s| s.id == s_old.id) else {
                continue;
            };
            let id = s_old.id.as_str();
            if s_new.level < s_old.level {
                let args = vec![
                    ("id", code(id)),
                    ("before", number(s_old.level)),
                    ("after", number(s_new.level)),
                ];
                let message = Message::new("scenario_lowered", args);
                self.promise(Section::CrisisScenario, id, "level", message);
            }
            let notified = |s: &crate::model::Scenario, role: &crate::model::Id| {
                s.escalation
                    .iter()
                    .filter(|e| e.notify.contains(role))
                    .filter_map(|e| e.after.get().copied())
                    .min()
            };
            let mut roles: Vec<&crate::model::Id> =
                s_old.escalation.iter().flat_map(|e| &e.notify).collect();
            roles.sort();
            roles.dedup();
            for role in roles {
                let (Some(b), a) = (notified(s_old, role), notified(s_new, role)) else {
                    continue;
                };
                let mut args = vec![("id", code(id)), ("role", code(role.as_str()))];
                let message = match a {
                    None => Message::new("scenario_unnotified", args),
                    Some(a) if a > b => {
                        args.extend([("before", Part::After(b)), ("after", Part::After(a))]);
                        Message::new("scenario_later", args)
                    }
                    Some(_) => continue,
                };
                self.promise(Section::CrisisScenario, id, "escalation", message);
            }
        }
        let new_playbooks = by_id(&self.new.playbooks, |p| p.id.as_str());
        for p_old in &self.old.playbooks {
            if let Some(p_new) = new_playbooks.get(p_old.id.as_str())
                && p_new.kind != p_old.kind
            {
                let kind = |p: &Playbook| Part::Code(crate::model::file_name(&p.kind));
                let args = vec![
                    ("id", code(p_old.id.as_str())),
                    ("before", kind(p_old)),
                    ("after", kind(p_new)),
                ];
                let message = Message::new("playbook_kind", args);
                self.promise(Section::Playbook, p_old.id.as_str(), "kind", message);
            }
        }
    }
}
