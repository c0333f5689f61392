//! commstrat: communication strategy as code.
//!
//! The pipeline, one module per arrow:
//!
//! ```text
//! bytes -> load (UTF-8, TOML with spans, JSON + span index)
//!       -> schema (JSON Schema, errors mapped back to TOML spans)
//!       -> model (typed Strategy)
//!       -> rules (semantic checks, findings located by JSON pointer)
//!       -> diagnostics (human, json, github, junit)
//!                  \-> render (guide) -> write (atomic, or --check)
//! ```
//!
//! Findings are data (`Diagnostic`); an `Err` means the tool could not do its
//! job. The binary maps both to exit codes in one place.

mod base;
pub mod cli;
pub mod codes;
pub mod commands;
mod config;
pub mod desk;
pub mod diagnostic;
mod diff;
pub mod error;
mod fold;
pub mod lint;
pub mod load;
pub mod model;
mod pipeline;
pub mod platforms;
pub mod render;
pub mod replies;
pub mod report;
pub mod rules;
pub mod schema;
pub mod source;
mod suggest;
pub mod time;
mod translation;
pub mod write;
mod xml;

pub use pipeline::{MAX_FILE_BYTES, check_bytes, load, validate};

pub use commands::STARTER;
