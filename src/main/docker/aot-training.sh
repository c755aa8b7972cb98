#!/usr/bin/env bash
# The training run of the image's AOT cache (JDK 25, JEP 483/514/515), made by the Dockerfile in the runtime stage,
# so that the cache is written by the very JVM, class path and options that will read it:
#
#   bash aot-training.sh CACHE [JAVA OPTION...]      (environment: APP_JAR, default /deployments/quarkus-run.jar;
#                                                    PORT, 8080; JAVA, the java command, default java)
#
# starts the jar with -XX:AOTCacheOutput=CACHE and the given options, waits for readiness
# (the engine's self-test), sends what callers and Kubernetes send first (a classification in English and in
# Chinese, a batch, the catalogue, the OpenAPI document, health and metrics), checks every answer is 200, and stops
# the service with SIGTERM; the JVM writes the cache as it exits. The JRE image has no curl: requests go through
# bash's /dev/tcp. Exits non-zero, failing the image build, when an answer is not 200 or no cache was written.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 CACHE [JAVA OPTION...]" >&2; exit 2; }
cache=$1
shift
port=${PORT:-8080}
jar=${APP_JAR:-/deployments/quarkus-run.jar}
ready_timeout=120

# A storage provider that removed the content in time after a valid copyright notice (like the reference request,
# docs/request.md#reference-request, without its counter-notice).
readonly CASE='{"provider":{"role":"STORAGE","knowledge":"NOT_ASSESSED"},"rightType":"COPYRIGHT","conductDate":"2022-03-01","noticeHistory":[{"receivedAt":"2022-03-10T09:00:00+08:00","channel":"EMAIL","includesIdentity":true,"includesPreliminaryEvidence":true,"locatesContent":true,"itemCount":1,"forwardedAt":"2022-03-10T10:00:00+08:00","measuresTakenAt":"2022-03-10T18:00:00+08:00"}],"asOf":"2022-06-01T00:00:00+08:00"}'
# A late notice, a counter-notice and a restoration: the notice rule's liable periods and the duties toward the user.
readonly LATE='{"provider":{"role":"LINKING"},"rightType":"PERSONALITY","conductDate":"2022-05-01","noticeHistory":[{"receivedAt":"2022-05-03T09:00:00+08:00","channel":"EMAIL","includesIdentity":true,"includesPreliminaryEvidence":true,"locatesContent":true,"forwardedAt":"2022-05-03T10:00:00+08:00","measuresTakenAt":"2022-05-09T15:00:00+08:00","restoredAt":"2022-05-25T09:00:00+08:00","counterNotice":{"receivedAt":"2022-05-12T08:00:00+08:00","includesIdentity":true,"includesPreliminaryEvidence":true,"forwardedToRightsHolderAt":"2022-05-12T09:00:00+08:00"}}],"asOf":"2022-07-01T00:00:00+08:00"}'

"${JAVA:-java}" "$@" -XX:AOTCacheOutput="$cache" -Dquarkus.http.port="$port" -jar "$jar" &
pid=$!

# Sends one request; prints the status code (000 when the service does not answer).
request() { # METHOD PATH [BODY [ACCEPT-LANGUAGE]]
  local method=$1 path=$2 body=${3:-} language=${4:-en} status_line
  if ! exec 3<>"/dev/tcp/127.0.0.1/$port"; then
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

waited=0
until [ "$(request GET /q/health/ready)" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { echo "aot-training: the service exited before it was ready" >&2; exit 1; }
  [ "$waited" -lt $((ready_timeout * 10)) ] || { echo "aot-training: not ready after ${ready_timeout}s" >&2; kill "$pid"; exit 1; }
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
  check "classification ($round)" "$(request POST /api/v1/classifications "$CASE")"
  check "classification, zh ($round)" "$(request POST /api/v1/classifications "$LATE" zh-CN)"
  check "counterfactuals ($round)" "$(request POST '/api/v1/classifications?include=counterfactuals' "$CASE")"
  check "batch ($round)" "$(request POST /api/v1/classifications/batch "{\"items\":[$CASE,$LATE,$CASE]}")"
done
check "provisions" "$(request GET /api/v1/provisions)"
check "openapi" "$(request GET /q/openapi)"
check "health" "$(request GET /q/health)"
check "metrics" "$(request GET /q/metrics)"

kill -TERM "$pid"
wait "$pid" || true
[ "$failed" = 0 ] || exit 1
[ -s "$cache" ] || { echo "aot-training: no AOT cache was written at $cache" >&2; exit 1; }
echo "aot-training: $(du -h "$cache" | cut -f1) AOT cache written to $cache"
