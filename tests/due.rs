//! `commstrat due`: deadlines in staffed time, each case worked out by hand.
//!
//! The desk is tests/fixtures/due/strategy.toml:
//! - `london` (x): Europe/London, Mon–Fri 08:00–18:00; 1h.
//! - `paris` (x): Europe/Paris, Mon–Fri 09:00–17:00, closed 2026-12-25 and
//!   2027-01-01; `response_time` 30m.
//! - `split` (bluesky): Europe/Paris, Mon–Fri 09:00–12:00 and 14:00–18:00; 2h.
//! - `ny` (mastodon): America/New_York, Mon–Fri 09:00–17:00; 2h.
//! - `cairo` (linkedin): Africa/Cairo, Sun–Thu 09:00–17:00; 1h.
//! - `always` (threads): staffed 24/7 but closed 2026-12-25, in the
//!   strategy's Europe/London; 4h.
//! - `night-paris`, `night-ny`: Sundays 00:00–06:00 in Paris, New York; 2h.
//!
//! A `question` is held to the network's `response_time`; a `complaint` to
//! the complaints playbook's `respond_within` of 1h.
//!
//! Calendar facts used: 2026-12-04 is a Friday. Winter offsets: Paris
//! +01:00, New York −05:00, Cairo +02:00, London +00:00. Daylight saving in
//! 2026: the EU moves forward on Sunday 29 March (02:00 → 03:00 in Paris,
//! 01:00 → 02:00 in London) and back on Sunday 25 October (03:00 → 02:00
//! in Paris); the US moves forward on Sunday 8 March (02:00 → 03:00) and
//! back on Sunday 1 November (02:00 → 01:00).

use crate::support::commstrat;

const DESK: &str = "tests/fixtures/due/strategy.toml";

