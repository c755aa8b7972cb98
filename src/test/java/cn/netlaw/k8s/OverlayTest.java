package cn.netlaw.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.netlaw.api.classification.LiabilityConfig;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example overlay {@code k8s/overlays/example}. Its policy values are configuration the engine is built from.
 * Rendered with {@code kubectl kustomize} (where kubectl is installed; elsewhere those tests are skipped, saying so),
 * it gives the base's objects, parsed with the fabric8 model without a field it does not know, in the overlay's
 * namespace, with the overlay's image, autoscaler bounds and callers, and the base's policy with the overlay's values
 * over it in a ConfigMap whose hashed name the Deployment refers to; a changed policy value gives the ConfigMap, and so
 * the pod template, another name: the pods roll.
 */
class OverlayTest {

    static final Path OVERLAY = Path.of("k8s", "overlays", "example");
    private static final String NAMESPACE = "nsp-liability";
    private static final Pattern PROPERTY = Pattern.compile("(?m)^#?(liability\\.policy\\.[a-z0-9.-]+)=");

    /** The overlay's policy values (its configMapGenerator merges them over the base's). */
    private static Map<String, String> overlayPolicy() {
        var generators = Manifests.kustomization(OVERLAY).path("configMapGenerator");
        assertThat(generators).hasSize(1);
        assertThat(generators.get(0).path("name").asText()).isEqualTo("nsp-liability");
        assertThat(generators.get(0).path("behavior").asText()).isEqualTo("merge");
        return Manifests.generated(OVERLAY, generators.get(0)).getData();
    }

    /**
     * Every {@code liability.policy.*} key application.properties names, set or shown in a comment (the holiday
     * calendar is empty by default), by its environment-variable form.
     */
    private static Map<String, String> policyProperties() throws IOException {
        String text = Files.readString(Path.of("src", "main", "resources", "application.properties"));
        Map<String, String> keys = new HashMap<>();
        Matcher key = PROPERTY.matcher(text);
        while (key.find()) {
            keys.put(ConfigMapTest.environmentName(key.group(1)), key.group(1));
        }
        return keys;
    }

