package cn.netlaw.api.explanation;

import cn.netlaw.api.provisions.ProvisionCatalogue;
import cn.netlaw.liability.Provision;
import cn.netlaw.liability.Regime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Provisions named as lawyers cite them, built from the catalogue's instrument, article and paragraph.
 *
 * <p>Chinese: the instrument's title in 《》 without the leading 中华人民共和国 (《民法典》, 《信息网络传播权保护条例》; judicial
 * interpretations by their full titles, a title inside a title in 〈〉), then the catalogue's trailing parenthesis
 * (edition or document number, e.g. （2020年修正）, （法释〔2020〕9号）) or, for an id of an earlier text, its year
 * （2012年）, then 第…条第…款 in Chinese numerals: 《民法典》第一千一百九十五条第二款. Several provisions of one instrument
 * share its title and are listed in article order, a repeated article written once: 《民法典》第一千一百九十五条第一款、第二款、
 * 第一千一百九十六条第一款.
 *
 * <p>English: the instrument's short name from the bundle ({@code instrument.<KEY>}, e.g. Civil Code, Regulation, SPC
 * NDR Provisions), with the year of an earlier text in parentheses, then Art. 1195(2); several articles of one
 * instrument as Civil Code Arts. 1195(1), 1195(2) and 1196(1); instruments separated by semicolons.
 *
 * <p>Editions (docs/procedure.md#explanation-texts): a judicial interpretation amended for the Civil Code whose
 * catalogue title carries no edition is cited in the Civil Code era with its amendment, 《…规定》（2020年修正）第九条 / SPC NDR
 * Provisions (2020) Art. 9: the same id then names the amended text (SPC_NDR, 法释〔2020〕19号, in force 2021-01-01). An
 * id whose text exists only in the amended version (in force from 2021-01-01, e.g. SPC_NDR_13) carries the marker in
 * every citation; the others carry it when the citing case is in the Civil Code era.
 */
public final class Citations {

    private static final String PRC = "中华人民共和国";
    /** Interpretations amended for the Civil Code whose catalogue titles name no edition: the year of the amendment. */
    private static final Map<String, String> AMENDED_FOR_CIVIL_CODE = Map.of("SPC_NDR", "2020");
    private static final LocalDate CIVIL_CODE_IN_FORCE = LocalDate.of(2021, 1, 1);

    /** Distinct lists of provisions whose citation is kept; the engine cites far fewer combinations. */
    private static final int KEPT = 4096;

    private final ProvisionCatalogue catalogue;
    /** Citations already written, by language and era: the same few lists are cited by every explanation. */
    private final Map<Language, Map<Key, String>> written = new EnumMap<>(Language.class);
    /**
     * Instruments already named, by language and key: an explanation names a judicial interpretation by its key, which
     * was otherwise looked up again for every answer (a pass over the catalogue and a message bundle lookup).
     */
    private final Map<Language, Map<String, String>> named = new EnumMap<>(Language.class);

    private record Key(List<Provision> provisions, boolean civilCodeEra) {
    }

    public Citations(ProvisionCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        for (Language language : Language.values()) {
            written.put(language, new ConcurrentHashMap<>());
            named.put(language, new ConcurrentHashMap<>());
        }
    }

    public ProvisionCatalogue catalogue() {
        return catalogue;
    }

    /** One provision, e.g. 《民法典》第一千一百九十五条第二款 or Civil Code Art. 1195(2), the era not known. */
    public String cite(ProvisionCatalogue.Entry entry, Language language) {
        return group(instrument(entry, language, false), List.of(entry), language);
    }

    /** Provisions in one phrase, grouped by instrument in order of first citation; empty for none; the era not known. */
    public String cite(List<Provision> provisions, Language language) {
        return cite(provisions, language, null);
    }

    /**
     * Provisions in one phrase, as cited in a case whose liability regime is {@code regime} (null: not known): in the
     * Civil Code era an interpretation amended for the Civil Code carries its edition.
     */
    public String cite(List<Provision> provisions, Language language, Regime regime) {
        Map<Key, String> kept = written.get(language);
        Key key = new Key(provisions, regime == Regime.CIVIL_CODE);
        String citation = kept.get(key);
        if (citation == null) {
            citation = write(provisions, language, key.civilCodeEra());
            if (kept.size() < KEPT) {
                kept.put(new Key(List.copyOf(provisions), key.civilCodeEra()), citation);
            }
        }
        return citation;
    }

    private String write(List<Provision> provisions, Language language, boolean civilCodeEra) {
        Map<String, List<ProvisionCatalogue.Entry>> byInstrument = new LinkedHashMap<>();
        for (Provision provision : provisions) {
            ProvisionCatalogue.Entry entry = catalogue.of(provision);
            List<ProvisionCatalogue.Entry> group = byInstrument.computeIfAbsent(
                    instrument(entry, language, civilCodeEra), name -> new ArrayList<>());
            if (!group.contains(entry)) {
                group.add(entry);
            }
        }
        List<String> groups = new ArrayList<>();
        byInstrument.forEach((instrument, entries) -> groups.add(group(instrument, entries, language)));
        return String.join(language == Language.CHINESE ? "、" : "; ", groups);
    }

    /**
     * The name of an instrument key as cited in the language, e.g. 《最高人民法院关于审理侵害信息网络传播权民事纠纷案件适用法律若干问题的规定》
     * or SPC NDR Provisions; the instrument of its first provision in the catalogue.
     */
    public String instrument(String instrumentKey, Language language) {
        Map<String, String> kept = named.get(language);
        String name = kept.get(instrumentKey);
        if (name == null) {
            name = lookUp(instrumentKey, language);
            if (kept.size() < KEPT) {
                kept.put(instrumentKey, name);
            }
        }
        return name;
    }

    private String lookUp(String instrumentKey, Language language) {
        return catalogue.all().stream()
                .filter(entry -> entry.instrumentKey().equals(instrumentKey) && entry.version() == null)
                .findFirst()
                .or(() -> catalogue.all().stream().filter(entry -> entry.instrumentKey().equals(instrumentKey))
                        .findFirst())
                .map(entry -> instrument(entry, language, false))
                .orElseThrow(() -> new IllegalArgumentException("no instrument " + instrumentKey + " in the catalogue"));
    }

    private String group(String instrument, List<ProvisionCatalogue.Entry> entries, Language language) {
        List<ProvisionCatalogue.Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(ProvisionCatalogue.Entry::article)
                .thenComparing(ProvisionCatalogue.Entry::paragraph, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<String> articles = new ArrayList<>();
        Integer previous = null;
        for (ProvisionCatalogue.Entry entry : sorted) {
            boolean sameArticle = language == Language.CHINESE && previous != null && previous == entry.article()
                    && entry.paragraph() != null;
            articles.add(article(entry, language, !sameArticle));
            previous = entry.article();
        }
        if (language == Language.CHINESE) {
            return instrument + String.join("、", articles);
        }
        if (articles.size() == 1) {
            return instrument + " Art. " + articles.get(0);
        }
        return instrument + " Arts. " + String.join(", ", articles.subList(0, articles.size() - 1)) + " and "
                + articles.get(articles.size() - 1);
    }

    /** 第一千一百九十五条第二款 (or only 第二款 when the article was just named), or 1195(2). */
    private static String article(ProvisionCatalogue.Entry entry, Language language, boolean withArticle) {
        if (language == Language.CHINESE) {
            String paragraph = entry.paragraph() == null ? "" : "第" + ChineseNumerals.of(entry.paragraph()) + "款";
            return (withArticle ? "第" + ChineseNumerals.of(entry.article()) + "条" : "") + paragraph;
        }
        return entry.article() + (entry.paragraph() == null ? "" : "(" + entry.paragraph() + ")");
    }

    /**
     * The instrument as cited: 《title》（edition） in Chinese, the short name (year) in English; an interpretation amended
     * for the Civil Code with its amendment where the text cited is the amended one.
     */
    private static String instrument(ProvisionCatalogue.Entry entry, Language language, boolean civilCodeEra) {
        String amended = AMENDED_FOR_CIVIL_CODE.get(entry.instrumentKey());
        boolean amendedText = amended != null && entry.version() == null
                && (civilCodeEra || !entry.effectiveFrom().isBefore(CIVIL_CODE_IN_FORCE));
        if (language == Language.CHINESE) {
            String title = entry.instrument().zh();
            String edition = "";
            if (title.endsWith("）") && title.lastIndexOf('（') > 0) {
                edition = title.substring(title.lastIndexOf('（'));
                title = title.substring(0, title.lastIndexOf('（'));
            }
            if (title.startsWith(PRC)) {
                title = title.substring(PRC.length());
            }
            if (entry.version() != null && !edition.contains(entry.version())) {
                edition = edition + "（" + entry.version() + "年）";
            }
            if (amendedText && !edition.contains(amended)) {
                edition = edition + "（" + amended + "年修正）";
            }
            return "《" + title.replace('《', '〈').replace('》', '〉') + "》" + edition;
        }
        String name;
        try {
            name = language.messages().getString("instrument." + entry.instrumentKey());
        } catch (MissingResourceException e) {
            name = entry.instrument().en();
        }
        if (amendedText && !name.contains(amended)) {
            return name + " (" + amended + ")";
        }
        return entry.version() == null ? name : name + " (" + entry.version() + ")";
    }
}
