package cn.netlaw.api.classification;

import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /api/v1/classifications/batch}: one result per item, in the order of the items. */
@Schema(name = "ClassificationBatchResults", description = """
        One result per item of the batch, in the order of the items: the classification of each valid item, the \
        problem of each invalid one.""")
public record ClassificationBatchResponse(
        @Schema(required = true, description = "The result of items[i] at results[i].")
        List<Item> results) {

    /** The result of one item: its classification (status 200) or its problem (status 400). */
    @Schema(name = "ClassificationBatchItem", description = """
            The result of one item. status 200: classification is what POST /api/v1/classifications answers for the \
            item (its own decisionId, the rulesetVersion, the explanation in the language of the batch's \
            Content-Language); status 400: problem is the problem+json body that POST /api/v1/classifications answers \
            for it, its errors' paths relative to the item (provider.role, not items[3].provider.role).""")
    @JsonPropertyOrder({"index", "status", "classification", "problem"})
    public record Item(
            @Schema(required = true, minimum = "0", description = "The position of the item in items, from 0.",
                    example = "0")
            int index,

            @Schema(required = true, enumeration = {"200", "400"}, description = """
                    200: the item was classified; 400: it is not a valid request (problem says why).""", example = "200")
            int status,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The classification of the item; present with status 200 only.")
            ClassificationResponse classification,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The problem of the item (type /problems/invalid-request); present with status 400 only.")
            Problem problem) {

        static Item of(int index, Classifier.Answer answer) {
            return switch (answer) {
                case Classifier.Classified classified -> new Item(index, 200, classified.response(), null);
                case Classifier.Refused refused -> new Item(index, refused.problem().status(), null, refused.problem());
            };
        }
    }
}
