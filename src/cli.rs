//! Command-line definitions (clap derive) and the commands that drive the
//! library. `main.rs` turns the outcome into an exit code.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::diagnostics::{self, FileReport, Format, HumanOptions, Severity, Summary};
use crate::rules::{self, RULES};

/// Communication strategy as code: validate the TOML files that describe how a
/// brand talks and answers on social networks.
#[derive(Debug, Parser)]
#[command(name = "commstrat", version, about, long_about = None)]
#[command(
    after_help = "Exit codes: 0 success, 1 findings at or above the fail level, 2 usage or input error.\n\
Start with `commstrat init my-brand`, then `commstrat check my-brand`."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate strategy files: TOML syntax, then the JSON Schema, then every rule.
    Check(CheckArgs),
    /// List every rule with its code, name and default severity.
    Rules,
    /// Print a rule's documentation: what it checks, why it matters, an example and its fix.
    Explain {
        /// A rule code (CS201) or name (overlapping-windows).
        rule: String,
    },
    /// What changed between two versions of a strategy, classified as breaking, additive or wording.
    ///
    /// Entities are matched by section and id, so reordering changes nothing.
    /// Breaking means a promise was weakened or removed: a network, playbook or
    /// scenario removed, a response time or reply deadline lengthened, staffed
    /// hours reduced, approvers removed, a crisis deadline lengthened.
    Diff(DiffArgs),
    /// Render documents from a valid strategy.
    #[command(subcommand)]
    Render(RenderCommand),
    /// Print the JSON Schema that `check` uses (the same bytes as schemas/strategy.schema.json).
    Schema,
    /// Print a shell completion script: `commstrat completions bash > /etc/bash_completion.d/commstrat`.
    Completions {
        /// The shell: bash, zsh, fish, powershell or elvish.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `commstrat man > commstrat.1`.
    Man,
    /// The built-in templates of the guide and the Markdown calendar.
    #[command(subcommand)]
    Templates(TemplatesCommand),
    /// Write a starter strategy that passes `check`, with its schema for editors.
    Init {
        /// Folder to write `strategy.toml` and `strategy.schema.json` into (created if needed).
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The strategy before the change.
    pub old: PathBuf,
    /// The strategy after the change.
    pub new: PathBuf,
    /// Output format: Markdown (for a pull-request comment) or JSON.
    #[arg(long, value_enum, default_value = "md")]
    pub format: DiffFormat,
}

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Md,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Write the built-in templates into a folder, to customize them.
    ///
    /// Edit any of them, delete the ones you keep as they are, then pass the
    /// folder to `render guide --templates DIR` (or `render calendar
    /// --templates DIR` for calendar.md). Existing files are not overwritten
    /// unless --force is given.
    #[command(after_help = "Examples:\n  \
commstrat templates export my-templates\n  \
commstrat render guide strategies/acme.toml --templates my-templates -o guide.md")]
    Export {
        /// Folder to write the templates into (created if needed).
        dir: PathBuf,
        /// Overwrite templates already in the folder.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RenderCommand {
    /// The response guide / handbook, in Markdown, in the strategy's language.
    ///
    /// Covers, in order: overview, voice and tone, personas, networks,
    /// availability (a week grid per schedule), playbooks, crisis manual,
    /// measurement and contacts. A strategy with errors is not rendered: its
    /// findings are printed and the exit code is 1.
    #[command(after_help = "Examples:\n  \
commstrat render guide strategies/acme.toml > guide.md\n  \
commstrat render guide strategies/acme.toml -o docs/guide.md --check\n  \
commstrat render guide strategies/acme.toml --book -o handbook && mdbook build handbook\n\n\
Templates that --templates may override: guide.md (the single document around the parts), \
SUMMARY.md (the book's table of contents), overview.md, voice.md, personas.md, networks.md, \
availability.md, playbooks.md, crisis.md, measurement.md, contacts.md.")]
    Guide(GuideArgs),
    /// The content calendar between two dates: Markdown, iCalendar, CSV or JSON.
    ///
    /// Series and one-off events are expanded in each entry's zone with the
    /// tz database built into commstrat: a time that does not exist on a
    /// spring-forward day moves forward by the gap (left out if that would take
    /// it into the next day), a time that happens twice is the first one.
    /// Blackouts remove series slots on their networks.
    #[command(after_help = "Examples:\n  \
commstrat render calendar strategies/acme.toml --from 2026-12-01 --weeks 6\n  \
commstrat render calendar strategies/acme.toml --from 2026-01-01 --to 2026-12-31 --format ics -o acme.ics\n  \
commstrat render calendar strategies/acme.toml --format csv --from 2026-03-01 --weeks 4 > march.csv\n\n\
ICS events are stamped (DTSTAMP) with SOURCE_DATE_EPOCH when it is set, otherwise with midnight UTC \
of --from, never with the clock: the same command gives the same bytes.")]
    Calendar(CalendarArgs),
}

/// Output formats of `render calendar`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CalendarFormat {
    /// Markdown, a table per ISO week, in the strategy's language.
    Md,
    /// iCalendar (RFC 5545), one event per occurrence.
    Ics,
    /// CSV (RFC 4180) with a header row.
    Csv,
    /// JSON: the window and the occurrences.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct CalendarArgs {
    /// The strategy file to render.
    pub file: PathBuf,
    /// First day (YYYY-MM-DD). Default: today in the strategy's zone.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<jiff::civil::Date>,
    /// Last day, inclusive (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date, conflicts_with = "weeks")]
    pub to: Option<jiff::civil::Date>,
    /// Number of weeks from --from. Default: 4.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=5200))]
    pub weeks: Option<u32>,
    /// Output format.
    #[arg(long, value_enum, default_value = "md")]
    pub format: CalendarFormat,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Write nothing: exit 1 if the file at -o is not what would be written.
    #[arg(long, requires = "output")]
    pub check: bool,
    /// Folder with a calendar.md overriding the built-in Markdown calendar
    /// template (`commstrat templates export DIR` writes it).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// CSV for a scheduling tool's bulk import: one file per network in the
    /// folder at -o, with a warning for each importer rule the calendar breaks.
    #[arg(long, value_enum, requires = "output", value_name = "TOOL")]
    pub csv_profile: Option<CsvProfile>,
    /// How the tool reads dates (Sprout follows its import preference).
    #[arg(long, value_enum, default_value = "mdy", requires = "csv_profile")]
    pub date_order: DateOrderArg,
}

/// Bulk-import profiles of `render calendar --format csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvProfile {
    /// Sprout Social bulk scheduling: date, time_24hr, message_text; 350 rows; 10 min apart.
    Sprout,
}

