#!/bin/sh
# Builds the benchmark module and the CLI distribution, then runs the end-to-end harness (all
# three goals of docs/benchmarks.md) and, unless --no-jmh is given, the JMH benchmarks.
# Generated inputs go to bench/target/bench-data and are reused by later runs; results go to
# bench/target/benchmarks.md and bench/target/jmh-results.json.
#
# Usage: bench/run.sh [--no-jmh] [--no-build] [HARNESS OPTION...]
#   Harness options are --name=value, for example --rounds=5 or --parts=throughput,heap;
#   see org.tradecert.bench.Harness for the list and defaults.
#
# Needs: JDK 17 and Maven with the project's dependencies in the local repository (offline).
# Takes about 20 to 30 minutes on 2 cores the first time, most of it signing the 100,000
# submissions; later runs reuse them. Run it on an otherwise idle machine: the report records
# the load average, and a load above the core count makes the wall times meaningless.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

jmh=yes
build=yes
harness_options=""
for arg in "$@"; do
  case "$arg" in
    --no-jmh) jmh=no ;;
    --no-build) build=no ;;
    *) harness_options="$harness_options $arg" ;;
  esac
done

if [ "$build" = yes ]; then
  # package without install: the module's jars are used from the reactor's target folders.
  mvn -o -B -q package -pl bench,cli -am -DskipTests
fi

classpath="$root/bench/target/classes:$root/bench/target/lib/*"
echo "== machine" >&2
nproc >&2
lscpu | grep -m1 'Model name' >&2 || true
grep MemTotal /proc/meminfo >&2 || true
java -version 2>&1 | head -1 >&2

# shellcheck disable=SC2086
java -Xmx4g -cp "$classpath" org.tradecert.bench.Harness --repository="$root" $harness_options

if [ "$jmh" = yes ]; then
  corpus=$(cat "$root/bench/target/bench-data/latest-corpus.txt")
  java -cp "$classpath" org.openjdk.jmh.Main ValidationBenchmark \
    -jvmArgsAppend "-Dtradecert.bench.corpus=$corpus" \
    -rf json -rff "$root/bench/target/jmh-results.json"
fi
