//! Ids: unique within their collection, and every reference resolves.
//! One rule per file; the collections of ids both rules read are here.

use crate::model::Id;

use super::Context;

pub(super) mod duplicate_id;
pub(super) mod unknown_reference;

/// (collection name, pointer prefix, ids)
pub(super) fn collections<'a>(ctx: &Context<'a>) -> Vec<(&'static str, String, Vec<&'a Id>)> {
    let s = ctx.strategy;
    let mut out = vec![
        (
            "persona",
            "/personas".to_string(),
            s.personas.iter().map(|x| &x.id).collect(),
        ),
        (
            "network",
            "/networks".to_string(),
            s.networks.iter().map(|x| &x.id).collect(),
        ),
        (
            "schedule",
            "/schedules".to_string(),
            s.schedules.iter().map(|x| &x.id).collect(),
        ),
        (
            "role",
            "/roles".to_string(),
            s.roles.iter().map(|x| &x.id).collect(),
        ),
        (
            "playbook",
            "/playbooks".to_string(),
            s.playbooks.iter().map(|x| &x.id).collect(),
        ),
        (
            "metric",
            "/metrics".to_string(),
            s.metrics.iter().map(|x| &x.id).collect(),
        ),
    ];
    if let Some(c) = &s.crisis {
        out.push((
            "scenario",
            "/crisis/scenarios".into(),
            c.scenarios.iter().map(|x| &x.id).collect(),
        ));
    }
    if let Some(c) = &s.calendar {
        out.push((
            "series",
            "/calendar/series".into(),
            c.series.iter().map(|x| &x.id).collect(),
        ));
        out.push((
            "event",
            "/calendar/events".into(),
            c.events.iter().map(|x| &x.id).collect(),
        ));
    }
    out
}
