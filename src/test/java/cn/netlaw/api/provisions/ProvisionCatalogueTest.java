package cn.netlaw.api.provisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.netlaw.liability.Provision;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The provisions catalogue as the service reads it from law/provisions.yaml. */
class ProvisionCatalogueTest {

    private static final ProvisionCatalogue CATALOGUE = ProvisionCatalogue.standard();

    @Test
    void every_provision_the_engine_can_cite_is_in_the_catalogue() {
        assertThat(Arrays.stream(Provision.values()).map(Provision::name))
                .allSatisfy(id -> assertThat(CATALOGUE.find(id)).as(id).isPresent());
    }

    @Test
    void every_provision_of_the_catalogue_is_a_constant_of_the_engine() {
        Set<String> constants = Arrays.stream(Provision.values()).map(Provision::name).collect(Collectors.toSet());
        assertThat(CATALOGUE.all()).extracting(ProvisionCatalogue.Entry::id).allMatch(constants::contains);
        assertThat(CATALOGUE.mismatchesWith(Provision.values())).isEmpty();
    }

    @Test
    void the_catalogue_holds_the_91_provisions_of_the_law_folder_in_its_order() {
        assertThat(CATALOGUE.all()).hasSize(91);
        assertThat(CATALOGUE.all().get(0).id()).isEqualTo("CIVIL_CODE_1165_1");
        assertThat(CATALOGUE.all().get(90).id()).isEqualTo("LEGISLATION_LAW_79_2000");
    }

