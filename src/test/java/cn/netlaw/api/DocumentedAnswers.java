package cn.netlaw.api;

import cn.netlaw.api.classification.ClassificationBatchExamples;
import cn.netlaw.api.classification.ClassificationExamples;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The documented answers of the contract (the response examples of {@link ClassificationExamples} and
 * {@link ClassificationBatchExamples}) in the form they are kept in: the body of a Java text block, pretty-printed with
 * two spaces, a long string continued over lines with a backslash at the end of each (so the text is unchanged), no
 * line wider than {@value #WIDTH} columns (a Chinese character counts two). When a live answer no longer matches its
 * example, {@link #regenerate} writes the text block of the live answer under {@code target/documented-answers/}, to be
 * pasted over the constant.
 */
final class DocumentedAnswers {

    static final int WIDTH = 120;
    private static final String INDENT = " ".repeat(12);
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

    /** The Java source of a text block holding {@code json}, from its opening to its closing delimiter. */
    static String textBlock(JsonNode json) {
        String pretty;
        try {
            pretty = PRETTY.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder out = new StringBuilder("\"\"\"\n");
        for (String line : pretty.split("\n")) {
            for (String part : wrap(line.replace("\\", "\\\\"))) {
                out.append(INDENT).append(part).append('\n');
            }
        }
        return out.append(INDENT).append("\"\"\"").toString();
    }

    /**
     * Writes the text block of a live answer as {@code target/documented-answers/<constant>.txt} and returns the path.
     */
    static Path regenerate(String constant, JsonNode live) {
        try {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(constant + ".txt");
            Files.writeString(file, textBlock(live) + ";\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A line of the text block, cut into parts that each end with a backslash (except the last) and fit the width: an
     * English text after a space, a Chinese one between characters, never inside an escape.
     */
    private static List<String> wrap(String line) {
        List<String> parts = new ArrayList<>();
        String rest = line;
        int indent = INDENT.length();
        // On the first part only what follows the opening quote of a string value may be cut.
        int valueStart = line.indexOf("\": \"") + 4;
        while (width(rest) + indent > WIDTH) {
            int cut = cut(rest, WIDTH - indent - 1, parts.isEmpty() ? valueStart : 0);
            if (cut <= 0) {
                break;
            }
            parts.add(rest.substring(0, cut) + "\\");
            rest = rest.substring(cut);
        }
        parts.add(rest);
        return parts;
    }

    /**
     * Where to cut {@code text} so that its first part is at most {@code room} columns wide, at or after {@code from}:
     * after the last space or wide character that fits; 0 when nowhere.
     */
    private static int cut(String text, int room, int from) {
        int columns = 0;
        int last = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            columns += wide(c) ? 2 : 1;
            if (columns > room) {
                return last;
            }
            if (i >= from && (c == ' ' || wide(c))) {
                last = i + 1;
            }
        }
        return 0;
    }

    private static int width(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            columns += wide(text.charAt(i)) ? 2 : 1;
        }
        return columns;
    }

    private static boolean wide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }
}
