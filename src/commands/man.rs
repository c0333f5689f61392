//! `commstrat man`: the manual page (roff) from the clap types.

use super::Outcome;
use crate::cli::Cli;
use crate::error::{Error, Result};

pub(super) fn run(out: &mut dyn std::io::Write) -> Result<Outcome> {
    clap_mangen::Man::new(<Cli as clap::CommandFactory>::command())
        .render(out)
        .map_err(Error::Output)?;
    Ok(Outcome::Clean)
}