/// Date order of a bulk-import CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DateOrderArg {
    /// mm/dd/yyyy
    Mdy,
    /// dd/mm/yyyy
    Dmy,
}

fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    text.parse()
        .map_err(|_| format!("`{text}` is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01"))
}

#[derive(Debug, clap::Args)]
pub struct GuideArgs {
    /// The strategy file to render.
    pub file: PathBuf,
    /// Write to this file (with --book: this folder) instead of standard output.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Write an mdBook folder at -o: book.toml, src/SUMMARY.md and one page per part.
    #[arg(long, requires = "output")]
    pub book: bool,
    /// Folder of minijinja templates overriding the built-in ones by file name.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Write nothing: exit 1, naming each file at -o that is not what would be written.
    #[arg(long, requires = "output")]
    pub check: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files, or folders searched recursively for *.toml. Default: strategies/
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human", env = "COMMSTRAT_FORMAT")]
    pub format: Format,
    /// Lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value = "error")]
    pub fail_level: Severity,
    /// Print the summary only (human: the last line; json: files and summary).
    #[arg(long, short)]
    pub quiet: bool,
    /// Compare with each file at this git revision: a changed strategy must
    /// bump `version` (major for a weakened promise, minor for an addition).
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,
}

/// What a command achieved, for the exit code.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing at or above the fail level.
    Clean,
    /// Findings at or above the fail level.
    Findings,
}

