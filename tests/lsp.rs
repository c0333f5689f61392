//! `commstrat lsp` driven as an editor drives it: JSON-RPC messages with
//! their `Content-Length` headers over the server's standard input and
//! output. CI drives it with pytest-lsp and Neovim too (.ci/run).

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde_json::{Value, json};

struct Client {
    child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
    next: i64,
}

impl Client {
    fn start(dir: &std::path::Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_commstrat"))
            .arg("lsp")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        let input = child.stdin.take().expect("stdin");
        let output = BufReader::new(child.stdout.take().expect("stdout"));
        let mut client = Client {
            child,
            input,
            output,
            next: 1,
        };
        let init = client.request(
            "initialize",
            json!({ "processId": null, "rootUri": null, "capabilities": {} }),
        );
        assert_eq!(init["capabilities"]["positionEncoding"], "utf-16", "{init}");
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        write!(self.input, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("written");
        self.input.flush().expect("flushed");
    }

    fn receive(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            self.output.read_line(&mut line).expect("a header");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse().expect("a length");
            }
        }
        let mut body = vec![0; length];
        self.output.read_exact(&mut body).expect("a body");
        serde_json::from_slice(&body).expect("JSON")
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next;
        self.next += 1;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        loop {
            let message = self.receive();
            if message["id"] == id {
                return message["result"].clone();
            }
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            let message = self.receive();
            if message["method"] == "textDocument/publishDiagnostics"
                && message["params"]["uri"] == uri
            {
                return message["params"]["diagnostics"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
            }
        }
    }

    fn open(&mut self, uri: &str, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "toml", "version": 1, "text": text } }),
        );
        self.diagnostics(uri)
    }

    fn stop(mut self) {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let status = self.child.wait().expect("the server ends");
        assert!(status.success(), "{status}");
    }
}

/// Line and character (0-based) of the first `needle` in `text`, plus `shift` characters.
fn at(text: &str, needle: &str, shift: usize) -> Value {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} in the text"))
        + shift;
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let character: usize = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .encode_utf16()
        .count();
    json!({ "line": line, "character": character })
}

/// The byte offset of an LSP position (UTF-16 characters) in `text`.
fn offset(text: &str, position: &Value) -> usize {
    let line = position["line"].as_u64().expect("line") as usize;
    let character = position["character"].as_u64().expect("character") as usize;
    let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
    let mut units = 0;
    for (i, c) in text[start..].char_indices() {
        if units >= character || c == '\n' {
            return start + i;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// The starter with a promise gap (no out-of-hours reply on a schedule
/// that closes for nights and weekends) and an unknown reference.
fn broken() -> String {
    commstrat::STARTER
        .replace(
            "out_of_hours_reply = \"Thanks {{ follower }}! We're away right now: {{ availability }}\"\n",
            "",
        )
        .replace("owner = \"community\"\nrespond_within", "owner = \"comunity\"\nrespond_within")
}

#[test]
fn a_strategy_gets_its_findings_hover_completion_and_definition() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("strategy.toml");
    let uri = format!("file://{}", path.display());
    let mut client = Client::start(dir.path());
    let text = broken();
    assert_ne!(text, commstrat::STARTER);
    let found = client.open(&uri, &text);
    let codes: Vec<&str> = found.iter().filter_map(|d| d["code"].as_str()).collect();
    assert_eq!(codes, ["CS205", "CS111"], "{found:#?}");
    // Each finding has the range of its value.
    assert_eq!(
        found[0]["range"]["start"],
        at(&text, "\"2h\"", 0),
        "{found:#?}"
    );
    assert_eq!(
        found[1]["range"]["start"],
        at(&text, "\"comunity\"", 0),
        "{found:#?}"
    );
    assert_eq!(
        found[1]["range"]["end"],
        at(&text, "\"comunity\"", 10),
        "{found:#?}"
    );
    // The fixed text: the findings go.
    let fixed = commstrat::STARTER.to_string();
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": fixed }] }),
    );
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new());
    let doc = json!({ "uri": uri });
    // Hover on a key: the schema's description.
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": doc, "position": at(&fixed, "response_time", 2) }),
    );
    assert!(
        hover["contents"]["value"]
            .as_str()
            .is_some_and(|h| h.contains("First-response target")),
        "{hover}"
    );
    // Hover on a reference: the entry it names.
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": doc, "position": at(&fixed, "schedule = \"office\"", 13) }),
    );
    let shown = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        shown.contains("[[schedules]]") && shown.contains("id = \"office\""),
        "{hover}"
    );
    // Hover on a rule name: its documentation.
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": doc, "position": at(&fixed, "gap-over-messaging-window", 4) }),
    );
    assert!(
        hover["contents"]["value"]
            .as_str()
            .is_some_and(|h| h.starts_with("**CS206**")),
        "{hover}"
    );
    // Definition: from the reference to the schedule's id.
    let definition = client.request(
        "textDocument/definition",
        json!({ "textDocument": doc, "position": at(&fixed, "schedule = \"office\"", 13) }),
    );
    assert_eq!(
        definition["range"]["start"],
        at(&fixed, "id = \"office\"", 5),
        "{definition}"
    );
    // Completion of roles where a role is expected.
    let typing = fixed.replacen(
        "owner = \"community\"\nrespond_within",
        "owner = \"\nrespond_within",
        1,
    );
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 }, "contentChanges": [{ "text": typing }] }),
    );
    client.diagnostics(&uri);
    let items = client.request(
        "textDocument/completion",
        json!({ "textDocument": doc, "position": at(&typing, "owner = \"\nrespond_within", 9) }),
    );
    let labels: Vec<&str> = items
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["label"].as_str())
        .collect();
    assert_eq!(labels, ["community", "lead"], "{items}");
    // Networks in a list, and crisis levels by number.
    let typing = fixed
        .replacen(
            "networks = [\"instagram\"]\nevery",
            "networks = [\"\nevery",
            1,
        )
        .replacen("level = 2\nsignals", "level = \nsignals", 1);
    assert_ne!(typing, fixed);
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 4 }, "contentChanges": [{ "text": typing }] }),
    );
    client.diagnostics(&uri);
    let labels = |items: &Value| -> Vec<String> {
        items
            .as_array()
            .expect("items")
            .iter()
            .filter_map(|i| i["label"].as_str().map(str::to_string))
            .collect()
    };
    let networks = client.request(
        "textDocument/completion",
        json!({ "textDocument": doc, "position": at(&typing, "networks = [\"\nevery", 12) }),
    );
    assert_eq!(labels(&networks), ["instagram"], "{networks}");
    let levels = client.request(
        "textDocument/completion",
        json!({ "textDocument": doc, "position": at(&typing, "level = \nsignals", 8) }),
    );
    assert_eq!(labels(&levels), ["1", "2"], "{levels}");
    client.stop();
}

