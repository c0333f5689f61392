//! `commstrat render calendar`: expansion across zones and DST, blackouts,
//! month days, ISO weeks, and the four formats agreeing with each other.

use serde_json::Value;

use crate::support::{Run, commstrat_env, commstrat_in, root, sessions, with_calendar as strategy};

fn render(calendar: &str, args: &[&str]) -> Run {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.toml"), strategy(calendar)).expect("write");
    let mut all = vec!["render", "calendar", "s.toml"];
    all.extend_from_slice(args);
    let run = commstrat_env(dir.path(), &all, &[("SOURCE_DATE_EPOCH", "1767225600")]);
    assert_ne!(run.code, 1, "the strategy has errors:\n{}", run.stderr);
    run
}

fn occurrences(calendar: &str, args: &[&str]) -> Vec<Value> {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--format", "json"]);
    let run = render(calendar, &all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.json()["occurrences"]
        .as_array()
        .cloned()
        .expect("occurrences")
}

/// (local date, local time, UTC instant, network) of each occurrence.
fn summary(list: &[Value]) -> Vec<(String, String, String, String)> {
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();
    list.iter()
        .map(|o| {
            (
                s(&o["date"]),
                s(&o["local_time"]),
                s(&o["utc"]),
                s(&o["network"]),
            )
        })
        .collect()
}

fn row(date: &str, time: &str, utc: &str, network: &str) -> (String, String, String, String) {
    (date.into(), time.into(), utc.into(), network.into())
}

#[test]
fn paris_wednesday_noon_either_side_of_the_spring_change() {
    let calendar = r#"
[[calendar.series]]
id = "noon"
title = "Noon question"
practice = "question"
networks = ["instagram"]
every = "week"
on = ["wed"]
at = "12:00"
timezone = "Europe/Paris"
starts = 2026-03-18
"#;
    let list = occurrences(calendar, &["--from", "2026-03-23", "--weeks", "2"]);
    assert_eq!(
        summary(&list),
        [
            row("2026-03-25", "12:00", "2026-03-25T11:00:00Z", "instagram"),
            row("2026-04-01", "12:00", "2026-04-01T10:00:00Z", "instagram"),
        ]
    );
}

#[test]
fn new_york_gap_moves_forward_and_fold_takes_the_first() {
    let calendar = r#"
[[calendar.series]]
id = "early"
title = "Early post"
practice = "other"
networks = ["instagram"]
every = "week"
on = ["sun"]
at = ["01:30", "02:30"]
timezone = "America/New_York"
starts = 2026-03-01
"#;
    // 2026-03-08: clocks go from 02:00 to 03:00; 2026-11-01: from 02:00 back to 01:00.
    let spring = occurrences(calendar, &["--from", "2026-03-08", "--to", "2026-03-08"]);
    assert_eq!(
        summary(&spring),
        [
            row("2026-03-08", "01:30", "2026-03-08T06:30:00Z", "instagram"),
            row("2026-03-08", "03:30", "2026-03-08T07:30:00Z", "instagram"),
        ]
    );
    assert_eq!(spring[1]["shifted_from"], "02:30");
    let autumn = occurrences(calendar, &["--from", "2026-11-01", "--to", "2026-11-01"]);
    assert_eq!(
        summary(&autumn),
        [
            // 01:30 happens twice: the first, still on daylight time (UTC-4).
            row("2026-11-01", "01:30", "2026-11-01T05:30:00Z", "instagram"),
            row("2026-11-01", "02:30", "2026-11-01T07:30:00Z", "instagram"),
        ]
    );
    // The Markdown calendar says what happened to 02:30.
    let md = render(calendar, &["--from", "2026-03-08", "--to", "2026-03-08"]);
    insta::assert_snapshot!(md.session());
}

const TWO_NETWORKS: &str = r#"
[[networks]]
id = "bluesky"
platform = "bluesky"
handle = "@mybrand.example"
audience = "Early adopters"
schedule = "office"
response_time = "2h"
"#;

#[test]
fn a_blackout_for_one_network_keeps_the_others() {
    let calendar = format!(
        "{TWO_NETWORKS}{}",
        r#"
[[calendar.series]]
id = "daily"
title = "Daily"
practice = "other"
networks = ["instagram", "bluesky"]
every = "day"
at = "10:00"
starts = 2026-05-01

[[calendar.blackouts]]
from = 2026-05-02
to = 2026-05-03
reason = "Bluesky migration"
networks = ["bluesky"]
"#
    );
    let list = occurrences(&calendar, &["--from", "2026-05-01", "--to", "2026-05-04"]);
    // The blackout's own entries: Bluesky on both its days, with its reason.
    let (posts, quiet): (Vec<Value>, Vec<Value>) =
        list.into_iter().partition(|o| o["kind"] == "series");
    let quiet: Vec<(String, String, String)> = quiet
        .iter()
        .map(|o| {
            (
                o["date"].to_string(),
                o["network"].to_string(),
                o["title"].to_string(),
            )
        })
        .collect();
    let entry = |d: &str| {
        (
            format!("\"{d}\""),
            "\"bluesky\"".to_string(),
            "\"Bluesky migration\"".to_string(),
        )
    };
    assert_eq!(quiet, [entry("2026-05-02"), entry("2026-05-03")]);
    let list = posts;
    let seen: Vec<(String, String)> = summary(&list)
        .into_iter()
        .map(|(d, _, _, n)| (d, n))
        .collect();
    let expect = |d: &str, n: &str| (d.to_string(), n.to_string());
    assert_eq!(
        seen,
        [
            expect("2026-05-01", "bluesky"),
            expect("2026-05-01", "instagram"),
            expect("2026-05-02", "instagram"),
            expect("2026-05-03", "instagram"),
            expect("2026-05-04", "bluesky"),
            expect("2026-05-04", "instagram"),
        ]
    );
}

#[test]
fn all_day_events_end_the_next_day_exclusive() {
    let calendar = r#"
[[calendar.events]]
id = "new-year"
title = "New year"
date = 2026-12-31
networks = ["instagram"]
practice = "other"
"#;
    let list = occurrences(calendar, &["--from", "2026-12-31", "--to", "2026-12-31"]);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["local_time"], Value::Null);
    assert_eq!(list[0]["utc"], Value::Null);
    let ics = render(
        calendar,
        &[
            "--from",
            "2026-12-31",
            "--to",
            "2026-12-31",
            "--format",
            "ics",
        ],
    );
    assert_eq!(ics.code, 0, "{}", ics.transcript());
    insta::assert_snapshot!(ics.session().replace("\r\n", "⏎\n"));
}

