package cn.netlaw.api.explanation;

/**
 * Whole numbers in Chinese numerals as statutes number their articles and paragraphs (第一千一百九十五条第二款): 十 for
 * 10–19 at the head of the number (十五, not 一十五), 一十 inside it (一百一十), one 零 for any run of missing places
 * (一百零一, 一千零一十), and no trailing 零 (一千). Numbers of 10,000 and more are grouped by 万.
 */
final class ChineseNumerals {

    private static final char[] DIGITS = {'零', '一', '二', '三', '四', '五', '六', '七', '八', '九'};
    private static final char[] PLACES = {0, '十', '百', '千'};

    private ChineseNumerals() {
    }

    /** The number in Chinese numerals, e.g. 1195 → 一千一百九十五, 10 → 十, 101 → 一百零一. */
    static String of(int number) {
        if (number < 0 || number > 99_999_999) {
            throw new IllegalArgumentException("out of range for an article number: " + number);
        }
        if (number == 0) {
            return "零";
        }
        String text;
        if (number >= 10_000) {
            int high = number / 10_000;
            int low = number % 10_000;
            text = group(high) + "万" + (low == 0 ? "" : (low < 1000 ? "零" : "") + group(low));
        } else {
            text = group(number);
        }
        // 一十… at the head reads 十… (十五, 十万); inside a number the 一 stays (一百一十).
        return text.startsWith("一十") ? text.substring(1) : text;
    }

    /** 1–9999: the digits with their places, one 零 for a gap, none at the end. */
    private static String group(int number) {
        StringBuilder text = new StringBuilder();
        boolean gap = false;
        for (int place = 3; place >= 0; place--) {
            int digit = number / (int) Math.pow(10, place) % 10;
            if (digit == 0) {
                gap = text.length() > 0;
                continue;
            }
            if (gap) {
                text.append('零');
                gap = false;
            }
            text.append(DIGITS[digit]);
            if (place > 0) {
                text.append(PLACES[place]);
            }
        }
        return text.toString();
    }
}
