//! The networks page: each network's audience, purpose, voice, staffed
//! hours, response time, and where the team writes with the limits there.

use crate::render::i18n::Arg;
use serde::Serialize;

use super::{Builder, NetworkRef, NetworkVoice};
use crate::model::Schedule;
use crate::platforms::Surface;

#[derive(Debug, Clone, Serialize)]
pub struct NetworkView {
    #[serde(flatten)]
    pub network: NetworkRef,
    pub audience: String,
    pub purpose: Vec<String>,
    pub voice: NetworkVoice,
    pub schedule: String,
    pub statement: String,
    pub response_time: String,
    pub reply_limit: String,
    /// Where the team writes on this network, with the limits there.
    pub surfaces: Vec<super::surfaces::SurfaceView>,
}

impl Builder<'_> {
    pub(super) fn networks(&self) -> Vec<NetworkView> {
        self.s
            .networks
            .iter()
            .map(|n| {
                // The first length limit of a public reply: the one a
                // writer meets first.
                let first = crate::platforms::limits(n, Surface::Reply)
                    .into_iter()
                    .find(|(l, _)| l.unit.is_length());
                let counting = first.map_or_else(String::new, |(l, _)| {
                    self.t.text(super::surfaces::counting_key(&l))
                });
                let limit = first.map(|(l, own)| {
                    let key = if own {
                        "networks.reply_limit_own"
                    } else {
                        "networks.reply_limit_value"
                    };
                    (key, l.max as u64)
                });
                let reply_limit = match limit {
                    Some((key, limit)) => self.t.fill_with(
                        key,
                        &[
                            (
                                "limit",
                                Arg::Number(i64::try_from(limit).unwrap_or(i64::MAX)),
                            ),
                            ("counting", Arg::Text(&counting)),
                        ],
                    ),
                    None => self.t.text("networks.reply_limit_none"),
                };
                let schedule = self.s.schedule_of(n);
                NetworkView {
                    network: self.network_ref(n),
                    audience: n.audience.clone(),
                    purpose: n.purpose.clone(),
                    voice: self.network_voice(n),
                    schedule: n.schedule.to_string(),
                    statement: schedule.map(|s| s.statement.clone()).unwrap_or_default(),
                    // "within immediately" reads wrong in every language,
                    // and "while staffed" of a network staffed around the
                    // clock.
                    response_time: {
                        let always = schedule.is_some_and(Schedule::is_always);
                        let duration = self.duration(&n.response_time);
                        match (n.response_time.get() == Some(&0), always) {
                            (true, false) => self.t.text("networks.response_time_immediate"),
                            (true, true) => duration,
                            (false, false) => self
                                .t
                                .fill("networks.response_time_value", &[("duration", &duration)]),
                            (false, true) => self.t.fill(
                                "networks.response_time_around_the_clock",
                                &[("duration", &duration)],
                            ),
                        }
                    },
                    reply_limit,
                    surfaces: self.surfaces(n),
                }
            })
            .collect()
    }
}
