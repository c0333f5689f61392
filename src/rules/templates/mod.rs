//! Reply templates: they parse, use only the reply variables, avoid the
//! phrases the voice bans, and fit each network's reply limit. One rule per
//! file; the templates of a file are compiled here, once, for all of them.

use std::collections::BTreeSet;

use super::fields::{Field, walk};
use crate::model::Strategy;
use crate::replies::environment;

pub(super) mod avoided_phrase;
mod limits;
pub(super) mod no_such_surface;
pub(super) mod reply_over_limit;
pub(super) mod statement_over_limit;
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
    OutOfHours {
        schedule: usize,
    },
    Reply {
        playbook: usize,
        reply: usize,
    },
    Holding {
        scenario: usize,
    },
    /// A crisis level's update or resolution statement.
    Statement {
        level: usize,
    },
}

/// Every template of the file with its pointer, compiled, in file order.
pub(crate) fn compile_all(s: &Strategy) -> Vec<Compiled<'_>> {
    let env = environment();
    let mut all = Vec::new();
    walk(s, &mut |at, field| {
        let Field::Template(origin, template) = field else {
            return;
        };
        let compiled = env.template_from_str(template.as_str());
        let variables = compiled
            .as_ref()
            .map(|t| t.undeclared_variables(false).into_iter().collect())
            .unwrap_or_default();
        all.push(Compiled {
            pointer: at.to_string(),
            origin,
            text: template.as_str(),
            compiled,
            variables,
        });
    });
    all
}
