//! Finds the Fluent catalogues of the fixed wording: every
//! `src/render/i18n/<language>.ftl` is compiled into the binary, English
//! first (the fallback), the others in name order. Adding a language is
//! adding its file (docs/translating.md); no Rust changes.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new("src/render/i18n");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut codes: Vec<String> = std::fs::read_dir(dir)
        .expect("src/render/i18n is part of the source")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "ftl").then(|| path.file_stem()?.to_str().map(str::to_string))?
        })
        .collect();
    codes.sort_by_key(|code| (code != "en", code.clone()));
    assert_eq!(
        codes.first().map(String::as_str),
        Some("en"),
        "en.ftl is the reference catalogue"
    );
    let mut out = String::from(
        "/// (language subtag, catalogue text), English first: written by build.rs\n\
         /// from the `.ftl` files beside this module.\n",
    );
    let _ = writeln!(
        out,
        "pub(super) const CATALOGUES: [(&str, &str); {}] = [",
        codes.len()
    );
    for code in &codes {
        let _ = writeln!(
            out,
            "    ({code:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/src/render/i18n/{code}.ftl\"))),"
        );
    }
    out.push_str("];\n");
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogues.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}
