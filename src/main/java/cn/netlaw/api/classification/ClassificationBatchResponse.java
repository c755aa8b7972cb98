package cn.netlaw.api.classification;

import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of {@code POST /api/v1/classifications/batch}: one result per item, in the order of the items. The
 * contract's schema of it; the service writes it as its items are made ({@link ClassificationWriter}), to the bytes
 * these records serialise to.
 */
@Schema(name = "ClassificationBatchResults", description = """
        One result per item of the batch, in the order of the items: the classification of each valid item, the \
        problem of each invalid one.""")
public record ClassificationBatchResponse(
        @Schema(required = true, description = "The result of items[i] at results[i].")
        List<Item> results) {

    /**
     * The result of one item: its classification (status 200) or its problem (status 400), two shapes the contract
     * declares as {@code oneOf}, so that a client (or a validating proxy) knows which fields a status brings.
     */
    @Schema(name = "ClassificationBatchItem", type = SchemaType.OBJECT, oneOf = {Item.Classified.class,
            Item.Refused.class}, description = """
            The result of one item, one of two shapes. status 200 (ClassifiedBatchItem): classification is what \
            POST /api/v1/classifications answers for the item (its own decisionId, the rulesetVersion, the \
            explanation in the language of the batch's Content-Language); status 400 (RefusedBatchItem): problem is \
            the problem+json body that POST /api/v1/classifications answers for it, its errors' paths relative to \
            the item (provider.role, not items[3].provider.role).""")
    public sealed interface Item permits Item.Classified, Item.Refused {

        /** The position of the item in the batch, from 0. */
        int index();

        /** 200 or 400, as the item alone would have been answered. */
        int status();

        /** An item that was classified. */
        @Schema(name = "ClassifiedBatchItem", description = "An item that was classified (status 200).")
        @JsonPropertyOrder({"index", "status", "classification"})
        record Classified(
                @Schema(required = true, minimum = "0", description = "The position of the item in items, from 0.",
                        example = "0")
                int index,

                @Schema(required = true, description = "The classification of the item.")
                ClassificationResponse classification) implements Item {

            @Override
            @JsonProperty("status")
            @Schema(required = true, enumeration = "200", description = "200: the item was classified.",
                    example = "200")
            public int status() {
                return 200;
            }
        }

        /** An item that is not a valid request. */
        @Schema(name = "RefusedBatchItem", description = "An item that is not a valid request (status 400).")
        @JsonPropertyOrder({"index", "status", "problem"})
        record Refused(
                @Schema(required = true, minimum = "0", description = "The position of the item in items, from 0.",
                        example = "3")
                int index,

                @Schema(required = true, description = "The problem of the item (type /problems/invalid-request).")
                Problem problem) implements Item {

            @Override
            @JsonProperty("status")
            @Schema(required = true, enumeration = "400", description = """
                    400: the item is not a valid request (problem says why).""", example = "400")
            public int status() {
                return problem.status();
            }
        }
    }
}
