#!/usr/bin/env bash
# Start-up time and resident memory of the packaged service.
#   start-to-ready: from starting `java ... -jar` to the first 200 of GET /q/health/ready on the management interface
#                   (readiness runs the engine's self-test), polled every 10 ms; RUNS runs, each a fresh JVM; the
#                   median and the range are printed.
#   memory:         VmRSS (/proc/<pid>/status) of a fresh JVM after REQUESTS requests (POST /api/v1/classifications,
#                   the bodies of bench/bodies in turn, wrk -t1 -c16 in runs of 5 s until the count is reached), and its
#                   peak (VmHWM); and again 6 s later, once the JIT's freed C heap has been trimmed, with its parts
#                   (RssAnon: written pages, the heaps and the AOT cache's relocated pages; RssFile: clean pages of
#                   mapped files, libjvm.so and the rest of the cache; VmRSS is their sum with RssShmem).
# The JVM options are JAVA_OPTS, printed with the figures; by default
#   -Xmx128m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000
# (the serial collector is what the JVM picks by itself in a container of one CPU, as k8s/base/deployment.yaml gives;
# the trim returns the C heap that the JIT compilers free to the OS every 5 s). JAVA_OPTS=-Xmx128m measures the JDK's
# defaults (G1 on this machine).
# AOT=1 first makes an ahead-of-time cache as the container image does (JDK 25: src/main/docker/aot-training.sh, a
# training run with -XX:AOTCacheOutput that starts the jar, sends the first requests callers send and stops it) and
# measures with -XX:AOTCache; the cache is kept in $OUT/app.aot.
# Builds nothing: expects target/quarkus-app/quarkus-run.jar. Run from anywhere: bash bench/startup-memory.sh
# Settings (environment): RUNS (7), REQUESTS (100000), PORT (18086), MANAGEMENT_PORT (PORT + 1000), JAVA_OPTS (above),
# MALLOC_ARENA_MAX (2, as the image), AOT (0), JAR,
# OUT (target/bench/startup-memory).
# Exit status: 0 measured, 1 an answer was not 2xx, 2 the run could not be made.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/functions.sh
. bench/functions.sh

RUNS=${RUNS:-7}
REQUESTS=${REQUESTS:-100000}
PORT=${PORT:-18086}
JAVA_OPTS=${JAVA_OPTS--Xmx128m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000}
AOT=${AOT:-0}
OUT=${OUT:-target/bench/startup-memory}
BODIES=(bench/bodies/case-*.json)
# The C heap in at most two glibc arenas, as the image sets it (Dockerfile, docs/container.md#jvm-flags); MALLOC_ARENA_MAX=
# (empty) measures glibc's default.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX-2}

command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
prepare_run

SERVICE_PID=
trap stop_service EXIT
if [ "$AOT" = 1 ]; then
  # The training run of the container image (src/main/docker/aot-training.sh), on this jar and these options: the
  # cache records the classes loaded and linked, and the methods' profiles, of that run.
  # shellcheck disable=SC2086
  JAVA="$JAVA" APP_JAR="$JAR" bash src/main/docker/aot-training.sh "$OUT/app.aot" $JAVA_OPTS >"$OUT/aot-training.log" 2>&1 \
    || die "the training run failed (JDK 25 or newer needed); see $OUT/aot-training.log"
  JAVA_OPTS="$JAVA_OPTS -XX:AOTCache=$OUT/app.aot"
fi
describe_machine
say "malloc:  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-(unset: the glibc default)}"
say "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"

# Start-to-ready, RUNS times.
for run in $(seq 1 "$RUNS"); do
  ports_free
  start=$(date +%s%N)
  # shellcheck disable=SC2046,SC2086
  "$JAVA" $JAVA_OPTS $(port_options) -jar "$JAR" >"$OUT/start-$run.log" 2>&1 &
  SERVICE_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(management_port)/q/health/ready")" = 200 ]; do
    kill -0 "$SERVICE_PID" 2>/dev/null || die "the service exited during start-up; see $OUT/start-$run.log"
    [ $(($(date +%s%N) - start)) -lt 60000000000 ] || die "not ready within 60 s; see $OUT/start-$run.log"
    sleep 0.01
  done
  echo $((($(date +%s%N) - start) / 1000000)) >>"$OUT/ready-ms.txt"
  stop_service
done
sort -n "$OUT/ready-ms.txt" >"$OUT/ready-ms-sorted.txt"
median=$(awk '{v[NR] = $1} END {print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}' "$OUT/ready-ms-sorted.txt")
say "start-to-ready: median $median ms over $RUNS runs (min $(head -n 1 "$OUT/ready-ms-sorted.txt") ms," \
  "max $(tail -n 1 "$OUT/ready-ms-sorted.txt") ms; target <= 1200 ms with the AOT cache); Quarkus' own \"started in\":" \
  "$(sed -n 's/.*started in \([0-9.]*\)s.*/\1 s/p' "$OUT"/start-*.log | sort -n | tr '\n' ' ')"

# Resident memory after REQUESTS requests.
start_service "$OUT/service.log"
say "memory:  VmRSS $(($(rss_kb "$SERVICE_PID") / 1024)) MiB when ready"
sent=0
FAILED=0
while [ "$sent" -lt "$REQUESTS" ]; do
  wrk -t1 -c16 -d5s -s bench/load.lua "http://127.0.0.1:$PORT/api/v1/classifications" -- "${BODIES[@]}" >"$OUT/wrk.txt"
  sent=$((sent + $(awk '$1 == "load.requests" {print $2}' "$OUT/wrk.txt")))
  if [ "$(awk '$1 == "load.status_errors" || $1 == "load.socket_errors" {s += $2} END {print s}' "$OUT/wrk.txt")" != 0 ]; then
    FAILED=1
    say "non-2xx answers or socket errors: see $OUT/wrk.txt"
  fi
done
rss=$(rss_kb "$SERVICE_PID")
hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$SERVICE_PID/status")
say "memory:  VmRSS $((rss / 1024)) MiB after $sent requests (peak VmHWM $((hwm / 1024)) MiB; target <= 160 MiB with the image's JVM flags)" \
  "with JAVA_OPTS=${JAVA_OPTS:-(none)}"
# Right after the load the C heap still holds what the JIT compilers used and freed (their arenas), until the JVM's next
# native-heap trim (-XX:TrimNativeHeapInterval=5000 in the image's flags): a second reading 6 s later, at rest.
sleep 6
say "memory:  VmRSS $(($(rss_kb "$SERVICE_PID") / 1024)) MiB 6 s after the load ($(awk '/^Rss(Anon|File|Shmem):/ \
  {printf "%s%s %d MiB", sep, substr($1, 1, length($1) - 1), $2 / 1024; sep = ", "}' "/proc/$SERVICE_PID/status"))"
say "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end"
exit "$FAILED"
