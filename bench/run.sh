#!/usr/bin/env bash
# Cadence's benchmark (issues 7 and 16): generates deterministic rosters of 10k, 100k and 1M clients,
# runs Cadence on them in fresh JVMs and prints clients/s, PDFs/s, wall time, peak memory and every
# target as MET or NOT MET; then compares Cadence with a JasperReports peer (bench/jasper).
# Its files go to target/bench/ (rosters, outputs, logs, results.md).
#
#   bench/run.sh              the full benchmark (about 11 minutes on 2 cores, 5 of them the
#                             JasperReports comparison)
#   bench/run.sh --quick      2k and 20k clients, no 1M: for iterating (about 8 minutes)
#   bench/run.sh --profile    also record the PDF run and the 1M run with Flight Recorder and
#                             print where the time goes
#   bench/run.sh --jasper-only  only the comparison with the JasperReports peer (bench/jasper, built
#                             here when missing or older than its sources; about 5 minutes)
#   options: --threads N (default: the cores), --work DIR (default: target/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
stale="$(find src templates pom.xml -newer target/cadence.jar -print -quit 2>/dev/null || true)"
if [ ! -f target/cadence.jar ] || [ ! -x target/cadence ] || [ ! -d target/test-classes/clinic/cadence/bench ] \
    || [ -n "$stale" ]; then
  echo "building target/cadence.jar, its launcher and the benchmark classes (mvn -q -B package -DskipTests) ..."
  mvn -q -B package -DskipTests
fi
# The JasperReports peer: a Maven project of its own (its OpenPDF 1.3 cannot share a classpath with Cadence's 2.0).
peer=bench/jasper/target/cadence-jasper-peer-1.0-SNAPSHOT.jar
stale="$(find bench/jasper/src bench/jasper/pom.xml -newer "$peer" -print -quit 2>/dev/null || true)"
if [ ! -f "$peer" ] || [ ! -f bench/jasper/target/classpath.txt ] || [ -n "$stale" ]; then
  echo "building the JasperReports peer (mvn -q -B -f bench/jasper/pom.xml package -DskipTests) ..."
  mvn -q -B -f bench/jasper/pom.xml package -DskipTests
fi
exec java -cp "target/cadence.jar:target/test-classes" clinic.cadence.bench.Benchmark "$@"
