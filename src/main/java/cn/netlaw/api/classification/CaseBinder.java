package cn.netlaw.api.classification;

import cn.netlaw.liability.CaseFacts;
import cn.netlaw.liability.CounterNotice;
import cn.netlaw.liability.Indicators;
import cn.netlaw.liability.Knowledge;
import cn.netlaw.liability.Moment;
import cn.netlaw.liability.NoticeChannel;
import cn.netlaw.liability.NoticeEpisode;
import cn.netlaw.liability.ProviderFacts;
import cn.netlaw.liability.RightType;
import cn.netlaw.liability.Role;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the engine's {@link CaseFacts} in one pass over the tokens of a request, property by property, for a body
 * that keeps to the shape of {@link ClassificationRequest} (docs/request.md#fields): every property known, every value
 * of its type, every enum value a constant's name, every timestamp one the service reads, the required properties
 * given, at most the configured number of notice episodes. At the first token that leaves that shape it gives up
 * ({@link NotPlain}) without saying why: {@link CaseReader} then reads the body as a tree and names every fault, as it
 * always has. So a body is either bound here or judged there, and the answer is the same (a test compares the two
 * readings over the scenarios and thousands of random bodies, valid and invalid).
 *
 * <p>Why: building a JSON tree, walking it, binding it to the request records and mapping those to the facts made the
 * reading of a request a third of the service's work for one answer (bench/README.md, "Issue 17"). Here a valid body
 * is read once, and nothing is built but the facts and the strings of its timestamps and enum values.
 *
 * <p>The request {@code policy} is not bound here: a body that gives one is read as a tree. The tokens come from
 * the reader's parser (the {@link CaseReader.Limits} are the parser's to refuse, which also ends the pass; a duplicate
 * key is refused here), or from a tree that the walk has checked (then {@code policy} is skipped and bound from the
 * tree).
 *
 * <p>Plain Java, no state: one instance serves any number of threads.
 */
final class CaseBinder {

    private static final Role[] ROLES = Role.values();
    private static final Knowledge[] KNOWLEDGE = Knowledge.values();
    private static final RightType[] RIGHT_TYPES = RightType.values();
    private static final NoticeChannel[] CHANNELS = NoticeChannel.values();

    private final int maxEpisodes;

    CaseBinder(int maxEpisodes) {
        this.maxEpisodes = maxEpisodes;
    }

