# nsp-liability container image: Maven builds the Quarkus aot-jar, a JRE 25 runs it as a non-root user, started from
# an AOT cache (JDK 25, JEP 483/514/515) that a training run in the runtime stage writes.
#
#   podman build -t nsp-liability:1.0.0-SNAPSHOT .        (or docker build; the tag is the project's version, the
#                                                          image k8s/base/deployment.yaml runs)
#   podman run --rm -p 8080:8080 -p 127.0.0.1:9000:9000 nsp-liability:1.0.0-SNAPSHOT
#
# Port 8080 serves the API, its contract (/q/openapi, Swagger UI) and its documentation; port 9000, the management
# interface, health, metrics and info (published above on the local interface only).
#
# The base images are pinned to their Maven 3.9 / Java 25 tags. CI (.ci/container-check) builds this file with
# podman and --pull=never on local stand-ins of the same names; see docs/container.md#container.

# --- build: Maven + JDK 25 ----------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build

# Dependencies first, in their own layer: it is rebuilt only when pom.xml changes. quarkus:go-offline fetches
# what the Quarkus build needs besides the declared dependencies; the package step below then runs offline.
COPY pom.xml ./
RUN mvn -B -q --no-transfer-progress quarkus:go-offline dependency:resolve-plugins

COPY src ./src
# The documentation the service serves at /docs/ (DocsResource).
COPY docs ./docs
# Tests run in CI, not in the image build: skip compiling them, and the test-scope client generated from openapi/
# (which is not part of the build context).
RUN mvn -B -q package -Dmaven.test.skip=true -Dcodegen.skip=true

# --- runtime: JRE 25, the layout of Quarkus' Dockerfile.jvm ------------------------------------------------------
FROM eclipse-temurin:25-jre

ENV LANGUAGE='en_US:en'
# glibc's C heap in at most two arenas instead of up to eight per CPU (one for each thread that allocates, up to 16
# on two CPUs): what threads allocate and free (the JIT compilers, Netty) is reused across threads instead of each
# arena keeping partly used pages of its own; the service resides 2-4 MiB lower after 100,000 requests, at no cost
# measured in CPU per request (docs/container.md#jvm-flags; bench/README.md, "Start-up and resident memory (fifth
# session)").
ENV MALLOC_ARENA_MAX=2

# The service runs as uid 185 (k8s/base/deployment.yaml sets the same), with no login and no writable home.
RUN groupadd --system --gid 185 quarkus \
    && useradd --system --uid 185 --gid 185 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin quarkus

# Four layers, from the least to the most often changed.
COPY --from=build --chown=185 /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=185 /build/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=185 /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=185 /build/target/quarkus-app/quarkus/ /deployments/quarkus/

WORKDIR /deployments

# Heap from the container's memory limit; a young generation of a fixed 16 MiB (left to itself, the serial collector
# kept it at the 2 MiB it starts with, so each request's garbage was promoted and the old generation grew to 140 MiB
# of it: docs/container.md#jvm-flags); the serial collector (what the JVM picks by itself with one CPU, as
# k8s/base/deployment.yaml gives; stated so that the AOT cache is trained and used with the same collector); the C heap
# that the JIT compilers free is returned to the system every 5 s; direct (off-heap) buffers, Netty's, are bounded
# at 64 MiB instead of the heap's size again, so heap and buffers together stay inside the limit (HostileLoadIT
# reads these flags); the JIT compilers wait for three times the usual number of calls before compiling a method,
# so that code run only while starting (configuration, YAML, OpenAPI) is not compiled and kept (about 5 MiB less
# compiled code and its data, and less CPU until ready; docs/container.md#jvm-flags); a JVM out of memory
# exits (and is restarted) instead of limping on.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=60 -Xmn16m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000 -XX:CompileThresholdScaling=3 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"

# The AOT cache: classes loaded and linked, and method profiles, of a training run of this JVM with these options
# (src/main/docker/aot-training.sh starts the service, sends the first requests callers send, stops it). Start-to-
# ready falls by about a third (bench/README.md). Made as root, read by the service: it is not writable by uid 185.
COPY src/main/docker/aot-training.sh /usr/local/lib/nsp-liability/aot-training.sh
# /tmp is emptied afterwards: what the run left there (Vert.x' file cache, the JVM's perf data, owned by root) would
# be copied into the pod's or container's tmpfs /tmp and be in the way of uid 185.
RUN bash /usr/local/lib/nsp-liability/aot-training.sh /deployments/app.aot $JAVA_OPTS \
    && rm -rf /tmp/* /tmp/.[!.]*

USER 185
# The API, and the management interface (health, metrics, info). No HEALTHCHECK: the JRE image has no HTTP client,
# and Kubernetes' probes (k8s/base/deployment.yaml) ask /q/health on 9000 themselves.
EXPOSE 8080 9000

# exec: java is PID 1 and receives SIGTERM itself, so Quarkus shuts down gracefully (quarkus.shutdown.timeout). A
# JAVA_OPTS that changes the collector or the object layout makes the JVM ignore the cache with a warning and start
# as without it.
ENTRYPOINT ["/bin/sh", "-c", "exec java -XX:AOTCache=/deployments/app.aot $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
