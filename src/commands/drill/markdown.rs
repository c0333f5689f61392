//! A run sheet in Markdown, for a shared document.

use super::{Person, RunSheet, Step};
use crate::render::markdown::inline;

/// "T+30m", and the time when the start is known.
fn when(step: &Step) -> String {
    let relative = format!("T+{}", crate::time::format_duration(step.after));
    match step
        .at
        .as_deref()
        .and_then(|a| a.parse::<jiff::Zoned>().ok())
    {
        Some(at) => format!("{} ({relative})", at.strftime("%a %Y-%m-%d %H:%M")),
        None => relative,
    }
}

fn people(who: &[Person]) -> String {
    who.iter()
        .map(|p| {
            let backup = p
                .backup
                .as_deref()
                .map(|b| format!("; backup `{}`", inline(b)))
                .unwrap_or_default();
            format!(
                "{} (`{}`, {}{backup})",
                inline(&p.name),
                inline(&p.role),
                inline(&p.contact)
            )
        })
        .collect::<Vec<_>>()
        .join("<br>")
}

fn list(out: &mut String, title: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("\n## {title}\n\n"));
    for item in items {
        out.push_str(&format!("- {}\n", inline(item)));
    }
}

pub(super) fn write(sheet: &RunSheet) -> String {
    let mut out = format!(
        "# Run sheet: {}, level {} ({})\n\n",
        inline(sheet.scenario_name.as_deref().unwrap_or("crisis")),
        sheet.level,
        inline(&sheet.level_name)
    );
    out.push_str(&format!("{}.\n", inline(&sheet.strategy)));
    match &sheet.start {
        Some(start) => out.push_str(&format!("Declared at {start}; T+0 is that moment.\n")),
        None => out.push_str("Times are from the moment the level is declared (T+0); give --start for clock times.\n"),
    }
    if !sheet.approvers.is_empty() {
        out.push_str(&format!(
            "Public statements are approved by: {}.\n",
            people(&sheet.approvers)
        ));
    }
    out.push_str("\n## Timeline\n\n| When | What | Who | Channel |\n|---|---|---|---|\n");
    for step in &sheet.timeline {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            when(step),
            inline(&step.title),
            people(&step.who),
            step.channel.as_deref().map(inline).unwrap_or_default()
        ));
    }
    if sheet.updates_cut {
        out.push_str(&format!(
            "\nThe timeline lists the first {} updates; the cadence goes on while the level lasts.\n",
            super::MAX_UPDATES
        ));
    }
    let texts: Vec<&Step> = sheet.timeline.iter().filter(|s| s.text.is_some()).collect();
    if !texts.is_empty() {
        out.push_str("\n## What to post\n");
        for step in texts {
            out.push_str(&format!(
                "\n**{}, {}**\n\n",
                inline(&step.title),
                when(step)
            ));
            for line in step.text.as_deref().unwrap_or_default().lines() {
                out.push_str(&format!("> {}\n", inline(line)));
            }
        }
    }
    if !sheet.statements.is_empty() {
        out.push_str("\n## The holding statement on each network\n\n");
        for st in &sheet.statements {
            let verdict = if st.over.is_empty() {
                "fits".to_string()
            } else {
                st.over
                    .iter()
                    .map(|o| inline(o))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            out.push_str(&format!(
                "- `{}` ({}): {verdict}\n",
                inline(&st.network),
                st.platform
            ));
        }
    }
    if sheet.pauses_posts {
        out.push_str("\n## Scheduled posts to stop\n\nThis level pauses the content calendar.\n");
        match &sheet.paused {
            Some(posts) if posts.is_empty() => out.push_str("No post falls in the window.\n"),
            Some(posts) => {
                out.push('\n');
                for p in posts {
                    out.push_str(&format!(
                        "- {}: `{}`, {}\n",
                        p.at,
                        inline(&p.network),
                        inline(&p.title)
                    ));
                }
            }
            None => out.push_str("Give --start to list the posts that fall in the window.\n"),
        }
    }
    list(&mut out, "Don't", &sheet.dont);
    list(&mut out, "All clear when", &sheet.all_clear);
    list(&mut out, "Review afterwards", &sheet.review);
    out
}
