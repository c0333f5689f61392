//! Reply templates: they parse, use only the reply variables, avoid the
//! phrases the voice bans, and fit each network's reply limit.

use std::collections::BTreeSet;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::model::{Network, Strategy, Template};
use crate::replies::{self, MAX_RENDERED_BYTES, VARIABLES, environment};

use super::context::lowercase;
use super::{Context, declare_rule};

declare_rule! {
    /// ## What it checks
    /// That every template (reply texts, `sign_off`, `out_of_hours_reply`,
    /// `holding_statement`) is valid minijinja and renders.
    ///
    /// ## Why it matters
    /// A broken template is found by the person who needs it most: the agent
    /// pasting a reply at 8 a.m., or the manager posting a holding statement in
    /// a crisis.
    ///
    /// ## Example
    /// ```toml
    /// text = "Thanks {{ follower }!"
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// text = "Thanks {{ follower }}!"
    /// ```
    pub static TEMPLATE_SYNTAX = Some(check_syntax);
}

declare_rule! {
    /// ## What it checks
    /// That templates use only the reply variables: `follower`, `agent`,
    /// `brand`, `network`, `availability`, `next_update` and `link`.
    ///
    /// ## Why it matters
    /// An unknown variable renders as nothing: "Hi , thanks for your message"
    /// is what the follower would read.
    ///
    /// ## Example
    /// ```toml
    /// text = "Hi {{ customer }}, thanks for your message."
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// text = "Hi {{ follower }}, thanks for your message."
    /// ```
    pub static UNKNOWN_TEMPLATE_VARIABLE = Some(check_variables);
}

declare_rule! {
    /// ## What it checks
    /// That no reply template, sign-off or out-of-hours reply contains a
    /// phrase of `voice.avoid` or the `avoid` text of a `voice.substitutions`
    /// entry, compared case-insensitively. Crisis holding statements are
    /// public statements, not replies, and are not checked.
    ///
    /// ## Why it matters
    /// The avoid list is the team's agreement on how not to sound: press-release
    /// phrasing and jargon. A template that breaks it teaches every new agent
    /// the wrong voice.
    ///
    /// ## Example
    /// ```toml
    /// [voice]
    /// avoid = ["we apologize for any inconvenience"]
    /// # …
    /// text = "We apologize for any inconvenience, {{ follower }}."
    /// ```
    ///
    /// ## Fix
    /// Say it in the brand's own words: `"Sorry about this, {{ follower }}: that's on us."`
    pub static AVOIDED_PHRASE = Some(check_avoided);
}

declare_rule! {
    /// ## What it checks
    /// That each reply template, with the sign-off appended and rendered with
    /// sample values (a 15-character follower name, a 10-character agent name,
    /// a 23-character link, the real brand, handle and availability statement),
    /// fits the reply limit of every network it is for, counted the way that
    /// platform counts (X weighs URLs as 23 and many scripts as 2; Bluesky
    /// counts graphemes; others count characters). `reply_limit` on a network
    /// overrides the platform's limit. `commstrat rules` cites the source of
    /// each limit. Out-of-hours replies are checked against the networks that
    /// use their schedule.
    ///
    /// ## Why it matters
    /// A reply that does not fit is cut or refused by the platform, usually
    /// while a follower is waiting.
    ///
    /// ## Example
    /// A 200-character reply with no `networks` in a strategy with a TikTok
    /// network (150 characters).
    ///
    /// ## Fix
    /// Shorten the reply, or give it `networks = [...]` so that the long
    /// version is used only where it fits, with a short one for the others.
    pub static REPLY_OVER_LIMIT = Some(check_lengths);
}

/// A template of the file, compiled once for every rule that reads it.
pub(crate) struct Compiled<'a> {
    pub pointer: String,
    pub origin: Origin,
    pub text: &'a str,
    pub compiled: Result<minijinja::Template<'a, 'a>, minijinja::Error>,
    /// The names the template reads (none when it does not compile).
    pub variables: BTreeSet<String>,
}

/// Where a template is in the file (indices into the model's lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    SignOff,
    OutOfHours { schedule: usize },
    Reply { playbook: usize, reply: usize },
    Holding { scenario: usize },
}

