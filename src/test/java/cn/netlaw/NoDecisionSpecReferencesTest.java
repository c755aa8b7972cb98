package cn.netlaw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The repository explains itself: nothing refers a reader to the specification the service was first built from, a
 * document that is not in the repository, except the history notes below. Its sections are cited as
 * {@code docs/<page>.md#<anchor>} instead ({@link DocsDriftTest} checks that each such anchor exists). A section sign
 * is allowed only in an RFC reference ({@code RFC 9110 §12.5.1}).
 */
class NoDecisionSpecReferencesTest {

    /**
     * History notes, which may name the specification: where a scenario came from, and how it was judged when it was
     * written. Each must still exist and still need the exception.
     */
    static final Map<String, String> HISTORY_NOTES = Map.of(
            "src/test/resources/scenarios/cases-public.json",
            "the public scenarios, copied unchanged from the law package; their rationales cite its sections",
            "src/test/resources/scenarios/scenario-deviations.md",
            "the record of where the engine had to read the specification, and of the own scenarios' re-derivation");

    /** The name, split so that this file does not match it. */
    private static final String NAME = "decision" + "-spec";
    /** A section sign not preceded by an RFC number. */
    private static final Pattern SECTION = Pattern.compile("(?<!RFC \\d{4} )\u00a7");

    @Test
    void only_history_notes_name_the_specification() {
        List<String> found = new ArrayList<>();
        RepositoryFiles.texts().forEach((path, text) -> {
            if (HISTORY_NOTES.containsKey(path)) {
                return;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].toLowerCase(Locale.ROOT).contains(NAME)) {
                    found.add(path + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        });
        assertThat(found).as("""
                references to the specification outside the history notes; cite the section of docs/ instead \
                (docs/procedure.md#step-9, docs/request.md#validation, ...)""").isEmpty();
    }

    @Test
    void every_section_sign_is_an_rfc_reference() {
        List<String> found = new ArrayList<>();
        RepositoryFiles.texts().forEach((path, text) -> {
            if (HISTORY_NOTES.containsKey(path)) {
                return;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher sign = SECTION.matcher(lines[i]);
                if (sign.find()) {
                    found.add(path + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        });
        assertThat(found).as("""
                section signs that are not RFC references (they pointed into the specification): cite the section of \
                docs/ instead""").isEmpty();
    }

    @Test
    void every_history_note_still_needs_its_exception() {
        Map<String, String> texts = RepositoryFiles.texts();
        HISTORY_NOTES.forEach((path, why) -> {
            assertThat(texts).as("the history note %s (%s) exists", path, why).containsKey(path);
            String text = texts.get(path);
            assertThat(text.toLowerCase(Locale.ROOT).contains(NAME) || SECTION.matcher(text).find())
                    .as("%s no longer names the specification: remove it from HISTORY_NOTES", path).isTrue();
        });
    }
}
