package cn.netlaw.api.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The language of the explanation, negotiated from Accept-Language (RFC 9110 §12.5.4). */
class LanguageTest {

    @ParameterizedTest(name = "Accept-Language: {0} is answered in Chinese")
    @ValueSource(strings = {"zh", "zh-CN", "zh-Hans-CN", "zh-TW", "ZH-cn", "zh;q=0.9, en;q=0.5", "en;q=0.5, zh",
        "fr, zh;q=0.1", "zh-CN,zh;q=0.9,en;q=0.8", "*;q=0.5, en;q=0.1", " zh-CN ; q=0.7 ", "zh, en"})
    void any_preferred_zh_range_is_answered_in_chinese(String header) {
        assertThat(Language.negotiate(header)).isEqualTo(Language.CHINESE);
    }

    @ParameterizedTest(name = "Accept-Language: {0} is answered in English")
    @ValueSource(strings = {"en", "en-GB", "en;q=0.9, zh;q=0.8", "zh;q=0", "zh;q=0, en;q=0", "fr", "de, fr;q=0.5",
        "*", "en, zh", "zh;q=0.000", "*, zh;q=0"})
    void other_or_excluded_languages_are_answered_in_english(String header) {
        assertThat(Language.negotiate(header)).isEqualTo(Language.ENGLISH);
    }

    @ParameterizedTest(name = "a malformed Accept-Language ''{0}'' is answered in English, not refused")
    @ValueSource(strings = {"zh;q=abc", "zh;q=1.5", "zh;q=", "zh;q=0.5;x=1", "zh-", "中文", "zh_CN", "zh;;", "zh q=1",
        "zh-CN;q=-1", "zh-toolongsubtag"})
    void a_malformed_header_is_answered_in_english(String header) {
        assertThat(Language.negotiate(header)).isEqualTo(Language.ENGLISH);
    }

    @ParameterizedTest(name = "no Accept-Language (''{0}'') is answered in English")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", ","})
    void no_header_is_answered_in_english(String header) {
        assertThat(Language.negotiate(header)).isEqualTo(Language.ENGLISH);
    }

    @ParameterizedTest(name = "{0} is named {1} in Content-Language")
    @CsvSource({"CHINESE, zh-CN", "ENGLISH, en"})
    void content_language_names_the_language_by_its_tag(Language language, String tag) {
        assertThat(language.tag()).isEqualTo(tag);
    }

    @Test
    void both_message_bundles_are_found_without_falling_back_to_another_language() {
        assertThat(Language.ENGLISH.messages().getString("format.date")).isEqualTo("d MMMM uuuu");
        assertThat(Language.CHINESE.messages().getString("format.date")).isEqualTo("uuuu年M月d日");
    }

    @Test
    void a_header_of_many_subtags_is_read_in_one_pass_and_an_over_long_one_is_not_read() {
        String manySubtags = "zh" + "-a1".repeat(300) + ";q=0.9, en;q=0.5";
        assertThat(manySubtags.length()).isLessThanOrEqualTo(Language.MAX_HEADER);
        assertThat(Language.negotiate(manySubtags)).isEqualTo(Language.CHINESE);
        // about 5.6 KB, the size that overflowed the stack of the former pattern: not read, English
        String huge = "zh-" + "a-".repeat(2800) + "a";
        assertThat(Language.negotiate(huge)).isEqualTo(Language.ENGLISH);
        assertThat(Language.negotiate("zh-CN," + "x,".repeat(600))).isEqualTo(Language.ENGLISH);
    }

    @Test
    void a_range_is_star_or_a_primary_subtag_of_letters_and_subtags_of_letters_or_digits_up_to_eight() {
        assertThat(Language.isRange("*")).isTrue();
        assertThat(Language.isRange("zh-Hans-CN")).isTrue();
        assertThat(Language.isRange("de-1996")).isTrue();
        assertThat(Language.isRange("abcdefgh-12345678")).isTrue();
        assertThat(Language.isRange("abcdefghi")).isFalse();
        assertThat(Language.isRange("1de")).isFalse();
        assertThat(Language.isRange("zh-")).isFalse();
        assertThat(Language.isRange("-zh")).isFalse();
        assertThat(Language.isRange("zh--CN")).isFalse();
        assertThat(Language.isRange("zh_CN")).isFalse();
        assertThat(Language.isRange("中文")).isFalse();
        assertThat(Language.isRange("")).isFalse();
    }
}
