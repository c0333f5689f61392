//! The staffing heat map: one column per network, one row per hour of the
//! week in the strategy's zone, shaded by how much of the hour its schedule
//! staffs, with each network's promised reply time in its heading. Tall and
//! narrow, it reads on a phone like a week planner.

use jiff::civil::{Date, date};
use jiff::tz::TimeZone;

use super::svg::{Anchor, Svg};
use super::{Picture, STYLE};
use crate::model::{self, Network, Strategy};
use crate::render::i18n::Catalogue;
use crate::time::{MINUTES_PER_DAY, MINUTES_PER_WEEK, WeekSpan};

/// The week shown when a schedule keeps another zone's hours: a Monday,
/// so that the conversion, and with it the picture, never depends on
/// today's date. Zones that change clocks are shown in their winter (in
/// the northern hemisphere) offset.
const REFERENCE_MONDAY: Date = date(2026, 1, 5);
/// Pixels per hour of the week: a day is 96 pixels tall.
const HOUR: i64 = 4;
const COLUMN: i64 = 26;
const GAP: i64 = 2;
/// The day names' column.
const DAYS: i64 = 58;
const MARGIN: i64 = 8;
/// An estimate of a heading character's width at the drawing's font size.
const CHAR: i64 = 7;
/// Headings are cut past this many characters (the text alternative and the
/// page around the picture keep the whole name).
const MAX_HEADING: usize = 40;
/// Quarters of an hour: how finely staffing is measured.
const STEPS: i64 = 4;

/// How much of one hour a schedule staffs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shade {
    Whole,
    Part,
    Nobody,
}

impl Shade {
    fn class(self) -> &'static str {
        match self {
            Shade::Whole => "whole",
            Shade::Part => "part",
            Shade::Nobody => "nobody",
        }
    }
}

/// When a network is staffed: its schedule's zone and spans of the week
/// (`None` around the clock), or nothing known (an unknown schedule).
struct Staffing {
    zone: TimeZone,
    spans: Option<Vec<WeekSpan>>,
}

impl Staffing {
    fn of(strategy: &Strategy, zone: &TimeZone, network: &Network) -> Staffing {
        let schedule = strategy.schedule_of(network);
        let zone = schedule
            .and_then(|s| s.timezone.as_ref())
            .and_then(model::Zone::get)
            .unwrap_or(zone)
            .clone();
        let spans = match schedule {
            Some(s) if s.is_always() => None,
            Some(s) => Some(s.week_spans()),
            None => Some(Vec::new()),
        };
        Staffing { zone, spans }
    }

    /// Whether the instant `local` of the strategy's zone `home` is staffed.
    fn at(&self, home: &TimeZone, local: jiff::civil::DateTime) -> bool {
        let Some(spans) = &self.spans else {
            return true;
        };
        let Ok(zoned) = local.to_zoned(home.clone()) else {
            return false;
        };
        let here = zoned.with_time_zone(self.zone.clone()).datetime();
        let day = i64::from(here.weekday().to_monday_zero_offset());
        let minute = day * MINUTES_PER_DAY + i64::from(here.hour()) * 60 + i64::from(here.minute());
        spans
            .iter()
            .any(|(from, to)| (*from..*to).contains(&(minute % MINUTES_PER_WEEK)))
    }

    /// The shade of hour `hour` (0 = Monday 00:00) of the reference week.
    fn shade(&self, home: &TimeZone, hour: i64) -> Shade {
        let staffed = (0..STEPS)
            .filter(|q| {
                let minutes = hour * 60 + q * 60 / STEPS;
                let local = REFERENCE_MONDAY
                    .to_datetime(jiff::civil::Time::midnight())
                    .checked_add(jiff::Span::new().minutes(minutes));
                local.is_ok_and(|l| self.at(home, l))
            })
            .count();
        match staffed {
            0 => Shade::Nobody,
            n if n as i64 == STEPS => Shade::Whole,
            _ => Shade::Part,
        }
    }
}

