#!/bin/sh
# End-to-end benchmark of `gongkai report build` against DuckDB over the same JSON Lines file.
#
#   scripts/benchmark-report-build.sh [requests] [file]
#
# Builds the CLI and the benchmarks (skipping tests), writes the file if it is missing (the sample
# agency's 250 records of examples/src/main/resources/samples/requests-2024.jsonl repeated with new
# ids; 1 000 000 requests are about 660 MB), runs
#   java -Xmx256m -jar examples/target/gongkai.jar report build --year 2024 --input FILE --threads N
# as its own process (wall time, CPU time, peak RSS), then DuckDB through JDBC computing
#   SELECT applicant.type, events[-1].outcome, count(*) FROM read_json(FILE) GROUP BY ALL
# and prints requests/s, MB/s and the ratio of the two, with the load average before and after.
# Set SKIP_BUILD=1 to reuse the jars already built; extra options (--xmx, --threads, --jar) are
# passed on through BENCH_OPTS.
set -eu
cd "$(dirname "$0")/.."
requests=${1:-1000000}
file=${2:-/tmp/gongkai-requests-$requests.jsonl}
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -pl benchmarks -am package -DskipTests
fi
# shellcheck disable=SC2086
exec java -cp benchmarks/target/benchmarks.jar io.github.gongkai.benchmarks.ReportBuildVersusDuckDb \
  --requests "$requests" --file "$file" ${BENCH_OPTS:-}