/// A failure to do the job at all (exit code 2).
#[derive(Debug)]
pub struct Failure(pub String);

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Run a parsed command line, writing its output to `out`.
pub fn run(cli: Cli, out: &mut dyn std::io::Write) -> Result<Outcome, Failure> {
    let io = |e: std::io::Error| Failure(format!("cannot write output: {e}"));
    match cli.command {
        Command::Check(args) => check(args, out),
        Command::Rules => {
            for rule in RULES {
                writeln!(
                    out,
                    "{}  {:<27} {:<7}  {}",
                    rule.code,
                    rule.name,
                    rule.severity.as_str(),
                    rule.summary()
                )
                .map_err(io)?;
            }
            writeln!(out, "\nReply limits by platform (`reply-over-limit`):").map_err(io)?;
            for entry in crate::platforms::REGISTRY {
                let limit = entry.limit.map_or("none".to_string(), |l| l.to_string());
                writeln!(
                    out,
                    "  {:<10} {:>6}  {:<16} {} (checked {})",
                    entry.platform.as_str(),
                    limit,
                    entry.counting.as_str(),
                    entry.source,
                    entry.checked
                )
                .map_err(io)?;
            }
            Ok(Outcome::Clean)
        }
        Command::Explain { rule } => {
            let found = rules::find(&rule).ok_or_else(|| {
                let names = RULES.iter().map(|r| r.name);
                let hint = crate::suggest::did_you_mean(&rule, names)
                    .map(|n| format!(" Did you mean `{n}`?"))
                    .unwrap_or_default();
                Failure(format!(
                    "no rule is called `{rule}`.{hint} `commstrat rules` lists them all."
                ))
            })?;
            writeln!(
                out,
                "{} {} ({} by default)\n",
                found.code,
                found.name,
                found.severity.as_str()
            )
            .map_err(io)?;
            write!(out, "{}", found.documentation()).map_err(io)?;
            Ok(Outcome::Clean)
        }
        Command::Schema => {
            out.write_all(crate::schema::SCHEMA_TEXT.as_bytes())
                .map_err(io)?;
            Ok(Outcome::Clean)
        }
        Command::Init { dir } => init(&dir, out),
        Command::Templates(TemplatesCommand::Export { dir, force }) => {
            export_templates(&dir, force, out)
        }
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "commstrat", out);
            Ok(Outcome::Clean)
        }
        Command::Man => {
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command())
                .render(out)
                .map_err(io)?;
            Ok(Outcome::Clean)
        }
        Command::Diff(args) => {
            let old = model_of(&args.old)?;
            let new = model_of(&args.new)?;
            let diff = crate::diff::diff(&old, &new);
            let text = match args.format {
                DiffFormat::Md => diff.markdown(&display(&args.old), &display(&args.new)),
                DiffFormat::Json => diff.json(),
            };
            out.write_all(text.as_bytes()).map_err(io)?;
            Ok(Outcome::Clean)
        }
        Command::Render(RenderCommand::Guide(args)) => render_guide(args, out),
        Command::Render(RenderCommand::Calendar(args)) => render_calendar(args, out),
    }
}

