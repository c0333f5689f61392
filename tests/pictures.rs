//! The handbook's pictures: SVG that any XML parser reads, with a title,
//! the same bytes on every run, drawn right to left for right-to-left
//! books, and showing what the strategy says.

use std::path::Path;

use crate::support::{files_under, render_guide, root};

/// The pictures of the book of `file` (relative to `dir`), by file name.
fn pictures(dir: &Path, file: &str, out: &Path) -> Vec<(String, String)> {
    let run = render_guide(dir, &[file, "--book", "-o", out.to_str().expect("UTF-8")]);
    assert_eq!(run.code, 0, "{file}: {}", run.stderr);
    let folder = out.join("src/pictures");
    files_under(&folder)
        .into_iter()
        .map(|name| {
            let svg = std::fs::read_to_string(folder.join(&name)).expect("a picture");
            (name, svg)
        })
        .collect()
}

fn attribute(node: roxmltree::Node<'_, '_>, name: &str) -> i64 {
    node.attribute(name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("<{}> has no whole {name}", node.tag_name().name()))
}

#[test]
fn every_picture_is_xml_with_a_title_and_the_same_bytes_each_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut seen = 0;
    for example in crate::support::toml_files(&root().join("strategies")) {
        let file = format!("strategies/{example}");
        let first = pictures(&root(), &file, &dir.path().join("one"));
        let second = pictures(&root(), &file, &dir.path().join("two"));
        assert_eq!(first, second, "{example}: pictures differ between two runs");
        assert!(!first.is_empty(), "{example} has no picture");
        // Every (class, element) the pictures use, and their shared style.
        let mut classes = std::collections::BTreeSet::new();
        let mut style = String::new();
        for (name, svg) in &first {
            let doc = roxmltree::Document::parse(svg)
                .unwrap_or_else(|e| panic!("{example}: {name} is not XML: {e}"));
            let svg_root = doc.root_element();
            assert_eq!(svg_root.tag_name().name(), "svg");
            assert_eq!(
                svg_root.tag_name().namespace(),
                Some("http://www.w3.org/2000/svg")
            );
            let title = svg_root.first_element_child().expect("a first element");
            assert_eq!(title.tag_name().name(), "title", "{example}: {name}");
            assert!(
                title.text().is_some_and(|t| t.trim().len() > 10),
                "{example}: {name}"
            );
            // Every shape lies inside the drawing.
            let (width, height) = (attribute(svg_root, "width"), attribute(svg_root, "height"));
            for rect in doc.descendants().filter(|n| n.has_tag_name("rect")) {
                let (x, y) = (attribute(rect, "x"), attribute(rect, "y"));
                let (w, h) = (attribute(rect, "width"), attribute(rect, "height"));
                assert!(
                    x >= 0 && y >= 0 && x + w <= width && y + h <= height,
                    "{example}: {name}: a rectangle outside the drawing"
                );
            }
            for dot in doc.descendants().filter(|n| n.has_tag_name("circle")) {
                let (x, y, r) = (
                    attribute(dot, "cx"),
                    attribute(dot, "cy"),
                    attribute(dot, "r"),
                );
                assert!(
                    x - r >= 0 && y - r >= 0 && x + r <= width && y + r <= height,
                    "{example}: {name}: a dot outside the drawing"
                );
            }
            for node in doc.descendants().filter(|n| n.is_element()) {
                if let Some(class) = node.attribute("class") {
                    let tag = node.tag_name().name().to_string();
                    classes.insert((class.to_string(), tag));
                }
            }
            style = doc
                .descendants()
                .find(|n| n.has_tag_name("style"))
                .and_then(|n| n.text())
                .unwrap_or_default()
                .to_string();
            // A page of the book shows it, with a text alternative.
            let shown = files_under(&dir.path().join("one/src"))
                .into_iter()
                .any(|page| {
                    let text = std::fs::read_to_string(dir.path().join("one/src").join(&page))
                        .unwrap_or_default();
                    text.contains(&format!("](pictures/{name})")) && !text.contains("![](")
                });
            assert!(shown, "{example}: no page shows {name}");
            seen += 1;
        }
        // A class given to texts and to shapes is styled per element: a
        // shape's fill must not turn a text pale (the heat map's day names
        // once took the month view's cell colour).
        for (class, _) in classes.iter().filter(|(_, tag)| tag == "text") {
            let shape = classes.iter().any(|(c, t)| c == class && t != "text");
            assert!(
                !shape || !style.lines().any(|l| l.starts_with(&format!(".{class} "))),
                "{example}: `.{class}` styles texts and shapes alike"
            );
        }
    }
    assert!(seen >= 5, "{seen} pictures");
}

