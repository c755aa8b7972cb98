#!/usr/bin/env bash
# Latency of POST /api/v1/classifications/batch: a batch of ITEMS items (the request bodies of bench/bodies in turn,
# generated cases that are all classified) against the packaged jar. After WARMUP s of batches, one client sends one
# batch at a time for DURATION s (wrk -t1 -c1 --latency: the wall-clock time of each batch including HTTP, on the same
# machine); then CONCURRENT clients at once for the throughput in items per second.
# Builds nothing: expects target/quarkus-app/quarkus-run.jar. Run from anywhere: bash bench/batch.sh
# Settings (environment): ITEMS (1000), DURATION (s, 20), WARMUP (s, 15), CONCURRENT (2), PORT (18085),
# MANAGEMENT_PORT (PORT + 1000), JAVA_OPTS (-Xmx384m), JAR, OUT (target/bench/batch).
# Exit status: 0 measured (every answer 200, the batch's results all 200), 1 otherwise, 2 the run could not be made.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/functions.sh
. bench/functions.sh

ITEMS=${ITEMS:-1000}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-15}
CONCURRENT=${CONCURRENT:-2}
PORT=${PORT:-18085}
JAVA_OPTS=${JAVA_OPTS--Xmx384m}
OUT=${OUT:-target/bench/batch}
BODIES=(bench/bodies/case-*.json)

command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
prepare_run

SERVICE_PID=
trap stop_service EXIT
start_service "$OUT/service.log"
URL="http://127.0.0.1:$PORT/api/v1/classifications/batch"

# The batch as a file too, to check its answer once: {"items": [case-01, case-02, ...]}, ITEMS items.
{
  printf '{"items":['
  for ((i = 0; i < ITEMS; i++)); do
    [ "$i" -gt 0 ] && printf ','
    cat "${BODIES[$((i % ${#BODIES[@]}))]}"
  done
  printf ']}'
} >"$OUT/batch.json"
status=$(curl -sS -o "$OUT/answer.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary "@$OUT/batch.json" "$URL")
[ "$status" = 200 ] || die "the batch was answered $status; see $OUT/answer.json"
classified=$(grep -o '"status":200' "$OUT/answer.json" | wc -l)
[ "$classified" = "$ITEMS" ] || die "$classified of $ITEMS items classified; see $OUT/answer.json"

describe_machine
say "batch:   $ITEMS items, $(wc -c <"$OUT/batch.json") bytes; answer $(wc -c <"$OUT/answer.json") bytes"
say "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"
wrk -t1 -c1 -d"${WARMUP}s" -s bench/load.lua "$URL" -- "batch=$ITEMS" "${BODIES[@]}" >/dev/null
wrk -t1 -c1 -d"${DURATION}s" --latency -s bench/load.lua "$URL" -- "batch=$ITEMS" "${BODIES[@]}" >"$OUT/one-client.txt"
wrk -t1 -c"$CONCURRENT" -d"${DURATION}s" --latency -s bench/load.lua "$URL" -- "batch=$ITEMS" "${BODIES[@]}" \
  >"$OUT/concurrent.txt"
say "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end"
value() { awk -v k="load.$2" '$1 == k {print $2}' "$1"; }
ms() { awk "BEGIN {printf \"%.1f\", $(value "$1" "$2") / 1000}"; }
FAILED=0
for run in one-client concurrent; do
  f="$OUT/$run.txt"
  if [ "$(value "$f" status_errors)" != 0 ] || [ "$(value "$f" socket_errors)" != 0 ]; then
    FAILED=1
    say "$run: non-2xx answers or socket errors, see $f"
  fi
done
f="$OUT/one-client.txt"
say "one client:   $(value "$f" requests) batches in ${DURATION} s; wall-clock per batch p50 $(ms "$f" latency_p50_us) ms," \
  "p90 $(ms "$f" latency_p90_us) ms, p99 $(ms "$f" latency_p99_us) ms, max $(ms "$f" latency_max_us) ms (target <= 30 ms)"
f="$OUT/concurrent.txt"
say "$CONCURRENT clients:    $(awk "BEGIN {printf \"%.0f\", $(value "$f" rate) * $ITEMS}") items/s;" \
  "per batch p50 $(ms "$f" latency_p50_us) ms, p99 $(ms "$f" latency_p99_us) ms"
exit "$FAILED"
