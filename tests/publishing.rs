//! The handbook's calendar page: series with their cadence, one-off posts,
//! blackouts and closed days with their reasons, the content mix over the
//! calendar's first year, and what a crisis pause would stop.

use crate::support::{commstrat_in, render_guide, root};

fn page(file: &str) -> String {
    let run = render_guide(&root(), &[file]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let start = run
        .stdout
        .find("## Content calendar")
        .expect("the calendar page");
    let end = run.stdout[start + 3..]
        .find("\n## ")
        .map_or(run.stdout.len(), |e| start + 3 + e);
    run.stdout[start..end].to_string()
}

#[test]
fn series_read_as_cadences_and_pauses_keep_their_reasons() {
    let page = page("strategies/northwind-outdoor.toml");
    for cadence in [
        "- **Every day, at 09:00 and 16:30**\n- From Friday, May 1, 2026 to Saturday, October 31, 2026\n",
        "- **Every week, Monday to Friday, at 09:15**\n",
        "- **Every 2 weeks, on Thursday, at 11:00**\n",
        "- **Every month on day 2, at 10:00**\n",
        "- **Every month on the first Monday, at 12:00 and 19:00**\n",
        "- **Every month on the last Friday, at 15:00**\n",
    ] {
        assert!(page.contains(cadence), "{cadence}\n{page}");
    }
    assert!(page.contains(
        "- **Thursday, November 26, 2026**: Thanksgiving: no Gear School release; the episode moves to the next slot. (YouTube youtube.com/@NorthwindGearSchool)\n"
    ), "{page}");
    // A closed day of a schedule names the schedule and its networks, and
    // its reason when it has one.
    assert!(
        page.contains("- **Friday, December 25, 2026**: Christmas Day (Social desk closed) (X @NorthwindOutdoor,"),
        "{page}"
    );
    assert!(
        page.contains("- **Friday, December 25, 2026**: Gear School team (Denver) closed (YouTube"),
        "{page}"
    );
    // A blackout over every network names none.
    assert!(page.contains(
        "- **Thursday, December 24, 2026 to Saturday, December 26, 2026**: Holiday break: the care desk covers the inbox, nothing scheduled is published.\n"
    ), "{page}");
}

/// The mix and the pause count what `render calendar` publishes over the
/// same year, worked out here from its JSON.
#[test]
fn the_mix_and_the_pause_agree_with_the_calendar() {
    let page = page("strategies/northwind-outdoor.toml");
    let run = commstrat_in(
        &root(),
        &[
            "render",
            "calendar",
            "strategies/northwind-outdoor.toml",
            "--from",
            "2026-01-08",
            "--weeks",
            "52",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let posts: Vec<&serde_json::Value> = json["occurrences"]
        .as_array()
        .expect("occurrences")
        .iter()
        .filter(|o| ["series", "event"].contains(&o["kind"].as_str().unwrap_or_default()))
        .collect();
    let total = posts.len();
    let polls = posts.iter().filter(|o| o["practice"] == "poll").count();
    let youtube = posts.iter().filter(|o| o["network"] == "youtube").count();
    assert!(total > 1000, "{total}");
    let thousands = |n: usize| {
        if n >= 1000 {
            format!("{},{:03}", n / 1000, n % 1000)
        } else {
            n.to_string()
        }
    };
    assert!(
        page.contains(&format!(
            "Over the calendar's first year, from Thursday, January 8, 2026 to Wednesday, January 6, 2027: {} posts.",
            thousands(total)
        )),
        "{page}"
    );
    let percent = |n: usize| (n * 100 + total / 2) / total;
    assert!(
        page.contains(&format!("- Poll: {polls} posts ({}%)\n", percent(polls))),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            "- YouTube youtube.com/@NorthwindGearSchool: {youtube} posts ({}%)\n",
            percent(youtube)
        )),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            "A crisis at level 2 (Alert) or at level 3 (Crisis) pauses every scheduled post: about {} a week stop until it is over.",
            (total + 26) / 52
        )),
        "{page}"
    );
}

/// A book has the page after the crisis manual; a strategy without a
/// calendar has none.
#[test]
fn the_page_follows_the_crisis_manual_and_needs_a_calendar() {
    let dir = tempfile::tempdir().expect("temp dir");
    let book = dir.path().join("book");
    let run = render_guide(
        &root(),
        &[
            "strategies/northwind-outdoor.toml",
            "--book",
            "-o",
            book.to_str().expect("UTF-8"),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let summary = std::fs::read_to_string(book.join("src/SUMMARY.md")).expect("summary");
    let crisis = summary.find("(crisis.md)").expect("crisis");
    let publishing = summary
        .find("- [Content calendar](publishing.md)")
        .expect("calendar");
    assert!(crisis < publishing, "{summary}");

    let mut text = commstrat::STARTER.to_string();
    let cut = text.find("[[calendar.series]]").expect("a calendar");
    text.truncate(cut);
    std::fs::write(dir.path().join("s.toml"), &text).expect("write");
    let run = render_guide(dir.path(), &["s.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("Content calendar"), "{}", run.stdout);
}
