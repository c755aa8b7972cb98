package cn.netlaw.api.classification;

/**
 * The documented answers (OpenAPI response examples of {@code POST /api/v1/classifications}) at the evaluation clock of
 * the scenarios (2025-06-30T12:00:00+08:00), explained in English and in Chinese: {@code en} and {@code zh}, the
 * reference request (docs/request.md#reference-request, {@link ClassificationResource#NOTICE_HANDLED_IN_TIME});
 * {@code contestedEn} and {@code contestedZh}, a contested answer ({@link RequestExamples#ACCESS_PROVIDER_NEVER_FORWARDS}, P115).
 * {@code OpenApiExamplesTest} checks that the service gives each of them, decisionId aside; when a template or a
 * finding changes it writes the new text blocks to {@code target/documented-answers/}, to be pasted over these
 * constants. (A backslash at the end of a line continues the line: long texts are wrapped without changing them.)
 */
public final class ClassificationExamples {

    /** {@code Accept-Language: en}. */
    public static final String NOTICE_HANDLED_IN_TIME_EN = """
            {
              "regime": "CIVIL_CODE",
              "specialRegimes": [
                "NDR_REGULATION"
              ],
              "liability": "NONE",
              "rule": "SAFE_HARBOUR",
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
              "safeHarbour": "SATISFIED",
              "notifierLiability": "NOT_APPLICABLE",
              "notifierLiabilityByNotice": [],
              "paidDeletionAgreement": "NOT_APPLICABLE",
              "dutyBreaches": [
                "FAILED_TO_TERMINATE_MEASURES_AFTER_COUNTER_NOTICE"
              ],
              "actBy": null,
              "clearlyLateAt": null,
              "legalBasis": [
                "REG_22",
                "CIVIL_CODE_1195_2",
                "CIVIL_CODE_1195_1",
                "CIVIL_CODE_201",
                "CIVIL_CODE_203"
              ],
              "reasons": [
                "REGIME_CIVIL_CODE",
                "NO_KNOWLEDGE_SHOWN",
                "NOTICE_VALID",
                "NOTICE_ACTED_ON_IN_TIME",
                "SAFE_HARBOUR_CONDITIONS_MET",
                "COUNTER_NOTICE_PERIOD_END_COMPUTED",
                "MEASURES_NOT_TERMINATED_AFTER_COUNTER_NOTICE"
              ],
              "reviewFlags": [
                "DEFAULT_THRESHOLD_APPLIED"
              ],
              "assumptions": [
                {
                  "code": "AS_OF_ASSUMED",
                  "value": "2025-06-30T12:00:00+08:00"
                },
                {
                  "code": "CONDUCT_END_ASSUMED",
                  "value": "2022-04-02T15:00:00+08:00"
                },
                {
                  "code": "TIMELINESS_THRESHOLD",
                  "value": "NOTICE/HOST/COPYRIGHT: 24h/72h"
                },
                {
                  "code": "COUNTER_NOTICE_PERIOD_DAYS",
                  "value": "noticeHistory[0]: 15 calendar days"
                },
                {
                  "code": "COUNTER_NOTICE_PERIOD_END",
                  "value": "2022-04-19T00:00:00+08:00"
                },
                {
                  "code": "HOLIDAY_CALENDAR",
                  "value": "WEEKENDS_ONLY"
                }
              ],
              "explanation": [
                {
                  "step": "REGIME",
                  "reason": "REGIME_CIVIL_CODE",
                  "text": "The conduct complained of began on 1 April 2022 and lasted until 2 April 2022 15:00 \
            (+08:00), after the Civil Code took effect on 1 January 2021; the case is decided under the tort liability \
            book of the Civil Code.",
                  "legalBasis": []
                },
                {
                  "step": "KNOWLEDGE",
                  "reason": "NO_KNOWLEDGE_SHOWN",
                  "text": "No fact reported shows that the provider knew or should have known of the infringement; its \
            knowledge is taken as none.",
                  "legalBasis": []
                },
                {
                  "step": "NOTICE_RULE",
                  "reason": "NOTICE_VALID",
                  "text": "Notice 1, received on 2 April 2022 09:00 (+08:00), is judged under the Civil Code, the law \
            in force on that date; it identifies the right holder, locates the content and carries the evidence or \
            reasons the law requires, in an accepted form, and is a valid notice (Civil Code Art. 1195(1)).",
                  "legalBasis": [
                    "CIVIL_CODE_1195_1"
                  ]
                },
                {
                  "step": "NOTICE_RULE",
                  "reason": "NOTICE_ACTED_ON_IN_TIME",
                  "text": "The provider received notice 1 on 2 April 2022 09:00 (+08:00) and took the necessary \
            measures on 2 April 2022 15:00 (+08:00). The service's default reasonable period for acting ended on 3 \
            April 2022 09:00 (+08:00), and a handling after 5 April 2022 09:00 (+08:00) would be clearly late; a \
            handling within the default period is in time, and one between the two points is read as in time unless \
            lateness is shown. The default is the service's choice, not law: courts weigh the form and accuracy of the \
            notice, the difficulty of the measure, the type and nature of the service, the type, popularity and number \
            of the works concerned, and the type and degree of the infringement. The provider is not liable on that \
            notice.",
                  "legalBasis": []
                },
                {
                  "step": "NO_LIABILITY",
                  "reason": "SAFE_HARBOUR_CONDITIONS_MET",
                  "text": "The provider, offering information storage space (hosting), meets every condition of the \
            Regulation's harbour for its service; it is not liable to pay damages (Regulation Art. 22; Civil Code \
            Arts. 1195(1) and 1195(2)).",
                  "legalBasis": [
                    "REG_22",
                    "CIVIL_CODE_1195_2",
                    "CIVIL_CODE_1195_1"
                  ]
                },
                {
                  "step": "DUTIES_TOWARD_USER",
                  "reason": "COUNTER_NOTICE_PERIOD_END_COMPUTED",
                  "text": "For the counter-notice on notice 1, the period for the right holder to notify a complaint \
            or suit is 15 days from the arrival of the forwarded counter-notice (where the E-Commerce Law applies, the \
            fifteen days it fixes; otherwise the reasonable period of the Civil Code, or of the SPC Reply for \
            intellectual property, which this service sets by default), and it ends on 19 April 2022 00:00 (+08:00); \
            the day of arrival is not counted, and a last day that falls on a rest day moves to the next working day \
            (Civil Code Arts. 201 and 203).",
                  "legalBasis": [
                    "CIVIL_CODE_201",
                    "CIVIL_CODE_203"
                  ]
                },
                {
                  "step": "DUTIES_TOWARD_USER",
                  "reason": "MEASURES_NOT_TERMINATED_AFTER_COUNTER_NOTICE",
                  "text": "The period for complaint or suit after the counter-notice on notice 1 was forwarded ended \
            on 19 April 2022 00:00 (+08:00) with no notice that the right holder had complained or sued; the provider \
            had to end the measure promptly, by 20 April 2022 00:00 (+08:00) by the service's default, but has not \
            ended it; keeping it breaches its duty toward the user.",
                  "legalBasis": []
                }
              ],
              "decisionId": "3f2b8c1e-5d4a-4e7b-9c61-2a8f0d9e7b15",
              "rulesetVersion": "3.0/effe14"
            }
            """;;