/// Every template of the file with its pointer, compiled, in file order.
pub(crate) fn compile_all(s: &Strategy) -> Vec<Compiled<'_>> {
    let mut found: Vec<(Origin, String, &Template)> = Vec::new();
    if let Some(t) = &s.voice.sign_off {
        found.push((Origin::SignOff, "/voice/sign_off".to_string(), t));
    }
    for (i, schedule) in s.schedules.iter().enumerate() {
        if let Some(t) = &schedule.out_of_hours_reply {
            let pointer = pointer!("/schedules/", i, "/out_of_hours_reply");
            found.push((Origin::OutOfHours { schedule: i }, pointer, t));
        }
    }
    for (i, p) in s.playbooks.iter().enumerate() {
        for (j, r) in p.replies.iter().enumerate() {
            let pointer = pointer!("/playbooks/", i, "/replies/", j, "/text");
            found.push((
                Origin::Reply {
                    playbook: i,
                    reply: j,
                },
                pointer,
                &r.text,
            ));
        }
    }
    if let Some(c) = &s.crisis {
        for (i, sc) in c.scenarios.iter().enumerate() {
            let pointer = pointer!("/crisis/scenarios/", i, "/holding_statement");
            found.push((
                Origin::Holding { scenario: i },
                pointer,
                &sc.holding_statement,
            ));
        }
    }
    let env = environment();
    found
        .into_iter()
        .map(|(origin, pointer, template)| {
            let compiled = env.template_from_str(template.as_str());
            let variables = compiled
                .as_ref()
                .map(|t| t.undeclared_variables(false).into_iter().collect())
                .unwrap_or_default();
            Compiled {
                pointer,
                origin,
                text: template.as_str(),
                compiled,
                variables,
            }
        })
        .collect()
}

fn check_syntax(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, template) in ctx.templates().iter().enumerate() {
        let render_error;
        let error = match &template.compiled {
            Err(e) => Some(e),
            Ok(_) => {
                render_error = ctx.render(i, ctx.strategy.networks.first()).err();
                render_error.as_ref()
            }
        };
        if let Some(e) = error {
            let line = e
                .line()
                .map(|l| format!(" (line {l} of the template)"))
                .unwrap_or_default();
            let detail = match e.kind() {
                minijinja::ErrorKind::WriteFailure => format!(
                    "the rendered text is longer than {} KiB",
                    MAX_RENDERED_BYTES / 1024
                ),
                _ => e
                    .detail()
                    .map(str::to_string)
                    .unwrap_or_else(|| e.kind().to_string()),
            };
            out.push(
                Diagnostic::new(&codes::TEMPLATE_SYNTAX, ctx.value(&template.pointer), format!("template error: {detail}{line}"))
                    .with_help("templates are minijinja: write variables as {{ follower }}; put a literal \"{{\" inside {% raw %}…{% endraw %}"),
            );
        }
    }
}

fn check_variables(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let env = environment();
    for template in ctx.templates() {
        // Templates that do not compile have no variables here; they are
        // reported by template-syntax.
        // Functions such as `range` are globals of the engine, not variables.
        let unknown: BTreeSet<&String> = template
            .variables
            .iter()
            .filter(|v| !VARIABLES.contains(&v.as_str()) && !env.globals().any(|(g, _)| g == *v))
            .collect();
        for name in unknown {
            let suggestion = crate::suggest::did_you_mean(name, VARIABLES);
            let help = match suggestion {
                Some(best) => format!("did you mean `{best}`? Variables: {}", VARIABLES.join(", ")),
                None => format!("the variables are: {}", VARIABLES.join(", ")),
            };
            out.push(
                Diagnostic::new(
                    &codes::UNKNOWN_TEMPLATE_VARIABLE,
                    variable_span(ctx, &template.pointer, name),
                    format!("unknown template variable `{name}`"),
                )
                .with_help(help),
            );
        }
    }
}

