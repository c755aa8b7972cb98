package cn.netlaw.liability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Statutory dates and the rendering of instants at +08:00 (§4.3). */
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

    private Instants() {
    }

    static String render(Instant instant) {
        return instant.atOffset(Moment.CHINA).format(RENDER);
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
