package cn.netlaw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The text files of the repository, read from the project directory (the tests' working directory): every file that
 * is UTF-8 text, outside what the build or the tools write ({@code target/}, {@code .git/}, {@code node_modules/}).
 */
final class RepositoryFiles {

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules", ".idea", ".vscode");
    private static final long MAX_SIZE = 4L << 20;

    private RepositoryFiles() {
    }

    /** Every text file, by its path relative to the project directory (with {@code /}), with its content. */
    static Map<String, String> texts() {
        Path root = Path.of("");
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root.toAbsolutePath())) {
            paths.filter(Files::isRegularFile)
                    .filter(path -> root.toAbsolutePath().relativize(path).getNameCount() > 0)
                    .filter(path -> !skipped(root.toAbsolutePath().relativize(path)))
                    .sorted()
                    .forEach(path -> read(path).ifPresent(text -> texts.put(
                            root.toAbsolutePath().relativize(path).toString().replace('\\', '/'), text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!texts.containsKey("README.md") || !texts.containsKey("pom.xml")) {
            throw new IllegalStateException("the tests must run in the project directory: " + root.toAbsolutePath());
        }
        return texts;
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<String> read(Path path) {
        try {
            if (Files.size(path) > MAX_SIZE) {
                return java.util.Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            for (byte b : bytes) {
                if (b == 0) {
                    return java.util.Optional.empty();
                }
            }
            return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
