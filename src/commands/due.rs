//! `commstrat due`: when the reply to one message is due, in staffed time,
//! with the calculation shown.

use jiff::Zoned;
use serde_json::json;

use super::Outcome;
use super::output::{find_network, load_for_render, print};
use crate::cli::{ColorChoice, DueArgs, ListFormat};
use crate::desk::instant::{both, local};
use crate::desk::{self, Staffed};
use crate::error::{Error, Result};

pub(super) fn run(
    args: &DueArgs,
    colours: ColorChoice,
    out: &mut dyn std::io::Write,
) -> Result<Outcome> {
    let usage = |message: String| Error::Usage { message };
    let received = desk::instant::parse(&args.received).map_err(usage)?;
    let Some(s) = load_for_render(&args.file, colours)? else {
        return Ok(Outcome::Findings);
    };
    let network = find_network(&s, &args.network, &args.file)?;
    let kind = kind_name(args.kind);
    let schedule = s.schedule_of(network).ok_or_else(|| Error::Internal {
        message: format!(
            "network `{}` has no schedule, and the file passed check",
            network.id
        ),
    })?;
    let staffed = Staffed::of(&s, schedule).ok_or_else(|| Error::Internal {
        message: format!(
            "schedule `{}` has no known zone, and the file passed check",
            schedule.id
        ),
    })?;
    let (minutes, playbook) =
        desk::promise(&s, network, args.kind).ok_or_else(|| Error::Internal {
            message: format!(
                "network `{}` has no response time, and the file passed check",
                network.id
            ),
        })?;
    let deadline = staffed.deadline(received.timestamp(), minutes).ok_or_else(|| {
        usage(format!(
            "schedule `{}` has not {} of staffed time within {} days of {}: no deadline can be given",
            schedule.id,
            crate::time::format_duration(minutes),
            desk::MAX_DAYS,
            local(&received)
        ))
    })?;
    let reader = received.time_zone().clone();
    let in_reader = |z: &Zoned| z.with_time_zone(reader.clone());
    let source = match playbook {
        Some(id) => format!("playbook `{id}`"),
        None => format!("network `{}`'s response_time", network.id),
    };
    let text = match args.format {
        ListFormat::Json => {
            let counted: Vec<_> = deadline
                .counted
                .iter()
                .map(|c| json!({ "from": c.from.to_string(), "to": c.to.to_string(), "minutes": c.minutes() }))
                .collect();
            let value = json!({
                "network": network.id.as_str(),
                "kind": kind,
                "schedule": schedule.id.as_str(),
                "zone": staffed.zone_name,
                "promise_minutes": minutes,
                "promise_from": playbook.map_or_else(|| json!(null), |p| json!(p)),
                "received": received.to_string(),
                "received_while_staffed": deadline.staffed_on_arrival,
                "counted": counted,
                "due": deadline.due.to_string(),
                "due_for_reader": in_reader(&deadline.due).to_string(),
            });
            serde_json::to_string_pretty(&value).map_err(|e| Error::Internal {
                message: e.to_string(),
            })? + "\n"
        }
        ListFormat::Human => {
            let mut text = format!(
                "A message of kind `{kind}` received on network `{}` ({}) at {}.\n",
                network.id,
                network.platform.as_str(),
                both(&received.with_time_zone(staffed.tz.clone()), &reader)
            );
            text.push_str(&format!(
                "Promise: {} of staffed time ({source}); schedule `{}`, {}.\n",
                crate::time::format_duration(minutes),
                schedule.id,
                staffed.zone_name
            ));
            text.push_str(if deadline.staffed_on_arrival {
                "It arrived while the desk was staffed: the clock started at once.\n"
            } else {
                "It arrived outside staffed hours: the clock started at the next opening.\n"
            });
            text.push_str("Staffed time counted:\n");
            for c in &deadline.counted {
                text.push_str(&format!(
                    "  {} – {}  {}\n",
                    local(&c.from),
                    c.to.strftime("%H:%M"),
                    crate::time::format_duration(c.minutes())
                ));
            }
            text.push_str(&format!(
                "Due: {}; late from the minute after.\n",
                both(&deadline.due, &reader)
            ));
            text
        }
    };
    print(out, &text)?;
    Ok(Outcome::Clean)
}

pub(super) fn kind_name(kind: crate::model::PlaybookKind) -> String {
    clap::ValueEnum::to_possible_value(&kind).map_or_else(String::new, |v| v.get_name().to_string())
}
