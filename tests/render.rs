//! `commstrat render guide`: the guide of each example, Markdown that a real
//! CommonMark + GFM parser reads as intended whatever the user wrote, the
//! book folder, `--check`, template overrides and errors.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::support::{
    commstrat_in, described_sessions, files_under, outside_isolates, render_guide, root, sessions,
    tree,
};

const EXAMPLES: [&str; 4] = [
    "northwind-outdoor",
    "boulangerie-lumiere",
    "souq-alnakhil",
    "tostadero-candela",
];

fn parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
}

/// The document's structure: every tag and non-text event, without text.
fn structure(markdown: &str) -> Vec<String> {
    parser(markdown)
        .filter_map(|event| match event {
            Event::Text(_) => None,
            Event::Code(_) => Some("code".to_string()),
            other => Some(format!("{other:?}")),
        })
        .collect()
}

/// Every visible text of the document, whitespace runs as one space.
fn visible_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in parser(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    squash(&out)
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every table row has as many cells as its head, and no cell is lost.
pub(crate) fn assert_tables_well_formed(markdown: &str) {
    let (mut head, mut cells, mut tables) = (0, 0, 0);
    for event in parser(markdown) {
        match event {
            Event::Start(Tag::Table(_)) => tables += 1,
            Event::Start(Tag::TableHead | Tag::TableRow) => cells = 0,
            Event::Start(Tag::TableCell) => cells += 1,
            Event::End(TagEnd::TableHead) => head = cells,
            Event::End(TagEnd::TableRow) => {
                assert_eq!(
                    cells, head,
                    "a table row has {cells} cells, its head {head}"
                )
            }
            _ => {}
        }
    }
    // Every pipe-table line of the source is a row the parser saw: a
    // broken table would leave `| … |` lines as plain text.
    let source_rows = markdown.lines().filter(|l| l.starts_with('|')).count();
    let parsed_rows = parser(markdown)
        .filter(|e| matches!(e, Event::Start(Tag::TableRow | Tag::TableHead)))
        .count();
    let separators = markdown
        .lines()
        .filter(|l| l.starts_with("|---") || l.starts_with("|:-"))
        .count();
    assert_eq!(
        source_rows,
        parsed_rows + separators,
        "table lines the parser did not read as rows"
    );
    assert!(tables > 0 || source_rows == 0);
}

/// HTML in the output: only the right-to-left wrapper.
/// The HTML of a guide, but for the templates' own: the anchors of
/// playbooks (`<a id="playbook-ID">`, an id
/// being a slug), which no user text can make.
pub(crate) fn html_in(markdown: &str) -> Vec<String> {
    let ours = |h: &str| {
        let anchor = ["playbook-", "series-", "event-"]
            .iter()
            .find_map(|kind| h.strip_prefix("<a id=\"")?.strip_prefix(kind))
            .and_then(|rest| rest.strip_suffix("\">"))
            .is_some_and(|id| {
                id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            });
        anchor || h == "</a>" || h == "<br>"
    };
    parser(markdown)
        .filter_map(|e| match e {
            Event::Html(h) | Event::InlineHtml(h) => Some(h.trim().to_string()),
            _ => None,
        })
        .filter(|h| !ours(h))
        .collect()
}

#[test]
fn guide_of_each_example() {
    for name in EXAMPLES {
        let file = format!("strategies/{name}.toml");
        let run = render_guide(&root(), &[&file]);
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        assert_eq!(run.stderr, "", "{name}");
        assert_tables_well_formed(&run.stdout);
        let html = html_in(&run.stdout);
        if name == "souq-alnakhil" {
            assert_eq!(
                html,
                ["<div dir=\"rtl\" lang=\"ar-SA\">", "</div>"],
                "{name}"
            );
            // Handles and time ranges are isolated left-to-right runs, so
            // that they keep their order inside Arabic text.
            assert!(
                run.stdout
                    .contains("\u{2066}X @SouqAlNakhil\\_Care\u{2069}")
            );
            assert!(run.stdout.contains("\u{2066}09:00–24:00\u{2069}"), "{name}");
        } else {
            assert!(html.is_empty(), "{name}: {html:?}");
            assert!(
                !run.stdout.contains('\u{2066}'),
                "{name}: isolates in a left-to-right guide"
            );
        }
        insta::assert_snapshot!(format!("guide-{name}"), run.stdout);
    }
}

#[test]
fn guide_is_the_same_bytes_from_anywhere() {
    let here = render_guide(&root(), &["strategies/boulangerie-lumiere.toml"]);
    let absolute = root().join("strategies/boulangerie-lumiere.toml");
    let elsewhere = render_guide(
        &std::env::temp_dir(),
        &[absolute.to_str().expect("a UTF-8 path")],
    );
    assert_eq!(here.code, 0);
    assert_eq!(here.stdout, elsewhere.stdout);
    assert!(here.stdout.contains("`boulangerie-lumiere.toml`"));
    assert!(!here.stdout.contains(root().to_str().expect("UTF-8")));
}

/// Strings full of Markdown and HTML syntax, for the hostile fixture.
const HOSTILE: [&str; 32] = [
    "Acme *Bold* | <i>Co</i> [x](http://e.example) _u_",
    "line one\nline two | pipe\n\n# heading after a blank line\n- list after",
    "<script>alert(1)</script> & &amp; &copy; <!-- c -->",
    "`code` ``double`` ``` fence",
    "# not a heading",
    "1. not a list",
    "- not a list",
    "> not a quote",
    "+ not a list",
    "---",
    "    indented code",
    "~~strike~~ $x^2$ \\back\\slash\\",
    "![img](x.png) <http://angle.example> http://bare.example",
    "a|b||c\\|d",
    "***",
    "===",
    "2) also not a list",
    "trailing backslash \\",
    "* star item",
    "_ _ _",
    "<div>block html</div>",
    "[ref]: http://e.example \"title\"",
    "Tab\there and a bell\u{7}",
    "| table | row |",
    "Setext\n===",
    "emoji 😀 and right-to-left مرحبا mixed",
    "&#x3C;script&#x3E; entity",
    "**",
    "\\* escaped already",
    "[^1] footnote",
    ":warning: @mention #123",
    "1.5 kg for 2.3.0",
];

/// A string with its Markdown-meaningful characters removed: the same
/// shape of lines, nothing that could become structure.
fn tame(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '\n')
        .collect();
    format!("tame {kept}")
}

