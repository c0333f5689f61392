//! Reply templates as the rules and the guide see them: one minijinja
//! environment with bounded work, the reply variables, the sample values used
//! for length checks, and the networks each reply is meant for.

use minijinja::{Environment, Value};

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Id, Network, Playbook, Reply, Strategy};

/// The variables a template may use.
pub(crate) const VARIABLES: [&str; 7] = [
    "follower",
    "agent",
    "brand",
    "network",
    "availability",
    "next_update",
    "link",
];

/// More items than any reply prints.
const MAX_PRINTED_ITEMS: usize = 1_000;

/// Longer than any reply limit; past it a template is runaway, not a reply.
pub(crate) const MAX_RENDERED_BYTES: usize = 64 * 1024;

/// The environment reply templates are compiled and rendered in, built once
/// per process: building one registers every filter and test, which cost
/// more than compiling a reply.
pub(crate) fn environment() -> &'static Environment<'static> {
    static ENVIRONMENT: std::sync::OnceLock<Environment<'static>> = std::sync::OnceLock::new();
    ENVIRONMENT.get_or_init(|| {
        let mut env = Environment::new();
        // A template is a reply, not a program: bound the work one may do, and
        // refuse to print a list or map too long for any reply (printing
        // `[1] * 100000000` would otherwise walk every item).
        env.set_fuel(Some(50_000));
        env.set_formatter(|out, state, value| {
            if let Some(n) = value.len()
                && n > MAX_PRINTED_ITEMS
            {
                return Err(minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    format!("a value of {n} items is too long for a reply"),
                ));
            }
            minijinja::escape_formatter(out, state, value)
        });
        env
    })
}

/// The sample values for `network` (none: the values that do not depend on
/// it); samples stand in for the variables whose real value is not in the
/// file. `availability` is the statement of the network's schedule.
pub(crate) fn sample_values(strategy: &Strategy, network: Option<&Network>) -> Value {
    let schedule = network.and_then(|n| strategy.schedule_of(n));
    minijinja::context! {
        follower => "Alexandra Smith", // 15 characters
        agent => "Jean-Marie", // 10 characters
        brand => &strategy.name,
        network => network.map_or("", |n| n.handle.as_str()),
        availability => schedule.map_or("", |s| s.statement.as_str()),
        next_update => "2026-11-23 14:30", // 16 characters
        link => "https://example.com/abc", // 23 characters
    }
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
pub(crate) fn render_limited(
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

/// The networks a playbook or a reply is for: every network (no
/// `networks` list), or the ids of its list, looked up in a set so that
/// going through a strategy's networks costs their number, not its square.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reach<'a> {
    All,
    Only(BTreeSet<&'a str>),
}

impl<'a> Reach<'a> {
    /// The reach of a `networks` list, when there is one.
    pub(crate) fn of(list: Option<&'a [Id]>) -> Self {
        match list {
            None => Reach::All,
            Some(ids) => Reach::Only(ids.iter().map(Id::as_str).collect()),
        }
    }

    /// The reach of `playbook`.
    pub(crate) fn playbook(playbook: &'a Playbook) -> Self {
        Reach::of(playbook.networks.as_deref())
    }

    /// The reach of `reply` of `playbook`: its own list, else its playbook's.
    pub(crate) fn reply(playbook: &'a Playbook, reply: &'a Reply) -> Self {
        Reach::of(reply.networks.as_deref().or(playbook.networks.as_deref()))
    }

    pub(crate) fn contains(&self, id: &str) -> bool {
        match self {
            Reach::All => true,
            Reach::Only(ids) => ids.contains(id),
        }
    }

    /// Add the networks of `other` (for a union of reaches).
    pub(crate) fn extend(&mut self, other: Reach<'a>) {
        match (&mut *self, other) {
            (Reach::All, _) => {}
            (_, Reach::All) => *self = Reach::All,
            (Reach::Only(ids), Reach::Only(more)) => ids.extend(more),
        }
    }

    /// The networks of `strategy` in this reach, in the strategy's order.
    pub(crate) fn networks(&self, strategy: &'a Strategy) -> Vec<&'a Network> {
        strategy
            .networks
            .iter()
            .filter(|n| self.contains(n.id.as_str()))
            .collect()
    }
}

/// The most (playbook, network) and (reply, network) pairs of a strategy:
/// each pair is a deadline or a reply rendered to be measured, in `check`
/// and in the guide. Seven times a large strategy (20 networks, 50
/// playbooks of 2 replies: 3,000 pairs); past it, a file of 3,000 networks
/// and 3,000 playbooks took 9.5 s to check and its guide 21 GB.
pub const MAX_PAIRS: usize = 20_000;

/// The (playbook, network) and (reply, network) pairs of `strategy`, as
/// `Reach::networks` gives them (a network defined twice counts twice, an
/// id named twice in a list once), counted in time linear in its lists.
pub(crate) fn pairs(strategy: &Strategy) -> usize {
    let mut defined: BTreeMap<&str, usize> = BTreeMap::new();
    for network in &strategy.networks {
        *defined.entry(network.id.as_str()).or_default() += 1;
    }
    let reached = |list: Option<&[Id]>| match list {
        None => strategy.networks.len(),
        Some(ids) => {
            let named: BTreeSet<&str> = ids.iter().map(Id::as_str).collect();
            named
                .into_iter()
                .filter_map(|id| defined.get(id))
                .fold(0usize, |sum, n| sum.saturating_add(*n))
        }
    };
    strategy
        .playbooks
        .iter()
        .map(|p| {
            let applies = reached(p.networks.as_deref());
            p.replies
                .iter()
                .map(|r| reached(r.networks.as_deref().or(p.networks.as_deref())))
                .fold(applies, usize::saturating_add)
        })
        .fold(0, usize::saturating_add)
}

/// The networks a reply is for: its own list, else its playbook's networks.
pub(crate) fn reply_networks<'a>(
    strategy: &'a Strategy,
    playbook: &'a Playbook,
    reply: &'a Reply,
) -> Vec<&'a Network> {
    Reach::reply(playbook, reply).networks(strategy)
}

/// `text` (with `sign_off` on a new line, when given) rendered with the
/// sample values for `network`; `Err` when a template does not render.
pub(crate) fn rendered_on(
    strategy: &Strategy,
    text: &minijinja::Template<'_, '_>,
    sign_off: Option<&minijinja::Template<'_, '_>>,
    network: &Network,
) -> Result<String, minijinja::Error> {
    let values = sample_values(strategy, Some(network));
    let mut rendered = render_limited(text, values.clone(), MAX_RENDERED_BYTES)?;
    if let Some(sign_off) = sign_off {
        rendered.push('\n');
        rendered.push_str(&render_limited(sign_off, values, MAX_RENDERED_BYTES)?);
    }
    Ok(rendered)
}
