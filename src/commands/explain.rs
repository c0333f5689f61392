//! `commstrat explain CODE|NAME`: one rule's documentation.

use super::Outcome;
use super::output::print;
use crate::error::{Error, Result};
use crate::rules::{self, RULES};

pub(super) fn run(query: &str, out: &mut dyn std::io::Write) -> Result<Outcome> {
    let found = rules::find(query).ok_or_else(|| Error::UnknownRule {
        query: query.to_string(),
        suggestion: crate::suggest::did_you_mean(query, RULES.iter().map(|r| r.id.name)),
    })?;
    print(
        out,
        &format!(
            "{} {} ({} by default)\n\n{}",
            found.id.code,
            found.id.name,
            found.id.severity.as_str(),
            found.documentation()
        ),
    )?;
    Ok(Outcome::Clean)
}
