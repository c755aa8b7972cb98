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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kustomize base {@code k8s/base} parses with the fabric8 model without a field the model does not know, and its
 * parts fit: selectors, ports (the API's and the management interface's, as application.properties sets them), probe
 * paths, the autoscaler's target and its sole say over the replicas, the network policy's two sources, the image, the
 * hardening and the shutdown timing. {@code ProbePathsTest} checks that the probe paths answer on the running
 * service; {@code ConfigMapTest} that the ConfigMap's keys are configuration the service reads; {@code OverlayTest}
 * the example overlay.
 */
class ManifestsTest {

    static final String HTTP = "http";
    static final String MANAGEMENT = "management";
    /** The image name of the Dockerfile's build, the Deployment and the overlay. */
    static final String IMAGE = "nsp-liability";
    /** The pod label by which the operator admits a caller to the API port (networkpolicy.yaml). */
    static final String CLIENT_LABEL = "nsp-liability.netlaw.cn/client";

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
    void the_kustomization_lists_every_manifest_in_the_base_and_nothing_else() throws IOException {
        List<String> files;
        List<String> envFiles;
        try (Stream<Path> listing = Files.list(Manifests.BASE)) {
            List<String> names = listing.map(path -> path.getFileName().toString()).toList();
            files = names.stream().filter(name -> name.endsWith(".yaml") || name.endsWith(".yml"))
                    .filter(name -> !name.equals("kustomization.yaml"))
                    .toList();
            envFiles = names.stream().filter(name -> name.endsWith(".env")).toList();
        }
        assertThat(manifests.resources).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
        assertThat(Manifests.kustomization().path("configMapGenerator").findValues("envs").stream()
                .flatMap(envs -> envs.valueStream()).map(env -> env.asText()))
                .as("the env files of the generators").containsExactlyInAnyOrderElementsOf(envFiles);
        assertThat(Manifests.kustomization().path("kind").asText()).isEqualTo("Kustomization");
    }

    @Test
    void every_manifest_parses_without_a_field_the_model_does_not_know() {
        assertThat(manifests.objects).as("six resources and the generated ConfigMap").hasSize(7);
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
    void the_autoscaler_alone_sets_the_replicas_and_a_rollout_adds_a_pod_before_an_old_one_goes() {
        var spec = deployment().getSpec();
        assertThat(spec.getReplicas()).as("replicas of a Deployment that an autoscaler scales").isNull();
        assertThat(manifests.autoscaler().getSpec().getScaleTargetRef().getName())
                .isEqualTo(deployment().getMetadata().getName());
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
        assertThat(get.getPort().getStrVal()).as("the port of %s, by name", path).isEqualTo(MANAGEMENT);
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
        Container container = Manifests.load().deployment().getSpec().getTemplate().getSpec().getContainers()
                .getFirst();
        return Stream.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe())
                .map(probe -> probe.getHttpGet().getPath()).toList();
    }

    /**
     * The API on 8080 (named http) and the management interface on 9000 (named management), the ports
     * application.properties gives them.
     */
    @Test
    void the_container_has_the_api_port_and_the_management_port_of_application_properties() {
        var properties = Manifests.applicationProperties();
        assertThat(properties.getProperty("quarkus.management.enabled")).isEqualTo("true");
        assertThat(container().getPorts()).hasSize(2);
        assertThat(containerPort(new IntOrString(HTTP))).satisfies(port -> {
            assertThat(port.getContainerPort()).isEqualTo(8080)
                    .isEqualTo(Integer.parseInt(properties.getProperty("quarkus.http.port")));
            assertThat(port.getProtocol()).isEqualTo("TCP");
        });
        assertThat(containerPort(new IntOrString(MANAGEMENT))).satisfies(port -> {
            assertThat(port.getContainerPort()).isEqualTo(9000)
                    .isEqualTo(Integer.parseInt(properties.getProperty("quarkus.management.port")));
            assertThat(port.getProtocol()).isEqualTo("TCP");
        });
    }

