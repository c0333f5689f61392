//! Ids: unique within their collection, and every reference resolves.
//! One rule per file; both read the ids and references of `rules::fields`.

pub(super) mod duplicate_id;
pub(super) mod unknown_reference;
