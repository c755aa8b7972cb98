#!/usr/bin/env bash
# Throughput of the service against its yardsticks, in the same run, alternating A B C A B C (MODE=single, the
# default):
#   A = POST /api/v1/classifications of the service (target/quarkus-app/quarkus-run.jar) with BODY,
#   B = POST /echo of the yardstick (bench/yardstick: Quarkus of the same version parsing the body into a JSON tree
#       and writing it back), on a worker thread by Quarkus' default dispatch,
#   C = POST /echo/event-loop of the yardstick: the same on the event loop (@NonBlocking), where the service
#       classifies small bodies: the floor the target is set against.
# MODE=contested compares, alternating, the classification of one contested case with its alternatives against the
# plain classification of the same case:
#   A = POST /api/v1/classifications of the service with CONTESTED_BODY (Step 12 re-runs the case per open question),
#   P = the same request to the service started with -Dliability.budget.alternative-evaluations=0 (the headline
#       alone: no re-run; the answer says UNDETERMINED).
# MODE=before compares the service with another build of it on the same requests, alternating:
#   A = POST /api/v1/classifications of the service (JAR) with BODY,
#   O = the same request to BEFORE_JAR (e.g. a copy of target/quarkus-app made before a change).
# Each contestant starts fresh in each round, is warmed up, measured, and stopped; A's GET /q/health/live (on its
# management interface, MANAGEMENT_PORT) is measured too, for reference (HEALTH=0: not). Same wrk settings and JVM options for all. Prints each round, the means and
# the ratios of the summed requests per second (and the median of the per-round ratios).
# After each contestant's measurement, while it idles, a fixed single-threaded loop (awk) is timed: "machine N ms" in
# the round's line. On a shared or virtual machine the host's other work slows every process alike, and shows as CPU
# time per answer (the guest may report no steal); a round whose machine figure is well above the others' was measured
# on a slow machine, whatever the build (CALIBRATE=0: not timed).
# Builds nothing: expects the jars (bench/README.md). Run from anywhere: bash bench/compare.sh
# Settings (environment): MODE (single), ROUNDS (4), DURATION (s, 20), WARMUP (s, 10), THREADS (1),
# CONNECTIONS (16), CALIBRATE (1), PIN (0; 1: every JVM on processor 1 and wrk on processor 0, so that the load
# generator and the contestant never share a processor; each JVM then sees one processor and sizes its collector,
# event loops and compiler threads for one), BODY (bench/bodies/case-01.json), CONTESTED_BODY
# (bench/bodies/case-40.json), PORT (18082),
# MANAGEMENT_PORT (PORT + 1000),
# JAVA_OPTS (-Xmx384m), JAR, YARDSTICK_JAR, BEFORE_JAR (MODE=before), HEALTH (1), OUT (target/bench/compare), CLASSIFY (the service's path,
# /api/v1/classifications; CLASSIFY='/api/v1/classifications?explain=none' measures the lean answer).
# Exit status: 0 measured (every answer 2xx), 1 an answer was not 2xx or a socket failed, 2 the run could not be made.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/functions.sh
. bench/functions.sh

MODE=${MODE:-single}
ROUNDS=${ROUNDS:-4}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-16}
BODY=${BODY:-bench/bodies/case-01.json}
CONTESTED_BODY=${CONTESTED_BODY:-bench/bodies/case-40.json}
PORT=${PORT:-18082}
JAVA_OPTS=${JAVA_OPTS--Xmx384m}
YARDSTICK_JAR=${YARDSTICK_JAR:-bench/yardstick/target/quarkus-app/quarkus-run.jar}
HEALTH=${HEALTH:-1}
OUT=${OUT:-target/bench/compare}
CLASSIFY=${CLASSIFY:-/api/v1/classifications}
CALIBRATE=${CALIBRATE:-1}
PIN=${PIN:-0}
JVM_PIN= LOAD_PIN=
if [ "$PIN" = 1 ]; then
  command -v taskset >/dev/null || die "PIN=1 needs taskset (util-linux)"
  [ "$(nproc)" -ge 2 ] || die "PIN=1 needs two processors"
  JVM_PIN="taskset -c 1" LOAD_PIN="taskset -c 0"
fi

command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
find_java
find_jar

