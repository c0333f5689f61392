//! The arguments of `lint`.

use std::path::PathBuf;

use super::Format;
use crate::diagnostic::Severity;

#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// Draft files (.txt, .md, .csv); `-` reads one draft from standard input.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The strategy the drafts are held to. Default: `[lint] strategy` in
    /// commstrat.toml, or the only strategy under strategies/.
    #[arg(long, value_name = "FILE")]
    pub strategy: Option<PathBuf>,
    /// The network of drafts that do not name theirs (an id of the strategy's
    /// networks). Default: every network, each with its limits.
    #[arg(long, value_name = "ID")]
    pub network: Option<String>,
    /// The surface of drafts that do not name theirs. Default: that of the
    /// --kind playbook's replies; else post for CSV, reply for the others.
    #[arg(long, value_enum)]
    pub surface: Option<crate::platforms::Surface>,
    /// The kind of message the drafts answer: they are replies, so they need
    /// the sign-off, and they go where that kind's playbook replies.
    #[arg(long, value_enum)]
    pub kind: Option<crate::model::PlaybookKind>,
    /// The crisis level declared now: posts that it pauses are findings.
    #[arg(long, value_name = "LEVEL")]
    pub crisis: Option<u8>,
    /// Make the voice's substitutions and add the sign-off, in place (each
    /// file written whole, atomically), then report what is left. Says what
    /// it changed on standard error.
    #[arg(long)]
    pub fix: bool,
    /// A value for the sign-off's variables, for --fix: `--set agent=Sam`.
    #[arg(long = "set", value_name = "KEY=VALUE", value_parser = parse_pair)]
    pub values: Vec<(String, String)>,
    /// The CSV column that holds the message. Default: message_text (Sprout
    /// Social's bulk import), else message.
    #[arg(long, value_name = "NAME")]
    pub column: Option<String>,
    /// The name findings give standard input (`-`); its extension says how
    /// to read it (.md, .csv). Default: <stdin>, read as text.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human", env = "COMMSTRAT_FORMAT")]
    pub format: Format,
    /// Lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value = "error")]
    pub fail_level: Severity,
    /// Print the findings without the summary line.
    #[arg(long, short)]
    pub quiet: bool,
}

/// `KEY=VALUE` of `--set`.
pub(super) fn parse_pair(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.trim().is_empty() => {
            Ok((key.trim().to_string(), value.to_string()))
        }
        _ => Err(format!("`{text}` is not KEY=VALUE: write it as agent=Sam")),
    }
}
