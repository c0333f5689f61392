//! Measurement: targets that can be compared with a figure. One rule per
//! file.

pub(super) mod invalid_metric_target;
