package cn.netlaw.api.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Article and paragraph numbers as statutes write them (第一千一百九十五条第二款). */
class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
        "1, 一", "2, 二", "9, 九", "10, 十", "11, 十一", "15, 十五", "19, 十九", "20, 二十", "36, 三十六", "99, 九十九",
        "100, 一百", "101, 一百零一", "110, 一百一十", "119, 一百一十九", "153, 一百五十三", "201, 二百零一",
        "1000, 一千", "1001, 一千零一", "1010, 一千零一十", "1100, 一千一百", "1165, 一千一百六十五",
        "1195, 一千一百九十五", "1260, 一千二百六十", "9999, 九千九百九十九", "10000, 一万", "100000, 十万",
        "100001, 十万零一", "120300, 十二万零三百", "0, 零"
    })
    void a_number_is_written_as_statutes_number_their_articles(int number, String numerals) {
        assertThat(ChineseNumerals.of(number)).isEqualTo(numerals);
    }

    @Test
    void a_negative_number_is_not_an_article_number() {
        assertThatThrownBy(() -> ChineseNumerals.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
