//! The crisis page: severity levels with their statements and all-clear
//! criteria, scenarios with their escalation timelines, and the debrief.

use serde::Serialize;

use super::{Builder, RoleRef};
use crate::model;

#[derive(Debug, Clone, Serialize)]
pub struct CrisisView {
    pub levels: Vec<LevelView>,
    pub scenarios: Vec<ScenarioView>,
    /// The post-incident review checklist.
    pub debrief: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelView {
    pub level: u8,
    pub name: String,
    pub description: String,
    pub respond_within: String,
    pub update_every: Option<String>,
    pub approvers: Vec<RoleRef>,
    pub pause_scheduled_posts: bool,
    /// The update posted at each `update_every`, with placeholders.
    pub update_template: Option<String>,
    /// The statement that closes the crisis, with placeholders.
    pub resolution_template: Option<String>,
    pub all_clear: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineStep {
    /// "T+0", "T+30 min".
    pub at: String,
    pub notify: Vec<RoleRef>,
    /// How to reach them.
    pub via: Option<String>,
    /// How long they have to answer before their backup is called.
    pub respond_within: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScenarioView {
    pub id: String,
    pub name: String,
    pub level: u64,
    pub level_name: String,
    pub signals: Vec<String>,
    pub owner: RoleRef,
    pub holding_statement: String,
    pub steps: Vec<String>,
    pub dont: Vec<String>,
    pub timeline: Vec<TimelineStep>,
}

impl Builder<'_> {
    pub(super) fn crisis(&self) -> Option<CrisisView> {
        let c = self.s.crisis.as_ref()?;
        if c.levels.is_empty() && c.scenarios.is_empty() {
            return None;
        }
        let mut levels: Vec<&model::Level> = c.levels.iter().collect();
        levels.sort_by_key(|l| l.level);
        Some(CrisisView {
            levels: levels
                .iter()
                .map(|l| LevelView {
                    level: l.level,
                    name: l.name.clone(),
                    description: l.description.clone(),
                    respond_within: self.duration(&l.respond_within),
                    update_every: l.update_every.as_ref().map(|u| self.every(u)),
                    approvers: l.approvers.iter().map(|a| self.role(a)).collect(),
                    pause_scheduled_posts: l.pause_scheduled_posts == Some(true),
                    update_template: l
                        .update_template
                        .as_ref()
                        .map(|t| self.with_placeholders(t.as_str())),
                    resolution_template: l
                        .resolution_template
                        .as_ref()
                        .map(|t| self.with_placeholders(t.as_str())),
                    all_clear: l.all_clear.clone(),
                })
                .collect(),
            scenarios: c
                .scenarios
                .iter()
                .map(|sc| ScenarioView {
                    id: sc.id.to_string(),
                    name: sc.name.clone(),
                    level: sc.level,
                    level_name: c
                        .levels
                        .iter()
                        .find(|l| u64::from(l.level) == sc.level)
                        .map(|l| l.name.clone())
                        .unwrap_or_default(),
                    signals: sc.signals.clone(),
                    owner: self.role(&sc.owner),
                    holding_statement: self.with_placeholders(sc.holding_statement.as_str()),
                    steps: sc.steps.clone(),
                    dont: sc.dont.clone(),
                    timeline: sc
                        .escalation
                        .iter()
                        .map(|e| TimelineStep {
                            // A strategy with errors is not rendered: `after`
                            // is a valid duration here.
                            at: e.after.get().map(|m| self.t.moment(*m)).unwrap_or_default(),
                            notify: e.notify.iter().map(|r| self.role(r)).collect(),
                            via: e.via.clone(),
                            respond_within: e.respond_within.as_ref().map(|d| self.duration(d)),
                        })
                        .collect(),
                })
                .collect(),
            debrief: c.debrief.clone(),
        })
    }
}
