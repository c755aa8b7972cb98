# nsp-liability container image: Maven builds the Quarkus fast-jar, a JRE 21 runs it as a non-root user.
#
#   docker build -t nsp-liability .
#   docker run --rm -p 8080:8080 nsp-liability
#
# The base images are pinned to their Maven 3.9 / Java 21 tags. CI (.ci/container-check) builds this file with
# podman and --pull=never on local stand-ins of the same names; see README "Container".

# --- build: Maven + JDK 21 ----------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build

# Dependencies first, in their own layer: it is rebuilt only when pom.xml changes. quarkus:go-offline fetches
# what the Quarkus build needs besides the declared dependencies; the package step below then runs offline.
COPY pom.xml ./
RUN mvn -B -q --no-transfer-progress quarkus:go-offline dependency:resolve-plugins

COPY src ./src
# Tests run in CI, not in the image build: skip compiling them, and the test-scope client generated from openapi/
# (which is not part of the build context).
RUN mvn -B -q package -Dmaven.test.skip=true -Dcodegen.skip=true

# --- runtime: JRE 21, the layout of Quarkus' Dockerfile.jvm ------------------------------------------------------
FROM eclipse-temurin:21-jre

ENV LANGUAGE='en_US:en'

# The service runs as uid 185 (k8s/deployment.yaml sets the same), with no login and no writable home.
RUN groupadd --system --gid 185 quarkus \
    && useradd --system --uid 185 --gid 185 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin quarkus

# Four layers, from the least to the most often changed.
COPY --from=build --chown=185 /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=185 /build/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=185 /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=185 /build/target/quarkus-app/quarkus/ /deployments/quarkus/

WORKDIR /deployments
USER 185
EXPOSE 8080

# Heap from the container's memory limit; a JVM out of memory exits (and is restarted) instead of limping on.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"

# exec: java is PID 1 and receives SIGTERM itself, so Quarkus shuts down gracefully (quarkus.shutdown.timeout).
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
