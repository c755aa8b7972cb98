# shellcheck shell=bash
# Functions of bench/soak.sh and bench/shutdown.sh (sourced, not run).

die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 2; }
say() { printf '%s\n' "$*"; }

# JAVA: $JAVA_HOME/bin/java, else java on the PATH, else the newest JDK under /usr/lib/jvm; 21 or newer.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
find_java() {
  local candidate major
  local jdks
  jdks=$(printf '%s\n' /usr/lib/jvm/*/bin/java | sort -rV)
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" $jdks; do
    [ -x "$candidate" ] || continue
    major=$(java_major "$candidate")
    if [[ "$major" =~ ^[0-9]+$ ]] && [ "$major" -ge 21 ]; then
      JAVA=$candidate
      return 0
    fi
  done
  die "no Java 21 or newer found: set JAVA_HOME"
}

# JAR: the packaged service; nothing is built here.
find_jar() {
  JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
  [ -f "$JAR" ] || die "$JAR not found: build it first (mvn -B package -DskipTests)"
}

# The common start of a run: a JDK ($JAVA), the jar ($JAR), at least one request body (${BODIES[0]}), and $OUT made
# empty for this run's files.
prepare_run() {
  find_java
  find_jar
  [ -f "${BODIES[0]}" ] || die "no request bodies in bench/bodies"
  mkdir -p "$OUT"
  rm -f "$OUT"/*
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The service's management interface (health, metrics, info) listens on MANAGEMENT_PORT, by default PORT + 1000, so
# that a run never clashes with a service on 8080 and 9000, nor with another script's run.
management_port() { printf '%s' "${MANAGEMENT_PORT:-$((PORT + 1000))}"; }

# Both ports free, or the run stops: the API's ($PORT) and the management interface's.
ports_free() {
  port_free "$PORT" || die "port $PORT is in use: set PORT"
  port_free "$(management_port)" || die "port $(management_port) is in use: set MANAGEMENT_PORT"
}

# The JVM options that put the service on those ports.
port_options() { printf -- '-Dquarkus.http.port=%s -Dquarkus.management.port=%s' "$PORT" "$(management_port)"; }

# Starts the jar on $PORT (and its management interface on management_port), logging to $1; sets SERVICE_PID; waits
# until it is ready.
start_service() {
  local log=$1
  ports_free
  # shellcheck disable=SC2046,SC2086
  "$JAVA" $JAVA_OPTS $(port_options) -jar "$JAR" >"$log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$(management_port)/q/health/ready" 2>/dev/null; then
      return 0
    fi
    kill -0 "$SERVICE_PID" 2>/dev/null || die "the service exited during start-up; see $log"
    sleep 0.25
  done
  die "the service was not ready within 30 s; see $log"
}

stop_service() {
  if [ -n "${SERVICE_PID:-}" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill -TERM "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=
}

# Every body must be a 200 on its own before it is used for load.
check_bodies() {
  local body status
  for body in "${BODIES[@]}"; do
    status=$(curl -sS -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      --data-binary "@$body" "http://127.0.0.1:$PORT/api/v1/classifications")
    [ "$status" = 200 ] || die "$body is answered $status, not 200: regenerate bench/bodies (bench/README.md)"
  done
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

describe_machine() {
  say "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
  say "java:    $("$JAVA" -version 2>&1 | head -n 1) ($JAVA)"
  say "options: ${JAVA_OPTS:-(none)}"
  say "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
}
