#!/usr/bin/env python3
"""The worst input of each class of issue 16, timed: wall time, peak memory
and exit code of one run each, against the bound of 2 s and 200 MiB.

    python3 bench/hostile.py target/release/commstrat

Writes its inputs under target/bench/hostile (made from src/starter.toml and
strategies/), runs each command once under GNU time, and prints a Markdown
table for docs/benchmarks.md. Exit code 101 (a panic) or 134 (an abort) is
a failure whatever the time.
"""

import datetime
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "target" / "bench" / "hostile"
STARTER = (ROOT / "src" / "starter.toml").read_text()
LIMIT_SECONDS = 2.0
LIMIT_MIB = 200


def with_calendar(calendar):
    start = STARTER.index("[[calendar.series]]")
    end = STARTER.index("[[metrics]]")
    return STARTER[:start] + calendar + "\n" + STARTER[end:]


def series(i, at, brief=""):
    return (
        f'[[calendar.series]]\nid = "s{i}"\ntitle = "Series {i}"\npractice = "question"\n'
        f'networks = ["instagram"]\nevery = "day"\nat = {at}\nstarts = 2026-01-01\n'
        + (f'brief = "{brief}"\n' if brief else "")
        + "\n"
    )


def cross(networks, playbooks):
    """The starter with more networks, and more playbooks for all of them."""
    more_networks = "".join(
        f'[[networks]]\nid = "n{i}"\nplatform = "mastodon"\nhandle = "@h"\naudience = "A"\n'
        f'purpose = ["P"]\nschedule = "office"\nresponse_time = "2h"\n\n' for i in range(networks))
    more_playbooks = "".join(
        f'[[playbooks]]\nid = "pb{i}"\nkind = "question"\ntitle = "Q"\nowner = "community"\n'
        f'steps = ["S"]\nreplies = [{{ channel = "public", text = "Hi {{{{ follower }}}}" }}]\n\n'
        for i in range(playbooks))
    return (STARTER.replace("[[schedules]]\n", more_networks + "[[schedules]]\n", 1)
            .replace("[[crisis.levels]]\n", more_playbooks + "[[crisis.levels]]\n", 1))


