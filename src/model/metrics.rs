//! `[[metrics]]`: how results are measured.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Id;
use super::scalars::{Parsed, Syntax};
use crate::time;

/// What a metric measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// Time to the first response.
    FirstResponseTime,
    /// Share of messages answered.
    ResponseRate,
    /// Interactions per impression or follower.
    EngagementRate,
    /// Growth of the audience.
    FollowerGrowth,
    /// Tone of mentions and replies.
    Sentiment,
    /// Number of mentions.
    Mentions,
    /// Anything else.
    Custom,
}

/// How often a metric is reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Review {
    /// Every week.
    Weekly,
    /// Every month.
    Monthly,
    /// Every quarter.
    Quarterly,
}

/// A metric.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// The metric's id.
    pub id: Id,
    /// The metric's name.
    pub name: String,
    /// What is measured: first-response-time, response-rate, engagement-rate, follower-growth, sentiment, mentions or custom.
    pub measure: Measure,
    /// Comparator and value: "<= 2h", ">= 3%", "> 500".
    pub target: Target,
    /// Ids of the networks it covers; absent = all.
    #[schemars(extend("uniqueItems" = true))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub networks: Option<Vec<Id>>,
    /// Review cadence: weekly, monthly or quarterly.
    pub review: Review,
    /// Id of the role that owns it.
    pub owner: Id,
    /// Where the figure comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A parsed metric target.
#[derive(Debug, Clone, PartialEq)]
pub enum TargetValue {
    Number(f64),
    Percent(f64),
    Minutes(i64),
}

/// `"<= 2h"` -> ("<=", Minutes(120)).
fn parse_target(text: &str) -> Option<(&'static str, TargetValue)> {
    let text = text.trim();
    let comparator = ["<=", ">=", "==", "<", ">", "="]
        .into_iter()
        .find(|c| text.starts_with(c))?;
    let value = text[comparator.len()..].trim();
    let number = |s: &str| -> Option<f64> {
        let ok = !s.is_empty()
            && s.chars().all(|c| c.is_ascii_digit() || c == '.')
            && s.matches('.').count() <= 1
            && !s.starts_with('.')
            && !s.ends_with('.');
        if ok { s.parse().ok() } else { None }
    };
    let parsed = if let Some(p) = value.strip_suffix('%') {
        TargetValue::Percent(number(p.trim_end())?)
    } else if let Some(n) = number(value) {
        TargetValue::Number(n)
    } else {
        TargetValue::Minutes(time::parse_duration(value).ok()?)
    };
    Some((comparator, parsed))
}

/// The syntax of a metric's `target`.
#[derive(Debug, Clone, Copy)]
pub enum TargetSyntax {}

impl Syntax for TargetSyntax {
    type Value = (&'static str, TargetValue);
    type Error = ();
    const NAME: Option<&'static str> = None;
    fn parse(text: &str) -> Result<Self::Value, ()> {
        parse_target(text).ok_or(())
    }
    fn schema() -> schemars::Schema {
        schemars::json_schema!({ "type": "string" })
    }
}

/// A metric's target: a comparator and a figure.
pub type Target = Parsed<TargetSyntax>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(
            parse_target("<= 2h"),
            Some(("<=", TargetValue::Minutes(120)))
        );
        assert_eq!(
            parse_target(">= 3%"),
            Some((">=", TargetValue::Percent(3.0)))
        );
        assert_eq!(
            parse_target("> 500"),
            Some((">", TargetValue::Number(500.0)))
        );
        assert_eq!(
            parse_target(">=4.5"),
            Some((">=", TargetValue::Number(4.5)))
        );
        assert_eq!(parse_target("fast"), None);
        assert_eq!(parse_target("<= "), None);
        assert_eq!(
            parse_target("> 5 %"),
            Some((">", TargetValue::Percent(5.0)))
        );
        assert_eq!(parse_target(">= 1.2.3"), None);
    }
}
