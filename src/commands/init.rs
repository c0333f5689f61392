//! `commstrat init [DIR]`: a starter strategy that passes `check`, and the
//! schema beside it for editors.

use std::path::Path;

use super::output::print;
use super::{Outcome, display};
use crate::error::{Error, Result};

/// The starter strategy `commstrat init` writes.
pub const STARTER: &str = include_str!("../starter.toml");

pub(super) fn run(dir: &Path, out: &mut dyn std::io::Write) -> Result<Outcome> {
    let strategy = dir.join("strategy.toml");
    let schema = dir.join("strategy.schema.json");
    for target in [&strategy, &schema] {
        if target.exists() {
            return Err(Error::Exists {
                paths: vec![target.display().to_string()],
                hint: "",
            });
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::Write {
        doing: "create",
        path: dir.display().to_string(),
        error: e.to_string(),
    })?;
    let starter = STARTER.replacen(
        "#:schema ../schemas/strategy.schema.json",
        "#:schema ./strategy.schema.json",
        1,
    );
    for (target, text) in [
        (&strategy, starter.as_str()),
        (&schema, crate::schema::SCHEMA_TEXT),
    ] {
        crate::write::write_atomically(target, text)?;
    }
    print(
        out,
        &format!(
            "wrote {} and {}\nnext: edit it, then run `commstrat check {}`\n",
            display(&strategy),
            display(&schema),
            display(dir)
        ),
    )?;
    Ok(Outcome::Clean)
}
