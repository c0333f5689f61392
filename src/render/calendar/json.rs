//! The calendar as JSON: the strategy's id, the window and every occurrence.

use super::{Occurrence, Window};
use crate::model::Strategy;
use crate::render::i18n::Catalogue;

/// The calendar as JSON: the window and the occurrences. Values stay ids;
/// each occurrence's `labels` word its platform, practice, weekday and date
/// in the strategy's `language`.
pub fn to_json(strategy: &Strategy, window: Window, occurrences: &[Occurrence]) -> String {
    let t = Catalogue::for_language(&strategy.language);
    let occurrences: Vec<serde_json::Value> = occurrences
        .iter()
        .map(|o| {
            let mut value = serde_json::to_value(o).unwrap_or_default();
            if let Some(fields) = value.as_object_mut() {
                let weekday = o.day.weekday().to_monday_zero_offset() as usize;
                fields.insert(
                    "labels".into(),
                    serde_json::json!({
                        "platform": t.text(&format!("platform.{}", o.platform)),
                        "practice": t.text(&format!("practice.{}", o.practice)),
                        "weekday": t.weekday(weekday, false),
                        "date": t.date(o.day),
                    }),
                );
            }
            value
        })
        .collect();
    let value = serde_json::json!({
        "strategy": strategy.id.as_str(),
        "language": strategy.language,
        "from": window.from.to_string(),
        "to": window.to.to_string(),
        "occurrences": occurrences,
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
