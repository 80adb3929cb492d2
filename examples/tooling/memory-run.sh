#!/bin/sh
# Measures the heap of tradecert validate on generated ledgers of 10,000 submissions (1,000
# transactions) and 100,000 submissions (10,000 transactions): generates each ledger under
# WORK (default: a new temporary folder), then validates it in a child JVM with -Xmx256m and
# the flags of the tradecert launcher, and prints one Markdown table row per ledger. Run from
# anywhere after a build (mvn -B -q package -DskipTests). The 100,000-submission ledger takes
# about 0.8 GB of disk.
#
# Usage: memory-run.sh [WORK] [XMX]
set -eu
tooling=$(cd "$(dirname "$0")" && pwd)
examples=$(cd "$tooling/.." && pwd)
lib="$examples/../cli/target/tradecert/lib"
work=${1:-$(mktemp -d)}
xmx=${2:-256m}

if [ ! -d "$tooling/target/classes" ] || [ ! -d "$lib" ]; then
  echo "Build tradecert first: mvn -B -q package -DskipTests" >&2
  exit 4
fi
classpath="$tooling/target/classes:$lib/*"

for transactions in 1000 10000; do
  ledger="$work/ledger-$transactions"
  if [ ! -d "$ledger" ]; then
    java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" org.tradecert.examples.scale.ScaleLedger \
      --examples "$examples" --out "$ledger" --transactions "$transactions"
  fi
  java -cp "$classpath" org.tradecert.examples.memory.HeapMeasurement --ledger "$ledger" --report "$work/heap-$transactions.json" \
    --xmx "$xmx"
done
