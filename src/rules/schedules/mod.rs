//! Availability: staffed windows that make sense, and response-time promises
//! the schedule can keep. One rule per file, each with its documentation
//! and its check.

pub(super) mod always_with_hours;
pub(super) mod gap_over_messaging_window;
pub(super) mod overlapping_windows;
pub(super) mod schedule_without_hours;
pub(super) mod slower_than_badge;
pub(super) mod unreachable_response_time;
pub(super) mod window_ends_before_start;
