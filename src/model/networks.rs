//! `[[personas]]`, `[[networks]]` and `[[roles]]`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Duration, Id, VoiceOverride};

/// A buyer persona.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// The persona's id, referenced by calendar series.
    pub id: Id,
    /// The persona's name.
    pub name: String,
    /// Who they are.
    pub description: String,
    /// Ids of the networks where they spend time online.
    #[schemars(extend("uniqueItems" = true))]
    pub networks: Vec<Id>,
    /// What they want from the brand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
}

/// A social platform, which fixes the reply length limit and how it is counted.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Platform {
    /// X (formerly Twitter).
    X,
    /// LinkedIn.
    Linkedin,
    /// Instagram.
    Instagram,
    /// Facebook.
    Facebook,
    /// TikTok.
    Tiktok,
    /// YouTube.
    Youtube,
    /// Threads.
    Threads,
    /// Bluesky.
    Bluesky,
    /// Mastodon (any instance).
    Mastodon,
    /// WhatsApp Business.
    Whatsapp,
    /// Google Business Profile (reviews and posts).
    GoogleBusiness,
    /// Any other platform; set `reply_limit` to have reply lengths checked.
    Other,
}

impl Platform {
    /// The name used in strategy files.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::X => "x",
            Platform::Linkedin => "linkedin",
            Platform::Instagram => "instagram",
            Platform::Facebook => "facebook",
            Platform::Tiktok => "tiktok",
            Platform::Youtube => "youtube",
            Platform::Threads => "threads",
            Platform::Bluesky => "bluesky",
            Platform::Mastodon => "mastodon",
            Platform::Whatsapp => "whatsapp",
            Platform::GoogleBusiness => "google-business",
            Platform::Other => "other",
        }
    }
}

/// A network where the brand is present.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Network {
    /// The network's id, referenced everywhere else.
    pub id: Id,
    /// The platform: x, linkedin, instagram, facebook, tiktok, youtube, threads, bluesky, mastodon, whatsapp, google-business or other.
    pub platform: Platform,
    /// Account name or URL.
    pub handle: String,
    /// The audience profile on this network.
    pub audience: String,
    /// What the brand does here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purpose: Vec<String>,
    /// Id of the schedule that says when replies are staffed on this network.
    pub schedule: Id,
    /// First-response target for comments and messages while staffed ("1h").
    pub response_time: Duration,
    /// Overrides the platform's reply length limit (e.g. a Mastodon instance with 1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub reply_limit: Option<u64>,
    /// Overrides of the platform's length limit per surface: `reply`, `dm` (private messages), `review` (review replies), `post` (posts and pinned statements), e.g. { post = 1000 } for a Mastodon server. The unit is the platform's (bytes for Instagram private messages); `reply_limit` also holds for posts unless `post` is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<SurfaceLimits>,
    /// Platform-clock findings the team accepts on this network, by rule name: "gap-over-messaging-window", "slower-than-badge".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("uniqueItems" = true))]
    pub acknowledge: Vec<Acknowledged>,
    /// Overrides of person, formality, humor and emoji for this network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceOverride>,
}

/// A network's own length limits, per surface.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SurfaceLimits {
    /// Public replies and comments (the same as `reply_limit`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub reply: Option<u64>,
    /// Private messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub dm: Option<u64>,
    /// Replies to reviews.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub review: Option<u64>,
    /// Posts, captions and pinned statements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub post: Option<u64>,
}

/// A platform-clock finding a team accepts on purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Acknowledged {
    /// Closures longer than the platform's messaging window.
    GapOverMessagingWindow,
    /// A response time slower than the platform's responsiveness badge.
    SlowerThanBadge,
}

impl Network {
    /// Whether the team accepts findings of `what` on this network.
    pub fn acknowledges(&self, what: Acknowledged) -> bool {
        self.acknowledge.contains(&what)
    }
}

/// A role: who does what.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The role's id, referenced by owners, approvers and escalations.
    pub id: Id,
    /// "Community manager", "Legal counsel".
    pub name: String,
    /// Email, phone or chat handle.
    pub contact: String,
    /// Id of the role that stands in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup: Option<Id>,
}
