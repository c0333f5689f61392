//! `commstrat schema`: the JSON Schema `check` uses, byte for byte.

use super::Outcome;
use super::output::print;
use crate::error::Result;

pub(super) fn run(out: &mut dyn std::io::Write) -> Result<Outcome> {
    print(out, crate::schema::SCHEMA_TEXT)?;
    Ok(Outcome::Clean)
}