fn fixture(strings: &dyn Fn(&str) -> String) -> String {
    let mut text = std::fs::read_to_string(root().join("tests/fixtures/render/hostile.toml.in"))
        .expect("fixture");
    // Highest numbers first, so that @H1@ does not match inside @H12@.
    for (i, s) in HOSTILE.iter().enumerate().rev() {
        let value = toml::Value::String(strings(s)).to_string();
        text = text.replace(&format!("@H{}@", i + 1), &value);
    }
    assert!(!text.contains("@H"), "a placeholder without a string");
    text
}

#[test]
fn hostile_text_stays_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("hostile.toml"), fixture(&|s| s.to_string())).expect("write");
    std::fs::write(dir.path().join("tame.toml"), fixture(&tame)).expect("write");
    let hostile = render_guide(dir.path(), &["hostile.toml"]);
    let tamed = render_guide(dir.path(), &["tame.toml"]);
    assert_eq!(hostile.code, 0, "{}", hostile.stderr);
    assert_eq!(tamed.code, 0, "{}", tamed.stderr);
    // The same document structure: no string added a heading, a list, a
    // quote, emphasis, a link, an image, a code span or a table cell.
    let (hostile_shape, tame_shape) = (structure(&hostile.stdout), structure(&tamed.stdout));
    if let Some(at) = (0..hostile_shape.len().max(tame_shape.len()))
        .find(|&i| hostile_shape.get(i) != tame_shape.get(i))
    {
        panic!(
            "the hostile guide's structure differs at event {at}: {:?} instead of {:?}\n{}",
            hostile_shape.get(at),
            tame_shape.get(at),
            hostile.stdout
        );
    }
    assert!(
        html_in(&hostile.stdout).is_empty(),
        "{:?}",
        html_in(&hostile.stdout)
    );
    assert_tables_well_formed(&hostile.stdout);
    // And every string reads as written (control characters as spaces).
    let text = visible_text(&hostile.stdout);
    for s in HOSTILE {
        let shown = squash(&s.replace(|c: char| c.is_control(), " "));
        assert!(text.contains(&shown), "`{shown}` is not shown as written");
    }
}

#[test]
fn strategy_with_errors_is_not_rendered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = commstrat::STARTER.replace("owner = \"community\"", "owner = \"nobody\"");
    std::fs::write(dir.path().join("broken.toml"), broken).expect("write");
    let run = render_guide(dir.path(), &["broken.toml", "-o", "guide.md"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.session());
    assert!(!dir.path().join("guide.md").exists());
}

