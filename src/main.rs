//! The `commstrat` binary: parse the command line, run it, map the outcome to
//! exit code 0, 1 or 2 — in this one place.

use std::process::ExitCode;

use clap::Parser;
use commstrat::cli::Cli;
use commstrat::commands::{Outcome, run};

/// `check` allocates for most values of every file; mimalloc spends far
/// fewer instructions on that than glibc's allocator (docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            // Help and version requests are successes; usage errors are 2.
            return if err.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    // Not locked for the whole run: the language server writes from a
    // thread of its own.
    let mut out = std::io::stdout();
    match run(cli, &mut out) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Err(commstrat::error::Error::Silenced) => ExitCode::from(2),
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}
