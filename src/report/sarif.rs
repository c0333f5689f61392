//! `check --format sarif`: SARIF 2.1.0, for GitHub code scanning and other
//! SARIF consumers. Every rule that produced a result is described in
//! `tool.driver.rules` (its summary, its documentation and a help text), and
//! every result is located by a relative URI, start and end line and column.
//! Columns count Unicode code points, as in every other format.

use serde_json::{Value, json};

use crate::diagnostic::FileReport;
use crate::rules::Rule;
use crate::source::{Position, visible};

/// A relative path as a URI reference: `/` separators, and every byte
/// outside the unreserved set and `/` percent-encoded (RFC 3986).
fn uri(path: &str) -> String {
    let mut out = String::new();
    for byte in path.replace('\\', "/").bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(char::from(byte));
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

fn describe(rule: &Rule) -> Value {
    let id = rule.id;
    json!({
        "id": id.code,
        "name": id.name,
        "shortDescription": { "text": rule.summary() },
        "fullDescription": { "text": rule.documentation() },
        "help": {
            "text": format!("{}\nRun `commstrat explain {}` for an example and the fix.", rule.summary(), id.name),
            "markdown": rule.documentation(),
        },
        "defaultConfiguration": { "level": id.severity.sarif() },
        "properties": { "tags": ["commstrat"] },
    })
}

/// A SARIF region. An empty span still covers one character, so that the
/// end is after the start as SARIF requires.
fn region(start: Position, end: Position) -> Value {
    let end_column = if (end.line, end.column) <= (start.line, start.column) {
        start.column + 1
    } else {
        end.column
    };
    json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line.max(start.line),
        "endColumn": end_column,
    })
}

pub fn render_sarif(reports: &[FileReport]) -> String {
    // The rules that produced a result, in code order.
    let mut used: Vec<&'static Rule> = reports
        .iter()
        .flat_map(|r| r.diagnostics.iter())
        .filter_map(|d| crate::rules::find(d.rule.code))
        .collect();
    used.sort_by_key(|r| r.id.code);
    used.dedup_by_key(|r| r.id.code);
    let mut results = Vec::new();
    for report in reports {
        for d in &report.diagnostics {
            let (start, end) = report.range(d);
            let index = used
                .iter()
                .position(|r| r.id.code == d.rule.code)
                .unwrap_or(0);
            let mut result = json!({
                "ruleId": d.rule.code,
                "ruleIndex": index,
                "level": d.severity.sarif(),
                "message": { "text": visible(&super::with_help(d)) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&report.source.path), "uriBaseId": "%SRCROOT%" },
                        "region": region(start, end),
                    }
                }],
                "partialFingerprints": {
                    "commstrat/v1": format!("{}:{}:{}", d.rule.code, uri(&report.source.path), visible(&d.message)),
                },
            });
            if let Some(r) = &d.related {
                result["relatedLocations"] = json!([{
                    "id": 1,
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&r.path), "uriBaseId": "%SRCROOT%" },
                        "region": region(r.start, r.end),
                    },
                    "message": { "text": r.message },
                }]);
            }
            results.push(result);
        }
    }
    let document = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "commstrat",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": used.iter().map(|r| describe(r)).collect::<Vec<_>>(),
                }
            },
            "originalUriBaseIds": {
                "%SRCROOT%": { "description": { "text": "The folder commstrat check ran in." } }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    let mut out = serde_json::to_string_pretty(&document).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            super::uri("strategies/my brand é.toml"),
            "strategies/my%20brand%20%C3%A9.toml"
        );
        assert_eq!(super::uri("a\\b.toml"), "a/b.toml");
    }
}
