#!/usr/bin/env bash
# Soak: drives the packaged service at saturation with wrk and checks that it stays correct and bounded.
#   - zero non-2xx answers and zero socket errors;
#   - no ERROR line in the service log;
#   - resident memory (VmRSS) at the end within 10% of its value 20 s into the load.
# Builds nothing: expects target/quarkus-app/quarkus-run.jar. Run from anywhere: bash bench/soak.sh
# Settings (environment): DURATION (s, 60), CONNECTIONS (32), THREADS (2), PORT (18080), MANAGEMENT_PORT (PORT + 1000), JAR,
# JAVA_OPTS (-Xmx384m -XX:+ExitOnOutOfMemoryError: the heap the deployment gives the service; JAVA_OPTS= for none),
# RSS_AT (s, 20), RSS_TOLERANCE (%, 10), OUT (target/bench/soak).
# Exit status: 0 all checks pass, 1 a check failed, 2 the run could not be made.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/functions.sh
. bench/functions.sh

DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
RSS_AT=${RSS_AT:-20}
RSS_TOLERANCE=${RSS_TOLERANCE:-10}
# The heap bound of the deployment (k8s/base/deployment.yaml: 512 MiB limit, Dockerfile: MaxRAMPercentage=60).
JAVA_OPTS=${JAVA_OPTS--Xmx384m -XX:+ExitOnOutOfMemoryError}
OUT=${OUT:-target/bench/soak}
BODIES=(bench/bodies/*.json)

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -q wrk >/dev/null || die "could not install wrk (apt-get install -y wrk)"
  else
    die "wrk is missing: apt-get install -y wrk"
  fi
fi
prepare_run

SERVICE_PID=
SAMPLER_PID=
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
  stop_service
}
trap cleanup EXIT

start_service "$OUT/service.log"
check_bodies

# One VmRSS sample a second, from the start of the load: "<seconds> <kB>".
(
  start=$(date +%s%N)
  while kill -0 "$SERVICE_PID" 2>/dev/null; do
    now=$(date +%s%N)
    printf '%d.%03d %s\n' $(((now - start) / 1000000000)) $(((now - start) / 1000000 % 1000)) "$(rss_kb "$SERVICE_PID")"
    sleep 1
  done
) >"$OUT/rss.txt" &
SAMPLER_PID=$!

say "soak: ${DURATION}s, $THREADS wrk threads, $CONNECTIONS connections, ${#BODIES[@]} bodies, pid $SERVICE_PID"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s bench/soak.lua \
  "http://127.0.0.1:$PORT/api/v1/classifications" -- "${BODIES[@]}" >"$OUT/wrk.txt" 2>&1 || true
rss_end=$(rss_kb "$SERVICE_PID")
kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
load_average=$(cut -d ' ' -f 1-3 /proc/loadavg)
stop_service

value() { awk -v key="soak.$1" '$1 == key {print $2}' "$OUT/wrk.txt"; }
requests=$(value requests)
[ -n "$requests" ] || die "wrk printed no totals; see $OUT/wrk.txt"
status_errors=$(value status_errors)
socket_errors=$(value socket_errors)
non2xx=$(sed -n 's/^ *Non-2xx or 3xx responses: *//p' "$OUT/wrk.txt")
non2xx=${non2xx:-0}
[ "$status_errors" -gt "$non2xx" ] && non2xx=$status_errors
error_lines=$(grep -c -E '(^|[^A-Za-z])ERROR([^A-Za-z]|$)' "$OUT/service.log" || true)
rss_20=$(awk -v at="$RSS_AT" '$1 + 0 >= at {print $2; exit}' "$OUT/rss.txt")
[ -n "$rss_20" ] || die "no RSS sample at ${RSS_AT}s; see $OUT/rss.txt"
drift=$(awk -v a="$rss_20" -v b="$rss_end" 'BEGIN {printf "%.1f", (b - a) * 100 / a}')
rate=$(awk -v n="$requests" -v us="$(value duration_us)" 'BEGIN {printf "%.0f", n / (us / 1e6)}')

failed=0
check() { # check <name> <ok: 0|1> <detail>
  if [ "$2" = 1 ]; then say "  PASS  $1: $3"; else say "  FAIL  $1: $3"; failed=1; fi
}
say ""
say "== soak summary =="
describe_machine
say "load:    ${DURATION}s, wrk -t$THREADS -c$CONNECTIONS, ${#BODIES[@]} rotating bodies; load average at the end $load_average"
say "answers: $requests in ${DURATION}s ($rate/s); latency p50 $(value latency_p50_us) us, p99 $(value latency_p99_us) us, p99.9 $(value latency_p99.9_us) us, max $(value latency_max_us) us"
check "every answer 2xx" "$([ "$non2xx" -eq 0 ] && echo 1 || echo 0)" "$non2xx non-2xx"
check "no socket errors" "$([ "$socket_errors" -eq 0 ] && echo 1 || echo 0)" "$socket_errors connect/read/write/timeout errors"
check "no ERROR in the log" "$([ "$error_lines" -eq 0 ] && echo 1 || echo 0)" "$error_lines ERROR lines in $OUT/service.log"
check "RSS stable" "$(awk -v d="$drift" -v t="$RSS_TOLERANCE" 'BEGIN {print (d <= t && d >= -t) ? 1 : 0}')" \
  "VmRSS $((rss_20 / 1024)) MiB at ${RSS_AT}s, $((rss_end / 1024)) MiB at the end (${drift}%, tolerance ±${RSS_TOLERANCE}%)"
say "files:   $OUT/{wrk.txt,rss.txt,service.log}"
exit "$failed"
