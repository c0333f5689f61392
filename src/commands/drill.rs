//! `commstrat drill`: a crisis level (and scenario) as a run sheet, every
//! step at its time: Markdown for a shared document, iCalendar with an
//! alarm per step for the people on call, JSON for tools.

mod ics;
mod markdown;

use jiff::{Timestamp, Zoned};
use serde::Serialize;

use super::output::{load_for_render, print};
use super::{Outcome, display};
use crate::cli::{ColorChoice, DrillArgs, DrillFormat};
use crate::desk::instant::local;
use crate::error::{Error, Result};
use crate::model::{Level, Scenario, Strategy};
use crate::platforms::{self, Surface};

/// The most updates a run sheet lists.
pub(super) const MAX_UPDATES: i64 = 48;

/// One line of the timeline.
#[derive(Debug, Serialize)]
pub(super) struct Step {
    /// Minutes after the start.
    pub after: i64,
    /// Its time, when the start is given.
    pub at: Option<String>,
    #[serde(skip)]
    pub instant: Option<Timestamp>,
    /// What happens: "lead", "notify", "first-response", "update".
    pub what: &'static str,
    pub title: String,
    pub who: Vec<Person>,
    pub channel: Option<String>,
    /// What to post, when it is a public message.
    pub text: Option<String>,
}

#[derive(Debug, Serialize)]
pub(super) struct Person {
    pub role: String,
    pub name: String,
    pub contact: String,
    pub backup: Option<String>,
}

/// The holding statement on one network.
#[derive(Debug, Serialize)]
pub(super) struct Statement {
    pub network: String,
    pub platform: &'static str,
    pub text: String,
    /// The limits it passes, in words; empty when it fits.
    pub over: Vec<String>,
}

/// A scheduled post to stop.
#[derive(Debug, Serialize)]
pub(super) struct Paused {
    pub at: String,
    pub network: String,
    pub title: String,
}

/// The run sheet.
#[derive(Debug, Serialize)]
pub(super) struct RunSheet {
    pub strategy: String,
    pub level: u8,
    pub level_name: String,
    pub scenario: Option<String>,
    pub scenario_name: Option<String>,
    pub start: Option<String>,
    pub approvers: Vec<Person>,
    pub timeline: Vec<Step>,
    pub statements: Vec<Statement>,
    /// The updates stop at `MAX_UPDATES` before the end of `--for`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub updates_cut: bool,
    pub pauses_posts: bool,
    pub paused: Option<Vec<Paused>>,
    pub dont: Vec<String>,
    pub all_clear: Vec<String>,
    pub review: Vec<String>,
}

pub(super) fn run(
    args: &DrillArgs,
    colours: ColorChoice,
    out: &mut dyn std::io::Write,
) -> Result<Outcome> {
    let usage = |message: String| Error::Usage { message };
    let start = args
        .start
        .as_deref()
        .map(crate::desk::instant::parse)
        .transpose()
        .map_err(usage)?;
    let horizon = crate::time::parse_duration(&args.horizon).map_err(|_| {
        usage(format!(
            "`--for {}` is not a duration: write 24h, 2d or 90m",
            args.horizon
        ))
    })?;
    if args.format == DrillFormat::Ics && start.is_none() {
        return Err(usage(
            "an iCalendar run sheet needs --start: events and alarms happen at times".into(),
        ));
    }
    let Some(s) = load_for_render(&args.file, colours)? else {
        return Ok(Outcome::Findings);
    };
    let file = display(&args.file);
    let level = s
        .crisis
        .as_ref()
        .and_then(|c| c.levels.iter().find(|l| l.level == args.level))
        .ok_or_else(|| {
            let known: Vec<String> = s
                .crisis
                .iter()
                .flat_map(|c| &c.levels)
                .map(|l| format!("{} ({})", l.level, l.name))
                .collect();
            usage(format!(
                "{file} has no crisis level {}: its levels are {}",
                args.level,
                known.join(", ")
            ))
        })?;
    let scenario = scenario(&s, level, args.scenario.as_deref(), &file)?;
    let sheet = build(&s, level, scenario, start.as_ref(), horizon)?;
    let text = match args.format {
        DrillFormat::Md => markdown::write(&sheet),
        DrillFormat::Json => {
            serde_json::to_string_pretty(&sheet).map_err(|e| Error::Internal {
                message: e.to_string(),
            })? + "\n"
        }
        DrillFormat::Ics => ics::write(&s, &sheet),
    };
    match &args.output {
        Some(path) => {
            let plan = crate::write::Plan::one(path.clone(), text);
            plan.validate(&args.file)?;
            plan.apply()?;
            print(out, &format!("wrote {}\n", display(path)))?;
        }
        None => print(out, &text)?,
    }
    Ok(Outcome::Clean)
}

