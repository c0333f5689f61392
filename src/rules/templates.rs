//! Reply templates: they parse, use only the reply variables, avoid the
//! phrases the voice bans, and fit each network's reply limit.

use std::collections::BTreeSet;
use std::rc::Rc;

use memchr::memmem::Finder;

use crate::diagnostics::Diagnostic;
use crate::load::pointer;
use crate::model::{Network, Strategy, Template};
use crate::replies::{self, MAX_RENDERED_BYTES, VARIABLES, environment};

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
    pub static TEMPLATE_SYNTAX = ("CS306", "template-syntax", Error, Some(check_syntax));
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
    pub static UNKNOWN_TEMPLATE_VARIABLE = ("CS305", "unknown-template-variable", Error, Some(check_variables));
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
    pub static AVOIDED_PHRASE = ("CS307", "avoided-phrase", Error, Some(check_avoided));
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
    pub static REPLY_OVER_LIMIT = ("CS308", "reply-over-limit", Error, Some(check_lengths));
}

/// A template of the file, compiled once for every rule that reads it.
pub(crate) struct Compiled<'a> {
    pub pointer: String,
    pub origin: Origin,
    pub text: &'a str,
    pub compiled: Result<Engine<'a>, minijinja::Error>,
    /// The names the template reads (none when it does not compile).
    pub variables: BTreeSet<String>,
    /// `replies::same_on_every_network` of `variables`, asked once.
    pub same_everywhere: bool,
}

/// Where a template is in the file (indices into the model's lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    SignOff,
    OutOfHours { schedule: usize },
    Reply { playbook: usize, reply: usize },
    Holding { scenario: usize },
}

