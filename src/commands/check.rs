//! `commstrat check`: every file through the pipeline, in parallel, then
//! one report in the chosen format.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::output::{colour, read, read_stdin, report_and_outcome, strategy_files};
use super::{Outcome, display};
use crate::base::Base;
use crate::cli::{CheckArgs, ColorChoice};
use crate::diagnostic::FileReport;
use crate::error::{Error, Result};
use crate::report::HumanOptions;

pub(super) fn run(
    args: CheckArgs,
    colours: ColorChoice,
    out: &mut dyn std::io::Write,
) -> Result<Outcome> {
    let silent = args.silent;
    let outcome = check(args, colours, out);
    // --silent: the exit code alone, even for a run that could not be made.
    match outcome {
        Err(_) if silent => Err(Error::Silenced),
        other => other,
    }
}

/// The name of standard input in findings when `--stdin-filename` is not given.
const STDIN: &str = "<stdin>";

fn check(args: CheckArgs, colours: ColorChoice, out: &mut dyn std::io::Write) -> Result<Outcome> {
    let (stdin, paths): (Vec<PathBuf>, Vec<PathBuf>) =
        args.paths.into_iter().partition(|p| p.as_os_str() == "-");
    if stdin.len() > 1 {
        return Err(Error::Usage {
            message: "`-` (standard input) is named more than once: name it once".into(),
        });
    }
    let stdin = match (stdin.is_empty(), args.stdin_filename) {
        (false, name) => Some(name.unwrap_or_else(|| STDIN.to_string())),
        (true, Some(_)) => {
            return Err(Error::Usage {
                message:
                    "--stdin-filename names the text read from standard input: add `-` to the paths"
                        .into(),
            });
        }
        (true, None) => None,
    };
    if stdin.as_deref() == Some(STDIN) && args.base.is_some() {
        return Err(Error::Usage {
            message: "--base compares a file with its version in git: give standard input its path with --stdin-filename".into(),
        });
    }
    let paths = if paths.is_empty() && stdin.is_none() {
        let default = PathBuf::from("strategies");
        if !default.is_dir() {
            return Err(Error::NoDefaultFolder);
        }
        vec![default]
    } else {
        paths
    };
    let mut files = strategy_files(&paths)?;
    // Read before the files, so that a file named like standard input is
    // still told apart: it is checked as its own entry.
    let piped = stdin
        .map(|name| read_stdin().map(|bytes| (name, bytes)))
        .transpose()?;
    // Findings are sorted by file, then line and column; a file named twice
    // is checked once, as named when it was named once.
    files.sort_by_key(|f| display(&f.path));
    files.dedup_by(|next, kept| {
        let same = display(&next.path) == display(&kept.path);
        if same {
            kept.walked &= next.walked;
        }
        same
    });
    // Rule levels from the nearest commstrat.toml; --fail-level applies after.
    let config = crate::config::Config::discover(Path::new("."))?;
    let base = args.base.as_deref().map(Base::open).transpose()?;
    // Worker threads get the main thread's 8 MiB of stack, not the 2 MiB
    // of a spawned thread: a file nested to the limit the loader accepts
    // recursed past 2 MiB in a debug build now and then (the depth rayon's
    // splitting adds varies from run to run). RAYON_NUM_THREADS still
    // sets the number of threads.
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(8 * 1024 * 1024)
        .build()
        .map_err(|e| Error::Internal {
            message: format!("cannot start the worker threads: {e}"),
        })?;
    // Collecting keeps the files' order, so the output is the same bytes as
    // a one-by-one run; the first failure in file order is the one reported.
    let reports: Vec<Option<FileReport>> = pool
        .install(|| {
            files
                .par_iter()
                .map(|found| {
                    let file = &found.path;
                    let bytes = read(file)?;
                    // A walk takes the TOML files that declare the format.
                    if found.walked
                        && !crate::load::declares_format(&String::from_utf8_lossy(&bytes))
                    {
                        return Ok(None);
                    }
                    let mut report = crate::pipeline::check_bytes(&display(file), bytes);
                    if let Some(base) = &base {
                        base.check(file, &mut report)?;
                    }
                    crate::translation::check(file, &mut report);
                    config.apply(&mut report);
                    report.cap();
                    if report.diagnostics.is_empty() {
                        // Only findings quote the file: free its text now, so that
                        // memory grows with the findings, not with the repository.
                        report.source =
                            crate::source::Source::new(report.source.path, String::new());
                    }
                    Ok(Some(report))
                })
                .collect::<Vec<Result<Option<FileReport>>>>()
        })
        .into_iter()
        .collect::<Result<_>>()?;
    let skipped: Vec<String> = files
        .iter()
        .zip(&reports)
        .filter(|(_, report)| report.is_none())
        .map(|(found, _)| display(&found.path))
        .collect();
    let mut reports: Vec<FileReport> = reports.into_iter().flatten().collect();
    if let Some((name, bytes)) = piped {
        let mut report = crate::pipeline::check_bytes(&name, bytes);
        if let Some(base) = &base {
            base.check(Path::new(&name), &mut report)?;
        }
        crate::translation::check(Path::new(&name), &mut report);
        config.apply(&mut report);
        report.cap();
        let at = reports.partition_point(|r| r.source.path <= name);
        reports.insert(at, report);
    }
    if args.verbose && !skipped.is_empty() {
        eprintln!(
            "skipped {} TOML file(s) that do not declare the strategy format (`schema = 1` beside `id`, or a `#:schema` line naming strategy.schema.json): {}",
            skipped.len(),
            skipped.join(", ")
        );
    }
    if reports.is_empty() {
        return Err(Error::NoneDeclared {
            skipped: skipped.len(),
        });
    }
    let options = HumanOptions {
        color: colour(colours, std::io::stdout().is_terminal()),
        quiet: args.quiet,
    };
    report_and_outcome(
        out,
        &reports,
        args.format,
        options,
        args.silent,
        args.fail_level,
    )
}
