//! The guide's context: everything the templates show, computed once from a
//! validated `Strategy` (effective voices, week grids, deadlines, reply
//! lengths, escalation timelines) and worded in the guide's language.
//! Templates only lay it out.

use std::collections::BTreeMap;

use serde::Serialize;

use super::i18n::Catalogue;
use super::markdown::{CLOSE, OPEN, strip_markers};
use crate::model::{self, Network, PlaybookKind, Strategy};
use crate::platforms::Counting;
use crate::replies::{self, VARIABLES};
use crate::time::{self, MINUTES_PER_DAY, WEEKDAY_NAMES};

/// A closed value as written in the file and as worded in the guide.
#[derive(Debug, Clone, Serialize)]
pub struct Label {
    pub value: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct GuideContext {
    /// BCP 47 tag of the strategy.
    pub language: String,
    /// `ltr` or `rtl`.
    pub direction: &'static str,
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
    pub crisis: Option<CrisisView>,
    pub metrics: Vec<MetricView>,
    pub roles: Vec<RoleView>,
    /// The fixed wording, `t.part.voice`.
    pub t: BTreeMap<String, toml::Value>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    pub id: String,
    pub name: String,
    pub version: String,
    pub owner: String,
    pub description: Option<String>,
    pub values: Vec<String>,
    pub objectives: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct VoiceView {
    pub person: Label,
    pub formality: Label,
    pub humor: Label,
    pub emoji: Label,
    /// The sign-off with placeholders.
    pub sign_off: Option<String>,
    pub avoid: Vec<String>,
    pub traits: Vec<model::Trait>,
    pub substitutions: Vec<model::Substitution>,
}

/// One aspect of a network's effective voice.
#[derive(Debug, Clone, Serialize)]
pub struct VoiceAspect {
    pub value: String,
    pub label: String,
    /// Set on this network, not inherited from the brand voice.
    pub overridden: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct NetworkVoice {
    pub network: NetworkRef,
    pub person: VoiceAspect,
    pub formality: VoiceAspect,
    pub humor: VoiceAspect,
    pub emoji: VoiceAspect,
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
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonaView {
    pub id: String,
    pub name: String,
    pub description: String,
    pub networks: Vec<NetworkRef>,
    pub needs: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NetworkView {
    #[serde(flatten)]
    pub network: NetworkRef,
    pub audience: String,
    pub purpose: Vec<String>,
    pub voice: NetworkVoice,
    pub schedule: String,
    pub statement: String,
    pub response_time: String,
    pub reply_limit: String,
}

/// One hour of the week grid (a row: narrow enough for any page).
#[derive(Debug, Clone, Serialize)]
pub struct GridRow {
    /// "08:00".
    pub hour: String,
    /// One symbol per day, in week order: `●` whole hour, `◐` part, `·` nobody.
    pub cells: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayHours {
    /// "Monday to Friday".
    pub days: String,
    /// "09:00–12:30, 13:30–18:00", or the word for closed.
    pub hours: String,
    pub staffed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScheduleView {
    pub id: String,
    pub zone: String,
    pub always: bool,
    /// Short day names, in week order: the grid's columns.
    pub grid_days: Vec<String>,
    pub grid: Vec<GridRow>,
    pub hours: Vec<DayHours>,
    pub closed: Vec<String>,
    pub statement: String,
    pub out_of_hours_reply: Option<String>,
    pub per_week: String,
    pub networks: Vec<NetworkRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlaybookGroup {
    pub kind: Label,
    pub playbooks: Vec<PlaybookView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Deadline {
    pub network: NetworkRef,
    pub within: String,
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
    pub owner: RoleRef,
    pub automation: Label,
    pub steps: Vec<String>,
    pub r#do: Vec<String>,
    pub dont: Vec<String>,
    pub escalate_to: Option<RoleRef>,
    pub escalate_when: Vec<String>,
    pub replies: Vec<ReplyView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CrisisView {
    pub levels: Vec<LevelView>,
    pub scenarios: Vec<ScenarioView>,
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
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineStep {
    /// "T+0", "T+30 min".
    pub at: String,
    pub notify: Vec<RoleRef>,
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

#[derive(Debug, Clone, Serialize)]
pub struct MetricView {
    pub id: String,
    pub name: String,
    pub measure: Label,
    pub target: String,
    /// Empty when it covers every network.
    pub networks: Vec<NetworkRef>,
    pub review: Label,
    pub owner: RoleRef,
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoleView {
    pub id: String,
    pub name: String,
    pub contact: String,
    pub backup: Option<RoleRef>,
}

/// The wording of a closed value: the serde name looked up in `table`.
fn label<T: Serialize>(t: &Catalogue, table: &str, value: &T) -> Label {
    let value = model::file_name(value);
    Label {
        label: t.text(&format!("{table}.{value}")).to_string(),
        value,
    }
}

struct Builder<'a> {
    s: &'a Strategy,
    t: &'a Catalogue,
}

impl<'a> Builder<'a> {
    /// In a right-to-left guide, keep a left-to-right run (a handle, a time
    /// range) in one piece and in its own order: Unicode isolates, so that
    /// `X @brand` stays together in a list separated by Arabic commas and
    /// `09:00–18:00` does not turn around. Invisible, and absent from
    /// left-to-right guides.
    fn isolate(&self, text: String) -> String {
        if self.t.direction == "rtl" {
            format!("\u{2066}{text}\u{2069}")
        } else {
            text
        }
    }

    fn duration(&self, text: &str) -> String {
        match time::parse_duration(text) {
            Ok(minutes) => self.minutes(minutes, true),
            Err(_) => text.to_string(),
        }
    }

    /// "1 h 30 min"; days only when `with_days`.
    fn minutes(&self, minutes: i64, with_days: bool) -> String {
        if minutes == 0 {
            return self.t.text("duration.zero").to_string();
        }
        let days = if with_days {
            minutes / MINUTES_PER_DAY
        } else {
            0
        };
        let rest = minutes - days * MINUTES_PER_DAY;
        let parts = [
            ("duration.days", days),
            ("duration.hours", rest / 60),
            ("duration.minutes", rest % 60),
        ];
        parts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(key, n)| self.t.fill(key, &[("n", &n.to_string())]))
            .collect::<Vec<_>>()
            .join(&self.t.text("duration.separator"))
    }

    fn network_ref(&self, n: &Network) -> NetworkRef {
        let platform = label(self.t, "platform", &n.platform);
        NetworkRef {
            id: n.id.to_string(),
            label: self.isolate(format!("{} {}", platform.label, n.handle)),
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
        let found = self.s.roles.iter().find(|r| r.id == *id);
        RoleRef {
            id: id.to_string(),
            name: found.map_or_else(|| id.to_string(), |r| r.name.clone()),
            contact: found.map(|r| r.contact.clone()).unwrap_or_default(),
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
        replies::render(
            env,
            &text,
            minijinja::Value::from(minijinja::value::Serde(&values)),
        )
        .unwrap_or(text)
    }

    fn voice(&self) -> VoiceView {
        let v = &self.s.voice;
        VoiceView {
            person: label(self.t, "person", &v.person),
            formality: label(self.t, "formality", &v.formality),
            humor: label(self.t, "humor", &v.humor),
            emoji: label(self.t, "emoji", &v.emoji),
            sign_off: v
                .sign_off
                .as_ref()
                .map(|s| self.with_placeholders(s.as_str())),
            avoid: v.avoid.clone(),
            traits: v.traits.clone(),
            substitutions: v.substitutions.clone(),
        }
    }

    fn network_voice(&self, n: &Network) -> NetworkVoice {
        let brand = &self.s.voice;
        let o = n.voice.clone().unwrap_or_default();
        fn aspect<T: Serialize + Copy>(
            t: &Catalogue,
            table: &str,
            own: Option<T>,
            brand: T,
        ) -> VoiceAspect {
            let l = label(t, table, &own.unwrap_or(brand));
            VoiceAspect {
                value: l.value,
                label: l.label,
                overridden: own.is_some(),
            }
        }
        NetworkVoice {
            network: self.network_ref(n),
            person: aspect(self.t, "person", o.person, brand.person),
            formality: aspect(self.t, "formality", o.formality, brand.formality),
            humor: aspect(self.t, "humor", o.humor, brand.humor),
            emoji: aspect(self.t, "emoji", o.emoji, brand.emoji),
        }
    }

    fn networks(&self) -> Vec<NetworkView> {
        self.s
            .networks
            .iter()
            .map(|n| {
                let entry = crate::platforms::lookup(n.platform);
                let counting = self.t.text(match entry.counting {
                    Counting::Characters => "counting.characters",
                    Counting::CharactersUrl23 => "counting.characters-url-23",
                    Counting::Graphemes => "counting.graphemes",
                    Counting::XWeighted => "counting.x-weighted",
                });
                let reply_limit = match (n.reply_limit, entry.limit) {
                    (Some(own), _) => self.t.fill(
                        "networks.reply_limit_own",
                        &[("limit", &own.to_string()), ("counting", &counting)],
                    ),
                    (None, Some(limit)) => self.t.fill(
                        "networks.reply_limit_value",
                        &[("limit", &limit.to_string()), ("counting", &counting)],
                    ),
                    (None, None) => self.t.text("networks.reply_limit_none").to_string(),
                };
                let schedule = self.s.schedules.iter().find(|s| s.id == n.schedule);
                NetworkView {
                    network: self.network_ref(n),
                    audience: n.audience.clone(),
                    purpose: n.purpose.clone(),
                    voice: self.network_voice(n),
                    schedule: n.schedule.to_string(),
                    statement: schedule.map(|s| s.statement.clone()).unwrap_or_default(),
                    response_time: self.t.fill(
                        "networks.response_time_value",
                        &[("duration", &self.duration(n.response_time.as_str()))],
                    ),
                    reply_limit,
                }
            })
            .collect()
    }

    fn personas(&self) -> Vec<PersonaView> {
        self.s
            .personas
            .iter()
            .map(|p| PersonaView {
                id: p.id.to_string(),
                name: p.name.clone(),
                description: p.description.clone(),
                networks: self.networks_named(&p.networks),
                needs: p.needs.clone(),
            })
            .collect()
    }

    /// The weekdays in the catalogue's week order.
    fn week(&self) -> Vec<usize> {
        let first = WEEKDAY_NAMES
            .iter()
            .position(|d| *d == self.t.text("week_starts"))
            .unwrap_or(0);
        (0..7).map(|i| (first + i) % 7).collect()
    }

    fn date(&self, date: &str) -> String {
        date.parse::<jiff::civil::Date>()
            .map_or_else(|_| date.to_string(), |d| self.t.date(d))
    }

    /// "Monday", "Saturday and Sunday", "Monday to Friday".
    fn day_group(&self, days: &[usize]) -> String {
        let name = |d: usize| self.t.text(&format!("weekday.{}", WEEKDAY_NAMES[d]));
        match days {
            [] => String::new(),
            [one] => name(*one).to_string(),
            [a, b] => self
                .t
                .fill("list_and", &[("a", &name(*a)), ("b", &name(*b))]),
            [first, .., last] => self.t.fill(
                "day_range",
                &[("from", &name(*first)), ("to", &name(*last))],
            ),
        }
    }

    fn schedule(&self, schedule: &model::Schedule) -> ScheduleView {
        let clock = |m: i64| format!("{:02}:{:02}", m / 60, m % 60);
        // Staffed minutes of each day, merged: [(from, to)] per weekday.
        let mut days: Vec<Vec<(i64, i64)>> = vec![Vec::new(); 7];
        if schedule.is_always() {
            days.iter_mut().for_each(|d| d.push((0, MINUTES_PER_DAY)));
        } else {
            for (_, day, from, to) in schedule.day_windows("") {
                if to > from {
                    days[day as usize].push((from, to));
                }
            }
        }
        for windows in &mut days {
            windows.sort_unstable();
            let mut merged: Vec<(i64, i64)> = Vec::new();
            for (from, to) in windows.drain(..) {
                match merged.last_mut() {
                    Some(last) if from <= last.1 => last.1 = last.1.max(to),
                    _ => merged.push((from, to)),
                }
            }
            *windows = merged;
        }
        let week = self.week();
        let grid = (0..24)
            .map(|h| GridRow {
                hour: format!("{h:02}:00"),
                cells: week
                    .iter()
                    .map(|&d| {
                        let (start, end) = (h * 60, h * 60 + 60);
                        let staffed: i64 = days[d]
                            .iter()
                            .map(|(f, t)| (end.min(*t) - start.max(*f)).max(0))
                            .sum();
                        match staffed {
                            60.. => "●",
                            1.. => "◐",
                            _ => "·",
                        }
                    })
                    .collect(),
            })
            .collect();
        let grid_days = week
            .iter()
            .map(|&d| self.t.text(&format!("weekday_short.{}", WEEKDAY_NAMES[d])))
            .collect();
        // Consecutive days (in week order) with the same hours share a line.
        let mut hours: Vec<(Vec<usize>, String)> = Vec::new();
        for &d in &week {
            let text = if days[d].is_empty() {
                self.t.text("availability.closed_day").to_string()
            } else {
                days[d]
                    .iter()
                    .map(|(f, t)| self.isolate(format!("{}–{}", clock(*f), clock(*t))))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            match hours.last_mut() {
                Some((group, last)) if *last == text => group.push(d),
                _ => hours.push((vec![d], text)),
            }
        }
        let per_week: i64 = days.iter().flatten().map(|(f, t)| t - f).sum();
        let mut closed: Vec<&model::Date> = schedule.closed.iter().collect();
        closed.sort();
        ScheduleView {
            id: schedule.id.to_string(),
            zone: schedule
                .timezone
                .as_ref()
                .unwrap_or(&self.s.timezone)
                .to_string(),
            always: schedule.is_always(),
            grid_days,
            grid,
            hours: hours
                .into_iter()
                .map(|(group, text)| DayHours {
                    days: self.day_group(&group),
                    staffed: !days[group[0]].is_empty(),
                    hours: text,
                })
                .collect(),
            closed: closed.iter().map(|d| self.date(d.as_str())).collect(),
            statement: schedule.statement.clone(),
            out_of_hours_reply: schedule
                .out_of_hours_reply
                .as_ref()
                .map(|r| self.with_placeholders(r.as_str())),
            per_week: self.t.fill(
                "availability.per_week",
                &[("duration", &self.minutes(per_week, false))],
            ),
            networks: self
                .s
                .networks
                .iter()
                .filter(|n| n.schedule == schedule.id)
                .map(|n| self.network_ref(n))
                .collect(),
        }
    }

    fn playbooks(&self) -> Vec<PlaybookGroup> {
        let env = replies::environment();
        let sign_off = self.s.voice.sign_off.as_ref().map(model::Template::as_str);
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
                    .map(|p| {
                        let applies: Vec<&Network> = self
                            .s
                            .networks
                            .iter()
                            .filter(|n| replies::applies_to(p, n.id.as_str()))
                            .collect();
                        PlaybookView {
                            id: p.id.to_string(),
                            title: p.title.clone(),
                            networks: match &p.networks {
                                Some(ids) => self.networks_named(ids),
                                None => Vec::new(),
                            },
                            deadlines: applies
                                .iter()
                                .map(|n| Deadline {
                                    network: self.network_ref(n),
                                    within: self.duration(
                                        p.respond_within
                                            .as_ref()
                                            .unwrap_or(&n.response_time)
                                            .as_str(),
                                    ),
                                })
                                .collect(),
                            owner: self.role(&p.owner),
                            automation: label(
                                self.t,
                                "automation",
                                &p.automation.unwrap_or_default(),
                            ),
                            steps: p.steps.clone(),
                            r#do: p.r#do.clone(),
                            dont: p.dont.clone(),
                            escalate_to: p.escalate_to.as_ref().map(|r| self.role(r)),
                            escalate_when: p.escalate_when.clone(),
                            replies: p
                                .replies
                                .iter()
                                .map(|r| {
                                    let networks = replies::reply_networks(self.s, p, r);
                                    let mut text = self.with_placeholders(r.text.as_str());
                                    if let Some(sign_off) = sign_off {
                                        text.push('\n');
                                        text.push_str(&self.with_placeholders(sign_off));
                                    }
                                    ReplyView {
                                        channel: label(self.t, "playbooks", &r.channel),
                                        text,
                                        lengths: networks
                                            .iter()
                                            .filter_map(|n| {
                                                let text =
                                                    env.template_from_str(r.text.as_str()).ok()?;
                                                let sign_off = match sign_off {
                                                    Some(t) => Some(env.template_from_str(t).ok()?),
                                                    None => None,
                                                };
                                                let length = replies::length_on(
                                                    self.s,
                                                    &text,
                                                    sign_off.as_ref(),
                                                    n,
                                                )
                                                .ok()??;
                                                Some(ReplyLength {
                                                    network: self.network_ref(n),
                                                    count: length.count,
                                                    limit: length.limit,
                                                    over: length.count > length.limit,
                                                })
                                            })
                                            .collect(),
                                        networks: networks
                                            .iter()
                                            .map(|n| self.network_ref(n))
                                            .collect(),
                                    }
                                })
                                .collect(),
                        }
                    })
                    .collect(),
            })
            .collect()
    }

    fn crisis(&self) -> Option<CrisisView> {
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
                    respond_within: self.duration(l.respond_within.as_str()),
                    update_every: l.update_every.as_ref().map(|u| {
                        self.t
                            .fill("crisis.every", &[("duration", &self.duration(u.as_str()))])
                    }),
                    approvers: l.approvers.iter().map(|a| self.role(a)).collect(),
                    pause_scheduled_posts: l.pause_scheduled_posts == Some(true),
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
                            at: match time::parse_duration(e.after.as_str()) {
                                Ok(0) => "T+0".to_string(),
                                Ok(m) => format!("T+{}", self.minutes(m, true)),
                                Err(_) => format!("T+{}", e.after),
                            },
                            notify: e.notify.iter().map(|r| self.role(r)).collect(),
                        })
                        .collect(),
                })
                .collect(),
        })
    }

    fn metrics(&self) -> Vec<MetricView> {
        self.s
            .metrics
            .iter()
            .map(|m| MetricView {
                id: m.id.to_string(),
                name: m.name.clone(),
                measure: label(self.t, "measure", &m.measure),
                target: m.target.clone(),
                networks: m
                    .networks
                    .as_ref()
                    .map(|ids| self.networks_named(ids))
                    .unwrap_or_default(),
                review: label(self.t, "review", &m.review),
                owner: self.role(&m.owner),
                source: m.source.clone(),
            })
            .collect()
    }

    fn roles(&self) -> Vec<RoleView> {
        self.s
            .roles
            .iter()
            .map(|r| RoleView {
                id: r.id.to_string(),
                name: r.name.clone(),
                contact: r.contact.clone(),
                backup: r.backup.as_ref().map(|b| self.role(b)),
            })
            .collect()
    }
}

impl GuideContext {
    /// The context for `strategy`, read from the file named `source`.
    pub fn new(strategy: &Strategy, source: &str, t: &Catalogue) -> GuideContext {
        let b = Builder { s: strategy, t };
        GuideContext {
            language: t.language.clone(),
            direction: t.direction,
            source: source.to_string(),
            strategy: Overview {
                id: strategy.id.to_string(),
                name: strategy.name.clone(),
                version: strategy.version.clone(),
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
            playbook_groups: b.playbooks(),
            crisis: b.crisis(),
            metrics: b.metrics(),
            roles: b.roles(),
            t: t.as_map(),
        }
    }
}