# The contestants: key, label, jar, path body, extra JVM options; the first is A, the service.
KEYS=() LABELS=() JARS=() PATHS=() BODIES_OF=() EXTRA=()
contestant() { KEYS+=("$1"); LABELS+=("$2"); JARS+=("$3"); PATHS+=("$4"); BODIES_OF+=("$5"); EXTRA+=("${6:-}"); }
case "$MODE" in
  single)
    [ -f "$YARDSTICK_JAR" ] || die "$YARDSTICK_JAR not found: mvn -B -f bench/yardstick/pom.xml -DskipTests package"
    contestant A "service" "$JAR" "$CLASSIFY" "$BODY"
    contestant B "echo, worker" "$YARDSTICK_JAR" /echo "$BODY"
    contestant C "echo, event loop" "$YARDSTICK_JAR" /echo/event-loop "$BODY"
    ;;
  contested)
    contestant A "contested" "$JAR" "$CLASSIFY" "$CONTESTED_BODY"
    contestant P "plain" "$JAR" "$CLASSIFY" "$CONTESTED_BODY" -Dliability.budget.alternative-evaluations=0
    ;;
  before)
    [ -f "${BEFORE_JAR:-}" ] || die "MODE=before needs BEFORE_JAR, the quarkus-run.jar of the build to compare with"
    contestant A "service" "$JAR" "$CLASSIFY" "$BODY"
    contestant O "before" "$BEFORE_JAR" "$CLASSIFY" "$BODY"
    ;;
  *) die "MODE is single, contested or before, not $MODE" ;;
