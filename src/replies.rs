//! Reply templates as the rules and the guide see them: one minijinja
//! environment with bounded work, the reply variables, the sample values used
//! for length checks, and the networks each reply is meant for.

use minijinja::{Environment, Value};

use crate::model::{Network, Playbook, Reply, Strategy};
use crate::platforms;

/// The variables a template may use.
pub const VARIABLES: [&str; 7] = [
    "follower",
    "agent",
    "brand",
    "network",
    "availability",
    "next_update",
    "link",
];

/// A template made only of text and `{{ variable }}` tags naming reply
/// variables, as most replies are: read, listed and rendered here without
/// minijinja, with the result minijinja gives (property tests hold the two
/// to the same variables and the same bytes).
///
/// Compiling a reply, listing its variables (minijinja parses the template a
/// second time for that) and rendering it were a fifth of a check's cost
/// (docs/benchmarks.md). Any other template (a statement, a comment, a
/// filter, an unknown name, whitespace control) is minijinja's.
#[derive(Debug)]
pub struct Plain<'t> {
    pieces: Vec<Piece<'t>>,
}

#[derive(Debug, Clone, Copy)]
enum Piece<'t> {
    Text(&'t str),
    /// An index in `VARIABLES`.
    Variable(usize),
}

/// More tags than this and a template is left to minijinja, so that its fuel
/// (one unit per instruction, 50,000 in all) could never run out on a
/// template read here: a tag costs a few units.
const MAX_PLAIN_TAGS: usize = 1_000;

impl<'t> Plain<'t> {
    /// The template `text`, when it is plain.
    pub fn parse(text: &'t str) -> Option<Self> {
        // As minijinja does without `keep_trailing_newline`: one trailing
        // "\n", then one trailing "\r", are not part of the template.
        let text = text.strip_suffix('\n').unwrap_or(text);
        let text = text.strip_suffix('\r').unwrap_or(text);
        let mut pieces = Vec::new();
        let mut tags = 0;
        let mut rest = text;
        let mut from = 0;
        while let Some(open) = memchr::memchr(b'{', &rest.as_bytes()[from..]).map(|i| from + i) {
            match rest.as_bytes().get(open + 1) {
                Some(b'%' | b'#') => return None,
                Some(b'{') => {}
                _ => {
                    from = open + 1;
                    continue;
                }
            }
            let inside = &rest[open + 2..];
            // The first "}}": a `}` followed by another.
            let close = memchr::memchr_iter(b'}', inside.as_bytes())
                .find(|&at| inside.as_bytes().get(at + 1) == Some(&b'}'))?;
            let name = inside[..close].trim_matches([' ', '\t', '\n', '\r']);
            let variable = VARIABLES.iter().position(|v| *v == name)?;
            tags += 1;
            if tags > MAX_PLAIN_TAGS {
                return None;
            }
            if open > 0 {
                pieces.push(Piece::Text(&rest[..open]));
            }
            pieces.push(Piece::Variable(variable));
            rest = &inside[close + 2..];
            from = 0;
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest));
        }
        Some(Plain { pieces })
    }

    /// The variables the template reads.
    pub fn variables(&self) -> std::collections::BTreeSet<String> {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Variable(i) => Some(VARIABLES[*i].to_string()),
                Piece::Text(_) => None,
            })
            .collect()
    }

    /// The template rendered with the sample values of `network`, when the
    /// text is all minijinja would give. `None` when minijinja would refuse
    /// it: a value of more than `MAX_PRINTED_ITEMS` characters (the
    /// environment's formatter counts a string's characters as its items),
    /// or an output past `limit` bytes. The caller asks minijinja then, for
    /// its own error.
    pub fn render(
        &self,
        strategy: &Strategy,
        network: Option<&Network>,
        limit: usize,
    ) -> Option<String> {
        // The text and a value's worth per variable: most renders fit at once.
        let capacity = self.pieces.iter().map(|p| match p {
            Piece::Text(text) => text.len(),
            Piece::Variable(_) => 32,
        });
        let mut out = String::with_capacity(capacity.sum());
        for piece in &self.pieces {
            let text = match piece {
                Piece::Text(text) => text,
                Piece::Variable(i) => {
                    let value = sample(strategy, network, VARIABLES[*i]);
                    // A string has no more characters than bytes.
                    if value.len() > MAX_PRINTED_ITEMS && value.chars().count() > MAX_PRINTED_ITEMS
                    {
                        return None;
                    }
                    value
                }
            };
            out.push_str(text);
        }
        (out.len() <= limit).then_some(out)
    }
}

/// Sample values for the variables whose real value is not in the file.
pub const SAMPLE_FOLLOWER: &str = "Alexandra Smith"; // 15 characters
pub const SAMPLE_AGENT: &str = "Jean-Marie"; // 10 characters
pub const SAMPLE_NEXT_UPDATE: &str = "2026-11-23 14:30"; // 16 characters
pub const SAMPLE_LINK: &str = "https://example.com/abc"; // 23 characters

/// More items than any reply prints.
const MAX_PRINTED_ITEMS: usize = 1_000;

