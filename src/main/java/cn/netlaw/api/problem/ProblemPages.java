package cn.netlaw.api.problem;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages that problem {@code type} URIs resolve to ({@code /problems/<name>}, listed in /docs/problems.md): one
 * Markdown file per type under {@code src/main/resources/problems/}, saying what the problem means and how to fix the
 * request. The family {@code /problems/http-<status>} (any 4xx the service has no name for) shares the template
 * {@code http-status.md}, its {@code {status}} and {@code {reason}} filled in.
 *
 * <p>The files are written in a small subset of Markdown, which {@link #html} renders: a {@code #} title, {@code ##}
 * headings, paragraphs, {@code -} and {@code 1.} lists (continuation lines indented), and inline {@code `code`}.
 * Everything else is text, escaped. A page is read from the class path on first use and kept.
 */
@Singleton
public class ProblemPages {

    /** A page name: lower-case words joined by hyphens; nothing that could leave the directory. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+){0,5}");
    private static final Pattern HTTP_STATUS = Pattern.compile("http-(4\\d\\d)");
    /** The template of the {@code http-<status>} family, not a page of its own. */
    static final String HTTP_STATUS_TEMPLATE = "http-status";
    private static final String DIRECTORY = "problems/";

    private static final Pattern ORDERED = Pattern.compile("(\\d+)\\. (.*)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** A page: its title (the text of its {@code #} line) and its Markdown. */
    public record Page(String title, String markdown) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    /** The page of a problem type's name ({@code invalid-request}, {@code http-400}), or empty when there is none. */
    public Optional<Page> find(String name) {
        if (name == null || name.length() > 64 || !NAME.matcher(name).matches()
                || name.equals(HTTP_STATUS_TEMPLATE)) {
            return Optional.empty();
        }
        Matcher status = HTTP_STATUS.matcher(name);
        if (status.matches()) {
            return template(HTTP_STATUS_TEMPLATE).map(page -> fill(page, Integer.parseInt(status.group(1))));
        }
        if (name.startsWith("http-")) {
            return Optional.empty();
        }
        return template(name);
    }

    private Optional<Page> template(String name) {
        Page known = pages.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Page> read = read(name);
        read.ifPresent(page -> pages.put(name, page));
        return read;
    }

    private static Optional<Page> read(String name) {
        try (InputStream in = ProblemPages.class.getClassLoader().getResourceAsStream(DIRECTORY + name + ".md")) {
            if (in == null) {
                return Optional.empty();
            }
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(new Page(title(markdown, name), markdown));
        } catch (IOException e) {
            throw new UncheckedIOException("the problem page " + name + " cannot be read", e);
        }
    }

    private static Page fill(Page template, int status) {
        String reason = reasonPhrase(status);
        return new Page(template.title().replace("{status}", Integer.toString(status)),
                template.markdown().replace("{status}", Integer.toString(status)).replace("{reason}", reason));
    }

    /** The reason phrase of a 4xx status, or "Client Error" for one without a registered phrase. */
    static String reasonPhrase(int status) {
        jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        return known == null ? "Client Error" : known.getReasonPhrase();
    }

    private static String title(String markdown, String name) {
        for (String line : markdown.split("\n")) {
            if (line.startsWith("# ")) {
                return line.substring(2).strip();
            }
        }
        throw new IllegalStateException("the problem page " + name + " has no title line (# ...)");
    }

    /** The page as a complete HTML document (UTF-8, no script, no style, nothing loaded from elsewhere). */
    public static String html(Page page) {
        StringBuilder out = new StringBuilder(page.markdown().length() * 2);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(page.title())).append(" · nsp-liability problem</title>\n</head>\n<body>\n<main>\n");
        body(page.markdown(), out);
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** The blocks of the Markdown subset: headings, paragraphs and lists, each item's continuation lines joined. */
    private static void body(String markdown, StringBuilder out) {
        Blocks blocks = new Blocks(out);
        for (String raw : markdown.split("\n", -1)) {
            String line = raw.stripTrailing();
            Matcher ordered = ORDERED.matcher(line);
            if (line.isEmpty()) {
                blocks.end();
            } else if (line.startsWith("# ") || line.startsWith("## ")) {
                blocks.end();
                String tag = line.startsWith("# ") ? "h1" : "h2";
                out.append('<').append(tag).append('>').append(inline(line.substring(line.indexOf(' ') + 1)))
                        .append("</").append(tag).append(">\n");
            } else if (line.startsWith("- ")) {
                blocks.item("ul", line.substring(2));
            } else if (ordered.matches()) {
                blocks.item("ol", ordered.group(2));
            } else if (Character.isWhitespace(line.charAt(0)) && blocks.inList()) {
                blocks.text(line.strip());
            } else {
                if (blocks.inList()) {
                    blocks.end();
                }
                blocks.text(line.strip());
            }
        }
        blocks.end();
    }

    /** The block being written: the lines of a paragraph or of a list item, and the list it is in, if any. */
    private static final class Blocks {
        private final StringBuilder out;
        private final List<String> lines = new ArrayList<>();
        private String list;

        Blocks(StringBuilder out) {
            this.out = out;
        }

        boolean inList() {
            return list != null;
        }

        void text(String line) {
            lines.add(line);
        }

        /** Starts an item of a list of the given kind ({@code ul}, {@code ol}), opening the list if needed. */
        void item(String kind, String first) {
            flush();
            if (!kind.equals(list)) {
                closeList();
                list = kind;
                out.append('<').append(kind).append(">\n");
            }
            lines.add(first);
        }

        /** Ends the paragraph or the list. */
        void end() {
            flush();
            closeList();
        }

        private void flush() {
            if (lines.isEmpty()) {
                return;
            }
            String tag = list == null ? "p" : "li";
            out.append('<').append(tag).append('>').append(inline(String.join(" ", lines))).append("</").append(tag)
                    .append(">\n");
            lines.clear();
        }

        private void closeList() {
            if (list != null) {
                out.append("</").append(list).append(">\n");
                list = null;
            }
        }
    }

    /** Inline code spans; all other text escaped. */
    private static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher code = CODE.matcher(text);
        int at = 0;
        while (code.find()) {
            out.append(escape(text.substring(at, code.start()))).append("<code>").append(escape(code.group(1)))
                    .append("</code>");
            at = code.end();
        }
        return out.append(escape(text.substring(at))).toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