esac
for body in "${BODIES_OF[@]}"; do [ -f "$body" ] || die "no body $body"; done
mkdir -p "$OUT"
rm -f "$OUT"/*

SERVICE_PID=
trap stop_service EXIT

# CPU time (user + system, in clock ticks) the JVM under test has used so far.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVICE_PID/stat"; }
TICK=$(getconf CLK_TCK)

# run_wrk NAME URL [BODY]: WARMUP s unrecorded, then DURATION s into $OUT/NAME.txt, with the CPU time the JVM spent
# per answer during those DURATION s (load.cpu_us_per_request): on a machine shared with other work, throughput
# measures the share of the CPU the JVM got, the CPU time per answer what an answer costs.
run_wrk() {
  local name=$1 url=$2 args=() before
  [ $# -ge 3 ] && args=(-- "$3")
  $LOAD_PIN wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/load.lua "$url" "${args[@]}" >/dev/null
  before=$(cpu_ticks)
  $LOAD_PIN wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/load.lua "$url" "${args[@]}" >"$OUT/$name.txt"
  awk -v t="$(($(cpu_ticks) - before))" -v hz="$TICK" '$1 == "load.requests" && $2 > 0 {
    printf "load.cpu_us_per_request %.1f\n", t * 1e6 / hz / $2 }' "$OUT/$name.txt" >>"$OUT/$name.txt"
  if [ "$(value "$OUT/$name.txt" status_errors)" != 0 ] || [ "$(value "$OUT/$name.txt" socket_errors)" != 0 ]; then
    FAILED=1
    say "  $name: non-2xx answers or socket errors, see $OUT/$name.txt"
  fi
}
# machine_ms: the wall-clock milliseconds of a fixed single-threaded loop, about half a second on an idle two-core VM.
machine_ms() {
  local start
  start=$(date +%s%N)
  awk 'BEGIN {for (i = 0; i < 3000000; i++) s += i * i % 7}'
  echo $((($(date +%s%N) - start) / 1000000))
}
value() { awk -v k="load.$2" '$1 == k {print $2}' "$1"; }
rate() { value "$OUT/$1.txt" rate; }
cpu() { value "$OUT/$1.txt" cpu_us_per_request; }
describe() { # rate, latency percentiles and CPU time per answer of a run
  printf '%8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  CPU %6.1f us/answer' "$(value "$1" rate)" \
    "$(awk "BEGIN {print $(value "$1" latency_p50_us) / 1000}")" "$(awk "BEGIN {print $(value "$1" latency_p99_us) / 1000}")" \
    "$(value "$1" cpu_us_per_request)"
}
div() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }

# start_app JAR LOG PATH BODY EXTRA-OPTIONS: starts the jar on $PORT and waits until PATH answers BODY with 200.
start_app() {
  local jar=$1 log=$2 path=$3 body=$4 extra=$5
  ports_free
  # shellcheck disable=SC2046,SC2086
  $JVM_PIN "$JAVA" $JAVA_OPTS $extra $(port_options) -jar "$jar" >"$log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      --data-binary "@$body" "http://127.0.0.1:$PORT$path")" = 200 ] && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || die "$jar exited during start-up; see $log"
    sleep 0.25
  done
  die "$jar was not ready within 60 s; see $log"
}

FAILED=0
say "compare: MODE=$MODE, $ROUNDS rounds of ${WARMUP} s warm-up + ${DURATION} s each, wrk -t$THREADS -c$CONNECTIONS"
for i in "${!KEYS[@]}"; do
  say "${KEYS[$i]}:       POST ${PATHS[$i]} of ${JARS[$i]}${EXTRA[$i]:+ (${EXTRA[$i]})}, body ${BODIES_OF[$i]} ($(wc -c <"${BODIES_OF[$i]}") bytes)"
done
describe_machine
say "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"
for round in $(seq 1 "$ROUNDS"); do
  for i in "${!KEYS[@]}"; do
    key=${KEYS[$i]}
    start_app "${JARS[$i]}" "$OUT/$key-$round.log" "${PATHS[$i]}" "${BODIES_OF[$i]}" "${EXTRA[$i]}"
    # the answer once, for the record (its size is part of the cost)
    curl -s -o "$OUT/$key-answer.json" -H 'Content-Type: application/json' --data-binary "@${BODIES_OF[$i]}" \
      "http://127.0.0.1:$PORT${PATHS[$i]}"
    run_wrk "$key-$round" "http://127.0.0.1:$PORT${PATHS[$i]}" "${BODIES_OF[$i]}"
    if [ "$i" = 0 ] && [ "$HEALTH" = 1 ]; then
      run_wrk "health-$round" "http://127.0.0.1:$(management_port)/q/health/live"
    fi
    [ "$CALIBRATE" = 1 ] && machine_ms >"$OUT/$key-$round.machine"
    stop_service
  done
  for i in "${!KEYS[@]}"; do
    printf -v line 'round %d  %s %-17s %s' "$round" "${KEYS[$i]}" "${LABELS[$i]}" "$(describe "$OUT/${KEYS[$i]}-$round.txt")"
    [ "$CALIBRATE" = 1 ] && line="$line  machine $(cat "$OUT/${KEYS[$i]}-$round.machine") ms"
    say "$line"
  done
  [ "$HEALTH" = 1 ] && say "         health/live         $(describe "$OUT/health-$round.txt")   (A's GET /q/health/live)"
  ratios=
  for i in "${!KEYS[@]}"; do
    [ "$i" = 0 ] && continue
    ratios="$ratios  A/${KEYS[$i]} $(div "$(rate "A-$round")" "$(rate "${KEYS[$i]}-$round")") (CPU per answer"
    ratios="$ratios ${KEYS[$i]}/A $(div "$(cpu "${KEYS[$i]}-$round")" "$(cpu "A-$round")"))"
  done
  say "        $ratios"
done
say "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end"
if [ "$CALIBRATE" = 1 ]; then
  say "machine: $(sort -n "$OUT"/*.machine | awk 'NR == 1 {min = $1} {max = $1} END {print min "-" max}') ms over the" \
    "rounds (the same loop each time: a round well above the others ran on a slowed host)"
fi

sum() { # sum over the rounds of $2 (rate by default) of contestant $1
  local total=0 f
  for f in "$OUT"/"$1"-[0-9]*.txt; do total=$(awk "BEGIN {print $total + $(value "$f" "${2:-rate}")}"); done
  echo "$total"
}
median_ratio() { # median over the rounds of rate(A)/rate($1)
  for round in $(seq 1 "$ROUNDS"); do div "$(rate "A-$round")" "$(rate "$1-$round")"; echo; done | sort -g |
    awk '{r[NR] = $1} END {printf "%.2f", NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2}'
}
means=
for i in "${!KEYS[@]}"; do
  means="$means${means:+, }${KEYS[$i]} ${LABELS[$i]} $(awk "BEGIN {printf \"%.0f\", $(sum "${KEYS[$i]}") / $ROUNDS}")"
done
[ "$HEALTH" = 1 ] && means="$means, health/live $(awk "BEGIN {printf \"%.0f\", $(sum health) / $ROUNDS}")"
say "means (req/s): $means"
for i in "${!KEYS[@]}"; do
  [ "$i" = 0 ] && continue
  key=${KEYS[$i]}
  ratio=$(div "$(sum A)" "$(sum "$key")")
  case "$MODE/$key" in
    single/B) note="service/worker echo" ;;
    single/C) note="service/event-loop echo; target >= 0.75" ;;
    before/O) note="this build/the build before in requests per second" ;;
    contested/P) note="contested/plain in requests per second; time per answer contested/plain $(div "$(sum P)" "$(sum A)"), target <= 1.30" ;;
    *) note= ;;
  esac
  say "ratio A/$key: $ratio (median of the rounds $(median_ratio "$key"); $note)"
  say "  CPU per answer $key/A: $(div "$(sum "$key" cpu_us_per_request)" "$(sum A cpu_us_per_request)") (the throughput ratio A/$key if the JVM's CPU time were the only limit)"
done
exit "$FAILED"
