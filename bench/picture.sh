#!/usr/bin/env bash
# What the timeline picture costs: the same bodies POSTed to /api/v1/classifications of one service instance, as JSON
# (A, the default answer) and as the picture (B, Accept: image/svg+xml, docs/result.md#timeline-picture), alternating
# A B A B after a common warm-up. At saturation the rate is the inverse of the time the service spends on one answer,
# so the picture adds at most the JSON answer's own time when B's rate is at least half of A's: the check below.
# Builds nothing: expects the jar (bench/README.md). Run from anywhere: bash bench/picture.sh
# Settings (environment): ROUNDS (3), DURATION (s, 20), WARMUP (s, 15), THREADS (1), CONNECTIONS (16),
# PORT (18083), JAVA_OPTS (-Xmx384m), JAR, OUT (target/bench/picture). Bodies: every file of bench/bodies/.
# Exit status: 0 measured and within the bound, 1 an answer was not 2xx or the bound was missed, 2 no run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/functions.sh
. bench/functions.sh

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-15}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18083}
JAVA_OPTS=${JAVA_OPTS--Xmx384m}
OUT=${OUT:-target/bench/picture}
BODIES=(bench/bodies/*.json)
readonly SVG=image/svg+xml

command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
prepare_run
SERVICE_PID=
trap stop_service EXIT

FAILED=0
URL="http://127.0.0.1:$PORT/api/v1/classifications"
value() { awk -v k="load.$2" '$1 == k {print $2}' "$1"; }
# run NAME SECONDS [accept=TYPE]: wrk over every body into $OUT/NAME.txt
run() {
  local name=$1 seconds=$2
  shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s bench/load.lua "$URL" -- "${BODIES[@]}" "$@" \
    >"$OUT/$name.txt"
  if [ "$(value "$OUT/$name.txt" status_errors)" != 0 ] || [ "$(value "$OUT/$name.txt" socket_errors)" != 0 ]; then
    FAILED=1
    say "  $name: non-2xx answers or socket errors, see $OUT/$name.txt"
  fi
}
describe() {
  printf '%8.0f req/s  %7.1f us/answer  p50 %6.2f ms  p99 %6.2f ms' "$(value "$1" rate)" \
    "$(awk "BEGIN {print 1e6 / $(value "$1" rate)}")" \
    "$(awk "BEGIN {print $(value "$1" latency_p50_us) / 1000}")" "$(awk "BEGIN {print $(value "$1" latency_p99_us) / 1000}")"
}

start_service "$OUT/service.log"
check_bodies
for body in "${BODIES[@]}"; do
  status=$(curl -sS -o /dev/null -w '%{http_code} %{content_type}' -H 'Content-Type: application/json' \
    -H "Accept: $SVG" --data-binary "@$body" "$URL")
  [ "$status" = "200 $SVG" ] || die "$body is answered '$status' with Accept: $SVG, not '200 $SVG'"
done
say "picture: $ROUNDS rounds A B of ${DURATION} s after ${WARMUP} s of each, wrk -t$THREADS -c$CONNECTIONS, ${#BODIES[@]} bodies in turn"
say "A:       POST /api/v1/classifications (JSON) of $JAR"
say "B:       the same with Accept: $SVG (the timeline picture)"
describe_machine
say "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"
run warmup-json "$WARMUP"
run warmup-svg "$WARMUP" "accept=$SVG"
for round in $(seq 1 "$ROUNDS"); do
  run "json-$round" "$DURATION"
  run "svg-$round" "$DURATION" "accept=$SVG"
  say "round $round  A json     $(describe "$OUT/json-$round.txt")"
  say "         B picture  $(describe "$OUT/svg-$round.txt")"
done
say "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end"
sum() { local total=0 f; for f in "$OUT"/"$1"-[0-9]*.txt; do total=$(awk "BEGIN {print $total + $(value "$f" rate)}"); done; echo "$total"; }
A=$(sum json)
B=$(sum svg)
EXTRA=$(awk "BEGIN {printf \"%.1f\", 1e6 * $ROUNDS / $B - 1e6 * $ROUNDS / $A}")
OWN=$(awk "BEGIN {printf \"%.1f\", 1e6 * $ROUNDS / $A}")
say "json $(awk "BEGIN {printf \"%.0f\", $A / $ROUNDS}") req/s, picture $(awk "BEGIN {printf \"%.0f\", $B / $ROUNDS}") req/s (means over the rounds)"
say "the picture adds $EXTRA us to the JSON answer's $OWN us ($(awk "BEGIN {printf \"%.2f\", $EXTRA / $OWN}") of it; bound 1.00)"
if awk "BEGIN {exit !($EXTRA > $OWN)}"; then
  say "  FAIL  rendering adds more than the JSON answer's own time"
  FAILED=1
else
  say "  PASS  rendering adds at most the JSON answer's own time"
fi
exit "$FAILED"
