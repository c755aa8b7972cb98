#!/usr/bin/env bash
# Graceful shutdown under load: clients keep POSTing to the packaged service, SIGTERM is sent mid-load, and every
# request sent before the signal must have been answered 2xx (requests sent after it may be refused).
# The load client (bench/ShutdownLoad.java) records each request's send instant, answer instant and status.
# Builds nothing: expects target/quarkus-app/quarkus-run.jar. Run from anywhere: bash bench/shutdown.sh
# Settings (environment): CONCURRENCY (16 clients), SIGNAL_AFTER (s of load before SIGTERM, 8),
# LOAD_SECONDS (SIGNAL_AFTER + 8), PORT (18081), MANAGEMENT_PORT (PORT + 1000), JAVA_OPTS (as bench/soak.sh), JAR,
# OUT (target/bench/shutdown).
# Exit status: 0 all checks pass, 1 a check failed, 2 the run could not be made.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/functions.sh
. bench/functions.sh

CONCURRENCY=${CONCURRENCY:-16}
SIGNAL_AFTER=${SIGNAL_AFTER:-8}
LOAD_SECONDS=${LOAD_SECONDS:-$((SIGNAL_AFTER + 8))}
PORT=${PORT:-18081}
JAVA_OPTS=${JAVA_OPTS--Xmx384m -XX:+ExitOnOutOfMemoryError}
OUT=${OUT:-target/bench/shutdown}
BODIES=(bench/bodies/*.json)

prepare_run

SERVICE_PID=
LOAD_PID=
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
  if [ -n "$LOAD_PID" ]; then kill "$LOAD_PID" 2>/dev/null || true; fi
  stop_service
}
trap cleanup EXIT

start_service "$OUT/service.log"
check_bodies

"$JAVA" bench/ShutdownLoad.java "http://127.0.0.1:$PORT/api/v1/classifications" "$CONCURRENCY" "$LOAD_SECONDS" \
  "$OUT/requests.csv" "${BODIES[@]}" >"$OUT/load.log" 2>&1 &
LOAD_PID=$!
say "shutdown: $CONCURRENCY clients, SIGTERM to pid $SERVICE_PID after ${SIGNAL_AFTER}s of load, load for ${LOAD_SECONDS}s"
sleep "$SIGNAL_AFTER"

signal_us=$(($(date +%s%N) / 1000))
kill -TERM "$SERVICE_PID"
service_status=0
wait "$SERVICE_PID" || service_status=$?
exit_us=$(($(date +%s%N) / 1000))
SERVICE_PID=
wait "$LOAD_PID" || die "the load client failed; see $OUT/load.log"
LOAD_PID=
[ -s "$OUT/requests.csv" ] || die "the load client recorded nothing; see $OUT/load.log"

# Requests by when they were sent (before or after the signal) and how they ended.
read -r before before_ok before_bad in_flight after after_ok after_refused after_other last_ok_ms < <(
  awk -F, -v signal="$signal_us" 'NR > 1 {
      ok = ($3 >= 200 && $3 < 300)
      if ($1 < signal) {
        before++; if (ok) before_ok++; else before_bad++
        if ($2 > signal) in_flight++
      } else {
        after++; if (ok) after_ok++; else if ($3 == 0) after_refused++; else after_other++
      }
      if (ok && $2 > last_ok) last_ok = $2
    }
    END { printf "%d %d %d %d %d %d %d %d %d\n", before, before_ok, before_bad, in_flight, after, after_ok,
          after_refused, after_other, (last_ok - signal) / 1000 }' "$OUT/requests.csv")
timed_out=$(grep -c 'Timed out waiting for graceful shutdown' "$OUT/service.log" || true)
error_lines=$(grep -c -E '(^|[^A-Za-z])ERROR([^A-Za-z]|$)' "$OUT/service.log" || true)

failed=0
check() { # check <name> <ok: 0|1> <detail>
  if [ "$2" = 1 ]; then say "  PASS  $1: $3"; else say "  FAIL  $1: $3"; failed=1; fi
}
say ""
say "== shutdown summary =="
describe_machine
say "load:    $CONCURRENCY clients, SIGTERM after ${SIGNAL_AFTER}s"
say "before the signal: $before requests sent, $before_ok answered 2xx, $before_bad not; $in_flight of them in flight at the signal"
say "after the signal:  $after requests sent, $after_ok answered 2xx, $after_refused refused (no answer), $after_other other status"
say "log:     $error_lines ERROR lines in $OUT/service.log"
say "service: exit status $service_status $(awk -v a="$signal_us" -v b="$exit_us" 'BEGIN {printf "%.0f", (b - a) / 1000}') ms after the signal; last 2xx answer ${last_ok_ms} ms after it"
check "requests were in flight at the signal" "$([ "$in_flight" -gt 0 ] && echo 1 || echo 0)" "$in_flight"
check "every request sent before the signal answered 2xx" "$([ "$before" -gt 0 ] && [ "$before_bad" -eq 0 ] && echo 1 || echo 0)" \
  "$before_ok of $before"
check "shutdown within quarkus.shutdown.timeout" "$([ "$timed_out" -eq 0 ] && echo 1 || echo 0)" \
  "$([ "$timed_out" -eq 0 ] && echo "no timeout logged" || echo "timed out waiting for requests")"
if [ "$before_bad" -gt 0 ]; then
  say "first failures before the signal (sent_us,done_us,status,error):"
  awk -F, -v signal="$signal_us" 'NR > 1 && $1 < signal && !($3 >= 200 && $3 < 300)' "$OUT/requests.csv" | head -n 5
fi
say "files:   $OUT/{requests.csv,service.log,load.log}; signal at ${signal_us} us"
exit "$failed"
