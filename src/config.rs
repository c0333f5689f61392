//! `commstrat.toml`: the project's configuration, found in the current
//! folder or its nearest parent. Its `[rules]` table sets a rule's severity,
//! by name or code, to `"error"`, `"warning"` or `"off"`; `toml-syntax`
//! and the limits on hostile input (`file-too-large`, `nesting-too-deep`)
//! stay errors.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{FileReport, Severity};
use crate::error::{Error, Result};
use crate::rules::{self, RULES, Rule};
use crate::source::Source;

/// The configuration file's name.
pub(crate) const FILE_NAME: &str = "commstrat.toml";

/// What a rule becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Severity(Severity),
    Off,
}

/// The loaded configuration: per-rule levels, by rule code.
#[derive(Debug, Clone, Default)]
pub(crate) struct Config {
    /// Where it came from, when a file was found.
    pub path: Option<PathBuf>,
    levels: BTreeMap<&'static str, Level>,
    /// `[lint] strategy`: the strategy drafts are held to (joined to the
    /// file's folder once a file is found).
    pub lint_strategy: Option<String>,
    /// `[lint] drafts`: the folders whose `.txt` and `.md` files the
    /// language server lints as drafts (joined to the file's folder).
    pub lint_drafts: Vec<PathBuf>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    lint: LintSection,
}

/// `[lint]`: what `commstrat lint` reads by default.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LintSection {
    /// The strategy drafts are held to, relative to commstrat.toml's folder.
    strategy: Option<String>,
    /// The folders of drafts, relative to commstrat.toml's folder.
    #[serde(default)]
    drafts: Vec<String>,
}

impl Config {
    /// The configuration of the nearest `commstrat.toml` from `start` up;
    /// none found: the defaults.
    pub(crate) fn discover(start: &Path) -> Result<Config> {
        let start = std::path::absolute(start).unwrap_or_else(|_| start.to_path_buf());
        for folder in start.ancestors() {
            let candidate = folder.join(FILE_NAME);
            if candidate.is_file() {
                let text = std::fs::read_to_string(&candidate).map_err(|error| Error::Read {
                    path: candidate.display().to_string(),
                    error,
                })?;
                let mut config = Config::parse(&text, FILE_NAME)?;
                config.lint_strategy = config
                    .lint_strategy
                    .map(|s| folder.join(s).to_string_lossy().into_owned());
                config.lint_drafts = config.lint_drafts.iter().map(|d| folder.join(d)).collect();
                config.path = Some(candidate);
                return Ok(config);
            }
        }
        Ok(Config::default())
    }