/// Longer than any reply limit; past it a template is runaway, not a reply.
pub const MAX_RENDERED_BYTES: usize = 64 * 1024;

/// The environment reply templates are compiled and rendered in, built once
/// per process: building one registers every filter and test, which cost
/// more than compiling a reply.
pub fn environment() -> &'static Environment<'static> {
    static ENVIRONMENT: std::sync::OnceLock<Environment<'static>> = std::sync::OnceLock::new();
    ENVIRONMENT.get_or_init(new_environment)
}

fn new_environment() -> Environment<'static> {
    let mut env = Environment::new();
    // A template is a reply, not a program: bound the work one may do, and
    // refuse to print a list or map too long for any reply (printing
    // `[1] * 100000000` would otherwise walk every item).
    env.set_fuel(Some(50_000));
    env.set_formatter(|out, state, value| {
        if value.len().is_some_and(|n| n > MAX_PRINTED_ITEMS) {
            return Err(minijinja::Error::new(
                minijinja::ErrorKind::InvalidOperation,
                format!(
                    "a value of {} items is too long for a reply",
                    value.len().unwrap_or_default()
                ),
            ));
        }
        minijinja::escape_formatter(out, state, value)
    });
    env
}

/// The sample values for `network` (none: the values that do not depend on it).
pub fn sample_values(strategy: &Strategy, network: Option<&Network>) -> Value {
    let value = |name| sample(strategy, network, name);
    minijinja::context! {
        follower => value("follower"),
        agent => value("agent"),
        brand => value("brand"),
        network => value("network"),
        availability => value("availability"),
        next_update => value("next_update"),
        link => value("link"),
    }
}

/// The sample value of the variable `name` on `network`.
fn sample<'s>(strategy: &'s Strategy, network: Option<&'s Network>, name: &str) -> &'s str {
    match name {
        "follower" => SAMPLE_FOLLOWER,
        "agent" => SAMPLE_AGENT,
        "brand" => &strategy.name,
        "network" => network.map_or("", |n| n.handle.as_str()),
        "availability" => availability(strategy, network),
        "next_update" => SAMPLE_NEXT_UPDATE,
        "link" => SAMPLE_LINK,
        // VARIABLES holds only the names above; the property test renders
        // each of them and compares with minijinja.
        _ => {
            debug_assert!(false, "no sample value for `{name}`");
            ""
        }
    }
}

/// The `availability` sample value on `network`: its schedule's statement.
fn availability<'s>(strategy: &'s Strategy, network: Option<&Network>) -> &'s str {
    network
        .and_then(|n| strategy.schedules.iter().find(|s| s.id == n.schedule))
        .map_or("", |s| s.statement.as_str())
}

/// Render `text` with `values`, stopping past `MAX_RENDERED_BYTES`.
pub fn render(
    env: &Environment<'_>,
    text: &str,
    values: Value,
) -> Result<String, minijinja::Error> {
    let template = env.template_from_str(text)?;
    render_limited(&template, values, MAX_RENDERED_BYTES)
}

/// Render a compiled template, failing as soon as the output passes
/// `limit` bytes, so `{{ [1] * 100000000 }}` stops early instead of filling
/// memory.
pub fn render_limited(
    template: &minijinja::Template<'_, '_>,
    values: Value,
    limit: usize,
) -> Result<String, minijinja::Error> {
    let mut output = LimitedWriter {
        bytes: Vec::new(),
        limit,
    };
    template.render_captured_to(values, &mut output)?;
    // minijinja writes whole `str` pieces, so the bytes are UTF-8; the
    // lossy path is only a fallback.
    Ok(String::from_utf8(output.bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

struct LimitedWriter {
    bytes: Vec<u8>,
    limit: usize,
}

impl std::io::Write for LimitedWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > self.limit {
            return Err(std::io::Error::other(format!(
                "the output passes {} KiB",
                self.limit / 1024
            )));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Does `playbook` apply on the network `id`?
pub fn applies_to(playbook: &Playbook, id: &str) -> bool {
    playbook
        .networks
        .as_ref()
        .is_none_or(|ns| ns.iter().any(|n| n.as_str() == id))
}

/// The networks a reply is for: its own list, else its playbook's networks.
pub fn reply_networks<'a>(
    strategy: &'a Strategy,
    playbook: &Playbook,
    reply: &Reply,
) -> Vec<&'a Network> {
    strategy
        .networks
        .iter()
        .filter(|n| match &reply.networks {
            Some(ids) => ids.contains(&n.id),
            None => applies_to(playbook, n.id.as_str()),
        })
        .collect()
}

/// A reply's length on one network, counted the platform's way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Length {
    pub count: usize,
    pub limit: usize,
    /// The limit comes from the network's `reply_limit`, not the registry.
    pub network_limit: bool,
}

/// The lengths of one reply template, with its sign-off on a new line,
/// rendered with the sample values of each network it is checked on.
/// Only `network` and `availability` differ between networks: the text is
/// rendered once per pair of those that the templates can see, and counted
/// once per rendered text and way of counting.
pub struct Lengths<'a, R> {
    strategy: &'a Strategy,
    /// Neither template reads `network` or `availability` (or anything else
    /// that could differ between networks).
    same_everywhere: bool,
    /// Renders the reply with its sign-off for a network.
    render: R,
    /// (handle, availability) as the templates saw them -> rendered text
    /// and its `platforms::count_bound`; both empty when the text is the
    /// same on every network.
    rendered: Vec<((&'a str, &'a str), String, usize)>,
    /// (index in `rendered`, counting) -> count.
    counted: Vec<((usize, platforms::Counting), usize)>,
}

