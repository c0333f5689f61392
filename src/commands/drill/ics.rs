//! A run sheet in iCalendar: an event per step, each with an alarm at its
//! time, for the people on call. Stamped with the start, so the same run
//! sheet is the same bytes.

use super::RunSheet;
use crate::model::Strategy;
use crate::render::calendar::{ics_line, ics_stamp as stamp, ics_text};

pub(super) fn write(s: &Strategy, sheet: &RunSheet) -> String {
    let mut out = String::new();
    let mut line = |text: String| ics_line(&text, &mut out);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//commstrat//crisis run sheet//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!(
        "X-WR-CALNAME:{}",
        ics_text(&format!(
            "{}: level {} ({})",
            s.name, sheet.level, sheet.level_name
        ))
    ));
    let start = sheet.timeline.iter().find_map(|st| st.instant);
    for (i, step) in sheet.timeline.iter().enumerate() {
        let (Some(at), Some(stamped)) = (step.instant, start) else {
            continue;
        };
        line("BEGIN:VEVENT".into());
        line(format!(
            "UID:{}-{}-{}-{}-{i}@commstrat",
            ics_text(s.id.as_str()),
            sheet.level,
            ics_text(sheet.scenario.as_deref().unwrap_or("level")),
            stamp(stamped)
        ));
        line(format!("DTSTAMP:{}", stamp(stamped)));
        line(format!("DTSTART:{}", stamp(at)));
        line("DURATION:PT15M".into());
        line(format!("SUMMARY:{}", ics_text(&step.title)));
        let mut description: Vec<String> = step
            .who
            .iter()
            .map(|p| {
                let backup = p
                    .backup
                    .as_deref()
                    .map(|b| format!("; backup {b}"))
                    .unwrap_or_default();
                format!("{} ({}, {}{backup})", p.name, p.role, p.contact)
            })
            .collect();
        if let Some(channel) = &step.channel {
            description.push(format!("via {channel}"));
        }
        if let Some(text) = &step.text {
            description.push(String::new());
            description.push(text.clone());
        }
        if !description.is_empty() {
            let lines: Vec<String> = description.iter().map(|l| ics_text(l)).collect();
            line(format!("DESCRIPTION:{}", lines.join("\\n")));
        }
        line("BEGIN:VALARM".into());
        line("ACTION:DISPLAY".into());
        line("TRIGGER;RELATED=START:PT0S".into());
        line(format!("DESCRIPTION:{}", ics_text(&step.title)));
        line("END:VALARM".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}
