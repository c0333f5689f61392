//! The benchmark's floor: read every `*.toml` file of a folder and parse it
//! as TOML with spans (what `check` does first), nothing else. In process,
//! on every core, like `check`.
//!
//! Usage: cargo run --release --example parse_only -- FOLDER

use rayon::prelude::*;

mod common;

/// The allocator `commstrat` itself uses, so that the floor is parsing as
/// the tool does it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: parse_only FOLDER");
        std::process::exit(2);
    };
    let files = common::toml_files(&folder);
    let tables: usize = files
        .par_iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let (table, _errors) = toml::de::DeTable::parse_recoverable(&text);
            table.get_ref().len()
        })
        .sum();
    println!("parsed {} files ({tables} top-level keys)", files.len());
}
