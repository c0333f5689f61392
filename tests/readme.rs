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
            readme.contains(&format!("| {} | `{}` |", rule.id.code, rule.id.name)),
            "README lacks {}",
            rule.id.name
        );
    }
}

#[test]
fn the_github_actions_example_matches_its_file() {
    let doc = std::fs::read_to_string(root().join("docs/github-actions.md")).unwrap();
    let workflow = std::fs::read_to_string(root().join("docs/commstrat.yml")).unwrap();
    let block = doc
        .split("```yaml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a yaml block");
    assert_eq!(block, workflow);
    // Every commstrat command it runs exists with these options.
    for needle in [
        "commstrat check --base \"origin/${BASE_REF}\" --format github",
        "commstrat check --base \"origin/${BASE_REF}\" --format sarif",
        "commstrat render guide",
        "commstrat render calendar",
    ] {
        assert!(workflow.contains(needle), "{needle}");
    }
    // Each finding once: the annotating job runs exactly when the code
    // scanning job does not.
    let conditions: Vec<&str> = workflow
        .lines()
        .filter_map(|line| line.trim().strip_prefix("if: ${{ vars."))
        .collect();
    assert_eq!(
        conditions,
        [
            "COMMSTRAT_CODE_SCANNING != 'true' || github.event.pull_request.head.repo.full_name != github.repository }}",
            "COMMSTRAT_CODE_SCANNING == 'true' && github.event.pull_request.head.repo.full_name == github.repository }}",
        ]
    );
    // No expression is pasted into a shell script.
    for line in workflow.lines().filter(|l| l.contains("commstrat ")) {
        assert!(!line.contains("${{"), "{line}");
    }
}

#[test]
fn completions_and_man_page_come_from_the_command_line_definitions() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = commstrat(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}");
        assert!(
            run.stdout.contains("render") && run.stdout.contains("diff"),
            "{shell}"
        );
    }
    let bash = commstrat(&["completions", "bash"]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.bash"), &bash.stdout).unwrap();
    let syntax = std::process::Command::new("bash")
        .arg("-n")
        .arg(dir.path().join("c.bash"))
        .status()
        .expect("bash runs");
    assert!(
        syntax.success(),
        "the bash completion script does not parse"
    );
    let man = commstrat(&["man"]);
    assert_eq!(man.code, 0);
    assert!(man.stdout.contains(".TH commstrat 1"));
    for command in ["check", "diff", "render", "completions"] {
        assert!(man.stdout.contains(command), "{command}");
    }
    let bad = commstrat(&["completions", "tcsh"]);
    assert_eq!(bad.code, 2);
}

/// Every strategy file that the README or a command's help names exists, so
/// that each example can be pasted as it is.
#[test]
fn the_files_examples_name_exist() {
    let root = root();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let help = ["render guide", "render calendar", "templates export"]
        .iter()
        .map(|command| {
            let mut args: Vec<&str> = command.split(' ').collect();
            args.push("--help");
            commstrat(&args).stdout
        })
        .collect::<String>();
    let mut named = 0;
    for text in [readme.as_str(), help.as_str()] {
        for word in text.split_whitespace() {
            if let Some(path) = word
                .strip_prefix("strategies/")
                .filter(|w| w.ends_with(".toml"))
            {
                assert!(
                    root.join("strategies").join(path).is_file(),
                    "strategies/{path}"
                );
                named += 1;
            }
        }
    }
    assert!(named > 10, "{named}");
}

/// The lines of the README's shell blocks that run commstrat.
fn readme_commands() -> Vec<String> {
    let readme = std::fs::read_to_string(crate::support::root().join("README.md")).unwrap();
    let mut out = Vec::new();
    let mut shell = false;
    for line in readme.lines() {
        if let Some(fence) = line.strip_prefix("```") {
            shell = !shell && (fence == "sh" || fence == "console" || fence == "bash");
            continue;
        }
        if shell && line.starts_with("commstrat ") {
            out.push(line.to_string());
        }
    }
    out
}

/// Every `commstrat` command the README shows runs, in the README's order,
/// with exit code 0, in a folder laid out as the README assumes: the
/// examples under `strategies/`, a git repository whose `origin/main` is
/// the current commit, and two versions of a strategy, `old.toml` and
/// `new.toml`, for `diff`. The shell is `sh`, as a reader's would be; the
/// completion folders exist under a throwaway home.
#[test]
fn every_readme_command_runs() {
    let commands = readme_commands();
    assert!(
        commands.len() >= 30,
        "only {} commands found",
        commands.len()
    );
    let dir = tempfile::tempdir().unwrap();
    let here = dir.path();
    let root = crate::support::root();
    std::fs::create_dir(here.join("strategies")).unwrap();
    for name in crate::support::files_under(&root.join("strategies")) {
        std::fs::copy(
            root.join("strategies").join(&name),
            here.join("strategies").join(&name),
        )
        .unwrap();
    }
    let old = std::fs::read_to_string(root.join("strategies/northwind-outdoor.toml")).unwrap();
    std::fs::write(here.join("old.toml"), &old).unwrap();
    let new = old.replacen("version = \"2.3.0\"", "version = \"2.4.0\"", 1);
    assert_ne!(new, old, "the example's version is 2.3.0");
    std::fs::write(here.join("new.toml"), new).unwrap();
    let home = here.join("home");
    for folder in [
        ".local/share/bash-completion/completions",
        ".zfunc",
        ".config/fish/completions",
    ] {
        std::fs::create_dir_all(home.join(folder)).unwrap();
    }
    let binary = std::path::Path::new(env!("CARGO_BIN_EXE_commstrat"));
    let path = format!("{}:/usr/bin:/bin", binary.parent().unwrap().display());
    let sh = |line: &str| {
        std::process::Command::new("sh")
            .args(["-c", line])
            .current_dir(here)
            .env_clear()
            .env("PATH", &path)
            .env("HOME", &home)
            .env("PROFILE", home.join("profile.ps1"))
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.com")
            .output()
            .unwrap()
    };
    for setup in [
        "git init -q && git add strategies && git commit -qm examples",
        "git update-ref refs/remotes/origin/main HEAD",
    ] {
        let out = sh(setup);
        assert!(
            out.status.success(),
            "{setup}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let mut failed = Vec::new();
    for line in &commands {
        let out = sh(line);
        if out.status.code() != Some(0) {
            failed.push(format!(
                "{line}\n  exit code {:?}\n  {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "README commands that fail:\n{}",
        failed.join("\n")
    );
    // What they wrote is where the README says.
    for written in [
        "my-brand/strategy.toml",
        "strategy.schema.json",
        "guide.md",
        "docs/guide.md",
        "handbook/book.toml",
        "northwind.ics",
        "commstrat.sarif",
        "commstrat.xml",
        "home/.local/share/bash-completion/completions/commstrat",
        "home/profile.ps1",
    ] {
        assert!(here.join(written).is_file(), "{written} was not written");
    }
}