#[test]
fn check_reports_fresh_and_stale_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.toml"), commstrat::STARTER).expect("write");
    // Missing: out of date.
    let missing = render_guide(dir.path(), &["s.toml", "-o", "docs/guide.md", "--check"]);
    assert_eq!(missing.code, 1);
    assert!(
        !dir.path().join("docs/guide.md").exists(),
        "--check wrote a file"
    );
    // Written (the folder is created), then fresh.
    let write = render_guide(dir.path(), &["s.toml", "-o", "docs/guide.md"]);
    assert_eq!(write.code, 0, "{}", write.stderr);
    let fresh = render_guide(dir.path(), &["s.toml", "-o", "docs/guide.md", "--check"]);
    assert_eq!((fresh.code, fresh.stdout.as_str()), (0, ""));
    // The same text as standard output, but for the pictures, which only a
    // guide with a folder beside it shows.
    let stdout = render_guide(dir.path(), &["s.toml"]).stdout;
    let written = std::fs::read_to_string(dir.path().join("docs/guide.md")).expect("read");
    assert_eq!(without_pictures(&written), without_pictures(&stdout));
    assert!(written.contains("](guide-pictures/staffing.svg)"));
    assert!(!stdout.contains("!["));
    // The strategy changes: stale, and the file is left alone.
    let changed = commstrat::STARTER.replace("name = \"My Brand\"", "name = \"My New Brand\"");
    std::fs::write(dir.path().join("s.toml"), changed).expect("write");
    let stale = render_guide(dir.path(), &["s.toml", "-o", "docs/guide.md", "--check"]);
    assert_eq!(stale.code, 1);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("docs/guide.md")).expect("read"),
        written
    );
    insta::assert_snapshot!(described_sessions([
        ("no docs/guide.md yet", &missing),
        ("written", &write),
        ("nothing changed", &fresh),
        ("the brand is renamed", &stale),
    ]));
}

/// A guide's lines but its pictures' and the blank ones.
fn without_pictures(guide: &str) -> Vec<&str> {
    guide
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with("!["))
        .collect()
}

#[test]
fn check_needs_an_output() {
    let run = render_guide(&root(), &["strategies/northwind-outdoor.toml", "--check"]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.session());
}

