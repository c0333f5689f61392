//! What the benchmark's examples share.

use std::path::PathBuf;

/// The `*.toml` files of `folder`, sorted; exits with status 2 when the
/// folder cannot be read.
pub fn toml_files(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap_or_else(|e| {
            eprintln!("cannot read {folder}: {e}");
            std::process::exit(2)
        })
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}