    @Test
    void civil_code_1195_2_is_read_with_its_instrument_article_paragraph_dates_and_texts() {
        ProvisionCatalogue.Entry entry = CATALOGUE.of(Provision.CIVIL_CODE_1195_2);
        assertThat(entry.instrumentKey()).isEqualTo("CIVIL_CODE");
        assertThat(entry.instrument().zh()).isEqualTo("中华人民共和国民法典");
        assertThat(entry.instrument().en()).isEqualTo("Civil Code of the People's Republic of China");
        assertThat(entry.article()).isEqualTo(1195);
        assertThat(entry.paragraph()).isEqualTo(2);
        assertThat(entry.version()).isNull();
        assertThat(entry.effectiveFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(entry.effectiveTo()).isNull();
        assertThat(entry.textZh()).startsWith("网络服务提供者接到通知后，应当及时将该通知转送相关网络用户");
        assertThat(entry.textEn()).startsWith("After receiving the notice");
        assertThat(entry.verified()).isTrue();
    }

    @ParameterizedTest(name = "{0}: instrument {1}, article {2}, paragraph {3}, version {4}")
    @CsvSource(nullValues = "-", value = {
        "CIVIL_CODE_1195_2, CIVIL_CODE, 1195, 2, -",
        "CIVIL_CODE_1197, CIVIL_CODE, 1197, -, -",
        "SPC_PR_2020_3_1, SPC_PR_2020, 3, 1, -",
        "SPC_PR_2014_19, SPC_PR_2014, 19, -, -",
        "SPC_NDR_13_2012, SPC_NDR, 13, -, 2012",
        "SPC_CC_TIME_1_1, SPC_CC_TIME, 1, 1, -",
        "SPC_REPLY_2020_2, SPC_REPLY_2020, 2, -, -",
        "SPC_TLL_NOTICE_2010_1, SPC_TLL_NOTICE_2010, 1, -, -",
        "NCAC_2016_LIT_6, NCAC_2016_LIT, 6, -, -",
        "LEGISLATION_LAW_88_2015, LEGISLATION_LAW, 88, -, 2015",
        "LEGISLATION_LAW_99, LEGISLATION_LAW, 99, -, -",
        "REG_22, REG, 22, -, -"
    })
    void an_id_is_split_into_instrument_article_paragraph_and_version(String id, String instrument, int article,
                                                                       Integer paragraph, String version) {
        ProvisionCatalogue.Entry entry = CATALOGUE.find(id).orElseThrow();
        assertThat(entry.instrumentKey()).isEqualTo(instrument);
        assertThat(entry.article()).isEqualTo(article);
        assertThat(entry.paragraph()).isEqualTo(paragraph);
        assertThat(entry.version()).isEqualTo(version);
    }

    @Test
    void the_instrument_keys_are_the_fifteen_instruments_of_the_catalogue() {
        assertThat(CATALOGUE.instrumentKeys()).containsExactly("CIVIL_CODE", "TORT_LAW", "GPCL", "REG", "SPC_NDR",
                "SPC_PR_2020", "SPC_PR_2014", "ECL", "SPC_REPLY_2020", "SPC_CC_TIME", "COPYRIGHT_LAW", "NCAC_2016_LIT",
                "SPC_TLL_NOTICE_2010", "GENERAL_PROVISIONS", "LEGISLATION_LAW");
    }

    @Test
    void an_instrument_filter_selects_its_provisions_and_a_family_prefix_selects_every_member() {
        assertThat(CATALOGUE.select("CIVIL_CODE", null)).hasSize(15)
                .allMatch(entry -> entry.id().startsWith("CIVIL_CODE_"));
        assertThat(CATALOGUE.select("SPC_PR", null)).extracting(ProvisionCatalogue.Entry::instrumentKey)
                .containsOnly("SPC_PR_2014", "SPC_PR_2020");
        assertThat(CATALOGUE.knowsInstrument("SPC")).isTrue();
        assertThat(CATALOGUE.knowsInstrument("CIVIL")).isTrue();
        assertThat(CATALOGUE.knowsInstrument("CIVIL_CODE_1195")).isFalse();
        assertThat(CATALOGUE.knowsInstrument("CIV")).isFalse();
        assertThat(CATALOGUE.knowsInstrument("civil_code")).isFalse();
    }

    @Test
    void in_force_on_includes_both_the_first_and_the_last_day() {
        ProvisionCatalogue.Entry tortLaw = CATALOGUE.of(Provision.TORT_LAW_36_2);
        assertThat(tortLaw.inForceOn(LocalDate.of(2010, 7, 1))).isTrue();
        assertThat(tortLaw.inForceOn(LocalDate.of(2020, 12, 31))).isTrue();
        assertThat(tortLaw.inForceOn(LocalDate.of(2010, 6, 30))).isFalse();
        assertThat(tortLaw.inForceOn(LocalDate.of(2021, 1, 1))).isFalse();
        assertThat(CATALOGUE.of(Provision.CIVIL_CODE_1197).inForceOn(LocalDate.of(2999, 1, 1))).isTrue();
    }

    @Test
    void on_the_civil_codes_first_day_the_tort_liability_law_is_no_longer_in_force() {
        List<String> ids = CATALOGUE.select(null, LocalDate.of(2021, 1, 1)).stream()
                .map(ProvisionCatalogue.Entry::id).toList();
        assertThat(ids).contains("CIVIL_CODE_1195_2", "SPC_NDR_13", "REG_22")
                .doesNotContain("TORT_LAW_36_2", "SPC_NDR_13_2012", "SPC_PR_2014_5");
    }

    @Test
    void a_catalogue_whose_id_does_not_end_in_its_article_is_refused() {
        String yaml = """
                provisions:
                - id: CIVIL_CODE_1195_2
                  instrument: {zh: 中华人民共和国民法典, en: Civil Code}
                  article: 1196
                  paragraph: 2
                  effective_from: '2021-01-01'
                  effective_to: null
                  text_zh: 文
                  text_en: text
                  verified: true
                """;
        assertThatThrownBy(() -> ProvisionCatalogue.read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CIVIL_CODE_1195_2");
    }

    @Test
    void every_fault_of_a_broken_catalogue_is_reported_at_once() {
        String yaml = """
                title: a catalogue with a fault in every provision
                provisions:
                - id: civil_code_1195
                  instrument: {zh: 中华人民共和国民法典, en: Civil Code}
                  article: 1195
                  effective_from: '2021-01-01'
                  text_en: text
                  verified: true
                - id: CIVIL_CODE_1196
                  instrument: {zh: 中华人民共和国民法典, en: ' '}
                  article: 1196
                  paragraph: 0
                  effective_from: 2021-01-01
                  effective_to: '2020-12-31'
                  text_zh: '  '
                  text_en: ''
                  verified: true
                - id: REG_22
                  instrument: {zh: 信息网络传播权保护条例, en: Regulation}
                  article: 0
                  effective_from: '2013-02-30'
                  effective_to: 'soon'
                  text_en: text
                - id: REG_23
                  article: 23
                  text_en: text
                  verified: false
                - id: REG_23
                  instrument: {zh: 信息网络传播权保护条例, en: Regulation}
                  article: 23
                  effective_from: '2013-03-01'
                  text_en: text
                  verified: false
                """;
        assertThatThrownBy(() -> ProvisionCatalogue.read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the provisions catalogue has 13 faults: ")
                .hasMessageContaining("provisions[0] (civil_code_1195).id: must be capital letters and digits")
                .hasMessageContaining("provisions[1] (CIVIL_CODE_1196).instrument.en: must not be blank")
                .hasMessageContaining("provisions[1] (CIVIL_CODE_1196).paragraph: must be greater than 0")
                .hasMessageContaining("provisions[1] (CIVIL_CODE_1196).period: effective_from and effective_to must "
                        + "be days of the calendar, effective_to not before effective_from")
                .hasMessageContaining("provisions[1] (CIVIL_CODE_1196).text_zh: must be null or a text")
                .hasMessageContaining("provisions[1] (CIVIL_CODE_1196).text_en: must not be blank")
                .hasMessageContaining("provisions[2] (REG_22).article: must be greater than 0")
                .hasMessageContaining("provisions[2] (REG_22).effective_to: must be a date YYYY-MM-DD or null")
                .hasMessageContaining("provisions[2] (REG_22).period: effective_from and effective_to must be days")
                .hasMessageContaining("provisions[2] (REG_22).verified: must not be null")
                .hasMessageContaining("provisions[3] (REG_23).effective_from: must not be null")
                .hasMessageContaining("provisions[3] (REG_23).instrument: must not be null")
                .hasMessageContaining("provisions[4].id: REG_23 is listed twice");
    }

    @Test
    void a_catalogue_that_lists_no_provisions_is_refused() {
        assertThatThrownBy(() -> ProvisionCatalogue.read(
                new ByteArrayInputStream("title: empty\nprovisions: []\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the provisions catalogue has 1 fault: provisions: must list at least one provision");
    }
}
