//! Rules of `commstrat lint`: drafts held to the strategy. Their checks
//! are in `lint/`, which reads drafts rather than the strategy; these
//! entries give them a code, a name and documentation, so that `explain`,
//! `rules` and `commstrat.toml` know them as they know the others.

use super::declare_rule;

declare_rule! {
    /// ## What it checks
    /// That a draft does not say a phrase the voice avoids: one of
    /// `voice.avoid`, or the `avoid` text of a `voice.substitutions` entry.
    /// Matching is the same as for templates (`avoided-phrase`): letter
    /// case, compatibility forms, typographic apostrophes, runs of white
    /// space and invisible characters make no difference. Every occurrence
    /// is a finding.
    ///
    /// ## Why it matters
    /// The avoid list is the team's agreement on how not to sound. A reply
    /// typed in a hurry is where press-release phrasing slips back in.
    ///
    /// ## Example
    /// ```toml
    /// [[voice.substitutions]]
    /// avoid = "utilize"
    /// prefer = "use"
    /// ```
    /// and a draft saying "You can utilize the app to track it."
    ///
    /// ## Fix
    /// Say what `prefer` says; `commstrat lint --fix` makes each substitution
    /// (keeping a capital at the start). A phrase of `voice.avoid` has no
    /// substitute: rephrase it in the brand's own words.
    pub static DRAFT_AVOIDED_PHRASE = None;
}

declare_rule! {
    /// ## What it checks
    /// That a draft fits every limit of the surface it goes to, counted as
    /// the platform counts. The networks are the one named (`--network`, a
    /// `network` in the Markdown front matter or the CSV's `network`
    /// column), or every network when none is. The counts are X's weights
    /// with links as 23, Bluesky's graphemes and UTF-8 bytes, the caps on
    /// links and hashtags, and the network's own limits (`reply_limit`,
    /// `limits`). The finding starts at the first character past a length
    /// limit.
    ///
    /// ## Why it matters
    /// A platform refuses a text over its limit, or cuts it; a scheduling
    /// tool rejects a whole import for one long caption.
    ///
    /// ## Example
    /// A 300-character reply drafted for X, whose replies take 280.
    ///
    /// ## Fix
    /// Shorten it by the amount the help gives, or remove the links or
    /// hashtags past the cap. `commstrat platforms` lists every limit with
    /// its source.
    pub static DRAFT_OVER_LIMIT = None;
}

declare_rule! {
    /// ## What it checks
    /// That a draft has no placeholder left in: a template's `{{ name }}` or
    /// `{% … %}`, a mail-merge `{first_name}`, or words in brackets such as
    /// `[your first name]`. Brackets that are Markdown (a link `[text](url)`,
    /// a reference `[text][ref]` or `[ref]: url`, an image) and brackets
    /// with fewer than two letters (`[x]`, `[1]`) are not placeholders.
    ///
    /// ## Why it matters
    /// "Hi [your first name]" sent to a customer is the clearest sign that
    /// nobody read the reply before it went out.
    ///
    /// ## Example
    /// "Thanks for waiting, {{ follower }}: your refund is on its way."
    ///
    /// ## Fix
    /// Write the real value in its place.
    pub static UNFILLED_PLACEHOLDER = None;
}

declare_rule! {
    /// ## What it checks
    /// That a reply ends with the voice's `sign_off`. A reply is a draft on
    /// a reply, private-message or review surface, or any draft linted with
    /// `--kind`; posts are not signed. The sign-off is found by its fixed
    /// text: for `"— {{ agent }}"`, a last line holding `—`. A sign-off made
    /// of variables alone cannot be told from text and is not checked.
    ///
    /// ## Why it matters
    /// The sign-off is how followers know a person answered, and who: the
    /// voice promises it on every reply.
    ///
    /// ## Example
    /// ```toml
    /// [voice]
    /// sign_off = "— {{ agent }}"
    /// ```
    /// and a reply ending "Thanks for telling us!".
    ///
    /// ## Fix
    /// Add the sign-off on a line of its own. `commstrat lint --fix --set
    /// agent=Sam` adds it, with the values `--set` gives for its variables.
    pub static MISSING_SIGN_OFF = None;
}

declare_rule! {
    /// ## What it checks
    /// That a draft speaks in the voice's grammatical person on its
    /// network. The person is `voice.person`, or the network's
    /// `voice.person`: no "I", "me", "my" where the team speaks as "we"; no
    /// "we", "us", "our" where one person speaks; neither where the brand
    /// speaks of itself by name. The words
    /// are those of the strategy's `language` in English, French, Spanish and
    /// Arabic (its independent pronouns: a person carried by a verb's ending
    /// is not seen); other languages are not checked. "US" in capitals is
    /// the country.
    ///
    /// ## Why it matters
    /// A voice that switches between "I" and "we" reads as several people
    /// improvising, which is what a written voice is meant to prevent.
    ///
    /// ## Example
    /// `person = "first-plural"` and a draft saying "I'll look into it".
    ///
    /// ## Fix
    /// Rewrite the sentence in the voice's person: "We'll look into it".
    pub static WRONG_PERSON = None;
}

declare_rule! {
    /// ## What it checks
    /// That a draft keeps the voice's emoji policy on its network. The
    /// policy is `voice.emoji`, or the network's `voice.emoji`: none where
    /// it is `never`; at most two in a draft where it is `sparingly`; any
    /// number where it is `freely`. An emoji is a character shown as emoji by
    /// default (Unicode's `Emoji_Presentation`), or one asked for as emoji
    /// (with U+FE0F) or as a keycap.
    ///
    /// ## Why it matters
    /// A reply full of emoji on a network where the brand is sober reads as
    /// someone else's account.
    ///
    /// ## Example
    /// `emoji = "never"` and a draft saying "Done 🎉".
    ///
    /// ## Fix
    /// Say it in words.
    pub static TOO_MANY_EMOJI = None;
}

declare_rule! {
    /// ## What it checks
    /// With `--crisis LEVEL`, that no post is drafted while that level
    /// pauses scheduled posts (`pause_scheduled_posts = true` on the level).
    /// Replies, private messages and review replies are not paused.
    ///
    /// ## Why it matters
    /// A cheerful promotion published in the middle of a crisis is how a
    /// bad day becomes a story.
    ///
    /// ## Example
    /// `commstrat lint --crisis 2 captions.csv` while level 2 pauses posts.
    ///
    /// ## Fix
    /// Hold the post until the all-clear; post the holding statement or an
    /// update instead.
    pub static PAUSED_BY_CRISIS = None;
}
