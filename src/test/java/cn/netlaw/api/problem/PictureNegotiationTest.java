package cn.netlaw.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which Accept headers ask {@code POST /api/v1/classifications} for its timeline picture rather than JSON
 * ({@link AcceptGuard#prefersPicture}): a higher q-value, or the same q-value by a more specific range; JSON on a tie.
 */
class PictureNegotiationTest {

    @Test
    void the_picture_is_chosen_only_when_the_header_prefers_it_to_json() {
        assertThat(AcceptGuard.prefersPicture("image/svg+xml")).isTrue();
        assertThat(AcceptGuard.prefersPicture("image/svg+xml, */*")).isTrue();
        assertThat(AcceptGuard.prefersPicture("image/*")).isTrue();
        assertThat(AcceptGuard.prefersPicture("application/json;q=0.4, image/svg+xml;q=0.5")).isTrue();
        assertThat(AcceptGuard.prefersPicture("application/json;q=0, image/svg+xml;q=0.1")).isTrue();

        assertThat(AcceptGuard.prefersPicture(null)).isFalse();
        assertThat(AcceptGuard.prefersPicture("")).isFalse();
        assertThat(AcceptGuard.prefersPicture("*/*")).isFalse();
        assertThat(AcceptGuard.prefersPicture("application/json")).isFalse();
        assertThat(AcceptGuard.prefersPicture("application/json, image/svg+xml")).isFalse();
        assertThat(AcceptGuard.prefersPicture("image/svg+xml;q=0.5, application/json")).isFalse();
        assertThat(AcceptGuard.prefersPicture("image/svg+xml;q=0")).isFalse();
        assertThat(AcceptGuard.prefersPicture("image/png")).isFalse();
        assertThat(AcceptGuard.prefersPicture("not a media range")).isFalse();
        assertThat(AcceptGuard.prefersPicture("image/svg+xml, " + "x".repeat(AcceptGuard.MAX_HEADER))).isFalse();
    }

    @Test
    void an_accept_for_the_picture_alone_is_admitted_only_on_the_classification_path() {
        assertThat(AcceptGuard.admitsJson("image/svg+xml")).isFalse();
        assertThat(AcceptGuard.admitsPicture("image/svg+xml")).isTrue();
        assertThat(AcceptGuard.admitsPicture("image/svg+xml;q=0")).isFalse();
        assertThat(AcceptGuard.PICTURE_PATH).isEqualTo("/api/v1/classifications");
    }
}
