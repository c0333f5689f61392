//! Translations kept in step: a strategy that declares `translation_of` is
//! held to its source. `crate::translation` reads the source and compares
//! the two; the documentation of both rules is here.

use super::declare_rule;

declare_rule! {
    /// ## What it checks
    /// For a strategy with `translation_of`: that the source it translates
    /// has not moved past `translates_version`. Each value that differs
    /// from the source (an id, a duration, hours, a zone, a date, a limit,
    /// a level, approvers, a template's placeholders: everything but
    /// wording) is a finding at its place in the translation, naming the
    /// place in the source; when only the source's text changed, one
    /// finding at `translates_version` says so.
    ///
    /// ## Why it matters
    /// Teams in Montréal or Brussels run one strategy in two languages.
    /// When the English copy moves the reply deadline from 2 hours to 1,
    /// the French copy goes on promising 2 hours to French followers, and
    /// nobody notices until a follower does.
    ///
    /// ## Example
    /// The source `northwind-outdoor.toml` moved to `version = "2.4.0"` and
    /// a `response_time` of `"1h"`; its translation still has
    /// `translates_version = "2.3.0"` and `response_time = "2h"`.
    ///
    /// ## Fix
    /// Bring the translation's values and text up to the source, then set
    /// `translates_version` to the source's `version`.
    pub static TRANSLATION_BEHIND = None;
}

declare_rule! {
    /// ## What it checks
    /// For a strategy with `translation_of`: that it has the ids and the
    /// values of the source it says it matches, text aside. Also that the
    /// source can be read and loads, and that `translates_version` is set
    /// and not past the source's `version`.
    ///
    /// ## Why it matters
    /// A translation that claims to match the source's version while it
    /// promises other hours, or lacks a playbook, tells one audience
    /// something else than the other, under the same version number.
    ///
    /// ## Example
    /// `translates_version = "2.3.0"`, the source's version, with
    /// `response_time = "2h"` where the source has `"1h"`.
    ///
    /// ## Fix
    /// Give the translation the source's value (only text is translated),
    /// or point `translation_of` at the right file.
    pub static TRANSLATION_MISMATCH = None;
}