fn dates(list: &[Value]) -> Vec<String> {
    list.iter()
        .map(|o| o["date"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn monthly_on_the_31st_and_the_last_friday() {
    let calendar = r#"
[[calendar.series]]
id = "end-of-month"
title = "End of month"
practice = "results-review"
networks = ["instagram"]
every = "month"
on = [31]
at = "09:00"
starts = 2026-01-01

[[calendar.series]]
id = "last-friday"
title = "Last Friday"
practice = "poll"
networks = ["instagram"]
every = "month"
on = ["last-fri"]
at = "16:00"
starts = 2026-01-01
"#;
    let list = occurrences(calendar, &["--from", "2026-01-01", "--to", "2026-06-30"]);
    let of = |id: &str| {
        dates(
            &list
                .iter()
                .filter(|o| o["id"] == id)
                .cloned()
                .collect::<Vec<_>>(),
        )
    };
    // February, April and June have no 31st: skipped.
    assert_eq!(
        of("end-of-month"),
        ["2026-01-31", "2026-03-31", "2026-05-31"]
    );
    assert_eq!(
        of("last-friday"),
        [
            "2026-01-30",
            "2026-02-27",
            "2026-03-27",
            "2026-04-24",
            "2026-05-29",
            "2026-06-26"
        ]
    );
}

#[test]
fn leap_day_exists_only_in_leap_years() {
    let calendar = r#"
[[calendar.series]]
id = "the-29th"
title = "The 29th"
practice = "other"
networks = ["instagram"]
every = "month"
on = [29]
at = "09:00"
starts = 2027-01-01
"#;
    let list = occurrences(calendar, &["--from", "2027-01-01", "--to", "2028-03-31"]);
    let all = dates(&list);
    assert!(!all.contains(&"2027-02-29".to_string()));
    assert!(all.contains(&"2028-02-29".to_string()));
    assert_eq!(all.len(), 14, "{all:?}");
}

#[test]
fn markdown_groups_by_iso_week_with_the_iso_year() {
    let calendar = r#"
[[calendar.series]]
id = "daily"
title = "Daily"
practice = "other"
networks = ["instagram"]
every = "day"
at = "10:00"
starts = 2025-12-01
"#;
    // 2025-12-29 to 2025-12-31 are in 2026-W01, as are the first days of 2026.
    let around_2026 = render(calendar, &["--from", "2025-12-29", "--to", "2026-01-05"]);
    insta::assert_snapshot!(around_2026.session());
    let around_2027 = render(calendar, &["--from", "2026-12-27", "--to", "2027-01-04"]);
    let weeks: Vec<&str> = around_2027
        .stdout
        .lines()
        .filter(|l| l.starts_with("## ") && l.contains("-W"))
        .collect();
    assert_eq!(
        weeks,
        [
            "## 2026-W52 — Week 52 of 2026",
            "## 2026-W53 — Week 53 of 2026",
            "## 2027-W01 — Week 1 of 2027"
        ]
    );
}

#[test]
fn uids_are_stable_across_overlapping_windows() {
    let calendar = r#"
[[calendar.series]]
id = "daily"
title = "Daily"
practice = "other"
networks = ["instagram"]
every = "day"
at = ["08:00", "18:00"]
starts = 2026-01-01
"#;
    let a = occurrences(calendar, &["--from", "2026-02-01", "--to", "2026-02-10"]);
    let b = occurrences(calendar, &["--from", "2026-02-05", "--to", "2026-02-20"]);
    let uid_of = |list: &[Value], date: &str, time: &str| {
        list.iter()
            .find(|o| o["date"] == date && o["local_time"] == time)
            .map(|o| o["uid"].as_str().unwrap_or("").to_string())
    };
    for day in ["2026-02-05", "2026-02-07", "2026-02-10"] {
        for time in ["08:00", "18:00"] {
            assert_eq!(uid_of(&a, day, time), uid_of(&b, day, time));
            assert!(uid_of(&a, day, time).is_some());
        }
    }
    let mut uids: Vec<&str> = a.iter().filter_map(|o| o["uid"].as_str()).collect();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), a.len(), "UIDs are unique");
}

#[test]
fn ics_folds_escapes_and_stamps_reproducibly() {
    let calendar = format!(
        r#"
[[calendar.events]]
id = "long"
title = "{}"
date = 2026-06-01
at = "10:00"
networks = ["instagram"]
practice = "other"
brief = "a\\b,c;d\nnext line"

[[calendar.events]]
id = "emoji"
title = "{}😀 on the boundary"
date = 2026-06-02
at = "10:00"
networks = ["instagram"]
practice = "other"
"#,
        "é".repeat(200),
        // "SUMMARY;LANGUAGE=en:" is 20 octets: 53 more put the emoji across
        // octet 75.
        "a".repeat(53)
    );
    let run = render(
        &calendar,
        &[
            "--from",
            "2026-06-01",
            "--to",
            "2026-06-02",
            "--format",
            "ics",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    for line in run.stdout.split("\r\n") {
        assert!(line.len() <= 75, "a line of {} octets", line.len());
        assert!(!line.contains('\n'), "a bare LF");
    }
    assert!(run.stdout.ends_with("END:VCALENDAR\r\n"));
    // SOURCE_DATE_EPOCH=1767225600 is 2026-01-01T00:00:00Z.
    assert!(run.stdout.contains("DTSTAMP:20260101T000000Z\r\n"));
    insta::assert_snapshot!(run.stdout.replace("\r\n", "⏎\n"));
    let unfolded = run.stdout.replace("\r\n ", "");
    assert!(unfolded.contains(&format!(
        "SUMMARY;LANGUAGE=en:{} (Instagram)\r\n",
        "é".repeat(200)
    )));
    assert!(unfolded.contains("DESCRIPTION;LANGUAGE=en:a\\\\b\\,c\\;d\\nnext line\\n\\nNetwork:"));
}

#[test]
fn csv_is_rfc_4180_with_the_spec_columns() {
    let calendar = r#"
[[calendar.events]]
id = "quoted"
title = "Say \"hello\", world"
date = 2026-06-01
at = "10:00"
networks = ["instagram"]
practice = "other"
brief = "two\nlines"

[[calendar.events]]
id = "formula"
title = "=HYPERLINK(\"http://attacker.example\")"
date = 2026-06-01
at = "11:00"
networks = ["instagram"]
practice = "other"
brief = "-1+1"
"#;
    let run = render(
        calendar,
        &[
            "--from",
            "2026-06-01",
            "--to",
            "2026-06-01",
            "--format",
            "csv",
        ],
    );
    assert_eq!(
        run.stdout,
        "date,local_time,zone,utc_instant,network,platform,handle,practice,title,owner,brief\r\n\
         2026-06-01,10:00,Europe/London,2026-06-01T09:00:00Z,instagram,instagram,'@mybrand,other,\"Say \"\"hello\"\", world\",,\"two\nlines\"\r\n\
         2026-06-01,11:00,Europe/London,2026-06-01T10:00:00Z,instagram,instagram,'@mybrand,other,\"'=HYPERLINK(\"\"http://attacker.example\"\")\",,'-1+1\r\n"
    );
}

#[test]
fn same_bytes_every_time_and_check_sees_staleness() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.toml"), commstrat::STARTER).expect("write");
    let args = [
        "render",
        "calendar",
        "s.toml",
        "--from",
        "2026-01-01",
        "--weeks",
        "8",
        "--format",
        "ics",
    ];
    let first = commstrat_in(dir.path(), &args);
    let second = commstrat_in(dir.path(), &args);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert_eq!(first.stdout, second.stdout);
    // Without SOURCE_DATE_EPOCH, the stamp is midnight UTC of --from.
    assert!(first.stdout.contains("DTSTAMP:20260101T000000Z\r\n"));
    let mut write = args.to_vec();
    write.extend_from_slice(&["-o", "cal.ics"]);
    assert_eq!(commstrat_in(dir.path(), &write).code, 0);
    let mut check = write.clone();
    check.push("--check");
    assert_eq!(commstrat_in(dir.path(), &check).code, 0);
    std::fs::write(dir.path().join("cal.ics"), "stale").expect("write");
    let stale = commstrat_in(dir.path(), &check);
    assert_eq!(stale.code, 1);
    insta::assert_snapshot!(stale.session());
}

#[test]
fn bad_windows_are_usage_errors() {
    let file = "strategies/northwind-outdoor.toml";
    let mut runs = Vec::new();
    for args in [
        vec!["--from", "2026-13-01"],
        vec!["--from", "2026-05-01", "--to", "2026-04-01"],
        vec!["--from", "2026-05-01", "--to", "2026-06-01", "--weeks", "2"],
        vec!["--weeks", "0"],
    ] {
        let mut all = vec!["render", "calendar", file];
        all.extend_from_slice(&args);
        let run = commstrat_in(&root(), &all);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        runs.push(run);
    }
    insta::assert_snapshot!(sessions(&runs));
}

/// SOURCE_DATE_EPOCH that is not a number, or past the years an ICS file
/// can write, is a usage error that says which; the last second it can
/// name is used as it is.
#[test]
fn source_date_epoch_out_of_range_is_named_so() {
    let file = "strategies/northwind-outdoor.toml";
    let args = [
        "render",
        "calendar",
        file,
        "--from",
        "2026-05-01",
        "--format",
        "ics",
    ];
    let mut runs = Vec::new();
    for epoch in ["soon", "-1", "253402207201", "99999999999999999999"] {
        let run = commstrat_env(&root(), &args, &[("SOURCE_DATE_EPOCH", epoch)]);
        assert_eq!(run.code, 2, "{epoch}: {}", run.stderr);
        runs.push(run);
    }
    insta::assert_snapshot!(sessions(&runs));
    for (epoch, stamp) in [
        // Blank is unset: midnight UTC of --from.
        ("  ", "DTSTAMP:20260501T000000Z"),
        ("0", "DTSTAMP:19700101T000000Z"),
        ("253402207200", "DTSTAMP:99991230T220000Z"),
    ] {
        let run = commstrat_env(&root(), &args, &[("SOURCE_DATE_EPOCH", epoch)]);
        assert_eq!(run.code, 0, "{epoch}: {}", run.stderr);
        assert!(run.stdout.contains(stamp), "{epoch}");
    }
}

#[test]
fn each_example_in_every_format() {
    for name in [
        "northwind-outdoor",
        "boulangerie-lumiere",
        "souq-alnakhil",
        "tostadero-candela",
    ] {
        let file = format!("strategies/{name}.toml");
        let mut counts = Vec::new();
        let mut slots = 0;
        for format in ["json", "csv", "ics", "md"] {
            let run = commstrat_in(
                &root(),
                &[
                    "render",
                    "calendar",
                    &file,
                    "--from",
                    "2026-12-01",
                    "--weeks",
                    "6",
                    "--format",
                    format,
                ],
            );
            assert_eq!(run.code, 0, "{name} {format}: {}", run.stderr);
            counts.push(match format {
                "json" => {
                    let json = run.json();
                    let list = json["occurrences"].as_array().cloned().unwrap_or_default();
                    let distinct: std::collections::BTreeSet<&str> =
                        list.iter().filter_map(|o| o["slot"].as_str()).collect();
                    slots = distinct.len();
                    list.len()
                }
                "csv" => run.stdout.matches("\r\n").count() - 1,
                // One event per slot, for all its networks.
                "ics" => {
                    let events = run.stdout.matches("BEGIN:VEVENT").count();
                    assert_eq!(events, slots, "{name}: one VEVENT per slot");
                    counts[0]
                }
                // A blackout or closed day is one row for all its networks.
                _ => run
                    .stdout
                    .lines()
                    .filter(|l| l.starts_with("| 2"))
                    .map(|l| match l.contains("| **") {
                        true => l
                            .split(" | ")
                            .nth(3)
                            .map_or(1, |n| n.split([',', '،']).count()),
                        false => 1,
                    })
                    .sum(),
            });
            if format == "md" {
                insta::assert_snapshot!(format!("calendar-{name}"), run.stdout);
            }
        }
        assert!(counts[0] > 0, "{name}: an empty calendar");
        assert!(counts.iter().all(|c| *c == counts[0]), "{name}: {counts:?}");
    }
}

#[test]
fn sprout_profile_writes_one_file_per_network_and_warns_on_importer_rules() {
    let calendar = format!(
        "{TWO_NETWORKS}{}",
        r#"
[[calendar.series]]
id = "close"
title = "Close, together"
practice = "other"
networks = ["instagram", "bluesky"]
every = "day"
at = ["09:00", "09:05"]
starts = 2026-01-01
brief = "Two slots five minutes apart"
unattended = true

[[calendar.events]]
id = "all-day"
title = "All day"
date = 2026-01-02
networks = ["instagram"]
practice = "other"
"#
    );
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.toml"), strategy(&calendar)).expect("write");
    let sprout = |to: &str| {
        commstrat_in(
            dir.path(),
            &[
                "render",
                "calendar",
                "s.toml",
                "--from",
                "2026-01-01",
                "--to",
                to,
                "--format",
                "csv",
                "--csv-profile",
                "sprout",
                "--date-order",
                "dmy",
                "-o",
                "sprout",
            ],
        )
    };
    // Two days: slots 5 minutes apart, and an all-day event Sprout cannot
    // schedule.
    let run = sprout("2026-01-02");
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.session());
    let instagram = std::fs::read_to_string(dir.path().join("sprout/instagram.csv")).expect("read");
    assert!(dir.path().join("sprout/bluesky.csv").exists());
    let mut lines = instagram.split("\r\n");
    assert_eq!(lines.next(), Some("date,time_24hr,message_text"));
    assert_eq!(
        lines.next(),
        Some("01/01/2026,09:00,\"Close, together: Two slots five minutes apart\"")
    );
    assert!(!instagram.contains("All day"));
    // 182 days × 2 slots: over Sprout's 350 per import, on each network;
    // the same warnings besides, one a day and network for the close slots.
    let run = sprout("2026-07-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (close, others): (Vec<&str>, Vec<&str>) = run
        .stderr
        .lines()
        .partition(|l| l.ends_with("is 5 min after `close`; Sprout needs 10 min between messages"));
    assert_eq!(close.len(), 2 * 182, "{}", run.stderr);
    assert_eq!(
        others,
        [
            "warning: bluesky: 364 messages, over Sprout's 350 per import; split the window with --from/--to",
            "warning: instagram: `all-day` on 2026-01-02 is an all-day event; Sprout needs a time, so it is not in the file",
            "warning: instagram: 364 messages, over Sprout's 350 per import; split the window with --from/--to",
        ]
    );
}

/// Titles, briefs and a role name built to break out of their cell or
/// property: spreadsheet formulas, an iCalendar line of its own, Markdown
/// table and HTML syntax. Each format is read back by a real parser.
#[test]
fn hostile_titles_and_briefs_stay_inside_their_cell_and_property() {
    let titles = [
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+1+1",
        "-2+3",
        "@SUM(A1:A9)",
        "\tTab first",
        "\rReturn first",
        "a | b | c <script>alert(1)</script> **bold** [link](http://x)",
        "x\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT",
    ];
    let mut calendar = String::from(TWO_NETWORKS);
    for (i, title) in titles.iter().enumerate() {
        let title = title
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\r', "\\r")
            .replace('\n', "\\n")
            .replace('\t', "\\t");
        calendar.push_str(&format!(
            "\n[[calendar.events]]\nid = \"e{i}\"\ntitle = \"{title}\"\nbrief = \"{title}\"\ndate = 2026-03-0{}\nat = \"10:00\"\nnetworks = [\"instagram\", \"bluesky\"]\npractice = \"other\"\nowner = \"community\"\n",
            i + 1
        ));
    }
    // A role whose name a spreadsheet would run, owning every event.
    calendar.push_str(
        "\n[[roles]]\nid = \"evil\"\nname = \"=cmd|' /C calc'!A0\"\ncontact = \"x@example.com\"\n",
    );
    let calendar = calendar.replace("owner = \"community\"", "owner = \"evil\"");
    let window = ["--from", "2026-03-01", "--weeks", "2"];
    let events = occurrences(&calendar, &window);
    assert_eq!(events.len(), titles.len() * 2);

    // CSV, as a spreadsheet would open it: no cell starts a formula, and
    // every title comes back whole after its leading quote.
    let run = render(&calendar, &[&window[..], &["--format", "csv"]].concat());
    let mut reader = csv::ReaderBuilder::new().from_reader(run.stdout.as_bytes());
    let header = reader.headers().expect("a header").clone();
    let column = |name: &str| header.iter().position(|h| h == name).expect(name);
    let mut rows = 0;
    for record in reader.records() {
        let record = record.expect("RFC 4180");
        assert_eq!(record.len(), header.len());
        for cell in &record {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a cell a spreadsheet would run: {cell:?}"
            );
        }
        let title = &record[column("title")];
        assert!(
            titles.contains(&title.trim_start_matches('\'')),
            "{title:?}"
        );
        assert!(record[column("owner")].starts_with("'="), "{record:?}");
        rows += 1;
    }
    assert_eq!(rows, events.len());

    // The Sprout Social profile, one file per network, the same way.
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.toml"), strategy(&calendar)).expect("write");
    let sprout = commstrat_in(
        dir.path(),
        &[
            &["render", "calendar", "s.toml"],
            &window[..],
            &["--format", "csv", "--csv-profile", "sprout", "-o", "out"],
        ]
        .concat(),
    );
    assert_eq!(sprout.code, 0, "{}", sprout.transcript());
    let mut messages = 0;
    for network in ["instagram", "bluesky"] {
        let text = std::fs::read_to_string(dir.path().join("out").join(format!("{network}.csv")))
            .expect("a file per network");
        for record in csv::Reader::from_reader(text.as_bytes()).records() {
            let record = record.expect("RFC 4180");
            for cell in &record {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{network}: {cell:?}"
                );
            }
            messages += 1;
        }
    }
    assert_eq!(messages, events.len());

    // iCalendar: one VEVENT per slot, and no property but ours.
    let ics = render(&calendar, &[&window[..], &["--format", "ics"]].concat()).stdout;
    let unfolded = ics.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").filter(|l| !l.is_empty()).collect();
    let slots: std::collections::BTreeSet<&str> =
        events.iter().filter_map(|e| e["slot"].as_str()).collect();
    assert_eq!(
        lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(),
        slots.len()
    );
    assert!(
        !lines.iter().any(|l| l.starts_with("SUMMARY:injected")),
        "{ics}"
    );
    assert!(
        lines
            .iter()
            .all(|l| !l.starts_with("END:VEVENT") || *l == "END:VEVENT")
    );

    // Markdown: the week tables keep their cells, and no HTML gets through.
    let md = render(&calendar, &window).stdout;
    crate::render::assert_tables_well_formed(&md);
    assert_eq!(crate::render::html_in(&md), Vec::<String>::new(), "{md}");
    assert!(md.contains("alert(1)"), "the text is shown, escaped: {md}");
}

