//! `lint`: drafts held to a strategy. Each draft of a file (`input`) is
//! checked on the networks and the surface it goes to: the phrases the
//! voice avoids, the platform's limits, placeholders left in, the
//! sign-off, the grammatical person and emoji of the network's voice
//! (`voice`), and the pause of a declared crisis. Findings are the same
//! `Diagnostic`s `check` reports, placed in the draft's file; fixes
//! (`fix`) are edits of the file's bytes.

mod fix;
pub mod input;
mod voice;

use std::collections::BTreeMap;
use std::ops::Range;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::fold::{Folded, fold};
use crate::model::{Avoided, Level, Network, PlaybookKind, Strategy};
use crate::platforms::{self, Surface};
use crate::source::Source;

pub use fix::{Edit, fixes};
pub use input::{Draft, Format};

/// What a lint run holds drafts to: the strategy, and what the command
/// line says of the drafts (a draft's own front matter or columns say more).
#[derive(Debug, Clone, Copy)]
pub struct Settings<'a> {
    pub strategy: &'a Strategy,
    /// `--network`: the network of drafts that do not name theirs.
    pub network: Option<&'a Network>,
    /// `--surface`: the surface of drafts that do not name theirs.
    pub surface: Option<Surface>,
    /// `--kind`: the drafts answer this kind of message; they are replies.
    pub kind: Option<PlaybookKind>,
    /// `--crisis`: the level declared now.
    pub crisis: Option<&'a Level>,
    /// `--set`: values for the sign-off's variables, for `--fix`.
    pub values: &'a BTreeMap<String, String>,
}

/// A draft with what it resolved to.
pub(crate) struct Target<'a> {
    pub draft: &'a Draft,
    /// The networks it goes to: the one named, or every network.
    pub networks: Vec<&'a Network>,
    /// Named (by the draft or `--network`): its voice applies.
    pub named: Option<&'a Network>,
    pub surface: Surface,
    /// A reply: a sign-off is due.
    pub reply: bool,
}

/// Every finding of every draft of `source`, placed in the file.
pub fn lint(settings: &Settings<'_>, source: &Source, drafts: &[Draft]) -> Vec<Diagnostic> {
    let format = Format::of(&source.path);
    // Folded once for the run, not once a draft.
    let banned = settings.strategy.voice.avoided();
    let mut out = Vec::new();
    for draft in drafts {
        let Some(target) = resolve(settings, draft, format, &mut out) else {
            continue;
        };
        check(settings, &banned, &target, &mut out);
    }
    out
}

/// The networks and surface of `draft`; a name that matches nothing is a
/// finding, and the draft is then not checked further.
fn resolve<'a>(
    settings: &Settings<'a>,
    draft: &'a Draft,
    format: Format,
    out: &mut Vec<Diagnostic>,
) -> Option<Target<'a>> {
    let s = settings.strategy;
    let named = match &draft.network {
        Some(name) => {
            let Some(n) = s.networks.iter().find(|n| n.id.as_str() == name.value) else {
                let ids = s.networks.iter().map(|n| n.id.as_str());
                let hint = crate::suggest::did_you_mean(&name.value, ids)
                    .map(|n| format!("did you mean `{n}`? "))
                    .unwrap_or_default();
                out.push(
                    Diagnostic::new(
                        &codes::UNKNOWN_REFERENCE,
                        name.span.clone(),
                        format!("the strategy has no network `{}`", name.value),
                    )
                    .with_help(format!(
                        "{hint}name one of the strategy's networks ({})",
                        ids_of(s)
                    )),
                );
                return None;
            };
            Some(n)
        }
        None => settings.network,
    };
    let from_kind = settings.kind.and_then(|k| kind_surface(s, k, named));
    let surface = match &draft.surface {
        Some(name) => {
            let Ok(surface) = <Surface as clap::ValueEnum>::from_str(&name.value, true) else {
                out.push(
                    Diagnostic::new(
                        &codes::INVALID_VALUE,
                        name.span.clone(),
                        format!("`{}` is not a surface", name.value),
                    )
                    .with_help("write reply, dm, review or post"),
                );
                return None;
            };
            surface
        }
        None => settings.surface.or(from_kind).unwrap_or(match format {
            // A CSV is a batch of scheduled posts (Sprout's bulk import).
            Format::Csv => Surface::Post,
            Format::Text | Format::Markdown => Surface::Reply,
        }),
    };
    let networks = match named {
        Some(n) => vec![n],
        None => s.networks.iter().collect(),
    };
    Some(Target {
        draft,
        networks,
        named,
        surface,
        reply: settings.kind.is_some() || surface != Surface::Post,
    })
}

