package cn.netlaw.api.problem;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ranges of the request's policy values and of the configuration, checked by plain code. The ranges are written
 * once, as the standard constraint annotations ({@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax},
 * and {@link DurationMin} for durations) on the records a request is read into and on the {@code @ConfigMapping}
 * interfaces: the contract takes its {@code minimum} and {@code maximum} from the same annotations. No Bean Validation
 * provider is used: building one cost a third of the service's start-up (bench/README.md, "Start-up and resident
 * memory"), for a dozen numbers.
 *
 * <p>Every value out of range is reported, not only the first, each with its path and what it must be: the
 * annotation's own message where it gives one, else a message naming the bound.
 */
public final class Ranges {

    private Ranges() {
    }

    /** One value out of range: where it is ({@code policy.counterNoticeDays}, a configuration key) and what it must be. */
    public record OutOfRange(String path, String message) {
    }

    /** The least duration a configured {@link Duration} may be. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE_USE})
    public @interface DurationMin {
        /** The bound, in milliseconds (inclusive). */
        long millis();

        /** What the value must be, as reported. */
        String message() default "";
    }

    /** A value to check: its name, how to read it, its constraints, and whether it is a part to check in turn. */
    private record Value(String name, Method accessor, Annotation[] constraints, boolean optional, boolean nested) {
    }

    /** The values of each record, in declaration order; read by reflection once per class. */
    private static final ClassValue<List<Value>> RECORDS = new ClassValue<>() {
        @Override
        protected List<Value> computeValue(Class<?> type) {
            List<Value> out = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = accessible(component.getAccessor());
                out.add(new Value(component.getName(), accessor, constraints(accessor.getAnnotations()), false,
                        accessor.isAnnotationPresent(Valid.class) && component.getType().isRecord()));
            }
            return List.copyOf(out);
        }
    };

    /** The values of each configuration mapping, by key; read by reflection once per interface. */
    private static final ClassValue<List<Value>> MAPPINGS = new ClassValue<>() {
        @Override
        protected List<Value> computeValue(Class<?> type) {
            List<Value> out = new ArrayList<>();
            for (Method method : type.getMethods()) {
                if (method.getParameterCount() != 0 || method.isDefault() || Modifier.isStatic(method.getModifiers())
                        || method.getDeclaringClass() == Object.class) {
                    continue;
                }
                boolean optional = method.getReturnType() == Optional.class;
                Class<?> returned = method.getReturnType();
                out.add(new Value(kebab(method.getName()), accessible(method), constraints(optional
                        ? typeArgument(method.getAnnotatedReturnType()) : method.getAnnotations()), optional,
                        returned.isInterface() && own(returned)));
            }
            out.sort(java.util.Comparator.comparing(Value::name));
            return List.copyOf(out);
        }
    };

    /**
     * The values of a record out of range, in the order its components are declared: each component's constraints,
     * and a component marked {@code @Valid} checked in turn (its path then {@code prefix.component.…}). Null values
     * are not checked (an absent value keeps its default).
     */
    public static List<OutOfRange> ofRecord(String prefix, Record value) {
        List<OutOfRange> out = new ArrayList<>();
        record(prefix, value, out);
        return out;
    }

    private static void record(String prefix, Record value, List<OutOfRange> out) {
        for (Value component : RECORDS.get(value.getClass())) {
            Object v = invoke(component.accessor(), value);
            if (v == null) {
                continue;
            }
            String path = prefix + "." + component.name();
            String problem = problem(component.constraints(), v);
            if (problem != null) {
                out.add(new OutOfRange(path, problem));
            }
            if (component.nested()) {
                record(path, (Record) v, out);
            }
        }
    }

    /**
     * The values of a configuration mapping out of range: every value method of the interface (not its default and
     * static methods) under its key, {@code prefix.kebab-case-name}; an {@code Optional} checked when present, by the
     * constraints on its type argument; a nested interface of the service's own ({@code cn.netlaw}) checked in turn.
     * In the order of the keys.
     */
    public static List<OutOfRange> ofMapping(String prefix, Class<?> type, Object mapping) {
        List<OutOfRange> out = new ArrayList<>();
        mapping(prefix, type, mapping, out);
        out.sort(java.util.Comparator.comparing(OutOfRange::path));
        return out;
    }

    private static void mapping(String prefix, Class<?> type, Object mapping, List<OutOfRange> out) {
        for (Value method : MAPPINGS.get(type)) {
            String key = prefix + "." + method.name();
            Object v = invoke(method.accessor(), mapping);
            if (method.optional()) {
                Optional<?> optional = (Optional<?>) v;
                if (optional.isEmpty()) {
                    continue;
                }
                v = optional.get();
            }
            String problem = problem(method.constraints(), v);
            if (problem != null) {
                out.add(new OutOfRange(key, problem));
            }
            if (method.nested() && v != null) {
                mapping(key, method.accessor().getReturnType(), v, out);
            }
        }
    }

    /**
     * The range of every constrained key of a configuration mapping, as the documentation states it ({@code from 1 to
     * 365}, {@code at least 16}, {@code at least 100 ms}, {@code more than 0, at most 8760}), by key in key order; a
     * key without constraints is not listed. Read from the types alone, without values.
     */
    public static java.util.SortedMap<String, String> ranges(String prefix, Class<?> type) {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        for (Value method : MAPPINGS.get(type)) {
            String key = prefix + "." + method.name();
            if (method.constraints().length > 0) {
                out.put(key, range(method.constraints()));
            }
            if (method.nested()) {
                out.putAll(ranges(key, method.accessor().getReturnType()));
            }
        }
        return out;
    }

    private static String range(Annotation[] constraints) {
        String low = null;
        String high = null;
        for (Annotation constraint : constraints) {
            switch (constraint) {
                case Min min -> low = "at least " + min.value();
                case Max max -> high = "at most " + max.value();
                case DecimalMin min -> low = (min.inclusive() ? "at least " : "more than ") + min.value();
                case DecimalMax max -> high = (max.inclusive() ? "at most " : "less than ") + max.value();
                case DurationMin min -> low = "at least " + min.millis() + " ms";
                default -> {
                }
            }
        }
        if (low != null && high != null && low.startsWith("at least ") && high.startsWith("at most ")) {
            return "from " + low.substring(9) + " to " + high.substring(8);
        }
        return low == null ? high : high == null ? low : low + ", " + high;
    }

    /** Only the constraints this class knows, so that a value without any is not looked at. */
    private static Annotation[] constraints(Annotation[] annotations) {
        return java.util.Arrays.stream(annotations).filter(a -> a instanceof Min || a instanceof Max
                || a instanceof DecimalMin || a instanceof DecimalMax || a instanceof DurationMin)
                .toArray(Annotation[]::new);
    }

    private static Annotation[] typeArgument(AnnotatedType type) {
        if (type instanceof AnnotatedParameterizedType parameterized
                && parameterized.getAnnotatedActualTypeArguments().length == 1) {
            return parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations();
        }
        return new Annotation[0];
    }

    private static Method accessible(Method method) {
        method.setAccessible(true);
        return method;
    }

    /**
     * {@code largeBatchItems} as a configuration key, {@code large-batch-items}: SmallRye Config's own naming of a
     * mapping's methods, so that the key reported is the key read.
     */
    static String kebab(String name) {
        return ConfigMapping.NamingStrategy.KEBAB_CASE.apply(name);
    }

    /** Whether a mapping is one of the service's own ({@code cn.netlaw}), whose values this class checks. */
    public static boolean own(Class<?> mapping) {
        return mapping.getName().startsWith("cn.netlaw.");
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + method, e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** What is wrong with the value under these constraints (the first one it breaks), or null. */
    static String problem(Annotation[] constraints, Object value) {
        if (constraints.length == 0) {
            return null;
        }
        for (Annotation constraint : constraints) {
            String problem = switch (constraint) {
                case Min min when value instanceof Number n && !(whole(n) >= min.value()) ->
                        message(min.message(), "must be greater than or equal to " + min.value());
                case Max max when value instanceof Number n && !(whole(n) <= max.value()) ->
                        message(max.message(), "must be less than or equal to " + max.value());
                case DecimalMin min when value instanceof Number n && !above(n, min) ->
                        message(min.message(), "must be greater than " + (min.inclusive() ? "or equal to " : "")
                                + min.value());
                case DecimalMax max when value instanceof Number n && !below(n, max) ->
                        message(max.message(), "must be less than " + (max.inclusive() ? "or equal to " : "")
                                + max.value());
                case DurationMin min when value instanceof Duration d && d.compareTo(Duration.ofMillis(min.millis())) < 0 ->
                        min.message().isEmpty() ? "must be at least " + min.millis() + " ms" : min.message();
                default -> null;
            };
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** The standard annotations' messages default to a template: the bound is named instead. */
    private static String message(String given, String otherwise) {
        return given.startsWith("{") ? otherwise : given;
    }

    private static double whole(Number n) {
        return n instanceof Long l ? l : n.doubleValue();
    }

    private static boolean above(Number n, DecimalMin min) {
        int c = compare(n, min.value());
        return min.inclusive() ? c >= 0 : c > 0;
    }

    private static boolean below(Number n, DecimalMax max) {
        int c = compare(n, max.value());
        return max.inclusive() ? c <= 0 : c < 0;
    }

    /**
     * The value against a decimal bound, as doubles (the values checked are doubles or whole numbers of at most 53
     * bits, which a double holds exactly); a double that is not a number is below every bound.
     */
    private static int compare(Number n, String bound) {
        double d = n.doubleValue();
        return Double.isNaN(d) ? -1 : Double.compare(d, Double.parseDouble(bound));
    }}
