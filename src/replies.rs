//! Reply templates as the rules and the guide see them: one minijinja
//! environment with bounded work, the reply variables, the sample values used
//! for length checks, and the networks each reply is meant for.

use minijinja::{Environment, Value};

use crate::model::{Network, Playbook, Reply, Strategy};
use crate::platforms;

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
    let schedule = network.and_then(|n| strategy.schedules.iter().find(|s| s.id == n.schedule));
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

/// Does `playbook` apply on the network `id`?
pub(crate) fn applies_to(playbook: &Playbook, id: &str) -> bool {
    playbook
        .networks
        .as_ref()
        .is_none_or(|ns| ns.iter().any(|n| n.as_str() == id))
}

/// The networks a reply is for: its own list, else its playbook's networks.
pub(crate) fn reply_networks<'a>(
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
pub(crate) struct Length {
    pub count: usize,
    pub limit: usize,
    /// The limit comes from the network's `reply_limit`, not the registry.
    pub network_limit: bool,
}

/// The length of `text` (with `sign_off` on a new line, when given) rendered
/// with the sample values for `network`: `Ok(None)` when the network has no
/// limit to compare with; `Err` when a template does not render.
pub(crate) fn length_on(
    strategy: &Strategy,
    text: &minijinja::Template<'_, '_>,
    sign_off: Option<&minijinja::Template<'_, '_>>,
    network: &Network,
) -> Result<Option<Length>, minijinja::Error> {
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
    let values = sample_values(strategy, Some(network));
    let mut rendered = render_limited(text, values.clone(), MAX_RENDERED_BYTES)?;
    if let Some(sign_off) = sign_off {
        rendered.push('\n');
        rendered.push_str(&render_limited(sign_off, values, MAX_RENDERED_BYTES)?);
    }
    Ok(Some(Length {
        count: platforms::count(&rendered, entry.counting),
        limit,
        network_limit: network.reply_limit.is_some(),
    }))
}
