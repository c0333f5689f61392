//! The calendar as JSON: the strategy's id, the window and every occurrence.

use super::{Occurrence, Window};
use crate::model::Strategy;

/// The calendar as JSON: the window and the occurrences.
pub fn to_json(strategy: &Strategy, window: Window, occurrences: &[Occurrence]) -> String {
    let value = serde_json::json!({
        "strategy": strategy.id.as_str(),
        "from": window.from.to_string(),
        "to": window.to.to_string(),
        "occurrences": occurrences,
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
