//! CS107: `version` is a semantic version.

use crate::codes;
use crate::diagnostic::Diagnostic;

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That `version` is a semantic version such as `"1.4.0"`.
    ///
    /// ## Why it matters
    /// Every change to the strategy bumps the version, and the guide and the
    /// calendar say which version they follow; "v2" or "May update" cannot be
    /// compared or ordered.
    ///
    /// ## Example
    /// ```toml
    /// version = "v2"
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// version = "2.0.0"
    /// ```
    pub static INVALID_VERSION = Some(check_version);
}

fn check_version(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let version = &ctx.strategy.version;
    if let Some(err) = version.error() {
        out.push(finding(
            &codes::INVALID_VERSION,
            ctx.value("/version"),
            format!("version \"{version}\" is not a semantic version ({err})"),
            "write MAJOR.MINOR.PATCH, such as \"1.4.0\", and bump it on every change",
        ));
    }
}
