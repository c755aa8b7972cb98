package cn.netlaw.api.explanation;

import cn.netlaw.liability.Provision;
import cn.netlaw.liability.Reason;
import cn.netlaw.liability.Step;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One finding of the procedure, as a sentence in the negotiated language. */
@Schema(name = "ExplanationStep", description = """
        One finding of the decision procedure: the step that made it, why, in words a lawyer reads, and the \
        provisions it rests on.""")
@JsonPropertyOrder({"step", "reason", "text", "legalBasis"})
public record ExplanationEntry(
        @Schema(required = true, description = """
                The step of the procedure (docs/procedure.md#steps): NORMALISATION (Step 0), REGIME (1), \
                PAID_DELETION (2), NO_PRIMARY_INFRINGEMENT (3), DIRECT_INFRINGEMENT (4), INSTIGATION (5), \
                KNOWLEDGE (6), CONDUIT_HARBOUR (7), KNOWLEDGE_RULE (8), NOTICE_RULE (9), NO_LIABILITY (10), \
                DUTIES_TOWARD_USER (11), FINALLY (transitional articles, limitation reminder), \
                CONTESTED_QUESTIONS (12: the open questions and the exploration).""", example = "NOTICE_RULE")
        Step step,

        @Schema(required = true, description = """
                The reason code of the finding (docs/vocabulary.md#reasons): every finding has one, and the same \
                code always has the same template.""",
                example = "LIABLE_FOR_ENLARGED_DAMAGE")
        Reason reason,

        @Schema(required = true, description = """
                The finding as a sentence of a legal memo: the facts (instants at +08:00, notices by their number \
                counted from 1), the rule, the articles as lawyers cite them (《民法典》第一千一百九十五条第二款 / Civil \
                Code Art. 1195(2)), and what follows.""",
                example = "网络服务提供者接到有效通知后未及时采取必要措施，构成帮助侵权，依据《民法典》第一千一百九十五条第一款、"
                        + "第二款，应当对自2022年4月4日 09:00起至2022年4月8日 09:00止的损害扩大部分与该网络用户（电子商务平台上为"
                        + "平台内经营者）承担连带责任（责任期间共1段）。")
        String text,

        @Schema(required = true, description = """
                The provisions this finding cites, ids of the provisions catalogue (GET /api/v1/provisions/{id}); \
                may be empty for a finding of fact.""", example = "[\"CIVIL_CODE_1195_2\"]")
        List<Provision> legalBasis) {
}
