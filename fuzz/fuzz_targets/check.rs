//! The whole `check` pipeline on arbitrary bytes (UTF-8 decoding, TOML with
//! spans, schema, model, rules), then the report in every output format of
//! `commstrat check --format`: human (plain and coloured, full and quiet),
//! json, sarif, github and junit.
//!
//! Oracles besides "does not panic / hang / blow up memory": the JSON and
//! SARIF outputs are valid JSON, the JUnit output is well-formed XML, and the
//! GitHub output is exactly one workflow command line per finding.
#![no_main]

use commstrat::diagnostic::Severity;
use commstrat::report::{
    HumanOptions, render_github, render_human, render_json, render_junit, render_sarif,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = commstrat::check_bytes("fuzz.toml", data.to_vec());
    let findings = report.diagnostics.len();
    for d in &report.diagnostics {
        // Positions are computed for every output format.
        let _ = report.range(d);
        let _ = matches!(d.severity, Severity::Error);
    }
    let reports = [report];

    for color in [false, true] {
        for quiet in [false, true] {
            let _ = render_human(&reports, HumanOptions { color, quiet });
        }
    }

    for quiet in [false, true] {
        let json = render_json(&reports, quiet);
        if let Err(e) = serde_json::from_str::<serde_json::Value>(&json) {
            panic!("check --format json is not JSON ({e}):\n{json}");
        }
    }

    let sarif = render_sarif(&reports);
    if let Err(e) = serde_json::from_str::<serde_json::Value>(&sarif) {
        panic!("check --format sarif is not JSON ({e}):\n{sarif}");
    }

    let github = render_github(&reports);
    let lines: Vec<&str> = github.lines().collect();
    assert_eq!(
        lines.len(),
        findings,
        "check --format github: {findings} findings but {} lines:\n{github}",
        lines.len()
    );
    for line in lines {
        assert!(
            line.starts_with("::error ") || line.starts_with("::warning "),
            "check --format github: not a workflow command: {line:?}"
        );
    }

    let junit = render_junit(&reports);
    if let Err(e) = roxmltree::Document::parse(&junit) {
        panic!("check --format junit is not well-formed XML ({e}):\n{junit}");
    }
});