fn check(args: CheckArgs, out: &mut dyn std::io::Write) -> Result<Outcome, Failure> {
    let paths = if args.paths.is_empty() {
        let default = PathBuf::from("strategies");
        if !default.is_dir() {
            return Err(Failure(
                "no strategies/ folder here: name the files or folders to check, or run `commstrat init`".into(),
            ));
        }
        vec![default]
    } else {
        args.paths
    };
    let mut files = collect_files(&paths)?;
    // Findings are sorted by file, then line and column; a file named twice
    // is checked once.
    files.sort_by_key(|f| display(f));
    files.dedup_by_key(|f| display(f));
    // Rule levels from the nearest commstrat.toml; --fail-level applies after.
    let config = crate::config::Config::discover(Path::new(".")).map_err(Failure)?;
    let base = match &args.base {
        Some(revision) => Some(crate::base::Base::open(revision).map_err(Failure)?),
        None => None,
    };
    // Files are checked in parallel on every core; collecting keeps their
    // order, so the output is the same bytes as a one-by-one run.
    use rayon::prelude::*;
    // Worker threads get the main thread's 8 MiB of stack, not the 2 MiB
    // of a spawned thread: a file nested to the limit the loader accepts
    // recursed past 2 MiB in a debug build now and then (the depth rayon's
    // splitting adds varies from run to run). RAYON_NUM_THREADS still
    // sets the number of threads.
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(8 * 1024 * 1024)
        .build()
        .map_err(|e| Failure(format!("cannot start the worker threads: {e}")))?;
    let reports: Vec<FileReport> = pool
        .install(|| {
            files
                .par_iter()
                .map(|file| {
                    let bytes = crate::read_limited(file)
                        .map_err(|e| Failure(format!("cannot read {}: {e}", file.display())))?;
                    let mut report = crate::check_bytes(&display(file), bytes);
                    if let Some(base) = &base {
                        base.check(file, &mut report).map_err(Failure)?;
                    }
                    config.apply(&mut report);
                    if report.diagnostics.is_empty() {
                        // Only findings quote the file: free its text now, so that
                        // memory grows with the findings, not with the repository.
                        report.source =
                            crate::source::Source::new(report.source.path, String::new());
                    }
                    Ok(report)
                })
                .collect::<Vec<Result<FileReport, Failure>>>()
        })
        // The first failure in file order, whichever thread met it first.
        .into_iter()
        .collect::<Result<_, Failure>>()?;
    let text = match args.format {
        Format::Human => diagnostics::render_human(
            &reports,
            HumanOptions {
                color: std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
                quiet: args.quiet,
            },
        ),
        Format::Json => diagnostics::render_json(&reports, args.quiet),
        Format::Sarif => diagnostics::render_sarif(&reports),
        Format::Github => diagnostics::render_github(&reports),
        Format::Junit => diagnostics::render_junit(&reports),
    };
    out.write_all(text.as_bytes())
        .map_err(|e| Failure(format!("cannot write output: {e}")))?;
    let summary = Summary::of(&reports);
    let failing = match args.fail_level {
        Severity::Error => summary.errors,
        Severity::Warning => summary.errors + summary.warnings,
    };
    Ok(if failing > 0 {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}

/// Every file to check, in a stable order: named files as given, folders
/// walked recursively for *.toml in name order, hidden files and folders
/// skipped.
fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_file() {
            files.push(path.clone());
            continue;
        }
        if !path.is_dir() {
            return Err(Failure(format!(
                "{}: no such file or folder",
                path.display()
            )));
        }
        let before = files.len();
        let walker = walkdir::WalkDir::new(path)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            let entry =
                entry.map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
            if entry.file_type().is_file() && entry.path().extension().is_some_and(|x| x == "toml")
            {
                files.push(entry.into_path());
            }
        }
        if files.len() == before {
            return Err(Failure(format!(
                "{}: no *.toml file in this folder",
                path.display()
            )));
        }
    }
    Ok(files)
}

/// A path as shown in findings: as the user wrote it, with `/` separators.
fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn write_atomically(target: &Path, text: &str) -> Result<(), Failure> {
    crate::write::write_atomically(target, text).map_err(Failure)
}

/// Validate the strategy at `file` for rendering: unreadable is a failure;
/// errors are printed to standard error and stop the render; warnings are
/// printed and the render goes on.
fn load_for_render(file: &Path) -> Result<Option<crate::model::Strategy>, Failure> {
    let bytes = crate::read_limited(file)
        .map_err(|e| Failure(format!("cannot read {}: {e}", file.display())))?;
    let (report, strategy) = crate::validate(&display(file), bytes);
    if !report.diagnostics.is_empty() {
        let options = HumanOptions {
            color: std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            quiet: false,
        };
        let reports = [report];
        eprint!("{}", diagnostics::render_human(&reports, options));
        if Summary::of(&reports).errors > 0 {
            eprintln!("{} has errors: nothing was rendered", display(file));
            return Ok(None);
        }
    }
    Ok(strategy)
}

/// The model of a strategy file for `diff`: it must load (syntax and
/// schema), even if rules find problems in it.
fn model_of(file: &Path) -> Result<crate::model::Strategy, Failure> {
    let bytes = crate::read_limited(file)
        .map_err(|e| Failure(format!("cannot read {}: {e}", file.display())))?;
    let (report, strategy) = crate::validate(&display(file), bytes);
    strategy.ok_or_else(|| {
        Failure(format!(
            "{} does not load ({} findings); run `commstrat check {}`",
            display(file),
            report.diagnostics.len(),
            display(file)
        ))
    })
}

