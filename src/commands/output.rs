//! What the commands share around their work: writing to standard output,
//! finding and reading strategy files, and checking or applying a plan of
//! generated files.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::{Outcome, display};
use crate::cli::ColorChoice;
use crate::diagnostic::{FileReport, Summary};
use crate::error::{Error, Result};
use crate::model::Strategy;
use crate::render::Overrides;
use crate::report::{self, HumanOptions};
use crate::write::{FolderKind, Plan};

/// Write `text` to standard output.
pub(super) fn print(out: &mut dyn std::io::Write, text: &str) -> Result<()> {
    out.write_all(text.as_bytes()).map_err(Error::Output)
}

/// Whether colours go to a stream. `--color always` and `never` say so
/// whatever the environment; `auto` follows the conventions other tools
/// share (no-color.org, force-color.org, bixense.com/clicolors): a
/// non-empty `NO_COLOR` turns colours off, else a non-empty `FORCE_COLOR`
/// or a `CLICOLOR_FORCE` other than `0` turns them on, else a terminal has
/// them and a pipe or file does not.
pub(super) fn colour(choice: ColorChoice, is_terminal: bool) -> bool {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if var("NO_COLOR").is_some() => false,
        ColorChoice::Auto
            if var("FORCE_COLOR").is_some() || var("CLICOLOR_FORCE").is_some_and(|v| v != "0") =>
        {
            true
        }
        ColorChoice::Auto => is_terminal,
    }
}

/// A TOML file to check, and whether a folder walk found it (a strategy only
/// if it declares the format) or it was named (always checked).
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub(super) path: PathBuf,
    pub(super) walked: bool,
}

/// The strategy files of `paths`: the one walk every command that looks
/// into folders uses. A file named is taken as it is. A folder is walked
/// recursively for `*.toml` in name order, following symbolic links to
/// files and folders like a named file is followed, and skipping hidden
/// names (`.git`, an editor's `.#s.toml`). What cannot be a strategy file
/// is refused with the reason, never skipped in silence: a link that leads
/// nowhere or in a loop (walkdir detects loops through folders), a FIFO,
/// socket or device (known from its metadata, never opened: opening a FIFO
/// waits for a writer).
pub(super) fn strategy_files(paths: &[PathBuf]) -> Result<Vec<Found>> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_file() => files.push(Found {
                path: path.clone(),
                walked: false,
            }),
            Ok(meta) if meta.is_dir() => walk(path, &mut files, &mut problems)?,
            Ok(meta) => problems.push(not_a_file(path, meta.file_type(), "name a strategy file")),
            Err(_) if path.is_symlink() => problems.push(broken_link(path)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::NoSuchPath {
                    path: display(path),
                });
            }
            Err(error) => {
                return Err(Error::Read {
                    path: display(path),
                    error,
                });
            }
        }
    }
    if !problems.is_empty() {
        // Each problem starts with its path: sorted by path, once each.
        problems.sort();
        problems.dedup();
        return Err(Error::Unusable { problems });
    }
    Ok(files)
}

/// Walk the folder `root` into `files` and `problems` (see [`strategy_files`]).
fn walk(root: &Path, files: &mut Vec<Found>, problems: &mut Vec<String>) -> Result<()> {
    let hidden = |path: &Path| {
        path.file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with('.'))
    };
    let toml = |path: &Path| path.extension().is_some_and(|x| x == "toml");
    let before = (files.len(), problems.len());
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !hidden(e.path()));
    for entry in walker {
        match entry {
            // With links followed, the type is the type of the target.
            Ok(entry) if entry.file_type().is_dir() || !toml(entry.path()) => {}
            Ok(entry) if entry.file_type().is_file() => files.push(Found {
                path: entry.into_path(),
                walked: true,
            }),
            Ok(entry) => problems.push(not_a_file(
                entry.path(),
                entry.file_type(),
                "move it out of the folder, or rename it so that it does not end in `.toml`",
            )),
            Err(error) => {
                // An entry that cannot be followed comes as an error, which
                // `filter_entry` lets through: hidden names are skipped here.
                let Some(path) = error.path().filter(|p| *p != root) else {
                    return Err(walk_error(root, error));
                };
                if hidden(path) {
                    continue;
                }
                if let Some(ancestor) = error.loop_ancestor() {
                    problems.push(format!(
                        "{}: a symbolic link to {}, a folder that holds it, so the walk would never end; remove the link or point it elsewhere",
                        display(path),
                        display(ancestor)
                    ));
                } else if path.is_symlink() {
                    problems.push(broken_link(path));
                } else {
                    return Err(walk_error(root, error));
                }
            }
        }
    }
    if (files.len(), problems.len()) == before {
        return Err(Error::NoStrategies {
            path: display(root),
        });
    }
    Ok(())
}

/// A folder's walk error that is no link's fault (a folder that cannot be
/// listed): walkdir's message names the entry.
fn walk_error(root: &Path, error: walkdir::Error) -> Error {
    Error::Read {
        path: display(root),
        error: error.into(),
    }
}

