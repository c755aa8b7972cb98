package cn.netlaw.api.classification;

/**
 * The named request examples of {@code POST /api/v1/classifications} (OpenAPI {@code requestBody.examples}): one per
 * main situation of the procedure (docs/procedure.md), each with the outcome it must get in its {@code x-expected}
 * extension ({@code regime, liability, rule, joint, jointScope}, and {@code certainty} where the answer is contested).
 * Every example leaves {@code asOf} to the service's clock, and
 * every deadline in it has passed long ago, so the outcome is the same whenever it is sent. {@code
 * OpenApiExamplesTest} posts every request example of the served document and checks its {@code x-expected}; the
 * public scenario each one follows is named in its Javadoc.
 */
public final class RequestExamples {

    static final String DIRECT_INFRINGEMENT_SUMMARY = "Direct infringement: an editor adds a defamatory headline";
    static final String DIRECT_INFRINGEMENT_DESCRIPTION = """
            The platform's editor puts a headline that misstates the facts on a user's neutral post. The provider \
            changed the content, so it is no longer a neutral host for it: it answers for its own act (Civil Code \
            1194), not as an intermediary, and no notice is needed. After P48.""";
    /** P48: a storage provider alters the user's content (Civil Code 1194). */
    static final String DIRECT_INFRINGEMENT = """
            {
              "provider": {"role": "STORAGE", "altersContent": true},
              "rightType": "PERSONALITY",
              "conductDate": "2024-03-01",
              "ongoing": true
            }
            """;
    static final String DIRECT_INFRINGEMENT_EXPECTED = """
            {"regime": "CIVIL_CODE", "liability": "DIRECT", "rule": "DIRECT_INFRINGEMENT", "joint": false, \
            "jointScope": "NONE"}""";

    static final String NOTICE_ACTED_ON_IN_TIME_SUMMARY =
            "Notice acted on in time: a defamatory post removed in 6 hours";
    static final String NOTICE_ACTED_ON_IN_TIME_DESCRIPTION = """
            A forum receives an e-mail notice that names the notifier, gives the post's address and attaches \
            preliminary evidence (a valid notice, Civil Code 1195(1)); it forwards it to the poster and removes the \
            post six hours later, well inside the 24 hours the service's default band (24 h / 120 h for personality \
            rights on a host) treats as clearly in time. It took the necessary measures in time (1195(2)) and did not \
            know of the post before (1197): not liable. After P01.""";
    /** P01: a valid personality-rights notice handled within the threshold (Civil Code 1195). */
    static final String NOTICE_ACTED_ON_IN_TIME = """
            {
              "provider": {"role": "STORAGE"},
              "rightType": "PERSONALITY",
              "conductDate": "2024-03-01",
              "noticeHistory": [
                {
                  "receivedAt": "2024-03-05T10:00:00+08:00",
                  "channel": "EMAIL",
                  "includesIdentity": true,
                  "includesPreliminaryEvidence": true,
                  "includesReason": true,
                  "locatesContent": true,
                  "forwardedAt": "2024-03-05T12:00:00+08:00",
                  "measuresTakenAt": "2024-03-05T16:00:00+08:00"
                }
              ]
            }
            """;
    static final String NOTICE_ACTED_ON_IN_TIME_EXPECTED = """
            {"regime": "CIVIL_CODE", "liability": "NONE", "rule": "NO_FAULT", "joint": false, "jointScope": "NONE"}""";

