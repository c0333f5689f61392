//! The commands: one file each, called with their parsed arguments and the
//! standard output to write to. Each returns what it achieved (`Outcome`)
//! or why it could not do its job (`Error`); `main.rs` turns both into the
//! exit code.

mod calendar;
mod check;
mod completions;
mod diff;
mod drill;
mod due;
mod explain;
mod guide;
mod init;
mod lint;
mod lsp;
mod man;
mod now;
mod output;
mod platforms;
mod reference;
mod reply;
mod rules;
mod schema;
mod templates;

use std::path::Path;

pub use init::STARTER;
pub use reference::format_reference;

use crate::cli::{Cli, Command, RenderCommand, TemplatesCommand};
use crate::error::Result;

/// What a command achieved, for the exit code.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing at or above the fail level.
    Clean,
    /// Findings at or above the fail level, or a generated file out of date.
    Findings,
}

/// Run a parsed command line, writing its output to `out`.
pub fn run(cli: Cli, out: &mut dyn std::io::Write) -> Result<Outcome> {
    let colours = cli.color;
    match cli.command {
        Command::Check(args) => check::run(args, colours, out),
        Command::Rules { format } => rules::run(format, out),
        Command::Platforms {
            format,
            stale_before,
        } => platforms::run(format, stale_before, out),
        Command::Lint(args) => lint::run(args, colours, out),
        Command::Lsp => lsp::run(),
        Command::Due(args) => due::run(&args, colours, out),
        Command::Now(args) => now::run(args, colours, out),
        Command::Drill(args) => drill::run(&args, colours, out),
        Command::Reply(args) => reply::run(&args, colours, out),
        Command::Explain { rule } => explain::run(&rule, out),
        Command::Diff(args) => diff::run(&args, out),
        Command::Render(RenderCommand::Guide(args)) => guide::run(args, colours, out),
        Command::Render(RenderCommand::Calendar(args)) => calendar::run(args, colours, out),
        Command::Schema => schema::run(out),
        Command::Completions { shell } => completions::run(shell, out),
        Command::Man { command } => man::run(&command, out),
        Command::Templates(TemplatesCommand::Export { dir, force }) => {
            templates::export(&dir, force, out)
        }
        Command::Init { dir } => init::run(&dir, out),
    }
}

/// A path as shown in findings and messages: as the user wrote it, with `/`
/// separators.
fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
