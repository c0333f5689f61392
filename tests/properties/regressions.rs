//! Known bugs the properties found, kept as their minimal cases.

use commstrat::render::calendar;

use super::calendar_cases::{BlackoutSpec, CalendarCase, Every, SeriesSpec, ZoneChoice, plan};
use super::ics::{check_ics, slots};
use super::window::check_window_and_blackouts;
use super::{index_zero, stamp, valid};

/// A calendar of one daily series at 00:00 in the strategy's zone, on the
/// day Samoa skipped (2011-12-30), with a window and blackouts around it.
fn samoa_case(window: (i64, i64), blackouts: Vec<BlackoutSpec>) -> CalendarCase {
    CalendarCase {
        example: 0,
        anchor: 6,
        name: None,
        zone: ZoneChoice::Anchor,
        series: vec![SeriesSpec {
            title: "Midnight".into(),
            brief: None,
            every: Every::Day,
            interval: None,
            bare: true,
            at: vec![(0, 0)],
            zone: ZoneChoice::Default,
            starts: 0,
            length: None,
            networks: vec![index_zero()],
        }],
        events: Vec::new(),
        blackouts,
        window,
    }
}

/// Found by property 4: the 2011-12-30 slot does not exist in Pacific/Apia
/// and used to move a whole day, to 2011-12-31, after `expand` had checked
/// the window and the blackouts on the day it was planned for; such a slot
/// is now dropped.
#[test]
fn a_slot_a_gap_pushes_into_the_next_day_stays_in_window_and_out_of_blackouts() {
    let quiet_31st = BlackoutSpec {
        from: 1,
        length: 0,
        networks: None,
    };
    for case in [
        samoa_case((0, 0), Vec::new()),
        samoa_case((0, 1), vec![quiet_31st]),
    ] {
        let plan = plan(&case);
        let strategy = valid(&plan.text).expect("the calendar is valid");
        let occurrences = calendar::expand(&strategy, plan.window).expect("within the limits");
        let json = calendar::to_json(&strategy, plan.window, &occurrences);
        assert_eq!(check_window_and_blackouts(&plan, &json), Ok(()));
    }
}

/// Found by property 3: `to_ics` used to join the brief and "\n\n" before
/// escaping, so a brief ending in CR lost a line break.
#[test]
fn a_brief_ending_in_cr_keeps_its_line_break() {
    let mut case = samoa_case((0, 0), Vec::new());
    case.anchor = 8;
    case.series[0].brief = Some("Bring a torch\r".into());
    let plan = plan(&case);
    let strategy = valid(&plan.text).expect("the calendar is valid");
    let occurrences = calendar::expand(&strategy, plan.window).expect("within the limits");
    let ics = calendar::to_ics(&strategy, &occurrences, stamp(), None);
    assert_eq!(check_ics(&plan, &ics, slots(&occurrences)), Ok(()));
}