    /// Parse a configuration's text; `name` is how errors name the file.
    pub fn parse(text: &str, name: &str) -> Result<Config> {
        let wrong = |offset: Option<usize>, message: String| Error::Config {
            file: name.to_string(),
            line: offset.map(|at| Source::new(name, text.to_string()).position(at).line),
            message,
        };
        let file: File = toml::from_str(text)
            .map_err(|e| wrong(e.span().map(|s| s.start), e.message().to_string()))?;
        let mut levels = BTreeMap::new();
        for (key, value) in &file.rules {
            let at = Some(key.span().start);
            let rule: &'static Rule = rules::find(key.get_ref()).ok_or_else(|| {
                let hint =
                    crate::suggest::did_you_mean(key.get_ref(), RULES.iter().map(|r| r.id.name))
                        .map(|n| format!("did you mean `{n}`? "))
                        .unwrap_or_default();
                wrong(
                    at,
                    format!(
                        "no rule is called `{}` in [rules]; {hint}`commstrat rules` lists them all",
                        key.get_ref()
                    ),
                )
            })?;
            let level = match value.get_ref().as_str() {
                "error" => Level::Severity(Severity::Error),
                "warning" => Level::Severity(Severity::Warning),
                "info" => Level::Severity(Severity::Info),
                "off" => Level::Off,
                other => {
                    return Err(wrong(
                        Some(value.span().start),
                        format!(
                            "`{other}` is not a level for `{}`: write \"error\", \"warning\", \"info\" or \"off\"",
                            key.get_ref()
                        ),
                    ));
                }
            };
            if rule.id == &crate::codes::TOML_SYNTAX && level != Level::Severity(Severity::Error) {
                return Err(wrong(
                    at,
                    "`toml-syntax` stays an error: nothing else can be checked in a file that does not parse".into(),
                ));
            }
            // The limits guard commstrat itself: off or a warning, a file it
            // never read would pass with "0 errors".
            let limit = [
                &crate::codes::FILE_TOO_LARGE,
                &crate::codes::NESTING_TOO_DEEP,
                &crate::codes::TOO_MANY_FINDINGS,
            ];
            if limit.contains(&rule.id) && level != Level::Severity(Severity::Error) {
                return Err(wrong(
                    at,
                    format!(
                        "`{}` stays an error: it guards commstrat against hostile input, and a file past the limit is not fully checked. Remove this line; split or flatten the file instead",
                        rule.id.name
                    ),
                ));
            }
            if levels.insert(rule.id.code, level).is_some() {
                return Err(wrong(
                    at,
                    format!(
                        "`{}` is set twice in [rules] (by name and by code)",
                        rule.id.name
                    ),
                ));
            }
        }
        Ok(Config {
            path: None,
            levels,
            lint_strategy: file.lint.strategy,
            lint_drafts: file.lint.drafts.iter().map(PathBuf::from).collect(),
        })
    }

    /// Apply the levels to a report's findings: drop those turned off, and
    /// set the severity of the others.
    pub fn apply(&self, report: &mut FileReport) {
        report
            .diagnostics
            .retain_mut(|d| match self.levels.get(d.rule.code) {
                Some(Level::Off) => false,
                Some(Level::Severity(s)) => {
                    d.severity = *s;
                    true
                }
                None => true,
            });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_codes_are_accepted() {
        let config =
            Config::parse("[rules]\ndst-gap = \"error\"\nCS504 = \"off\"\n", "c").expect("valid");
        assert_eq!(
            config.levels.get("CS503"),
            Some(&Level::Severity(Severity::Error))
        );
        assert_eq!(config.levels.get("CS504"), Some(&Level::Off));
    }

    #[test]
    fn mistakes_name_the_line_and_suggest() {
        let err = |text: &str| Config::parse(text, "c").unwrap_err().to_string();
        let e = err("[rules]\n\ndts-gap = \"error\"\n");
        assert!(e.starts_with("c:3: no rule is called `dts-gap`"), "{e}");
        assert!(e.contains("did you mean `dst-gap`?"), "{e}");
        let e = err("[rules]\ndst-gap = \"loud\"\n");
        assert!(e.starts_with("c:2: `loud` is not a level"), "{e}");
        let e = err("[rules]\ntoml-syntax = \"off\"\n");
        assert!(e.contains("`toml-syntax` stays an error"), "{e}");
        for text in [
            "[rules]\nfile-too-large = \"off\"\n",
            "[rules]\nCS009 = \"warning\"\n",
            "[rules]\nnesting-too-deep = \"warning\"\n",
            "[rules]\nCS008 = \"off\"\n",
        ] {
            let e = err(text);
            assert!(e.starts_with("c:2: `"), "{e}");
            assert!(e.contains("` stays an error: it guards commstrat"), "{e}");
        }
        let raised = Config::parse("[rules]\nfile-too-large = \"error\"\n", "c");
        assert!(raised.is_ok(), "an error may stay an error");
        let e = err("[rule]\n");
        assert!(e.starts_with("c:1: unknown field `rule`"), "{e}");
        let e = err("[rules]\ndst-gap = \"off\"\nCS503 = \"error\"\n");
        assert!(e.contains("set twice"), "{e}");
    }
}
