package cn.wangben.scoring.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {
    private final VerificationCodes codes = new VerificationCodes(16);

    @Test
    void codesAreSixteenCrockfordCharactersAndDoNotRepeat() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertThat(code).matches("[0-9ABCDEFGHJKMNPQRSTVWXYZ]{16}");
            drawn.add(code);
        }
        assertThat(drawn).hasSize(10_000);
    }

    @Test
    void aCodeTypedInLowerCaseOrGroupedWithHyphensIsRecognized() {
        assertThat(codes.normalize("7k3m-9qx2-hd4w-r8ta")).contains("7K3M9QX2HD4WR8TA");
    }

    @Test
    void somethingThatCannotBeACodeIsRejectedBeforeAnyLookUp() {
        assertThat(codes.normalize("7K3M9QX2HD4WR8T")).isEmpty(); // one short
        assertThat(codes.normalize("7K3M9QX2HD4WR8TI")).isEmpty(); // I is not in the alphabet
        assertThat(codes.normalize("{\"$ne\":null}")).isEmpty();
        assertThat(codes.normalize(null)).isEmpty();
    }

    @Test
    void codesShorterThanTwelveCharactersAreRefusedAsConfiguration() {
        assertThatThrownBy(() -> new VerificationCodes(11)).isInstanceOf(IllegalArgumentException.class);
    }
}