    static final String NOTICE_IGNORED_SUMMARY = "Notice ignored: a pirated film left up after a valid notice";
    static final String NOTICE_IGNORED_DESCRIPTION = """
            A video platform receives a valid copyright notice about a film a user uploaded, forwards it, but never \
            removes the film. With nothing done after 72 hours it is clearly late (the service's default band for a \
            host and copyright is 24 h / 72 h: an engineering value, not law), so it is jointly liable with the \
            uploader for the enlarged part of the damage from the first bound, 24 hours after the notice, on (Civil \
            Code 1195(2)); the Regulation's harbour (Reg 22) is lost. After P02.""";
    /** P02 with no measure at all: the notice rule (Civil Code 1195(2)), enlarged part. */
    public static final String NOTICE_IGNORED = """
            {
              "provider": {"role": "STORAGE"},
              "rightType": "COPYRIGHT",
              "conductDate": "2024-05-01",
              "ongoing": true,
              "noticeHistory": [
                {
                  "receivedAt": "2024-05-10T09:00:00+08:00",
                  "channel": "EMAIL",
                  "includesIdentity": true,
                  "includesPreliminaryEvidence": true,
                  "locatesContent": true,
                  "forwardedAt": "2024-05-10T10:00:00+08:00"
                }
              ]
            }
            """;
    static final String NOTICE_IGNORED_EXPECTED = """
            {"regime": "CIVIL_CODE", "liability": "INDIRECT", "rule": "NOTICE_RULE", "joint": true, \
            "jointScope": "EXPANDED_PART"}""";

    static final String KNOWLEDGE_RULE_SUMMARY = "Knowledge rule: a hot new film featured on the home page";
    static final String KNOWLEDGE_RULE_DESCRIPTION = """
            A user uploads a film in current cinema release and the platform's staff place it on its home page. No notice \
            is needed: a hot work placed prominently means the provider should have known (应知, SPC network \
            dissemination provisions Art 12), and under Civil Code 1197 knowing or should-have-known without acting \
            makes it jointly liable with the user for the whole damage. The knowledge is derived from the indicators, \
            so the answer carries the review flag INFERRED_KNOWLEDGE. After P07.""";
    /** P07: constructive knowledge from a hot work placed prominently (Civil Code 1197, SPC_NDR_12). */
    static final String KNOWLEDGE_RULE = """
            {
              "provider": {
                "role": "STORAGE",
                "indicators": {"hotOrWellKnownWork": true, "prominentPlacement": true}
              },
              "rightType": "COPYRIGHT",
              "conductDate": "2024-07-01",
              "ongoing": true
            }
            """;
    static final String KNOWLEDGE_RULE_EXPECTED = """
            {"regime": "CIVIL_CODE", "liability": "INDIRECT", "rule": "KNOWLEDGE_RULE", "joint": true, \
            "jointScope": "WHOLE_DAMAGE"}""";

    static final String CONDUIT_SAFE_HARBOUR_SUMMARY =
            "Copyright conduit safe harbour: an access provider forwards a notice";
    static final String CONDUIT_SAFE_HARBOUR_DESCRIPTION = """
            A right holder notifies an access provider of a customer's pirate site. The access provider transmits \
            automatically, neither selects nor changes what it carries, did not know otherwise, and forwards the \
            notice to its customer within a day (the necessary measure for a conduit; the service's default band for \
            it is 24 h / 72 h). The \
            conditions of the Regulation's harbour for automatic access (Reg 20) are met: no liability for damages. \
            After P41.""";
    /** P41: the automatic-access harbour of Regulation Art 20 with a forwarded notice. */
    static final String CONDUIT_SAFE_HARBOUR = """
            {
              "provider": {"role": "ACCESS", "knowledge": "NONE"},
              "rightType": "COPYRIGHT",
              "conductDate": "2024-09-01",
              "noticeHistory": [
                {
                  "receivedAt": "2024-09-05T09:00:00+08:00",
                  "channel": "EMAIL",
                  "includesIdentity": true,
                  "includesPreliminaryEvidence": true,
                  "locatesContent": true,
                  "forwardedAt": "2024-09-06T09:00:00+08:00"
                }
              ]
            }
            """;
    static final String CONDUIT_SAFE_HARBOUR_EXPECTED = """
            {"regime": "CIVIL_CODE", "liability": "NONE", "rule": "SAFE_HARBOUR", "joint": false, \
            "jointScope": "NONE"}""";

