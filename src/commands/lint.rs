//! `commstrat lint`: drafts checked against a strategy, reported in the
//! formats of `check`; with `--fix`, the fixes written first.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::Path;

use super::output::{
    colour, find_network, load_for_render, read, read_stdin, report_and_outcome, strategy_path,
};
use super::{Outcome, display};
use crate::cli::{ColorChoice, LintArgs};
use crate::diagnostic::FileReport;
use crate::error::{Error, Result};
use crate::lint::{self, Format, Settings};
use crate::model::Strategy;
use crate::report::HumanOptions;
use crate::source::Source;

/// The name of standard input in findings when `--stdin-filename` is not given.
const STDIN: &str = "<stdin>";

pub(super) fn run(
    args: LintArgs,
    colours: ColorChoice,
    out: &mut dyn std::io::Write,
) -> Result<Outcome> {
    let stdin = args.files.iter().filter(|p| p.as_os_str() == "-").count();
    if stdin > 1 {
        return Err(usage(
            "`-` (standard input) is named more than once: name it once",
        ));
    }
    if stdin == 1 && args.fix {
        return Err(usage(
            "--fix writes the files it fixes: name the draft files, not `-`",
        ));
    }
    let config = crate::config::Config::discover(Path::new("."))?;
    let strategy_path = strategy_path(args.strategy.clone(), &config)?;
    if args.fix
        && let Some(same) = args.files.iter().find(|f| same_file(f, &strategy_path))
    {
        return Err(usage(&format!(
            "--fix would rewrite {}, the strategy the drafts are held to: name the drafts only",
            display(same)
        )));
    }
    let Some(strategy) = load_for_render(&strategy_path, colours)? else {
        return Ok(Outcome::Findings);
    };
    let network = match &args.network {
        None => None,
        Some(id) => Some(find_network(&strategy, id, &strategy_path)?),
    };
    let crisis = match args.crisis {
        None => None,
        Some(level) => Some(find_level(&strategy, level, &strategy_path)?),
    };
    if let Some(kind) = args.kind
        && !strategy.playbooks.iter().any(|p| p.kind == kind)
    {
        let name = |k: crate::model::PlaybookKind| {
            clap::ValueEnum::to_possible_value(&k)
                .map_or_else(String::new, |v| v.get_name().to_string())
        };
        let mut kinds: Vec<String> = strategy.playbooks.iter().map(|p| name(p.kind)).collect();
        kinds.sort();
        kinds.dedup();
        return Err(usage(&format!(
            "{} has no playbook for `--kind {}`: its playbooks answer {}",
            display(&strategy_path),
            name(kind),
            kinds.join(", ")
        )));
    }
    let values: BTreeMap<String, String> = args.values.iter().cloned().collect();
    let settings = Settings {
        strategy: &strategy,
        network,
        surface: args.surface,
        kind: args.kind,
        crisis,
        values: &values,
    };
    let mut reports = Vec::new();
    for file in &args.files {
        let source = if file.as_os_str() == "-" {
            let name = args
                .stdin_filename
                .clone()
                .unwrap_or_else(|| STDIN.to_string());
            decode(name, read_stdin()?)?
        } else {
            decode(display(file), read(file)?)?
        };
        let source = if args.fix {
            fix(&settings, source, file, &args)?
        } else {
            source
        };
        let drafts =
            lint::input::drafts(&source, Format::of(&source.path), args.column.as_deref())?;
        let findings = lint::lint(&settings, &source, &drafts);
        let mut report = FileReport::new(source, findings);
        config.apply(&mut report);
        report.cap();
        reports.push(report);
    }
    let options = HumanOptions {
        color: colour(colours, std::io::stdout().is_terminal()),
        quiet: args.quiet,
    };
    report_and_outcome(out, &reports, args.format, options, false, args.fail_level)
}

fn usage(message: &str) -> Error {
    Error::Usage {
        message: message.to_string(),
    }
}

fn find_level<'a>(s: &'a Strategy, level: u8, path: &Path) -> Result<&'a crate::model::Level> {
    let levels = s.crisis.as_ref().map_or(&[][..], |c| c.levels.as_slice());
    levels.iter().find(|l| l.level == level).ok_or_else(|| {
        let known: Vec<String> = levels
            .iter()
            .map(|l| format!("{} ({})", l.level, l.name))
            .collect();
        usage(&format!(
            "{} has no crisis level {level}: {}",
            display(path),
            if known.is_empty() {
                "it defines none".to_string()
            } else {
                format!("its levels are {}", known.join(", "))
            }
        ))
    })
}

/// A draft file's text: UTF-8, within the size limit of a strategy.
fn decode(path: String, bytes: Vec<u8>) -> Result<Source> {
    if bytes.len() > crate::pipeline::MAX_FILE_BYTES {
        return Err(Error::Draft {
            file: path,
            line: None,
            message: format!(
                "the file is larger than {} MiB, the most lint reads: split it",
                crate::pipeline::MAX_FILE_BYTES / (1024 * 1024)
            ),
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Source::new(path, text)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let before = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
            let line = Source::new(path.clone(), before).position(at).line;
            Err(Error::Draft {
                file: path,
                line: Some(line),
                message: "the file is not UTF-8: save it as UTF-8".into(),
            })
        }
    }
}

/// Make the fixes of `source`'s drafts, write the file when they change it,
/// say what changed on standard error, and give the new text.
fn fix(settings: &Settings<'_>, source: Source, file: &Path, args: &LintArgs) -> Result<Source> {
    let drafts = lint::input::drafts(&source, Format::of(&source.path), args.column.as_deref())?;
    let edits = lint::fixes(settings, &source, &drafts);
    if edits.is_empty() {
        return Ok(source);
    }
    let mut text = source.text.clone();
    // From the last, so the earlier ranges still hold.
    for edit in edits.iter().rev() {
        text.replace_range(edit.range.clone(), &edit.text);
    }
    crate::write::write_atomically(file, &text)?;
    let changes: usize = edits.iter().map(|e| e.changes.len()).sum();
    let plural = if changes == 1 { "" } else { "s" };
    eprintln!("fixed {}: {changes} change{plural}", source.path);
    for change in edits.iter().flat_map(|e| &e.changes) {
        eprintln!("  {change}");
    }
    Ok(Source::new(source.path, text))
}

/// Do `a` and `b` name the same file (through links and `..`)?
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