#[test]
fn book_of_the_arabic_example_reads_right_to_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    let strategy = root().join("strategies/souq-alnakhil.toml");
    let run = render_guide(
        dir.path(),
        &[
            strategy.to_str().expect("UTF-8"),
            "--book",
            "-o",
            "handbook",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let book = dir.path().join("handbook");
    let read = |p: &str| std::fs::read_to_string(book.join(p)).expect(p);
    insta::assert_snapshot!(
        "book-souq-alnakhil",
        format!(
            "{}\n--- book.toml\n{}--- src/SUMMARY.md\n{}--- .commstrat-manifest\n{}",
            files_under(&book).join("\n"),
            read("book.toml"),
            read("src/SUMMARY.md"),
            read(".commstrat-manifest")
        )
    );
    let config: toml::Table = read("book.toml").parse().expect("book.toml is TOML");
    assert_eq!(config["book"]["text-direction"].as_str(), Some("rtl"));
    assert_eq!(config["book"]["language"].as_str(), Some("ar-SA"));
    // Pages are the guide's parts, each a document of its own.
    let guide = render_guide(&root(), &["strategies/souq-alnakhil.toml"]).stdout;
    for page in files_under(&book.join("src")) {
        if !page.ends_with(".md") {
            continue;
        }
        let text = read(&format!("src/{page}"));
        assert_tables_well_formed(&text);
        assert!(text.starts_with("# "), "{page} starts with its title");
        if page != "SUMMARY.md" {
            let first_line = text.lines().next().expect("a title");
            assert!(
                guide.contains(first_line.trim_start_matches('#').trim()),
                "{page}"
            );
        }
    }
}

#[test]
fn book_drops_pages_of_removed_parts_and_nothing_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.toml"), commstrat::STARTER).expect("write");
    let first = render_guide(dir.path(), &["s.toml", "--book", "-o", "book"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(dir.path().join("book/src/measurement.md").exists());
    // Someone adds a page of their own.
    std::fs::write(dir.path().join("book/src/notes.md"), "# Notes\n").expect("write");
    // The metrics leave the strategy.
    let cut = commstrat::STARTER
        .find("[[metrics]]")
        .expect("starter has metrics");
    std::fs::write(dir.path().join("s.toml"), &commstrat::STARTER[..cut]).expect("write");
    let stale = render_guide(dir.path(), &["s.toml", "--book", "-o", "book", "--check"]);
    assert_eq!(stale.code, 1);
    let second = render_guide(dir.path(), &["s.toml", "--book", "-o", "book"]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    insta::assert_snapshot!(described_sessions([
        (
            "the metrics left the strategy; book/src/notes.md is ours",
            &stale
        ),
        ("the same, written", &second),
    ]));
    assert!(!dir.path().join("book/src/measurement.md").exists());
    assert!(
        dir.path().join("book/src/notes.md").exists(),
        "a file we did not write was removed"
    );
    let summary = std::fs::read_to_string(dir.path().join("book/src/SUMMARY.md")).expect("read");
    assert!(!summary.contains("measurement.md"));
    let fresh = render_guide(dir.path(), &["s.toml", "--book", "-o", "book", "--check"]);
    assert_eq!((fresh.code, fresh.stdout.as_str()), (0, ""));
}

#[test]
fn book_never_overwrites_a_file_it_did_not_write() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.toml"), commstrat::STARTER).expect("write");
    std::fs::create_dir_all(dir.path().join("book/src")).expect("mkdir");
    std::fs::write(dir.path().join("book/src/SUMMARY.md"), "# Mine\n").expect("write");
    let run = render_guide(dir.path(), &["s.toml", "--book", "-o", "book"]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.session());
    assert_eq!(files_under(&dir.path().join("book")), ["src/SUMMARY.md"]);
    // A manifest cannot name a file outside the book's own names.
    std::fs::write(dir.path().join("precious.txt"), "keep").expect("write");
    std::fs::remove_file(dir.path().join("book/src/SUMMARY.md")).expect("rm");
    std::fs::write(
        dir.path().join("book/.commstrat-manifest"),
        "../precious.txt\nsrc/notes.md\n",
    )
    .expect("write");
    let run = render_guide(dir.path(), &["s.toml", "--book", "-o", "book"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dir.path().join("precious.txt").exists());
}

#[test]
fn templates_override_by_file_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.toml"), commstrat::STARTER).expect("write");
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).expect("mkdir");
    std::fs::write(
        templates.join("contacts.md"),
        "{{ heading(1) }} Who to call\n\n{% include \"_row.md\" %}\n",
    )
    .expect("write");
    std::fs::write(
        templates.join("_row.md"),
        "{% for r in roles %}- {{ r.name }}: {{ r.contact }}\n{% endfor %}",
    )
    .expect("write");
    let run = render_guide(dir.path(), &["s.toml", "--templates", "templates"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The whole guide: the built-in one up to its contacts, which are ours.
    let plain = render_guide(dir.path(), &["s.toml"]).stdout;
    let contacts = plain.find("## Contacts\n").expect("built-in contacts");
    assert_eq!(
        run.stdout,
        format!(
            "{}## Who to call\n\n- Community manager: community@example.com\n- Marketing lead: lead@example.com\n",
            &plain[..contacts]
        )
    );
}

#[test]
fn template_errors_name_the_template_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.toml"), commstrat::STARTER).expect("write");
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).expect("mkdir");
    // A syntax error on line 3.
    std::fs::write(templates.join("voice.md"), "# Voice\n\n{% for x in %}\n").expect("write");
    let syntax = render_guide(dir.path(), &["s.toml", "--templates", "templates"]);
    // A value the context does not have, on line 2.
    std::fs::write(templates.join("voice.md"), "# Voice\n{{ voice.tone }}\n").expect("write");
    let undefined = render_guide(dir.path(), &["s.toml", "--templates", "templates"]);
    // A file that overrides nothing is most likely a typo.
    std::fs::remove_file(templates.join("voice.md")).expect("rm");
    std::fs::write(templates.join("voise.md"), "# Voice\n").expect("write");
    let typo = render_guide(dir.path(), &["s.toml", "--templates", "templates"]);
    for run in [&syntax, &undefined, &typo] {
        assert_eq!(run.code, 2, "{}", run.session());
    }
    insta::assert_snapshot!(described_sessions([
        ("templates/voice.md: `{% for x in %}` on line 3", &syntax),
        (
            "templates/voice.md: `{{ voice.tone }}` on line 2",
            &undefined
        ),
        ("templates/voise.md instead of voice.md", &typo),
    ]));
}

#[test]
fn language_picks_the_wording_and_the_direction() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut outlines = String::new();
    // German has no wording of its own (English), Hebrew neither but it is
    // written right to left; Canadian French and Saudi Arabic take French
    // and Arabic.
    for (language, rtl) in [
        ("de", false),
        ("fr-CA", false),
        ("ar-SA", true),
        ("he", true),
    ] {
        let text =
            commstrat::STARTER.replace("language = \"en\"", &format!("language = \"{language}\""));
        std::fs::write(dir.path().join("s.toml"), text).expect("write");
        let run = render_guide(dir.path(), &["s.toml"]);
        assert_eq!(run.code, 0, "{language}: {}", run.stderr);
        assert_eq!(run.stderr, "", "{language}");
        let wrapper = format!("<div dir=\"rtl\" lang=\"{language}\">\n\n");
        assert_eq!(run.stdout.starts_with(&wrapper), rtl, "{language}");
        // The guide's outline: every heading, and the wrapper's lines.
        outlines.push_str(&format!("--- language = \"{language}\"\n"));
        for line in run.stdout.lines() {
            if line.starts_with('#') || line.starts_with("<div") || line == "</div>" {
                outlines.push_str(line);
                outlines.push('\n');
            }
        }
    }
    insta::assert_snapshot!(outlines);
}