/// The strategy of `calendar`, loaded (it has no error).
fn model(calendar: &str) -> commstrat::model::Strategy {
    let (report, model) = commstrat::validate("s.toml", strategy(calendar).into_bytes());
    let errors: Vec<_> = report.diagnostics.iter().map(|d| &d.message).collect();
    model.unwrap_or_else(|| panic!("the calendar has errors: {errors:?}"))
}

fn day(text: &str) -> jiff::civil::Date {
    text.parse().expect("a date")
}

#[test]
fn a_window_is_at_most_a_hundred_years() {
    use commstrat::render::calendar::{MAX_WINDOW_DAYS, window};
    let from = day("2026-01-01");
    let last = |days: i64| {
        from.checked_add(jiff::Span::new().days(days - 1))
            .expect("in range")
    };
    assert!(window(from, Some(last(MAX_WINDOW_DAYS)), None).is_ok());
    let err = window(from, Some(last(MAX_WINDOW_DAYS + 1)), None).expect_err("too long");
    assert_eq!(
        err.to_string(),
        "--to 2125-08-30 is more than 100 years (36400 days) after --from 2026-01-01: render a shorter window"
    );
    // The longest --weeks is the same window.
    let weeks = window(from, None, Some(5200)).map(|w| w.to).ok();
    assert_eq!(weeks, Some(last(MAX_WINDOW_DAYS)));
}

