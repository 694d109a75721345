#!/usr/bin/env bash
# Cadence's benchmark (issue 7): generates deterministic rosters of 10k, 100k and 1M clients, runs
# Cadence on them in fresh JVMs and prints clients/s, PDFs/s, wall time, peak memory and every
# target as MET or NOT MET. Its files go to target/bench/ (rosters, outputs, logs, results.md).
#
#   bench/run.sh              the full benchmark (about 6 minutes on 2 cores)
#   bench/run.sh --quick      2k and 20k clients, no 1M: for iterating (about 3 minutes)
#   bench/run.sh --profile    also record the PDF run and the 1M run with Flight Recorder and
#                             print where the time goes
#   options: --threads N (default: the cores), --work DIR (default: target/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
stale="$(find src templates pom.xml -newer target/cadence.jar -print -quit 2>/dev/null || true)"
if [ ! -f target/cadence.jar ] || [ ! -x target/cadence ] || [ ! -d target/test-classes/clinic/cadence/bench ] \
    || [ -n "$stale" ]; then
  echo "building target/cadence.jar, its launcher and the benchmark classes (mvn -q -B package -DskipTests) ..."
  mvn -q -B package -DskipTests
fi
exec java -cp "target/cadence.jar:target/test-classes" clinic.cadence.bench.Benchmark "$@"
