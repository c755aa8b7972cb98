package cn.netlaw.api.explanation;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The languages the explanations are written in, and their negotiation from {@code Accept-Language} (RFC 9110 §12.5.4).
 * Any range whose primary subtag is {@code zh} (zh, zh-CN, zh-Hans-CN, zh-TW…) asks for Chinese, written in simplified
 * characters and answered as {@code zh-CN}; a range with primary subtag {@code en} asks for English; {@code *} stands
 * for every language not named. The language with the highest q-value wins, the earlier range on a tie; {@code q=0}
 * excludes a language. When neither language is acceptable, or the header is absent or malformed (a bad tag or q-value
 * anywhere in it), the answer is English: language negotiation never fails a request.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE);

    /** The bundles of the explanation texts: {@code messages/explanations_en.properties}, {@code …_zh.properties}. */
    static final String BUNDLE = "messages.explanations";

    /**
     * Headers longer than this are not read (English): a real Accept-Language is a few dozen characters, and the
     * negotiation must stay cheap whatever a client sends.
     */
    static final int MAX_HEADER = 1024;
    /** A q-value of RFC 9110 §12.4.2: 0 or 1 with up to three decimals (1 only with zeros). */
    private static final Pattern WEIGHT = Pattern.compile("[qQ]=(0(\\.\\d{0,3})?|1(\\.0{0,3})?)");

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The tag sent as {@code Content-Language}: {@code en} or {@code zh-CN}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The message bundle of this language (UTF-8, without fallback to another language). */
    ResourceBundle messages() {
        return ResourceBundle.getBundle(BUNDLE, locale, Language.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language of the answer for an {@code Accept-Language} header ({@code null} when absent). */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER) {
            return ENGLISH;
        }
        Weight chinese = Weight.UNNAMED;
        Weight english = Weight.UNNAMED;
        Weight any = Weight.UNNAMED;
        String[] ranges = acceptLanguage.split(",", -1);
        for (int position = 0; position < ranges.length; position++) {
            String[] parts = ranges[position].split(";", -1);
            String range = parts[0].strip();
            if (range.isEmpty() && parts.length == 1) {
                continue; // RFC 9110 §5.6.1: empty list elements are ignored
            }
            if (!isRange(range) || parts.length > 2) {
                return ENGLISH;
            }
            double q = 1.0;
            if (parts.length == 2) {
                String weight = parts[1].strip();
                if (!WEIGHT.matcher(weight).matches()) {
                    return ENGLISH;
                }
                q = Double.parseDouble(weight.substring(2));
            }
            String primary = range.split("-", 2)[0].toLowerCase(Locale.ROOT);
            Weight found = new Weight(q, position);
            switch (primary) {
                case "zh" -> chinese = chinese.orHigher(found);
                case "en" -> english = english.orHigher(found);
                case "*" -> any = any.orHigher(found);
                default -> {
                }
            }
        }
        chinese = chinese.named() ? chinese : any;
        english = english.named() ? english : any;
        if (chinese.q() > 0 && (chinese.q() > english.q()
                || (chinese.q() == english.q() && chinese.position() < english.position()))) {
            return CHINESE;
        }
        return ENGLISH;
    }

    /**
     * A language range of RFC 4647 §2.1: {@code *}, or 1–8 letters followed by subtags of 1–8 letters or digits;
     * checked in one pass (a regular expression with a repeated group recursed once per subtag and overflowed the
     * stack on a header of a few kilobytes).
     */
    static boolean isRange(String range) {
        if (range.equals("*")) {
            return true;
        }
        int length = 0;
        boolean first = true;
        for (int i = 0; i < range.length(); i++) {
            char c = range.charAt(i);
            if (c == '-') {
                if (length == 0) {
                    return false;
                }
                first = false;
                length = 0;
            } else if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (!first && c >= '0' && c <= '9')) {
                if (++length > 8) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return length > 0;
    }

    /** The q-value given to a language and the position of the range that gave it; {@link #UNNAMED}: none did. */
    private record Weight(double q, int position) {
        static final Weight UNNAMED = new Weight(0, Integer.MAX_VALUE);

        boolean named() {
            return position != Integer.MAX_VALUE;
        }

        /** The more preferred of two ranges for the same language: the higher q, the earlier on a tie. */
        Weight orHigher(Weight other) {
            return !named() || other.q > q ? other : this;
        }
    }
}