/// The Arabic book's pictures run right to left: the days' names on the
/// right, the first network's column next to them.
#[test]
fn arabic_pictures_are_drawn_right_to_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    let found = pictures(&root(), "strategies/souq-alnakhil.toml", dir.path());
    let (_, svg) = found
        .iter()
        .find(|(n, _)| n == "staffing.svg")
        .expect("a heat map");
    let doc = roxmltree::Document::parse(svg).expect("XML");
    let svg_root = doc.root_element();
    assert_eq!(svg_root.attribute("direction"), Some("rtl"));
    assert_eq!(svg_root.attribute("lang"), Some("ar-SA"));
    let width = attribute(svg_root, "width");
    let days: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text") && n.attribute("class") == Some("day"))
        .collect();
    assert_eq!(days.len(), 7);
    assert!(days.iter().all(|d| attribute(*d, "x") > width / 2));
    assert_eq!(days[0].text(), Some("الأحد"));
}

/// Hours kept in another zone are shown in the strategy's: New York's
/// 09:00–17:00 on Mondays is 14:00–22:00 in London in January, and a
/// window that ends at half past colours its last hour as part-staffed.
#[test]
fn the_heat_map_shows_each_network_in_the_strategy_zone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = commstrat::STARTER.replace(
        "hours = [{ days = [\"mon-fri\"], from = \"09:00\", to = \"18:00\" }]",
        "timezone = \"America/New_York\"\nhours = [{ days = [\"mon\"], from = \"09:00\", to = \"17:30\" }]",
    );
    std::fs::write(dir.path().join("s.toml"), text).expect("write");
    let found = pictures(dir.path(), "s.toml", &dir.path().join("book"));
    let (_, svg) = found
        .iter()
        .find(|(n, _)| n == "staffing.svg")
        .expect("a heat map");
    let doc = roxmltree::Document::parse(svg).expect("XML");
    let top = doc
        .descendants()
        .find(|n| n.has_tag_name("line") && n.attribute("class") == Some("day"))
        .map(|n| attribute(n, "y1"))
        .expect("a first day");
    // (class, first hour, hours) of Monday's column, four pixels an hour.
    let monday: Vec<(String, i64, i64)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("class") != Some("paper"))
        .map(|n| {
            let class = n.attribute("class").unwrap_or_default().to_string();
            (
                class,
                (attribute(n, "y") - top) / 4,
                attribute(n, "height") / 4,
            )
        })
        .take_while(|(_, from, _)| *from < 24)
        .collect();
    let want = [
        ("nobody", 0, 14),
        ("whole", 14, 8),
        ("part", 22, 1),
        ("nobody", 23, 1),
    ];
    let want: Vec<(String, i64, i64)> = want
        .iter()
        .map(|(c, f, h)| (c.to_string(), *f, *h))
        .collect();
    assert_eq!(monday, want, "{svg}");
    assert!(svg.contains("in Europe/London"), "the title names the zone");
    assert!(
        svg.contains(">2 hours · Instagram @mybrand</text>"),
        "{svg}"
    );
}

