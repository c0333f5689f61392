//! CS302: a playbook that says when to escalate says to whom.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That a playbook with `escalate_when` conditions names who to escalate
    /// to in `escalate_to`.
    ///
    /// ## Why it matters
    /// "Escalate when a customer threatens legal action" is useless at 8 a.m.
    /// if nobody knows whom to call.
    ///
    /// ## Example
    /// ```toml
    /// escalate_when = ["Legal threat"]
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// escalate_to = "legal"
    /// escalate_when = ["Legal threat"]
    /// ```
    pub static ESCALATION_WITHOUT_TARGET = Some(check_escalation_target);
}

fn check_escalation_target(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, playbook) in ctx.strategy.playbooks.iter().enumerate() {
        if !playbook.escalate_when.is_empty() && playbook.escalate_to.is_none() {
            out.push(finding(
                &codes::ESCALATION_WITHOUT_TARGET,
                ctx.key(&pointer!("/playbooks/", i, "/escalate_when")),
                format!(
                    "playbook `{}` says when to escalate but not to whom",
                    playbook.id
                ),
                "add `escalate_to = \"<role id>\"` naming the role that takes over",
            ));
        }
    }
}