#[test]
fn the_widest_window_of_the_issue_is_refused_not_expanded() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.toml"), commstrat::STARTER).expect("write");
    let run = commstrat_in(
        dir.path(),
        &[
            "render",
            "calendar",
            "s.toml",
            "--from",
            "0001-01-01",
            "--to",
            "9999-12-31",
            "--format",
            "csv",
        ],
    );
    insta::assert_snapshot!(run.transcript());
}

/// A daily series at two times on one network from 2026-01-01, with a
/// brief of `brief` bytes, and a one-off event that day: two occurrences a
/// day, and one more when the window starts on 2026-01-01.
fn twice_a_day(brief: usize) -> commstrat::model::Strategy {
    let mut strategy = model(&format!(
        r#"[[calendar.series]]
id = "daily"
title = "T"
practice = "question"
networks = ["instagram"]
every = "day"
at = ["09:00", "18:00"]
starts = 2026-01-01
brief = "{}"

[[calendar.events]]
id = "extra"
title = "T"
date = 2026-01-01
networks = ["instagram"]
practice = "other"
"#,
        "x".repeat(brief)
    ));
    // The starter's closed day would be one more entry in the window.
    for schedule in &mut strategy.schedules {
        schedule.closed.clear();
    }
    strategy
}

/// `days` days from `from`.
fn days_from(from: &str, days: i64) -> commstrat::render::calendar::Window {
    commstrat::render::calendar::Window {
        from: day(from),
        to: day(from)
            .checked_add(jiff::Span::new().days(days - 1))
            .expect("in range"),
    }
}

