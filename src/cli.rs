//! The command line: clap's derive types, their help text and their value
//! parsers. What each command does is in `commands/`.

use std::path::PathBuf;

mod desk;
mod drafts;

pub use desk::{DrillArgs, DrillFormat, DueArgs, NowArgs, ReplyArgs};
pub use drafts::LintArgs;

use clap::{Parser, Subcommand};

use crate::diagnostic::Severity;
use crate::report::Format;

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
    /// When to colour findings: auto (on a terminal, unless NO_COLOR is set;
    /// FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never.
    #[arg(
        long,
        value_enum,
        default_value = "auto",
        global = true,
        value_name = "WHEN"
    )]
    pub color: ColorChoice,
}

/// The choices of `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate strategy files: TOML syntax, then the JSON Schema, then every rule.
    Check(CheckArgs),
    /// List every rule with its code, name and default severity.
    Rules {
        /// Output format: a table, or JSON for scripts.
        #[arg(long, value_enum, default_value = "human")]
        format: ListFormat,
    },
    /// Print the platform registry: every surface's limits, how each platform counts, the
    /// messaging windows and badges, each fact with its source, date and confidence.
    ///
    /// Surfaces: reply (public replies and comments), dm (private messages),
    /// review (review replies), post (posts, captions, pinned statements).
    /// Edit a figure in src/platforms/registry.toml, with its source.
    Platforms {
        /// Output format: a table, or JSON for scripts.
        #[arg(long, value_enum, default_value = "human")]
        format: ListFormat,
        /// List only the facts checked before DATE (YYYY-MM-DD), to find the ones to check
        /// again. The date is given, never read from the clock.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        stale_before: Option<jiff::civil::Date>,
    },
    /// Check drafts against a strategy: avoided phrases, the surface's limits, placeholders
    /// left in, the sign-off, the voice's person and emoji, a crisis pause.
    ///
    /// A draft is a text file (one draft), a Markdown file (one draft; a YAML
    /// front matter may say `network:` and `surface:`), or a CSV file (one
    /// draft a row: the `message_text` column of Sprout Social's bulk import,
    /// or `message`, or --column; `network` and `surface` columns when it has
    /// them). Findings name the draft's file, line and column, in the formats
    /// of `check`, with the same exit codes.
    ///
    /// Examples:
    ///   commstrat lint --network x reply.txt
    ///   commstrat lint --strategy strategies/acme.toml --crisis 2 captions.csv
    ///   echo "We apologize for any inconvenience" | commstrat lint --network instagram -
    ///   commstrat lint --fix --set agent=Sam drafts/*.md
    Lint(LintArgs),
    /// Who is on duty and what is promised right now, network by network.
    ///
    /// For each network: staffed or not under its schedule (and when it opens
    /// or closes), the roles on duty (the owners of its playbooks), the first
    /// response promised to a message arriving now and when it is due in
    /// staffed time, what followers are told outside hours, and a warning where
    /// the platform's messaging window closes before that deadline. Without
    /// --at, the clock is read (the only command that reads it) and the output
    /// says so.
    ///
    /// Example:
    ///   commstrat now strategies/acme.toml --at "2026-12-04 19:50 Europe/Paris"
    Now(NowArgs),
    /// When a reply is due: the promise for a kind of message on a network,
    /// counted in the network's staffed time from the instant it arrived.
    ///
    /// The clock runs only while the desk is staffed: a message that arrives
    /// after hours starts it at the next opening; closed dates have no hours;
    /// a window across a daylight-saving change is as long as the time that
    /// really passes in it. The calculation shows each staffed stretch that
    /// counted. The deadline is shown in the schedule's zone and in the zone
    /// the instant was given in.
    ///
    /// Example:
    ///   commstrat due strategies/acme.toml --network instagram --kind complaint --received "2026-12-04 19:50 Europe/Paris"
    Due(DueArgs),
    /// A crisis run sheet: every step of a level (and scenario) at its time.
    ///
    /// The incident lead and each escalation step with owner, backup and
    /// channel; the first public response due; the holding statement filled in
    /// and measured on each network; the updates on the level's cadence with
    /// its update template; the scheduled posts of the calendar that the level
    /// pauses; the all-clear criteria and the review checklist. With --start,
    /// every step has its absolute time; without, times read T+30m.
    ///
    /// Examples:
    ///   commstrat drill strategies/acme.toml --level 2 --start "2026-12-04 19:50 Europe/Paris"
    ///   commstrat drill strategies/acme.toml --level 2 --start 2026-12-04T18:50:00Z --format ics -o drill.ics
    Drill(DrillArgs),
    /// A reply ready to paste: a playbook's template filled in, the sign-off
    /// added; its length against the surface and lint's findings on stderr.
    ///
    /// Only the reply goes to standard output, so it can be piped to the
    /// clipboard; the exit code is 1 when lint finds an error in it (over the
    /// limit, a placeholder left).
    ///
    /// Example:
    ///   commstrat reply strategies/acme.toml --playbook complaints --network instagram --set follower=Alex --set agent=Sam | pbcopy
    Reply(ReplyArgs),
    /// Serve the language server protocol over standard input and output, for editors.
    ///
    /// Strategy files get every finding of `check` as you type, hover (a key's
    /// description, a rule's documentation, what a reference points to),
    /// completion of ids and go to definition. Drafts (.txt and .md under the
    /// folders `drafts` lists under [lint] in commstrat.toml) get lint's
    /// findings, and its fixes as code actions. docs/editors.md sets up VS Code,
    /// Neovim and Helix.
    Lsp,
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
    /// Print a manual page (roff): `commstrat man`, `commstrat man render guide`.
    ///
    /// The wheel installs every page under share/man/man1.
    Man {
        /// The subcommand whose page to print (`check`, `render guide`…);
        /// none for the page of commstrat itself.
        command: Vec<String>,
    },
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

