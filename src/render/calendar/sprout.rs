//! Sprout Social's bulk-import CSV: one file per network, in the columns and
//! within the limits of its importer, with a warning for each limit passed.

use super::Occurrence;
use super::csv::csv_row;
use crate::model::Strategy;

/// Sprout Social's bulk-scheduling importer, as its help page "How do I use
/// bulk scheduling?" describes it (support.sproutsocial.com, article
/// 115005864203, read 2026-11-23): required columns `date`, `time_24hr`,
/// `message_text`; at most 350 messages per import (50 on a trial); messages
/// at least 10 minutes apart; text within the network's limit.
pub const SPROUT_MAX_ROWS: usize = 350;
/// Minimum gap between two messages, in minutes.
pub const SPROUT_MIN_GAP_MINUTES: i64 = 10;

/// How Sprout reads the `date` column: it follows the import preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// mm/dd/yyyy
    MonthFirst,
    /// dd/mm/yyyy
    DayFirst,
}

/// One network's import file and the importer rules it breaks.
#[derive(Debug, Clone)]
pub struct SproutFile {
    pub network: String,
    pub csv: String,
    pub warnings: Vec<String>,
}

/// One file per network with Sprout's columns, for import as drafts. Timed
/// slots only: the importer needs a time, so all-day events are left out
/// (and named in a warning).
pub fn to_sprout(
    strategy: &Strategy,
    occurrences: &[Occurrence],
    order: DateOrder,
) -> Vec<SproutFile> {
    let mut networks: Vec<&str> = occurrences
        .iter()
        .filter(|o| o.is_post())
        .map(|o| o.network.as_str())
        .collect();
    networks.sort_unstable();
    networks.dedup();
    networks
        .into_iter()
        .map(|network| {
            let mut warnings = Vec::new();
            let mut csv = String::from("date,time_24hr,message_text\r\n");
            let mut rows = 0;
            let mut previous: Option<&Occurrence> = None;
            let posted_on = strategy
                .networks
                .iter()
                .find(|n| n.id.as_str() == network);
            let mut zones: Vec<&str> = Vec::new();
            // Blackouts and closed days are no posts: the importer has
            // nothing to schedule for them.
            let posts = occurrences
                .iter()
                .filter(|o| o.network == network && o.is_post());
            for o in posts {
                let Some(time) = &o.local_time else {
                    warnings.push(format!(
                        "{}: `{}` on {} is an all-day event; Sprout needs a time, so it is not in the file",
                        network, o.id, o.date
                    ));
                    continue;
                };
                if !zones.contains(&o.zone.as_str()) {
                    zones.push(&o.zone);
                }
                let date = o.day.strftime(match order {
                    DateOrder::MonthFirst => "%m/%d/%Y",
                    DateOrder::DayFirst => "%d/%m/%Y",
                });
                let text = match &o.brief {
                    Some(brief) => format!("{}: {brief}", o.title),
                    None => o.title.clone(),
                };
                let over = posted_on.into_iter().flat_map(|n| {
                    crate::platforms::excesses(&text, n, crate::platforms::Surface::Post)
                });
                for excess in over {
                    let unit = excess.limit.unit;
                    warnings.push(format!(
                        "{network}: `{}` on {} is {}, over the network's {} for a post; Sprout refuses it",
                        o.id,
                        o.date,
                        unit.amount(excess.count),
                        unit.amount(excess.limit.max)
                    ));
                }
                if let Some(p) = previous {
                    let gap = o.start.duration_since(p.start).as_secs() / 60;
                    if gap < SPROUT_MIN_GAP_MINUTES {
                        warnings.push(format!(
                            "{network}: `{}` at {} {time} is {gap} min after `{}`; Sprout needs {SPROUT_MIN_GAP_MINUTES} min between messages",
                            o.id, o.date, p.id
                        ));
                    }
                }
                previous = Some(o);
                csv_row(&[&date.to_string(), time, &text], &mut csv);
                rows += 1;
            }
            if rows > SPROUT_MAX_ROWS {
                warnings.push(format!(
                    "{network}: {rows} messages, over Sprout's {SPROUT_MAX_ROWS} per import; split the window with --from/--to"
                ));
            }
            if zones.len() > 1 {
                warnings.push(format!(
                    "{network}: times are local to {}; Sprout reads them all in one zone",
                    zones.join(" and ")
                ));
            }
            SproutFile {
                network: network.to_string(),
                csv,
                warnings,
            }
        })
        .collect()
}