#[test]
fn occurrences_stop_at_the_limit_with_advice() {
    use commstrat::render::calendar::{MAX_OCCURRENCES, expand};
    let strategy = twice_a_day(1);
    let days = MAX_OCCURRENCES as i64 / 2;
    // From the 2nd: the series alone, exactly the limit.
    let at_limit = expand(&strategy, days_from("2026-01-02", days)).map(|all| all.len());
    assert_eq!(at_limit.ok(), Some(MAX_OCCURRENCES));
    // From the 1st: the event too, one over.
    let err = expand(&strategy, days_from("2026-01-01", days)).expect_err("over the limit");
    assert_eq!(
        err.to_string(),
        "the calendar from 2026-01-01 to 2094-06-12 has more than 50000 occurrences, the most one render writes: choose a shorter window with --to or --weeks"
    );
}

#[test]
fn the_text_occurrences_copy_stops_at_the_limit() {
    use commstrat::render::calendar::{MAX_OCCURRENCE_TEXT, expand};
    const MIB: usize = 1024 * 1024;
    // Each slot carries its title ("T") and its brief: 1 MiB together.
    let strategy = twice_a_day(MIB - 1);
    let days = (MAX_OCCURRENCE_TEXT / MIB / 2) as i64;
    let at_limit = expand(&strategy, days_from("2026-01-02", days)).map(|all| all.len());
    assert_eq!(at_limit.ok(), Some(MAX_OCCURRENCE_TEXT / MIB));
    // The event's title is one byte over.
    let err = expand(&strategy, days_from("2026-01-01", days)).expect_err("over the limit");
    assert_eq!(
        err.to_string(),
        "the titles and briefs of the calendar from 2026-01-01 to 2026-01-16 come to more than 32 MiB, the most one render writes: choose a shorter window with --to or --weeks, or shorten the briefs"
    );
}

