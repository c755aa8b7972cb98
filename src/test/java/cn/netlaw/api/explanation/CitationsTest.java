package cn.netlaw.api.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.netlaw.api.provisions.ProvisionCatalogue;
import cn.netlaw.liability.Provision;
import cn.netlaw.liability.Regime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Provisions named as lawyers cite them, from the catalogue's instrument, article and paragraph. */
class CitationsTest {

    private static final Citations CITATIONS = new Citations(ProvisionCatalogue.standard());

    @ParameterizedTest(name = "{0} is cited {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "CIVIL_CODE_1195_2 | 《民法典》第一千一百九十五条第二款 | Civil Code Art. 1195(2)",
        "CIVIL_CODE_1197 | 《民法典》第一千一百九十七条 | Civil Code Art. 1197",
        "TORT_LAW_36_3 | 《侵权责任法》第三十六条第三款 | Tort Liability Law Art. 36(3)",
        "REG_22 | 《信息网络传播权保护条例》第二十二条 | Regulation Art. 22",
        "SPC_NDR_9 | 《最高人民法院关于审理侵害信息网络传播权民事纠纷案件适用法律若干问题的规定》第九条 | SPC NDR Provisions Art. 9",
        "SPC_NDR_13_2012 | 《最高人民法院关于审理侵害信息网络传播权民事纠纷案件适用法律若干问题的规定》（2012年）第十三条 | SPC NDR Provisions (2012) Art. 13",
        "SPC_PR_2020_6 | 《最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定》（2020年修正）第六条 | SPC Personal Rights Provisions (2020) Art. 6",
        "SPC_CC_TIME_1_3 | 《最高人民法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》（法释〔2020〕15号）第一条第三款 | SPC Civil Code Time-Effect Provisions Art. 1(3)",
        "SPC_REPLY_2020_2 | 《最高人民法院关于涉网络知识产权侵权纠纷几个法律适用问题的批复》（法释〔2020〕9号）第二条 | SPC Reply on Online IP Disputes (2020) Art. 2",
        "ECL_42_2 | 《电子商务法》第四十二条第二款 | E-Commerce Law Art. 42(2)",
        "CIVIL_CODE_153_2 | 《民法典》第一百五十三条第二款 | Civil Code Art. 153(2)",
        "CIVIL_CODE_201 | 《民法典》第二百零一条 | Civil Code Art. 201",
        "GPCL_130 | 《民法通则》第一百三十条 | General Principles of the Civil Law Art. 130",
        "LEGISLATION_LAW_88_2015 | 《立法法》（2015年修正）第八十八条 | Legislation Law (2015) Art. 88",
        "COPYRIGHT_LAW_64 | 《著作权法》（2020年修正）第六十四条 | Copyright Law Art. 64"
    })
    void a_provision_is_cited_as_lawyers_write_it(Provision provision, String chinese, String english) {
        ProvisionCatalogue.Entry entry = ProvisionCatalogue.standard().of(provision);
        assertThat(CITATIONS.cite(entry, Language.CHINESE)).isEqualTo(chinese);
        assertThat(CITATIONS.cite(entry, Language.ENGLISH)).isEqualTo(english);
        assertThat(CITATIONS.cite(List.of(provision), Language.CHINESE)).isEqualTo(chinese);
        assertThat(CITATIONS.cite(List.of(provision), Language.ENGLISH)).isEqualTo(english);
    }

    @Test
    void provisions_of_one_instrument_share_its_name_in_article_order_and_a_repeated_article_is_written_once() {
        List<Provision> cited = List.of(Provision.CIVIL_CODE_1195_2, Provision.ECL_42_2, Provision.CIVIL_CODE_1195_1,
                Provision.CIVIL_CODE_1197);
        assertThat(CITATIONS.cite(cited, Language.CHINESE))
                .isEqualTo("《民法典》第一千一百九十五条第一款、第二款、第一千一百九十七条、《电子商务法》第四十二条第二款");
        assertThat(CITATIONS.cite(cited, Language.ENGLISH))
                .isEqualTo("Civil Code Arts. 1195(1), 1195(2) and 1197; E-Commerce Law Art. 42(2)");
    }

    @Test
    void in_the_civil_code_era_the_network_dissemination_provisions_are_cited_with_their_2020_amendment() {
        String title = "《最高人民法院关于审理侵害信息网络传播权民事纠纷案件适用法律若干问题的规定》";
        List<Provision> knowledge = List.of(Provision.SPC_NDR_9, Provision.SPC_NDR_10);
        assertThat(CITATIONS.cite(knowledge, Language.CHINESE, Regime.CIVIL_CODE))
                .isEqualTo(title + "（2020年修正）第九条、第十条");
        assertThat(CITATIONS.cite(knowledge, Language.ENGLISH, Regime.CIVIL_CODE))
                .isEqualTo("SPC NDR Provisions (2020) Arts. 9 and 10");
        assertThat(CITATIONS.cite(knowledge, Language.CHINESE, Regime.TORT_LIABILITY_LAW)).isEqualTo(title + "第九条、第十条");
        assertThat(CITATIONS.cite(knowledge, Language.CHINESE)).isEqualTo(title + "第九条、第十条");
        // an article whose text exists only as amended carries the marker wherever it is cited; the 2012 text its year
        assertThat(CITATIONS.cite(List.of(Provision.SPC_NDR_13), Language.CHINESE)).isEqualTo(title + "（2020年修正）第十三条");
        assertThat(CITATIONS.cite(List.of(Provision.SPC_NDR_13, Provision.SPC_NDR_9), Language.CHINESE, Regime.CIVIL_CODE))
                .isEqualTo(title + "（2020年修正）第九条、第十三条");
        assertThat(CITATIONS.cite(List.of(Provision.SPC_NDR_13_2012), Language.CHINESE, Regime.TORT_LIABILITY_LAW))
                .isEqualTo(title + "（2012年）第十三条");
        // a title that names its edition already is not marked twice
        assertThat(CITATIONS.cite(List.of(Provision.SPC_PR_2020_6), Language.CHINESE, Regime.CIVIL_CODE))
                .isEqualTo("《最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定》（2020年修正）第六条");
    }

    @Test
    void no_provisions_are_cited_as_nothing() {
        assertThat(CITATIONS.cite(List.of(), Language.CHINESE)).isEmpty();
        assertThat(CITATIONS.cite(List.of(), Language.ENGLISH)).isEmpty();
    }

    @Test
    void every_provision_of_the_catalogue_has_a_citation_in_both_languages_with_an_english_short_name() {
        for (ProvisionCatalogue.Entry entry : ProvisionCatalogue.standard().all()) {
            assertThat(Language.ENGLISH.messages().containsKey("instrument." + entry.instrumentKey()))
                    .as("English short name of %s (instrument.%s)", entry.id(), entry.instrumentKey()).isTrue();
            assertThat(CITATIONS.cite(entry, Language.CHINESE)).as(entry.id())
                    .matches("《[^《》]+》(（[^（）]+）)*第[一二三四五六七八九十百千零]+条(第[一二三四五六七八九十]+款)?");
            assertThat(CITATIONS.cite(entry, Language.ENGLISH)).as(entry.id())
                    .matches("[A-Z][A-Za-z -]+( \\(\\d{4}\\))?( \\(\\d{4}\\))? Art\\. \\d+(\\(\\d+\\))?");
        }
    }

    @Test
    void an_interpretation_is_named_by_its_title_or_short_name() {
        assertThat(CITATIONS.instrument("SPC_NDR", Language.CHINESE))
                .isEqualTo("《最高人民法院关于审理侵害信息网络传播权民事纠纷案件适用法律若干问题的规定》");
        assertThat(CITATIONS.instrument("SPC_NDR", Language.ENGLISH)).isEqualTo("SPC NDR Provisions");
    }

    @Test
    void an_interpretation_named_again_reads_the_same_in_each_language_and_an_unknown_key_is_refused_every_time() {
        Citations citations = new Citations(ProvisionCatalogue.standard());
        for (int i = 0; i < 2; i++) {
            assertThat(citations.instrument("SPC_NDR", Language.ENGLISH)).isEqualTo("SPC NDR Provisions");
            assertThat(citations.instrument("SPC_NDR", Language.CHINESE))
                    .isEqualTo("《最高人民法院关于审理侵害信息网络传播权民事纠纷案件适用法律若干问题的规定》");
            assertThatThrownBy(() -> citations.instrument("NO_SUCH_INSTRUMENT", Language.ENGLISH))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SUCH_INSTRUMENT");
        }
    }
}
