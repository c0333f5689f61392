//! `[[metrics]]`: how results are measured.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Id;

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
    pub target: String,
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