/// The French, Arabic and Spanish examples' iCalendar speaks their language: no
/// English wording outside ids and protocol keywords, and the summary,
/// description and category say which language they are in.
#[test]
fn ics_of_the_french_arabic_and_spanish_examples_has_no_english_outside_ids() {
    let english = [
        "Network",
        "Owner",
        "does not exist",
        "clocks go forward",
        "moved to",
        "welcome",
        "current affairs",
        "current-affairs",
        "humour",
        "humor",
        "poll",
        "behind the scenes",
        "behind-the-scenes",
        "product",
        "results review",
        "results-review",
        "other",
    ];
    for (name, tag) in [
        ("boulangerie-lumiere", "fr"),
        ("souq-alnakhil", "ar-SA"),
        ("tostadero-candela", "es-ES"),
    ] {
        let file = format!("strategies/{name}.toml");
        let args = [
            "render",
            "calendar",
            &file,
            "--from",
            "2026-01-01",
            "--weeks",
            "53",
            "--format",
            "ics",
        ];
        let run = commstrat_in(&root(), &args);
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        let unfolded = run.stdout.replace("\r\n ", "");
        let mut worded = 0;
        for line in unfolded.lines() {
            let (name_and_params, value) = line.split_once(':').expect("a content line");
            let property = name_and_params.split(';').next().unwrap_or_default();
            if !["SUMMARY", "DESCRIPTION", "CATEGORIES"].contains(&property) {
                continue;
            }
            worded += 1;
            assert!(
                name_and_params.ends_with(&format!(";LANGUAGE={tag}")),
                "{name}: {line}"
            );
            // Whole words: "producto" is Spanish, "product" English.
            let words: Vec<&str> = value
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let words = format!(" {} ", words.join(" "));
            for phrase in english {
                let phrase = format!(" {} ", phrase.replace('-', " "));
                assert!(
                    !words.contains(&phrase),
                    "{name}: English {phrase:?} in {line}"
                );
            }
            if property == "CATEGORIES" && tag.starts_with("ar") {
                assert!(
                    !value.chars().any(|c| c.is_ascii_alphabetic()),
                    "{name}: {line}"
                );
            }
        }
        assert!(worded > 100, "{name}: only {worded} worded lines");
    }
}

