package cn.netlaw.api.classification;

/**
 * The documented batch (OpenAPI request and response examples {@code oneValidOneInvalid}): the smallest complete
 * request and one that asserts knowledge without its date (docs/request.md#validation; a request of the contract's
 * shape, so that the example validates against the schema), and the answer in English at the evaluation clock of
 * the scenarios (2025-06-30T12:00:00+08:00). {@code ClassificationBatchResourceTest} and {@code OpenApiExamplesTest}
 * check that the service gives this answer (decisionIds aside); when a template or a finding changes, the latter writes
 * the new text block to {@code target/documented-answers/RESPONSE.txt}.
 */
public final class ClassificationBatchExamples {

    static final String REQUEST = """
            {
              "items": [
                {"provider": {"role": "STORAGE"}},
                {"provider": {"role": "STORAGE", "knowledge": "KNEW"}, "rightType": "PERSONALITY",
                 "conductDate": "2022-06-01"}
              ]
            }
            """;

    static final String RESPONSE = """
            {
              "results": [
                {
                  "index": 0,
                  "status": 200,
                  "classification": {
                    "regime": "CIVIL_CODE",
                    "specialRegimes": [],
                    "liability": "NONE",
                    "rule": "NO_FAULT",
                    "joint": false,
                    "jointScope": "NONE",
                    "certainty": "DETERMINED",
                    "contested": [],
                    "alternatives": [],
                    "exploration": {
                      "alternatives": {
                        "complete": true,
                        "questionsRaised": 0,
                        "questionsExplored": 0,
                        "evaluations": 0,
                        "cutBy": null
                      }
                    },
                    "liablePeriods": [],
                    "expandedFrom": null,
                    "expandedUntil": null,
                    "expandedPeriods": [],
                    "knowledgeFrom": null,
                    "effectiveKnowledge": "NONE",
                    "safeHarbour": "NOT_APPLICABLE",
                    "notifierLiability": "NOT_APPLICABLE",
                    "notifierLiabilityByNotice": [],
                    "paidDeletionAgreement": "NOT_APPLICABLE",
                    "dutyBreaches": [],
                    "actBy": null,
                    "clearlyLateAt": null,
                    "legalBasis": [
                      "CIVIL_CODE_1197"
                    ],
                    "reasons": [
                      "REGIME_CIVIL_CODE",
                      "NO_KNOWLEDGE_SHOWN",
                      "NO_FAULT_SHOWN"
                    ],
                    "reviewFlags": [],
                    "assumptions": [
                      {
                        "code": "AS_OF_ASSUMED",
                        "value": "2025-06-30T12:00:00+08:00"
                      },
                      {
                        "code": "RIGHT_TYPE_ASSUMED",
                        "value": "OTHER"
                      },
                      {
                        "code": "CONTENT_INFRINGING_ASSUMED",
                        "value": "true"
                      },
                      {
                        "code": "CONDUCT_DATE_ASSUMED",
                        "value": "2025-06-30"
                      },
                      {
                        "code": "CONDUCT_END_ASSUMED",
                        "value": "ONGOING_AT_AS_OF"
                      }
                    ],
                    "explanation": [
                      {
                        "step": "REGIME",
                        "reason": "REGIME_CIVIL_CODE",
                        "text": "The conduct complained of began on 30 June 2025 and lasted until 30 June 2025 12:00 \
            (+08:00), after the Civil Code took effect on 1 January 2021; the case is decided under the tort liability \
            book of the Civil Code.",
                        "legalBasis": []
                      },
                      {
                        "step": "KNOWLEDGE",
                        "reason": "NO_KNOWLEDGE_SHOWN",
                        "text": "No fact reported shows that the provider knew or should have known of the \
            infringement; its knowledge is taken as none.",
                        "legalBasis": []
                      },
                      {
                        "step": "NO_LIABILITY",
                        "reason": "NO_FAULT_SHOWN",
                        "text": "The provider neither knew nor should have known of the infringement; on the findings \
            above it is not established that, after it knew or was validly notified, it failed to take the necessary \
            measures in time, so it is not liable to pay damages (Civil Code Art. 1197).",
                        "legalBasis": [
                          "CIVIL_CODE_1197"
                        ]
                      }
                    ],
                    "decisionId": "2296cba6-fa0f-4080-a128-c9c786fc4978",
                    "rulesetVersion": "3.0/effe14"
                  }
                },
                {
                  "index": 1,
                  "status": 400,
                  "problem": {
                    "type": "/problems/invalid-request",
                    "title": "Invalid request",
                    "status": 400,
                    "detail": "The request breaks a rule of the request shape or its validation; see errors. The \
            rules: /problems/invalid-request and /docs/request.md#validation.",
                    "errors": [
                      {
                        "field": "provider.knowledgeSince",
                        "message": "knowledgeSince is required when knowledge is KNEW"
                      }
                    ]
                  }
                }
              ]
            }
            """;;

    private ClassificationBatchExamples() {
    }
}