/// The variables whose sample value is the same on every network.
const SAME_ON_EVERY_NETWORK: [&str; 5] = ["follower", "agent", "brand", "next_update", "link"];

/// Whether a template reading these names renders the same on every network.
pub fn same_on_every_network<'v>(variables: impl IntoIterator<Item = &'v String>) -> bool {
    variables
        .into_iter()
        .all(|v| SAME_ON_EVERY_NETWORK.contains(&v.as_str()))
}

/// What tells the sample values of two networks apart, as a template
/// reading these names sees it: the network's handle and its availability
/// statement, or nothing when they cannot differ.
pub fn network_key<'a>(
    strategy: &'a Strategy,
    network: &'a Network,
    same: bool,
) -> (&'a str, &'a str) {
    if same {
        ("", "")
    } else {
        (
            network.handle.as_str(),
            availability(strategy, Some(network)),
        )
    }
}

impl<'a, R, E> Lengths<'a, R>
where
    R: FnMut(&'a Network) -> Result<String, E>,
{
    /// Lengths of what `render` gives for each network (the reply, a new
    /// line and the sign-off, with that network's sample values); the caller
    /// knows whether the templates read anything network-specific (see
    /// `same_on_every_network`).
    pub fn with_renderer(strategy: &'a Strategy, same_everywhere: bool, render: R) -> Self {
        Lengths {
            strategy,
            same_everywhere,
            render,
            rendered: Vec::new(),
            counted: Vec::new(),
        }
    }

    /// The length on `network`: `Ok(None)` when the network has no limit to
    /// compare with; `Err` when a template does not render.
    pub fn on(&mut self, network: &'a Network) -> Result<Option<Length>, E> {
        self.measure(network, false)
    }

    /// The length on `network` when it is over the limit; `Ok(None)` when it
    /// fits or there is no limit. A text whose `platforms::count_bound` is
    /// within the limit fits whatever the way of counting, and is not
    /// counted: most replies are far shorter than most limits.
    pub fn over(&mut self, network: &'a Network) -> Result<Option<Length>, E> {
        Ok(self
            .measure(network, true)?
            .filter(|length| length.count > length.limit))
    }

    fn measure(&mut self, network: &'a Network, skip_fits: bool) -> Result<Option<Length>, E> {
        let entry = platforms::lookup(network.platform);
        // A zero limit is reported by out-of-range.
        let Some(limit) = network
            .reply_limit
            .map(|l| usize::try_from(l).unwrap_or(usize::MAX))
            .or(entry.limit)
            .filter(|l| *l > 0)
        else {
            return Ok(None);
        };
        let key = network_key(self.strategy, network, self.same_everywhere);
        let text = match self.rendered.iter().position(|(k, _, _)| *k == key) {
            Some(i) => i,
            None => {
                let rendered = (self.render)(network)?;
                let bound = platforms::count_bound(&rendered);
                self.rendered.push((key, rendered, bound));
                self.rendered.len() - 1
            }
        };
        if skip_fits && self.rendered[text].2 <= limit {
            return Ok(None);
        }
        let known = self
            .counted
            .iter()
            .find(|(k, _)| *k == (text, entry.counting))
            .map(|(_, count)| *count);
        let count = match known {
            Some(count) => count,
            None => {
                let count = platforms::count(&self.rendered[text].1, entry.counting);
                self.counted.push(((text, entry.counting), count));
                count
            }
        };
        Ok(Some(Length {
            count,
            limit,
            network_limit: network.reply_limit.is_some(),
        }))
    }
}

/// The length of `text` (with `sign_off` on a new line, when given) rendered
/// with the sample values for `network`, as `Lengths::on` counts it.
pub fn length_on<'a>(
    strategy: &'a Strategy,
    text: &'a minijinja::Template<'a, 'a>,
    sign_off: Option<&'a minijinja::Template<'a, 'a>>,
    network: &'a Network,
) -> Result<Option<Length>, minijinja::Error> {
    let same =
        |t: &minijinja::Template<'_, '_>| same_on_every_network(&t.undeclared_variables(false));
    let same_everywhere = same(text) && sign_off.is_none_or(same);
    let render = |network: &'a Network| {
        let values = sample_values(strategy, Some(network));
        let mut rendered = render_limited(text, values.clone(), MAX_RENDERED_BYTES)?;
        if let Some(sign_off) = sign_off {
            rendered.push('\n');
            rendered.push_str(&render_limited(sign_off, values, MAX_RENDERED_BYTES)?);
        }
        Ok(rendered)
    };
    Lengths::with_renderer(strategy, same_everywhere, render).on(network)
}
