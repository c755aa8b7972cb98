#!/usr/bin/env bash
# Where the time and the allocations of the service go under load: starts the packaged jar with Java Flight Recorder
# (profile settings), drives it with wrk for DURATION s after a WARMUP (not recorded), and prints JFR's own summaries
# (jfr view): the hottest methods (CPU samples, self time), the allocations by site and by class, and GC.
# Builds nothing: expects target/quarkus-app/quarkus-run.jar. Run from anywhere: bash bench/profile.sh
# Settings (environment): URL_PATH (/api/v1/classifications), BODY (bench/bodies/case-01.json; BATCH=N posts a batch
# of N items drawn from bench/bodies instead), DURATION (s, 30), WARMUP (s, 15), THREADS (1), CONNECTIONS (16),
# PORT (18084), MANAGEMENT_PORT (PORT + 1000), JAVA_OPTS (-Xmx384m), JAR, OUT (target/bench/profile). The recording
# stays in $OUT/service.jfr (open it in JDK Mission Control, or: jfr view --help).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/functions.sh
. bench/functions.sh

URL_PATH=${URL_PATH:-/api/v1/classifications}
BODY=${BODY:-bench/bodies/case-01.json}
BATCH=${BATCH:-0}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-15}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18084}
JAVA_OPTS=${JAVA_OPTS--Xmx384m}
OUT=${OUT:-target/bench/profile}

command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
find_java
find_jar
JFR="$(dirname "$JAVA")/jfr"
[ -x "$JFR" ] || die "no jfr tool beside $JAVA: use a JDK, not a JRE"
mkdir -p "$OUT"
rm -f "$OUT"/*

if [ "$BATCH" -gt 0 ]; then
  URL_PATH=/api/v1/classifications/batch
  LOAD_ARGS=("batch=$BATCH" bench/bodies/case-*.json)
else
  LOAD_ARGS=("$BODY")
fi

SERVICE_PID=
trap stop_service EXIT
start_service "$OUT/service.log"
URL="http://127.0.0.1:$PORT$URL_PATH"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/load.lua "$URL" -- "${LOAD_ARGS[@]}" >/dev/null
"$(dirname "$JAVA")/jcmd" "$SERVICE_PID" JFR.start name=bench settings=profile filename="$PWD/$OUT/service.jfr" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/load.lua "$URL" -- "${LOAD_ARGS[@]}" \
  | tee "$OUT/wrk.txt" | grep -E 'Requests/sec|Latency  '
"$(dirname "$JAVA")/jcmd" "$SERVICE_PID" JFR.stop name=bench >/dev/null
stop_service

describe_machine
say "profile: $URL, wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up, ${DURATION} s recorded"
for view in hot-methods allocation-by-site allocation-by-class gc; do
  "$JFR" view --width 180 "$view" "$OUT/service.jfr" | tee "$OUT/$view.txt"
done
