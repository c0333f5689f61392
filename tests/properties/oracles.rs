//! The oracles themselves: each property's check rejects a known-bad
//! output, so that no property passes because its check is blind.

use commstrat::diagnostic::FileReport;
use commstrat::render::calendar;

use super::calendar_cases::{BlackoutSpec, CalendarCase, Every, SeriesSpec, ZoneChoice, day, plan};
use super::ics::{check_ics, slots};
use super::rendering::{baseline_guide, render_everything, with_replies};
use super::spans::spans_in_file;
use super::window::check_window_and_blackouts;
use super::{index_zero, stamp, valid};

/// Each oracle rejects a known-bad output, so a property cannot pass because
/// its check is blind.
#[test]
fn the_oracles_catch_known_bad_outputs() {
    use commstrat::codes::TOML_SYNTAX;
    use commstrat::diagnostic::Diagnostic;
    use commstrat::source::Source;

    // 1. Spans past the end, reversed, or inside `é` (bytes 5..7).
    let text = "a = \"é\"\n";
    for span in [
        0..text.len() + 1,
        std::ops::Range { start: 3, end: 2 },
        5..6,
    ] {
        let report = FileReport::new(
            Source::new("bad.toml", text.to_string()),
            vec![Diagnostic::new(&TOML_SYNTAX, span.clone(), "bad")],
        );
        assert!(spans_in_file(&report).is_err(), "{span:?} passed");
    }
    let fine = FileReport::new(
        Source::new("ok.toml", text.to_string()),
        vec![Diagnostic::new(
            &TOML_SYNTAX,
            text.len()..text.len(),
            "at the end",
        )],
    );
    assert_eq!(spans_in_file(&fine), Ok(()));

    // 2. A reply text changes the guide (property 2 also checks this on
    // every case against `baseline_guide`).
    let changed = with_replies(0, None, &[(index_zero(), "Zephyr quokka".into())]);
    assert_ne!(render_everything(&changed)[0].1, baseline_guide(0));

    // 3. A good calendar passes; each corruption of it fails.
    let case = CalendarCase {
        example: 0,
        anchor: 8,
        name: Some("Brand, \\ 😀".into()),
        zone: ZoneChoice::Default,
        series: vec![SeriesSpec {
            title: format!("Title; with, \\ {}", "é".repeat(60)),
            brief: Some("line\r\nbreak".into()),
            every: Every::Day,
            interval: None,
            bare: true,
            at: vec![(9, 0)],
            zone: ZoneChoice::Default,
            starts: 0,
            length: None,
            networks: vec![index_zero()],
        }],
        events: Vec::new(),
        blackouts: vec![BlackoutSpec {
            from: 2,
            length: 0,
            networks: None,
        }],
        window: (0, 3),
    };
    let plan = plan(&case);
    let strategy = valid(&plan.text).expect("the calendar is valid");
    let occurrences = calendar::expand(&strategy, plan.window).expect("within the limits");
    let posts = occurrences.iter().filter(|o| o.kind == "series").count();
    assert_eq!(posts, 3, "one a day, but on the blackout day");
    // The blackout day shows as itself, on every network.
    assert!(occurrences.iter().any(|o| o.kind == "blackout"));
    let ics = calendar::to_ics(&strategy, &occurrences, stamp(), None);
    assert_eq!(check_ics(&plan, &ics, slots(&occurrences)), Ok(()));
    let title = calendar::ics_text(&plan.series[0].spec.title);
    for bad in [
        // A line over 75 octets.
        {
            let long = ics
                .split("\r\n")
                .find(|l| l.len() >= 74)
                .expect("a folded line");
            ics.replacen(long, &format!("SUMMARYxx{}", &long[7..]), 1)
        },
        // Folded with a bare LF.
        ics.replacen("\r\n ", "\n ", 1),
        // A comma left unescaped.
        ics.replacen("\\,", ",", 1),
        // The title changed.
        ics.replacen(&title[..10], "Xitle\\; wi", 1),
        // One event missing.
        ics.replacen("BEGIN:VEVENT", "X-NOTE:VEVENT", 1),
    ] {
        assert_ne!(bad, ics);
        assert!(
            check_ics(&plan, &bad, slots(&occurrences)).is_err(),
            "{bad}"
        );
    }
    let json = calendar::to_json(&strategy, plan.window, &occurrences);
    assert_eq!(check_window_and_blackouts(&plan, &json), Ok(()));
    let day = |offset| day(plan.window.from, offset).to_string();
    for bad in [
        // Outside the window.
        json.replacen(
            &format!("\"date\": \"{}\"", day(0)),
            &format!("\"date\": \"{}\"", day(-1)),
            1,
        ),
        // In the blackout.
        json.replacen(
            &format!("\"date\": \"{}\"", day(0)),
            &format!("\"date\": \"{}\"", day(2)),
            1,
        ),
        // An occurrence missing.
        calendar::to_json(&strategy, plan.window, &occurrences[1..]),
    ] {
        assert_ne!(bad, json);
        assert!(check_window_and_blackouts(&plan, &bad).is_err(), "{bad}");
    }
}
