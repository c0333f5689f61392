//! Durations as strategies write them (`"1h30m"`), read into minutes and
//! written back in their shortest form.

use super::clock::MINUTES_PER_DAY;

/// Durations are capped so that adding one to any date stays in range.
const MAX_DURATION_MINUTES: i64 = 100 * 366 * MINUTES_PER_DAY;

/// Why a duration string was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationError {
    /// Not one or more `<int><unit>` parts with units d, h, m.
    Syntax,
    /// Longer than a hundred years.
    TooLarge,
}

/// Minutes in a duration such as `1h30m`.
pub fn parse_duration(text: &str) -> Result<i64, DurationError> {
    let mut total: i64 = 0;
    let mut rest = text;
    if rest.is_empty() {
        return Err(DurationError::Syntax);
    }
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(DurationError::Syntax);
        }
        let (number, tail) = rest.split_at(digits);
        let mut chars = tail.chars();
        let minutes = match chars.next() {
            Some('d') => MINUTES_PER_DAY,
            Some('h') => 60,
            Some('m') => 1,
            _ => return Err(DurationError::Syntax),
        };
        let n: i64 = number.parse().map_err(|_| DurationError::TooLarge)?;
        total = n
            .checked_mul(minutes)
            .and_then(|m| total.checked_add(m))
            .ok_or(DurationError::TooLarge)?;
        rest = chars.as_str();
    }
    if total > MAX_DURATION_MINUTES {
        return Err(DurationError::TooLarge);
    }
    Ok(total)
}

/// "2h", "1h30m", "1d" — the shortest way to write a number of minutes.
pub fn format_duration(minutes: i64) -> String {
    let (d, h, m) = (
        minutes / MINUTES_PER_DAY,
        minutes % MINUTES_PER_DAY / 60,
        minutes % 60,
    );
    let mut out = String::new();
    if d > 0 {
        out.push_str(&format!("{d}d"));
    }
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if m > 0 || out.is_empty() {
        out.push_str(&format!("{m}m"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1h30m"), Ok(90));
        assert_eq!(parse_duration("1d"), Ok(1440));
        assert_eq!(parse_duration("0m"), Ok(0));
        assert_eq!(parse_duration("30m1h"), Ok(90));
        assert_eq!(parse_duration("1h 30m"), Err(DurationError::Syntax));
        assert_eq!(parse_duration("h"), Err(DurationError::Syntax));
        assert_eq!(
            parse_duration("99999999999999999999d"),
            Err(DurationError::TooLarge)
        );
        assert_eq!(format_duration(90), "1h30m");
        assert_eq!(format_duration(0), "0m");
    }
}
