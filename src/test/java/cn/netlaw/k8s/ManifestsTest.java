package cn.netlaw.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kustomize base {@code k8s/} parses with the fabric8 model without a field the model does not know, and its
 * parts fit: selectors, ports, probe paths, the autoscaler's target, the hardening and the shutdown timing.
 * {@code ProbePathsTest} checks that the probe paths answer on the running service; {@code ConfigMapTest} that the
 * ConfigMap's keys are configuration the service reads.
 */
class ManifestsTest {

    private final Manifests manifests = Manifests.load();

    private Deployment deployment() {
        return manifests.deployment();
    }

    private PodSpec pod() {
        return deployment().getSpec().getTemplate().getSpec();
    }

    private Container container() {
        assertThat(pod().getContainers()).hasSize(1);
        return pod().getContainers().getFirst();
    }

    private Map<String, String> podLabels() {
        return deployment().getSpec().getTemplate().getMetadata().getLabels();
    }

    private static void assertSelects(LabelSelector selector, Map<String, String> labels, String what) {
        assertThat(selector.getMatchExpressions()).as("%s: matchLabels only", what).isNullOrEmpty();
        assertThat(selector.getMatchLabels()).as("%s selects the pods", what).isNotEmpty();
        assertThat(labels).as("%s selects the pods", what).containsAllEntriesOf(selector.getMatchLabels());
    }

