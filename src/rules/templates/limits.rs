//! What CS308 and CS309 share: a rendered text measured against every
//! limit of the surface it goes to on one network, and the finding for
//! each limit it passes, saying which limit, how the platform counts and
//! what was measured.

use unicode_segmentation::UnicodeSegmentation;

use crate::codes::RuleId;
use crate::diagnostic::Diagnostic;
use crate::model::Network;
use crate::platforms::{self, Surface};
use crate::rules::{Context, finding};

/// Graphemes of the rendering a finding quotes.
const QUOTED: usize = 60;

/// What is measured, for the findings' wording.
pub(super) struct Measured<'a> {
    /// "reply", "statement".
    pub what: &'a str,
    pub rendered: &'a str,
    /// What "the sample values" cover: "sign-off and sample values".
    pub included: &'a str,
    /// The end of the help: how else to fix it.
    pub otherwise: &'a str,
}

/// A finding of `rule` at `pointer` for each limit of `surface` on
/// `network` that `m.rendered` passes.
pub(super) fn over_limits(
    ctx: &Context<'_>,
    out: &mut Vec<Diagnostic>,
    rule: &'static RuleId,
    pointer: &str,
    m: &Measured<'_>,
    network: &Network,
    surface: Surface,
) {
    for excess in platforms::excesses(m.rendered, network, surface) {
        // Whole graphemes: a cut must not leave a mark without its letter.
        let quoted: String = m.rendered.graphemes(true).take(QUOTED).collect();
        let more = if m.rendered.graphemes(true).nth(QUOTED).is_some() {
            "…"
        } else {
            ""
        };
        out.push(finding(
            rule,
            ctx.value(pointer),
            excess.message(m.what, network, surface),
            format!(
                "counted in {}, {} included: \"{}{more}\"; {}, or {}",
                excess.limit.unit.counted(excess.limit.url),
                m.included,
                quoted.replace('\n', " "),
                excess.change(),
                m.otherwise
            ),
        ));
    }
}