/// The surface a playbook of `kind` answers on: its replies' channel when
/// they agree (on `network`, when named).
fn kind_surface(s: &Strategy, kind: PlaybookKind, network: Option<&Network>) -> Option<Surface> {
    let mut surfaces = s
        .playbooks
        .iter()
        .filter(|p| p.kind == kind)
        .flat_map(|p| {
            p.replies.iter().filter(move |r| {
                network.is_none_or(|n| {
                    crate::replies::reply_networks(s, p, r)
                        .iter()
                        .any(|m| m.id == n.id)
                })
            })
        })
        .map(|r| Surface::of(r.channel));
    let first = surfaces.next()?;
    surfaces.all(|s| s == first).then_some(first)
}

/// The ids of the strategy's networks, for a hint.
fn ids_of(s: &Strategy) -> String {
    s.networks
        .iter()
        .map(|n| format!("`{}`", n.id.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn check(
    settings: &Settings<'_>,
    banned: &[Avoided<'_>],
    t: &Target<'_>,
    out: &mut Vec<Diagnostic>,
) {
    let folded = fold(&t.draft.text);
    avoided(banned, t.draft, &folded, out);
    limits(t, out);
    voice::placeholders(t.draft, out);
    if t.reply {
        voice::sign_off(settings, t.draft, out);
    }
    voice::person(settings.strategy, t, &folded, out);
    voice::emoji(settings.strategy, t, out);
    if let Some(level) = settings.crisis
        && level.pause_scheduled_posts == Some(true)
        && t.surface == Surface::Post
    {
        out.push(
            Diagnostic::new(
                &codes::PAUSED_BY_CRISIS,
                t.draft.span(first_line(&t.draft.text)),
                format!(
                    "crisis level {} (\"{}\") pauses scheduled posts: this post must not go out while it lasts",
                    level.level, level.name
                ),
            )
            .with_help("hold it until the all-clear; post the holding statement or an update instead"),
        );
    }
}

/// The first line of `text`, as a range of it.
pub(crate) fn first_line(text: &str) -> Range<usize> {
    0..text.find(['\n', '\r']).unwrap_or(text.len())
}

/// The phrases the voice avoids (`voice.avoid`, `voice.substitutions`),
/// found through the same folding as `check`'s CS307.
fn avoided(banned: &[Avoided<'_>], draft: &Draft, folded: &Folded, out: &mut Vec<Diagnostic>) {
    for b in banned {
        for range in folded.find_all(&b.folded) {
            let said = &draft.text[range.clone()];
            let help = match b.prefer {
                Some(p) => format!("say \"{p}\" instead (voice.substitutions); --fix replaces it"),
                None => "rephrase in the brand's own words (voice.avoid)".to_string(),
            };
            out.push(
                Diagnostic::new(
                    &codes::DRAFT_AVOIDED_PHRASE,
                    draft.span(range),
                    format!("the draft says \"{said}\", which the voice avoids"),
                )
                .with_help(help),
            );
        }
    }
}

/// The surface's limits on each network the draft goes to; a surface the
/// platform does not have is CS310.
fn limits(t: &Target<'_>, out: &mut Vec<Diagnostic>) {
    let draft = t.draft;
    for network in &t.networks {
        if !platforms::exists(network.platform, t.surface) {
            out.push(
                Diagnostic::new(
                    &codes::NO_SUCH_SURFACE,
                    draft.span(first_line(&draft.text)),
                    format!(
                        "{} has no {}: this draft for network `{}` cannot be sent there",
                        network.platform.as_str(),
                        t.surface.words(),
                        network.id
                    ),
                )
                .with_help("send it on a surface the platform has (`commstrat platforms` lists them), or on another network"),
            );
            continue;
        }
        for excess in platforms::excesses(&draft.text, network, t.surface) {
            let start = if excess.limit.unit.is_length() {
                platforms::cut(&draft.text, excess.limit)
            } else {
                0
            };
            out.push(
                Diagnostic::new(
                    &codes::DRAFT_OVER_LIMIT,
                    draft.span(start..draft.text.len()),
                    excess.message("draft", network, t.surface),
                )
                .with_help(format!(
                    "counted in {}; {}",
                    excess.limit.unit.counted(excess.limit.url),
                    excess.change()
                )),
            );
        }
    }
}
