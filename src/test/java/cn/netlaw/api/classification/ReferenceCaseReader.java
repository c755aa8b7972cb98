package cn.netlaw.api.classification;

import cn.netlaw.api.classification.CaseReader.Facts;
import cn.netlaw.api.classification.CaseReader.Invalid;
import cn.netlaw.api.classification.CaseReader.Limits;
import cn.netlaw.api.classification.CaseReader.Reading;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.liability.CaseFacts;
import cn.netlaw.liability.CounterNotice;
import cn.netlaw.liability.Indicators;
import cn.netlaw.liability.NoticeEpisode;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.ProviderFacts;
import cn.netlaw.liability.Violation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The reader of requests as it was before issue 17 (a JSON tree, its walk, the request records bound by the mapper,
 * mapped to the engine's facts), kept word for word, but for the types it shares with {@link CaseReader}, as the
 * reference that {@link ReadingEquivalenceTest} compares the service's reader with. Not used by the service.
 */
final class ReferenceCaseReader {

    /** Field path of the body itself. */
    static final String ROOT = CaseReader.ROOT;

    private static final String NOTICE_HISTORY = "noticeHistory";
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };
    private static final ClassValue<List<String>> ENUM_CONSTANTS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
    };

    private final Limits limits;
    private final ObjectMapper mapper;
    private final Policy configured;

    /** A reader with the default limits, checking a request policy against the default policy. */
    ReferenceCaseReader() {
        this(Limits.DEFAULTS);
    }

    ReferenceCaseReader(Limits limits) {
        this(limits, Policy.defaults());
    }

    /**
     * @param configured the service's policy: a request policy that gives one bound of a band is checked with the
     *                   other bound taken from it (docs/request.md#rule-16)
     */
    ReferenceCaseReader(Limits limits, Policy configured) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.mapper = strictMapper(limits);
        this.configured = Objects.requireNonNull(configured, "configured");
    }

    public Reading read(String body) {
        return read(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    public Reading read(byte[] body) {
        return body == null ? read(new byte[0]) : read(body, 0, body.length);
    }

    /**
     * Reads {@code length} bytes of {@code body} from {@code offset} as one request body, exactly as
     * {@link #read(byte[])} reads a whole body (an item of a batch is read this way).
     */
    public Reading read(byte[] body, int offset, int length) {
        if (length == 0) {
            return new Invalid(List.of(new Violation(ROOT, "the body is empty; expected a JSON object")));
        }
        if (!utf8WithoutByteOrderMark(body, offset, length)) {
            return new Invalid(List.of(new Violation(ROOT,
                    "the body is not UTF-8 JSON text: send it in UTF-8, without a byte order mark")));
        }
        JsonNode root;
        try (JsonParser parser = mapper.createParser(body, offset, length)) {
            try {
                root = mapper.readTree(parser);
            } catch (StreamConstraintsException e) {
                return new Invalid(List.of(limitViolation(e, parser.getParsingContext())));
            }
        } catch (StreamReadException e) {
            return new Invalid(List.of(syntaxViolation(e)));
        } catch (DatabindException e) {
            return new Invalid(List.of(new Violation(ROOT,
                    "the body has more than one JSON value" + where(e.getLocation()) + "; send one JSON object")));
        } catch (IOException e) {
            return new Invalid(List.of(new Violation(ROOT, "the body is not valid JSON text (check its encoding: UTF-8)")));
        }
        if (root == null || root.isMissingNode()) {
            return new Invalid(List.of(new Violation(ROOT, "the body is empty; expected a JSON object")));
        }
        return read(root);
    }

    /** The JSON tree of a body that {@link #read(byte[])} accepted (for patches against the request as sent). */
    JsonNode tree(byte[] body) {
        return tree(body, 0, body.length);
    }

    /** The JSON tree of {@code length} bytes of {@code body} from {@code offset}, read once before. */
    JsonNode tree(byte[] body, int offset, int length) {
        try (JsonParser parser = mapper.createParser(body, offset, length)) {
            return mapper.readTree(parser);
        } catch (IOException e) {
            throw new IllegalStateException("a body that was read once could not be read again", e);
        }
    }

    /** Reads an already parsed body (duplicate keys can no longer be seen in it). */
    public Reading read(JsonNode body) {
        if (body == null || body.isMissingNode()) {
            return new Invalid(List.of(new Violation(ROOT, "the body is empty; expected a JSON object")));
        }
        if (!body.isObject()) {
            return new Invalid(List.of(new Violation(ROOT, "expected a JSON object, found " + describe(body))));
        }
        JsonNode history = body.get(NOTICE_HISTORY);
        if (history != null && history.isArray() && history.size() > limits.maxEpisodes()) {
            return new Invalid(List.of(new Violation(NOTICE_HISTORY, "lists " + history.size()
                    + " notice episodes, more than the limit of " + limits.maxEpisodes() + " per case")));
        }
        List<Violation> violations = new ArrayList<>();
        checkObject(body, ClassificationRequest.class, ROOT, violations);
        if (!violations.isEmpty()) {
            return new Invalid(violations);
        }
        ClassificationRequest request;
        try {
            request = mapper.treeToValue(body, ClassificationRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // The walk above admits only what the mapper binds; this is a safety net, not a path users should see.
            return new Invalid(List.of(new Violation(pathOf(e), "has a value that cannot be read")));
        }
        if (request.policy() != null) {
            List<Violation> policyViolations = request.policy().violations(configured);
            if (!policyViolations.isEmpty()) {
                return new Invalid(policyViolations);
            }
            return new Facts(facts(request), request.policy(), RequestPolicy.overrides(body.get("policy")));
        }
        return new Facts(facts(request), null, List.of());
    }

    // ---------------------------------------------------------------------------------------------------------
    // The walk over the shape of ClassificationRequest
    // ---------------------------------------------------------------------------------------------------------

    private record Property(String name, Type type, boolean required) {
    }

    /** The properties of a record, and their names (the allowed names of an unknown property's violation). */
    private record Shape(List<Property> properties, List<String> names) {
    }

    private static Shape shape(Class<?> recordClass) {
        return SHAPES.get(recordClass);
    }

    private static Shape shapeOf(Class<?> type) {
        List<Property> properties = Arrays.stream(type.getRecordComponents())
                .map(component -> new Property(component.getName(), component.getGenericType(), required(type, component)))
                .toList();
        return new Shape(properties, properties.stream().map(Property::name).toList());
    }

    /** The constant names of an enum, in declaration order (the allowed values of a violation). */
    private static List<String> constants(Class<?> enumClass) {
        return ENUM_CONSTANTS.get(enumClass);
    }

    private static boolean required(Class<?> recordClass, RecordComponent component) {
        try {
            Schema schema = recordClass.getDeclaredField(component.getName()).getAnnotation(Schema.class);
            return schema != null && schema.required();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record component without its field: " + component, e);
        }
    }

    private static void checkObject(JsonNode node, Class<?> recordClass, String path, List<Violation> out) {
        if (!node.isObject()) {
            add(out, new Violation(path, "expected an object, found " + describe(node)));
            return;
        }
        Shape shape = shape(recordClass);
        List<Property> properties = shape.properties();
        List<String> names = shape.names();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!names.contains(field.getKey())) {
                add(out, new Violation(child(path, Problem.shorten(field.getKey())),
                        "unknown property '" + Problem.shorten(field.getKey()) + "'", names));
            }
        }
        for (Property property : properties) {
            JsonNode value = node.get(property.name());
            String at = child(path, property.name());
            if (value == null) {
                if (property.required()) {
                    add(out, new Violation(at, "is required"));
                }
            } else if (value.isNull()) {
                if (property.required()) {
                    add(out, new Violation(at, "is required and may not be null"));
                }
            } else {
                checkValue(value, property.type(), at, out);
            }
        }
    }

    private static void checkValue(JsonNode node, Type type, String path, List<Violation> out) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            checkArray(node, list.getActualTypeArguments()[0], path, out);
            return;
        }
        Class<?> kind = (Class<?>) type;
        if (kind == Boolean.class) {
            if (!node.isBoolean()) {
                add(out, new Violation(path, "expected a boolean (true or false), found " + describe(node)));
            }
        } else if (kind == Integer.class) {
            if (!node.isIntegralNumber()) {
                add(out, new Violation(path, "expected a whole number, found " + describe(node)));
            } else if (!node.canConvertToInt()) {
                add(out, new Violation(path, "the number " + Problem.shorten(node.asText()) + " is too large"));
            }
        } else if (kind == Double.class) {
            if (!node.isNumber()) {
                add(out, new Violation(path, "expected a number, found " + describe(node)));
            } else if (!Double.isFinite(node.asDouble())) {
                // JSON has no infinity: a number such as 1e400 is read as one, and its text is no longer known.
                add(out, new Violation(path, "the number is too large in magnitude to be read"));
            }
        } else if (kind == String.class) {
            if (!node.isTextual()) {
                add(out, new Violation(path, "expected a timestamp string (a bare date YYYY-MM-DD or a date-time with"
                        + " offset), found " + describe(node)));
            } else if (Timestamps.parse(node.textValue()) instanceof Timestamps.Invalid invalid) {
                add(out, new Violation(path, invalid.message()));
            }
        } else if (kind == java.time.LocalDate.class) {
            if (!node.isTextual()) {
                add(out, new Violation(path, "expected a date string YYYY-MM-DD, found " + describe(node)));
            } else if (!(node.textValue().length() == 10
                    && Timestamps.parse(node.textValue()) instanceof Timestamps.Valid)) {
                add(out, new Violation(path, "'" + Problem.shorten(node.textValue()) + "' is not a date YYYY-MM-DD of the "
                        + "calendar"));
            }
        } else if (kind.isEnum()) {
            List<String> allowed = constants(kind);
            if (!node.isTextual()) {
                add(out, new Violation(path, "expected one of the allowed values as a string, found " + describe(node),
                        allowed));
            } else if (!allowed.contains(node.textValue())) {
                add(out, new Violation(path, "'" + Problem.shorten(node.textValue()) + "' is not one of the allowed values",
                        allowed));
            }
        } else if (kind.isRecord()) {
            checkObject(node, kind, path, out);
        } else {
            throw new IllegalStateException("no JSON reading for " + kind);
        }
    }

    private static void checkArray(JsonNode node, Type elementType, String path, List<Violation> out) {
        if (!node.isArray()) {
            add(out, new Violation(path, "expected an array, found " + describe(node)));
            return;
        }
        for (int i = 0; i < node.size() && out.size() < Problem.MAX_VIOLATIONS; i++) {
            JsonNode element = node.get(i);
            String at = path + "[" + i + "]";
            if (element.isNull()) {
                add(out, new Violation(at, "an array element may not be null"));
            } else {
                checkValue(element, elementType, at, out);
            }
        }
    }

    private static void add(List<Violation> out, Violation violation) {
        if (out.size() < Problem.MAX_VIOLATIONS) {
            out.add(violation);
        }
    }

    private static String child(String path, String name) {
        return ROOT.equals(path) ? name : path + "." + name;
    }

    /** How a JSON value is named in a message: its kind, with a short echo of scalars. */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string \"" + Problem.shorten(node.textValue()) + "\"";
            case NUMBER -> "the number " + Problem.shorten(node.asText());
            case BOOLEAN -> "the boolean " + node.asText();
            case NULL -> "null";
            default -> "a value that is not JSON data";
        };
    }

    /** Caller text echoed in a message is cut short, so that a message never grows with the body. */

    // ---------------------------------------------------------------------------------------------------------
    // JSON syntax
    // ---------------------------------------------------------------------------------------------------------

    static Violation syntaxViolation(StreamReadException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate") && e.getProcessor() instanceof JsonParser parser) {
            String path = pathOf(parser.getParsingContext());
            String name = parser.getParsingContext().getCurrentName();
            return new Violation(path, "property '" + Problem.shorten(String.valueOf(name)) + "' appears more than once");
        }
        return new Violation(ROOT, "the body is not valid JSON" + where(e.getLocation()));
    }

    /**
     * RFC 8259 §8.1: JSON text exchanged between systems is UTF-8, and a byte order mark is not sent. The JSON
     * parser would detect UTF-16 and UTF-32 by their zero bytes and skip a byte order mark; the service reads UTF-8
     * only, so both are refused here. A JSON text starts with ASCII, so a zero byte among the first four means a wider
     * encoding.
     */
    static boolean utf8WithoutByteOrderMark(byte[] body, int offset, int length) {
        int b0 = body[offset] & 0xFF;
        int b1 = length > 1 ? body[offset + 1] & 0xFF : -1;
        if (b0 == 0xEF || (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            return false;
        }
        for (int i = offset; i < offset + Math.min(4, length); i++) {
            if (body[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /** A limit of {@link Limits} was passed; the parser's context says where. */
    private Violation limitViolation(StreamConstraintsException e, JsonStreamContext context) {
        String kind = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (kind.startsWith("String value length")) {
            return new Violation(pathOf(context), "is a string longer than " + limits.maxStringLength()
                    + " characters, the limit of the service");
        }
        if (kind.startsWith("Name length")) {
            // The name being read is not yet the context's current name: the path is that of the enclosing object.
            return new Violation(context == null ? ROOT : pathOf(context.getParent()), "has a property name longer than "
                    + limits.maxStringLength() + " characters, the limit of the service");
        }
        if (kind.startsWith("Number value length")) {
            return new Violation(pathOf(context), "is a number longer than " + limits.maxNumberLength()
                    + " characters, the limit of the service");
        }
        if (kind.startsWith("Document nesting depth")) {
            return new Violation(ROOT, "the body is nested more than " + limits.maxNestingDepth()
                    + " levels deep, the limit of the service");
        }
        return new Violation(ROOT, "the body is beyond what the service reads");
    }

    static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? ROOT : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String pathOf(Exception e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return ROOT;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? ROOT : path.toString();
    }

    /**
     * The mapper that binds a checked body. It is as strict as the walk: no unknown properties, no duplicate keys,
     * nothing after the value, and no coercion between JSON types ("true" is not a boolean, 1.0 and "5" are not
     * integers, numbers are not enum values).
     */
    static ObjectMapper strictMapper() {
        return strictMapper(Limits.DEFAULTS);
    }

    /** The strict mapper, reading at most what the limits allow (a name is held to the limit of a string). */
    static ObjectMapper strictMapper(Limits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfigDefaults(config -> config
                        .setAcceptBlankAsEmpty(false)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .build();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Request records to the engine's facts
    // ---------------------------------------------------------------------------------------------------------

    private static CaseFacts facts(ClassificationRequest request) {
        List<NoticeEpisode> episodes = request.noticeHistory() == null
                ? List.of()
                : request.noticeHistory().stream().map(ReferenceCaseReader::episode).toList();
        return new CaseFacts(
                provider(request.provider()),
                episodes,
                request.rightType(),
                Timestamps.moment(request.conductDate()),
                Timestamps.moment(request.conductEndDate()),
                request.ongoing(),
                Timestamps.moment(request.asOf()),
                request.ecommercePlatform(),
                request.liveContent(),
                Timestamps.moment(request.liveEndedAt()),
                request.contentInfringing(),
                request.paidDeletionAgreement());
    }

    private static ProviderFacts provider(ClassificationRequest.Provider provider) {
        return new ProviderFacts(
                provider.role(),
                provider.knowledge(),
                Timestamps.moment(provider.knowledgeSince()),
                Timestamps.moment(provider.indicatorsSince()),
                provider.participatesInContent(),
                provider.coProvidesWithUser(),
                provider.userUploadProven(),
                provider.altersContent(),
                provider.selectsRecipients(),
                provider.selectsTransmittedContent(),
                provider.exposesToNonDesignatedRecipients(),
                provider.substitutesSource(),
                provider.substitutionNoUnreasonablePrejudice(),
                provider.servesAfterOriginRemoval(),
                provider.interferesWithOriginStats(),
                provider.identifiesAsProvider(),
                provider.instigates(),
                Timestamps.moment(provider.selfInitiatedMeasureAt()),
                Timestamps.moment(provider.userWarnedAt()),
                indicators(provider.indicators()));
    }

    private static Indicators indicators(ClassificationRequest.Indicators indicators) {
        if (indicators == null) {
            return null;
        }
        return new Indicators(
                indicators.algorithmicRecommendation(),
                indicators.manualEditorialHandling(),
                indicators.manualPrePublicationReview(),
                indicators.prominentPlacement(),
                indicators.hotOrWellKnownWork(),
                indicators.infringementObvious(),
                indicators.directEconomicBenefit(),
                indicators.priorNoticeSameUserOrInformation(),
                indicators.priorNoticeSameWork(),
                indicators.reasonableTechnicalMeasures(),
                indicators.warningLetterBeforeUpload());
    }

    private static NoticeEpisode episode(ClassificationRequest.Episode episode) {
        return new NoticeEpisode(
                Timestamps.moment(episode.receivedAt()),
                Timestamps.moment(episode.reappearedAt()),
                episode.reappearedBySameUser(),
                episode.newGrounds(),
                episode.channel(),
                episode.publishedChannel(),
                episode.includesIdentity(),
                episode.includesPreliminaryEvidence(),
                episode.includesReason(),
                episode.locatesContent(),
                episode.itemCount(),
                episode.malicious(),
                episode.goodFaithProven(),
                Timestamps.moment(episode.forwardedAt()),
                Timestamps.moment(episode.measuresTakenAt()),
                episode.measureEffective(),
                Timestamps.moment(episode.restoredAt()),
                counterNotice(episode.counterNotice()));
    }

    private static CounterNotice counterNotice(ClassificationRequest.CounterNotice counterNotice) {
        if (counterNotice == null) {
            return null;
        }
        return new CounterNotice(
                Timestamps.moment(counterNotice.receivedAt()),
                counterNotice.includesIdentity(),
                counterNotice.includesPreliminaryEvidence(),
                Timestamps.moment(counterNotice.forwardedToRightsHolderAt()),
                Timestamps.moment(counterNotice.rightsHolderComplainedOrSuedAt()),
                counterNotice.excludedDelayWorkingDays());
    }
}
