//! The output formats of `check`: the same findings said for people
//! (`human`), for programs (`json`), for code scanning (`sarif`), for
//! GitHub Actions (`github`) and for test reports (`junit`).

mod github;
mod human;
mod json;
mod junit;
mod sarif;

pub use github::render_github;
pub use human::{HumanOptions, render_human};
pub use json::render_json;
pub use junit::render_junit;
pub use sarif::render_sarif;

use crate::diagnostic::Diagnostic;

/// A finding's message, and its help on a line of its own.
fn with_help(d: &Diagnostic) -> String {
    match &d.help {
        Some(help) => format!("{}\nhelp: {help}", d.message),
        None => d.message.clone(),
    }
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-style diagnostics with source snippets.
    Human,
    /// One JSON document: every finding with its position, and a summary.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF consumers.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// JUnit XML: one test case per file, failing when it has errors.
    Junit,
}