/// A crisis level's timeline: its moments in order, each call with its
/// channel and time limit, the statement and the updates at their rhythm.
#[test]
fn each_crisis_level_has_a_timeline_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let found = pictures(&root(), "strategies/northwind-outdoor.toml", dir.path());
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "crisis-level-1.svg",
            "crisis-level-2.svg",
            "crisis-level-3.svg",
            "month.svg",
            "staffing.svg"
        ]
    );
    let (_, svg) = &found[2];
    let doc = roxmltree::Document::parse(svg).expect("XML");
    let texts = |class: &str| -> Vec<String> {
        doc.descendants()
            .filter(|n| n.has_tag_name("text") && n.attribute("class") == Some(class))
            .map(|n| n.text().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(
        texts("moment"),
        [
            "T+0",
            "T+30 minutes",
            "T+2 hours 30 minutes",
            "T+4 hours 30 minutes",
            "T+6 hours 30 minutes"
        ]
    );
    let events = texts("event").join(" ");
    assert!(
        events.starts_with(
            "Crisis declared Call Product quality and safety manager, Head of Community · phone call · answer within 15 minutes, or call their backup Call VP Communications"
        ),
        "{events}"
    );
    assert!(
        events.contains("First public statement due Public update Public update Public update"),
        "{events}"
    );
    // The dots' colours say what each moment is.
    let kinds: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .filter_map(|n| n.attribute("class"))
        .collect();
    assert_eq!(
        kinds,
        [
            "start",
            "call",
            "call",
            "statement",
            "update",
            "update",
            "update"
        ]
    );
    let book = std::fs::read_to_string(dir.path().join("src/crisis.md")).expect("crisis page");
    assert!(
        book.contains("![Timeline — Level 3: Crisis](pictures/crisis-level-3.svg)"),
        "{book}"
    );
}

/// The month view counts what `render calendar` publishes that month, day
/// by day, and greys the blackout days.
#[test]
fn the_month_view_agrees_with_the_calendar() {
    let dir = tempfile::tempdir().expect("temp dir");
    let found = pictures(&root(), "strategies/northwind-outdoor.toml", dir.path());
    let (_, svg) = found
        .iter()
        .find(|(n, _)| n == "month.svg")
        .expect("a month view");
    let doc = roxmltree::Document::parse(svg).expect("XML");
    let title = doc
        .descendants()
        .find(|n| n.has_tag_name("title"))
        .and_then(|n| n.text());
    // The first month of the calendar's first year with a blackout.
    assert_eq!(title, Some("Calendar of May 2026"));
    let counts: Vec<usize> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text") && n.attribute("class") == Some("count"))
        .map(|n| n.text().unwrap_or_default().parse().expect("a number"))
        .collect();
    let blackouts = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("class") == Some("blackout"))
        .count()
        - 1; // the legend's swatch
    let run = crate::support::commstrat_in(
        &root(),
        &[
            "render",
            "calendar",
            "strategies/northwind-outdoor.toml",
            "--from",
            "2026-05-01",
            "--to",
            "2026-05-31",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let occurrences = json["occurrences"].as_array().expect("occurrences");
    let mut per_day = std::collections::BTreeMap::<&str, usize>::new();
    let mut dark = std::collections::BTreeSet::<&str>::new();
    for o in occurrences {
        let date = o["date"].as_str().unwrap_or_default();
        match o["kind"].as_str() {
            Some("series" | "event") => *per_day.entry(date).or_default() += 1,
            Some("blackout") => {
                dark.insert(date);
            }
            _ => {}
        }
    }
    // Days with posts, in date order, as the grid shows them.
    assert_eq!(counts, per_day.values().copied().collect::<Vec<_>>());
    assert_eq!(blackouts, dark.len());
    assert!(blackouts >= 1);
    assert!(
        svg.contains("25 — Memorial Day"),
        "the blackout's reason is under the grid"
    );
}

#[test]
fn a_guide_written_to_a_file_keeps_its_pictures_in_a_folder_beside_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let souq = root().join("strategies/souq-alnakhil.toml");
    std::fs::copy(&souq, dir.path().join("souq.toml")).expect("copy");
    std::fs::write(dir.path().join("starter.toml"), commstrat::STARTER).expect("write");
    let written = render_guide(dir.path(), &["souq.toml", "-o", "my guide.md"]);
    assert_eq!(written.code, 0, "{}", written.stderr);
    let folder = dir.path().join("my guide-pictures");
    // Every image the guide shows is a file of the folder, and the folder
    // holds the book's pictures, byte for byte.
    let guide = std::fs::read_to_string(dir.path().join("my guide.md")).expect("the guide");
    let shown: Vec<&str> = guide
        .split("](my%20guide-pictures/")
        .skip(1)
        .filter_map(|rest| rest.split_once(')').map(|(name, _)| name))
        .collect();
    let book = pictures(dir.path(), "souq.toml", &dir.path().join("book"));
    let names: Vec<&str> = book.iter().map(|(name, _)| name.as_str()).collect();
    let mut sorted = shown.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, names);
    for (name, svg) in &book {
        assert_eq!(
            &std::fs::read_to_string(folder.join(name)).expect(name),
            svg
        );
    }
    // A picture edited by hand and no longer drawn is kept; one untouched is
    // removed; a file of someone else's is never written over.
    let edited = folder.join("crisis-level-3.svg");
    std::fs::write(&edited, "<svg>mine</svg>").expect("edit");
    let fewer = render_guide(dir.path(), &["starter.toml", "-o", "my guide.md"]);
    assert_eq!(fewer.code, 0, "{}", fewer.stderr);
    assert_eq!(
        std::fs::read_to_string(&edited).expect("kept"),
        "<svg>mine</svg>"
    );
    let first = render_guide(dir.path(), &["souq.toml", "-o", "fresh.md"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let removed = render_guide(dir.path(), &["starter.toml", "-o", "fresh.md"]);
    assert_eq!(removed.code, 0, "{}", removed.stderr);
    assert!(
        !dir.path()
            .join("fresh-pictures/crisis-level-3.svg")
            .exists()
    );
    std::fs::create_dir(dir.path().join("other-pictures")).expect("mkdir");
    std::fs::write(dir.path().join("other-pictures/staffing.svg"), "theirs").expect("write");
    let foreign = render_guide(dir.path(), &["starter.toml", "-o", "other.md"]);
    assert_eq!(foreign.code, 2);
    assert!(!dir.path().join("other.md").exists());
    // Printed, the guide has no pictures.
    let printed = render_guide(dir.path(), &["souq.toml"]);
    assert!(!printed.stdout.contains("!["));
    insta::assert_snapshot!(crate::support::described_sessions([
        ("written with its pictures", &written),
        ("another strategy, with fewer crisis levels", &fewer),
        ("the same, the level's picture untouched", &removed),
        ("a folder of someone else's", &foreign),
    ]));
}
