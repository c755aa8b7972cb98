package cn.netlaw.liability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Statutory dates and the rendering of instants at +08:00 (docs/request.md#dates). */
final class Instants {

    /** 法发〔2010〕23号 Art 1: the Tort Liability Law applies to damage from 2010-07-01. */
    static final Instant TORT_LIABILITY_LAW_IN_FORCE = Moment.startOfDay(LocalDate.of(2010, 7, 1));
    /** Civil Code in force (民法典第一千二百六十条). */
    static final Instant CIVIL_CODE_IN_FORCE = Moment.startOfDay(LocalDate.of(2021, 1, 1));
    /** E-Commerce Law in force. */
    static final Instant E_COMMERCE_LAW_IN_FORCE = Moment.startOfDay(LocalDate.of(2019, 1, 1));
    /** SPC Reply on network IP disputes (法释〔2020〕9号) in force. */
    static final Instant SPC_REPLY_IN_FORCE = Moment.startOfDay(LocalDate.of(2020, 9, 14));
    /** SPC network-dissemination-right provisions (法释〔2012〕20号) in force. */
    static final Instant SPC_NDR_IN_FORCE = Moment.startOfDay(LocalDate.of(2013, 1, 1));
    /** SPC personal-rights provisions (法释〔2014〕11号) in force. */
    static final Instant SPC_PR_2014_IN_FORCE = Moment.startOfDay(LocalDate.of(2014, 10, 10));
    /** General Provisions of the Civil Law in force (its Arts 201, 203 on periods). */
    static final Instant GENERAL_PROVISIONS_IN_FORCE = Moment.startOfDay(LocalDate.of(2017, 10, 1));
    /** Legislation Law 2015 amendment (Art 88) in force. */
    static final Instant LEGISLATION_LAW_2015_IN_FORCE = Moment.startOfDay(LocalDate.of(2015, 3, 15));
    /** Legislation Law 2023 amendment (Art 99) in force. */
    static final Instant LEGISLATION_LAW_2023_IN_FORCE = Moment.startOfDay(LocalDate.of(2023, 3, 15));

    private static final DateTimeFormatter RENDER = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final char[] OFFSET = {'+', '0', '8', ':', '0', '0'};

    private Instants() {
    }

    /**
     * ISO-8601 at +08:00 to the whole second, never with a fraction: an instant computed with one (a deadline from a
     * fractional bound, a request timestamp with one) is written cut down to its second, so that every instant of an
     * answer has the same form (docs/result.md#general). Written without the formatter's allocations.
     */
    static String render(Instant instant) {
        long local = instant.getEpochSecond() + 8 * 3600L;
        long epochDay = Math.floorDiv(local, 86_400L);
        int secondOfDay = (int) Math.floorMod(local, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(Moment.CHINA).format(RENDER);
        }
        char[] out = new char[35];
        int n = 0;
        n = digits(out, n, year, 4);
        out[n++] = '-';
        n = digits(out, n, date.getMonthValue(), 2);
        out[n++] = '-';
        n = digits(out, n, date.getDayOfMonth(), 2);
        out[n++] = 'T';
        n = digits(out, n, secondOfDay / 3600, 2);
        out[n++] = ':';
        n = digits(out, n, secondOfDay / 60 % 60, 2);
        out[n++] = ':';
        n = digits(out, n, secondOfDay % 60, 2);
        // a fraction of a second is never written: every instant of an answer has the same form
        for (char c : OFFSET) {
            out[n++] = c;
        }
        return new String(out, 0, n);
    }

    private static int digits(char[] out, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    static Instant min(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    static Instant max(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
