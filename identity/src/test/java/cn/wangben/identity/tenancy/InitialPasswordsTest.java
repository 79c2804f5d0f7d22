package cn.wangben.identity.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InitialPasswordsTest {
    private final InitialPasswords passwords = new InitialPasswords();

    @Test
    void everyPasswordMeetsTheRealmPolicyAndNoneRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String p = passwords.next();
            assertThat(p).hasSize(12).matches(".*[0-9].*").matches(".*[A-Z].*").matches(".*[#@%+=].*");
            assertThat(p).doesNotContain("0", "O", "1", "l", "I");
            assertThat(seen.add(p)).as("repeated %s", p).isTrue();
        }
    }
}
