//! CS206: a closure longer than a platform's messaging window promises what
//! the platform will not let the team do.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::model::Acknowledged;
use crate::platforms;
use crate::time::{self, MINUTES_PER_DAY, MINUTES_PER_WEEK, WEEKDAY_WORDS as DAYS};

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That no stretch of a network's week without staff is longer than the
    /// platform's messaging window, on a platform that has one: Messenger
    /// and Instagram close a conversation to ordinary replies 24 hours after
    /// the follower's last message, WhatsApp 24 hours too. `commstrat
    /// platforms` cites each window's source. A network can accept the gap
    /// on purpose with `acknowledge = ["gap-over-messaging-window"]`.
    ///
    /// ## Why it matters
    /// A follower who writes on Friday evening to a team that is back on
    /// Monday morning waits past the window: on Messenger and Instagram only
    /// a human agent may still answer, for 7 days, and automated replies may
    /// not; on WhatsApp only approved templates may be sent.
    ///
    /// Sources: Meta's messaging policy,
    /// <https://developers.facebook.com/documentation/business-messaging/messenger-platform/policy/>;
    /// WhatsApp's customer service window,
    /// <https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/send-messages>.
    ///
    /// ## Example
    /// An Instagram network on a schedule of Monday to Friday, 09:00–17:00:
    /// from Friday 17:00 to Monday 09:00 is 64 hours unstaffed.
    ///
    /// ## Fix
    /// Staff the network within every 24 hours (a weekend check), answer
    /// late conversations by hand as the platform allows, or accept it with
    /// `acknowledge = ["gap-over-messaging-window"]` on the network.
    pub static GAP_OVER_MESSAGING_WINDOW = Some(check_windows);
}

/// "Friday 17:00", from minutes after Monday 00:00.
fn moment(minutes: i64) -> String {
    let m = minutes.rem_euclid(MINUTES_PER_WEEK);
    let day = DAYS[usize::try_from(m / MINUTES_PER_DAY).unwrap_or(0) % 7];
    let of_day = m % MINUTES_PER_DAY;
    format!("{day} {:02}:{:02}", of_day / 60, of_day % 60)
}

fn check_windows(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, network) in ctx.strategy.networks.iter().enumerate() {
        let Some(window) = platforms::window(network.platform) else {
            continue;
        };
        if network.acknowledges(Acknowledged::GapOverMessagingWindow) {
            continue;
        }
        let Some(schedule) = ctx.strategy.schedule_of(network) else {
            continue; // reported by unknown-reference
        };
        // A schedule without hours is reported by schedule-without-hours.
        if schedule.is_always() || schedule.hours.as_ref().is_none_or(Vec::is_empty) {
            continue;
        }
        let spans = schedule.week_spans();
        // Windows that end before they start are window-ends-before-start.
        if spans.iter().all(|(from, to)| to <= from) {
            continue;
        }
        let (start, gap) = time::longest_gap_at(&spans);
        if gap <= i64::from(window.hours) * 60 {
            continue;
        }
        out.push(finding(
            &codes::GAP_OVER_MESSAGING_WINDOW,
            ctx.value(&pointer!("/networks/", i, "/schedule")),
            format!(
                "network `{}` ({}) is unstaffed from {} to {} ({}), longer than the platform's {}-hour messaging window",
                network.id,
                network.platform.as_str(),
                moment(start),
                moment(start + gap),
                hours(gap),
                window.hours
            ),
            format!(
                "after {} hours without a message from the follower, {}: staff the network within every {} hours, or accept it with `acknowledge = [\"gap-over-messaging-window\"]` on the network (source: {})",
                window.hours, window.then, window.hours, window.source.source
            ),
        ));
    }
}

/// A stretch in hours, as the windows are given: "60 hours", "37h30".
fn hours(minutes: i64) -> String {
    match minutes % 60 {
        0 => format!("{} hours", minutes / 60),
        m => format!("{}h{m:02}", minutes / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::{hours, moment};

    #[test]
    fn stretches_are_counted_in_hours() {
        assert_eq!(hours(60 * 60), "60 hours");
        assert_eq!(hours(37 * 60 + 30), "37h30");
    }

    #[test]
    fn moments_of_the_week_are_named() {
        assert_eq!(moment(0), "Monday 00:00");
        assert_eq!(moment(4 * 1440 + 1020), "Friday 17:00");
        assert_eq!(moment(7 * 1440 + 540), "Monday 09:00");
    }
}