/// The problem of `path`, which is neither a file nor a folder, and `fix`.
fn not_a_file(path: &Path, kind: std::fs::FileType, fix: &str) -> String {
    #[cfg(unix)]
    let what = {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            "a named pipe (FIFO)"
        } else if kind.is_socket() {
            "a socket"
        } else if kind.is_block_device() || kind.is_char_device() {
            "a device"
        } else {
            "neither a file nor a folder"
        }
    };
    #[cfg(not(unix))]
    let what = {
        let _ = kind;
        "neither a file nor a folder"
    };
    format!(
        "{}: {what}, not a strategy file, so it was not opened; {fix}",
        display(path)
    )
}

/// The problem of the symbolic link at `path`, which cannot be followed:
/// the chain of links it starts leads to a name that does not exist, or
/// comes back to a link already passed.
fn broken_link(path: &Path) -> String {
    let mut chain = vec![path.to_path_buf()];
    // Systems give up after 40 links in a row (Linux) or fewer.
    for _ in 0..40 {
        let Some(at) = chain.last() else { break };
        let Ok(target) = std::fs::read_link(at) else {
            break;
        };
        // Relative to the link's folder; an absolute target replaces it.
        let next = at.parent().unwrap_or(Path::new("")).join(&target);
        if chain.contains(&next) {
            chain.push(next);
            let names: Vec<String> = chain.iter().map(|p| display(p)).collect();
            return format!(
                "{}: a loop of symbolic links ({}); point one of them at a file, or remove it",
                display(path),
                names.join(" -> ")
            );
        }
        if std::fs::symlink_metadata(&next).is_err() {
            let via = match chain.as_slice() {
                [_] => String::new(),
                [.., last] => format!(" through {}", display(last)),
                [] => String::new(),
            };
            return format!(
                "{}: a symbolic link{via} to `{}`, which does not exist; restore it, or remove the link",
                display(path),
                display(&target)
            );
        }
        chain.push(next);
    }
    format!(
        "{}: a symbolic link that cannot be followed; check where it points, or remove it",
        display(path)
    )
}

/// The bytes of the file at `file`, within the size limit. Anything but a
/// regular file or a folder (a FIFO, a device) is refused before it is
/// opened; a folder fails to read as it always has.
pub(super) fn read(file: &Path) -> Result<Vec<u8>> {
    if let Ok(meta) = std::fs::metadata(file)
        && !meta.is_file()
        && !meta.is_dir()
    {
        return Err(Error::Unusable {
            problems: vec![not_a_file(file, meta.file_type(), "name a strategy file")],
        });
    }
    crate::pipeline::read_limited(file).map_err(|error| Error::Read {
        path: file.display().to_string(),
        error,
    })
}

/// The file at `file` through the pipeline: its findings, and its model
/// when it loads.
pub(super) fn validate(file: &Path) -> Result<(FileReport, Option<Strategy>)> {
    let (mut report, strategy) = crate::pipeline::validate(&display(file), read(file)?);
    report.cap();
    Ok((report, strategy))
}

/// The templates of `--templates DIR`, or the built-in ones alone.
pub(super) fn overrides(dir: Option<&Path>) -> Result<Overrides> {
    dir.map_or_else(|| Ok(Overrides::default()), Overrides::load)
}

/// The strategy at `file`, read to be rendered: unreadable is an error;
/// findings are printed to standard error, and errors among them stop the
/// render (`None`); warnings alone let it go on.
pub(super) fn load_for_render(file: &Path, colours: ColorChoice) -> Result<Option<Strategy>> {
    let (report, strategy) = validate(file)?;
    if !report.diagnostics.is_empty() {
        let options = HumanOptions {
            color: colour(colours, std::io::stderr().is_terminal()),
            quiet: false,
        };
        let reports = [report];
        eprint!("{}", report::render_human(&reports, options));
        if Summary::of(&reports).errors > 0 {
            eprintln!("{} has errors: nothing was rendered", display(file));
            return Ok(None);
        }
    }
    Ok(strategy)
}