#[test]
fn a_runaway_template_stops_with_an_error() {
    // Little fuel, much output: every template that writes a file is capped,
    // the wrapping document and the book's summary as well as the pages.
    const RUNAWAY: &str = "{% set a = 'x' * 1000000 %}{% for i in range(100) %}{{ a }}{% endfor %}";
    let mut runs = Vec::new();
    for (template, args) in [
        ("overview.md", &["render", "guide", "s.toml"][..]),
        ("guide.md", &["render", "guide", "s.toml"][..]),
        (
            "SUMMARY.md",
            &["render", "guide", "s.toml", "--book", "-o", "book"][..],
        ),
        (
            "calendar.md",
            &["render", "calendar", "s.toml", "--from", "2026-01-05"][..],
        ),
    ] {
        let dir = with_templates(&[(template, RUNAWAY)]);
        let mut all = args.to_vec();
        all.extend(["--templates", "templates"]);
        let run = commstrat_in(dir.path(), &all);
        assert_eq!(run.code, 2, "{template}: {}", run.transcript());
        assert!(
            !dir.path().join("book").exists(),
            "{template}: a book was written"
        );
        runs.push((format!("templates/{template} is the runaway template"), run));
    }
    insta::assert_snapshot!(described_sessions(runs));
}

/// A folder with the starter strategy and a `templates` folder holding `files`.
fn with_templates(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.toml"), commstrat::STARTER).expect("write");
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).expect("mkdir");
    for (name, text) in files {
        std::fs::write(templates.join(name), text).expect("write");
    }
    dir
}

#[test]
fn templates_cannot_read_outside_their_folder() {
    std::fs::write(std::env::temp_dir().join("commstrat-secret.md"), "SECRET").expect("write");
    let mut runs = Vec::new();
    for include in [
        "/etc/passwd",
        "../s.toml",
        "templates/../../s.toml",
        "/tmp/commstrat-secret.md",
        "../../../../../../etc/passwd",
    ] {
        // `import` needs a name to import as, or it stops at a syntax
        // error before looking for the file.
        for statement in [
            format!("{{% include \"{include}\" %}}"),
            format!("{{% import \"{include}\" as other %}}"),
            format!("{{% extends \"{include}\" %}}"),
        ] {
            let text = format!("{statement}\n");
            let dir = with_templates(&[("overview.md", &text)]);
            let run = render_guide(dir.path(), &["s.toml", "--templates", "templates"]);
            assert_eq!(run.code, 2, "{statement}: {}", run.transcript());
            for output in [&run.stdout, &run.stderr] {
                assert!(!output.contains("root:"), "{statement}: {output}");
                assert!(!output.contains("SECRET"), "{statement}: {output}");
            }
            runs.push((format!("templates/overview.md: {}", text.trim_end()), run));
        }
    }
    insta::assert_snapshot!(described_sessions(runs));
}

