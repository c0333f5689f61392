//! The arguments of the commands for the desk in the moment: `now`, `due`
//! and `drill`.

use std::path::PathBuf;

use super::ListFormat;

#[derive(Debug, clap::Args)]
pub struct DrillArgs {
    /// The strategy file.
    pub file: PathBuf,
    /// The crisis level declared (its number).
    #[arg(long, value_name = "ID")]
    pub level: u8,
    /// The scenario (its id). Default: the level's only scenario, if it has
    /// one.
    #[arg(long, value_name = "ID")]
    pub scenario: Option<String>,
    /// When the level was declared, as `due --received` takes it. Without
    /// it, steps read T+0, T+30m… and the calendar is not read.
    #[arg(long, value_name = "INSTANT")]
    pub start: Option<String>,
    /// How far ahead to plan updates and paused posts.
    #[arg(long = "for", value_name = "DURATION", default_value = "24h")]
    pub horizon: String,
    /// Output format: Markdown for a shared document, iCalendar (an event and
    /// an alarm per step, for the people on call; needs --start), or JSON.
    #[arg(long, value_enum, default_value = "md")]
    pub format: DrillFormat,
    /// Write to PATH (atomically) instead of standard output.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

/// Output formats of `drill`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DrillFormat {
    Md,
    Ics,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct NowArgs {
    /// The strategy file. Default: `[lint] strategy` in commstrat.toml, or
    /// the only strategy under strategies/.
    pub file: Option<PathBuf>,
    /// The instant to answer for, as `due --received` takes it. Default: now,
    /// read from the clock.
    #[arg(long, value_name = "INSTANT")]
    pub at: Option<String>,
    /// Output format: a line per fact, or JSON for scripts.
    #[arg(long, value_enum, default_value = "human")]
    pub format: ListFormat,
}

#[derive(Debug, clap::Args)]
pub struct DueArgs {
    /// The strategy file.
    pub file: PathBuf,
    /// The network the message arrived on (an id of the strategy's networks).
    #[arg(long, value_name = "ID")]
    pub network: String,
    /// The kind of message: its playbook's `respond_within` is the promise,
    /// else the network's `response_time`.
    #[arg(long, value_enum)]
    pub kind: crate::model::PlaybookKind,
    /// When it arrived: RFC 3339 (2026-12-04T19:50:00+01:00), or a local
    /// date-time with a zone (2026-12-04T19:50[Europe/Paris], or
    /// "2026-12-04 19:50 Europe/Paris"). Never read from the clock.
    #[arg(long, value_name = "INSTANT")]
    pub received: String,
    /// Output format: the calculation in words, or JSON for scripts.
    #[arg(long, value_enum, default_value = "human")]
    pub format: ListFormat,
}

#[derive(Debug, clap::Args)]
pub struct ReplyArgs {
    /// The strategy file.
    pub file: std::path::PathBuf,
    /// The playbook whose reply to use (its id).
    #[arg(long, value_name = "ID")]
    pub playbook: String,
    /// The network it goes to (an id of the strategy's networks).
    #[arg(long, value_name = "ID")]
    pub network: String,
    /// Where it goes: public, private or review. Default: the first of the
    /// playbook's replies for the network.
    #[arg(long, value_enum)]
    pub channel: Option<crate::model::Channel>,
    /// Which of the matching replies, from 1. Default: the first.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub index: usize,
    /// A value for the template: `--set follower=Alex --set agent=Sam`.
    /// brand, network and availability come from the strategy unless set;
    /// a variable with no value stays as `{{ name }}`, and lint says so.
    #[arg(long = "set", value_name = "KEY=VALUE", value_parser = super::drafts::parse_pair)]
    pub values: Vec<(String, String)>,
}