/// (network, kind, received, the deadline worked out by hand)
const CASES: &[(&str, &str, &str, &str)] = &[
    // 1. Inside hours: Wed 10:00 + 30 min.
    (
        "paris",
        "question",
        "2026-12-02 10:00 Europe/Paris",
        "2026-12-02T10:30:00+01:00[Europe/Paris]",
    ),
    // 2. Before opening: the clock starts at 09:00; + 30 min.
    (
        "paris",
        "question",
        "2026-12-02 07:45 Europe/Paris",
        "2026-12-02T09:30:00+01:00[Europe/Paris]",
    ),
    // 3. After closing: starts Thu 09:00; + 30 min.
    (
        "paris",
        "question",
        "2026-12-02 18:20 Europe/Paris",
        "2026-12-03T09:30:00+01:00[Europe/Paris]",
    ),
    // 4. Across closing: 20 min Wed (16:40–17:00), 40 min Thu from 09:00.
    (
        "paris",
        "complaint",
        "2026-12-02 16:40 Europe/Paris",
        "2026-12-03T09:40:00+01:00[Europe/Paris]",
    ),
    // 5. Hootsuite's help example: Friday 16:45, 30 minutes, hours 9–17:
    //    15 min Friday, 15 min Monday: due Monday 09:15.
    (
        "paris",
        "question",
        "2026-12-04 16:45 Europe/Paris",
        "2026-12-07T09:15:00+01:00[Europe/Paris]",
    ),
    // 6. Friday 19:50, after hours: the weekend is closed; Monday 09:00 + 1h.
    (
        "paris",
        "complaint",
        "2026-12-04 19:50 Europe/Paris",
        "2026-12-07T10:00:00+01:00[Europe/Paris]",
    ),
    // 7. Saturday noon: Monday 09:00 + 30 min.
    (
        "paris",
        "question",
        "2026-12-05 12:00 Europe/Paris",
        "2026-12-07T09:30:00+01:00[Europe/Paris]",
    ),
    // 8. A closed date: 10 min Thu 24th (16:50–17:00); Fri 25th closed; the
    //    weekend; Mon 28th 09:00 + 20 min.
    (
        "paris",
        "question",
        "2026-12-24 16:50 Europe/Paris",
        "2026-12-28T09:20:00+01:00[Europe/Paris]",
    ),
    // 9. A closed date, a weekend and a new year: 30 min Thu 31st; Fri 1 Jan
    //    closed; Mon 4 Jan 09:00 + 30 min.
    (
        "paris",
        "complaint",
        "2026-12-31 16:30 Europe/Paris",
        "2027-01-04T09:30:00+01:00[Europe/Paris]",
    ),
    // 10. At the opening minute: staffed from 09:00 on; + 30 min.
    (
        "paris",
        "question",
        "2026-12-02 09:00 Europe/Paris",
        "2026-12-02T09:30:00+01:00[Europe/Paris]",
    ),
    // 11. At the closing minute: 17:00 is no longer staffed; Thu 09:30.
    (
        "paris",
        "question",
        "2026-12-02 17:00 Europe/Paris",
        "2026-12-03T09:30:00+01:00[Europe/Paris]",
    ),
    // 12. Seconds are kept: 10:00:30 + 30 min.
    (
        "paris",
        "question",
        "2026-12-02T10:00:30+01:00[Europe/Paris]",
        "2026-12-02T10:30:30+01:00[Europe/Paris]",
    ),
    // 13. RFC 3339 in UTC: 09:15Z is 10:15 in Paris; + 30 min.
    (
        "paris",
        "question",
        "2026-12-02T09:15:00Z",
        "2026-12-02T10:45:00+01:00[Europe/Paris]",
    ),
    // 14. A lunch break: 1h Wed (11:00–12:00), 1h from 14:00: 15:00.
    (
        "split",
        "question",
        "2026-12-02 11:00 Europe/Paris",
        "2026-12-02T15:00:00+01:00[Europe/Paris]",
    ),
    // 15. During lunch: starts 14:00; + 2h.
    (
        "split",
        "question",
        "2026-12-02 12:30 Europe/Paris",
        "2026-12-02T16:00:00+01:00[Europe/Paris]",
    ),
    // 16. 30 min Wed (17:30–18:00), 1h30 Thu from 09:00: 10:30.
    (
        "split",
        "question",
        "2026-12-02 17:30 Europe/Paris",
        "2026-12-03T10:30:00+01:00[Europe/Paris]",
    ),
    // 17. 30 min before lunch, 30 min after: Fri 14:30.
    (
        "split",
        "complaint",
        "2026-12-04 11:30 Europe/Paris",
        "2026-12-04T14:30:00+01:00[Europe/Paris]",
    ),
    // 18. A New York desk read from Paris: 20:00 Paris is 14:00 in New York;
    //     + 2h: 16:00 there (22:00 in Paris).
    (
        "ny",
        "question",
        "2026-12-02 20:00 Europe/Paris",
        "2026-12-02T16:00:00-05:00[America/New_York]",
    ),
    // 19. Fri 22:30 Paris is 16:30 in New York: 30 min Fri, 1h30 Mon: 10:30.
    (
        "ny",
        "question",
        "2026-12-04 22:30 Europe/Paris",
        "2026-12-07T10:30:00-05:00[America/New_York]",
    ),
    // 20. Across the US spring change: 1h Fri 6 March (16:00–17:00 EST),
    //     1h Mon 9 March from 09:00, now EDT: 10:00 −04:00.
    (
        "ny",
        "question",
        "2026-03-06 16:00 America/New_York",
        "2026-03-09T10:00:00-04:00[America/New_York]",
    ),
    // 21. Across the US autumn change: 30 min Fri 30 Oct (EDT), 1h30 Mon
    //     2 Nov from 09:00, now EST: 10:30 −05:00.
    (
        "ny",
        "question",
        "2026-10-30 16:30 America/New_York",
        "2026-11-02T10:30:00-05:00[America/New_York]",
    ),
    // 22. Across the EU spring change: 10 min Fri 27 March (CET), 20 min Mon
    //     30 March from 09:00 CEST: 09:20 +02:00.
    (
        "paris",
        "question",
        "2026-03-27 16:50 Europe/Paris",
        "2026-03-30T09:20:00+02:00[Europe/Paris]",
    ),
    // 23. Inside a window the spring change shortens: Sun 29 March 00:00–06:00
    //     in Paris is 5 real hours. 01:30 CET is 00:30Z; + 2h is 02:30Z,
    //     04:30 CEST (the wall clock jumped an hour).
    (
        "night-paris",
        "question",
        "2026-03-29 01:30 Europe/Paris",
        "2026-03-29T04:30:00+02:00[Europe/Paris]",
    ),
    // 24. Inside a window the autumn change lengthens: 01:00 CEST on 25 Oct
    //     is 23:00Z on the 24th; + 2h is 01:00Z, the second 02:00 (CET).
    (
        "night-paris",
        "question",
        "2026-10-25 01:00 Europe/Paris",
        "2026-10-25T02:00:00+01:00[Europe/Paris]",
    ),
    // 25. The US spring change: Sat 7 March 23:00 is closed; the window opens
    //     Sun 00:00 EST (05:00Z); + 2h is 07:00Z, 03:00 EDT.
    (
        "night-ny",
        "question",
        "2026-03-07 23:00 America/New_York",
        "2026-03-08T03:00:00-04:00[America/New_York]",
    ),
    // 26. The US autumn change: Sun 1 Nov 00:30 EDT is 04:30Z; + 2h is 06:30Z,
    //     the second 01:30 (EST).
    (
        "night-ny",
        "question",
        "2026-11-01 00:30 America/New_York",
        "2026-11-01T01:30:00-05:00[America/New_York]",
    ),
    // 27. A promise longer than the window left: 1h Sun 6 Dec (05:00–06:00),
    //     then next Sunday 00:00 + 1h: 13 Dec 01:00.
    (
        "night-paris",
        "question",
        "2026-12-06 05:00 Europe/Paris",
        "2026-12-13T01:00:00+01:00[Europe/Paris]",
    ),
    // 28. A Cairo desk (Sun–Thu) read from Paris: Fri 10:00 Paris is 11:00 in
    //     Cairo, the weekend; Sun 6 Dec 09:00 + 1h: 10:00 +02:00.
    (
        "cairo",
        "question",
        "2026-12-04 10:00 Europe/Paris",
        "2026-12-06T10:00:00+02:00[Africa/Cairo]",
    ),
    // 29. Thu 15:30 Paris is 16:30 in Cairo: 30 min Thu, 30 min Sun: 09:30.
    (
        "cairo",
        "complaint",
        "2026-12-03 15:30 Europe/Paris",
        "2026-12-06T09:30:00+02:00[Africa/Cairo]",
    ),
    // 30. Sun 08:30 Paris is 09:30 in Cairo, inside hours: 10:30.
    (
        "cairo",
        "question",
        "2026-12-06 08:30 Europe/Paris",
        "2026-12-06T10:30:00+02:00[Africa/Cairo]",
    ),
    // 31. Always staffed: Sat 23:00 Paris is 22:00 in London; + 4h: Sun 02:00.
    (
        "always",
        "question",
        "2026-12-05 23:00 Europe/Paris",
        "2026-12-06T02:00:00+00:00[Europe/London]",
    ),
    // 32. Always staffed across London's spring change (01:00 GMT → 02:00
    //     BST): 00:30 GMT + 1h is 01:30 GMT, which reads 02:30 BST.
    (
        "always",
        "complaint",
        "2026-03-29 00:30 Europe/London",
        "2026-03-29T02:30:00+01:00[Europe/London]",
    ),
    // 33. Orlo's help example ("Out of Hours Response Time Calculation"):
    //     office hours 8am–6pm, a message at 7pm answered at 9am the next
    //     morning took 1 hour. As a deadline: a 1h promise on a message of
    //     Wed 19:00 is due Thu 09:00.
    (
        "london",
        "question",
        "2026-12-02 19:00 Europe/London",
        "2026-12-03T09:00:00+00:00[Europe/London]",
    ),
    // 34. Always staffed but closed on 25 December: 1h on the 24th
    //     (23:00–24:00 in London), none on the 25th, 3h from 00:00 on the
    //     26th: 03:00.
    (
        "always",
        "question",
        "2026-12-24 23:00 Europe/London",
        "2026-12-26T03:00:00+00:00[Europe/London]",
    ),
];

