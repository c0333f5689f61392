//! The JSON Schema of format version 1: generated from the model's types,
//! committed as `schemas/strategy.schema.json`, embedded in the binary, and
//! used by `check` as its second stage. Schema errors are mapped back to
//! TOML spans and to the rules that explain them.
//!
//! `generate` writes the schema from the model, `validate` runs it on a
//! parsed file, `wording` says each error the way a person reads it, and
//! `walk` finds the part of the schema that describes a value.

mod generate;
mod pieces;
mod validate;
mod walk;
mod wording;

pub use generate::generate;
pub use validate::validate;

/// The schema's description of the value at `pointer` of `instance`: what
/// editors show on hover.
pub fn describe(pointer: &str, instance: &serde_json::Value) -> Option<String> {
    walk::describe(pointer, instance)
}

/// The schema file, byte for byte.
pub const SCHEMA_TEXT: &str = include_str!("../../schemas/strategy.schema.json");

/// Past this many findings, the schema stage stops and says so.
pub const MAX_SCHEMA_FINDINGS: usize = 1_000;