#[test]
fn a_draft_gets_lints_findings_and_its_fix_as_a_code_action() {
    let dir = tempfile::tempdir().expect("a folder");
    let root = crate::support::root();
    std::fs::copy(
        root.join("tests/fixtures/lint/strategy.toml"),
        dir.path().join("strategy.toml"),
    )
    .expect("copied");
    std::fs::write(
        dir.path().join("commstrat.toml"),
        "[lint]\nstrategy = \"strategy.toml\"\ndrafts = [\"drafts\"]\n",
    )
    .expect("written");
    std::fs::create_dir(dir.path().join("drafts")).expect("a folder");
    let path = dir.path().join("drafts/reply.md");
    let uri = format!("file://{}", path.display());
    let text = "---\nnetwork: instagram\n---\nYou can utilize the app to track it.\n— Sam\n";
    std::fs::write(&path, text).expect("written");
    let mut client = Client::start(dir.path());
    let found = client.open(&uri, text);
    let codes: Vec<&str> = found.iter().filter_map(|d| d["code"].as_str()).collect();
    assert_eq!(codes, ["CS901"], "{found:#?}");
    assert_eq!(found[0]["range"]["start"], at(text, "utilize", 0));
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": uri },
            "range": found[0]["range"],
            "context": { "diagnostics": found },
        }),
    );
    let action = &actions[0];
    assert!(
        action["title"]
            .as_str()
            .is_some_and(|t| t.contains("\"use\"")),
        "{actions}"
    );
    let edit = &action["edit"]["changes"][&uri][0];
    // Apply the edit as an editor would, and the finding goes.
    let (from, to) = (
        offset(text, &edit["range"]["start"]),
        offset(text, &edit["range"]["end"]),
    );
    let fixed = format!(
        "{}{}{}",
        &text[..from],
        edit["newText"].as_str().expect("text"),
        &text[to..]
    );
    assert!(fixed.contains("You can use the app"), "{fixed}");
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": fixed }] }),
    );
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new());
    client.stop();
}

/// A folder with the lint fixture strategy and a `drafts/` folder that
/// commstrat.toml names.
fn draft_desk() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a folder");
    let root = crate::support::root();
    std::fs::copy(
        root.join("tests/fixtures/lint/strategy.toml"),
        dir.path().join("strategy.toml"),
    )
    .expect("copied");
    std::fs::write(
        dir.path().join("commstrat.toml"),
        "[lint]\nstrategy = \"strategy.toml\"\ndrafts = [\"drafts\"]\n",
    )
    .expect("written");
    std::fs::create_dir(dir.path().join("drafts")).expect("a folder");
    dir
}

/// Positions count UTF-16 units (an emoji is two); a draft with thousands
/// of findings gets at most a thousand and a summary, as `lint` prints.
#[test]
fn draft_positions_are_in_utf16_and_findings_are_capped() {
    let dir = draft_desk();
    let mut client = Client::start(dir.path());
    let emoji = dir.path().join("drafts/emoji.md");
    let uri = format!("file://{}", emoji.display());
    let text = "---\nnetwork: instagram\n---\n\u{1F389}\u{1F389} we utilize it\n— Sam\n";
    let found = client.open(&uri, text);
    let utilize = found.iter().find(|d| d["code"] == "CS901").expect("CS901");
    // Two emoji of two units each, a space and "we ": character 8.
    assert_eq!(
        utilize["range"]["start"],
        json!({ "line": 3, "character": 8 }),
        "{found:#?}"
    );
    let many = dir.path().join("drafts/many.txt");
    let uri = format!("file://{}", many.display());
    let text = format!("{}\n— Sam\n", "ticket ".repeat(3000));
    let found = client.open(&uri, &text);
    assert_eq!(
        found.len(),
        1001,
        "1,000 findings and the summary of the rest"
    );
    assert_eq!(found[1000]["code"], "CS010");
    client.stop();
}
