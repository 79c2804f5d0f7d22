package cn.wangben.testinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ModeTest {

    @Test
    void explicitChoiceIgnoresDocker() {
        assertThat(Mode.parse("embedded", () -> true)).isEqualTo(Mode.EMBEDDED);
        assertThat(Mode.parse(" Containers ", () -> false)).isEqualTo(Mode.CONTAINERS);
    }

    @Test
    void autoAndUnsetFollowDocker() {
        assertThat(Mode.parse(null, () -> true)).isEqualTo(Mode.CONTAINERS);
        assertThat(Mode.parse("", () -> false)).isEqualTo(Mode.EMBEDDED);
        assertThat(Mode.parse("auto", () -> false)).isEqualTo(Mode.EMBEDDED);
    }

    @Test
    void rejectsUnknownValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Mode.parse("docker", () -> true))
                .withMessageContaining(Mode.SELECTOR);
    }
}
