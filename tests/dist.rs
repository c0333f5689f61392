//! What the wheel installs beside the binary (dist/wheel/data/share): a manual
//! page for commstrat and for each subcommand that any page names, and the
//! completion scripts, each the same bytes the binary prints now.

use std::collections::BTreeSet;

use clap::CommandFactory;

use crate::support::{commstrat, files_under, root};

const REGENERATE: &str = "run `dist/generate` to bring dist/wheel up to date";

/// Each command's words after `commstrat` (`["render", "guide"]`), with
/// its page's file name.
fn pages() -> Vec<(Vec<String>, String)> {
    fn walk(command: &clap::Command, words: Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
        let name = std::iter::once("commstrat".to_string())
            .chain(words.iter().cloned())
            .collect::<Vec<_>>()
            .join("-");
        out.push((words.clone(), format!("{name}.1")));
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut next = words.clone();
            next.push(sub.get_name().to_string());
            walk(sub, next, out);
        }
    }
    let command = commstrat::cli::Cli::command().disable_help_subcommand(true);
    let mut out = Vec::new();
    walk(&command, Vec::new(), &mut out);
    out
}

#[test]
fn every_page_a_page_names_is_installed_as_the_binary_prints_it() {
    let dir = root().join("dist/wheel/data/share/man/man1");
    let mut named = BTreeSet::new();
    for (words, file) in pages() {
        let mut args = vec!["man"];
        args.extend(words.iter().map(String::as_str));
        let run = commstrat(&args);
        assert_eq!(run.code, 0, "{}", run.transcript());
        let installed = std::fs::read_to_string(dir.join(&file))
            .unwrap_or_else(|_| panic!("{file} is missing: {REGENERATE}"));
        assert_eq!(installed, run.stdout, "{file} differs: {REGENERATE}");
        // Every page another page names (`commstrat\-check(1)`) is one.
        for line in run.stdout.lines() {
            if let Some(page) = line
                .strip_suffix("(1)")
                .filter(|l| l.starts_with("commstrat"))
            {
                named.insert(format!("{}.1", page.replace("\\-", "-")));
            }
        }
        named.insert(file);
    }
    let present: BTreeSet<String> = files_under(&dir).into_iter().collect();
    assert_eq!(present, named, "{REGENERATE}");
}

#[test]
fn completions_are_installed_as_the_binary_prints_them() {
    for (shell, path) in [
        ("bash", "bash-completion/completions/commstrat"),
        ("zsh", "zsh/site-functions/_commstrat"),
        ("fish", "fish/vendor_completions.d/commstrat.fish"),
    ] {
        let run = commstrat(&["completions", shell]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        let installed = std::fs::read_to_string(root().join("dist/wheel/data/share").join(path))
            .unwrap_or_else(|_| panic!("{path} is missing: {REGENERATE}"));
        assert_eq!(installed, run.stdout, "{path} differs: {REGENERATE}");
    }
}

#[test]
fn man_names_the_subcommands_it_knows() {
    let run = commstrat(&["man", "render", "nope"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: `nope` is not a subcommand of commstrat-render: write one of guide, calendar\n"
    );
}

#[test]
fn the_wheel_installs_the_data_folder() {
    let pyproject = std::fs::read_to_string(root().join("pyproject.toml")).unwrap();
    let config: toml::Table = toml::from_str(&pyproject).unwrap();
    assert_eq!(config["tool"]["maturin"]["bindings"].as_str(), Some("bin"));
    assert_eq!(
        config["tool"]["maturin"]["data"].as_str(),
        Some("dist/wheel")
    );
}

#[test]
fn the_pre_commit_mirror_offers_the_same_hook() {
    let root = root();
    let here = std::fs::read_to_string(root.join(".pre-commit-hooks.yaml")).unwrap();
    let mirror = std::fs::read_to_string(root.join("pre-commit/.pre-commit-hooks.yaml")).unwrap();
    assert_eq!(here, mirror);
    // Installed through the wheel, over the whole repository: the walk
    // takes the files that declare the format and leaves commstrat.toml.
    for line in [
        "  entry: commstrat check .",
        "  language: python",
        "  pass_filenames: false",
    ] {
        assert!(here.lines().any(|l| l == line), "{line}");
    }
    // The mirror pins the version of the wheel it installs.
    let pyproject = std::fs::read_to_string(root.join("pre-commit/pyproject.toml")).unwrap();
    let version = env!("CARGO_PKG_VERSION");
    assert!(pyproject.contains(&format!("dependencies = [\"commstrat=={version}\"]")));
    assert!(pyproject.contains(&format!("version = \"{version}\"")));
}

/// What a user or a packager reads before installing (issue 17): the
/// licences, Cargo's metadata with the oldest Rust that builds it, the
/// wheel's settings, cargo-binstall's, a hook that installs through the
/// wheel, and a README that starts with how to install, naming that Rust.
#[test]
fn the_package_says_what_it_is_and_how_to_install_it() {
    let root = crate::support::root();
    let read = |name: &str| std::fs::read_to_string(root.join(name)).unwrap_or_default();
    let cargo: toml::Table = toml::from_str(&read("Cargo.toml")).expect("Cargo.toml");
    let package = cargo["package"].as_table().expect("[package]");
    let text = |key: &str| {
        package
            .get(key)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
    };
    assert_eq!(text("license"), "MIT OR Apache-2.0");
    assert!(text("description").len() > 20);
    assert_eq!(text("readme"), "README.md");
    let rust = text("rust-version");
    assert!(rust.starts_with("1."), "rust-version {rust:?}");
    for key in ["keywords", "categories"] {
        assert!(
            package[key].as_array().is_some_and(|a| !a.is_empty()),
            "{key}"
        );
    }
    let binstall = &package["metadata"]["binstall"];
    assert!(binstall.get("pkg-url").is_some() && binstall.get("bin-dir").is_some());
    assert!(read("LICENSE-MIT").contains("Permission is hereby granted, free of charge"));
    assert!(read("LICENSE-APACHE").contains("Apache License"));
    let pyproject: toml::Table = toml::from_str(&read("pyproject.toml")).expect("pyproject.toml");
    assert_eq!(
        pyproject["tool"]["maturin"]["bindings"].as_str(),
        Some("bin")
    );
    assert_eq!(
        pyproject["project"]["license"].as_str(),
        Some("MIT OR Apache-2.0")
    );
    let hooks = read(".pre-commit-hooks.yaml");
    assert!(
        hooks.contains("language: python") && !hooks.contains("language: rust"),
        "{hooks}"
    );
    let readme = read("README.md");
    let first = readme
        .lines()
        .find(|l| l.starts_with("## "))
        .unwrap_or_default();
    assert_eq!(first, "## Install");
    let install = readme.split("\n## ").nth(1).unwrap_or_default();
    for way in [
        "pip install commstrat",
        "pipx install commstrat",
        "cargo install commstrat --locked",
        &format!("Rust {rust}"),
    ] {
        assert!(install.contains(way), "the Install section lacks {way:?}");
    }
}
