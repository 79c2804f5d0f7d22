package cn.wangben.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class BearerHeaderChecksTest {
    private static final Pattern SPRING_BEARER =
            Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPRING_HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void readsOrRefusesEveryGeneratedBearerHeaderAsSpringSecuritysPatternDoes() {
        Random random = new Random(11);
        String alphabet = "aZ9-._~+/= \u4e2d";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "bearer ");
            random.ints(random.nextInt(7), 0, alphabet.length()).forEach(i -> header.append(alphabet.charAt(i)));
            String h = header.toString();
            Throwable refused = catchThrowable(() -> BearerHeaderChecks.token(h));
            boolean matches = SPRING_BEARER.matcher(h).matches();
            assertThat(refused == null).as("[%s]", h).isEqualTo(matches);
            if (refused != null) {
                assertThat(refused).isInstanceOf(OAuth2AuthenticationException.class);
            } else {
                assertThat(BearerHeaderChecks.token(h)).isEqualTo(h.substring(7));
            }
        }
        assertThat(BearerHeaderChecks.token(null)).isNull();
        assertThat(BearerHeaderChecks.token("Basic dXNlcjpwYXNz")).isNull();
    }

    @Test
    void allowsEveryGeneratedHeaderValueExactlyWhenTheFirewallsPatternDoes() {
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder value = new StringBuilder();
            random.ints(random.nextInt(5), 0, 0x30000)
                    .map(cp -> random.nextBoolean() ? 0x20 + cp % 0x60 : cp)
                    .forEach(value::appendCodePoint);
            String v = value.toString();
            assertThat(BearerHeaderChecks.ALLOWED_HEADER_VALUE.test(v))
                    .as("%s", v.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(SPRING_HEADER_VALUE.matcher(v).matches());
        }
        assertThat(BearerHeaderChecks.ALLOWED_HEADER_VALUE.test(null))
                .as("an absent header")
                .isTrue();
    }
}
