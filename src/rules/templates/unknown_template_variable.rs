//! CS305: templates read only the variables a reply is rendered with.

use std::collections::BTreeSet;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::replies::{VARIABLES, environment};

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That templates use only the reply variables: `follower`, `agent`,
    /// `brand`, `network`, `availability`, `next_update` and `link`.
    ///
    /// ## Why it matters
    /// An unknown variable renders as nothing: "Hi , thanks for your message"
    /// is what the follower would read.
    ///
    /// ## Example
    /// ```toml
    /// text = "Hi {{ customer }}, thanks for your message."
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// text = "Hi {{ follower }}, thanks for your message."
    /// ```
    pub static UNKNOWN_TEMPLATE_VARIABLE = Some(check_variables);
}

fn check_variables(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let env = environment();
    for template in ctx.templates() {
        // Templates that do not compile have no variables here; they are
        // reported by template-syntax.
        // Functions such as `range` are globals of the engine, not variables.
        let unknown: BTreeSet<&String> = template
            .variables
            .iter()
            .filter(|v| !VARIABLES.contains(&v.as_str()) && !env.globals().any(|(g, _)| g == *v))
            .collect();
        for name in unknown {
            let suggestion = crate::suggest::did_you_mean(name, VARIABLES);
            let help = match suggestion {
                Some(best) => format!("did you mean `{best}`? Variables: {}", VARIABLES.join(", ")),
                None => format!("the variables are: {}", VARIABLES.join(", ")),
            };
            out.push(finding(
                &codes::UNKNOWN_TEMPLATE_VARIABLE,
                variable_span(ctx, &template.pointer, name),
                format!("unknown template variable `{name}`"),
                help,
            ));
        }
    }
}

/// The span of the variable `name` inside a `{{ }}` or `{% %}` tag of the
/// template at `pointer`; the whole value when it cannot be found as written.
fn variable_span(ctx: &Context<'_>, pointer: &str, name: &str) -> std::ops::Range<usize> {
    let span = ctx.value(pointer);
    let raw = &ctx.source.text[span.clone()];
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut from = 0;
    while let Some(found) = raw[from..].find(name) {
        let at = from + found;
        let before = &raw[..at];
        let opened = before.rfind("{{").max(before.rfind("{%"));
        let closed = before.rfind("}}").max(before.rfind("%}"));
        let whole_word =
            !before.ends_with(is_ident) && !raw[at + name.len()..].starts_with(is_ident);
        if opened > closed && whole_word {
            return span.start + at..span.start + at + name.len();
        }
        from = at + name.len();
    }
    span
}