fn render_guide(args: GuideArgs, out: &mut dyn std::io::Write) -> Result<Outcome, Failure> {
    let Some(strategy) = load_for_render(&args.file)? else {
        return Ok(Outcome::Findings);
    };
    let overrides = match &args.templates {
        Some(dir) => crate::render::Overrides::load(dir).map_err(|e| Failure(e.to_string()))?,
        None => crate::render::Overrides::default(),
    };
    // The file's name, never its path: the guide must not depend on where
    // the strategy sits on this machine.
    let source = args
        .file
        .file_name()
        .map_or_else(|| display(&args.file), |n| n.to_string_lossy().into_owned());
    let template_failure = |e: crate::render::RenderError| {
        let mut message = e.to_string();
        if let (crate::render::RenderError::Template { name, .. }, Some(dir)) =
            (&e, &args.templates)
        {
            let file = dir.join(name);
            if file.is_file() {
                message = format!("{message} (in {})", display(&file));
            }
        }
        Failure(message)
    };
    let guide = crate::render::guide(&strategy, &source, &overrides, args.book)
        .map_err(template_failure)?;
    let plan = match (&args.output, args.book) {
        (Some(root), true) => {
            let summary = guide.summary().map_err(template_failure)?;
            crate::write::book_plan(root, &guide, summary)
        }
        (Some(path), false) => crate::write::Plan {
            write: vec![crate::write::Output {
                path: path.clone(),
                text: guide.document().map_err(template_failure)?,
            }],
            remove: Vec::new(),
        },
        (None, _) => {
            let text = guide.document().map_err(template_failure)?;
            out.write_all(text.as_bytes())
                .map_err(|e| Failure(format!("cannot write output: {e}")))?;
            return Ok(Outcome::Clean);
        }
    };
    finish(
        plan,
        args.check,
        args.book.then_some(()).and(args.output.as_deref()),
        out,
    )
}

fn render_calendar(args: CalendarArgs, out: &mut dyn std::io::Write) -> Result<Outcome, Failure> {
    use crate::render::calendar;
    let Some(strategy) = load_for_render(&args.file)? else {
        return Ok(Outcome::Findings);
    };
    let from = match args.from {
        Some(from) => from,
        None => {
            let zone = crate::time::zone(strategy.timezone.as_str())
                .ok_or_else(|| Failure(format!("unknown zone {}", strategy.timezone)))?;
            jiff::Zoned::now().with_time_zone(zone).date()
        }
    };
    let window = calendar::window(from, args.to, args.weeks).map_err(Failure)?;
    let occurrences = calendar::expand(&strategy, window);
    if let (Some(CsvProfile::Sprout), Some(folder)) = (args.csv_profile, &args.output) {
        if args.format != CalendarFormat::Csv {
            return Err(Failure("--csv-profile needs --format csv".into()));
        }
        let order = match args.date_order {
            DateOrderArg::Mdy => calendar::DateOrder::MonthFirst,
            DateOrderArg::Dmy => calendar::DateOrder::DayFirst,
        };
        let files = calendar::to_sprout(&strategy, &occurrences, order);
        for file in &files {
            for warning in &file.warnings {
                eprintln!("warning: {warning}");
            }
        }
        let plan = crate::write::Plan {
            write: files
                .into_iter()
                .map(|f| crate::write::Output {
                    path: folder.join(format!("{}.csv", f.network)),
                    text: f.csv,
                })
                .collect(),
            remove: Vec::new(),
        };
        return finish(plan, args.check, None, out);
    }
    let text = match args.format {
        CalendarFormat::Md => {
            let overrides = match &args.templates {
                Some(dir) => {
                    crate::render::Overrides::load(dir).map_err(|e| Failure(e.to_string()))?
                }
                None => crate::render::Overrides::default(),
            };
            crate::render::calendar_markdown(&strategy, window, &occurrences, &overrides)
                .map_err(|e| Failure(e.to_string()))?
        }
        CalendarFormat::Ics => calendar::to_ics(&strategy, &occurrences, dtstamp(from)?),
        CalendarFormat::Csv => calendar::to_csv(&occurrences),
        CalendarFormat::Json => calendar::to_json(&strategy, window, &occurrences),
    };
    match args.output {
        Some(path) => finish(
            crate::write::Plan {
                write: vec![crate::write::Output { path, text }],
                remove: Vec::new(),
            },
            args.check,
            None,
            out,
        ),
        None => {
            out.write_all(text.as_bytes())
                .map_err(|e| Failure(format!("cannot write output: {e}")))?;
            Ok(Outcome::Clean)
        }
    }
}