    // ---------------------------------------------------------------------------------------------------------
    // The files
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void the_kustomization_lists_every_manifest_in_k8s_and_nothing_else() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(Manifests.BASE)) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml"))
                    .filter(name -> !name.equals("kustomization.yaml"))
                    .toList();
        }
        assertThat(manifests.resources).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
        assertThat(Manifests.kustomization().path("kind").asText()).isEqualTo("Kustomization");
    }

    @Test
    void every_manifest_parses_without_a_field_the_model_does_not_know() {
        assertThat(manifests.objects).hasSize(7);
        for (HasMetadata object : manifests.objects) {
            assertThat(Manifests.unknownFields(object))
                    .as("fields of %s %s unknown to the Kubernetes model", object.getKind(), object.getMetadata().getName())
                    .isEmpty();
            assertThat(object.getMetadata().getNamespace()).as("the namespace is the overlay's to set").isNull();
        }
    }

    @Test
    void a_misspelt_field_is_found_however_deep_it_is() {
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                  template:
                    spec:
                      containers:
                        - name: x
                          readinessProbe: {httpGet: {path: /q/health/ready, port: http}, periodSecond: 5}
                """;
        HasMetadata object = Manifests.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(Manifests.unknownFields(object)).containsExactlyInAnyOrder(
                "Deployment.spec.replica",
                "Deployment.spec.template.spec.containers[0].readinessProbe.periodSecond");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deployment
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void the_deployment_selects_its_own_pods() {
        assertSelects(deployment().getSpec().getSelector(), podLabels(), "the Deployment");
    }

    @Test
    void two_replicas_roll_out_one_new_pod_before_an_old_one_goes() {
        var spec = deployment().getSpec();
        assertThat(spec.getReplicas()).isEqualTo(2);
        assertThat(spec.getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(spec.getStrategy().getRollingUpdate().getMaxUnavailable()).isEqualTo(new IntOrString(0));
        assertThat(spec.getStrategy().getRollingUpdate().getMaxSurge()).isEqualTo(new IntOrString(1));
    }

    @Test
    void the_probes_ask_the_quarkus_health_endpoints_at_the_named_container_port() {
        Container container = container();
        assertProbe(container.getStartupProbe(), "/q/health/started");
        assertProbe(container.getReadinessProbe(), "/q/health/ready");
        assertProbe(container.getLivenessProbe(), "/q/health/live");
    }

    private void assertProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get.getPath()).isEqualTo(path);
        assertThat(get.getPort().getStrVal()).as("the port of %s, by name", path).isNotNull();
        assertThat(containerPort(get.getPort())).as("the port of %s", path).isNotNull();
    }

    /** The container port that {@code port} (a name or a number) designates, or null. */
    private ContainerPort containerPort(IntOrString port) {
        return container().getPorts().stream()
                .filter(p -> port.getStrVal() != null ? port.getStrVal().equals(p.getName())
                        : port.getIntVal().equals(p.getContainerPort()))
                .findFirst().orElse(null);
    }

    /** Probe paths as deployment.yaml gives them, for {@code ProbePathsTest}. */
    static List<String> probePaths() {
        Container container = Manifests.load().deployment().getSpec().getTemplate().getSpec().getContainers().getFirst();
        return Stream.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe())
                .map(probe -> probe.getHttpGet().getPath()).toList();
    }

    @Test
    void the_container_listens_on_8080_named_http() {
        assertThat(container().getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getName()).isEqualTo("http");
            assertThat(port.getContainerPort()).isEqualTo(8080);
            assertThat(port.getProtocol()).isEqualTo("TCP");
        });
    }

    @Test
    void the_container_has_cpu_and_memory_requests_and_limits() {
        var resources = container().getResources();
        for (Map<String, Quantity> bounds : List.of(resources.getRequests(), resources.getLimits())) {
            assertThat(bounds).containsKeys("cpu", "memory");
        }
        assertThat(Quantity.getAmountInBytes(resources.getRequests().get("memory")))
                .isLessThanOrEqualTo(Quantity.getAmountInBytes(resources.getLimits().get("memory")));
    }

    @Test
    void the_pod_runs_as_a_non_root_user_without_privileges_on_a_read_only_root() {
        PodSpec pod = pod();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        SecurityContext container = container().getSecurityContext();
        assertThat(container.getRunAsNonRoot()).isTrue();
        assertThat(container.getRunAsUser()).isPositive();
        assertThat(container.getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getCapabilities().getAdd()).isNullOrEmpty();
        assertThat(container.getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getPrivileged()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void tmp_is_a_writable_empty_dir() {
        var mount = container().getVolumeMounts().stream()
                .filter(m -> m.getMountPath().equals("/tmp")).findFirst().orElseThrow();
        Volume volume = pod().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertThat(volume.getEmptyDir()).isNotNull();
        assertThat(mount.getReadOnly()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void the_pod_uses_its_own_service_account_without_a_token() {
        var account = manifests.serviceAccount();
        assertThat(account.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod().getServiceAccountName()).isEqualTo(account.getMetadata().getName());
        assertThat(pod().getAutomountServiceAccountToken()).isFalse();
    }

    @Test
    void the_container_takes_its_environment_from_the_config_map() {
        assertThat(container().getEnvFrom()).singleElement()
                .satisfies(source -> assertThat(source.getConfigMapRef().getName())
                        .isEqualTo(manifests.configMap().getMetadata().getName()));
    }

    @Test
    void replicas_are_spread_over_nodes_and_zones() {
        var constraints = pod().getTopologySpreadConstraints();
        assertThat(constraints).extracting(c -> c.getTopologyKey())
                .contains("kubernetes.io/hostname", "topology.kubernetes.io/zone");
        constraints.forEach(c -> assertSelects(c.getLabelSelector(), podLabels(), "a spread constraint"));
    }

    /**
     * After the preStop pause, SIGTERM: the drain window ({@code quarkus.shutdown.delay}), running requests for up to
     * {@code quarkus.shutdown.timeout}, the worker pool for up to {@code quarkus.thread-pool.shutdown-timeout}, and a
     * second of teardown (measured: about 0.1 s, GracefulShutdownIT) must all fit in the grace period, or Kubernetes
     * kills the JVM in the middle.
     */
    @Test
    void the_grace_period_covers_the_pre_stop_pause_the_drain_window_and_every_shutdown_timeout() {
        List<String> preStop = container().getLifecycle().getPreStop().getExec().getCommand();
        assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
        Duration pause = Duration.ofSeconds(Long.parseLong(preStop.get(1)));
        var properties = Manifests.applicationProperties();
        assertThat(properties.getProperty("quarkus.shutdown.delay-enabled")).isEqualTo("true");
        Duration drain = duration(properties.getProperty("quarkus.shutdown.delay"));
        Duration running = duration(properties.getProperty("quarkus.shutdown.timeout"));
        Duration workers = duration(properties.getProperty("quarkus.thread-pool.shutdown-timeout"));
        Duration grace = Duration.ofSeconds(pod().getTerminationGracePeriodSeconds());
        assertThat(pause).isPositive();
        assertThat(drain).isPositive();
        assertThat(grace.minus(pause)).as("the time the JVM has from SIGTERM")
                .isGreaterThanOrEqualTo(drain.plus(running).plus(workers).plusSeconds(1));
    }

    private static Duration duration(String value) {
        assertThat(value).as("a duration in application.properties").isNotNull();
        return Duration.parse("PT" + value.toUpperCase());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Service, autoscaler, disruption budget, network policy
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void the_service_selects_the_pods_and_targets_the_named_container_port() {
        Service service = manifests.service();
        assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
        assertThat(podLabels()).containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(service.getSpec().getSelector()).isNotEmpty();
        ServicePort port = service.getSpec().getPorts().getFirst();
        assertThat(service.getSpec().getPorts()).hasSize(1);
        assertThat(port.getName()).isEqualTo("http");
        assertThat(port.getTargetPort().getStrVal()).as("targetPort by name").isEqualTo("http");
        assertThat(containerPort(port.getTargetPort())).isNotNull();
    }

    @Test
    void the_autoscaler_scales_the_deployment_on_cpu() {
        HorizontalPodAutoscaler hpa = manifests.autoscaler();
        assertThat(hpa.getApiVersion()).isEqualTo("autoscaling/v2");
        var target = hpa.getSpec().getScaleTargetRef();
        assertThat(target.getApiVersion()).isEqualTo(deployment().getApiVersion());
        assertThat(target.getKind()).isEqualTo("Deployment");
        assertThat(target.getName()).isEqualTo(deployment().getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
        assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies((MetricSpec metric) -> {
            assertThat(metric.getType()).isEqualTo("Resource");
            assertThat(metric.getResource().getName()).isEqualTo("cpu");
            assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
        });
    }

    @Test
    void the_disruption_budget_keeps_one_of_the_pods() {
        PodDisruptionBudget pdb = manifests.disruptionBudget();
        assertThat(pdb.getSpec().getMinAvailable()).isEqualTo(new IntOrString(1));
        assertSelects(pdb.getSpec().getSelector(), podLabels(), "the PodDisruptionBudget");
    }

    @Test
    void the_network_policy_admits_only_tcp_to_the_container_port() {
        NetworkPolicy policy = manifests.networkPolicy();
        assertSelects(policy.getSpec().getPodSelector(), podLabels(), "the NetworkPolicy");
        assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getPorts()).singleElement().satisfies((NetworkPolicyPort port) -> {
                assertThat(port.getProtocol()).isEqualTo("TCP");
                assertThat(port.getPort()).isEqualTo(new IntOrString(8080));
                assertThat(containerPort(port.getPort())).isNotNull();
            });
        });
    }
}