/// `--csv-header labels` names the columns in the strategy's language; the
/// cells stay ids. It belongs to plain CSV only.
#[test]
fn csv_header_in_the_strategys_language() {
    let base = [
        "render",
        "calendar",
        "strategies/boulangerie-lumiere.toml",
        "--from",
        "2026-12-01",
        "--weeks",
        "1",
        "--format",
        "csv",
    ];
    let keys = commstrat_in(&root(), &base);
    let mut with_labels = base.to_vec();
    with_labels.extend(["--csv-header", "labels"]);
    let labels = commstrat_in(&root(), &with_labels);
    assert_eq!(labels.code, 0, "{}", labels.stderr);
    let (head, rows) = labels.stdout.split_once("\r\n").expect("a header row");
    assert_eq!(
        head,
        "Date,Heure locale,Fuseau horaire,Instant UTC,Réseau,Plateforme,Compte,Type de contenu,Titre,Responsable,Consignes"
    );
    assert_eq!(
        Some(rows),
        keys.stdout.split_once("\r\n").map(|(_, rows)| rows)
    );
    let mut ics = base.to_vec();
    ics[8] = "ics";
    ics.extend(["--csv-header", "labels"]);
    let refused = commstrat_in(&root(), &ics);
    assert_eq!(refused.code, 2);
    assert!(
        refused.stderr.contains("--csv-header needs --format csv"),
        "{}",
        refused.stderr
    );
}

