//! `commstrat man [COMMAND…]`: a manual page (roff) from the clap types,
//! for commstrat or one of its subcommands. The subcommands section of each
//! page names the pages below it (`commstrat-check(1)`), and each of those
//! is printed here too.

use super::Outcome;
use crate::cli::Cli;
use crate::error::{Error, Result};

pub(super) fn run(path: &[String], out: &mut dyn std::io::Write) -> Result<Outcome> {
    // Built, the subcommands carry the names their pages have
    // (`commstrat-render-guide`); the help subcommand has no page.
    let mut command = <Cli as clap::CommandFactory>::command().disable_help_subcommand(true);
    command.build();
    let mut page = &command;
    for name in path {
        page = page.find_subcommand(name).ok_or_else(|| {
            let names: Vec<&str> = page.get_subcommands().map(|c| c.get_name()).collect();
            Error::Usage {
                message: if names.is_empty() {
                    format!("`{name}`: {} has no subcommands", page_name(page))
                } else {
                    format!(
                        "`{name}` is not a subcommand of {}: write one of {}",
                        page_name(page),
                        names.join(", ")
                    )
                },
            }
        })?;
    }
    clap_mangen::Man::new(page.clone())
        .source(concat!("commstrat ", env!("CARGO_PKG_VERSION")))
        .manual("commstrat manual")
        .render(out)
        .map_err(Error::Output)?;
    Ok(Outcome::Clean)
}

/// The name of a command's page, as its file is named without `.1`.
fn page_name(command: &clap::Command) -> String {
    command
        .get_display_name()
        .unwrap_or(command.get_name())
        .to_string()
}
