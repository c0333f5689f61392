//! Reply templates: they parse, use only the reply variables, avoid the
//! phrases the voice bans, and fit each network's reply limit. One rule per
//! file; the templates of a file are compiled here, once, for all of them.

use std::collections::BTreeSet;

use crate::load::pointer;
use crate::model::{Strategy, Template};
use crate::replies::environment;

pub(super) mod avoided_phrase;
pub(super) mod reply_over_limit;
pub(super) mod template_syntax;
pub(super) mod unknown_template_variable;

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
