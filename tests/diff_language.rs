//! `commstrat diff` speaks the strategy's language: the Markdown report of
//! the French, Arabic and Spanish examples, each edited the same way, holds
//! no English word outside its code spans, and the Arabic one keeps every
//! Latin run (ids, file names, versions) inside an isolate.

use toml::Value;

use crate::support::{commstrat_in, outside_isolates, root};

/// The example `file` with a change of each kind the report words: a
/// response time lengthened, a network and a playbook removed, a persona
/// added, an approver removed, a crisis level that no longer pauses posts,
/// a scenario lowered, and the strategy's name reworded.
fn edited(file: &str) -> String {
    let text = std::fs::read_to_string(root().join(file)).expect("the example");
    let mut s: toml::Table = toml::from_str(&text).expect("the example is TOML");
    s.insert(
        "name".into(),
        "Nouveau nom / nuevo nombre / اسم جديد".into(),
    );
    let list = |s: &mut toml::Table, key: &str| -> Vec<Value> {
        s[key].as_array().expect("a list").clone()
    };
    let mut networks = list(&mut s, "networks");
    networks[0]["response_time"] = "23h".into();
    networks.remove(1);
    s.insert("networks".into(), networks.into());
    let mut playbooks = list(&mut s, "playbooks");
    playbooks.pop();
    s.insert("playbooks".into(), playbooks.into());
    let mut personas = list(&mut s, "personas");
    let mut persona = personas[0].clone();
    persona["id"] = "nouveau-public".into();
    personas.push(persona);
    s.insert("personas".into(), personas.into());
    let crisis = s["crisis"].as_table_mut().expect("a crisis plan");
    let levels = crisis["levels"].as_array_mut().expect("levels");
    let last = levels.last_mut().expect("a level");
    last["approvers"]
        .as_array_mut()
        .expect("approvers")
        .remove(0);
    last["pause_scheduled_posts"] = false.into();
    let scenarios = crisis["scenarios"].as_array_mut().expect("scenarios");
    let lowered = scenarios
        .iter_mut()
        .find(|x| x["level"].as_integer().is_some_and(|l| l > 1))
        .expect("a scenario above level 1");
    lowered["level"] = 1.into();
    toml::to_string(&s).expect("TOML again")
}

/// The Markdown report from the example to its edited copy.
fn report(file: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("new.toml"), edited(file)).expect("write");
    std::fs::copy(root().join(file), dir.path().join("old.toml")).expect("copy");
    let run = commstrat_in(dir.path(), &["diff", "old.toml", "new.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

/// Words of the English report, which another language must not show
/// outside code ("crisis" is Spanish too, and "persona" French).
const ENGLISH: [&str; 18] = [
    "Strategy",
    "changes",
    "changed",
    "breaking",
    "Breaking",
    "Additive",
    "Wording",
    "wording",
    "removed",
    "added",
    "network",
    "playbook",
    "lengthened",
    "approver",
    "crisis",
    "level",
    "hour",
    "hours",
];

/// `text` without its code spans.
fn outside_code(text: &str) -> String {
    text.split('`').step_by(2).collect::<Vec<_>>().join(" ")
}

fn check(file: &str, name: &str, shared: &[&str]) -> String {
    let report = report(file);
    let prose = outside_code(&report);
    let words: Vec<&str> = prose.split(|c: char| !c.is_alphanumeric()).collect();
    for word in ENGLISH.iter().filter(|w| !shared.contains(w)) {
        assert!(!words.contains(word), "{name}: `{word}` in\n{report}");
    }
    // Every kind of change made above is reported.
    assert!(report.matches("\n- ").count() >= 8, "{report}");
    report
}

#[test]
fn the_french_report_is_in_french() {
    let report = check("strategies/boulangerie-lumiere.toml", "fr", &[]);
    // French typography: a no-break space before the colon.
    assert!(report.contains("stratégie\u{a0}: `old.toml`"), "{report}");
    insta::assert_snapshot!(report);
}

#[test]
fn the_spanish_report_is_in_spanish() {
    let report = check("strategies/tostadero-candela.toml", "es", &["crisis"]);
    insta::assert_snapshot!(report);
}

#[test]
fn the_arabic_report_is_in_arabic_and_keeps_latin_runs_whole() {
    let report = check("strategies/souq-alnakhil.toml", "ar", &[]);
    let wrong = outside_isolates(&report);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Arabic wording, and the ids it names in their own order.
    assert!(report.contains("المنصة"), "{report}");
    insta::assert_snapshot!(report);
}

/// The JSON stays in English whatever the language: its summaries are for
/// tools and for `check`'s findings.
#[test]
fn json_summaries_stay_english() {
    let file = "strategies/boulangerie-lumiere.toml";
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("new.toml"), edited(file)).expect("write");
    std::fs::copy(root().join(file), dir.path().join("old.toml")).expect("copy");
    let run = commstrat_in(
        dir.path(),
        &["diff", "old.toml", "new.toml", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let summaries: Vec<String> = run.json()["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| c["summary"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(
        summaries
            .iter()
            .any(|s| s.contains("response time on network")),
        "{summaries:?}"
    );
}
