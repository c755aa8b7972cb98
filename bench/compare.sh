#!/usr/bin/env bash
# Throughput of the service against the yardstick on the same body, in the same run, alternating A B A B:
#   A = POST /api/v1/classifications of the service (target/quarkus-app/quarkus-run.jar),
#   B = POST /echo of the yardstick (bench/yardstick: Quarkus of the same version parsing the body into a JSON tree
#       and writing it back, on a worker thread by Quarkus' default; YARDSTICK_PATH=/echo/event-loop for the same on
#       the event loop).
# Each round starts A fresh, warms it up, measures it, then GET /q/health/live of the same instance (on its
# management interface, MANAGEMENT_PORT) for reference, and stops it; then the same for B. Same body, same wrk
# settings, same JVM options. Prints each round and the ratio A/B of the summed requests per second (and the median
# of the per-round ratios).
# Builds nothing: expects both jars (bench/README.md). Run from anywhere: bash bench/compare.sh
# Settings (environment): ROUNDS (4), DURATION (s, 20), WARMUP (s, 10), THREADS (1), CONNECTIONS (16),
# BODY (bench/bodies/case-01.json), PORT (18082), MANAGEMENT_PORT (PORT + 1000), JAVA_OPTS (-Xmx384m), JAR,
# YARDSTICK_JAR, YARDSTICK_PATH (/echo), OUT (target/bench/compare).
# Exit status: 0 measured (every answer 2xx), 1 an answer was not 2xx or a socket failed, 2 the run could not be made.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/functions.sh
. bench/functions.sh

ROUNDS=${ROUNDS:-4}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-16}
BODY=${BODY:-bench/bodies/case-01.json}
PORT=${PORT:-18082}
JAVA_OPTS=${JAVA_OPTS--Xmx384m}
YARDSTICK_JAR=${YARDSTICK_JAR:-bench/yardstick/target/quarkus-app/quarkus-run.jar}
YARDSTICK_PATH=${YARDSTICK_PATH:-/echo}
OUT=${OUT:-target/bench/compare}

command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
find_java
find_jar
[ -f "$YARDSTICK_JAR" ] || die "$YARDSTICK_JAR not found: mvn -B -f bench/yardstick/pom.xml -DskipTests package"
[ -f "$BODY" ] || die "no body $BODY"
mkdir -p "$OUT"
rm -f "$OUT"/*

SERVICE_PID=
trap stop_service EXIT

# run_wrk NAME URL [BODY]: WARMUP s unrecorded, then DURATION s into $OUT/NAME.txt; prints the rate.
run_wrk() {
  local name=$1 url=$2 args=()
  [ $# -ge 3 ] && args=(-- "$3")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/load.lua "$url" "${args[@]}" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/load.lua "$url" "${args[@]}" >"$OUT/$name.txt"
  if [ "$(value "$OUT/$name.txt" status_errors)" != 0 ] || [ "$(value "$OUT/$name.txt" socket_errors)" != 0 ]; then
    FAILED=1
    say "  $name: non-2xx answers or socket errors, see $OUT/$name.txt"
  fi
}
value() { awk -v k="load.$2" '$1 == k {print $2}' "$1"; }
describe() { # rate and latency percentiles of a run
  printf '%8.0f req/s  p50 %6.2f ms  p99 %6.2f ms' "$(value "$1" rate)" \
    "$(awk "BEGIN {print $(value "$1" latency_p50_us) / 1000}")" "$(awk "BEGIN {print $(value "$1" latency_p99_us) / 1000}")"
}

# start JAR LOG URL-TO-POLL: as start_service in functions.sh, for either application.
start_app() {
  local jar=$1 log=$2 ready=$3
  ports_free
  # shellcheck disable=SC2046,SC2086
  "$JAVA" $JAVA_OPTS $(port_options) -jar "$jar" >"$log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -X "${ready%% *}" -H 'Content-Type: application/json' \
      --data-binary "@$BODY" "http://127.0.0.1:$PORT${ready#* }")" = 200 ] && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || die "$jar exited during start-up; see $log"
    sleep 0.25
  done
  die "$jar was not ready within 60 s; see $log"
}

FAILED=0
say "compare: $ROUNDS rounds A B of ${WARMUP} s warm-up + ${DURATION} s, wrk -t$THREADS -c$CONNECTIONS, body $BODY ($(wc -c <"$BODY") bytes)"
say "A:       POST /api/v1/classifications of $JAR"
say "B:       POST $YARDSTICK_PATH of $YARDSTICK_JAR"
describe_machine
say "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"
for round in $(seq 1 "$ROUNDS"); do
  start_app "$JAR" "$OUT/service-$round.log" "POST /api/v1/classifications"
  run_wrk "service-$round" "http://127.0.0.1:$PORT/api/v1/classifications" "$BODY"
  run_wrk "health-$round" "http://127.0.0.1:$(management_port)/q/health/live"
  stop_service
  start_app "$YARDSTICK_JAR" "$OUT/yardstick-$round.log" "POST $YARDSTICK_PATH"
  run_wrk "yardstick-$round" "http://127.0.0.1:$PORT$YARDSTICK_PATH" "$BODY"
  stop_service
  say "round $round  A service     $(describe "$OUT/service-$round.txt")"
  say "         B yardstick   $(describe "$OUT/yardstick-$round.txt")"
  say "         health/live $(describe "$OUT/health-$round.txt")   (A's GET /q/health/live, reference)"
  say "         A/B $(awk "BEGIN {printf \"%.2f\", $(value "$OUT/service-$round.txt" rate) / $(value "$OUT/yardstick-$round.txt" rate)}")"
done
say "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end"

sum() { local total=0 f; for f in "$OUT"/"$1"-*.txt; do total=$(awk "BEGIN {print $total + $(value "$f" rate)}"); done; echo "$total"; }
A=$(sum service)
B=$(sum yardstick)
H=$(sum health)
RATIOS=$(for round in $(seq 1 "$ROUNDS"); do
  awk "BEGIN {print $(value "$OUT/service-$round.txt" rate) / $(value "$OUT/yardstick-$round.txt" rate)}"
done | sort -g | awk '{r[NR] = $1} END {printf "%.2f", NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2}')
say "service   $(awk "BEGIN {printf \"%.0f\", $A / $ROUNDS}") req/s, yardstick $(awk "BEGIN {printf \"%.0f\", $B / $ROUNDS}") req/s, health/live $(awk "BEGIN {printf \"%.0f\", $H / $ROUNDS}") req/s (means over the rounds)"
say "ratio service/yardstick: $(awk "BEGIN {printf \"%.2f\", $A / $B}") (median of the rounds $RATIOS; target >= 0.80)"
say "ratio yardstick/health:  $(awk "BEGIN {printf \"%.2f\", $B / $H}")"
exit "$FAILED"
