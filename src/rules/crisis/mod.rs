//! Crisis manual: scenarios at defined levels, escalation ladders that go
//! forward in time, and at least one scenario prepared. One rule per file.

pub(super) mod escalation_not_increasing;
pub(super) mod no_crisis_scenario;
pub(super) mod undefined_crisis_level;
