package cn.netlaw.api;

import cn.netlaw.api.classification.ContractExamples;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documented answers of the contract in the form they are kept in under
 * {@code src/main/resources/openapi-examples/}: JSON pretty-printed with two spaces, an English answer whole, a
 * translation as its texts only ({@link ContractExamples#texts}). When a live answer no longer matches its example,
 * {@link #regenerate} writes the file of the live answer under {@code target/documented-answers/}, at the path it has
 * under {@code openapi-examples/}, to be copied over it.
 */
final class DocumentedAnswers {

    private static final Path DIRECTORY = Path.of("target", "documented-answers");
    private static final ObjectWriter PRETTY = new ObjectMapper().writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private DocumentedAnswers() {
    }

    /** The text of an example file holding {@code json}. */
    static String file(JsonNode json) {
        try {
            return PRETTY.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the file of a live answer, for the response example {@code answer}, under
     * {@code target/documented-answers/}, and returns its path: the answer whole, or the texts of a translation.
     */
    static Path regenerate(ContractExamples.Entry answer, JsonNode live) {
        try {
            String name = answer.texts() != null ? answer.texts() : answer.file();
            Path file = DIRECTORY.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, file(answer.texts() != null ? ContractExamples.texts(live) : live));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
