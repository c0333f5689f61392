//! CS206: a closure longer than a platform's messaging window promises what
//! the platform will not let the team do.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::model::Acknowledged;
use crate::platforms;
use crate::time::{self, MINUTES_PER_DAY, MINUTES_PER_WEEK, WEEKDAY_WORDS as DAYS, WeekSpan};
use jiff::civil::{Date, DateTime};

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That no stretch of a network's week without staff, nor a stretch
    /// around its schedule's `closed` dates, is longer than the platform's
    /// messaging window, on a platform that has one: Messenger
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
    /// from Friday 17:00 to Monday 09:00 is 64 hours unstaffed. On a
    /// schedule of every day, 09:00–17:00, three closed days in a row leave
    /// 88 hours unstaffed.
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
        let limit = i64::from(window.hours) * 60;
        let (start, gap) = time::longest_gap_at(&spans);
        let closed: Vec<Date> = schedule
            .closed
            .iter()
            .filter_map(|c| c.date().get().copied())
            .collect();
        let (from, to, around, gap) = if gap > limit {
            (moment(start), moment(start + gap), "", gap)
        } else {
            match closed_gap(&spans, &closed) {
                Some((from, to, gap)) if gap > limit => (
                    from.strftime("%Y-%m-%d %H:%M").to_string(),
                    to.strftime("%Y-%m-%d %H:%M").to_string(),
                    " around its closed dates",
                    gap,
                ),
                _ => continue,
            }
        };
        out.push(finding(
            &codes::GAP_OVER_MESSAGING_WINDOW,
            ctx.value(&pointer!("/networks/", i, "/schedule")),
            format!(
                "network `{}` ({}) is unstaffed from {from} to {to}{around} ({}), longer than the platform's {}-hour messaging window",
                network.id,
                network.platform.as_str(),
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

/// The longest stretch without staff around a run of closed dates: from
/// the last staffed minute before the run to the first after it, with the
/// weekly hours on either side. Its start, end and length in minutes.
fn closed_gap(spans: &[WeekSpan], closed: &[Date]) -> Option<(DateTime, DateTime, i64)> {
    let mut days = closed.to_vec();
    days.sort_unstable();
    days.dedup();
    // Runs of consecutive dates: (first, the day after the last).
    let mut runs: Vec<(Date, Date)> = Vec::new();
    for day in days {
        let next = day.tomorrow().ok()?;
        match runs.last_mut() {
            Some(run) if run.1 == day => run.1 = next,
            _ => runs.push((day, next)),
        }
    }
    let week_minute = |d: Date| i64::from(d.weekday().to_monday_zero_offset()) * MINUTES_PER_DAY;
    runs.into_iter()
        .filter_map(|(first, after)| {
            let back = time::unstaffed_before(spans, week_minute(first));
            let ahead = time::unstaffed_after(spans, week_minute(after));
            let from = first
                .to_datetime(jiff::civil::Time::midnight())
                .checked_sub(jiff::Span::new().minutes(back))
                .ok()?;
            let to = after
                .to_datetime(jiff::civil::Time::midnight())
                .checked_add(jiff::Span::new().minutes(ahead))
                .ok()?;
            let days = i64::from(first.until(after).ok()?.get_days());
            Some((from, to, back + days * MINUTES_PER_DAY + ahead))
        })
        .max_by_key(|(.., gap)| *gap)
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
    fn closed_dates_lengthen_the_stretch_around_them() {
        use jiff::civil::date;
        // Every day 09:00–17:00; closed 24 to 26 December 2026 (Thursday to
        // Saturday): from Wednesday 17:00 to Sunday 09:00.
        let spans: Vec<(i64, i64)> = (0..7).map(|d| (d * 1440 + 540, d * 1440 + 1020)).collect();
        let closed = [date(2026, 12, 26), date(2026, 12, 24), date(2026, 12, 25)];
        let (from, to, gap) = super::closed_gap(&spans, &closed).expect("a stretch");
        assert_eq!(from, date(2026, 12, 23).at(17, 0, 0, 0));
        assert_eq!(to, date(2026, 12, 27).at(9, 0, 0, 0));
        assert_eq!(gap, 88 * 60);
        // Two runs: the longer one counts.
        let closed = [date(2026, 12, 24), date(2027, 1, 1), date(2027, 1, 2)];
        assert_eq!(
            super::closed_gap(&spans, &closed).map(|g| g.2),
            Some(64 * 60)
        );
        assert_eq!(super::closed_gap(&spans, &[]), None);
    }

    #[test]
    fn moments_of_the_week_are_named() {
        assert_eq!(moment(0), "Monday 00:00");
        assert_eq!(moment(4 * 1440 + 1020), "Friday 17:00");
        assert_eq!(moment(7 * 1440 + 540), "Monday 09:00");
    }
}
