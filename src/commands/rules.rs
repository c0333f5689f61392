//! `commstrat rules`: every rule with its code, name, default severity and
//! summary, then the reply limit of each platform with its source.

use serde::Serialize;

use super::Outcome;
use super::output::print;
use crate::cli::ListFormat;
use crate::error::Result;
use crate::rules::RULES;

/// One rule in `rules --format json`.
#[derive(Serialize)]
struct Rule {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    summary: String,
}

/// One platform's reply limit in `rules --format json`: the first length
/// limit of its public replies.
#[derive(Serialize)]
struct Limit {
    platform: &'static str,
    /// Absent where the platform sets none.
    limit: Option<usize>,
    counting: String,
    source: &'static str,
    checked: &'static str,
}

/// The reply limit of each platform the registry knows replies on.
fn reply_limits() -> Vec<Limit> {
    let registry = crate::platforms::registry();
    registry
        .entries
        .iter()
        .filter(|e| e.surface == crate::platforms::Surface::Reply && e.exists)
        .map(|e| {
            let first = e.limits.iter().find(|l| l.unit.is_length());
            Limit {
                platform: e.platform.as_str(),
                limit: first.map(|l| l.max),
                counting: first.map_or_else(String::new, |l| match l.url {
                    Some(url) => format!("{}, URL={url}", l.unit.as_str()),
                    None => l.unit.as_str().to_string(),
                }),
                source: &e.source.source,
                checked: &e.source.checked,
            }
        })
        .collect()
}

#[derive(Serialize)]
struct Document {
    rules: Vec<Rule>,
    reply_limits: Vec<Limit>,
}

pub(super) fn run(format: ListFormat, out: &mut dyn std::io::Write) -> Result<Outcome> {
    if format == ListFormat::Json {
        let document = Document {
            rules: RULES
                .iter()
                .map(|rule| Rule {
                    code: rule.id.code,
                    name: rule.id.name,
                    severity: rule.id.severity.as_str(),
                    summary: rule.summary(),
                })
                .collect(),
            reply_limits: reply_limits(),
        };
        // Plain structs of strings and integers always serialise.
        let mut text = serde_json::to_string_pretty(&document).expect("plain data serialises");
        text.push('\n');
        print(out, &text)?;
        return Ok(Outcome::Clean);
    }
    let mut text = String::new();
    for rule in RULES {
        text.push_str(&format!(
            "{}  {:<27} {:<7}  {}\n",
            rule.id.code,
            rule.id.name,
            rule.id.severity.as_str(),
            rule.summary()
        ));
    }
    text.push_str("\nReply limits by platform (`reply-over-limit`; `commstrat platforms` lists every surface):\n");
    for entry in reply_limits() {
        let limit = entry.limit.map_or("none".to_string(), |l| l.to_string());
        text.push_str(&format!(
            "  {:<15} {:>6}  {:<16} {} (checked {})\n",
            entry.platform, limit, entry.counting, entry.source, entry.checked
        ));
    }
    print(out, &text)?;
    Ok(Outcome::Clean)
}
