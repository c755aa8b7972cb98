package cn.netlaw.api;

/**
 * The documented answers (OpenAPI response examples {@code en} and {@code zh}) to the request of decision-spec §4.1
 * ({@link ClassificationResource#NOTICE_HANDLED_IN_TIME}) at the evaluation clock of the scenarios
 * (2025-06-30T12:00:00+08:00), explained in English and in Chinese. {@code ExplanationResourceTest} checks that the
 * service gives these explanations; regenerate the examples when a template or the engine's findings change. (A
 * backslash at the end of a line continues the line: long texts are wrapped without changing them.)
 */
final class ClassificationExamples {

    /** {@code Accept-Language: en}. */
    static final String NOTICE_HANDLED_IN_TIME_EN = """
            {
              "regime": "CIVIL_CODE",
              "specialRegimes": [
                "NDR_REGULATION"
              ],
              "liability": "NONE",
              "rule": "SAFE_HARBOUR",
              "joint": false,
              "jointScope": "NONE",
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
                  "value": "NOTICE/HOST/COPYRIGHT: 24h"
                },
                {
                  "code": "TIMELINESS_DEADLINE",
                  "value": "noticeHistory[0]: 2022-04-03T01:00:00Z"
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
            (+08:00), after the Civil Code took effect on 1 January 2021; the case is decided under the tort \
            liability book of the Civil Code.",
                  "legalBasis": []
                },
                {
                  "step": "KNOWLEDGE",
                  "reason": "NO_KNOWLEDGE_SHOWN",
                  "text": "No fact reported shows that the provider knew or should have known of the infringement; \
            its knowledge is taken as none.",
                  "legalBasis": []
                },
                {
                  "step": "NOTICE_RULE",
                  "reason": "NOTICE_VALID",
                  "text": "Notice 1, received on 2 April 2022 09:00 (+08:00), is judged under the Civil Code, the \
            law in force on that date; it identifies the right holder, locates the content and carries the evidence \
            or reasons the law requires, in an accepted form, and is a valid notice (Civil Code Art. 1195(1)).",
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
            lateness is shown. The default is the service's choice, not law: courts weigh the form and accuracy of \
            the notice, the difficulty of the measure, the type and nature of the service, the type, popularity and \
            number of the works concerned, and the type and degree of the infringement. The provider is not liable \
            on that notice.",
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
            or suit is 15 days from the arrival of the forwarded counter-notice (where the E-Commerce Law applies, \
            the fifteen days it fixes; otherwise the reasonable period of the Civil Code, or of the SPC Reply for \
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
            on 19 April 2022 00:00 (+08:00) with no notice that the right holder had complained or sued; the \
            provider had to end the measure promptly, by 20 April 2022 00:00 (+08:00) by the service's default, but \
            has not ended it; keeping it breaches its duty toward the user.",
                  "legalBasis": []
                }
              ],
              "decisionId": "3f2b8c1e-5d4a-4e7b-9c61-2a8f0d9e7b15",
              "rulesetVersion": "2.3/63454d"
            }
            """;

    /** {@code Accept-Language: zh-CN}. */
    static final String NOTICE_HANDLED_IN_TIME_ZH = """
            {
              "regime": "CIVIL_CODE",
              "specialRegimes": [
                "NDR_REGULATION"
              ],
              "liability": "NONE",
              "rule": "SAFE_HARBOUR",
              "joint": false,
              "jointScope": "NONE",
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
                  "value": "NOTICE/HOST/COPYRIGHT: 24h"
                },
                {
                  "code": "TIMELINESS_DEADLINE",
                  "value": "noticeHistory[0]: 2022-04-03T01:00:00Z"
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
                  "text": "被诉行为始于2022年4月1日，持续至2022年4月2日 15:00，发生在《民法典》施\
            行（2021年1月1日）之后，本案适用《民法典》侵权责任编的规定。",
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
                  "text": "第1份通知于2022年4月2日 09:00送达，应依当时施行的《民法典》判断；该通知载明\
            了权利人的真实身份信息，能够准确定位涉案信息，附有法律要求的初步证据或理由，形式合法，依据《民法典》第一\
            千一百九十五条第一款，构成有效通知。",
                  "legalBasis": [
                    "CIVIL_CODE_1195_1"
                  ]
                },
                {
                  "step": "NOTICE_RULE",
                  "reason": "NOTICE_ACTED_ON_IN_TIME",
                  "text": "网络服务提供者于2022年4月2日 09:00接到第1份通知后，于2022年4月2日 1\
            5:00采取了必要措施。服务默认的合理期限于2022年4月3日 09:00届满，逾2022年4月5日 0\
            9:00仍未处理的即属明显迟延；在默认期限内处理的属于及时，在两者之间处理的，除非证明迟延，推定为及时。\
            该默认期限系本服务的设定而非法定期限，法律、司法解释未规定具体时限，是否及时由法院根据通知的形式和准确程\
            度、采取措施的难易程度、网络服务的类型和性质、所涉作品的类型、知名度和数量以及侵害权益的类型和程度等因素\
            综合判断。网络服务提供者不因该通知承担责任。",
                  "legalBasis": []
                },
                {
                  "step": "NO_LIABILITY",
                  "reason": "SAFE_HARBOUR_CONDITIONS_MET",
                  "text": "网络服务提供者（提供信息存储空间服务）符合《信息网络传播权保护条例》为该类服务规定的全部\
            免责条件；依据《信息网络传播权保护条例》第二十二条、《民法典》第一千一百九十五条第一款、第二款，其不承担\
            赔偿责任。",
                  "legalBasis": [
                    "REG_22",
                    "CIVIL_CODE_1195_2",
                    "CIVIL_CODE_1195_1"
                  ]
                },
                {
                  "step": "DUTIES_TOWARD_USER",
                  "reason": "COUNTER_NOTICE_PERIOD_END_COMPUTED",
                  "text": "针对第1份通知的声明转送权利人后，权利人告知已投诉或者起诉的期间为15日（适用《电子商务\
            法》的，为该法规定的十五日；其他情形为《民法典》或知识产权批复规定的合理期限，由本服务默认设定），自转送\
            的声明到达权利人时起算，至2022年4月19日 00:00届满；依据《民法典》第二百零一条、第二百零三条\
            ，开始的当日不计入，期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。",
                  "legalBasis": [
                    "CIVIL_CODE_201",
                    "CIVIL_CODE_203"
                  ]
                },
                {
                  "step": "DUTIES_TOWARD_USER",
                  "reason": "MEASURES_NOT_TERMINATED_AFTER_COUNTER_NOTICE",
                  "text": "针对第1份通知的声明转送权利人后，权利人投诉或者起诉的期间已于2022年4月19日 00\
            :00届满，其间未收到权利人已经投诉或者起诉的通知；网络服务提供者应当及时终止所采取的措施，按服务默认的\
            期限应于2022年4月20日 00:00前终止，却至今仍维持该措施；其违反了对网络用户的义务。",
                  "legalBasis": []
                }
              ],
              "decisionId": "3f2b8c1e-5d4a-4e7b-9c61-2a8f0d9e7b15",
              "rulesetVersion": "2.3/63454d"
            }
            """;

    private ClassificationExamples() {
    }
}
