//! `commstrat now`: who is on duty and what is promised at an instant,
//! network by network. The one command that reads the clock, and only
//! when `--at` is not given.

use std::path::Path;

use jiff::Zoned;
use serde_json::{Value, json};

use super::output::{load_for_render, print, strategy_path};
use super::{Outcome, display};
use crate::cli::{ColorChoice, ListFormat, NowArgs};
use crate::desk::instant::{both, local};
use crate::desk::{self, Staffed};
use crate::error::{Error, Result};
use crate::model::{Network, PlaybookKind, Strategy};
use crate::platforms;

pub(super) fn run(
    args: NowArgs,
    colours: ColorChoice,
    out: &mut dyn std::io::Write,
) -> Result<Outcome> {
    let config = crate::config::Config::discover(Path::new("."))?;
    let file = strategy_path(args.file, &config)?;
    let (at, from_clock) = match &args.at {
        Some(text) => (
            desk::instant::parse(text).map_err(|message| Error::Usage { message })?,
            false,
        ),
        None => (Zoned::now(), true),
    };
    let Some(s) = load_for_render(&file, colours)? else {
        return Ok(Outcome::Findings);
    };
    let networks: Vec<Value> = s
        .networks
        .iter()
        .filter_map(|n| network_now(&s, n, &at))
        .collect();
    let text = match args.format {
        ListFormat::Json => {
            let value = json!({
                "strategy": display(&file),
                "at": at.to_string(),
                "read_from_clock": from_clock,
                "networks": networks,
            });
            serde_json::to_string_pretty(&value).map_err(|e| Error::Internal {
                message: e.to_string(),
            })? + "\n"
        }
        ListFormat::Human => human(&at, from_clock, &networks),
    };
    print(out, &text)?;
    Ok(Outcome::Clean)
}

/// What holds on `network` at `at`, as JSON (the human text is written
/// from it, so both say the same).
fn network_now(s: &Strategy, n: &Network, at: &Zoned) -> Option<Value> {
    let schedule = s.schedule_of(n)?;
    let staffed = Staffed::of(s, schedule)?;
    let t = at.timestamp();
    let open = staffed.is_staffed(t);
    let here = at.with_time_zone(staffed.tz.clone());
    // When it changes: the end of this stretch, or the start of the next.
    let change = if open {
        staffed.open_until(t)
    } else {
        staffed.next_stretch(t).map(|c| c.from)
    };
    let on_duty: Vec<Value> = if open {
        desk::on_duty(s, n)
            .iter()
            .map(|r| json!({ "role": r.id.as_str(), "name": r.name, "contact": r.contact, "backup": r.backup.as_ref().map(|b| b.as_str()) }))
            .collect()
    } else {
        Vec::new()
    };
    // The first response promised to a message arriving now: a question,
    // the kind every network answers.
    let (minutes, playbook) = desk::promise(s, n, PlaybookKind::Question)?;
    let deadline = staffed.deadline(t, minutes);
    let window = platforms::window(n.platform);
    let warning = match (&deadline, window) {
        (Some(d), Some(w)) => {
            let closes = at
                .checked_add(jiff::Span::new().hours(i64::from(w.hours)))
                .ok()?;
            (closes < d.due).then(|| {
                format!(
                    "{}'s {}-hour messaging window closes at {}, before the reply is due: {}",
                    n.platform.as_str(),
                    w.hours,
                    local(&closes.with_time_zone(staffed.tz.clone())),
                    w.then
                )
            })
        }
        _ => None,
    };
    Some(json!({
        "network": n.id.as_str(),
        "platform": n.platform.as_str(),
        "schedule": schedule.id.as_str(),
        "zone": staffed.zone_name,
        "local": here.to_string(),
        "staffed": open,
        "changes_at": change.map(|c| c.to_string()),
        "on_duty": on_duty,
        "promise_minutes": minutes,
        "promise_from": playbook,
        "due": deadline.map(|d| d.due.to_string()),
        "out_of_hours_reply": (!open).then(|| told(s, n, schedule)).flatten(),
        "statement": schedule.statement,
        "window_warning": warning,
    }))
}

/// What followers are told outside hours: the out-of-hours reply with the
/// schedule's statement for `{{ availability }}` and the brand and handle
/// filled in; `{{ follower }}` stays for the name of whoever wrote.
fn told(s: &Strategy, n: &Network, schedule: &crate::model::Schedule) -> Option<String> {
    let template = schedule.out_of_hours_reply.as_ref()?;
    let values = minijinja::context! {
        follower => "{{ follower }}",
        availability => &schedule.statement,
        brand => &s.name,
        network => &n.handle,
    };
    crate::replies::render(crate::replies::environment(), template.as_str(), values)
        .ok()
        .or_else(|| Some(template.as_str().to_string()))
}

fn human(at: &Zoned, from_clock: bool, networks: &[Value]) -> String {
    let mut text = format!(
        "At {}{}.\n",
        local(at),
        if from_clock {
            ", read from the clock"
        } else {
            ""
        }
    );
    let zoned = |v: &Value| v.as_str().and_then(|s| s.parse::<Zoned>().ok());
    for n in networks {
        let str_of = |key: &str| n[key].as_str().unwrap_or_default().to_string();
        text.push_str(&format!(
            "\n{} ({}), schedule `{}`:\n",
            str_of("network"),
            str_of("platform"),
            str_of("schedule")
        ));
        let reader = at.time_zone();
        let change = zoned(&n["changes_at"]).map(|c| both(&c, reader));
        let staffed = n["staffed"].as_bool().unwrap_or(false);
        text.push_str(&match (staffed, change) {
            (true, Some(c)) => format!("  staffed now, until {c}\n"),
            (true, None) => "  staffed now, always\n".to_string(),
            (false, Some(c)) => format!("  not staffed now; opens {c}\n"),
            (false, None) => "  not staffed now, and no opening within a year\n".to_string(),
        });
        if let Some(roles) = n["on_duty"].as_array().filter(|r| !r.is_empty()) {
            text.push_str("  on duty:\n");
            for r in roles {
                let backup = r["backup"]
                    .as_str()
                    .map(|b| format!("; backup `{b}`"))
                    .unwrap_or_default();
                text.push_str(&format!(
                    "    {} (`{}`): {}{backup}\n",
                    r["name"].as_str().unwrap_or_default(),
                    r["role"].as_str().unwrap_or_default(),
                    r["contact"].as_str().unwrap_or_default()
                ));
            }
        }
        let minutes = n["promise_minutes"].as_i64().unwrap_or_default();
        let from = n["promise_from"].as_str().map_or_else(
            || "the network's response_time".to_string(),
            |p| format!("playbook `{p}`"),
        );
        match zoned(&n["due"]) {
            Some(due) => text.push_str(&format!(
                "  a question now: first response within {} of staffed time ({from}), due {}\n",
                crate::time::format_duration(minutes),
                both(&due, reader)
            )),
            None => text.push_str("  a question now: no deadline within a year of staffed time\n"),
        }
        if let Some(reply) = n["out_of_hours_reply"].as_str() {
            text.push_str(&format!("  followers are told: {reply}\n"));
        }
        if let Some(warning) = n["window_warning"].as_str() {
            text.push_str(&format!("  warning: {warning}\n"));
        }
    }
    text
}