    /** {@code Accept-Language: zh-CN}. */
    public static final String NOTICE_HANDLED_IN_TIME_ZH = """
            {
              "regime": "CIVIL_CODE",
              "specialRegimes": [
                "NDR_REGULATION"
              ],
              "liability": "NONE",
              "rule": "SAFE_HARBOUR",
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
              "safeHarbour": "SATISFIED",
              "notifierLiability": "NOT_APPLICABLE",
              "notifierLiabilityByNotice": [],
              "paidDeletionAgreement": "NOT_APPLICABLE",
              "dutyBreaches": [
                "FAILED_TO_TERMINATE_MEASURES_AFTER_COUNTER_NOTICE"
              ],
              "actBy": null,
              "clearlyLateAt": null,
              "legalBasis": [
                "REG_22",
                "CIVIL_CODE_1195_2",
                "CIVIL_CODE_1195_1",
                "CIVIL_CODE_201",
                "CIVIL_CODE_203"
              ],
              "reasons": [
                "REGIME_CIVIL_CODE",
                "NO_KNOWLEDGE_SHOWN",
                "NOTICE_VALID",
                "NOTICE_ACTED_ON_IN_TIME",
                "SAFE_HARBOUR_CONDITIONS_MET",
                "COUNTER_NOTICE_PERIOD_END_COMPUTED",
                "MEASURES_NOT_TERMINATED_AFTER_COUNTER_NOTICE"
              ],
              "reviewFlags": [
                "DEFAULT_THRESHOLD_APPLIED"
              ],
              "assumptions": [
                {
                  "code": "AS_OF_ASSUMED",
                  "value": "2025-06-30T12:00:00+08:00"
                },
                {
                  "code": "CONDUCT_END_ASSUMED",
                  "value": "2022-04-02T15:00:00+08:00"
                },
                {
                  "code": "TIMELINESS_THRESHOLD",
                  "value": "NOTICE/HOST/COPYRIGHT: 24h/72h"
                },
                {
                  "code": "COUNTER_NOTICE_PERIOD_DAYS",
                  "value": "noticeHistory[0]: 15 calendar days"
                },
                {
                  "code": "COUNTER_NOTICE_PERIOD_END",
                  "value": "2022-04-19T00:00:00+08:00"
                },
                {
                  "code": "HOLIDAY_CALENDAR",
                  "value": "WEEKENDS_ONLY"
                }
              ],
              "explanation": [
                {
                  "step": "REGIME",
                  "reason": "REGIME_CIVIL_CODE",
                  "text": "被诉行为始于2022年4月1日，持续至2022年4月2日 15:00，发生在《民法典》施行（2021年1月1日）之后\
            ，本案适用《民法典》侵权责任编的规定。",
                  "legalBasis": []
                },
                {
                  "step": "KNOWLEDGE",
                  "reason": "NO_KNOWLEDGE_SHOWN",
                  "text": "现有事实不足以认定网络服务提供者知道或者应当知道侵权行为，视为其不知道也不应当知道。",
                  "legalBasis": []
                },
                {
                  "step": "NOTICE_RULE",
                  "reason": "NOTICE_VALID",
                  "text": "第1份通知于2022年4月2日 09:00送达，应依当时施行的《民法典》判断；该通知载明了权利人的真实身\
            份信息，能够准确定位涉案信息，附有法律要求的初步证据或理由，形式合法，依据《民法典》第一千一百九十五条第一\
            款，构成有效通知。",
                  "legalBasis": [
                    "CIVIL_CODE_1195_1"
                  ]
                },
                {
                  "step": "NOTICE_RULE",
                  "reason": "NOTICE_ACTED_ON_IN_TIME",
                  "text": "网络服务提供者于2022年4月2日 09:00接到第1份通知后，于2022年4月2日 15:00采取了必要措施。服务\
            默认的合理期限于2022年4月3日 09:00届满，逾2022年4月5日 09:00仍未处理的即属明显迟延；在默认期限内处理的属于\
            及时，在两者之间处理的，除非证明迟延，推定为及时。该默认期限系本服务的设定而非法定期限，法律、司法解释未规\
            定具体时限，是否及时由法院根据通知的形式和准确程度、采取措施的难易程度、网络服务的类型和性质、所涉作品的类\
            型、知名度和数量以及侵害权益的类型和程度等因素综合判断。网络服务提供者不因该通知承担责任。",
                  "legalBasis": []
                },
                {
                  "step": "NO_LIABILITY",
                  "reason": "SAFE_HARBOUR_CONDITIONS_MET",
                  "text": "网络服务提供者（提供信息存储空间服务）符合《信息网络传播权保护条例》为该类服务规定的全部免责\
            条件；依据《信息网络传播权保护条例》第二十二条、《民法典》第一千一百九十五条第一款、第二款，其不承担赔偿责\
            任。",
                  "legalBasis": [
                    "REG_22",
                    "CIVIL_CODE_1195_2",
                    "CIVIL_CODE_1195_1"
                  ]
                },
                {
                  "step": "DUTIES_TOWARD_USER",
                  "reason": "COUNTER_NOTICE_PERIOD_END_COMPUTED",
                  "text": "针对第1份通知的声明转送权利人后，权利人告知已投诉或者起诉的期间为15日（适用《电子商务法》的\
            ，为该法规定的十五日；其他情形为《民法典》或知识产权批复规定的合理期限，由本服务默认设定），自转送的声明到\
            达权利人时起算，至2022年4月19日 00:00届满；依据《民法典》第二百零一条、第二百零三条，开始的当日不计入，期间\
            的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。",
                  "legalBasis": [
                    "CIVIL_CODE_201",
                    "CIVIL_CODE_203"
                  ]
                },
                {
                  "step": "DUTIES_TOWARD_USER",
                  "reason": "MEASURES_NOT_TERMINATED_AFTER_COUNTER_NOTICE",
                  "text": "针对第1份通知的声明转送权利人后，权利人投诉或者起诉的期间已于2022年4月19日 00:00届满，其间未\
            收到权利人已经投诉或者起诉的通知；网络服务提供者应当及时终止所采取的措施，按服务默认的期限应于2022年4月20日\
             00:00前终止，却至今仍维持该措施；其违反了对网络用户的义务。",
                  "legalBasis": []
                }
              ],
              "decisionId": "3f2b8c1e-5d4a-4e7b-9c61-2a8f0d9e7b15",
              "rulesetVersion": "3.0/effe14"
            }
            """;;