/// A blackout is a day of the calendar in every format, with its reason:
/// a row in Markdown, an all-day transparent event in iCalendar, an entry
/// of kind `blackout` in JSON and CSV. The Thursday it empties says why.
#[test]
fn a_blackout_shows_with_its_reason_in_every_format() {
    let file = "tests/fixtures/calendar/blackout-with-reason.toml";
    let window = ["--from", "2026-11-23", "--weeks", "2"];
    let run = |format: &str| {
        let mut args = vec!["render", "calendar", file];
        args.extend_from_slice(&window);
        args.extend_from_slice(&["--format", format]);
        commstrat_in(&root(), &args)
    };
    let runs: Vec<Run> = ["md", "ics", "csv", "json"].into_iter().map(run).collect();
    let reason = "Thanksgiving: no video this week; the episode moves to the next slot.";
    for r in &runs {
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    assert!(
        runs[0]
            .stdout
            .contains(&format!("**blackout** | *{reason}*"))
    );
    assert!(runs[1].stdout.contains("DTSTART;VALUE=DATE:20261126\r\n"));
    assert!(runs[1].stdout.contains("TRANSP:TRANSPARENT"));
    assert!(runs[2].stdout.contains(&format!(
        "2026-11-26,,Europe/London,,instagram,instagram,'@mybrand,blackout,{reason},,"
    )));
    let json = runs[3].json();
    let entry = &json["occurrences"][0];
    assert_eq!(
        (entry["kind"].as_str(), entry["title"].as_str()),
        (Some("blackout"), Some(reason))
    );
    insta::assert_snapshot!(sessions(&runs));
}

/// `--bom` starts the CSV with a byte-order mark for Excel; `--alarm` adds
/// a display reminder before each timed post and none to a blackout; a
/// network whose handle is an address gets its URL. Each needs its format.
#[test]
fn bom_alarm_and_profile_url() {
    let file = "tests/fixtures/calendar/blackout-with-reason.toml";
    let window = ["--from", "2026-11-23", "--weeks", "2"];
    let run = |extra: &[&str]| {
        let mut args = vec!["render", "calendar", file];
        args.extend_from_slice(&window);
        args.extend_from_slice(extra);
        commstrat_in(&root(), &args)
    };
    let csv = run(&["--format", "csv", "--bom"]);
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    assert!(
        csv.stdout.starts_with("\u{feff}date,local_time,"),
        "{}",
        csv.stdout
    );
    let ics = run(&["--format", "ics", "--alarm", "1h"]);
    assert_eq!(ics.code, 0, "{}", ics.stderr);
    let alarm = "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT60M\r\nDESCRIPTION;LANGUAGE=en:Thursday video\r\nEND:VALARM\r\n";
    assert_eq!(
        ics.stdout.matches("BEGIN:VALARM").count(),
        1,
        "{}",
        ics.stdout
    );
    assert!(ics.stdout.contains(alarm), "{}", ics.stdout);
    let plain = run(&["--format", "ics"]);
    assert!(!plain.stdout.contains("VALARM"));
    let wrong = [
        run(&["--format", "ics", "--bom"]),
        run(&["--format", "csv", "--alarm", "15m"]),
        run(&["--format", "ics", "--alarm", "soon"]),
    ];
    insta::assert_snapshot!(sessions(&wrong));
    // YouTube's handle is its channel's address; a slot on one network
    // links it.
    let northwind = commstrat_in(
        &root(),
        &[
            "render",
            "calendar",
            "strategies/northwind-outdoor.toml",
            "--from",
            "2026-11-09",
            "--weeks",
            "1",
            "--format",
            "ics",
        ],
    );
    let unfolded = northwind.stdout.replace("\r\n ", "");
    assert!(
        unfolded.contains("URL:https://youtube.com/@NorthwindGearSchool\r\n"),
        "{unfolded}"
    );
    assert!(!unfolded.contains("URL:https://@"));
}

/// A closed day with a reason shows it in every format and in the
/// handbook; one without says which schedule is closed.
#[test]
fn a_holiday_shows_with_its_reason_in_every_format() {
    let file = "tests/fixtures/calendar/holiday-with-reason.toml";
    let run = |format: &str| {
        commstrat_in(
            &root(),
            &[
                "render",
                "calendar",
                file,
                "--from",
                "2026-12-21",
                "--weeks",
                "1",
                "--format",
                format,
            ],
        )
    };
    let runs: Vec<Run> = ["md", "ics", "csv", "json"].into_iter().map(run).collect();
    for r in &runs {
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let title = "Christmas Day: nobody on duty that day (schedule office)";
    assert!(
        runs[0].stdout.contains(&format!(
            "| 2026-12-25 | Friday | all day | Instagram @mybrand | **closed** | *{title}* | |"
        )),
        "{}",
        runs[0].stdout
    );
    assert!(
        runs[0]
            .stdout
            .contains("*Nobody on duty that day (schedule office)*")
    );
    assert!(runs[1].stdout.contains("DTSTART;VALUE=DATE:20261225\r\n"));
    assert!(
        runs[2].stdout.contains(&format!(
            "2026-12-25,,Europe/London,,instagram,instagram,'@mybrand,closed,{title},,"
        )),
        "{}",
        runs[2].stdout
    );
    let json = runs[3].json();
    let christmas = json["occurrences"]
        .as_array()
        .expect("occurrences")
        .iter()
        .find(|o| o["date"] == "2026-12-25")
        .expect("the 25th");
    assert_eq!(
        (christmas["kind"].as_str(), christmas["title"].as_str()),
        (Some("closed"), Some(title))
    );
    insta::assert_snapshot!(sessions(&runs));
    let guide = commstrat_in(&root(), &["render", "guide", file]);
    assert_eq!(guide.code, 0, "{}", guide.stderr);
    assert!(
        guide.stdout.contains(
            "- Friday, December 25, 2026: Christmas Day\n- Saturday, December 26, 2026\n"
        ),
        "{}",
        guide.stdout
    );
    assert!(
        guide.stdout.contains(
            "- **Friday, December 25, 2026**: Christmas Day (office closed) (Instagram @mybrand)"
        ),
        "{}",
        guide.stdout
    );
}

/// The Markdown calendar's month grids agree with the JSON of the same
/// window: one dated cell per day, the posts counted per day, and a mark on
/// each day with a blackout or a closed schedule.
#[test]
fn the_month_grids_count_what_the_json_lists() {
    let window = ["--from", "2026-11-16", "--weeks", "9"];
    for example in crate::support::toml_files(&root().join("strategies")) {
        let file = format!("strategies/{example}");
        let md = crate::support::commstrat(
            &[&["render", "calendar", file.as_str()][..], &window].concat(),
        )
        .stdout;
        let json = crate::support::commstrat(
            &[
                &["render", "calendar", file.as_str()][..],
                &window,
                &["--format", "json"],
            ]
            .concat(),
        )
        .stdout;
        let json: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        let occurrences = json["occurrences"].as_array().expect("occurrences");
        let dates_of = |kind: &str| {
            occurrences
                .iter()
                .filter(|o| o["kind"] == kind)
                .map(|o| o["date"].as_str().expect("a date"))
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        };
        let posts = occurrences
            .iter()
            .filter(|o| o["kind"] == "series" || o["kind"] == "event")
            .count();
        // The grids end at the first week's table.
        let grids = md.split("\n## ").nth(1).expect("the grids");
        let cells: Vec<&str> = grids
            .lines()
            .filter(|l| l.starts_with("| **") || l.starts_with("|  |"))
            .flat_map(|l| l.split(" | "))
            .map(|c| c.trim_matches(['|', ' ']))
            .filter(|c| c.starts_with("**"))
            .collect();
        assert_eq!(cells.len(), 63, "{example}: one cell per day\n{grids}");
        let counted: usize = cells
            .iter()
            .filter_map(|c| c.split(" · ").nth(1))
            .filter_map(|n| n.parse::<usize>().ok())
            .sum();
        assert_eq!(counted, posts, "{example}\n{grids}");
        // Each day's blackout and closed schedules: one italic word each.
        let marks = cells
            .iter()
            .flat_map(|c| c.split(" · "))
            .filter(|part| part.starts_with('*') && !part.starts_with("**"))
            .count();
        assert_eq!(
            marks,
            dates_of("blackout") + dates_of("closed"),
            "{example}\n{grids}"
        );
    }
}
