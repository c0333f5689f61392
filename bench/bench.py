"""The benchmark of `commstrat check`, against taplo's schema-only check.

Runs each measured command several times, alternating them so that a busy
moment of the machine hurts them alike, and reports medians of wall time and
the peak memory of each process (from wait4, the kernel's own count).
Run through bench/run.sh, which builds and installs what this needs.
"""

import argparse
import os
import pathlib
import platform
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def measure(command):
    """Wall seconds and peak resident memory (MiB) of one run.

    GNU time reports the peak memory: a process started from Python would
    count Python's own size in its peak (fork and posix_spawn share it until
    exec), so the count must come from a small parent.
    """
    with tempfile.NamedTemporaryFile("r") as peak, tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        process = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", peak.name, *command],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            check=False,
        )
        wall = time.perf_counter() - start
        if process.returncode != 0:
            stderr.seek(0)
            sys.exit(f"{command[0]} failed:\n{stderr.read().decode('utf-8', 'replace')[-2000:]}")
        kib = int(peak.read().split()[-1])
    return wall, kib / 1024


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in open("/proc/meminfo", encoding="utf-8"):
            if line.startswith("MemTotal"):
                memory = f", {int(line.split()[1]) // 1024 // 1024} GiB RAM"
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--commstrat", required=True)
    parser.add_argument("--taplo", required=True)
    parser.add_argument("--corpus", required=True, type=pathlib.Path, help="folder of 1,000 files")
    parser.add_argument("--big", required=True, type=pathlib.Path, help="folder of 10,000 files")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    files = sorted(str(p) for p in args.corpus.glob("*.toml"))
    big = len(list(args.big.glob("*.toml")))
    schema = f"file://{ROOT / 'schemas/strategy.schema.json'}"
    commands = {
        "commstrat check (schema + every rule), 1,000 files": [args.commstrat, "check", str(args.corpus), "--quiet"],
        "taplo check --schema (schema only), 1,000 files": [args.taplo, "check", "--schema", schema, *files],
    }
    single = [args.commstrat, "check", files[0], "--quiet"]
    results = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            results[name].append(measure(command))
    single_runs = [measure(single) for _ in range(args.runs * 5)]
    # The per-file cost at 10,000 files is compared with 1,000-file runs
    # alternated with them, so that a change of load on the machine between
    # the two phases does not show up as a cost that grows with the files.
    paired_small, big_runs = [], []
    for _ in range(max(5, args.runs // 2)):
        paired_small.append(measure([args.commstrat, "check", str(args.corpus), "--quiet"]))
        big_runs.append(measure([args.commstrat, "check", str(args.big), "--quiet"]))

    def median(runs, index=0):
        return statistics.median(r[index] for r in runs)

    names = list(commands)
    ours, taplo = (median(results[n]) for n in names)
    per_file_small = median(paired_small) / len(files)
    per_file_big = median(big_runs) / big
    rows = [
        (names[0], f"{ours * 1000:.0f} ms", f"{max(r[1] for r in results[names[0]]):.1f} MiB"),
        (names[1], f"{taplo * 1000:.0f} ms", f"{max(r[1] for r in results[names[1]]):.1f} MiB"),
        ("commstrat check, one file (process start included)", f"{median(single_runs) * 1000:.1f} ms", f"{max(r[1] for r in single_runs):.1f} MiB"),
        (f"commstrat check, {big:,} files", f"{median(big_runs) * 1000:.0f} ms", f"{max(r[1] for r in big_runs):.1f} MiB"),
    ]
    targets = [
        ("1,000 files: faster than taplo", "≥ 8×", f"{taplo / ours:.2f}×", taplo / ours >= 8),
        ("one file, process start included", "< 10 ms", f"{median(single_runs) * 1000:.1f} ms", median(single_runs) < 0.010),
        ("peak memory, 1,000 files", "< 100 MiB", f"{max(r[1] for r in results[names[0]]):.1f} MiB", max(r[1] for r in results[names[0]]) < 100),
        (f"per-file cost, {big:,} against 1,000 files", "≤ 1.2×", f"{per_file_big / per_file_small:.2f}×", per_file_big / per_file_small <= 1.2),
    ]
    print(f"Machine: {machine()}")
    print(f"Runs: {args.runs} alternating (one file: {len(single_runs)}; {big:,} files: {len(big_runs)}, each after a 1,000-file run for the per-file ratio); medians of wall time, peak memory of the largest run.\n")
    print("| Measurement | Wall (median) | Peak memory |")
    print("|---|---:|---:|")
    for row in rows:
        print(f"| {row[0]} | {row[1]} | {row[2]} |")
    print("\n| Target | Goal | Measured | Met |")
    print("|---|---|---:|:-:|")
    for name, goal, got, met in targets:
        print(f"| {name} | {goal} | {got} | {'yes' if met else 'no'} |")


if __name__ == "__main__":
    main()
