package cn.netlaw.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The kustomize base in {@code k8s/base}, read the way the API server reads it: every resource that
 * {@code kustomization.yaml} lists, parsed with the fabric8 Kubernetes model, and the ConfigMap its
 * {@code configMapGenerator} makes (named as the generator names it, without the hash kustomize appends).
 */
final class Manifests {

    static final Path BASE = Path.of("k8s", "base");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final List<String> resources;
    final List<HasMetadata> objects;

    private Manifests(List<String> resources, List<HasMetadata> objects) {
        this.resources = resources;
        this.objects = objects;
    }

    /**
     * The resources listed in {@code k8s/base/kustomization.yaml}, each parsed into its model class, and the ConfigMaps
     * of its generators.
     */
    static Manifests load() {
        List<String> resources = new ArrayList<>();
        kustomization().path("resources").forEach(entry -> resources.add(entry.asText()));
        List<HasMetadata> objects = new ArrayList<>(resources.stream().map(name -> parse(BASE.resolve(name))).toList());
        kustomization().path("configMapGenerator").forEach(generator -> objects.add(generated(BASE, generator)));
        return new Manifests(resources, List.copyOf(objects));
    }

    /** The ConfigMap a {@code configMapGenerator} entry makes from its env files (KEY=value lines, # comments). */
    static ConfigMap generated(Path directory, JsonNode generator) {
        assertThat(generator.path("literals").isMissingNode() && generator.path("files").isMissingNode())
                .as("a generator of env files only").isTrue();
        Map<String, String> data = new LinkedHashMap<>();
        generator.path("envs").forEach(env -> data.putAll(envFile(directory.resolve(env.asText()))));
        Map<String, String> labels = new LinkedHashMap<>();
        generator.path("options").path("labels").properties().forEach(label -> labels.put(label.getKey(),
                label.getValue().asText()));
        return new ConfigMapBuilder().withNewMetadata().withName(generator.path("name").asText())
                .withLabels(labels.isEmpty() ? null : labels).endMetadata().withData(data).build();
    }

    /** The KEY=value lines of an env file as kustomize reads them: blank lines and # comments skipped. */
    static Map<String, String> envFile(Path file) {
        Map<String, String> data = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int equals = line.indexOf('=');
                assertThat(equals).as("KEY=value in %s: %s", file, line).isPositive();
                assertThat(data.put(line.substring(0, equals), line.substring(equals + 1)))
                        .as("a key given once in %s: %s", file, line).isNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    static JsonNode kustomization() {
        return kustomization(BASE);
    }

    static JsonNode kustomization(Path directory) {
        try {
            return new YAMLMapper().readTree(directory.resolve("kustomization.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HasMetadata parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HasMetadata parse(InputStream in) {
        Object parsed = SERIALIZATION.unmarshal(in);
        assertThat(parsed).as("one Kubernetes object of a kind the model knows").isInstanceOf(HasMetadata.class)
                .isNotInstanceOf(GenericKubernetesResource.class);
        return (HasMetadata) parsed;
    }

    /** The only object of the kind. */
    <T extends HasMetadata> T one(Class<T> kind) {
        List<T> found = objects.stream().filter(kind::isInstance).map(kind::cast).toList();
        assertThat(found).as("exactly one %s in k8s/base", kind.getSimpleName()).hasSize(1);
        return found.getFirst();
    }

    Deployment deployment() {
        return one(Deployment.class);
    }

    Service service() {
        return one(Service.class);
    }

    ServiceAccount serviceAccount() {
        return one(ServiceAccount.class);
    }

    ConfigMap configMap() {
        return one(ConfigMap.class);
    }

    HorizontalPodAutoscaler autoscaler() {
        return one(HorizontalPodAutoscaler.class);
    }

    PodDisruptionBudget disruptionBudget() {
        return one(PodDisruptionBudget.class);
    }

    NetworkPolicy networkPolicy() {
        return one(NetworkPolicy.class);
    }

    /** The service's own application.properties (from the test classpath). */
    static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = Manifests.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Unknown fields
    // ---------------------------------------------------------------------------------------------------------

    /**
     * Every field of {@code object} that its model class does not know, as a path: fabric8 collects them in each
     * model object's {@code additionalProperties} instead of failing, so the whole object graph is walked.
     */
    static List<String> unknownFields(Object object) {
        List<String> unknown = new ArrayList<>();
        walk(object, object.getClass().getSimpleName(), unknown);
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> walk(element, path + "." + key, unknown));
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : getters(value.getClass())) {
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                }
            } else {
                walk(property, path + "." + propertyName(getter), unknown);
            }
        }
    }

    /** The public getters of a model class that lead to more of the model: objects, lists and maps. */
    private static List<Method> getters(Class<?> type) {
        List<Method> getters = new ArrayList<>();
        for (Method method : type.getMethods()) {
            boolean getter = method.getName().startsWith("get") && method.getName().length() > 3
                    && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass().getPackageName().startsWith("io.fabric8.");
            Class<?> returned = method.getReturnType();
            boolean modelValued = returned.getPackageName().startsWith("io.fabric8.")
                    || Collection.class.isAssignableFrom(returned) || Map.class.isAssignableFrom(returned);
            if (getter && modelValued && !returned.isEnum()) {
                getters.add(method);
            }
        }
        getters.sort(Comparator.comparing(Method::getName));
        return getters;
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