    static final String CONDUCT_BEFORE_2021_SUMMARY =
            "Conduct before 2021: a 2016 film removed eight days after notice";
    static final String CONDUCT_BEFORE_2021_DESCRIPTION = """
            In 2016 a video site receives a written copyright notice and removes the film eight days later. The \
            infringing state ended before 2021, so the Tort Liability Law decides (Art 36), with the Regulation (Reg \
            15: remove immediately) and the 2012 SPC network-dissemination provisions: jointly liable with the \
            uploader for the enlarged part of the damage. After P23.""";
    /** P23 in 2016: the notice rule of the Tort Liability Law Art 36(2). */
    static final String CONDUCT_BEFORE_2021 = """
            {
              "provider": {"role": "STORAGE"},
              "rightType": "COPYRIGHT",
              "conductDate": "2016-03-01",
              "noticeHistory": [
                {
                  "receivedAt": "2016-03-02T09:00:00+08:00",
                  "channel": "WRITTEN",
                  "includesIdentity": true,
                  "includesPreliminaryEvidence": true,
                  "locatesContent": true,
                  "forwardedAt": "2016-03-02T10:00:00+08:00",
                  "measuresTakenAt": "2016-03-10T09:00:00+08:00"
                }
              ]
            }
            """;
    static final String CONDUCT_BEFORE_2021_EXPECTED = """
            {"regime": "TORT_LIABILITY_LAW", "liability": "INDIRECT", "rule": "NOTICE_RULE", "joint": true, \
            "jointScope": "EXPANDED_PART"}""";

    static final String ACCESS_PROVIDER_NEVER_FORWARDS_SUMMARY =
            "Contested: an access provider never forwards a valid copyright notice";
    static final String ACCESS_PROVIDER_NEVER_FORWARDS_DESCRIPTION = """
            In 2023 a right holder sends an access provider a valid notice about a customer's pirate site; the \
            provider neither forwards it nor acts. It remains in the Regulation's harbour for automatic access (Reg \
            20), and not forwarding breaches its duty toward the customer (Civil Code 1195(2)); whether forwarding \
            was also the necessary measure whose omission makes it jointly liable is a question the courts have not \
            settled. The answer is the presumptive reading, no liability (certainty CONTESTED); contested names the \
            question, and alternatives gives the outcome under the other reading: joint liability for the enlarged \
            part from the first bound, 24 hours after the notice. After public scenario P115.""";
    /** P115: CONDUIT_NECESSARY_MEASURE contested (docs/procedure.md#notice-timeliness). */
    static final String ACCESS_PROVIDER_NEVER_FORWARDS = """
            {
              "provider": {"role": "ACCESS"},
              "rightType": "COPYRIGHT",
              "conductDate": "2023-03-01",
              "noticeHistory": [
                {
                  "receivedAt": "2023-03-02T09:00:00+08:00",
                  "channel": "EMAIL",
                  "includesIdentity": true,
                  "includesPreliminaryEvidence": true,
                  "locatesContent": true,
                  "itemCount": 1
                }
              ]
            }
            """;
    static final String ACCESS_PROVIDER_NEVER_FORWARDS_EXPECTED = """
            {"regime": "CIVIL_CODE", "liability": "NONE", "rule": "SAFE_HARBOUR", "joint": false, \
            "jointScope": "NONE", "certainty": "CONTESTED"}""";

    /** The reference request ({@link ClassificationResource#NOTICE_HANDLED_IN_TIME}) at any clock after its events. */
    static final String NOTICE_HANDLED_IN_TIME_EXPECTED = """
            {"regime": "CIVIL_CODE", "liability": "NONE", "rule": "SAFE_HARBOUR", "joint": false, \
            "jointScope": "NONE"}""";

    /** The minimal request ({@link ClassificationResource#MINIMAL}): a host with no notice and no findings (P72). */
    static final String MINIMAL_EXPECTED = """
            {"regime": "CIVIL_CODE", "liability": "NONE", "rule": "NO_FAULT", "joint": false, "jointScope": "NONE"}""";

    /** The name of the extension that states an example's outcome. */
    public static final String EXPECTED = "x-expected";

    private RequestExamples() {
    }
}
