#!/usr/bin/env bash
# Where a whole Cadence run's CPU goes, native code included: Linux perf samples every thread
# (the JIT compilers, zlib, the kernel's page faults), which Flight Recorder does not see; the
# JVM writes a perf map at exit so compiled Java methods have names. bench/RESULTS.md reads it.
#
#   bench/perf.sh [ROSTER] [jar|launcher]
#     ROSTER   default: the JasperReports section's 2,000-client roster (run bench/run.sh
#              --jasper-only once to have it), or any roster
#     jar      java -jar target/cadence.jar, Java's defaults (the default)
#     launcher target/cadence, its own JVM options
#
# Needs perf (Debian: linux-perf). Prints CPU seconds by thread group, then the busiest
# libraries and methods. Files go to target/bench/perf/.
set -euo pipefail
cd "$(dirname "$0")/.."
roster=${1:-target/bench/jasper/roster-latin-2000.csv}
mode=${2:-jar}
if ! command -v perf >/dev/null; then
  echo "perf is not installed (Debian: apt-get install linux-perf)" >&2
  exit 2
fi
if [ ! -f "$roster" ]; then
  echo "no roster $roster: give one, or run bench/run.sh --jasper-only first" >&2
  exit 2
fi
if [ ! -f target/cadence.jar ]; then
  mvn -q -B package -DskipTests
fi
work=target/bench/perf
rm -rf "$work" && mkdir -p "$work"
map="-XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit"
args=("$roster" --as-of 2026-11-23 --threads 2 --quiet --out "$work/out")
hz=999
case "$mode" in
  jar) perf record -q -e cpu-clock -F $hz -o "$work/perf.data" java $map -jar target/cadence.jar "${args[@]}" || true ;;
  launcher) CADENCE_JAVA_OPTS="$map" perf record -q -e cpu-clock -F $hz -o "$work/perf.data" target/cadence "${args[@]}" || true ;;
  *) echo "mode: jar or launcher" >&2; exit 2 ;;
esac
echo "== CPU by thread (samples at $hz Hz: divide by $hz for seconds)"
perf report -i "$work/perf.data" --no-children --sort comm -g none 2>/dev/null | grep -v '^#' | grep '%' | head -20
echo "== by thread and library"
perf report -i "$work/perf.data" --no-children --sort comm,dso -g none 2>/dev/null | grep -v '^#' | grep '%' | head -25
echo "== busiest symbols (Java methods by the perf map)"
perf report -i "$work/perf.data" --no-children --sort sym -g none 2>/dev/null | grep -v '^#' | grep '%' | head -40
