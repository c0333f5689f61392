//! CS105: time zones are IANA names the bundled tz database knows.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::suggest::did_you_mean;
use crate::time;

use crate::rules::fields::{Field, walk};
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That every `timezone` is an IANA zone name known to the tz database
    /// bundled in commstrat (`"Europe/Paris"`, `"America/New_York"`, `"UTC"`).
    ///
    /// ## Why it matters
    /// Staffed hours and calendar slots are wall-clock times in a zone; an
    /// unknown zone makes every one of them meaningless.
    ///
    /// ## Example
    /// ```toml
    /// timezone = "Paris"
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// timezone = "Europe/Paris"
    /// ```
    pub static UNKNOWN_TIMEZONE = Some(check_zones);
}

fn check_zones(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut names: Option<Vec<String>> = None;
    walk(ctx.strategy, &mut |at, field| {
        let Field::Zone(zone) = field else { return };
        if zone.get().is_some() {
            return;
        }
        let names = names.get_or_insert_with(time::zone_names);
        // "Paris" should find "Europe/Paris": compare with the last part too.
        let lower = zone.as_str().to_lowercase();
        let by_city = names.iter().find(|n| {
            n.rsplit('/')
                .next()
                .is_some_and(|city| city.to_lowercase() == lower.replace(' ', "_"))
        });
        let suggestion = by_city
            .map(String::as_str)
            .or_else(|| did_you_mean(zone.as_str(), names.iter().map(String::as_str)));
        let help = match suggestion {
            Some(best) => {
                format!("did you mean \"{best}\"? Zones are IANA names such as \"Europe/Paris\"")
            }
            None => {
                "use an IANA zone name such as \"Europe/Paris\", \"America/New_York\" or \"UTC\""
                    .to_string()
            }
        };
        out.push(finding(
            &codes::UNKNOWN_TIMEZONE,
            ctx.value(&at.to_string()),
            format!("unknown time zone \"{zone}\""),
            help,
        ));
    });
}