def inputs():
    """(name, file name, file text, arguments after the file)."""
    every_minute = "[" + ", ".join(f'"{h:02}:{m:02}"' for h in range(24) for m in range(60)) + "]"
    big_briefs = "".join(series(i, '"09:00"', "b" * 20_000) for i in range(50))
    refs = "".join(
        f'[[roles]]\nid = "role-{i}"\nname = "R"\ncontact = "c"\nbackup = "missing-{i}"\n\n'
        for i in range(16_000)
    )
    keys = "".join(f"k{i} = 0\n" for i in range(700_000))
    persona = "[[personas]]\nid = \"p\"\nname = \"P\"\ndescription = \"D\"\nnetworks = [" + ", ".join(
        f'"missing-{i}"' for i in range(20_000)) + "]\n\n"
    yield ("1 MB of briefs, calendar as CSV, 4 weeks", "briefs.toml", with_calendar(big_briefs),
           ["render", "calendar", "--from", "2026-01-01", "--format", "csv"])
    yield ("bundled example, --from 0001-01-01 --to 9999-12-31", None,
           (ROOT / "strategies" / "northwind-outdoor.toml").read_text(),
           ["render", "calendar", "--from", "0001-01-01", "--to", "9999-12-31", "--format", "csv"])
    yield ("a series every minute (34 KB), 4 weeks", "every-minute.toml",
           with_calendar("".join(series(i, every_minute) for i in range(1))),
           ["render", "calendar", "--from", "2026-01-01", "--format", "csv"])
    yield ("a daily series that starts in year 1, 4 weeks of 2026", "year-one.toml",
           with_calendar(series(0, '"09:00"').replace("starts = 2026-01-01", "starts = 0001-01-01")),
           ["render", "calendar", "--from", "2026-01-01", "--format", "csv"])
    yield ("16,000 unknown references (1.2 MB), human", "refs.toml",
           STARTER.replace("[[roles]]\n", refs + "[[roles]]\n", 1), ["check"])
    yield ("700,000 unknown keys (8 MB), SARIF", "keys.toml",
           STARTER.replace("schema = 1\n", "schema = 1\n" + keys, 1)[: 8 * 1024 * 1024 - 1],
           ["check", "--format", "sarif"])
    yield ("20,000 findings on one line, human", "one-line.toml",
           STARTER.replace("[[roles]]\n", persona + "[[roles]]\n", 1),
           ["check"])
    # The 7 MB line: one description of 7 MB, and one unknown key.
    yield ("a 7 MB line, human", "long-line.toml",
           STARTER.replace('description = "', 'description = "' + "é" * (7 * 512 * 1024) + " ", 1)
           + "\nunknown = 1\n", ["check"])
    # The worst of each kind under the 500,000-token limit: the most values
    # (two tokens each), tables or findings a file can hold.
    fit = lambda unit: (500_000 - 3_700) // unit
    closed = lambda items: STARTER.replace("closed = [2026-12-25]", "closed = [" + ",".join(items) + "]")
    yield ("248,000 integers where dates belong, at the token limit", "ints.toml",
           closed("1" for _ in range(fit(2))), ["check", "--format", "sarif"])
    yield ("248,000 empty strings where dates belong (findings cap)", "strings.toml",
           closed('""' for _ in range(fit(2))), ["check"])
    first = datetime.date(1500, 1, 1)
    days = [(first + datetime.timedelta(days=i)).isoformat() for i in range(fit(2))]
    yield ("248,000 distinct closed days, at the token limit", "dates.toml", closed(days), ["check"])
    yield ("248,000 distinct closed days, guide", "dates.toml", closed(days), ["render", "guide"])
    yield ("248,000 unknown networks on one line", "many-refs.toml",
           STARTER.replace('networks = ["instagram"]',
                           "networks = [" + ",".join(f'"x{i}"' for i in range(fit(2))) + "]", 1),
           ["check", "--format", "sarif"])
    yield ("82,000 empty [[networks]] tables (schema in pieces)", "tables.toml",
           STARTER + "[[networks]]\n" * fit(6), ["check", "--format", "json"])
    block = STARTER[STARTER.index("[[networks]]"):STARTER.index("[[schedules]]")]
    # 3,000 networks: the starter's three playbooks then reach 18,006 of the
    # 20,000 (playbook, network) and (reply, network) pairs.
    networks = STARTER + "".join(block.replace('id = "instagram"', f'id = "n{i}"') for i in range(3_000))
    yield ("3,000 complete networks", "networks.toml", networks, ["check"])
    yield ("3,000 complete networks, guide", "networks.toml", networks, ["render", "guide"])
    yield ("3,000 networks x 3,000 playbooks (pairs limit)", "cross.toml", cross(3_000, 3_000), ["check"])
    yield ("99 networks x 97 playbooks: 20,000 pairs, guide", "cross-limit.toml", cross(99, 97),
           ["render", "guide"])
    # diff of two files at the pair limit, every response time changed:
    # a cube of look-ups before (24.6 s for 3,000 x 3,000).
    changed = OUT / "cross-limit-changed.toml"
    changed.write_text(cross(99, 97).replace('response_time = "2h"', 'response_time = "3h"'), encoding="utf-8")
    yield ("diff at 20,000 pairs, every response time changed", "cross-limit.toml", cross(99, 97),
           ["diff", str(changed)])


def measure(command):
    with tempfile.NamedTemporaryFile("r") as peak:
        start = time.perf_counter()
        process = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", peak.name, *command],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
        )
        wall = time.perf_counter() - start
        kib = int(peak.read().split()[-1] or 0)
    return process.returncode, wall, kib / 1024


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target" / "release" / "commstrat")
    OUT.mkdir(parents=True, exist_ok=True)
    print("| Input | Command | Exit | Wall | Peak memory | Within 2 s and 200 MiB |")
    print("|---|---|---:|---:|---:|:-:|")
    failed = False
    for name, file_name, text, args in inputs():
        path = OUT / (file_name or "example.toml")
        path.write_text(text, encoding="utf-8")
        command = [binary, *args[:2], str(path), *args[2:]] if args[0] == "render" else [binary, args[0], str(path), *args[1:]]
        code, wall, mib = measure(command)
        ok = code in (0, 1, 2) and wall < LIMIT_SECONDS and mib < LIMIT_MIB
        failed |= not ok
        shown = " ".join(["commstrat", *(pathlib.Path(a).name if a.startswith("/") else a for a in args)])
        print(f"| {name} ({len(text.encode()) // 1024:,} KiB) | `{shown}` | {code} | {wall:.2f} s | {mib:.0f} MiB | {'yes' if ok else 'no'} |")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
