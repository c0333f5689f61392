//! The committed schema, the embedded one and the model agree.

use std::path::Path;

use serde_json::Value;

const SCHEMA_PATH: &str = "schemas/strategy.schema.json";

/// Regenerate with `COMMSTRAT_BLESS=1 cargo test schema_file`.
#[test]
fn schema_file_matches_model() {
    let generated = commstrat::schema::generate();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_PATH);
    if std::env::var_os("COMMSTRAT_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == generated,
        "{SCHEMA_PATH} differs from the schema of the Rust model: run `COMMSTRAT_BLESS=1 cargo test schema_file` and review the diff"
    );
    assert_eq!(
        commstrat::schema::SCHEMA_TEXT,
        committed,
        "rebuild: the binary embeds an older schema"
    );
}

/// docs/format.md is written from the schema and the rules' documentation.
/// Regenerate with `COMMSTRAT_BLESS=1 cargo test format_reference`.
#[test]
fn format_reference_matches_the_schema_and_the_rules() {
    let generated = commstrat::commands::format_reference();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/format.md");
    if std::env::var_os("COMMSTRAT_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/format.md differs from the schema and the rules: run `COMMSTRAT_BLESS=1 cargo test format_reference` and review the diff"
    );
    // Every key of the schema and every rule is on the page.
    let schema: Value = serde_json::from_str(commstrat::schema::SCHEMA_TEXT).unwrap();
    let mut nodes = Vec::new();
    walk(&schema, String::new(), &mut nodes);
    for (path, node) in &nodes {
        for key in node
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
        {
            assert!(
                committed.contains(&format!("**`{key}`**")),
                "{path}: {key} is not on the page"
            );
        }
    }
    for rule in commstrat::rules::RULES {
        assert!(
            committed.contains(&format!("`{}`", rule.id.name)),
            "{}",
            rule.id.name
        );
    }
}

fn walk<'a>(node: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    out.push((path.clone(), node));
    match node {
        Value::Object(map) => {
            for (k, v) in map {
                walk(v, format!("{path}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, format!("{path}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_property_is_described_and_closed_sets_are_enums() {
    let schema: Value = serde_json::from_str(commstrat::schema::SCHEMA_TEXT).unwrap();
    let mut nodes = Vec::new();
    walk(&schema, String::new(), &mut nodes);
    let mut properties = 0;
    for (path, node) in &nodes {
        if let Some(props) = node.get("properties").and_then(Value::as_object) {
            assert_eq!(
                node.get("additionalProperties"),
                Some(&Value::Bool(false)),
                "{path} accepts unknown keys"
            );
            for (name, prop) in props {
                properties += 1;
                assert!(
                    prop.get("description")
                        .and_then(Value::as_str)
                        .is_some_and(|d| !d.is_empty()),
                    "{path}/properties/{name} has no description"
                );
                // taplo's hover replaces a `$ref` node by its target and
                // shows the target's description, not the property's.
                assert!(
                    prop.get("$ref").is_none(),
                    "{path}/properties/{name} is a $ref: editors would show its type's description instead of its own"
                );
            }
        }
    }
    assert!(properties > 100, "only {properties} properties found");
    // Closed sets of the format page are enums with exactly these values.
    let defs = &schema["$defs"];
    let values = |def: &str| -> Vec<String> {
        let node = &defs[def];
        let list = node.get("enum").cloned().or_else(|| {
            node.get("oneOf").map(|branches| {
                Value::Array(
                    branches
                        .as_array()
                        .unwrap()
                        .iter()
                        .flat_map(|b| b.get("enum").or(b.get("const")).cloned())
                        .flat_map(|v| match v {
                            Value::Array(a) => a,
                            other => vec![other],
                        })
                        .collect(),
                )
            })
        });
        list.unwrap_or_else(|| panic!("{def} is not an enum: {node}"))
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        values("Platform"),
        [
            "x",
            "linkedin",
            "instagram",
            "facebook",
            "tiktok",
            "youtube",
            "threads",
            "bluesky",
            "mastodon",
            "whatsapp",
            "google-business",
            "other"
        ]
    );
    assert_eq!(
        values("PlaybookKind"),
        [
            "welcome",
            "question",
            "request",
            "suggestion",
            "complaint",
            "criticism",
            "praise",
            "abuse",
            "other"
        ]
    );
    assert_eq!(
        values("Practice"),
        [
            "welcome",
            "current-affairs",
            "humor",
            "question",
            "poll",
            "behind-the-scenes",
            "product",
            "results-review",
            "other"
        ]
    );
    assert_eq!(
        values("Measure"),
        [
            "first-response-time",
            "response-rate",
            "engagement-rate",
            "follower-growth",
            "sentiment",
            "mentions",
            "custom"
        ]
    );
    assert_eq!(
        values("Person"),
        ["first-singular", "first-plural", "third"]
    );
    assert_eq!(values("Formality"), ["casual", "neutral", "formal"]);
    assert_eq!(values("Humor"), ["none", "light", "playful"]);
    assert_eq!(values("Emoji"), ["never", "sparingly", "freely"]);
    assert_eq!(values("Automation"), ["never", "draft", "allowed"]);
    assert_eq!(values("Channel"), ["public", "private", "review"]);
    assert_eq!(values("Every"), ["day", "week", "month"]);
    assert_eq!(values("Review"), ["weekly", "monthly", "quarterly"]);
}

/// The schema's patterns on values at their edges (a trailing new line, a
/// capital, a 64-character id, 24:00 as a start): each pattern takes the
/// first list and refuses the second.
#[test]
fn every_pattern_reads_its_edges_as_the_format_says() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("strategies/boulangerie-lumiere.toml")).unwrap();
    let source = commstrat::source::Source::new("boulangerie-lumiere.toml", text);
    let valid_with = |pointer: &str, value: &str| {
        let mut parsed = commstrat::load::parse(&source).unwrap();
        *parsed
            .value
            .pointer_mut(pointer)
            .unwrap_or_else(|| panic!("{pointer}")) = Value::from(value);
        commstrat::schema::validate(&mut parsed).is_empty()
    };
    let long_id = "a".repeat(63);
    let too_long_id = "a".repeat(64);
    let cases: [(&str, &[&str], &[&str]); 6] = [
        (
            "/networks/0/id",
            &["a", "0-a", "a-", long_id.as_str()],
            &[too_long_id.as_str(), "A", "-a", "a\n", "é", ""],
        ),
        (
            "/networks/0/response_time",
            &["1h", "2d3h4m", "90m"],
            &["1H", "h", "1h\n", "1s", ""],
        ),
        (
            "/schedules/0/hours/0/from",
            &["00:00", "23:59"],
            &["24:00", "9:00", "09:60", "09:00\n", "09:00:00"],
        ),
        (
            "/schedules/0/hours/0/to",
            &["24:00", "23:59", "00:00"],
            &["24:01", "\n24:00"],
        ),
        (
            "/schedules/0/hours/0/days/0",
            &["mon", "mon-fri", "sun-sat"],
            &["Mon", "mon-", "mon-fri-sat", "mon\n"],
        ),
        (
            "/language",
            &["fr", "fr-CA", "ara", "zh-Hant-TW"],
            &["f", "frfr", "fr_CA", "fr-\n", "fr-abcdefghi"],
        ),
    ];
    for (pointer, valid, invalid) in cases {
        for value in valid {
            assert!(valid_with(pointer, value), "{pointer} = {value:?} is valid");
        }
        for value in invalid {
            assert!(
                !valid_with(pointer, value),
                "{pointer} = {value:?} is not valid"
            );
        }
    }
}
