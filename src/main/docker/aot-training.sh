#!/usr/bin/env bash
# The training run of the image's AOT cache (JDK 25, JEP 483/514/515), made by the Dockerfile in the runtime stage,
# so that the cache is written by the very JVM, class path and options that will read it:
#
#   bash aot-training.sh CACHE [JAVA OPTION...]      (environment: APP_JAR, default /deployments/quarkus-run.jar;
#                                                    JAVA, the java command, default java)
#
# starts the jar with -XX:AOTCacheOutput=CACHE and the given options, on 127.0.0.1 and on ports the system picks
# (quarkus.http.port and quarkus.management.port 0, read back from the service's log), so that it never collides with
# a service already running (on 8080 and 9000, or anywhere else); waits for readiness on the management interface
# (the engine's self-test), sends what callers and Kubernetes send first (a classification in English and in
# Chinese, a batch, the catalogue, the OpenAPI document, health and metrics), checks every answer is 200, and stops
# the service with SIGTERM; the JVM writes the cache as it exits. The JRE image has no curl: requests go through
# bash's /dev/tcp. Exits non-zero, failing the image build, when an answer is not 200 or no cache was written.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 CACHE [JAVA OPTION...]" >&2; exit 2; }
cache=$1
shift
jar=${APP_JAR:-/deployments/quarkus-run.jar}
ready_timeout=120
log=$(mktemp "${TMPDIR:-/tmp}/aot-training.XXXXXX")

# A storage provider that removed the content in time after a valid copyright notice (like the reference request,
# docs/request.md#reference-request, without its counter-notice).
readonly CASE='{"provider":{"role":"STORAGE","knowledge":"NOT_ASSESSED"},"rightType":"COPYRIGHT","conductDate":"2022-03-01","noticeHistory":[{"receivedAt":"2022-03-10T09:00:00+08:00","channel":"EMAIL","includesIdentity":true,"includesPreliminaryEvidence":true,"locatesContent":true,"itemCount":1,"forwardedAt":"2022-03-10T10:00:00+08:00","measuresTakenAt":"2022-03-10T18:00:00+08:00"}],"asOf":"2022-06-01T00:00:00+08:00"}'
# A late notice, a counter-notice and a restoration: the notice rule's liable periods and the duties toward the user.
readonly LATE='{"provider":{"role":"LINKING"},"rightType":"PERSONALITY","conductDate":"2022-05-01","noticeHistory":[{"receivedAt":"2022-05-03T09:00:00+08:00","channel":"EMAIL","includesIdentity":true,"includesPreliminaryEvidence":true,"locatesContent":true,"forwardedAt":"2022-05-03T10:00:00+08:00","measuresTakenAt":"2022-05-09T15:00:00+08:00","restoredAt":"2022-05-25T09:00:00+08:00","counterNotice":{"receivedAt":"2022-05-12T08:00:00+08:00","includesIdentity":true,"includesPreliminaryEvidence":true,"forwardedToRightsHolderAt":"2022-05-12T09:00:00+08:00"}}],"asOf":"2022-07-01T00:00:00+08:00"}'

# The service's output goes to the caller (the image build's log shows the JVM's [aot] lines) and to $log, where the
# ports it got are read.
"${JAVA:-java}" "$@" -XX:AOTCacheOutput="$cache" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 \
  -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port=0 -jar "$jar" > >(tee "$log") 2>&1 &
pid=$!
trap 'rm -f "$log"' EXIT

# The port after the text $1 in the service's log ("Listening on: http://127.0.0.1:PORT", "Management interface
# listening on http://127.0.0.1:PORT"); nothing before Quarkus has started.
listening() {
  sed -n "s|.*$1 https\{0,1\}://[^:]*:\([0-9][0-9]*\).*|\1|p" "$log" | head -n 1
}

waited=0
port=
management_port=
until [ -n "$port" ] && [ -n "$management_port" ]; do
  kill -0 "$pid" 2>/dev/null || { echo "aot-training: the service exited before it listened" >&2; exit 1; }
  if [ "$waited" -ge $((ready_timeout * 10)) ]; then
    echo "aot-training: not listening after ${ready_timeout}s" >&2
    kill "$pid"
    exit 1
  fi
  sleep 0.1
  waited=$((waited + 1))
  port=$(listening 'Listening on:')
  management_port=$(listening 'Management interface listening on')
done

# Sends one request to the port $1 (the API's, $port, or the management interface's, $management_port); prints the
# status code (000 when the service does not answer).
request() { # PORT METHOD PATH [BODY [ACCEPT-LANGUAGE]]
  local target=$1 method=$2 path=$3 body=${4:-} language=${5:-en} status_line
  if ! exec 3<>"/dev/tcp/127.0.0.1/$target"; then
    echo 000
    return 0
  fi 2>/dev/null
  printf '%s %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAccept-Language: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
    "$method" "$path" "$language" "${#body}" "$body" >&3
  IFS=' ' read -r _ status_line _ <&3 || status_line=000
  cat <&3 >/dev/null || true
  exec 3<&-
  echo "${status_line:-000}"
}

until [ "$(request "$management_port" GET /q/health/ready)" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { echo "aot-training: the service exited before it was ready" >&2; exit 1; }
  if [ "$waited" -ge $((ready_timeout * 10)) ]; then
    echo "aot-training: not ready after ${ready_timeout}s" >&2
    kill "$pid"
    exit 1
  fi
  sleep 0.1
  waited=$((waited + 1))
done

failed=0
check() { # EXPECTED-NAME STATUS
  if [ "$2" != 200 ]; then
    echo "aot-training: $1 answered $2, not 200" >&2
    failed=1
  fi
}
for round in 1 2 3; do
  check "classification ($round)" "$(request "$port" POST /api/v1/classifications "$CASE")"
  check "classification, zh ($round)" "$(request "$port" POST /api/v1/classifications "$LATE" zh-CN)"
  check "counterfactuals ($round)" "$(request "$port" POST '/api/v1/classifications?include=counterfactuals' "$CASE")"
  check "batch ($round)" "$(request "$port" POST /api/v1/classifications/batch "{\"items\":[$CASE,$LATE,$CASE]}")"
done
check "provisions" "$(request "$port" GET /api/v1/provisions)"
check "openapi" "$(request "$port" GET /q/openapi)"
check "health" "$(request "$management_port" GET /q/health)"
check "metrics" "$(request "$management_port" GET /q/metrics)"
check "info" "$(request "$management_port" GET /q/info)"

kill -TERM "$pid"
wait "$pid" || true
[ "$failed" = 0 ] || exit 1
[ -s "$cache" ] || { echo "aot-training: no AOT cache was written at $cache" >&2; exit 1; }
echo "aot-training: $(du -h "$cache" | cut -f1) AOT cache written to $cache"
