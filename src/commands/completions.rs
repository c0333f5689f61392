//! `commstrat completions SHELL`: a completion script from the clap types.

use super::Outcome;
use crate::cli::Cli;
use crate::error::Result;

pub(super) fn run(shell: clap_complete::Shell, out: &mut dyn std::io::Write) -> Result<Outcome> {
    let mut command = <Cli as clap::CommandFactory>::command();
    clap_complete::generate(shell, &mut command, "commstrat", out);
    Ok(Outcome::Clean)
}
