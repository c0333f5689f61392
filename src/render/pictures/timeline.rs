//! A crisis level's timeline, drawn top to bottom from the moment the
//! crisis is declared: the first public statement's deadline, the next
//! public updates, and each call its scenarios make, with its channel and
//! time limit. A column of dots and wrapped lines: it reads on a phone.

use super::svg::{Anchor, Svg, wrap};
use super::{Picture, STYLE};
use crate::model::{Level, Strategy};
use crate::render::i18n::Catalogue;

const WIDTH: i64 = 360;
const MARGIN: i64 = 8;
/// The line the dots sit on, and where the text starts.
const LINE: i64 = MARGIN + 8;
const TEXT: i64 = LINE + 16;
/// Characters per line of an event's text, at the drawing's font size.
const CHARS: usize = 46;
const LINE_HEIGHT: i64 = 16;
/// Public updates drawn after the first statement.
const UPDATES: i64 = 3;

/// What happens at a moment of the timeline, in the order shown when two
/// share a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Start,
    Call,
    Statement,
    Update,
}

impl Kind {
    fn class(self) -> &'static str {
        match self {
            Kind::Start => "start",
            Kind::Call => "call",
            Kind::Statement => "statement",
            Kind::Update => "update",
        }
    }
}

/// The timeline of `level`, or `None` when its deadline does not parse.
pub fn timeline(strategy: &Strategy, level: &Level, t: &Catalogue) -> Option<Picture> {
    let respond = *level.respond_within.get()?;
    let mut events: Vec<(i64, Kind, String)> = vec![
        (0, Kind::Start, t.text("pictures.timeline_start")),
        (
            respond,
            Kind::Statement,
            t.text("pictures.timeline_statement"),
        ),
    ];
    if let Some(&every) = level.update_every.as_ref().and_then(|u| u.get()) {
        for k in (1..=UPDATES).filter(|_| every > 0) {
            events.push((
                respond + k * every,
                Kind::Update,
                t.text("pictures.timeline_update"),
            ));
        }
    }
    let role = |id: &crate::model::Id| {
        strategy
            .roles
            .iter()
            .find(|r| r.id == *id)
            .map_or_else(|| id.to_string(), |r| r.name.clone())
    };
    let scenarios: Vec<_> = strategy
        .crisis
        .iter()
        .flat_map(|c| &c.scenarios)
        .filter(|s| s.level == u64::from(level.level))
        .collect();
    for scenario in &scenarios {
        for step in &scenario.escalation {
            let Some(&after) = step.after.get() else {
                continue;
            };
            let names: Vec<String> = step.notify.iter().map(role).collect();
            let mut text = t.fill(
                "pictures.timeline_call",
                &[("roles", &names.join(&t.text("list_separator")))],
            );
            if let Some(via) = &step.via {
                text = format!("{text} · {via}");
            }
            if let Some(&within) = step.respond_within.as_ref().and_then(|d| d.get()) {
                let limit = t.fill(
                    "crisis.answer_within",
                    &[("duration", &t.duration(within, true))],
                );
                text = format!("{text} · {limit}");
            }
            if scenarios.len() > 1 {
                text = format!("{text} ({})", scenario.name);
            }
            events.push((after, Kind::Call, text));
        }
    }
    events.sort_by_key(|e| (e.0, e.1));

    let rtl = t.direction == "rtl";
    // Each event: its moment in bold when it is a new one, then its text.
    let mut blocks: Vec<(Kind, Option<String>, Vec<String>)> = Vec::new();
    let mut previous = None;
    for (minutes, kind, text) in &events {
        let shown = (previous != Some(*minutes)).then(|| t.moment(*minutes));
        previous = Some(*minutes);
        blocks.push((*kind, shown, wrap(text, CHARS)));
    }
    let block_height = |(_, shown, lines): &(Kind, Option<String>, Vec<String>)| {
        (lines.len() as i64 + i64::from(shown.is_some())) * LINE_HEIGHT + 10
    };
    let height = MARGIN * 2 + blocks.iter().map(block_height).sum::<i64>();
    let mut svg = Svg::new(WIDTH, height, rtl);
    let first = MARGIN + 8;
    let last = height - MARGIN - block_height(blocks.last()?) + 8;
    svg.vline(LINE, first, (last - first).max(0), "axis");
    let mut y = MARGIN + 12;
    for block in &blocks {
        let (kind, shown, lines) = block;
        svg.dot(LINE, y - 4, 5, kind.class());
        let mut line_y = y;
        if let Some(shown) = shown {
            svg.text(TEXT, line_y, Anchor::Start, "moment", shown);
            line_y += LINE_HEIGHT;
        }
        for line in lines {
            svg.text(TEXT, line_y, Anchor::Start, "event", line);
            line_y += LINE_HEIGHT;
        }
        y += block_height(block);
    }

    let heading = t.fill_with(
        "crisis.level_heading",
        &[
            (
                "level",
                crate::render::i18n::Arg::Number(i64::from(level.level)),
            ),
            ("name", crate::render::i18n::Arg::Text(&level.name)),
        ],
    );
    let title = t.fill("pictures.timeline_title", &[("level", &heading)]);
    let description = events
        .iter()
        .map(|(m, _, text)| format!("{}: {text}", t.moment(*m)))
        .collect::<Vec<_>>()
        .join(" — ");
    Some(Picture {
        file: FILES[usize::from(level.level.clamp(1, 5)) - 1],
        svg: svg.finish(&t.language_id(), &title, &description, STYLE),
        title,
    })
}

/// The file of each level's timeline, level 1 to 5.
pub const FILES: [&str; 5] = [
    "crisis-level-1.svg",
    "crisis-level-2.svg",
    "crisis-level-3.svg",
    "crisis-level-4.svg",
    "crisis-level-5.svg",
];
