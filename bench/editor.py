#!/usr/bin/env python3
"""The two speed targets of issue 21, measured on the release build.

1. `commstrat lsp`: after a change to a 1,000-line strategy, how long until
   its diagnostics arrive (from sending `didChange` to reading
   `publishDiagnostics`), over many changes: median and 95th percentile.
   Goal: within 30 ms.
2. `commstrat lint` of one CSV of 10,000 drafts (Sprout's columns and a
   network column), process start included: median of the runs.
   Goal: under 1 s.

    cargo build --release && python3 bench/editor.py [--runs 7] [--changes 200]

Inputs are made here from the bundled Northwind strategy with a fixed
seed, so every run measures the same bytes.
"""

import argparse
import json
import pathlib
import random
import statistics
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
STRATEGY = ROOT / "strategies/northwind-outdoor.toml"


def big_strategy(lines: int) -> str:
    """Northwind with metrics added at its end until it has `lines` lines."""
    text = STRATEGY.read_text(encoding="utf-8")
    n = 0
    while text.count("\n") < lines:
        n += 1
        text += (
            f"\n[[metrics]]\nid = \"bench-metric-{n}\"\nname = \"Bookings from trail day {n}\"\n"
            "measure = \"custom\"\ntarget = \"> 10\"\nnetworks = [\"instagram\"]\n"
            "review = \"monthly\"\nowner = \"care-lead\"\nsource = \"Booking form\"\n"
        )
    return text


def drafts_csv(rows: int, seed: int) -> str:
    """A CSV of `rows` drafts: short and long captions, some with avoided
    phrases, emoji, placeholders and links, on the strategy's networks."""
    rng = random.Random(seed)
    networks = ["x", "bluesky", "mastodon", "instagram", "facebook"]
    pieces = [
        "New trail maps are out",
        "We utilize recycled down in every jacket",
        "Rest assured, your order is on its way",
        "Tell us where you hiked this weekend 🥾",
        "Our repair guide: https://example.com/repair",
        "Hi [first name], thanks for the photo!",
        "Three tips for wet-weather camping",
        "#trail #hiking #outdoors",
    ]
    out = ["date,time_24hr,message_text,network"]
    for i in range(rows):
        words = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        text = words.replace('"', '""')
        out.append(f"12/{(i % 28) + 1:02d}/2026,{9 + i % 9:02d}:00,\"{text}\",{rng.choice(networks)}")
    return "\r\n".join(out) + "\r\n"


class Server:
    def __init__(self, binary: str):
        self.p = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next = 1

    def send(self, message: dict) -> None:
        body = json.dumps(message).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def receive(self) -> dict:
        length = 0
        while True:
            line = self.p.stdout.readline().strip()
            if not line:
                break
            if line.startswith(b"Content-Length:"):
                length = int(line.split()[1])
        return json.loads(self.p.stdout.read(length))

    def request(self, method: str, params) -> dict:
        self.send({"jsonrpc": "2.0", "id": self.next, "method": method, "params": params})
        self.next += 1
        while True:
            message = self.receive()
            if "id" in message and "method" not in message:
                return message

    def notify(self, method: str, params) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self) -> list:
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics":
                return message["params"]["diagnostics"]


def bench_lsp(binary: str, changes: int) -> dict:
    text = big_strategy(1000)
    server = Server(binary)
    server.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    server.notify("initialized", {})
    uri = "file:///bench/strategy.toml"
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "toml", "version": 1, "text": text}})
    assert server.diagnostics() == [], "the strategy checks clean"
    times = []
    for i in range(changes):
        # Alternate a promise that holds and one that does not.
        changed = text.replace('response_time = "2h"', f'response_time = "{1 + i % 2}h"', 1)
        start = time.perf_counter()
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": i + 2},
            "contentChanges": [{"text": changed}],
        })
        server.diagnostics()
        times.append((time.perf_counter() - start) * 1000)
    server.request("shutdown", None)
    server.notify("exit", None)
    server.p.wait()
    times.sort()
    return {
        "lines": text.count("\n"),
        "changes": changes,
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 1),
        "max_ms": round(times[-1], 1),
    }


def bench_lint(binary: str, runs: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        csv = pathlib.Path(folder) / "drafts.csv"
        csv.write_text(drafts_csv(10_000, seed=2026), encoding="utf-8")
        command = [binary, "lint", "--strategy", str(STRATEGY), "--format", "json", str(csv)]
        times, findings = [], None
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True)
            times.append((time.perf_counter() - start) * 1000)
            assert done.returncode in (0, 1), done.stderr
            findings = len(json.loads(done.stdout)["diagnostics"])
        return {
            "drafts": 10_000,
            "bytes": csv.stat().st_size if csv.exists() else None,
            "findings_reported": findings,
            "median_ms": round(statistics.median(times), 1),
            "min_ms": round(min(times), 1),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--commstrat", default=str(ROOT / "target/release/commstrat"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--changes", type=int, default=200)
    args = parser.parse_args()
    lsp = bench_lsp(args.commstrat, args.changes)
    print(f"lsp: {lsp['lines']}-line strategy, {lsp['changes']} changes: diagnostics after "
          f"median {lsp['median_ms']} ms, 95th percentile {lsp['p95_ms']} ms, max {lsp['max_ms']} ms (goal: 30 ms)")
    lint = bench_lint(args.commstrat, args.runs)
    print(f"lint: {lint['drafts']} drafts in one CSV: median {lint['median_ms']} ms, "
          f"min {lint['min_ms']} ms over {args.runs} runs, {lint['findings_reported']} findings reported (goal: under 1 s)")


if __name__ == "__main__":
    main()