/// Check or apply a plan of generated files rendered from `input`. In a
/// folder commstrat writes whole, it replaces only the files its manifest
/// lists, and leaves those changed since it wrote them.
pub(super) fn finish(
    plan: Plan,
    check: bool,
    input: &Path,
    out: &mut dyn std::io::Write,
) -> Result<Outcome> {
    plan.validate(input)?;
    if check {
        let stale = plan.out_of_date();
        for path in &stale {
            let what = if plan.remove.contains(path) {
                "should be removed"
            } else {
                "is out of date"
            };
            print(out, &format!("{} {what}\n", display(path)))?;
        }
        if stale.is_empty() {
            return Ok(Outcome::Clean);
        }
        print(out, "run the same command without --check to update\n")?;
        return Ok(Outcome::Findings);
    }
    let kind = plan.folder.as_ref().map(|f| f.kind);
    if let Some(first) = plan.foreign_files()?.first() {
        return Err(Error::Foreign {
            path: display(first),
            folder: match kind {
                Some(FolderKind::Book) => "book",
                Some(FolderKind::Pictures) => "guide",
                _ => "calendar",
            },
        });
    }
    for path in &plan.kept {
        eprintln!(
            "warning: {} changed since commstrat wrote it: it is no longer produced, but left as it is, and commstrat will not touch it again; delete it if it is not needed",
            display(path)
        );
    }
    plan.apply()?;
    let why = match kind {
        Some(FolderKind::Book) => "its part is no longer in the strategy",
        Some(FolderKind::Pictures) => "the guide no longer shows it",
        _ => "its network has nothing in the window",
    };
    for path in &plan.remove {
        print(out, &format!("removed {} ({why})\n", display(path)))?;
    }
    match &plan.folder {
        Some(book) if book.kind == FolderKind::Book => print(
            out,
            &format!(
                "wrote {} files in {}; build it with `mdbook build {}`\n",
                plan.files(),
                display(&book.root),
                display(&book.root)
            ),
        )?,
        Some(folder) if folder.kind == FolderKind::Pictures => {
            let pictures = plan.write.iter().skip(1).count();
            if let Some(guide) = plan.write.first()
                && pictures > 0
            {
                print(
                    out,
                    &format!(
                        "wrote {} and {pictures} {} in {}\n",
                        display(&guide.path),
                        if pictures == 1 { "picture" } else { "pictures" },
                        display(&folder.root)
                    ),
                )?;
            }
        }
        _ => {}
    }
    Ok(Outcome::Clean)
}

/// Standard input, read like a file: never more than one byte past the
/// size limit, which the pipeline then reports.
pub(super) fn read_stdin() -> Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(crate::pipeline::MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| Error::Read {
            path: "standard input".into(),
            error,
        })?;
    Ok(bytes)
}

/// The strategy a command reads when none is named: `given`, else
/// `[lint] strategy` of commstrat.toml, else the one strategy under
/// `strategies/`.
pub(super) fn strategy_path(
    given: Option<PathBuf>,
    config: &crate::config::Config,
) -> Result<PathBuf> {
    if let Some(path) = given {
        return Ok(path);
    }
    if let Some(path) = &config.lint_strategy {
        let path = PathBuf::from(path);
        // Shown relative to here when it is below: no machine path in output.
        let here = std::env::current_dir().ok();
        return Ok(here
            .and_then(|h| path.strip_prefix(h).ok().map(Path::to_path_buf))
            .unwrap_or(path));
    }
    let folder = PathBuf::from("strategies");
    if !folder.is_dir() {
        return Err(usage_error(
            "no strategy to hold the drafts to: give --strategy FILE, or set `strategy` under [lint] in commstrat.toml",
        ));
    }
    let mut found: Vec<PathBuf> = Vec::new();
    for f in strategy_files(std::slice::from_ref(&folder))? {
        let bytes = read(&f.path)?;
        if crate::load::declares_format(&String::from_utf8_lossy(&bytes)) {
            found.push(f.path);
        }
    }
    found.sort();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(usage_error(
            "strategies/ holds no strategy: give --strategy FILE",
        )),
        many => Err(usage_error(&format!(
            "strategies/ holds {} strategies ({}): say which with --strategy FILE, or set `strategy` under [lint] in commstrat.toml",
            many.len(),
            many.iter()
                .map(|p| display(p))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

fn usage_error(message: &str) -> Error {
    Error::Usage {
        message: message.to_string(),
    }
}

/// The network `id` of the strategy at `path`, or a usage error that lists
/// its networks (and the closest name).
pub(super) fn find_network<'a>(
    s: &'a Strategy,
    id: &str,
    path: &Path,
) -> Result<&'a crate::model::Network> {
    s.networks
        .iter()
        .find(|n| n.id.as_str() == id)
        .ok_or_else(|| {
            let ids = s.networks.iter().map(|n| n.id.as_str());
            let hint = crate::suggest::did_you_mean(id, ids.clone())
                .map(|n| format!("did you mean `{n}`? "))
                .unwrap_or_default();
            usage_error(&format!(
                "{} has no network `{id}`: {hint}its networks are {}",
                display(path),
                ids.collect::<Vec<_>>().join(", ")
            ))
        })
}

/// Print `reports` in `format` (nothing when `silent`), and say whether a
/// finding reaches `fail_level`: what `check` and `lint` end with.
pub(super) fn report_and_outcome(
    out: &mut dyn std::io::Write,
    reports: &[FileReport],
    format: report::Format,
    options: HumanOptions,
    silent: bool,
    fail_level: crate::diagnostic::Severity,
) -> Result<Outcome> {
    use crate::diagnostic::Severity;
    let text = match format {
        _ if silent => String::new(),
        report::Format::Human => report::render_human(reports, options),
        report::Format::Json => report::render_json(reports),
        report::Format::Sarif => report::render_sarif(reports),
        report::Format::Github => report::render_github(reports),
        report::Format::Junit => report::render_junit(reports),
    };
    print(out, &text)?;
    let summary = Summary::of(reports);
    let failing = match fail_level {
        Severity::Error => summary.errors,
        // Info is not offered by --fail-level: it never fails a run.
        Severity::Warning | Severity::Info => summary.errors + summary.warnings,
    };
    Ok(if failing > 0 {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}
