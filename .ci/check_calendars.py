"""Check commstrat's calendars with independent parsers.

For each strategy given, render its calendar as iCalendar, CSV and JSON over
the same window, then:
- parse the ICS with the strict `ical` package and with `icalendar`;
- parse the CSV with Python's csv module;
- check that every format lists the same occurrences: one ICS event per slot
  (a post on all its networks, each named in it), one CSV row and one JSON
  occurrence per network, and each event's start (UTC instant, or date for
  all-day events) equal to the JSON's;
- check that `--alarm 15m` gives each timed post, and nothing else, a
  15-minute display reminder.
Usage: check_calendars.py BINARY FROM WEEKS STRATEGY...
"""

import csv
import datetime
import io
import json
import subprocess
import sys

import icalendar
from ical.calendar_stream import IcsCalendarStream


def render(binary, strategy, fmt, start, weeks, *extra):
    return subprocess.run(
        [binary, "render", "calendar", strategy, "--from", start,
         "--weeks", weeks, "--format", fmt, *extra],
        check=True, capture_output=True,
    ).stdout


def main():
    binary, start, weeks, *strategies = sys.argv[1:]
    for strategy in strategies:
        # With a reminder 15 minutes before each timed post.
        ics = render(binary, strategy, "ics", start, weeks, "--alarm", "15m")
        data = json.loads(render(binary, strategy, "json", start, weeks))
        rows = list(csv.DictReader(io.StringIO(
            render(binary, strategy, "csv", start, weeks).decode("utf-8"), newline="")))
        occurrences = data["occurrences"]
        language = data["language"]
        assert occurrences, f"{strategy}: no occurrence between {start} and {weeks} weeks on"

        # Every physical line ends in CRLF and fits in 75 octets.
        for line in ics.split(b"\r\n"):
            assert len(line) <= 75 and b"\n" not in line, line

        strict = IcsCalendarStream.calendar_from_ics(ics.decode("utf-8"))
        loose = icalendar.Calendar.from_ical(ics)
        loose_events = list(loose.walk("VEVENT"))
        # One event per slot (a post on all its networks), one JSON
        # occurrence and one CSV row per network.
        slots = {}
        for o in occurrences:
            slots.setdefault(o["slot"], []).append(o)
        assert len(strict.events) == len(loose_events) == len(slots), (
            strategy, len(strict.events), len(loose_events), len(slots))
        assert len(occurrences) == len(rows), (strategy, len(occurrences), len(rows))
        assert len({o["uid"] for o in occurrences}) == len(occurrences), f"{strategy}: duplicate UIDs"

        by_uid = {slot: group[0] for slot, group in slots.items()}

        def plain(text):
            # Right-to-left wording isolates each value (U+2068 ... U+2069).
            return str(text).replace("\u2068", "").replace("\u2069", "")

        for event in strict.events:
            o = by_uid[event.uid]
            assert plain(event.summary).startswith(plain(o["title"])), (event.summary, o["title"])
            group = slots[event.uid]
            assert all(g["utc"] == o["utc"] and g["date"] == o["date"] for g in group), group
            for g in group:
                assert g["labels"]["platform"] in plain(event.summary), (g["labels"]["platform"], event.summary)
                assert g["handle"] in plain(event.description), (g["handle"], event.description)
            if o["utc"] is None:
                assert isinstance(event.dtstart, datetime.date)
                assert not isinstance(event.dtstart, datetime.datetime)
                assert event.dtstart.isoformat() == o["date"]
                assert event.dtend == event.dtstart + datetime.timedelta(days=1)
            else:
                utc = event.dtstart.astimezone(datetime.timezone.utc)
                assert utc.strftime("%Y-%m-%dT%H:%M:%SZ") == o["utc"], (utc, o["utc"])
                assert event.dtend > event.dtstart
        for event in loose_events:
            o = by_uid[str(event["UID"])]
            assert plain(event["SUMMARY"]).startswith(plain(o["title"]))
            assert event.get("DTSTAMP") is not None
            # The category is the practice worded in the strategy's language,
            # and every worded property says which language it is in.
            assert str(event["CATEGORIES"].cats[0]) == o["labels"]["practice"]
            alarms = list(event.walk("VALARM"))
            timed_post = o["kind"] in ("series", "event") and o["utc"] is not None
            assert len(alarms) == (1 if timed_post else 0), (o["uid"], len(alarms))
            for alarm in alarms:
                assert alarm["TRIGGER"].dt == datetime.timedelta(minutes=-15), alarm["TRIGGER"].dt
                assert str(alarm["ACTION"]) == "DISPLAY"
            for name in ("SUMMARY", "DESCRIPTION", "CATEGORIES"):
                tag = event[name].params["LANGUAGE"]
                assert language.lower().startswith(tag.lower()), (name, tag, language)

        # CSV cells a spreadsheet would run as a formula carry a leading "'".
        def cell(value):
            return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value

        for row, o in zip(rows, occurrences):
            expected = {
                "date": o["date"], "local_time": o["local_time"] or "", "zone": o["zone"],
                "utc_instant": o["utc"] or "", "network": o["network"],
                "platform": o["platform"], "handle": o["handle"], "practice": o["practice"],
                "title": o["title"], "owner": o["owner"] or "", "brief": o["brief"] or "",
            }
            expected = {key: cell(value) for key, value in expected.items()}
            assert row == expected, (row, expected)
        print(f"ok: {strategy}: {len(occurrences)} occurrences in {len(slots)} slots agree in ICS (ical, icalendar), CSV and JSON")


if __name__ == "__main__":
    main()
