package cn.netlaw.api.timeline;

import cn.netlaw.api.Language;
import cn.netlaw.liability.Moment;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The legend and labels of the picture in one language: {@code messages/timeline.properties} (English) and
 * {@code messages/timeline_zh.properties} (Chinese), beside the explanation texts; instants written at +08:00 in the
 * language's own form. {@code {name}} in a text is replaced by the value given for it.
 */
final class PictureTexts {

    static final String BUNDLE = "messages.timeline";

    private static final Map<Language, PictureTexts> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new PictureTexts(language));
        }
    }

    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter instant;

    private PictureTexts(Language language) {
        Locale locale = language == Language.CHINESE ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, PictureTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Locale formats = language == Language.CHINESE ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        this.date = DateTimeFormatter.ofPattern(bundle.getString("format.date"), formats).withZone(Moment.CHINA);
        this.instant = DateTimeFormatter.ofPattern(bundle.getString("format.instant"), formats)
                .withZone(Moment.CHINA);
    }

    static PictureTexts of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** The text under {@code key}, each {@code {name}} replaced by the value that follows the name. */
    String text(String key, Object... values) {
        String text = bundle.getString(key);
        for (int i = 0; i + 1 < values.length; i += 2) {
            Object value = values[i + 1];
            String written = value instanceof Instant at ? instant(at) : String.valueOf(value);
            text = text.replace("{" + values[i] + "}", written);
        }
        return text;
    }

    String date(Instant at) {
        return date.format(at);
    }

    /** An instant to the minute at +08:00. */
    String instant(Instant at) {
        return instant.format(at);
    }
}
