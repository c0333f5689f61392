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

/// One platform's reply limit in `rules --format json`.
#[derive(Serialize)]
struct Limit {
    platform: &'static str,
    /// Absent where the platform sets none.
    limit: Option<usize>,
    counting: &'static str,
    source: &'static str,
    checked: &'static str,
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
            reply_limits: crate::platforms::REGISTRY
                .iter()
                .map(|entry| Limit {
                    platform: entry.platform.as_str(),
                    limit: entry.limit,
                    counting: entry.counting.as_str(),
                    source: entry.source,
                    checked: entry.checked,
                })
                .collect(),
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
    text.push_str("\nReply limits by platform (`reply-over-limit`):\n");
    for entry in crate::platforms::REGISTRY {
        let limit = entry.limit.map_or("none".to_string(), |l| l.to_string());
        text.push_str(&format!(
            "  {:<10} {:>6}  {:<16} {} (checked {})\n",
            entry.platform.as_str(),
            limit,
            entry.counting.as_str(),
            entry.source,
            entry.checked
        ));
    }
    print(out, &text)?;
    Ok(Outcome::Clean)
}
