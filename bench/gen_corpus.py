"""Write N realistic strategy files for the benchmark, deterministically.

Each file is one of the bundled examples (English, French, Arabic; about 400
lines, every section used) made into a different brand and market: its own
id, name, version, description and account handles. The same seed and N give
the same bytes. Every file passes `commstrat check`.

Usage: python3 bench/gen_corpus.py OUT_DIR N [--seed S]
"""

import argparse
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEMPLATES = sorted((ROOT / "strategies").glob("*.toml"))
MARKETS = ["north", "south", "east", "west", "coast", "valley", "city", "lakes", "hills", "islands"]


def top_level(text):
    """The part of the file before the first table header."""
    match = re.search(r"^\[", text, re.M)
    return (text[: match.start()], text[match.start():]) if match else (text, "")


def make(template, index, rng):
    head, body = top_level(template)
    market = rng.choice(MARKETS)
    head = re.sub(r'^id = "([a-z0-9-]+)"', lambda m: f'id = "{m.group(1)}-{market}-{index:05d}"', head, count=1, flags=re.M)
    head = re.sub(r'^name = "(.*)"', lambda m: f'name = "{m.group(1)} {market.title()} {index}"', head, count=1, flags=re.M)
    version = f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
    head = re.sub(r'^version = ".*"', f'version = "{version}"', head, count=1, flags=re.M)
    head = re.sub(r'^description = "(.*)"', lambda m: f'description = "{m.group(1)} Market {index}: {market}."', head, count=1, flags=re.M)
    # Handles differ per brand; ids and references stay as they are.
    body = re.sub(r'^handle = "(@?)([^"]*)"', lambda m: f'handle = "{m.group(1)}{m.group(2)}{index}"', body, flags=re.M)
    return head + body


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    templates = [t.read_text(encoding="utf-8") for t in TEMPLATES]
    args.out.mkdir(parents=True, exist_ok=True)
    for index in range(args.count):
        template = templates[index % len(templates)]
        text = make(template, index, rng)
        # No `#:schema` line: the benchmark names the schema on the command
        # line, and the files stay the same bytes on every machine.
        text = re.sub(r"^#:schema .*\n", "", text, count=1)
        (args.out / f"strategy-{index:05d}.toml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