    /**
     * One image name and tag everywhere: the Deployment's image is {@code nsp-liability:<the project's version>}, the
     * name docs/container.md's and the Dockerfile's build commands tag (.ci/container-check reads it from the Deployment); every
     * other mention of an {@code nsp-liability} image in them carries that tag too (the example overlay's, in a
     * registry).
     */
    @Test
    void one_image_name_and_tag_across_the_manifests_the_readme_and_the_dockerfile()
            throws IOException {
        String image = IMAGE + ":" + projectVersion();
        assertThat(container().getImage()).isEqualTo(image);
        for (Path file : List.of(Path.of("docs", "container.md"), Path.of("Dockerfile"),
                Path.of("k8s", "overlays", "example", "kustomization.yaml"))) {
            String text = Files.readString(file);
            assertThat(text.contains(image)).as("%s names %s", file, image).isTrue();
            Matcher tagged = Pattern
                    .compile("(?<![\\w./:-])(?:[\\w.-]+/)*" + IMAGE + ":([\\w.-]+)").matcher(text);
            while (tagged.find()) {
                assertThat(tagged.group(1)).as("the tag of %s in %s", tagged.group(), file)
                        .isEqualTo(projectVersion());
            }
            assertThat(Pattern.compile("build[^\\n]* -t " + IMAGE + "[\\s.]").matcher(text).find())
                    .as("%s: a build that tags %s without its tag", file, IMAGE).isFalse();
        }
        assertThat(Manifests.kustomization(Path.of("k8s", "overlays", "example")).path("images").get(0)
                .path("newTag").asText()).isEqualTo(projectVersion());
    }

    /** The version of pom.xml (the project's, not its parent's: the pom has none). */
    static String projectVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version = Pattern
                .compile("<artifactId>" + IMAGE + "</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).as("the project's version in pom.xml").isTrue();
        return version.group(1);
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
    void the_service_selects_the_pods_and_offers_the_api_and_the_management_port_by_name() {
        Service service = manifests.service();
        assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
        assertThat(podLabels()).containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(service.getSpec().getSelector()).isNotEmpty();
        assertThat(service.getSpec().getPorts()).extracting(ServicePort::getName).containsExactly(HTTP, MANAGEMENT);
        for (ServicePort port : service.getSpec().getPorts()) {
            assertThat(port.getTargetPort().getStrVal()).as("targetPort by name").isEqualTo(port.getName());
            assertThat(port.getPort()).isEqualTo(containerPort(port.getTargetPort()).getContainerPort());
            assertThat(port.getProtocol()).isEqualTo("TCP");
        }
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

    /**
     * The API port from the pods the operator labels as clients (in any namespace: an overlay may narrow it), the
     * management port from the monitoring namespace only; nothing else.
     */
    @Test
    void the_network_policy_admits_labelled_clients_to_the_api_and_the_monitoring_namespace_to_management() {
        NetworkPolicy policy = manifests.networkPolicy();
        assertSelects(policy.getSpec().getPodSelector(), podLabels(), "the NetworkPolicy");
        assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress");
        var rules = policy.getSpec().getIngress();
        assertThat(rules).hasSize(2);
        assertThat(rules).allSatisfy(rule -> assertThat(rule.getPorts()).singleElement()
                .satisfies((NetworkPolicyPort port) -> {
                    assertThat(port.getProtocol()).isEqualTo("TCP");
                    assertThat(containerPort(port.getPort())).as("a port of the container").isNotNull();
                }));
        assertThat(rules.get(0).getPorts().getFirst().getPort()).isEqualTo(new IntOrString(HTTP));
        assertThat(rules.get(0).getFrom()).singleElement().satisfies(peer -> {
            assertThat(peer.getPodSelector().getMatchLabels()).containsEntry(CLIENT_LABEL, "true");
            assertThat(peer.getIpBlock()).isNull();
        });
        assertThat(rules.get(1).getPorts().getFirst().getPort()).isEqualTo(new IntOrString(MANAGEMENT));
        assertThat(rules.get(1).getFrom()).singleElement().satisfies(peer -> {
            assertThat(peer.getNamespaceSelector().getMatchLabels())
                    .containsExactly(Map.entry("kubernetes.io/metadata.name", "monitoring"));
            assertThat(peer.getPodSelector()).isNull();
            assertThat(peer.getIpBlock()).isNull();
        });
    }
}
