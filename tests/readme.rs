//! The README's two commands exist and the main one works.

use crate::support::{commstrat, root};

#[test]
fn readme_names_the_two_commands() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(readme.contains("cargo run --release -- check strategies/"));
    assert!(readme.contains("\ncargo test\n"));
    // The main command, as the README runs it (through the built binary).
    let run = commstrat(&["check", "strategies/"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn readme_shows_how_to_read_a_guide() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let command = "cargo run --release -- render guide strategies/northwind-outdoor.toml";
    assert!(readme.contains(command));
    let run = commstrat(&["render", "guide", "strategies/northwind-outdoor.toml"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.starts_with("# Northwind Outdoor"));
}

#[test]
fn readme_lists_every_rule() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for rule in commstrat::rules::RULES {
        assert!(
            readme.contains(&format!("| {} | `{}` |", rule.code, rule.name)),
            "README lacks {}",
            rule.name
        );
    }
}