#[cfg(unix)]
#[test]
fn template_links_may_not_lead_out_of_the_folder() {
    use std::os::unix::fs::symlink;
    // A link to a file outside the folder is refused, naming the link.
    let dir = with_templates(&[]);
    std::fs::write(dir.path().join("outside.md"), "# outside\n").expect("write");
    symlink(
        dir.path().join("outside.md"),
        dir.path().join("templates/overview.md"),
    )
    .expect("symlink");
    let outside = render_guide(dir.path(), &["s.toml", "--templates", "templates"]);
    // So is a link to /etc/passwd and a dangling link.
    std::fs::remove_file(dir.path().join("templates/overview.md")).expect("rm");
    symlink("/etc/passwd", dir.path().join("templates/_passwd.md")).expect("symlink");
    let passwd = render_guide(dir.path(), &["s.toml", "--templates", "templates"]);
    std::fs::remove_file(dir.path().join("templates/_passwd.md")).expect("rm");
    symlink("nowhere.md", dir.path().join("templates/voice.md")).expect("symlink");
    let dangling = render_guide(dir.path(), &["s.toml", "--templates", "templates"]);
    for run in [&outside, &passwd, &dangling] {
        assert_eq!(run.code, 2, "{}", run.transcript());
    }
    insta::assert_snapshot!(described_sessions([
        ("templates/overview.md -> <dir>/outside.md", &outside),
        ("templates/_passwd.md -> /etc/passwd", &passwd),
        (
            "templates/voice.md -> nowhere.md, which does not exist",
            &dangling
        ),
    ]));
    // A link to a file of the folder itself is followed.
    std::fs::remove_file(dir.path().join("templates/voice.md")).expect("rm");
    std::fs::write(dir.path().join("templates/_mine.md"), "# Mine\n").expect("write");
    symlink("_mine.md", dir.path().join("templates/overview.md")).expect("symlink");
    let run = render_guide(dir.path(), &["s.toml", "--templates", "templates"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.starts_with("# Mine\n"), "{}", run.stdout);
}

#[test]
fn templates_that_loop_or_recurse_end_with_an_error_naming_them() {
    let mut runs = Vec::new();
    for (case, text) in [
        (
            // Ranges of 100,000 are allowed: only fuel ends 10^10 steps.
            "an endless loop",
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        ),
        (
            "a recursive macro",
            "{% macro down(n) %}{{ down(n + 1) }}{% endmacro %}{{ down(0) }}",
        ),
        ("including itself", "{% include \"overview.md\" %}"),
        (
            "including _a.md, which includes _b.md, which includes _a.md",
            "{% include \"_a.md\" %}",
        ),
    ] {
        let dir = with_templates(&[
            ("overview.md", text),
            ("_a.md", "{% include \"_b.md\" %}"),
            ("_b.md", "{% include \"_a.md\" %}"),
        ]);
        let started = std::time::Instant::now();
        let run = render_guide(dir.path(), &["s.toml", "--templates", "templates"]);
        assert_eq!(run.code, 2, "{case}: {}", run.transcript());
        // Bounded by fuel or recursion depth, not by the test's patience:
        // a generous bound for a debug build on a loaded machine.
        assert!(
            started.elapsed().as_secs() < 60,
            "{case}: {:?}",
            started.elapsed()
        );
        runs.push((format!("templates/overview.md: {case}"), run));
    }
    insta::assert_snapshot!(described_sessions(runs));
}

#[test]
fn exported_templates_render_the_same_guide_and_are_not_overwritten() {
    let dir = with_templates(&[]);
    std::fs::remove_dir(dir.path().join("templates")).expect("rmdir");
    let run = commstrat_in(dir.path(), &["templates", "export", "templates"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let names = files_under(&dir.path().join("templates"));
    let mut builtin: Vec<String> = commstrat::render::TEMPLATES
        .iter()
        .map(|(n, _)| n.to_string())
        .collect();
    builtin.sort();
    assert_eq!(names, builtin);
    // The exported templates are the built-in ones: the same bytes out.
    let plain = render_guide(dir.path(), &["s.toml"]);
    let exported = render_guide(dir.path(), &["s.toml", "--templates", "templates"]);
    assert_eq!(exported.code, 0, "{}", exported.stderr);
    assert_eq!(plain.stdout, exported.stdout);
    let calendar = |extra: &[&str]| {
        let mut args = vec!["render", "calendar", "s.toml", "--from", "2026-11-23"];
        args.extend_from_slice(extra);
        commstrat_in(dir.path(), &args)
    };
    assert_eq!(
        calendar(&[]).stdout,
        calendar(&["--templates", "templates"]).stdout
    );
    // An edited template is the team's work: a second export keeps it.
    let voice = dir.path().join("templates/voice.md");
    std::fs::write(&voice, "# Our voice\n").expect("write");
    let again = commstrat_in(dir.path(), &["templates", "export", "templates"]);
    assert_eq!(again.code, 2, "{}", again.transcript());
    assert_eq!(
        std::fs::read_to_string(&voice).expect("read"),
        "# Our voice\n"
    );
    // --force puts the built-in one back.
    let forced = commstrat_in(dir.path(), &["templates", "export", "templates", "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.transcript());
    insta::assert_snapshot!(described_sessions([
        ("no templates folder yet", &run),
        ("templates/voice.md was edited", &again),
        ("the same, forced", &forced),
    ]));
    assert_ne!(
        std::fs::read_to_string(&voice).expect("read"),
        "# Our voice\n"
    );
    // An edited calendar.md changes the Markdown calendar.
    std::fs::write(
        dir.path().join("templates/calendar.md"),
        "Custom calendar\n",
    )
    .expect("write");
    let custom = calendar(&["--templates", "templates"]);
    assert_eq!(custom.code, 0, "{}", custom.stderr);
    assert_eq!(custom.stdout, "Custom calendar\n");
}

#[test]
fn impossible_targets_exit_2_naming_the_path_and_leave_nothing_behind() {
    let dir = with_templates(&[]);
    std::fs::create_dir_all(dir.path().join("taken/inside")).expect("mkdir");
    std::fs::write(dir.path().join("taken/inside/keep.md"), "keep").expect("write");
    let before = tree(dir.path());
    let cases: [&[&str]; 5] = [
        // A path under a regular file.
        &["render", "guide", "s.toml", "-o", "s.toml/guide.md"],
        &[
            "render",
            "calendar",
            "s.toml",
            "--from",
            "2026-01-01",
            "-o",
            "s.toml/cal.md",
        ],
        // A folder where the file should go: refused before anything is
        // written.
        &["render", "guide", "s.toml", "-o", "taken"],
        &[
            "render",
            "calendar",
            "s.toml",
            "--from",
            "2026-01-01",
            "-o",
            "taken",
        ],
        &["templates", "export", "s.toml"],
    ];
    let mut runs = Vec::new();
    for args in cases {
        let run = commstrat_in(dir.path(), args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.transcript());
        // The previous files are intact and no temporary file is left.
        assert_eq!(tree(dir.path()), before, "{args:?}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("s.toml")).expect("read"),
            commstrat::STARTER
        );
        runs.push(run);
    }
    insta::with_settings!({ description => "s.toml is the starter; taken/ is a folder holding taken/inside/keep.md" }, {
        insta::assert_snapshot!(sessions(&runs));
    });
}

/// The one slow unit the render fuzzer recorded (fuzz/repro/README.md): the
/// example with a sign-off that is half a template tag. It was slow only
/// because the fuzzer was paused; kept so that it stays an ordinary render.
#[test]
fn the_fuzzers_slow_unit_renders_in_ordinary_time() {
    let file = "fuzz/repro/render-slow-unit-not-reproduced.toml";
    let started = std::time::Instant::now();
    let run = render_guide(&root(), &[file]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stdout.contains("{grsrcwedisisC"),
        "the sign-off is shown as written"
    );
    // A bound for a debug build on a loaded machine, not a speed claim.
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
}

/// Every run of Latin letters in the Arabic example's guide, book and
/// Markdown calendar (a handle, an address, an id, a week label) sits inside
/// a bidirectional isolate, so that it keeps its order in the Arabic text.
/// HTML tags and link targets (`](voice.md)`) are markup, not text.
#[test]
fn every_latin_run_in_arabic_output_is_isolated() {
    let file = "strategies/souq-alnakhil.toml";
    let guide = render_guide(&root(), &[file]);
    assert_eq!(guide.code, 0, "{}", guide.stderr);
    let calendar = commstrat_in(
        &root(),
        &[
            "render",
            "calendar",
            file,
            "--from",
            "2026-12-01",
            "--weeks",
            "6",
        ],
    );
    assert_eq!(calendar.code, 0, "{}", calendar.stderr);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let book = dir.path().join("book");
    let run = render_guide(
        &root(),
        &[file, "--book", "-o", book.to_str().expect("UTF-8")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut documents = vec![
        ("guide".to_string(), guide.stdout),
        ("calendar".into(), calendar.stdout),
    ];
    // Pictures are not Markdown: `pictures.rs` checks their direction.
    for page in files_under(&book.join("src")) {
        if !page.ends_with(".md") {
            continue;
        }
        let text = std::fs::read_to_string(book.join("src").join(&page)).expect("a page");
        documents.push((page, text));
    }
    let mut latin_letters = 0;
    for (name, text) in &documents {
        let wrong = outside_isolates(text);
        assert!(wrong.is_empty(), "{name}:\n{}", wrong.join("\n"));
        latin_letters += text.chars().filter(char::is_ascii_alphabetic).count();
    }
    // The documents do hold Latin text: handles, addresses, ids.
    assert!(latin_letters > 2000, "{latin_letters}");
    assert!(documents.len() > 10);
}

/// The week starts on the first day of the strategy's region (CLDR): the
/// Saudi example's staffing heat map and its calendar's weeks run from
/// Sunday, the French example's (no region) from Monday, as ISO 8601 weeks
/// do.
#[test]
fn weeks_start_on_the_first_day_of_the_region() {
    for (name, day, week) in [
        (
            "souq-alnakhil",
            ">الأحد</text>",
            "من \u{2068}الأحد، 29 نوفمبر 2026\u{2069} إلى \u{2068}السبت، 5 ديسمبر 2026\u{2069}",
        ),
        (
            "boulangerie-lumiere",
            ">lun.</text>",
            "\nDu lundi 30 novembre 2026 au dimanche 6 décembre 2026\n",
        ),
    ] {
        let file = format!("strategies/{name}.toml");
        let dir = tempfile::tempdir().expect("temp dir");
        let book = dir.path().join("book");
        let run = render_guide(
            &root(),
            &[&file, "--book", "-o", book.to_str().expect("UTF-8")],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        let map = std::fs::read_to_string(book.join("src/pictures/staffing.svg")).expect("a map");
        let first_day = map.find(r#"class="day">"#).map(|i| &map[i + 12..]);
        assert!(
            first_day.is_some_and(|d| d.starts_with(&day[1..])),
            "{name}: the first day is not {day:?}"
        );
        let calendar = commstrat_in(
            &root(),
            &[
                "render",
                "calendar",
                &file,
                "--from",
                "2026-12-01",
                "--weeks",
                "1",
            ],
        );
        assert!(
            calendar.stdout.contains(week),
            "{name}: {}",
            calendar.stdout
        );
    }
}

/// A promise to answer at once reads as one ("immediately while staffed"),
/// never as "within immediately", in every language.
#[test]
fn an_immediate_response_time_is_worded_as_such() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (language, wording) in [
        ("en", "immediately while staffed"),
        ("fr", "immédiatement pendant les heures de permanence"),
        ("ar", "فورًا في أوقات العمل"),
        ("es", "de inmediato, en horario de atención"),
    ] {
        let text = commstrat::STARTER
            .replace("language = \"en\"", &format!("language = \"{language}\""))
            .replace("response_time = \"2h\"", "response_time = \"0m\"");
        std::fs::write(dir.path().join("s.toml"), text).expect("write");
        let run = render_guide(dir.path(), &["s.toml"]);
        assert_eq!(run.code, 0, "{language}: {}", run.stderr);
        assert!(run.stdout.contains(wording), "{language}: {}", run.stdout);
    }
}

/// A network staffed around the clock reads that way everywhere: its
/// response time without "while staffed", and its schedule without a list
/// of hours, a weekly total or an out-of-hours section it cannot need.
#[test]
fn always_on_schedules_read_consistently() {
    let run = render_guide(&root(), &["strategies/northwind-outdoor.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let facebook = run
        .stdout
        .split("\n### ")
        .find(|s| s.starts_with("Facebook"))
        .expect("the Facebook network");
    assert!(
        facebook.contains("**First response:** within 30 minutes\n"),
        "{facebook}"
    );
    let always = run
        .stdout
        .split("\n### ")
        .find(|s| s.starts_with("Messenger around the clock (`always-on`)"))
        .expect("the always-on schedule, titled by its name");
    assert!(always.contains("Staffed around the clock"), "{always}");
    for absent in [
        "Staffed hours",
        "per week",
        "outside these hours",
        "while staffed",
    ] {
        assert!(!always.contains(absent), "`{absent}` in {always}");
    }
    // Other schedules keep both.
    assert!(run.stdout.contains("while staffed"));
    assert!(run.stdout.contains("Automatic reply outside these hours"));
}

/// Reply lengths are one entry per network in each playbook's list of
/// deadlines (the longest reply against its limit), not a line under every
/// reply, and not a table a phone would cut.
#[test]
fn reply_lengths_are_one_entry_per_network() {
    let run = render_guide(&root(), &["strategies/northwind-outdoor.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let playbooks = run.stdout.matches("**Automatic replies:**").count();
    assert!(playbooks >= 6, "{playbooks}");
    assert_eq!(run.stdout.matches("**Reply within**").count(), playbooks);
    assert!(
        run.stdout
            .contains("- X @NorthwindOutdoor: 1 hour · Longest reply: 204 of 280\n")
    );
    assert!(
        !run.stdout
            .contains("Length with sign-off and sample values:")
    );
}

/// Each step of a crisis timeline names who to call and who stands in:
/// the backup is on the crisis page, not only on the contacts page at the
/// end, and the page has no table a phone would cut.
#[test]
fn escalation_steps_name_the_backup() {
    let run = render_guide(&root(), &["strategies/northwind-outdoor.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let crisis = run
        .stdout
        .split("\n## ")
        .find(|s| s.starts_with("Crisis manual"))
        .expect("the crisis page");
    assert!(crisis.contains(
        "  - Legal counsel — Ruth Castellano, [legal@northwindoutdoor.example](mailto:legal@northwindoutdoor.example). Backup: VP Communications — "
    ), "{crisis}");
    assert!(!crisis.contains("|---|"), "{crisis}");
}
