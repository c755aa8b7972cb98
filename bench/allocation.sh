#!/usr/bin/env bash
# The memory the JVM allocates per answer over HTTP, as the collector sees it: starts the jar with the serial collector
# and a fixed young generation (-Xmn16m, as the image), warms it up under wrk for WARMUP s, then counts the young
# collections during DURATION s of the same load (jstat) and prints the bytes allocated per answer: young collections
# times the eden's size, plus the eden's growth. Valid whatever the machine's load (it counts bytes, not time); JFR's
# allocation samples (bench/profile.sh) say where they are allocated.
# Builds nothing: expects the jar. Run from anywhere: bash bench/allocation.sh
# Settings (environment): JAR (target/quarkus-app/quarkus-run.jar; the yardstick's:
# bench/yardstick/target/quarkus-app/quarkus-run.jar with URL_PATH=/echo/event-loop), URL_PATH
# (/api/v1/classifications), BODY (bench/bodies/case-01.json), WARMUP (s, 15), DURATION (s, 5), PORT (18085),
# MANAGEMENT_PORT (PORT + 1000), JAVA_OPTS (-Xmx384m -Xmn16m -XX:+UseSerialGC), OUT (target/bench/allocation).
# Exit status: 0 measured, 1 an answer was not 2xx, 2 the run could not be made.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/functions.sh
. bench/functions.sh

URL_PATH=${URL_PATH:-/api/v1/classifications}
BODY=${BODY:-bench/bodies/case-01.json}
WARMUP=${WARMUP:-15}
DURATION=${DURATION:-5}
PORT=${PORT:-18085}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m -Xmn16m -XX:+UseSerialGC}
OUT=${OUT:-target/bench/allocation}

command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
find_java
find_jar
JSTAT="$(dirname "$JAVA")/jstat"
[ -x "$JSTAT" ] || die "no jstat beside $JAVA: use a JDK, not a JRE"
[ -f "$BODY" ] || die "no body $BODY"
mkdir -p "$OUT"
rm -f "$OUT"/*

SERVICE_PID=
trap stop_service EXIT
ports_free
# shellcheck disable=SC2046,SC2086
"$JAVA" $JAVA_OPTS $(port_options) -jar "$JAR" >"$OUT/service.log" 2>&1 &
SERVICE_PID=$!
url="http://127.0.0.1:$PORT$URL_PATH"
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$BODY" "$url")" = 200 ] \
    && break
  kill -0 "$SERVICE_PID" 2>/dev/null || die "$JAR exited during start-up; see $OUT/service.log"
  sleep 0.25
done

# young collections (YGC), eden's capacity and use (EC, EU, KB) of the running JVM, as "YGC EC EU"
young() { "$JSTAT" -gc "$SERVICE_PID" | awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i} NR == 2 {print $c["YGC"], $c["EC"], $c["EU"]}'; }

wrk -t1 -c16 -d"${WARMUP}s" -s bench/load.lua "$url" -- "$BODY" >/dev/null
before=$(young)
wrk -t1 -c16 -d"${DURATION}s" -s bench/load.lua "$url" -- "$BODY" >"$OUT/wrk.txt"
after=$(young)
requests=$(awk '$1 == "load.requests" {print $2}' "$OUT/wrk.txt")
errors=$(awk '$1 == "load.status_errors" || $1 == "load.socket_errors" {n += $2} END {print n + 0}' "$OUT/wrk.txt")
say "allocation: $URL_PATH of $JAR, body $BODY; JAVA_OPTS $JAVA_OPTS"
awk -v b="$before" -v a="$after" -v n="$requests" 'BEGIN {
  split(b, x, " "); split(a, y, " ")
  collections = y[1] - x[1]; bytes = (collections * y[2] + y[3] - x[3]) * 1024
  printf "  %d answers in %s s, %d young collections of a %.0f KB eden: %.0f bytes allocated per answer\n",
    n, "'"$DURATION"'", collections, y[2], bytes / n }'
[ "$errors" = 0 ] || { say "  $errors answers were not 2xx or failed; see $OUT/wrk.txt"; exit 1; }