/// The scenario asked for, or the level's only one; none when the level
/// has none and none was asked for.
fn scenario<'a>(
    s: &'a Strategy,
    level: &Level,
    id: Option<&str>,
    file: &str,
) -> Result<Option<&'a Scenario>> {
    let all: Vec<&Scenario> = s.crisis.iter().flat_map(|c| &c.scenarios).collect();
    let usage = |message: String| Error::Usage { message };
    match id {
        Some(id) => {
            let found = all
                .iter()
                .copied()
                .find(|sc| sc.id.as_str() == id)
                .ok_or_else(|| {
                    let ids: Vec<&str> = all.iter().map(|sc| sc.id.as_str()).collect();
                    usage(format!(
                        "{file} has no scenario `{id}`: its scenarios are {}",
                        ids.join(", ")
                    ))
                })?;
            if found.level != u64::from(level.level) {
                return Err(usage(format!(
                    "scenario `{id}` is of level {}, not {}: give --level {}",
                    found.level, level.level, found.level
                )));
            }
            Ok(Some(found))
        }
        None => {
            let of_level: Vec<&Scenario> = all
                .into_iter()
                .filter(|sc| sc.level == u64::from(level.level))
                .collect();
            match of_level.as_slice() {
                [] => Ok(None),
                [one] => Ok(Some(one)),
                many => Err(usage(format!(
                    "level {} has {} scenarios ({}): say which with --scenario",
                    level.level,
                    many.len(),
                    many.iter()
                        .map(|sc| sc.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))),
            }
        }
    }
}

fn person(s: &Strategy, id: &str) -> Person {
    let role = s.roles.iter().find(|r| r.id.as_str() == id);
    Person {
        role: id.to_string(),
        name: role.map_or_else(String::new, |r| r.name.clone()),
        contact: role.map_or_else(String::new, |r| r.contact.clone()),
        backup: role
            .and_then(|r| r.backup.as_ref())
            .map(|b| b.as_str().to_string()),
    }
}