#[test]
fn deadlines_in_staffed_time_are_those_worked_out_by_hand() {
    assert!(CASES.len() >= 30);
    let mut wrong = Vec::new();
    for (i, (network, kind, received, expected)) in CASES.iter().enumerate() {
        let run = commstrat(&[
            "due",
            DESK,
            "--network",
            network,
            "--kind",
            kind,
            "--received",
            received,
            "--format",
            "json",
        ]);
        assert_eq!(run.code, 0, "case {}: {}", i + 1, run.transcript());
        let due = run.json()["due"].as_str().unwrap_or_default().to_string();
        if due != *expected {
            wrong.push(format!(
                "case {}: {network} {kind} {received}: {due}, not {expected}",
                i + 1
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The calculation as a person reads it, and as a script does.
#[test]
fn the_calculation_is_shown() {
    let args = |format: &str| {
        commstrat(&[
            "due",
            DESK,
            "--network",
            "paris",
            "--kind",
            "complaint",
            "--received",
            "2026-12-24 16:30 Europe/Paris",
            "--format",
            format,
        ])
    };
    let (human, json) = (args("human"), args("json"));
    insta::assert_snapshot!(crate::support::sessions([&human, &json]));
}

#[test]
fn a_deadline_that_cannot_be_given_says_why() {
    let bad = [
        commstrat(&[
            "due",
            DESK,
            "--network",
            "pariss",
            "--kind",
            "question",
            "--received",
            "2026-12-02 10:00 Europe/Paris",
        ]),
        commstrat(&[
            "due",
            DESK,
            "--network",
            "paris",
            "--kind",
            "question",
            "--received",
            "2026-12-02 10:00",
        ]),
        commstrat(&[
            "due",
            DESK,
            "--network",
            "paris",
            "--kind",
            "question",
            "--received",
            "2026-12-02 10:00 Europe/Pariss",
        ]),
    ];
    for run in &bad {
        assert_eq!(run.code, 2, "{}", run.transcript());
    }
    insta::assert_snapshot!(crate::support::sessions(&bad));
}