/// A heading cut to `MAX_HEADING` characters, its isolates closed.
fn cut(text: &str) -> String {
    if text.chars().count() <= MAX_HEADING {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(MAX_HEADING - 1).collect();
    cut.push('…');
    super::svg::closed(&cut)
}

/// The heat map, or `None` for a strategy without networks.
pub fn staffing(strategy: &Strategy, t: &Catalogue) -> Option<Picture> {
    if strategy.networks.is_empty() {
        return None;
    }
    let home = strategy.timezone.get().cloned().unwrap_or(TimeZone::UTC);
    let zone = strategy.timezone.as_str();
    let rtl = t.direction == "rtl";
    let headings: Vec<String> = strategy
        .networks
        .iter()
        .map(|n| {
            let platform = t.text(&format!("platform.{}", model::file_name(&n.platform)));
            let within = n
                .response_time
                .get()
                .map_or_else(|| n.response_time.to_string(), |m| t.duration(*m, true));
            cut(&t.fill(
                "pictures.staffing_column",
                &[
                    ("network", &format!("{platform} {}", n.handle)),
                    ("duration", &within),
                ],
            ))
        })
        .collect();
    let longest = headings
        .iter()
        .map(|h| h.chars().count())
        .max()
        .unwrap_or(0);
    let head = longest as i64 * CHAR + 2 * MARGIN;
    let columns = strategy.networks.len() as i64;
    let grid_width = columns * (COLUMN + GAP) - GAP;
    let legend_top = head + 7 * 24 * HOUR + 3 * MARGIN;
    let width = (MARGIN + DAYS + grid_width + MARGIN).max(260);
    let height = legend_top + 3 * 20 + MARGIN;
    let mut svg = Svg::new(width, height, rtl);

    let left = MARGIN + DAYS;
    // Days in the week order of the strategy's region.
    let week = t.week();
    for (i, (network, heading)) in strategy.networks.iter().zip(&headings).enumerate() {
        let x = left + i as i64 * (COLUMN + GAP);
        svg.text_turned(
            x + COLUMN / 2 + 4,
            head - MARGIN,
            Anchor::Start,
            "heading",
            heading,
            true,
        );
        let staffing = Staffing::of(strategy, &home, network);
        for (row, &day) in week.iter().enumerate() {
            let top = head + row as i64 * 24 * HOUR;
            let shades: Vec<Shade> = (0..24)
                .map(|h| staffing.shade(&home, day as i64 * 24 + h))
                .collect();
            // Runs of hours with the same shade make one rectangle each.
            let mut from = 0;
            for h in 1..=24 {
                if h == 24 || shades[h] != shades[from] {
                    let (y, tall) = (top + from as i64 * HOUR, (h - from) as i64 * HOUR);
                    svg.rect(x, y, COLUMN, tall, shades[from].class());
                    from = h;
                }
            }
        }
    }
    // Each day has a rule across the columns, and its name and noon beside them.
    for (row, &day) in week.iter().enumerate() {
        let top = head + row as i64 * 24 * HOUR;
        svg.hline(MARGIN, top, DAYS + grid_width, "day");
        svg.text(
            MARGIN,
            top + 14,
            Anchor::Start,
            "day",
            &t.weekday(day, true),
        );
        svg.hline(left - 6, top + 12 * HOUR, 6, "noon");
        svg.text(left - 8, top + 12 * HOUR + 4, Anchor::End, "noon", "12:00");
    }
    svg.hline(MARGIN, head + 7 * 24 * HOUR, DAYS + grid_width, "day");
    for (i, shade) in [Shade::Whole, Shade::Part, Shade::Nobody]
        .iter()
        .enumerate()
    {
        let y = legend_top + i as i64 * 20;
        svg.rect(MARGIN, y, 14, 14, shade.class());
        let words = t.text(&format!("pictures.staffing_{}", shade.class()));
        svg.text(MARGIN + 22, y + 12, Anchor::Start, "legend", &words);
    }

    let title = t.fill("pictures.staffing_title", &[("zone", zone)]);
    let description = t.fill("pictures.staffing_description", &[("zone", zone)]);
    Some(Picture {
        file: "staffing.svg",
        svg: svg.finish(&t.language_id(), &title, &description, STYLE),
        title,
    })
}