    @Test
    void every_policy_value_of_the_overlay_reaches_the_configuration_mapping_the_engine_is_built_from()
            throws IOException {
        Map<String, String> overlay = overlayPolicy();
        assertThat(overlay).isNotEmpty();
        Map<String, String> properties = policyProperties();
        Map<String, String> environment = new HashMap<>(Manifests.load().configMap().getData());
        environment.putAll(overlay);
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(environment, 300))
                .withMapping(LiabilityConfig.class)
                .build();
        LiabilityConfig mapping = config.getConfigMapping(LiabilityConfig.class);
        overlay.forEach((variable, value) -> {
            assertThat(properties).as("a liability.policy.* key whose environment form is %s", variable)
                    .containsKey(variable);
            String property = properties.get(variable);
            Object read = ConfigMapTest.read(mapping, property.substring("liability.".length()));
            if (read instanceof Collection<?> values) {
                assertThat(values.stream().map(String::valueOf).collect(Collectors.joining(",")))
                        .as("%s read through %s", property, variable).isEqualTo(value);
            } else if (read instanceof Number number) {
                assertThat(new BigDecimal(number.toString())).as("%s read through %s", property, variable)
                        .isEqualByComparingTo(new BigDecimal(value));
            } else {
                assertThat(String.valueOf(read)).as("%s read through %s", property, variable).isEqualTo(value);
            }
        });
    }

    @Test
    void the_overlay_renders_into_the_bases_objects_in_its_namespace_with_its_image_bounds_callers_and_policy()
            throws Exception {
        List<HasMetadata> objects = render(OVERLAY);
        for (HasMetadata object : objects) {
            assertThat(Manifests.unknownFields(object)).as("fields of %s %s unknown to the Kubernetes model",
                    object.getKind(), object.getMetadata().getName()).isEmpty();
            if (!(object instanceof Namespace)) {
                assertThat(object.getMetadata().getNamespace()).as("the namespace of %s", object.getKind())
                        .isEqualTo(NAMESPACE);
            }
        }
        assertThat(objects).extracting(HasMetadata::getKind).containsExactlyInAnyOrder("Namespace",
                "ServiceAccount", "ConfigMap", "Service", "Deployment", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "NetworkPolicy");
        Namespace namespace = one(objects, Namespace.class);
        assertThat(namespace.getMetadata().getName()).isEqualTo(NAMESPACE);
        assertThat(namespace.getMetadata().getLabels()).containsEntry("pod-security.kubernetes.io/enforce",
                "restricted");

        Deployment deployment = one(objects, Deployment.class);
        var container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
        assertThat(container.getImage()).isEqualTo("registry.example/netlaw/" + ManifestsTest.IMAGE + ":"
                + ManifestsTest.projectVersion());
        assertThat(deployment.getSpec().getReplicas()).as("replicas, which the autoscaler sets").isNull();

        ConfigMap configMap = one(objects, ConfigMap.class);
        assertThat(configMap.getMetadata().getName()).as("the generated name, with the hash of its values")
                .matches("nsp-liability-[a-z0-9]{10}");
        assertThat(container.getEnvFrom()).singleElement().satisfies(source -> assertThat(
                source.getConfigMapRef().getName()).isEqualTo(configMap.getMetadata().getName()));
        Map<String, String> policy = new HashMap<>(Manifests.load().configMap().getData());
        policy.putAll(overlayPolicy());
        assertThat(configMap.getData()).isEqualTo(policy);

        HorizontalPodAutoscaler hpa = one(objects, HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(3);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(10);

        var rules = one(objects, NetworkPolicy.class).getSpec().getIngress();
        assertThat(rules).hasSize(2);
        assertThat(rules.get(0).getFrom()).singleElement().satisfies(peer -> {
            assertThat(peer.getNamespaceSelector().getMatchLabels())
                    .containsExactly(Map.entry("kubernetes.io/metadata.name", "portal"));
            assertThat(peer.getPodSelector().getMatchLabels()).containsEntry(ManifestsTest.CLIENT_LABEL, "true");
        });
        assertThat(rules.get(1).getFrom()).singleElement().satisfies(peer -> assertThat(
                peer.getNamespaceSelector().getMatchLabels())
                .containsExactly(Map.entry("kubernetes.io/metadata.name", "monitoring")));
    }

    @Test
    void a_changed_policy_value_renames_the_config_map_in_the_pod_template_so_the_pods_roll() throws Exception {
        Path changed = Files.createTempDirectory(Path.of("target"), "overlay-changed");
        Files.writeString(changed.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - %s
                configMapGenerator:
                  - name: nsp-liability
                    behavior: merge
                    literals:
                      - LIABILITY_POLICY_COUNTER_NOTICE_DAYS=20
                """.formatted(changed.toAbsolutePath().relativize(OVERLAY.toAbsolutePath())));
        try {
            String before = configMapOfTheDeployment(render(OVERLAY));
            String after = configMapOfTheDeployment(render(changed));
            assertThat(after).startsWith("nsp-liability-").isNotEqualTo(before);
        } finally {
            Files.delete(changed.resolve("kustomization.yaml"));
            Files.delete(changed);
        }
    }

    private static String configMapOfTheDeployment(List<HasMetadata> objects) {
        Deployment deployment = one(objects, Deployment.class);
        String name = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnvFrom().getFirst()
                .getConfigMapRef().getName();
        assertThat(one(objects, ConfigMap.class).getMetadata().getName()).isEqualTo(name);
        return name;
    }

    private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> kind) {
        List<T> found = objects.stream().filter(kind::isInstance).map(kind::cast).toList();
        assertThat(found).as("exactly one %s", kind.getSimpleName()).hasSize(1);
        return found.getFirst();
    }

    /** {@code kubectl kustomize DIRECTORY}, each document parsed; the test is skipped where kubectl is missing. */
    static List<HasMetadata> render(Path directory) throws IOException, InterruptedException {
        Optional<Path> kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst();
        assumeTrue(kubectl.isPresent(), "kubectl is not installed: the overlay is not rendered here");
        Process process = new ProcessBuilder(kubectl.get().toString(), "kustomize", directory.toString())
                .redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize %s: %s", directory, errors).isZero();
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : new String(out, StandardCharsets.UTF_8).split("(?m)^---$")) {
            if (!document.isBlank()) {
                objects.add(Manifests.parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
            }
        }
        return objects;
    }
}
