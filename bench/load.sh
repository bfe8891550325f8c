#!/usr/bin/env bash
# The load benchmark: installs wrk when it is missing (Debian), builds the jars when they are
# missing, and runs the benchmark with the given options (see LoadBenchmark's usage).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  echo "installing wrk"
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
if [ ! -f app/target/adengine.jar ] || [ ! -f bench/target/adengine-bench.jar ]; then
  mvn -B -q package -DskipTests
fi
exec java -cp bench/target/adengine-bench.jar adengine.bench.load.LoadBenchmark "$@"