    static final String ACCESS_PROVIDER_NEVER_FORWARDS_EN = """
            {
              "regime": "CIVIL_CODE",
              "specialRegimes": [
                "NDR_REGULATION"
              ],
              "liability": "NONE",
              "rule": "SAFE_HARBOUR",
              "joint": false,
              "jointScope": "NONE",
              "certainty": "CONTESTED",
              "contested": [
                {
                  "question": "CONDUIT_NECESSARY_MEASURE",
                  "subject": "noticeHistory[0]",
                  "detail": "Notice 1, received on 2 March 2023 09:00 (+08:00), was not forwarded to the customer, and \
            no effective measure was taken by 5 March 2023 09:00 (+08:00), the service's default point after which a \
            delay is no longer arguable. Whether a provider of access, caching or infrastructure services, which \
            cannot remove a single item, breached its duty to take the necessary measures fitting its type of service \
            by not forwarding or warning in time is not settled in law. The conclusion rests on the presumptive \
            reading, not breached, since the claimant bears the burden; read as breached, the provider would be a \
            contributory infringer, jointly and severally liable with the user for the enlarged part of the damage \
            under the notice rule."
                }
              ],
              "alternatives": [
                {
                  "assuming": [
                    {
                      "question": "CONDUIT_NECESSARY_MEASURE",
                      "subject": "noticeHistory[0]",
                      "reading": "BREACHED"
                    }
                  ],
                  "outcome": {
                    "regime": "CIVIL_CODE",
                    "liability": "INDIRECT",
                    "rule": "NOTICE_RULE",
                    "joint": true,
                    "jointScope": "EXPANDED_PART",
                    "liablePeriods": [
                      {
                        "from": "2023-03-03T09:00:00+08:00",
                        "until": null
                      }
                    ]
                  }
                }
              ],
              "exploration": {
                "alternatives": {
                  "complete": true,
                  "questionsRaised": 1,
                  "questionsExplored": 1,
                  "evaluations": 1,
                  "cutBy": null
                }
              },
              "liablePeriods": [],
              "expandedFrom": null,
              "expandedUntil": null,
              "expandedPeriods": [],
              "knowledgeFrom": null,
              "effectiveKnowledge": "NONE",
              "safeHarbour": "SATISFIED",
              "notifierLiability": "NOT_APPLICABLE",
              "notifierLiabilityByNotice": [],
              "paidDeletionAgreement": "NOT_APPLICABLE",
              "dutyBreaches": [
                "FORWARDING_NOT_DONE"
              ],
              "actBy": null,
              "clearlyLateAt": null,
              "legalBasis": [
                "REG_20",
                "CIVIL_CODE_1195_2",
                "CIVIL_CODE_1195_1"
              ],
              "reasons": [
                "REGIME_CIVIL_CODE",
                "NO_KNOWLEDGE_SHOWN",
                "CONDUIT_HARBOUR_CONDITIONS_MET",
                "NOTICE_VALID",
                "CONDUIT_MEASURE_CONTESTED",
                "SAFE_HARBOUR_CONDITIONS_MET",
                "NOTICE_NOT_FORWARDED",
                "PRESUMPTIVE_READING_CONTESTED"
              ],
              "reviewFlags": [
                "MEASURE_ADEQUACY_NEEDS_REVIEW",
                "DEFAULT_THRESHOLD_APPLIED"
              ],
              "assumptions": [
                {
                  "code": "AS_OF_ASSUMED",
                  "value": "2025-06-30T12:00:00+08:00"
                },
                {
                  "code": "CONTENT_INFRINGING_ASSUMED",
                  "value": "true"
                },
                {
                  "code": "CONDUCT_END_ASSUMED",
                  "value": "ONGOING_AT_AS_OF"
                },
                {
                  "code": "TIMELINESS_THRESHOLD",
                  "value": "NOTICE/CONDUIT/COPYRIGHT: 24h/72h"
                },
                {
                  "code": "TIMELINESS_THRESHOLD",
                  "value": "FORWARDING/CONDUIT/COPYRIGHT: 24h/72h"
                }
              ],
              "explanation": [
                {
                  "step": "REGIME",
                  "reason": "REGIME_CIVIL_CODE",
                  "text": "The conduct complained of began on 1 March 2023 and lasted until 30 June 2025 12:00 \
            (+08:00), after the Civil Code took effect on 1 January 2021; the case is decided under the tort liability \
            book of the Civil Code.",
                  "legalBasis": []
                },
                {
                  "step": "KNOWLEDGE",
                  "reason": "NO_KNOWLEDGE_SHOWN",
                  "text": "No fact reported shows that the provider knew or should have known of the infringement; its \
            knowledge is taken as none.",
                  "legalBasis": []
                },
                {
                  "step": "CONDUIT_HARBOUR",
                  "reason": "CONDUIT_HARBOUR_CONDITIONS_MET",
                  "text": "The provider, offering automatic network access or transmission, meets the conditions the \
            Regulation sets for its service (it neither selected nor altered what it carried, and kept to the other \
            conditions of the harbour); this does not by itself exclude liability under a statute.",
                  "legalBasis": []
                },
                {
                  "step": "NOTICE_RULE",
                  "reason": "NOTICE_VALID",
                  "text": "Notice 1, received on 2 March 2023 09:00 (+08:00), is judged under the Civil Code, the law \
            in force on that date; it identifies the right holder, locates the content and carries the evidence or \
            reasons the law requires, in an accepted form, and is a valid notice (Civil Code Art. 1195(1)).",
                  "legalBasis": [
                    "CIVIL_CODE_1195_1"
                  ]
                },
                {
                  "step": "NOTICE_RULE",
                  "reason": "CONDUIT_MEASURE_CONTESTED",
                  "text": "Notice 1, received on 2 March 2023 09:00 (+08:00), was neither forwarded to the customer \
            nor acted on by 5 March 2023 09:00 (+08:00), the service's default point after which a delay is no longer \
            arguable. A provider of access, caching or infrastructure services cannot remove a single item, and \
            whether forwarding or warning was the necessary measure whose omission makes it liable is not settled; on \
            the presumptive reading, as the claimant bears the burden, the duty is not breached and no liability \
            arises on that notice. The question is contested.",
                  "legalBasis": []
                },
                {
                  "step": "NO_LIABILITY",
                  "reason": "SAFE_HARBOUR_CONDITIONS_MET",
                  "text": "The provider, offering automatic network access or transmission, meets every condition of \
            the Regulation's harbour for its service; it is not liable to pay damages (Regulation Art. 20; Civil Code \
            Arts. 1195(1) and 1195(2)).",
                  "legalBasis": [
                    "REG_20",
                    "CIVIL_CODE_1195_2",
                    "CIVIL_CODE_1195_1"
                  ]
                },
                {
                  "step": "DUTIES_TOWARD_USER",
                  "reason": "NOTICE_NOT_FORWARDED",
                  "text": "The provider received notice 1 on 2 March 2023 09:00 (+08:00) and did not forward it to the \
            user concerned (on an e-commerce platform, the operator in the platform) within the service's default \
            period, which ended on 3 March 2023 09:00 (+08:00), nor by 5 March 2023 09:00 (+08:00), after which \
            forwarding is clearly late; it has not forwarded it at all; this breaches its duty toward the user, \
            without changing its liability toward the claimant (Civil Code Art. 1195(2)).",
                  "legalBasis": [
                    "CIVIL_CODE_1195_2"
                  ]
                },
                {
                  "step": "CONTESTED_QUESTIONS",
                  "reason": "PRESUMPTIVE_READING_CONTESTED",
                  "text": "This conclusion rests on the presumptive reading of an open question (whether forwarding or \
            warning, or suspending the customer's service, was the necessary measure for this type of service, notice \
            1): the law leaves it to the court, and it is read as the burden of proof falls (no breach of the \
            necessary-measure duty); decided the other way, the outcome would be joint liability with the user under \
            the notice rule (contributory infringement) (for the enlarged part of the damage).",
                  "legalBasis": []
                }
              ],
              "decisionId": "38f203b5-a6d0-48d6-9884-3d58a99acb94",
              "rulesetVersion": "3.0/effe14"
            }
            """;;

