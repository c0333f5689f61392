//! `commstrat reply`: one reply, filled in and signed, on standard output;
//! its length and lint's findings on standard error.

use std::collections::BTreeMap;
use std::io::IsTerminal;

use super::output::{colour, find_network, load_for_render, print};
use super::{Outcome, display};
use crate::cli::{ColorChoice, ReplyArgs};
use crate::diagnostic::{FileReport, Summary};
use crate::error::{Error, Result};
use crate::lint::{self, Settings};
use crate::platforms::{self, Surface};
use crate::report::{self, HumanOptions};
use crate::source::Source;

pub(super) fn run(
    args: &ReplyArgs,
    colours: ColorChoice,
    out: &mut dyn std::io::Write,
) -> Result<Outcome> {
    let usage = |message: String| Error::Usage { message };
    let Some(s) = load_for_render(&args.file, colours)? else {
        return Ok(Outcome::Findings);
    };
    let file = display(&args.file);
    let playbook = s
        .playbooks
        .iter()
        .find(|p| p.id.as_str() == args.playbook)
        .ok_or_else(|| {
            let ids: Vec<&str> = s.playbooks.iter().map(|p| p.id.as_str()).collect();
            usage(format!(
                "{file} has no playbook `{}`: its playbooks are {}",
                args.playbook,
                ids.join(", ")
            ))
        })?;
    let network = find_network(&s, &args.network, &args.file)?;
    let matching: Vec<_> = playbook
        .replies
        .iter()
        .filter(|r| args.channel.is_none_or(|c| r.channel == c))
        .filter(|r| {
            crate::replies::reply_networks(&s, playbook, r)
                .iter()
                .any(|n| n.id == network.id)
        })
        .collect();
    let reply = args
        .index
        .checked_sub(1)
        .and_then(|i| matching.get(i))
        .ok_or_else(|| {
            usage(format!(
                "playbook `{}` has {} repl{} for network `{}`{}: choose --index from 1 to {}",
                playbook.id,
                matching.len(),
                if matching.len() == 1 { "y" } else { "ies" },
                network.id,
                args.channel
                    .map_or_else(String::new, |c| format!(" on channel {c:?}").to_lowercase()),
                matching.len()
            ))
        })?;
    let given: BTreeMap<&str, &str> = args
        .values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    // A key no template can use is most likely a typo: say so.
    for key in given
        .keys()
        .filter(|k| !crate::replies::VARIABLES.contains(k))
    {
        let hint = crate::suggest::did_you_mean(key, crate::replies::VARIABLES.iter().copied())
            .map(|v| format!(" (did you mean `{v}`?)"))
            .unwrap_or_default();
        eprintln!(
            "warning: --set {key}: no template uses `{key}`{hint}; the variables are {}",
            crate::replies::VARIABLES.join(", ")
        );
    }
    let statement = s
        .schedule_of(network)
        .map_or("", |sc| sc.statement.as_str());
    let defaults = [
        ("brand", s.name.as_str()),
        ("network", network.handle.as_str()),
        ("availability", statement),
    ];
    let values: BTreeMap<String, String> = crate::replies::VARIABLES
        .iter()
        .map(|v| {
            let value = given
                .get(v)
                .map(|g| g.to_string())
                .or_else(|| {
                    defaults
                        .iter()
                        .find(|(k, _)| k == v)
                        .map(|(_, d)| d.to_string())
                })
                .unwrap_or_else(|| format!("{{{{ {v} }}}}"));
            (v.to_string(), value)
        })
        .collect();
    let context =
        || minijinja::Value::from_pairs(values.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let env = crate::replies::environment();
    let fill = |template: &str| {
        crate::replies::render(env, template, context()).map_err(|e| Error::Internal {
            message: format!(
                "the reply of playbook `{}` does not render: {e}",
                playbook.id
            ),
        })
    };
    let mut text = fill(reply.text.as_str())?;
    if let Some(sign_off) = &s.voice.sign_off {
        text = format!("{}\n{}", text.trim_end(), fill(sign_off.as_str())?);
    }
    print(out, &format!("{text}\n"))?;
    // Its length against each limit of the surface, then lint's findings.
    let surface = Surface::of(reply.channel);
    for (limit, _) in platforms::limits(network, surface) {
        let count = platforms::measure(&text, limit.unit, limit.url);
        eprintln!(
            "{} of {} on network `{}` ({}, {}; counted in {})",
            limit.unit.amount(count),
            limit.unit.amount(limit.max),
            network.id,
            network.platform.as_str(),
            surface.words(),
            limit.unit.counted(limit.url)
        );
    }
    let strings: BTreeMap<String, String> = values;
    let settings = Settings {
        strategy: &s,
        network: Some(network),
        surface: Some(surface),
        kind: Some(playbook.kind),
        crisis: None,
        values: &strings,
    };
    let source = Source::new("<reply>", text);
    let drafts = lint::input::drafts(&source, lint::Format::Text, None)?;
    let findings = lint::lint(&settings, &source, &drafts);
    let reports = [FileReport::new(source, findings)];
    let summary = Summary::of(&reports);
    if summary.errors + summary.warnings + summary.infos > 0 {
        let options = HumanOptions {
            color: colour(colours, std::io::stderr().is_terminal()),
            quiet: true,
        };
        eprint!("{}", report::render_human(&reports, options));
    }
    Ok(if summary.errors > 0 {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}
