#!/usr/bin/env bash
# The benchmark, in one command: bench/run.sh [RUNS]
# Builds commstrat in release mode, installs taplo
# (pinned, from PyPI) in a virtual environment under target/, writes the
# corpora (1,000 and 10,000 files, same seed, same bytes), then measures.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
TAPLO_VERSION=0.9.3
OUT=target/bench

# GNU time counts each command's peak memory.
if [ ! -x /usr/bin/time ]; then
  apt-get install -y -qq time >/dev/null || { echo "bench/run.sh needs GNU time (apt-get install time)"; exit 2; }
fi
cargo build --release --locked --quiet
if ! "$OUT/venv/bin/taplo" --version 2>/dev/null | grep -q "$TAPLO_VERSION"; then
  python3 -m venv "$OUT/venv"
  "$OUT/venv/bin/pip" install --quiet "taplo==$TAPLO_VERSION"
fi
for n in 1000 10000; do
  if [ "$(find "$OUT/corpus-$n" -name '*.toml' 2>/dev/null | wc -l)" != "$n" ]; then
    rm -rf "$OUT/corpus-$n"
    python3 bench/gen_corpus.py "$OUT/corpus-$n" "$n" --seed 2026
  fi
done
target/release/commstrat check "$OUT/corpus-1000" --quiet
python3 bench/bench.py \
  --commstrat target/release/commstrat \
  --taplo "$OUT/venv/bin/taplo" \
  --corpus "$OUT/corpus-1000" \
  --big "$OUT/corpus-10000" \
  --runs "$RUNS"
