#!/usr/bin/env python3
"""The worst input of each class of issue 16, timed: wall time, peak memory
and exit code of one run each, against the bound of 2 s and 200 MiB.

    python3 bench/hostile.py target/release/commstrat

Writes its inputs under target/bench/hostile (made from src/starter.toml and
strategies/), runs each command once under GNU time, and prints a Markdown
table for docs/benchmarks.md. Exit code 101 (a panic) or 134 (an abort) is
a failure whatever the time.
"""

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
    yield ("16,000 unknown references (1.2 MB), human", "refs.toml",
           STARTER.replace("[[roles]]\n", refs + "[[roles]]\n", 1), ["check"])
    yield ("700,000 unknown keys (8 MB), SARIF", "keys.toml",
           STARTER.replace("schema = 1\n", "schema = 1\n" + keys, 1)[: 8 * 1024 * 1024 - 1],
           ["check", "--format", "sarif"])
    yield ("20,000 findings on one line, human", "one-line.toml",
           STARTER.replace("[[roles]]\n", persona + "[[roles]]\n", 1),
           ["check"])


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
        path.write_text(text)
        command = [binary, *args[:2], str(path), *args[2:]] if args[0] == "render" else [binary, args[0], str(path), *args[1:]]
        code, wall, mib = measure(command)
        ok = code in (0, 1, 2) and wall < LIMIT_SECONDS and mib < LIMIT_MIB
        failed |= not ok
        shown = " ".join(["commstrat", *args])
        print(f"| {name} ({len(text.encode()) // 1024:,} KiB) | `{shown}` | {code} | {wall:.2f} s | {mib:.0f} MiB | {'yes' if ok else 'no'} |")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
