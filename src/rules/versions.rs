//! Version discipline, checked by `check --base REV` against the file as it
//! was at a git revision: a changed strategy bumps its `version`, and by as
//! much as the change deserves. `crate::base` reads the file at the
//! revision and classifies what changed; `compare` here judges the bump and
//! words the finding, beside the documentation of both rules.

use std::ops::Range;

use semver::Version;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::Strategy;

use super::{declare_rule, finding};

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

/// How much of the version a change needs bumped. `crate::base` gives the
/// diff's class of a change in these terms (wording: patch, addition: minor,
/// breaking: major), so that the rules need not read the diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Bump {
    Patch,
    Minor,
    Major,
}

/// What changed since the revision, as the diff classified it.
#[derive(Debug)]
pub(crate) struct Changed<'a> {
    /// The bump the change as a whole needs.
    pub(crate) needs: Bump,
    /// The name of its class: "breaking", "additive" or "wording".
    pub(crate) class: &'a str,
    /// The summary of each change of that class, in the diff's order.
    pub(crate) reasons: Vec<&'a str>,
}

/// The version finding, if any, for a strategy that changed (`changed`)
/// from `old`, at revision `rev`, to `new`, whose `version` is at `span`: a
/// version that did not move forward, or moved less than the change needs.
pub(crate) fn compare(
    old: &Strategy,
    new: &Strategy,
    changed: &Changed<'_>,
    span: Range<usize>,
    rev: &str,
) -> Option<Diagnostic> {
    let (Some(before), Some(after)) = (old.version.get(), new.version.get()) else {
        return None; // invalid-version reports it
    };
    let (class, reasons) = (changed.needs, &changed.reasons);
    let shown = reasons[..reasons.len().min(3)].join("; ");
    let more = if reasons.len() > 3 {
        format!(" and {} more", reasons.len() - 3)
    } else {
        String::new()
    };
    let (needed, kind) = match class {
        Bump::Major => (Version::new(before.major + 1, 0, 0), "a major"),
        Bump::Minor => (Version::new(before.major, before.minor + 1, 0), "a minor"),
        Bump::Patch => (
            Version::new(before.major, before.minor, before.patch + 1),
            "a patch",
        ),
    };
    // Build metadata says nothing about order (semver's order without it);
    // a pre-release moving on (rc.1 to rc.2, or rc to the release) is the
    // bump it announced.
    let numbers = |v: &Version| (v.major, v.minor, v.patch);
    let without_build = |v: &Version| (numbers(v), v.pre.clone());
    let bumped_by = if numbers(after) > numbers(before) {
        if after.major > before.major {
            Bump::Major
        } else if after.minor > before.minor {
            Bump::Minor
        } else {
            Bump::Patch
        }
    } else {
        // Same numbers: only a pre-release moving forward counts.
        Bump::Major
    };
    if without_build(after) <= without_build(before) {
        Some(finding(
            &codes::VERSION_NOT_BUMPED,
            span,
            format!(
                "the strategy changed since {rev} ({}: {shown}{more}) but version is {after}, was {before}",
                changed.class
            ),
            format!("bump version to {needed} or more"),
        ))
    } else if bumped_by < class {
        Some(finding(
            &codes::VERSION_BUMP_TOO_SMALL,
            span,
            format!(
                "{before} → {after} is too small a bump for a {} change since {rev}: {shown}{more}",
                changed.class
            ),
            format!("this needs {kind} bump: version {needed} or more"),
        ))
    } else {
        None
    }
}