    /**
     * The body left the plain shape (or the parser refused it): the tree walk names the fault. Thrown often enough on
     * bad input that it carries no stack trace; it is never seen outside the reader.
     */
    static final class NotPlain extends Exception {
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super("not a plain request body", null, false, false);
        }
    }

    /**
     * The facts of the one JSON object {@code parser} is about to read, which must be all it holds.
     *
     * @param skipPolicy whether a non-null {@code policy} is skipped (the caller binds it) or ends the pass
     */
    CaseFacts facts(JsonParser parser, boolean skipPolicy) throws IOException, NotPlain {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw NotPlain.INSTANCE;
        }
        ProviderFacts provider = null;
        List<NoticeEpisode> noticeHistory = null;
        RightType rightType = null;
        Moment conductDate = null;
        Moment conductEndDate = null;
        Boolean ongoing = null;
        Moment asOf = null;
        Boolean ecommercePlatform = null;
        Boolean liveContent = null;
        Moment liveEndedAt = null;
        Boolean contentInfringing = null;
        Boolean paidDeletionAgreement = null;
        long seen = 0;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "provider" -> {
                    seen = once(seen, 0);
                    provider = provider(parser, value);
                }
                case "noticeHistory" -> {
                    seen = once(seen, 1);
                    noticeHistory = episodes(parser, value);
                }
                case "rightType" -> {
                    seen = once(seen, 2);
                    rightType = constant(parser, value, RIGHT_TYPES);
                }
                case "conductDate" -> {
                    seen = once(seen, 3);
                    conductDate = moment(parser, value);
                }
                case "conductEndDate" -> {
                    seen = once(seen, 4);
                    conductEndDate = moment(parser, value);
                }
                case "ongoing" -> {
                    seen = once(seen, 5);
                    ongoing = bool(value);
                }
                case "asOf" -> {
                    seen = once(seen, 6);
                    asOf = moment(parser, value);
                }
                case "ecommercePlatform" -> {
                    seen = once(seen, 7);
                    ecommercePlatform = bool(value);
                }
                case "liveContent" -> {
                    seen = once(seen, 8);
                    liveContent = bool(value);
                }
                case "liveEndedAt" -> {
                    seen = once(seen, 9);
                    liveEndedAt = moment(parser, value);
                }
                case "contentInfringing" -> {
                    seen = once(seen, 10);
                    contentInfringing = bool(value);
                }
                case "paidDeletionAgreement" -> {
                    seen = once(seen, 11);
                    paidDeletionAgreement = bool(value);
                }
                case "policy" -> {
                    seen = once(seen, 12);
                    if (value != JsonToken.VALUE_NULL) {
                        if (!skipPolicy) {
                            throw NotPlain.INSTANCE;
                        }
                        parser.skipChildren();
                    }
                }
                default -> throw NotPlain.INSTANCE;
            }
        }
        if (provider == null || parser.nextToken() != null) {
            throw NotPlain.INSTANCE;
        }
        return new CaseFacts(provider, noticeHistory == null ? List.of() : noticeHistory, rightType, conductDate,
                conductEndDate, ongoing, asOf, ecommercePlatform, liveContent, liveEndedAt, contentInfringing,
                paidDeletionAgreement);
    }

    private static ProviderFacts provider(JsonParser parser, JsonToken token) throws IOException, NotPlain {
        if (token != JsonToken.START_OBJECT) {
            throw NotPlain.INSTANCE; // required: null is a fault too
        }
        Role role = null;
        Knowledge knowledge = null;
        Moment knowledgeSince = null;
        Moment indicatorsSince = null;
        Boolean participatesInContent = null;
        Boolean coProvidesWithUser = null;
        Boolean userUploadProven = null;
        Boolean altersContent = null;
        Boolean selectsRecipients = null;
        Boolean selectsTransmittedContent = null;
        Boolean exposesToNonDesignatedRecipients = null;
        Boolean substitutesSource = null;
        Boolean substitutionNoUnreasonablePrejudice = null;
        Boolean servesAfterOriginRemoval = null;
        Boolean interferesWithOriginStats = null;
        Boolean identifiesAsProvider = null;
        Boolean instigates = null;
        Moment selfInitiatedMeasureAt = null;
        Moment userWarnedAt = null;
        Indicators indicators = null;
        long seen = 0;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "role" -> {
                    seen = once(seen, 0);
                    role = constant(parser, value, ROLES);
                }
                case "knowledge" -> {
                    seen = once(seen, 1);
                    knowledge = constant(parser, value, KNOWLEDGE);
                }
                case "knowledgeSince" -> {
                    seen = once(seen, 2);
                    knowledgeSince = moment(parser, value);
                }
                case "indicatorsSince" -> {
                    seen = once(seen, 3);
                    indicatorsSince = moment(parser, value);
                }
                case "participatesInContent" -> {
                    seen = once(seen, 4);
                    participatesInContent = bool(value);
                }
                case "coProvidesWithUser" -> {
                    seen = once(seen, 5);
                    coProvidesWithUser = bool(value);
                }
                case "userUploadProven" -> {
                    seen = once(seen, 6);
                    userUploadProven = bool(value);
                }
                case "altersContent" -> {
                    seen = once(seen, 7);
                    altersContent = bool(value);
                }
                case "selectsRecipients" -> {
                    seen = once(seen, 8);
                    selectsRecipients = bool(value);
                }
                case "selectsTransmittedContent" -> {
                    seen = once(seen, 9);
                    selectsTransmittedContent = bool(value);
                }
                case "exposesToNonDesignatedRecipients" -> {
                    seen = once(seen, 10);
                    exposesToNonDesignatedRecipients = bool(value);
                }
                case "substitutesSource" -> {
                    seen = once(seen, 11);
                    substitutesSource = bool(value);
                }
                case "substitutionNoUnreasonablePrejudice" -> {
                    seen = once(seen, 12);
                    substitutionNoUnreasonablePrejudice = bool(value);
                }
                case "servesAfterOriginRemoval" -> {
                    seen = once(seen, 13);
                    servesAfterOriginRemoval = bool(value);
                }
                case "interferesWithOriginStats" -> {
                    seen = once(seen, 14);
                    interferesWithOriginStats = bool(value);
                }
                case "identifiesAsProvider" -> {
                    seen = once(seen, 15);
                    identifiesAsProvider = bool(value);
                }
                case "instigates" -> {
                    seen = once(seen, 16);
                    instigates = bool(value);
                }
                case "selfInitiatedMeasureAt" -> {
                    seen = once(seen, 17);
                    selfInitiatedMeasureAt = moment(parser, value);
                }
                case "userWarnedAt" -> {
                    seen = once(seen, 18);
                    userWarnedAt = moment(parser, value);
                }
                case "indicators" -> {
                    seen = once(seen, 19);
                    indicators = indicators(parser, value);
                }
                default -> throw NotPlain.INSTANCE;
            }
        }
        if (role == null) {
            throw NotPlain.INSTANCE;
        }
        return new ProviderFacts(role, knowledge, knowledgeSince, indicatorsSince, participatesInContent,
                coProvidesWithUser, userUploadProven, altersContent, selectsRecipients, selectsTransmittedContent,
                exposesToNonDesignatedRecipients, substitutesSource, substitutionNoUnreasonablePrejudice,
                servesAfterOriginRemoval, interferesWithOriginStats, identifiesAsProvider, instigates,
                selfInitiatedMeasureAt, userWarnedAt, indicators);
    }

    private static Indicators indicators(JsonParser parser, JsonToken token) throws IOException, NotPlain {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            throw NotPlain.INSTANCE;
        }
        Boolean algorithmicRecommendation = null;
        Boolean manualEditorialHandling = null;
        Boolean manualPrePublicationReview = null;
        Boolean prominentPlacement = null;
        Boolean hotOrWellKnownWork = null;
        Boolean infringementObvious = null;
        Boolean directEconomicBenefit = null;
        Boolean priorNoticeSameUserOrInformation = null;
        Boolean priorNoticeSameWork = null;
        Boolean reasonableTechnicalMeasures = null;
        Boolean warningLetterBeforeUpload = null;
        long seen = 0;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            Boolean value = bool(parser.nextToken());
            switch (name) {
                case "algorithmicRecommendation" -> {
                    seen = once(seen, 0);
                    algorithmicRecommendation = value;
                }
                case "manualEditorialHandling" -> {
                    seen = once(seen, 1);
                    manualEditorialHandling = value;
                }
                case "manualPrePublicationReview" -> {
                    seen = once(seen, 2);
                    manualPrePublicationReview = value;
                }
                case "prominentPlacement" -> {
                    seen = once(seen, 3);
                    prominentPlacement = value;
                }
                case "hotOrWellKnownWork" -> {
                    seen = once(seen, 4);
                    hotOrWellKnownWork = value;
                }
                case "infringementObvious" -> {
                    seen = once(seen, 5);
                    infringementObvious = value;
                }
                case "directEconomicBenefit" -> {
                    seen = once(seen, 6);
                    directEconomicBenefit = value;
                }
                case "priorNoticeSameUserOrInformation" -> {
                    seen = once(seen, 7);
                    priorNoticeSameUserOrInformation = value;
                }
                case "priorNoticeSameWork" -> {
                    seen = once(seen, 8);
                    priorNoticeSameWork = value;
                }
                case "reasonableTechnicalMeasures" -> {
                    seen = once(seen, 9);
                    reasonableTechnicalMeasures = value;
                }
                case "warningLetterBeforeUpload" -> {
                    seen = once(seen, 10);
                    warningLetterBeforeUpload = value;
                }
                default -> throw NotPlain.INSTANCE;
            }
        }
        return new Indicators(algorithmicRecommendation, manualEditorialHandling, manualPrePublicationReview,
                prominentPlacement, hotOrWellKnownWork, infringementObvious, directEconomicBenefit,
                priorNoticeSameUserOrInformation, priorNoticeSameWork, reasonableTechnicalMeasures,
                warningLetterBeforeUpload);
    }

    private List<NoticeEpisode> episodes(JsonParser parser, JsonToken token) throws IOException, NotPlain {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw NotPlain.INSTANCE;
        }
        List<NoticeEpisode> episodes = new ArrayList<>();
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            if (episodes.size() == maxEpisodes) {
                throw NotPlain.INSTANCE;
            }
            episodes.add(episode(parser, element));
        }
        return episodes;
    }

    private static NoticeEpisode episode(JsonParser parser, JsonToken token) throws IOException, NotPlain {
        if (token != JsonToken.START_OBJECT) {
            throw NotPlain.INSTANCE; // an element may not be null either
        }
        Moment receivedAt = null;
        Moment reappearedAt = null;
        Boolean reappearedBySameUser = null;
        Boolean newGrounds = null;
        NoticeChannel channel = null;
        Boolean publishedChannel = null;
        Boolean includesIdentity = null;
        Boolean includesPreliminaryEvidence = null;
        Boolean includesReason = null;
        Boolean locatesContent = null;
        Integer itemCount = null;
        Boolean malicious = null;
        Boolean goodFaithProven = null;
        Moment forwardedAt = null;
        Moment measuresTakenAt = null;
        Boolean measureEffective = null;
        Moment restoredAt = null;
        CounterNotice counterNotice = null;
        long seen = 0;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "receivedAt" -> {
                    seen = once(seen, 0);
                    receivedAt = moment(parser, value);
                }
                case "reappearedAt" -> {
                    seen = once(seen, 1);
                    reappearedAt = moment(parser, value);
                }
                case "reappearedBySameUser" -> {
                    seen = once(seen, 2);
                    reappearedBySameUser = bool(value);
                }
                case "newGrounds" -> {
                    seen = once(seen, 3);
                    newGrounds = bool(value);
                }
                case "channel" -> {
                    seen = once(seen, 4);
                    channel = constant(parser, value, CHANNELS);
                }
                case "publishedChannel" -> {
                    seen = once(seen, 5);
                    publishedChannel = bool(value);
                }
                case "includesIdentity" -> {
                    seen = once(seen, 6);
                    includesIdentity = bool(value);
                }
                case "includesPreliminaryEvidence" -> {
                    seen = once(seen, 7);
                    includesPreliminaryEvidence = bool(value);
                }
                case "includesReason" -> {
                    seen = once(seen, 8);
                    includesReason = bool(value);
                }
                case "locatesContent" -> {
                    seen = once(seen, 9);
                    locatesContent = bool(value);
                }
                case "itemCount" -> {
                    seen = once(seen, 10);
                    itemCount = integer(parser, value);
                }
                case "malicious" -> {
                    seen = once(seen, 11);
                    malicious = bool(value);
                }
                case "goodFaithProven" -> {
                    seen = once(seen, 12);
                    goodFaithProven = bool(value);
                }
                case "forwardedAt" -> {
                    seen = once(seen, 13);
                    forwardedAt = moment(parser, value);
                }
                case "measuresTakenAt" -> {
                    seen = once(seen, 14);
                    measuresTakenAt = moment(parser, value);
                }
                case "measureEffective" -> {
                    seen = once(seen, 15);
                    measureEffective = bool(value);
                }
                case "restoredAt" -> {
                    seen = once(seen, 16);
                    restoredAt = moment(parser, value);
                }
                case "counterNotice" -> {
                    seen = once(seen, 17);
                    counterNotice = counterNotice(parser, value);
                }
                default -> throw NotPlain.INSTANCE;
            }
        }
        if (receivedAt == null) {
            throw NotPlain.INSTANCE;
        }
        return new NoticeEpisode(receivedAt, reappearedAt, reappearedBySameUser, newGrounds, channel,
                publishedChannel, includesIdentity, includesPreliminaryEvidence, includesReason, locatesContent,
                itemCount, malicious, goodFaithProven, forwardedAt, measuresTakenAt, measureEffective, restoredAt,
                counterNotice);
    }

    private static CounterNotice counterNotice(JsonParser parser, JsonToken token) throws IOException, NotPlain {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            throw NotPlain.INSTANCE;
        }
        Moment receivedAt = null;
        Boolean includesIdentity = null;
        Boolean includesPreliminaryEvidence = null;
        Moment forwardedToRightsHolderAt = null;
        Moment rightsHolderComplainedOrSuedAt = null;
        Integer excludedDelayWorkingDays = null;
        long seen = 0;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "receivedAt" -> {
                    seen = once(seen, 0);
                    receivedAt = moment(parser, value);
                }
                case "includesIdentity" -> {
                    seen = once(seen, 1);
                    includesIdentity = bool(value);
                }
                case "includesPreliminaryEvidence" -> {
                    seen = once(seen, 2);
                    includesPreliminaryEvidence = bool(value);
                }
                case "forwardedToRightsHolderAt" -> {
                    seen = once(seen, 3);
                    forwardedToRightsHolderAt = moment(parser, value);
                }
                case "rightsHolderComplainedOrSuedAt" -> {
                    seen = once(seen, 4);
                    rightsHolderComplainedOrSuedAt = moment(parser, value);
                }
                case "excludedDelayWorkingDays" -> {
                    seen = once(seen, 5);
                    excludedDelayWorkingDays = integer(parser, value);
                }
                default -> throw NotPlain.INSTANCE;
            }
        }
        if (receivedAt == null) {
            throw NotPlain.INSTANCE;
        }
        return new CounterNotice(receivedAt, includesIdentity, includesPreliminaryEvidence, forwardedToRightsHolderAt,
                rightsHolderComplainedOrSuedAt, excludedDelayWorkingDays);
    }

    /**
     * Marks property {@code index} of an object as read: a second time is a duplicate key, which the parser of the
     * tree refuses and names (the pass reads with the parser's own detection off: its sets of names were two fifths
     * of the bytes allocated per body).
     */
    private static long once(long seen, int index) throws NotPlain {
        long bit = 1L << index;
        if ((seen & bit) != 0) {
            throw NotPlain.INSTANCE;
        }
        return seen | bit;
    }

    // Values. Null is an absent optional value; a required property checks for its absence after its object.

    private static Boolean bool(JsonToken token) throws NotPlain {
        return switch (token) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw NotPlain.INSTANCE;
        };
    }

    /** A whole number that is an {@code int} (as the walk's {@code canConvertToInt}). */
    private static Integer integer(JsonParser parser, JsonToken token) throws IOException, NotPlain {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw NotPlain.INSTANCE;
        }
        if (parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        // A tree may hold a long or big integer of int range; a parser of text calls those INT.
        java.math.BigInteger value = parser.getBigIntegerValue();
        if (value.bitLength() >= Integer.SIZE) {
            throw NotPlain.INSTANCE;
        }
        return value.intValue();
    }

    private static Moment moment(JsonParser parser, JsonToken token) throws IOException, NotPlain {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw NotPlain.INSTANCE;
        }
        // Read in place, without a string; the parser checks its string-length limit only as it makes a string, so
        // the limit is checked here (beyond it the tree walk names the fault, as for any other string).
        int length = parser.getTextLength();
        if (length > parser.streamReadConstraints().getMaxStringLength()) {
            throw NotPlain.INSTANCE;
        }
        Moment moment = Timestamps.valid(parser.getTextCharacters(), parser.getTextOffset(), length);
        if (moment == null) {
            throw NotPlain.INSTANCE;
        }
        return moment;
    }

    private static <E extends Enum<E>> E constant(JsonParser parser, JsonToken token, E[] constants)
            throws IOException, NotPlain {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw NotPlain.INSTANCE;
        }
        // Compared with the parser's characters: no string is made of a name that is only looked up.
        char[] text = parser.getTextCharacters();
        int from = parser.getTextOffset();
        int length = parser.getTextLength();
        for (E constant : constants) {
            String name = constant.name();
            if (same(name, text, from, length)) {
                return constant;
            }
        }
        throw NotPlain.INSTANCE;
    }

    private static boolean same(String name, char[] text, int from, int length) {
        if (name.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) != text[from + i]) {
                return false;
            }
        }
        return true;
    }
}