    static final String ACCESS_PROVIDER_NEVER_FORWARDS_ZH = """
            {
              "regime": "CIVIL_CODE",
              "specialRegimes": [
                "NDR_REGULATION"
              ],
              "liability": "NONE",
              "rule": "SAFE_HARBOUR",
              "joint": false,
              "jointScope": "NONE",
              "certainty": "CONTESTED",
              "contested": [
                {
                  "question": "CONDUIT_NECESSARY_MEASURE",
                  "subject": "noticeHistory[0]",
                  "detail": "第1份通知于2023年3月2日 09:00送达，未转送客户，至2023年3月5日 09:00（按服务默认的界限，此\
            后迟延已无争议）亦未采取有效措施。提供接入、缓存或基础设施服务的网络服务提供者无法删除单条信息，其未及时转\
            送通知或通知客户是否违反了根据服务类型采取必要措施的义务，法律尚无定论。本结论按推定的解读作出，即推定未违\
            反（由权利人承担举证责任）；如认定违反，网络服务提供者构成帮助侵权，应当依通知规则对损害的扩大部分与该网络\
            用户承担连带责任。"
                }
              ],
              "alternatives": [
                {
                  "assuming": [
                    {
                      "question": "CONDUIT_NECESSARY_MEASURE",
                      "subject": "noticeHistory[0]",
                      "reading": "BREACHED"
                    }
                  ],
                  "outcome": {
                    "regime": "CIVIL_CODE",
                    "liability": "INDIRECT",
                    "rule": "NOTICE_RULE",
                    "joint": true,
                    "jointScope": "EXPANDED_PART",
                    "liablePeriods": [
                      {
                        "from": "2023-03-03T09:00:00+08:00",
                        "until": null
                      }
                    ]
                  }
                }
              ],
              "exploration": {
                "alternatives": {
                  "complete": true,
                  "questionsRaised": 1,
                  "questionsExplored": 1,
                  "evaluations": 1,
                  "cutBy": null
                }
              },
              "liablePeriods": [],
              "expandedFrom": null,
              "expandedUntil": null,
              "expandedPeriods": [],
              "knowledgeFrom": null,
              "effectiveKnowledge": "NONE",
              "safeHarbour": "SATISFIED",
              "notifierLiability": "NOT_APPLICABLE",
              "notifierLiabilityByNotice": [],
              "paidDeletionAgreement": "NOT_APPLICABLE",
              "dutyBreaches": [
                "FORWARDING_NOT_DONE"
              ],
              "actBy": null,
              "clearlyLateAt": null,
              "legalBasis": [
                "REG_20",
                "CIVIL_CODE_1195_2",
                "CIVIL_CODE_1195_1"
              ],
              "reasons": [
                "REGIME_CIVIL_CODE",
                "NO_KNOWLEDGE_SHOWN",
                "CONDUIT_HARBOUR_CONDITIONS_MET",
                "NOTICE_VALID",
                "CONDUIT_MEASURE_CONTESTED",
                "SAFE_HARBOUR_CONDITIONS_MET",
                "NOTICE_NOT_FORWARDED",
                "PRESUMPTIVE_READING_CONTESTED"
              ],
              "reviewFlags": [
                "MEASURE_ADEQUACY_NEEDS_REVIEW",
                "DEFAULT_THRESHOLD_APPLIED"
              ],
              "assumptions": [
                {
                  "code": "AS_OF_ASSUMED",
                  "value": "2025-06-30T12:00:00+08:00"
                },
                {
                  "code": "CONTENT_INFRINGING_ASSUMED",
                  "value": "true"
                },
                {
                  "code": "CONDUCT_END_ASSUMED",
                  "value": "ONGOING_AT_AS_OF"
                },
                {
                  "code": "TIMELINESS_THRESHOLD",
                  "value": "NOTICE/CONDUIT/COPYRIGHT: 24h/72h"
                },
                {
                  "code": "TIMELINESS_THRESHOLD",
                  "value": "FORWARDING/CONDUIT/COPYRIGHT: 24h/72h"
                }
              ],
              "explanation": [
                {
                  "step": "REGIME",
                  "reason": "REGIME_CIVIL_CODE",
                  "text": "被诉行为始于2023年3月1日，持续至2025年6月30日 12:00，发生在《民法典》施行（2021年1月1日）之\
            后，本案适用《民法典》侵权责任编的规定。",
                  "legalBasis": []
                },
                {
                  "step": "KNOWLEDGE",
                  "reason": "NO_KNOWLEDGE_SHOWN",
                  "text": "现有事实不足以认定网络服务提供者知道或者应当知道侵权行为，视为其不知道也不应当知道。",
                  "legalBasis": []
                },
                {
                  "step": "CONDUIT_HARBOUR",
                  "reason": "CONDUIT_HARBOUR_CONDITIONS_MET",
                  "text": "网络服务提供者（提供网络自动接入或传输服务）符合《信息网络传播权保护条例》为该类服务规定的免\
            责条件（未选择、未改变所传输或缓存的内容等）；但满足该条件并不当然排除法律规定的责任。",
                  "legalBasis": []
                },
                {
                  "step": "NOTICE_RULE",
                  "reason": "NOTICE_VALID",
                  "text": "第1份通知于2023年3月2日 09:00送达，应依当时施行的《民法典》判断；该通知载明了权利人的真实身\
            份信息，能够准确定位涉案信息，附有法律要求的初步证据或理由，形式合法，依据《民法典》第一千一百九十五条第一\
            款，构成有效通知。",
                  "legalBasis": [
                    "CIVIL_CODE_1195_1"
                  ]
                },
                {
                  "step": "NOTICE_RULE",
                  "reason": "CONDUIT_MEASURE_CONTESTED",
                  "text": "第1份通知于2023年3月2日 09:00送达，至2023年3月5日 09:00（按服务默认的界限，此后迟延已无争议\
            ）既未转送客户，也未采取有效措施。提供接入、缓存或基础设施服务的网络服务提供者无法删除单条信息，转送通知或\
            通知客户是否属于其怠于采取即须承担责任的必要措施，法律尚无定论；按推定的解读（由权利人承担举证责任），其未\
            违反该义务，不因该通知承担责任。该问题存在争议。",
                  "legalBasis": []
                },
                {
                  "step": "NO_LIABILITY",
                  "reason": "SAFE_HARBOUR_CONDITIONS_MET",
                  "text": "网络服务提供者（提供网络自动接入或传输服务）符合《信息网络传播权保护条例》为该类服务规定的全\
            部免责条件；依据《信息网络传播权保护条例》第二十条、《民法典》第一千一百九十五条第一款、第二款，其不承担赔\
            偿责任。",
                  "legalBasis": [
                    "REG_20",
                    "CIVIL_CODE_1195_2",
                    "CIVIL_CODE_1195_1"
                  ]
                },
                {
                  "step": "DUTIES_TOWARD_USER",
                  "reason": "NOTICE_NOT_FORWARDED",
                  "text": "网络服务提供者于2023年3月2日 09:00接到第1份通知后，未在服务默认的期限内（2023年3月3日 \
            09:00届满）将该通知转送相关网络用户（电子商务平台上为平台内经营者），至2023年3月5日 09:00仍未转送，已属明显\
            迟延，至今未转送；依据《民法典》第一千一百九十五条第二款，其违反了对网络用户的转送义务，但不影响其对权利人\
            承担的责任。",
                  "legalBasis": [
                    "CIVIL_CODE_1195_2"
                  ]
                },
                {
                  "step": "CONTESTED_QUESTIONS",
                  "reason": "PRESUMPTIVE_READING_CONTESTED",
                  "text": "上述结论系依举证责任分配对一项法律尚无定论之问题（转送通知或警示客户、乃至暂停客户服务是否为\
            该服务类型的必要措施，第1份通知）作出的推定（未违反采取必要措施的义务）；如该问题作相反认定，结论将为与网络\
            用户承担连带责任，适用通知规则（构成帮助侵权）（对损害的扩大部分承担连带责任）。",
                  "legalBasis": []
                }
              ],
              "decisionId": "665e9be4-a130-460d-ab3c-26801546c29b",
              "rulesetVersion": "3.0/effe14"
            }
            """;;

    private ClassificationExamples() {
    }
}