/// What renders a template: the plain-reply reader, or minijinja.
pub(crate) enum Engine<'a> {
    Plain(replies::Plain<'a>),
    Jinja(minijinja::Template<'a, 'a>),
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
            let (compiled, variables) = match replies::Plain::parse(template.as_str()) {
                Some(plain) => {
                    let variables = plain.variables();
                    (Ok(Engine::Plain(plain)), variables)
                }
                None => match env.template_from_str(template.as_str()) {
                    Ok(t) => {
                        let variables = t.undeclared_variables(false).into_iter().collect();
                        (Ok(Engine::Jinja(t)), variables)
                    }
                    Err(e) => (Err(e), BTreeSet::new()),
                },
            };
            Compiled {
                pointer,
                origin,
                text: template.as_str(),
                compiled,
                same_everywhere: replies::same_on_every_network(&variables),
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
                render_error.as_deref()
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
                Diagnostic::new(&TEMPLATE_SYNTAX, ctx.value(&template.pointer), format!("template error: {detail}{line}"))
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
                    &UNKNOWN_TEMPLATE_VARIABLE,
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
    // Lowercase each phrase once, and each template once; the exact span
    // is only worked out for a template that contains a phrase.
    // Each phrase's searcher is built once for all templates.
    let banned: Vec<(&str, Option<&str>, Finder<'static>)> = banned
        .into_iter()
        .filter(|(phrase, _)| !phrase.trim().is_empty())
        .map(|(phrase, prefer)| {
            let finder = Finder::new(lower(phrase).as_bytes()).into_owned();
            (phrase, prefer, finder)
        })
        .collect();
    if banned.is_empty() {
        return;
    }
    for (pointer, template) in replies {
        let lowered = lower(template);
        for (phrase, prefer, finder) in &banned {
            if finder.find(lowered.as_bytes()).is_none() {
                continue;
            }
            let help = match prefer {
                Some(prefer) => format!("say \"{prefer}\" instead (voice.substitutions)"),
                None => "rephrase in the brand's own words (voice.avoid)".to_string(),
            };
            out.push(
                Diagnostic::new(
                    &AVOIDED_PHRASE,
                    ctx.within_value(pointer, phrase),
                    format!("template contains \"{phrase}\", which the voice avoids"),
                )
                .with_help(help),
            );
        }
    }
}

/// Lowercased the way `find_case_insensitive` lowercases, char by char, so
/// that a miss here is a miss there. Looking a character up in Unicode's
/// case tables costs more than the rest of the loop, so the blocks the
/// examples are written in are told by their UTF-8 bytes: ASCII, Latin-1
/// (French's accented capitals), Hebrew to Arabic Extended-A (U+0590–U+08FF),
/// general punctuation (U+2000–U+206F) and the emoji and symbol blocks
/// (U+1F000–U+1FAFF), which have no case. A test lowercases every character.
fn lower(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // Bytes up to `copied` are in `out`. Runs of ASCII and of characters
    // that are their own lowercase are copied at once, ASCII letters as
    // they are: one pass lowercases them all at the end (UTF-8 keeps every
    // byte of a longer character above ASCII, so that pass touches no other
    // character).
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        let lead = bytes[at];
        let next = bytes.get(at + 1).copied().unwrap_or(0);
        let width = match lead {
            // A run of ASCII at once.
            0x00..=0x7F => bytes[at..]
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(bytes.len() - at),
            // U+0080–U+00BF: no letter with another lowercase.
            0xC2 => 2,
            // U+00C0–U+00FF: `À`–`Þ` but `×` become the character 32 on.
            0xC3 if (0x80..=0x9E).contains(&next) && next != 0x97 => {
                out.push_str(&text[copied..at]);
                out.push(char::from(0xE0 + (next - 0x80)));
                at += 2;
                copied = at;
                continue;
            }
            0xC3 => 2,
            // U+0590–U+07FF, then U+0800–U+08FF: Hebrew to Arabic Extended-A.
            0xD6 if next >= 0x90 => 2,
            0xD7..=0xDF => 2,
            0xE0 if (0xA0..=0xA3).contains(&next) => 3,
            // U+2000–U+206F: general punctuation.
            0xE2 if next == 0x80 || (next == 0x81 && bytes.get(at + 2) < Some(&0xB0)) => 3,
            // U+1F000–U+1FAFF: the emoji and symbol blocks.
            0xF0 if next == 0x9F && bytes.get(at + 2) < Some(&0xAC) => 4,
            _ => 0,
        };
        if width > 0 {
            at += width;
            continue;
        }
        // Any other character: Unicode's case tables. The text is UTF-8 and
        // `at` is on a character's first byte, so there is one.
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let lowered = c.to_lowercase();
        if !lowered.clone().eq(std::iter::once(c)) {
            out.push_str(&text[copied..at]);
            out.extend(lowered);
            copied = at + c.len_utf8();
        }
        at += c.len_utf8();
    }
    out.push_str(&text[copied..]);
    out.make_ascii_lowercase();
    out
}

fn check_lengths<'a>(ctx: &Context<'a>, out: &mut Vec<Diagnostic>) {
    let s = ctx.strategy;
    let templates = ctx.templates();
    // Templates that do not compile or render are reported by
    // template-syntax.
    // None: no sign-off; Some(None): one that does not compile.
    let sign_off = templates
        .iter()
        .position(|t| t.origin == Origin::SignOff)
        .map(|i| templates[i].compiled.is_ok().then_some(i));
    for (index, template) in templates.iter().enumerate() {
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
        if template.compiled.is_err() {
            continue;
        }
        let sign_off = match sign_off {
            Some(None) => continue,
            other => other.flatten(),
        };
        let same_everywhere =
            template.same_everywhere && sign_off.is_none_or(|i| templates[i].same_everywhere);
        // The reply and the sign-off are rendered through the file's cache:
        // the sign-off once per network for every reply, and the reply as
        // template-syntax already rendered it where the values are the same.
        let render = |network: &'a Network| -> Result<String, Rc<minijinja::Error>> {
            let reply = ctx.render(index, Some(network))?;
            let Some(sign_off) = sign_off else {
                return Ok(reply.to_string());
            };
            let sign_off = ctx.render(sign_off, Some(network))?;
            let mut text = String::with_capacity(reply.len() + 1 + sign_off.len());
            text.push_str(&reply);
            text.push('\n');
            text.push_str(&sign_off);
            Ok(text)
        };
        let mut lengths = replies::Lengths::with_renderer(s, same_everywhere, render);
        for network in networks {
            // Only a reply over the limit is counted exactly.
            let Ok(Some(length)) = lengths.over(network) else {
                continue;
            };
            let origin = if length.network_limit {
                "its reply_limit"
            } else {
                "the platform's limit"
            };
            out.push(
                Diagnostic::new(
                    &REPLY_OVER_LIMIT,
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

#[cfg(test)]
mod tests {
    use super::lower;

    /// Every character, alone and between others, as Unicode lowercases it.
    #[test]
    fn lower_lowercases_every_character() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let expected: String = c.to_lowercase().collect();
            assert_eq!(
                lower(c.encode_utf8(&mut [0; 4])),
                expected,
                "U+{:04X}",
                u32::from(c)
            );
            let text = format!("A{c}é{c}");
            let expected: String = text.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(lower(&text), expected, "U+{:04X}", u32::from(c));
        }
    }

    proptest::proptest! {
        /// On any text, and on texts mixing ASCII, Latin-1, Greek, Arabic,
        /// Hebrew, punctuation and emoji runs.
        #[test]
        fn lower_is_unicode_lowercase_on_any_text(
            any in "\\PC{0,60}",
            mixed in "[a-zA-Z0-9 .,ÀÉéÿ×ßİ\u{212A}ΣΑσا-يא-ת\u{2000}-\u{206F}🥐-🥑]{0,60}",
        ) {
            for text in [&any, &mixed] {
                let expected: String = text.chars().flat_map(char::to_lowercase).collect();
                proptest::prop_assert_eq!(lower(text), expected);
            }
        }
    }

    #[test]
    fn lower_is_char_by_char_lowercase() {
        for text in [
            "Été À L'ÎLE",
            "مرحباً بك، Ahmed!",
            "ΣΟΦΊΑ",
            "İstanbul",
            "KELVIN \u{212A}",
            "🥐 — «Merci»",
            "شكراً لك يا Ahmed، نحن هنا",
            "עברית ΑΒΓ عربى",
            "",
            "ا",
            "Zا",
        ] {
            let expected: String = text.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(lower(text), expected, "{text}");
        }
    }
}
