//! The voice page: the brand's voice, and each network's voice with what it
//! overrides.

use serde::Serialize;

use super::{Builder, Label, NetworkRef, label};
use crate::model::{self, Network};
use crate::render::i18n::Catalogue;

#[derive(Debug, Clone, Serialize)]
pub struct VoiceView {
    pub person: Label,
    pub formality: Label,
    pub humor: Label,
    pub emoji: Label,
    /// The sign-off with placeholders.
    pub sign_off: Option<String>,
    pub avoid: Vec<String>,
    pub traits: Vec<model::Trait>,
    pub substitutions: Vec<model::Substitution>,
}

/// One aspect of a network's effective voice.
#[derive(Debug, Clone, Serialize)]
pub struct VoiceAspect {
    #[serde(flatten)]
    pub label: Label,
    /// Set on this network, not inherited from the brand voice.
    pub overridden: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct NetworkVoice {
    pub network: NetworkRef,
    pub person: VoiceAspect,
    pub formality: VoiceAspect,
    pub humor: VoiceAspect,
    pub emoji: VoiceAspect,
}

impl Builder<'_> {
    pub(super) fn voice(&self) -> VoiceView {
        let v = &self.s.voice;
        VoiceView {
            person: label(self.t, "person", &v.person),
            formality: label(self.t, "formality", &v.formality),
            humor: label(self.t, "humor", &v.humor),
            emoji: label(self.t, "emoji", &v.emoji),
            sign_off: v
                .sign_off
                .as_ref()
                .map(|s| self.with_placeholders(s.as_str())),
            avoid: v.avoid.clone(),
            traits: v.traits.clone(),
            substitutions: v.substitutions.clone(),
        }
    }

    pub(super) fn network_voice(&self, n: &Network) -> NetworkVoice {
        let brand = &self.s.voice;
        let o = n.voice.clone().unwrap_or_default();
        fn aspect<T: Serialize>(
            t: &Catalogue,
            table: &str,
            own: Option<T>,
            brand: T,
        ) -> VoiceAspect {
            VoiceAspect {
                overridden: own.is_some(),
                label: label(t, table, &own.unwrap_or(brand)),
            }
        }
        NetworkVoice {
            network: self.network_ref(n),
            person: aspect(self.t, "person", o.person, brand.person),
            formality: aspect(self.t, "formality", o.formality, brand.formality),
            humor: aspect(self.t, "humor", o.humor, brand.humor),
            emoji: aspect(self.t, "emoji", o.emoji, brand.emoji),
        }
    }
}