fn build(
    s: &Strategy,
    level: &Level,
    scenario: Option<&Scenario>,
    start: Option<&Zoned>,
    horizon: i64,
) -> Result<RunSheet> {
    let at = |minutes: i64| -> Option<Zoned> {
        start?.checked_add(jiff::Span::new().minutes(minutes)).ok()
    };
    let step = |after: i64,
                what,
                title: String,
                who: Vec<Person>,
                channel: Option<String>,
                text: Option<String>| {
        let when = at(after);
        Step {
            after,
            at: when.as_ref().map(Zoned::to_string),
            instant: when.map(|z| z.timestamp()),
            what,
            title,
            who,
            channel,
            text,
        }
    };
    let mut timeline = Vec::new();
    if let Some(sc) = scenario {
        timeline.push(step(
            0,
            "lead",
            format!("Incident lead takes charge: {}", sc.name),
            vec![person(s, sc.owner.as_str())],
            None,
            None,
        ));
        for e in &sc.escalation {
            let Some(&after) = e.after.get() else {
                continue;
            };
            let within = e
                .respond_within
                .as_ref()
                .and_then(|d| d.get())
                .map(|&m| crate::time::format_duration(m));
            let title = match within {
                Some(w) => format!("Notify; if no answer within {w}, call the backup"),
                None => "Notify".to_string(),
            };
            let who = e.notify.iter().map(|r| person(s, r.as_str())).collect();
            timeline.push(step(after, "notify", title, who, e.via.clone(), None));
        }
    }
    let update_every = level.update_every.as_ref().and_then(|d| d.get()).copied();
    let next_update = |after: i64| -> String {
        match (update_every, at(after)) {
            (Some(every), Some(z)) => z
                .checked_add(jiff::Span::new().minutes(every))
                .map_or_else(|_| String::new(), |n| local(&n)),
            (Some(every), None) => format!("T+{}", crate::time::format_duration(after + every)),
            _ => String::new(),
        }
    };
    let render = |template: &str, after: i64| -> Option<String> {
        let values = minijinja::context! {
            next_update => next_update(after),
            brand => &s.name,
            follower => "",
            agent => "",
            network => "",
            availability => "",
            link => "",
        };
        crate::replies::render(crate::replies::environment(), template, values).ok()
    };
    let approvers: Vec<Person> = level
        .approvers
        .iter()
        .map(|r| person(s, r.as_str()))
        .collect();
    let respond = level.respond_within.get().copied().unwrap_or(0);
    let holding = scenario.and_then(|sc| render(sc.holding_statement.as_str(), respond));
    timeline.push(step(
        respond,
        "first-response",
        format!(
            "First public response due (level {}: within {})",
            level.level,
            crate::time::format_duration(respond)
        ),
        approvers.iter().map(|p| person(s, &p.role)).collect(),
        None,
        holding.clone(),
    ));
    let mut updates_cut = false;
    if let Some(every) = update_every.filter(|&e| e > 0) {
        let mut after = respond + every;
        let mut n = 0;
        while after <= horizon && n < MAX_UPDATES {
            n += 1;
            let text = level
                .update_template
                .as_ref()
                .and_then(|t| render(t.as_str(), after));
            timeline.push(step(
                after,
                "update",
                format!("Update {n}"),
                Vec::new(),
                None,
                text,
            ));
            after += every;
        }
        updates_cut = after <= horizon;
    }
    timeline.sort_by_key(|st| st.after);
    let statements = match (scenario, &holding) {
        (Some(sc), Some(text)) => {
            let networks = s.networks.iter().filter(|n| {
                sc.networks
                    .as_ref()
                    .is_none_or(|ids| ids.iter().any(|i| i == &n.id))
            });
            networks
                .map(|n| Statement {
                    network: n.id.as_str().to_string(),
                    platform: n.platform.as_str(),
                    text: text.clone(),
                    over: platforms::excesses(text, n, Surface::Post)
                        .iter()
                        .map(|e| {
                            format!(
                                "{}; {}",
                                e.message("statement", n, Surface::Post),
                                e.change()
                            )
                        })
                        .collect(),
                })
                .collect()
        }
        _ => Vec::new(),
    };
    let pauses = level.pause_scheduled_posts == Some(true);
    let paused = match (pauses, start) {
        (true, Some(from)) => Some(paused_posts(s, from, horizon)?),
        _ => None,
    };
    Ok(RunSheet {
        strategy: s.name.clone(),
        level: level.level,
        level_name: level.name.clone(),
        scenario: scenario.map(|sc| sc.id.as_str().to_string()),
        scenario_name: scenario.map(|sc| sc.name.clone()),
        start: start.map(Zoned::to_string),
        approvers,
        timeline,
        statements,
        updates_cut,
        pauses_posts: pauses,
        paused,
        dont: scenario.map(|sc| sc.dont.clone()).unwrap_or_default(),
        all_clear: level.all_clear.clone(),
        review: s
            .crisis
            .as_ref()
            .map(|c| c.debrief.clone())
            .unwrap_or_default(),
    })
}

/// The calendar's posts from `from` to `horizon` minutes after it.
fn paused_posts(s: &Strategy, from: &Zoned, horizon: i64) -> Result<Vec<Paused>> {
    let end = from
        .checked_add(jiff::Span::new().minutes(horizon))
        .map_err(|e| Error::Internal {
            message: e.to_string(),
        })?;
    let here = from.with_time_zone(jiff::tz::TimeZone::UTC);
    let window = crate::render::calendar::Window {
        from: here.date().yesterday().unwrap_or(here.date()),
        to: end
            .with_time_zone(jiff::tz::TimeZone::UTC)
            .date()
            .tomorrow()
            .unwrap_or(here.date()),
    };
    let occurrences = crate::render::calendar::expand(s, window)?;
    Ok(occurrences
        .iter()
        .filter(|o| o.is_post())
        // A timed post from the start on; an all-day one whose day is not
        // over at the start.
        .filter(|o| {
            let day_ends = o
                .start()
                .checked_add(jiff::SignedDuration::from_hours(24))
                .unwrap_or(o.start());
            let begins = if o.local_time.is_some() {
                o.start()
            } else {
                day_ends
            };
            from.timestamp() <= begins && o.start() < end.timestamp()
        })
        .map(|o| Paused {
            at: local(&o.start().to_zoned(from.time_zone().clone())),
            network: o.network.clone(),
            title: o.title.clone(),
        })
        .collect())
}
