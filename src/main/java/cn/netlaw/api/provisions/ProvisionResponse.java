package cn.netlaw.api.provisions;

import cn.netlaw.api.explanation.Citations;
import cn.netlaw.api.explanation.Language;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One provision of the catalogue as {@code GET /api/v1/provisions} serves it. Every property is always present. */
@Schema(name = "CataloguedProvision", description = """
        A provision of the catalogue (law/provisions.yaml): the legal-basis ids of every classification are ids of \
        these entries.""")
@JsonPropertyOrder({"id", "instrument", "article", "paragraph", "effectiveFrom", "effectiveTo", "textZh", "textEn",
    "verified", "citation"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProvisionResponse(
        @Schema(required = true, description = """
                The legal-basis id, INSTRUMENT_ARTICLE[_PARAGRAPH][_VERSION], as cited in legalBasis.""",
                example = "CIVIL_CODE_1195_2")
        String id,

        @Schema(required = true, description = "The instrument the provision belongs to.")
        Instrument instrument,

        @Schema(required = true, description = "The article number.", example = "1195")
        int article,

        @Schema(nullable = true, required = true, description = "The paragraph (款) number; null when the whole article "
                + "is meant.", example = "2")
        Integer paragraph,

        @Schema(type = SchemaType.STRING, format = "date", required = true,
                description = "First day the text applied.", example = "2021-01-01")
        String effectiveFrom,

        @Schema(type = SchemaType.STRING, format = "date", nullable = true, required = true,
                description = "Last day the text applied (inclusive); null while it is in force.")
        String effectiveTo,

        @Schema(nullable = true, required = true, description = """
                The Chinese text; null where no source text was seen (see verified).""",
                example = "网络服务提供者接到通知后，应当及时将该通知转送相关网络用户，并根据构成侵权的初步证据和服务类型采取必要措施；"
                        + "未及时采取必要措施的，对损害的扩大部分与该网络用户承担连带责任。")
        String textZh,

        @Schema(required = true, description = """
                A working English rendering by the catalogue's compiler, not an official translation.""")
        String textEn,

        @Schema(required = true, description = """
                true: the Chinese text was copied from a source; false: typed from recollection or paraphrased, to be \
                checked against an official text before relying on it.""")
        boolean verified,

        @Schema(required = true, description = "How the provision is cited in the explanation texts.")
        Citation citation) {

    /** The instrument, in both languages, with the key that {@code ?instrument=} filters by. */
    @Schema(name = "Instrument", description = "A statute, regulation or judicial interpretation.")
    @JsonPropertyOrder({"key", "zh", "en"})
    public record Instrument(
            @Schema(required = true, description = """
                    The instrument part of the ids, e.g. CIVIL_CODE, SPC_NDR, SPC_PR_2020; the value of the instrument \
                    filter.""", example = "CIVIL_CODE")
            String key,

            @Schema(required = true, description = "The Chinese title.", example = "中华人民共和国民法典")
            String zh,

            @Schema(required = true, description = "The English title.",
                    example = "Civil Code of the People's Republic of China")
            String en) {
    }

    /** The provision as the explanation texts cite it. */
    @Schema(name = "Citation", description = "The provision cited as lawyers write it, in both languages.")
    @JsonPropertyOrder({"zh", "en"})
    public record Citation(
            @Schema(required = true, example = "《民法典》第一千一百九十五条第二款")
            String zh,

            @Schema(required = true, example = "Civil Code Art. 1195(2)")
            String en) {
    }

    /** The answer of {@code GET /api/v1/provisions}. */
    @Schema(name = "ProvisionList", description = "The provisions that match the filters, in the catalogue's order.")
    public record Listing(
            @Schema(required = true, description = "The provisions; empty when none matches.")
            List<ProvisionResponse> provisions) {
    }

    static ProvisionResponse of(ProvisionCatalogue.Entry entry, Citations citations) {
        return new ProvisionResponse(entry.id(),
                new Instrument(entry.instrumentKey(), entry.instrument().zh(), entry.instrument().en()),
                entry.article(), entry.paragraph(), entry.effectiveFrom().toString(),
                entry.effectiveTo() == null ? null : entry.effectiveTo().toString(), entry.textZh(), entry.textEn(),
                entry.verified(),
                new Citation(citations.cite(entry, Language.CHINESE), citations.cite(entry, Language.ENGLISH)));
    }
}
