//! CS301: every network has a complaint, a question and a request playbook.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::model::{PlaybookKind, file_name};
use crate::replies::Reach;

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That every network has at least one playbook of kind `complaint`, one of
    /// kind `question` and one of kind `request` applying to it (a playbook
    /// without `networks` applies to every network).
    ///
    /// ## Why it matters
    /// Questions, requests and complaints are what followers expect answers
    /// to. A network where the team has no agreed way to handle them is where
    /// answers go missing and complaints turn into criticism.
    ///
    /// ## Example
    /// A strategy with networks `x` and `instagram` whose only complaint
    /// playbook has `networks = ["x"]`.
    ///
    /// ## Fix
    /// Add `instagram` to that playbook's `networks`, remove `networks` so it
    /// applies everywhere, or write an Instagram complaint playbook.
    pub static MISSING_PLAYBOOK = Some(check_missing_playbooks);
}

fn check_missing_playbooks(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    use PlaybookKind::{Complaint, Question, Request};
    // The networks the playbooks of each kind reach, gathered once.
    let kinds = [Complaint, Question, Request];
    let reach = kinds.map(|kind| {
        let mut reach = Reach::Only(std::collections::BTreeSet::new());
        for p in ctx.strategy.playbooks.iter().filter(|p| p.kind == kind) {
            reach.extend(Reach::playbook(p));
        }
        reach
    });
    for (i, network) in ctx.strategy.networks.iter().enumerate() {
        let missing: Vec<String> = kinds
            .iter()
            .zip(&reach)
            .filter(|(_, reach)| !reach.contains(network.id.as_str()))
            .map(|(kind, _)| file_name(kind))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let list: Vec<String> = missing.iter().map(|k| format!("`{k}`")).collect();
        let help = format!(
            "add a [[playbooks]] entry of kind {} whose `networks` include `{}` (or with no `networks`, to apply everywhere)",
            missing.join(" / "),
            network.id
        );
        out.push(finding(
            &codes::MISSING_PLAYBOOK,
            ctx.value(&pointer!("/networks/", i, "/id")),
            format!(
                "network `{}` has no playbook for {}",
                network.id,
                list.join(", ")
            ),
            help,
        ));
    }
}
