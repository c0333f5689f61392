//! CS307: replies do not use the phrases the voice avoids.

use crate::codes;
use crate::diagnostic::Diagnostic;

use crate::fold::fold;
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That no reply template, sign-off or out-of-hours reply contains a
    /// phrase of `voice.avoid` or the `avoid` text of a `voice.substitutions`
    /// entry. The comparison sees through disguise: letter case,
    /// compatibility forms (fullwidth letters, ligatures), the typographic
    /// apostrophes `’` and `ʼ`, runs of white space (no-break spaces too),
    /// zero-width characters and soft hyphens make no difference. Crisis
    /// holding statements are public statements, not replies, and are not
    /// checked.
    ///
    /// ## Why it matters
    /// The avoid list is the team's agreement on how not to sound: press-release
    /// phrasing and jargon. A template that breaks it teaches every new agent
    /// the wrong voice.
    ///
    /// ## Example
    /// ```toml
    /// [voice]
    /// avoid = ["we apologize for any inconvenience"]
    /// # …
    /// text = "We apologize for any inconvenience, {{ follower }}."
    /// ```
    ///
    /// ## Fix
    /// Say it in the brand's own words: `"Sorry about this, {{ follower }}: that's on us."`
    pub static AVOIDED_PHRASE = Some(check_avoided);
}

fn check_avoided(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // Each phrase and each template is folded once (`crate::fold`).
    let banned = ctx.strategy.voice.avoided();
    // Holding statements are statements, not replies (the format's `avoid`
    // is about replies).
    let replies = ctx
        .templates()
        .iter()
        .filter(|t| !t.pointer.starts_with("/crisis/"))
        .map(|t| (t.pointer.as_str(), t.text));
    for (pointer, template) in replies {
        let folded = fold(template);
        for a in &banned {
            let (phrase, folded_phrase) = (a.phrase, &a.folded);
            if !folded.contains(folded_phrase) {
                continue;
            }
            let help = match a.prefer {
                Some(prefer) => format!("say \"{prefer}\" instead (voice.substitutions)"),
                None => "rephrase in the brand's own words (voice.avoid)".to_string(),
            };
            out.push(finding(
                &codes::AVOIDED_PHRASE,
                ctx.within_value(pointer, folded_phrase),
                format!("template contains \"{phrase}\", which the voice avoids"),
                help,
            ));
        }
    }
}
