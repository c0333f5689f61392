//! Version discipline, checked by `check --base REV` against the file as it
//! was at a git revision: a changed strategy bumps its `version`, and by as
//! much as the change deserves. The findings come from `crate::base`; these
//! entries give them a code, a name and documentation.

use super::declare_rule;

declare_rule! {
    /// ## What it checks
    /// With `check --base REV`: that a strategy whose substance changed since
    /// the revision has a higher `version` than it had there. Formatting,
    /// comments and reordering are not changes; a file new since the
    /// revision needs no bump.
    ///
    /// ## Why it matters
    /// The guide and the calendar say which version of the strategy they
    /// follow. Two different strategies with the same version make that line
    /// meaningless, and nobody can tell which promises were in force when.
    ///
    /// ## Example
    /// `response_time` changed from `"1h"` to `"30m"`, `version` still `"2.3.0"`.
    ///
    /// ## Fix
    /// Bump `version`: major for a weakened promise, minor for an addition,
    /// patch for wording (`commstrat diff OLD NEW` says which).
    pub static VERSION_NOT_BUMPED = None;
}

declare_rule! {
    /// ## What it checks
    /// With `check --base REV`: that the bump of `version` matches the change.
    /// A breaking change (a network, playbook or crisis scenario removed, a
    /// response time or reply deadline lengthened, staffed hours reduced,
    /// approvers removed, a crisis deadline lengthened) needs a major bump;
    /// an addition needs at least a minor bump.
    ///
    /// ## Why it matters
    /// Teams and partners read the major version as "our promises to
    /// followers changed". A weakened promise shipped as a minor version goes
    /// unnoticed by exactly the people who should be told.
    ///
    /// ## Example
    /// The X network's `response_time` goes from `"1h"` to `"4h"` and
    /// `version` from `"2.3.0"` to `"2.4.0"`.
    ///
    /// ## Fix
    /// Bump the major version (`"3.0.0"`), or keep the promise.
    pub static VERSION_BUMP_TOO_SMALL = None;
}
