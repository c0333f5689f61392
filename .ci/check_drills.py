"""Check commstrat's crisis run sheets in iCalendar with independent parsers.

For each strategy and each of its crisis levels, render `drill --format
ics` and `--format json` from the same start, then:
- parse the ICS with the strict `ical` package and with `icalendar`;
- check one event per step of the JSON timeline, each starting at the
  step's instant, each with one display alarm at its start;
- check that every physical line ends in CRLF and fits in 75 octets.
Usage: check_drills.py BINARY START STRATEGY...
"""

import datetime
import json
import subprocess
import sys

import icalendar
from ical.calendar_stream import IcsCalendarStream


def drill(binary, strategy, level, start, fmt):
    done = subprocess.run(
        [binary, "drill", strategy, "--level", str(level), "--start", start, "--format", fmt],
        capture_output=True,
    )
    return done.returncode, done.stdout, done.stderr.decode()


def main():
    binary, start, *strategies = sys.argv[1:]
    sheets = 0
    for strategy in strategies:
        for level in range(1, 6):
            code, out, err = drill(binary, strategy, level, start, "json")
            if code == 2 and "no crisis level" in err:
                continue
            if code == 2 and "scenarios" in err:
                continue  # several scenarios at this level: each needs --scenario
            assert code == 0, (strategy, level, err)
            sheet = json.loads(out)
            code, ics, err = drill(binary, strategy, level, start, "ics")
            assert code == 0, (strategy, level, err)
            for line in ics.split(b"\r\n"):
                assert len(line) <= 75 and b"\n" not in line, line
            strict = IcsCalendarStream.calendar_from_ics(ics.decode("utf-8"))
            loose = list(icalendar.Calendar.from_ical(ics).walk("VEVENT"))
            steps = sheet["timeline"]
            assert len(strict.events) == len(loose) == len(steps), (strategy, level)
            for step, event, other in zip(steps, strict.events, loose):
                at = datetime.datetime.fromisoformat(step["at"].split("[")[0])
                assert event.dtstart == at, (strategy, level, event.dtstart, at)
                assert other.decoded("DTSTART") == at
                alarms = list(other.walk("VALARM"))
                assert len(alarms) == 1 and str(alarms[0]["ACTION"]) == "DISPLAY"
                assert len(event.alarm) == 1
            sheets += 1
            print(f"ok: {strategy} level {level}: {len(steps)} steps, one event and one alarm each")
    assert sheets, "no run sheet checked"


if __name__ == "__main__":
    main()
