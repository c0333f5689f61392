//! Why commstrat could not do its job: every failure that ends a command
//! with exit code 2 (`main.rs` maps it, in one place). Findings in a file
//! are not errors: they are `Diagnostic`s, and exit code 1.
//!
//! Each variant carries what the message needs: which file, what went
//! wrong, and, where there is one, what to do.

use std::fmt;

#[derive(Debug)]
pub enum Error {
    /// Standard output could not be written (a closed pipe, a full disk).
    Output(std::io::Error),
    /// A file or folder could not be read (a folder's walk error says
    /// which entry, as an `io::Error` made from it).
    Read { path: String, error: std::io::Error },
    /// A file could not be written or removed: `doing` is "write" or "remove".
    Write {
        doing: &'static str,
        path: String,
        error: String,
    },
    /// A path named on the command line does not exist.
    NoSuchPath { path: String },
    /// A folder named on the command line holds no `*.toml` file.
    NoStrategies { path: String },
    /// Every TOML file a folder walk found was skipped: none declares the
    /// strategy format.
    NoneDeclared { skipped: usize },
    /// `check` without a path, in a folder without `strategies/`.
    NoDefaultFolder,
    /// `explain` was asked for a rule that does not exist.
    UnknownRule {
        query: String,
        suggestion: Option<&'static str>,
    },
    /// `commstrat.toml` is wrong: the file, the line when known, and what.
    Config {
        file: String,
        line: Option<usize>,
        message: String,
    },
    /// A draft file that cannot be read as its format (`lint`): the file,
    /// the line when known, and what to do.
    Draft {
        file: String,
        line: Option<usize>,
        message: String,
    },
    /// `--base`: git could not answer.
    Git { message: String },
    /// A strategy that must load whole (for `diff`) does not.
    DoesNotLoad { path: String, findings: usize },
    /// A template failed to compile or render: which one, where, and why;
    /// `file` is the overriding template's path when it came from a folder.
    Template {
        name: String,
        line: Option<usize>,
        detail: String,
        file: Option<String>,
    },
    /// A templates folder that cannot be used, and why.
    Templates { message: String },
    /// Files that a write would replace without having been asked to.
    Exists {
        paths: Vec<String>,
        hint: &'static str,
    },
    /// A file in a folder commstrat writes (a book, a CSV folder) that
    /// commstrat did not write; `folder` says what to write elsewhere.
    Foreign { path: String, folder: &'static str },
    /// A path commstrat must not write or read as output: a device, a
    /// FIFO, a folder, a symbolic link, the input itself. `what` it is, and
    /// what to do instead.
    Refused {
        path: String,
        what: String,
        fix: &'static str,
    },
    /// Something this machine should give and did not (threads).
    Internal { message: String },
    /// Options that do not fit together or a value they cannot take, with
    /// what to write instead.
    Usage { message: String },
    /// Paths named or found in a folder that cannot be strategy files, each
    /// a sentence with the path, what it is and what to do: a symbolic link
    /// that leads nowhere or in a loop, a FIFO, socket or device (never
    /// opened). Nothing is checked while one remains.
    Unusable { problems: Vec<String> },
    /// `check --silent` could not be made: exit code 2 and nothing printed,
    /// as asked.
    Silenced,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Output(e) => write!(f, "cannot write output: {e}"),
            Error::Read { path, error } => write!(f, "cannot read {path}: {error}"),
            Error::Write { doing, path, error } => write!(f, "cannot {doing} {path}: {error}"),
            Error::NoSuchPath { path } => write!(f, "{path}: no such file or folder"),
            Error::NoStrategies { path } => write!(f, "{path}: no *.toml file in this folder"),
            Error::NoneDeclared { skipped } => write!(
                f,
                "no strategy to check: the {skipped} TOML file(s) found do not declare the format (`schema = 1` beside `id`, or a `#:schema` line naming strategy.schema.json); add `schema = 1`, or name a file to check it anyway (--verbose lists them)"
            ),
            Error::NoDefaultFolder => f.write_str(
                "no strategies/ folder here: name the files or folders to check, or run `commstrat init`",
            ),
            Error::UnknownRule { query, suggestion } => {
                write!(f, "no rule is called `{query}`.")?;
                if let Some(name) = suggestion {
                    write!(f, " Did you mean `{name}`?")?;
                }
                f.write_str(" `commstrat rules` lists them all.")
            }
            Error::Config {
                file,
                line,
                message,
            }
            | Error::Draft {
                file,
                line,
                message,
            } => match line {
                Some(line) => write!(f, "{file}:{line}: {message}"),
                None => write!(f, "{file}: {message}"),
            },
            Error::Git { message }
            | Error::Templates { message }
            | Error::Internal { message }
            | Error::Usage { message } => f.write_str(message),
            Error::DoesNotLoad { path, findings } => write!(
                f,
                "{path} does not load ({findings} findings); run `commstrat check {path}`"
            ),
            Error::Template {
                name,
                line,
                detail,
                file,
            } => {
                write!(f, "template `{name}`")?;
                if let Some(line) = line {
                    write!(f, ", line {line}")?;
                }
                write!(f, ": {detail}")?;
                if let Some(file) = file {
                    write!(f, " (in {file})")?;
                }
                Ok(())
            }
            Error::Exists { paths, hint } => {
                let verb = if paths.len() == 1 { "exists" } else { "exist" };
                write!(f, "{} already {verb}; nothing was written{hint}", paths.join(", "))
            }
            Error::Foreign { path, folder } => write!(
                f,
                "{path} exists and was not written by commstrat; nothing was written. Move it away, or render the {folder} into another folder"
            ),
            Error::Unusable { problems } => match problems.as_slice() {
                [one] => f.write_str(one),
                many => {
                    write!(f, "{} paths cannot be read as strategies:", many.len())?;
                    many.iter().try_for_each(|p| write!(f, "\n  {p}"))
                }
            },
            Error::Silenced => f.write_str("the check could not be made (--silent)"),
            Error::Refused { path, what, fix } => {
                write!(f, "{path} {what}; nothing was written. {fix}")
            }
        }
    }
}

impl std::error::Error for Error {}

/// What a command may fail with.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::Error;

    #[test]
    fn messages_say_what_and_where() {
        let unknown = Error::UnknownRule {
            query: "dts-gap".into(),
            suggestion: Some("dst-gap"),
        };
        assert_eq!(
            unknown.to_string(),
            "no rule is called `dts-gap`. Did you mean `dst-gap`? `commstrat rules` lists them all."
        );
        let config = Error::Config {
            file: "commstrat.toml".into(),
            line: Some(3),
            message: "`loud` is not a level".into(),
        };
        assert_eq!(
            config.to_string(),
            "commstrat.toml:3: `loud` is not a level"
        );
        let exists = Error::Exists {
            paths: vec!["a.md".into()],
            hint: " (--force overwrites)",
        };
        assert_eq!(
            exists.to_string(),
            "a.md already exists; nothing was written (--force overwrites)"
        );
        let template = Error::Template {
            name: "voice.md".into(),
            line: Some(2),
            detail: "syntax error".into(),
            file: Some("t/voice.md".into()),
        };
        assert_eq!(
            template.to_string(),
            "template `voice.md`, line 2: syntax error (in t/voice.md)"
        );
    }
}
