//! The guide's context: everything the templates show, computed once from a
//! validated `Strategy` (effective voices, staffed hours, deadlines, reply
//! lengths, escalation timelines) and worded in the guide's language.
//! Templates only lay it out.

mod availability;
mod contacts;
mod crisis;
mod measurement;
mod networks;
mod personas;
mod playbooks;
mod publishing;
mod shift;
mod surfaces;
mod voice;

pub use availability::{ClosedView, DayHours, ScheduleView};
pub use contacts::RoleView;
pub use crisis::{CrisisView, LevelView, ScenarioView, TimelineStep};
pub use measurement::MetricView;
pub use networks::NetworkView;
pub use personas::PersonaView;
pub use playbooks::{Deadline, PlaybookGroup, PlaybookView, ReplyLength, ReplyView};
pub use publishing::{EventView, PauseView, PublishingView, SeriesView, Share};
pub use shift::{CallView, DeadlineRow, PlaybookLink, ShiftView, TriageView};
pub use voice::{NetworkVoice, VoiceAspect, VoiceView};

use std::collections::BTreeMap;

use serde::Serialize;

use super::i18n::{Arg, Catalogue};
use super::markdown::{CLOSE, OPEN, strip_markers};
use crate::model::{self, Network, Strategy};
use crate::replies::{self, VARIABLES};
use crate::time::MINUTES_PER_DAY;

/// A closed value as written in the file and as worded in the guide.
#[derive(Debug, Clone, Serialize)]
pub struct Label {
    pub value: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct GuideContext {
    /// `language`, `direction` and the fixed wording `t`.
    #[serde(flatten)]
    pub wording: Catalogue,
    /// The strategy file's name (never a path: output must not depend on
    /// where the file sits).
    pub source: String,
    pub strategy: Overview,
    pub voice: VoiceView,
    pub network_voices: Vec<NetworkVoice>,
    pub personas: Vec<PersonaView>,
    pub networks: Vec<NetworkView>,
    pub schedules: Vec<ScheduleView>,
    pub playbook_groups: Vec<PlaybookGroup>,
    /// The "On shift" page, made of the playbooks.
    pub shift: ShiftView,
    pub crisis: Option<CrisisView>,
    /// The content calendar's page, when the strategy has a calendar.
    pub publishing: Option<PublishingView>,
    pub metrics: Vec<MetricView>,
    pub roles: Vec<RoleView>,
    /// The title of each picture the book has, by name (`staffing`):
    /// templates show one with `picture("staffing")`.
    pub pictures: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Overview {
    pub id: String,
    pub name: String,
    pub version: String,
    pub owner: String,
    pub description: Option<String>,
    pub values: Vec<String>,
    pub objectives: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NetworkRef {
    pub id: String,
    pub platform: Label,
    pub handle: String,
    /// "Instagram @handle".
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoleRef {
    pub id: String,
    pub name: String,
    pub contact: String,
    /// Who stands in when the role cannot be reached (without a backup of
    /// its own: one level is what a reader under stress follows).
    pub backup: Option<Box<RoleRef>>,
}

/// The wording of a closed value: the serde name looked up in `table`.
fn label<T: Serialize>(t: &Catalogue, table: &str, value: &T) -> Label {
    let value = model::file_name(value);
    Label {
        label: t.text(&format!("{table}.{value}")),
        value,
    }
}

struct Builder<'a> {
    s: &'a Strategy,
    t: &'a Catalogue,
}

impl<'a> Builder<'a> {
    fn duration(&self, duration: &model::Duration) -> String {
        match duration.get() {
            Some(&minutes) => self.t.duration(minutes, true),
            None => duration.to_string(),
        }
    }

    /// "every 2 hours", "every day": the unit and its count let a language
    /// agree with them ("toutes les heures", "tous les jours").
    fn every(&self, duration: &model::Duration) -> String {
        let text = self.duration(duration);
        let (unit, n) = match duration.get() {
            Some(&m) if m > 0 && m % MINUTES_PER_DAY == 0 => ("day", m / MINUTES_PER_DAY),
            Some(&m) if m > 0 && m % 60 == 0 && m < MINUTES_PER_DAY => ("hour", m / 60),
            Some(&m) if m > 0 && m < 60 => ("minute", m),
            _ => ("mixed", 0),
        };
        self.t.fill_with(
            "crisis.every",
            &[
                ("duration", Arg::Text(&text)),
                ("unit", Arg::Text(unit)),
                ("n", Arg::Number(n)),
            ],
        )
    }

    fn network_ref(&self, n: &Network) -> NetworkRef {
        let platform = label(self.t, "platform", &n.platform);
        NetworkRef {
            id: n.id.to_string(),
            label: self.t.isolate(format!("{} {}", platform.label, n.handle)),
            platform,
            handle: n.handle.clone(),
        }
    }

    fn networks_named(&self, ids: &[model::Id]) -> Vec<NetworkRef> {
        self.s
            .networks
            .iter()
            .filter(|n| ids.contains(&n.id))
            .map(|n| self.network_ref(n))
            .collect()
    }

    fn role(&self, id: &model::Id) -> RoleRef {
        let backup = self
            .s
            .roles
            .iter()
            .find(|r| r.id == *id)
            .and_then(|r| r.backup.as_ref())
            .map(|b| Box::new(self.role_alone(b)));
        RoleRef {
            backup,
            ..self.role_alone(id)
        }
    }

    /// A role's name and contact, without its backup.
    fn role_alone(&self, id: &model::Id) -> RoleRef {
        let found = self.s.roles.iter().find(|r| r.id == *id);
        RoleRef {
            id: id.to_string(),
            name: found.map_or_else(|| id.to_string(), |r| r.name.clone()),
            contact: found.map(|r| r.contact.clone()).unwrap_or_default(),
            backup: None,
        }
    }

    /// A template shown with its variables as placeholders (the brand's name
    /// is known and shown as is).
    fn with_placeholders(&self, text: &str) -> String {
        let env = replies::environment();
        let mut values: BTreeMap<&str, String> = VARIABLES
            .iter()
            .map(|v| (*v, format!("{OPEN}{v}{CLOSE}")))
            .collect();
        values.insert("brand", self.s.name.clone());
        let text = strip_markers(text);
        replies::render(env, &text, minijinja::Value::from(values)).unwrap_or(text)
    }
}

impl GuideContext {
    /// The context for `strategy`, read from the file named `source`.
    pub fn new(strategy: &Strategy, source: &str, t: &Catalogue) -> GuideContext {
        let b = Builder { s: strategy, t };
        let playbook_groups = b.playbooks();
        GuideContext {
            wording: t.clone(),
            source: source.to_string(),
            strategy: Overview {
                id: strategy.id.to_string(),
                name: strategy.name.clone(),
                version: strategy.version.to_string(),
                owner: strategy.owner.clone(),
                description: strategy.description.clone(),
                values: strategy.values.clone(),
                objectives: strategy.objectives.clone(),
            },
            voice: b.voice(),
            network_voices: strategy
                .networks
                .iter()
                .map(|n| b.network_voice(n))
                .collect(),
            personas: b.personas(),
            networks: b.networks(),
            schedules: strategy.schedules.iter().map(|s| b.schedule(s)).collect(),
            shift: b.shift(&playbook_groups),
            playbook_groups,
            crisis: b.crisis(),
            publishing: b.publishing(),
            metrics: b.metrics(),
            roles: b.roles(),
            pictures: BTreeMap::new(),
        }
    }
}
