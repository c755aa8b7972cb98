package cn.netlaw.api.classification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/classifications/batch}, as the contract shows it. The service does not bind it:
 * {@link BatchReader} reads the envelope and hands each item, as the bytes it was sent in, to the same reading as a
 * single request, so that a fault of one item fails that item only.
 */
@Schema(name = "ClassificationBatch", additionalProperties = Schema.False.class, description = """
        Cases to classify in one request: a JSON object with exactly the property items. Each item is read and \
        classified on its own, as POST /api/v1/classifications would: an item that is not a valid request fails alone \
        (its result has status 400 and its problem), and the others are classified.""")
public record ClassificationBatchRequest(
        @Schema(required = true, maxItems = 1000, description = """
                The requests, each in the shape of ClassificationRequest (docs/request.md). At most \
                liability.limits.max-batch-items (default 1000) items; more is a 413. An empty array is answered with \
                empty results.""")
        List<ClassificationRequest> items) {
}
