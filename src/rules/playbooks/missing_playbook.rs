//! CS301: every network has a complaint, a question and a request playbook.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::model::PlaybookKind;
use crate::replies::applies_to;

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

/// The name of a required kind, as written in strategy files.
fn required_kind_name(kind: PlaybookKind) -> &'static str {
    match kind {
        PlaybookKind::Complaint => "complaint",
        PlaybookKind::Question => "question",
        // Only the three required kinds are ever named here.
        _ => "request",
    }
}

fn check_missing_playbooks(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    const REQUIRED: [PlaybookKind; 3] = [
        PlaybookKind::Complaint,
        PlaybookKind::Question,
        PlaybookKind::Request,
    ];
    for (i, network) in ctx.strategy.networks.iter().enumerate() {
        let missing: Vec<&str> = REQUIRED
            .iter()
            .filter(|kind| {
                !ctx.strategy
                    .playbooks
                    .iter()
                    .any(|p| p.kind == **kind && applies_to(p, network.id.as_str()))
            })
            .map(|k| required_kind_name(*k))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let list = missing
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ");
        out.push(
            finding(&codes::MISSING_PLAYBOOK,
                ctx.value(&pointer!("/networks/", i, "/id")),
                format!("network `{}` has no playbook for {list}", network.id), format!(
                "add a [[playbooks]] entry of kind {} whose `networks` include `{}` (or with no `networks`, to apply everywhere)",
                missing.join(" / "),
                network.id
            )),
        );
    }
}
