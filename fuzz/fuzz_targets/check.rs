//! The whole `check` pipeline on arbitrary bytes (UTF-8 decoding, TOML with
//! spans, schema, model, rules), then the report in every output format of
//! `commstrat check --format`: human (plain and coloured, full and quiet),
//! json, sarif, github and junit.
//!
//! Oracles besides "does not panic / hang / blow up memory": the JSON and
//! SARIF outputs are valid JSON, the JUnit output is well-formed XML, and the
//! GitHub output is exactly one workflow command line per finding. From
//! issue 16: a file has at most `MAX_FINDINGS` findings and the line that
//! counts the rest, and no output but coloured human output carries a raw
//! control, bidirectional or invisible character (line ends and tabs
//! aside): they are shown as `<U+XXXX>` or escaped.
#![no_main]

use commstrat::diagnostic::Severity;
use commstrat::report::{
    HumanOptions, render_github, render_human, render_json, render_junit, render_sarif,
};
use commstrat::diagnostic::MAX_FINDINGS;
use libfuzzer_sys::fuzz_target;

/// Panics if `output` (of `format`) holds a character a reader cannot see
/// or that reorders the text around it, other than a line end or a tab.
fn assert_visible(format: &str, output: &str) {
    if let Some(c) = output
        .chars()
        .find(|&c| !matches!(c, '\n' | '\r' | '\t') && commstrat::source::hidden(c).is_some())
    {
        panic!("check --format {format} carries a raw U+{:04X}:\n{output}", u32::from(c));
    }
}

fuzz_target!(|data: &[u8]| {
    let mut report = commstrat::check_bytes("fuzz.toml", data.to_vec());
    report.cap(); // as `commstrat check` does before showing a report
    let findings = report.diagnostics.len();
    assert!(findings <= MAX_FINDINGS + 1, "{findings} findings");
    for d in &report.diagnostics {
        // Positions are computed for every output format.
        let _ = report.range(d);
        let _ = matches!(d.severity, Severity::Error);
    }
    let reports = [report];

    for color in [false, true] {
        for quiet in [false, true] {
            let human = render_human(&reports, HumanOptions { color, quiet });
            if !color {
                assert_visible("human", &human);
            }
        }
    }

    let json = render_json(&reports);
    assert_visible("json", &json);
    if let Err(e) = serde_json::from_str::<serde_json::Value>(&json) {
        panic!("check --format json is not JSON ({e}):\n{json}");
    }

    let sarif = render_sarif(&reports);
    assert_visible("sarif", &sarif);
    if let Err(e) = serde_json::from_str::<serde_json::Value>(&sarif) {
        panic!("check --format sarif is not JSON ({e}):\n{sarif}");
    }

    let github = render_github(&reports);
    assert_visible("github", &github);
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
    assert_visible("junit", &junit);
    if let Err(e) = roxmltree::Document::parse(&junit) {
        panic!("check --format junit is not well-formed XML ({e}):\n{junit}");
    }
});