/// DTSTAMP: `SOURCE_DATE_EPOCH` when set, else midnight UTC of the first
/// day: never the clock, so the same command gives the same bytes.
fn dtstamp(from: jiff::civil::Date) -> Result<jiff::Timestamp, Failure> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) if !text.trim().is_empty() => text
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|s| jiff::Timestamp::from_second(s).ok())
            .ok_or_else(|| {
                Failure(format!(
                    "SOURCE_DATE_EPOCH={text} is not a number of seconds since 1970-01-01"
                ))
            }),
        _ => from
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map(|z| z.timestamp())
            .map_err(|e| Failure(format!("cannot stamp events at {from}: {e}"))),
    }
}

/// Check or apply a plan of generated files. `book` is the book's folder,
/// whose files commstrat may replace only when its manifest lists them.
fn finish(
    plan: crate::write::Plan,
    check: bool,
    book: Option<&Path>,
    out: &mut dyn std::io::Write,
) -> Result<Outcome, Failure> {
    let io = |e: std::io::Error| Failure(format!("cannot write output: {e}"));
    if check {
        let stale = plan.out_of_date();
        for path in &stale {
            let what = if plan.remove.contains(path) {
                "should be removed"
            } else {
                "is out of date"
            };
            writeln!(out, "{} {what}", display(path)).map_err(io)?;
        }
        if stale.is_empty() {
            return Ok(Outcome::Clean);
        }
        writeln!(out, "run the same command without --check to update").map_err(io)?;
        return Ok(Outcome::Findings);
    }
    if let Some(root) = book {
        let foreign = crate::write::foreign_files(root, &plan);
        if let Some(first) = foreign.first() {
            return Err(Failure(format!(
                "{} exists and was not written by commstrat; nothing was written. Move it away, or render the book into another folder",
                display(first)
            )));
        }
    }
    plan.apply().map_err(Failure)?;
    for path in &plan.remove {
        writeln!(
            out,
            "removed {} (its part is no longer in the strategy)",
            display(path)
        )
        .map_err(io)?;
    }
    if let Some(root) = book {
        writeln!(
            out,
            "wrote {} files in {}; build it with `mdbook build {}`",
            plan.write.len(),
            display(root),
            display(root)
        )
        .map_err(io)?;
    }
    Ok(Outcome::Clean)
}

fn export_templates(
    dir: &Path,
    force: bool,
    out: &mut dyn std::io::Write,
) -> Result<Outcome, Failure> {
    let targets: Vec<(PathBuf, &str)> = crate::render::TEMPLATES
        .iter()
        .map(|(name, text)| (dir.join(name), *text))
        .collect();
    if !force {
        let existing: Vec<String> = targets
            .iter()
            .filter(|(path, _)| path.exists())
            .map(|(path, _)| display(path))
            .collect();
        if !existing.is_empty() {
            return Err(Failure(format!(
                "{} already exist{}; nothing was written (--force overwrites)",
                existing.join(", "),
                if existing.len() == 1 { "s" } else { "" }
            )));
        }
    }
    for (target, text) in &targets {
        write_atomically(target, text)?;
    }
    writeln!(
        out,
        "wrote {} templates to {}\nnext: edit them, then run `commstrat render guide FILE --templates {}`",
        targets.len(),
        display(dir),
        display(dir)
    )
    .map_err(|e| Failure(format!("cannot write output: {e}")))?;
    Ok(Outcome::Clean)
}

fn init(dir: &Path, out: &mut dyn std::io::Write) -> Result<Outcome, Failure> {
    let strategy = dir.join("strategy.toml");
    let schema = dir.join("strategy.schema.json");
    for target in [&strategy, &schema] {
        if target.exists() {
            return Err(Failure(format!(
                "{} already exists; nothing was written",
                target.display()
            )));
        }
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| Failure(format!("cannot create {}: {e}", dir.display())))?;
    let starter = crate::STARTER.replacen(
        "#:schema ../schemas/strategy.schema.json",
        "#:schema ./strategy.schema.json",
        1,
    );
    for (target, text) in [
        (&strategy, starter.as_str()),
        (&schema, crate::schema::SCHEMA_TEXT),
    ] {
        write_atomically(target, text)?;
    }
    writeln!(
        out,
        "wrote {} and {}\nnext: edit it, then run `commstrat check {}`",
        display(&strategy),
        display(&schema),
        display(dir)
    )
    .map_err(|e| Failure(format!("cannot write output: {e}")))?;
    Ok(Outcome::Clean)
}
