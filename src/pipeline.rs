//! The pipeline of one file: bytes -> UTF-8 -> TOML with spans -> schema
//! -> model -> rules, every finding of every stage that could run, and the
//! model when it could be built.

use crate::codes;
use crate::diagnostic::{Diagnostic, FileReport};
use crate::load::{self, SpanIndex};
use crate::model::Strategy;
use crate::rules;
use crate::schema;
use crate::source::Source;

/// A strategy that loaded: its typed model and where each value sits.
#[derive(Debug)]
pub struct Loaded {
    pub strategy: Strategy,
    pub index: SpanIndex,
}

/// Load a file's text through syntax, schema and model. Returns the model
/// when it could be built, and every finding of these stages.
pub fn load(source: &Source) -> (Option<Loaded>, Vec<Diagnostic>) {
    let mut parsed = match load::parse(source) {
        Ok(parsed) => parsed,
        Err(findings) => return (None, findings),
    };
    let mut findings = load::portability(&source.text);
    findings.extend(schema::validate(&mut parsed));
    let value = std::mem::take(&mut parsed.value);
    match serde_json::from_value::<Strategy>(value) {
        Ok(strategy) => (
            Some(Loaded {
                strategy,
                index: parsed.index,
            }),
            findings,
        ),
        Err(err) => {
            if findings.is_empty() {
                // The schema is generated from the model, so this means they
                // disagree: a bug, reported rather than hidden.
                findings.push(Diagnostic::new(
                    &codes::SCHEMA_VIOLATION,
                    0..0,
                    format!("internal error: the file passed the schema but not the model ({err})"),
                ));
            }
            (None, findings)
        }
    }
}

/// Check one file: every finding of every stage that could run, and the
/// model when it could be built.
fn validate_source(source: Source) -> (FileReport, Option<Strategy>) {
    let (loaded, mut findings) = load(&source);
    if let Some(loaded) = &loaded {
        let context = rules::Context::new(&loaded.strategy, &loaded.index, &source);
        findings.extend(rules::run(&context));
    }
    let strategy = loaded.map(|l| l.strategy);
    (FileReport::new(source, findings), strategy)
}

/// Check a file's bytes (UTF-8 is checked here).
pub fn check_bytes(path: &str, bytes: Vec<u8>) -> FileReport {
    validate(path, bytes).0
}

/// The largest strategy file checked: twenty times the biggest example,
/// small enough that a hostile file cannot hold CI for long.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// Read a file, but never more than one byte past `MAX_FILE_BYTES`: enough
/// for `validate` to refuse it without loading a 50 MB file into memory.
pub(crate) fn read_limited(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    // Sized from the file's length (a hint: the file may still change).
    let hint = file
        .metadata()
        .map_or(0, |m| m.len())
        .min(MAX_FILE_BYTES as u64 + 1);
    let mut bytes = Vec::with_capacity(usize::try_from(hint).unwrap_or(0) + 1);
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Check a file's bytes and keep the model for the renderers. The model is
/// only worth rendering when the report has no error.
pub fn validate(path: &str, bytes: Vec<u8>) -> (FileReport, Option<Strategy>) {
    if bytes.len() > MAX_FILE_BYTES {
        let finding = Diagnostic::new(
            &codes::FILE_TOO_LARGE,
            0..0,
            format!(
                "the file is larger than {} MiB, the limit for a strategy",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        )
        .with_help("a strategy is a few hundred lines: split the file, or check that it is the file you meant");
        return (
            FileReport::new(Source::new(path, String::new()), vec![finding]),
            None,
        );
    }
    match load::decode(path, bytes) {
        (source, None) => validate_source(source),
        (source, Some(finding)) => (FileReport::new(source, vec![finding]), None),
    }
}