/// Output formats of `rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
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
commstrat render guide strategies/northwind-outdoor.toml --templates my-templates -o guide.md")]
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
commstrat render guide strategies/northwind-outdoor.toml > guide.md\n  \
commstrat render guide strategies/northwind-outdoor.toml -o docs/guide.md --check\n  \
commstrat render guide strategies/northwind-outdoor.toml --book -o handbook && mdbook build handbook\n\n\
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
commstrat render calendar strategies/northwind-outdoor.toml --from 2026-12-01 --weeks 6\n  \
commstrat render calendar strategies/northwind-outdoor.toml --from 2026-01-01 --to 2026-12-31 --format ics -o northwind.ics\n  \
commstrat render calendar strategies/northwind-outdoor.toml --format csv --from 2026-03-01 --weeks 4 > march.csv\n\n\
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
    /// Write to this file instead of standard output (with --csv-profile:
    /// this folder). Only a regular file, or a path where nothing is, is
    /// written: a symbolic link, a device, a FIFO, a folder or the strategy
    /// itself is refused (exit 2).
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
    /// The CSV's header row: the column keys (date, local_time, …), or
    /// their names in the strategy's language for people opening it in a
    /// spreadsheet. The cells keep ids either way. Default: keys.
    #[arg(long, value_enum, value_name = "HEADER")]
    pub csv_header: Option<CsvHeader>,
    /// Start the CSV with a byte-order mark, so that Excel on Windows reads
    /// its accents and Arabic as UTF-8 (with --format csv).
    #[arg(long)]
    pub bom: bool,
    /// A reminder this long before each post in the iCalendar (a VALARM),
    /// e.g. 15m or 1h (with --format ics).
    #[arg(long, value_name = "DURATION", value_parser = parse_alarm)]
    pub alarm: Option<i64>,
    /// How the tool reads dates (Sprout follows its import preference).
    #[arg(long, value_enum, default_value = "mdy", requires = "csv_profile")]
    pub date_order: DateOrderArg,
}

/// Header rows of `render calendar --format csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvHeader {
    /// date, local_time, zone, utc_instant, network, platform, handle,
    /// practice, title, owner, brief
    Keys,
    /// The same columns named in the strategy's language.
    Labels,
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

/// `--alarm`: a duration of the format ("15m", "1h"), in minutes, at most
/// a week.
fn parse_alarm(text: &str) -> Result<i64, String> {
    match crate::time::parse_duration(text) {
        Ok(minutes) if (1..=crate::time::MINUTES_PER_WEEK).contains(&minutes) => Ok(minutes),
        _ => Err(format!(
            "`{text}` is not a reminder time: write a duration from 1m to 7d, e.g. 15m or 1h"
        )),
    }
}

fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    text.parse()
        .map_err(|_| format!("`{text}` is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01"))
}

#[derive(Debug, clap::Args)]
pub struct GuideArgs {
    /// The strategy file to render.
    pub file: PathBuf,
    /// Write to this file (with --book: this folder) instead of standard
    /// output. The guide's pictures go in a folder beside the file, named
    /// after it (guide.md: guide-pictures/); printed, the guide has none.
    /// Only a regular file, or a path where nothing is, is written: a
    /// symbolic link, a device, a FIFO, a folder or the strategy itself is
    /// refused (exit 2).
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
    /// Files, or folders searched recursively for *.toml. In a folder, only
    /// the files that declare the format are checked (`schema = 1` beside
    /// `id`, or a `#:schema` line naming strategy.schema.json); a file named
    /// is always checked. `-` reads standard input. Default: strategies/
    pub paths: Vec<PathBuf>,
    /// The name findings give the text read from standard input (`-`), as
    /// editors and formatters that pipe a buffer pass it. Default: <stdin>
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human", env = "COMMSTRAT_FORMAT")]
    pub format: Format,
    /// Lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value = "error")]
    pub fail_level: Severity,
    /// Print the findings without the summary line (human output; the
    /// other formats are whole documents and stay as they are).
    #[arg(long, short, conflicts_with_all = ["silent", "verbose"])]
    pub quiet: bool,
    /// Print nothing at all, not even why a run could not be done: the exit
    /// code alone says 0 clean, 1 findings, 2 no check made (run again
    /// without --silent to see why).
    #[arg(long, conflicts_with = "verbose")]
    pub silent: bool,
    /// Compare with each file at this git revision: a changed strategy must
    /// bump `version` (major for a weakened promise, minor for an addition).
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,
    /// Say which TOML files a folder walk skipped because they do not
    /// declare the strategy format (on standard error).
    #[arg(long, short)]
    pub verbose: bool,
}
