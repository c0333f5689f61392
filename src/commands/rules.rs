//! `commstrat rules`: every rule with its code, name, default severity and
//! summary, then the reply limit of each platform with its source.

use super::Outcome;
use super::output::print;
use crate::error::Result;
use crate::rules::RULES;

pub(super) fn run(out: &mut dyn std::io::Write) -> Result<Outcome> {
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
