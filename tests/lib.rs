//! One integration-test binary, a module per feature.

mod architecture;
mod calendar;
mod cli;
mod config;
mod crisis_kit;
mod desk;
mod diff;
mod diff_language;
mod dist;
mod drill;
mod due;
mod examples;
mod hostile;
mod lint;
mod lsp;
mod messages;
mod pictures;
mod properties;
mod publishing;
mod readme;
mod render;
mod rules;
mod schema;
mod shift;
mod support;
mod surfaces;
mod toml_suite;
mod translation;
#[cfg(unix)]
mod walk;
mod writes;
