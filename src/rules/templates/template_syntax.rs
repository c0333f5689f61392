//! CS306: every template compiles and renders.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::replies::MAX_RENDERED_BYTES;

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That every template (reply texts, `sign_off`, `out_of_hours_reply`,
    /// `holding_statement`, a crisis level's `update_template` and
    /// `resolution_template`) is valid minijinja and renders.
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
    pub static TEMPLATE_SYNTAX = Some(check_syntax);
}

fn check_syntax(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, template) in ctx.templates().iter().enumerate() {
        let rendered = ctx.render(i, ctx.strategy.networks.first());
        // A template that does not compile is reported with its compile error.
        let error = template.compiled.as_ref().err().or(rendered.as_ref().err());
        let Some(e) = error else { continue };
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
        out.push(finding(
            &codes::TEMPLATE_SYNTAX,
            ctx.value(&template.pointer),
            format!("template error: {detail}{line}"),
            "templates are minijinja: write variables as {{ follower }}; put a literal \"{{\" inside {% raw %}…{% endraw %}",
        ));
    }
}