/// The span of the variable `name` inside a `{{ }}` or `{% %}` tag of the
/// template at `pointer`; the whole value when it cannot be found as written.
fn variable_span(ctx: &Context<'_>, pointer: &str, name: &str) -> std::ops::Range<usize> {
    let span = ctx.value(pointer);
    let raw = &ctx.source.text[span.clone()];
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut from = 0;
    while let Some(found) = raw[from..].find(name) {
        let at = from + found;
        let before = &raw[..at];
        let opened = before.rfind("{{").max(before.rfind("{%"));
        let closed = before.rfind("}}").max(before.rfind("%}"));
        let whole_word =
            !before.ends_with(is_ident) && !raw[at + name.len()..].starts_with(is_ident);
        if opened > closed && whole_word {
            return span.start + at..span.start + at + name.len();
        }
        from = at + name.len();
    }
    span
}

fn check_avoided(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let voice = &ctx.strategy.voice;
    let mut banned: Vec<(&str, Option<&str>)> =
        voice.avoid.iter().map(|a| (a.as_str(), None)).collect();
    banned.extend(
        voice
            .substitutions
            .iter()
            .map(|s| (s.avoid.as_str(), Some(s.prefer.as_str()))),
    );
    // Holding statements are statements, not replies (the format's `avoid`
    // is about replies).
    let replies = ctx
        .templates()
        .iter()
        .filter(|t| !t.pointer.starts_with("/crisis/"))
        .map(|t| (t.pointer.as_str(), t.text));
    // Each phrase and each template is lowercased once.
    let banned: Vec<(&str, Option<&str>, String)> = banned
        .into_iter()
        .filter(|(phrase, _)| !phrase.trim().is_empty())
        .map(|(phrase, prefer)| (phrase, prefer, lowercase(phrase)))
        .collect();
    for (pointer, template) in replies {
        let lowered = lowercase(template);
        for (phrase, prefer, lowered_phrase) in &banned {
            if !lowered.contains(lowered_phrase.as_str()) {
                continue;
            }
            let help = match prefer {
                Some(prefer) => format!("say \"{prefer}\" instead (voice.substitutions)"),
                None => "rephrase in the brand's own words (voice.avoid)".to_string(),
            };
            out.push(
                Diagnostic::new(
                    &codes::AVOIDED_PHRASE,
                    ctx.within_value(pointer, phrase),
                    format!("template contains \"{phrase}\", which the voice avoids"),
                )
                .with_help(help),
            );
        }
    }
}

fn check_lengths(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let s = ctx.strategy;
    let templates = ctx.templates();
    // Templates that do not compile or render are reported by
    // template-syntax. None: no sign-off; Some(Err): one that does not compile.
    let sign_off = templates
        .iter()
        .find(|t| t.origin == Origin::SignOff)
        .map(|t| t.compiled.as_ref());
    for template in templates {
        // The networks a reply is for, and the sign-off appended to it.
        let (networks, sign_off): (Vec<&Network>, _) = match template.origin {
            Origin::Reply { playbook, reply } => {
                let Some(p) = s.playbooks.get(playbook) else {
                    continue;
                };
                let Some(r) = p.replies.get(reply) else {
                    continue;
                };
                (replies::reply_networks(s, p, r), sign_off)
            }
            Origin::OutOfHours { schedule } => {
                let Some(schedule) = s.schedules.get(schedule) else {
                    continue;
                };
                let networks = s.networks.iter().filter(|n| n.schedule == schedule.id);
                (networks.collect(), None)
            }
            Origin::SignOff | Origin::Holding { .. } => continue,
        };
        let (Ok(text), Ok(sign_off)) = (&template.compiled, sign_off.transpose()) else {
            continue;
        };
        for network in networks {
            // Templates that do not render are reported by template-syntax.
            let Ok(Some(length)) = replies::length_on(s, text, sign_off, network) else {
                continue;
            };
            if length.count <= length.limit {
                continue;
            }
            let origin = if length.network_limit {
                "its reply_limit"
            } else {
                "the platform's limit"
            };
            out.push(
                Diagnostic::new(
                    &codes::REPLY_OVER_LIMIT,
                    ctx.value(&template.pointer),
                    format!(
                        "reply is {} long on network `{}` ({}), over {origin} of {}",
                        length.count,
                        network.id,
                        network.platform.as_str(),
                        length.limit
                    ),
                )
                .with_help(format!(
                    "shorten it by {} (sign-off and sample values included), or limit it to other networks with `networks = [...]`",
                    length.count - length.limit
                )),
            );
        }
    }
}
