//! A month of the content calendar as a wall calendar: how many posts go
//! out each day, and the days nothing does (blackouts, closed days), with
//! their reasons under the grid. The month shown is the first of the
//! calendar's first year with a blackout or a closed day, else its first.

use jiff::civil::Date;

use super::svg::{Anchor, Svg, wrap};
use super::{Picture, STYLE};
use crate::model::Strategy;
use crate::render::calendar::days::{column, tally};
use crate::render::calendar::{Occurrence, first_year};
use crate::render::i18n::{Arg, Catalogue};

const MARGIN: i64 = 8;
const CELL_W: i64 = 48;
const CELL_H: i64 = 44;
const HEAD: i64 = 52;
const LINE_HEIGHT: i64 = 16;
/// Characters per line of a reason under the grid.
const CHARS: usize = 50;
/// Reasons listed under the grid; past it, the page lists them all.
const MAX_REASONS: usize = 8;

/// The month view, or `None` without a calendar to expand.
pub fn month(strategy: &Strategy, t: &Catalogue) -> Option<Picture> {
    let (_, occurrences) = first_year(strategy)?;
    let pause = |o: &Occurrence| !o.is_post();
    let first = occurrences
        .iter()
        .find(|o| pause(o))
        .or_else(|| occurrences.first())?
        .day()
        .first_of_month();
    let last = first.last_of_month();
    let days = tally(&occurrences, first, last);
    // Reasons in date order, each once, with the first day it applies.
    let mut reasons: Vec<(Date, String)> = Vec::new();
    for o in occurrences
        .iter()
        .filter(|o| pause(o) && (first..=last).contains(&o.day()))
    {
        if !reasons.iter().any(|(_, r)| *r == o.title) {
            reasons.push((o.day(), o.title.clone()));
        }
    }
    reasons.sort();

    let rtl = t.direction == "rtl";
    let week = t.week();
    let offset = column(first, week) as i64;
    let rows = (offset + i64::from(last.day()) + 6) / 7;
    let width = MARGIN * 2 + 7 * CELL_W;
    let number = |n: i64| t.fill_with("pictures.number", &[("n", Arg::Number(n))]);
    let reason_lines: Vec<Vec<String>> = reasons
        .iter()
        .take(MAX_REASONS)
        .map(|(d, r)| wrap(&format!("{} — {r}", number(i64::from(d.day()))), CHARS))
        .collect();
    let grid_bottom = HEAD + rows * CELL_H;
    let legend_top = grid_bottom + 16;
    let reasons_top = legend_top + 3 * 20 + 8;
    let height = reasons_top
        + reason_lines
            .iter()
            .map(|l| l.len() as i64 * LINE_HEIGHT + 4)
            .sum::<i64>()
        + MARGIN;
    let mut svg = Svg::new(width, height, rtl);

    svg.text(MARGIN, 20, Anchor::Start, "month", &t.month(first));
    for (i, day) in week.iter().enumerate() {
        let x = MARGIN + i as i64 * CELL_W;
        svg.text(
            x + CELL_W / 2,
            HEAD - 8,
            Anchor::Middle,
            "weekday",
            &t.weekday(*day, true),
        );
    }
    let mut date = first;
    for cell in offset..offset + i64::from(last.day()) {
        let (x, y) = (MARGIN + (cell % 7) * CELL_W, HEAD + (cell / 7) * CELL_H);
        let held = days.get(&date);
        let class = match held {
            Some(d) if d.blackout => "blackout",
            Some(d) if d.closed => "closed",
            _ => "day",
        };
        svg.rect(x + 1, y + 1, CELL_W - 2, CELL_H - 2, class);
        svg.text(
            x + 5,
            y + 14,
            Anchor::Start,
            "date",
            &number(i64::from(date.day())),
        );
        if let Some(posts) = held.map(|d| d.posts).filter(|p| *p > 0) {
            svg.rect(x + CELL_W - 26, y + CELL_H - 18, 22, 14, "posts");
            let count = number(i64::try_from(posts).unwrap_or(i64::MAX));
            svg.text(
                x + CELL_W - 15,
                y + CELL_H - 7,
                Anchor::Middle,
                "count",
                &count,
            );
        }
        date = date.tomorrow().unwrap_or(date);
    }
    for (i, (class, key)) in [
        ("posts", "month_posts"),
        ("blackout", "month_blackout"),
        ("closed", "month_closed"),
    ]
    .iter()
    .enumerate()
    {
        let y = legend_top + i as i64 * 20;
        svg.rect(MARGIN, y, 22, 14, class);
        svg.text(
            MARGIN + 30,
            y + 11,
            Anchor::Start,
            "legend",
            &t.text(&format!("pictures.{key}")),
        );
    }
    let mut y = reasons_top;
    for lines in &reason_lines {
        for line in lines {
            svg.text(MARGIN, y, Anchor::Start, "legend", line);
            y += LINE_HEIGHT;
        }
        y += 4;
    }

    let month = t.month(first);
    let title = t.fill("pictures.month_title", &[("month", &month)]);
    let posts: usize = days.values().map(|d| d.posts).sum();
    let description = t.fill_with(
        "pictures.month_description",
        &[
            (
                "posts",
                Arg::Number(i64::try_from(posts).unwrap_or(i64::MAX)),
            ),
            (
                "pauses",
                Arg::Number(
                    i64::try_from(days.values().filter(|d| d.blackout || d.closed).count())
                        .unwrap_or(0),
                ),
            ),
        ],
    );
    Some(Picture {
        file: "month.svg",
        svg: svg.finish(&t.language_id(), &title, &description, STYLE),
        title,
    })
}
