//! `[[playbooks]]`: how each kind of interaction is handled.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Duration, Id, Template};

/// The kind of interaction a playbook handles.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    JsonSchema,
    clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum PlaybookKind {
    /// Welcoming new followers.
    Welcome,
    /// Questions.
    Question,
    /// Requests (orders, bookings, help).
    Request,
    /// Suggestions and ideas.
    Suggestion,
    /// Complaints.
    Complaint,
    /// Public criticism.
    Criticism,
    /// Praise and thanks.
    Praise,
    /// Abuse, trolling, harassment.
    Abuse,
    /// Anything else.
    Other,
}

/// May a reply be sent automatically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Automation {
    /// Always written by a person.
    #[default]
    Never,
    /// A tool may draft it; a person sends it.
    Draft,
    /// May be sent automatically.
    Allowed,
}

/// Where a reply is posted.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// A public reply under the post or comment.
    Public,
    /// A private message.
    Private,
    /// A public reply to a review (Google Business Profile).
    Review,
}

/// A playbook for one kind of interaction.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Playbook {
    /// The playbook's id.
    pub id: Id,
    /// The kind of interaction: welcome, question, request, suggestion, complaint, criticism, praise, abuse or other.
    pub kind: PlaybookKind,
    /// The playbook's title.
    pub title: String,
    /// How to tell this kind of message from the others, for the handbook's
    /// "On shift" page; absent = the built-in definition of its kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    /// A typical message of this kind, as a follower would write it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    /// Ids of the networks where it applies; absent = every network.
    #[schemars(extend("uniqueItems" = true))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub networks: Option<Vec<Id>>,
    /// Id of the role that handles it.
    pub owner: Id,
    /// Overrides each network's `response_time` for this kind of interaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respond_within: Option<Duration>,
    /// May a reply be sent automatically: "never" (default), "draft" or "allowed".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automation: Option<Automation>,
    /// What to do, in order.
    pub steps: Vec<String>,
    /// Good practice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub r#do: Vec<String>,
    /// What never to do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dont: Vec<String>,
    /// Id of the role to escalate to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalate_to: Option<Id>,
    /// Conditions that trigger escalation; requires `escalate_to`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub escalate_when: Vec<String>,
    /// Ready-to-adapt reply templates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replies: Vec<Reply>,
}

/// A reply template.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// "public" (under the post) or "private" (a direct message).
    pub channel: Channel,
    /// The reply, a template such as "Thanks {{ follower }}!".
    pub text: Template,
    /// Ids of the networks this reply is for; absent = the playbook's networks.
    #[schemars(extend("uniqueItems" = true))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub networks: Option<Vec<Id>>,
}
