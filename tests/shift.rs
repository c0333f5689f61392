//! The "On shift" page: the book opens on it, and it holds what a person
//! taking over the inbox needs, linked to the playbooks.

use crate::support::{render_guide, root};

/// Every `](target)` of `text`.
fn links(text: &str) -> Vec<&str> {
    text.split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .collect()
}

#[test]
fn the_book_opens_on_shift_and_the_guide_right_after_its_title() {
    let dir = tempfile::tempdir().expect("temp dir");
    let book = dir.path().join("book");
    let file = "strategies/northwind-outdoor.toml";
    let run = render_guide(
        &root(),
        &[file, "--book", "-o", book.to_str().expect("UTF-8")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let summary = std::fs::read_to_string(book.join("src/SUMMARY.md")).expect("summary");
    let first = summary
        .lines()
        .find(|l| l.starts_with('['))
        .expect("a first page");
    assert_eq!(first, "[On shift: start here](shift.md)");
    let shift = std::fs::read_to_string(book.join("src/shift.md")).expect("the page");
    let playbooks = std::fs::read_to_string(book.join("src/playbooks.md")).expect("playbooks");
    // Each link of the page leads to an anchor the playbooks page has.
    let targets: Vec<&str> = links(&shift)
        .into_iter()
        .filter(|l| l.starts_with("playbooks.md#"))
        .collect();
    assert!(targets.len() >= 16, "{targets:?}");
    for target in targets {
        let anchor = target.trim_start_matches("playbooks.md#");
        assert!(
            playbooks.contains(&format!("<a id=\"{anchor}\"></a>")),
            "no anchor for {target}"
        );
    }

    let guide = render_guide(&root(), &[file]).stdout;
    let title = guide.find("# Northwind Outdoor").expect("the title");
    let on_shift = guide.find("## On shift: start here").expect("the page");
    let voice = guide.find("## Voice and tone").expect("the next part");
    assert!(title < on_shift && on_shift < voice);
    // In one document, links stay in it.
    let page = &guide[on_shift..voice];
    assert!(
        links(page)
            .iter()
            .filter(|l| !l.starts_with("mailto:") && !l.starts_with("tel:"))
            .all(|l| l.starts_with("#playbook-"))
    );
}

#[test]
fn the_page_tells_kinds_apart_gives_deadlines_and_who_to_call() {
    let run = render_guide(&root(), &["strategies/northwind-outdoor.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let start = run.stdout.find("## On shift").expect("the page");
    let end = run.stdout.find("## Voice and tone").expect("the next part");
    let page = &run.stdout[start..end];
    // The strategy's own definition, else the kind's built-in one; the
    // example as a quote.
    assert!(
        page.contains("#### Complaints\n\nSomething we sold or did went wrong"),
        "{page}"
    );
    assert!(
        page.contains("#### Questions\n\nSomeone asks for information"),
        "{page}"
    );
    assert!(
        page.contains("\n> Ordered the Ridgeline 45 pack two weeks ago"),
        "{page}"
    );
    assert!(
        page.contains(
            "#### Abuse\n\nInsults, threats, harassment, hate or spam, aimed at us or at others. \
             Criticism, however harsh, is not abuse.\n\n> Reply to this or I will"
        ),
        "{page}"
    );
    // Deadlines: the shortest first, networks with the same one together,
    // and one line when every network has the same.
    assert!(
        page.contains(
            "  - **30 minutes**: Facebook\n  - **1 hour**: X, Bluesky, Instagram\n  - **2 hours**: Mastodon\n  - **4 hours**: YouTube\n"
        ),
        "{page}"
    );
    assert!(
        page.contains("  - **30 minutes**: every network\n"),
        "{page}"
    );
    // Who to call: with backup, and why.
    assert!(page.contains("- **Legal counsel**: Ruth Castellano, [legal@northwindoutdoor.example](mailto:legal@northwindoutdoor.example). Backup: VP Communications — Alan Okafor"), "{page}");
    assert!(
        page.contains(
            "  - Escalations from: [Harassment, threats, spam and hate](#playbook-abuse)"
        ),
        "{page}"
    );
    assert!(
        page.contains("  - Crisis lead for: Website or checkout down during a sale"),
        "{page}"
    );
}
