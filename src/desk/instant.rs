//! An instant as a person gives it on the command line: RFC 3339
//! (`2026-12-04T19:50:00+01:00`), RFC 9557 with its zone
//! (`2026-12-04T19:50+01:00[Europe/Paris]`, `2026-12-04T19:50[Europe/Paris]`),
//! or a local date-time followed by a zone (`2026-12-04 19:50
//! Europe/Paris`). Zones come from the bundled tz database.

use jiff::Zoned;
use jiff::civil::DateTime;
use jiff::fmt::temporal::{Pieces, PiecesOffset};
use jiff::tz::TimeZone;

/// The instant `text` names, in the zone it was given in (a fixed offset
/// for RFC 3339).
pub fn parse(text: &str) -> Result<Zoned, String> {
    let text = text.trim();
    let wrong = || {
        format!(
            "`{text}` is not an instant: write 2026-12-04T19:50:00+01:00 (RFC 3339), \
             2026-12-04T19:50[Europe/Paris], or 2026-12-04 19:50 Europe/Paris"
        )
    };
    // A local date-time, then a zone name after the last space.
    if let Some((local, zone)) = text.rsplit_once(' ')
        && zone.contains('/')
    {
        let tz = crate::time::zone(zone)
            .ok_or_else(|| format!("`{zone}` is not a time zone of the tz database"))?;
        let local: DateTime = local
            .trim()
            .replace(' ', "T")
            .parse()
            .map_err(|_| wrong())?;
        return local.to_zoned(tz).map_err(|_| wrong());
    }
    if text.contains('[') {
        let pieces = Pieces::parse(text).map_err(|_| wrong())?;
        let zone = pieces
            .time_zone_annotation()
            .map(|a| a.to_time_zone_with(crate::time::tz_database()))
            .transpose()
            .map_err(|_| wrong())?
            .ok_or_else(wrong)?;
        let local = pieces.date().to_datetime(pieces.time().unwrap_or_default());
        return match pieces.offset() {
            Some(PiecesOffset::Numeric(n)) => {
                let at = n.offset().to_timestamp(local).map_err(|_| wrong())?;
                Ok(at.to_zoned(zone))
            }
            // `Z` is UTC, whatever zone the brackets then name.
            Some(PiecesOffset::Zulu) => {
                let at = jiff::tz::Offset::UTC
                    .to_timestamp(local)
                    .map_err(|_| wrong())?;
                Ok(at.to_zoned(zone))
            }
            _ => local.to_zoned(zone).map_err(|_| wrong()),
        };
    }
    let pieces = Pieces::parse(text).map_err(|_| wrong())?;
    let offset = match pieces.offset() {
        Some(PiecesOffset::Numeric(n)) => n.offset(),
        Some(PiecesOffset::Zulu) => jiff::tz::Offset::UTC,
        _ => return Err(wrong()),
    };
    let local = pieces.date().to_datetime(pieces.time().unwrap_or_default());
    let at = offset.to_timestamp(local).map_err(|_| wrong())?;
    Ok(at.to_zoned(TimeZone::fixed(offset)))
}

/// "Fri 2026-12-04 11:50 (America/Denver)": an instant as the desk reads it.
pub fn local(z: &Zoned) -> String {
    let zone = z
        .time_zone()
        .iana_name()
        .map_or_else(|| z.offset().to_string(), str::to_string);
    // Seconds only when there are some (a received instant may have them).
    let format = if z.second() == 0 {
        "%a %Y-%m-%d %H:%M"
    } else {
        "%a %Y-%m-%d %H:%M:%S"
    };
    format!("{} ({zone})", z.strftime(format))
}

/// The instant in its own zone, and in `reader`'s when that reads
/// differently.
pub fn both(z: &Zoned, reader: &TimeZone) -> String {
    let there = z.with_time_zone(reader.clone());
    if there.offset() == z.offset() && there.time_zone().iana_name() == z.time_zone().iana_name() {
        local(z)
    } else {
        format!("{}, {}", local(z), local(&there))
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn instants_are_read_in_three_forms() {
        let rfc3339 = parse("2026-12-04T19:50:00+01:00").expect("RFC 3339");
        let bracket = parse("2026-12-04T19:50[Europe/Paris]").expect("RFC 9557");
        let spaced = parse("2026-12-04 19:50 Europe/Paris").expect("local and zone");
        assert_eq!(rfc3339.timestamp(), bracket.timestamp());
        assert_eq!(bracket.timestamp(), spaced.timestamp());
        assert_eq!(spaced.time_zone().iana_name(), Some("Europe/Paris"));
        assert_eq!(
            parse("2026-12-04T18:50:00Z").expect("Z").timestamp(),
            rfc3339.timestamp()
        );
        // Z with a zone in brackets is UTC shown in that zone.
        let zulu = parse("2026-12-04T18:50Z[Europe/Paris]").expect("Z and a zone");
        assert_eq!(zulu.timestamp(), rfc3339.timestamp());
        assert_eq!(zulu.time_zone().iana_name(), Some("Europe/Paris"));
        assert!(parse("yesterday").is_err());
        assert!(parse("2026-12-04T19:50").is_err(), "no zone, no instant");
        assert!(parse("2026-12-04 19:50 Mars/Olympus").is_err());
    }
}
