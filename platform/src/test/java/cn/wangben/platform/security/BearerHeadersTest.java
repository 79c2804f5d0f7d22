package cn.wangben.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** The character loops against the very patterns Spring Security uses, over many generated strings. */
class BearerHeadersTest {
    // the patterns of DefaultBearerTokenResolver and StrictHttpFirewall
    private static final Pattern BEARER =
            Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final String TOKEN_ALPHABET = "abcXYZ019-._~+/=";
    private static final int SAMPLES = 20_000;

    @Test
    void findsTheTokenOfABearerHeaderWhateverTheSchemesCase() {
        assertThat(BearerHeaders.token("Bearer abc.DEF-ghi_~+/==")).isEqualTo("abc.DEF-ghi_~+/==");
        assertThat(BearerHeaders.token("bEaReR x")).isEqualTo("x");
        assertThat(BearerHeaders.token(null)).isNull();
        assertThat(BearerHeaders.token("Basic dXNlcjpwYXNz")).isNull();
    }

    @Test
    void refusesAMalformedBearerTokenAsTheRegexDoes() {
        for (String malformed : new String[] {"Bearer ", "Bearer =abc", "Bearer a b", "Bearer abc=d", "Bearer 令牌"}) {
            assertThatThrownBy(() -> BearerHeaders.token(malformed))
                    .as(malformed)
                    .isInstanceOf(OAuth2AuthenticationException.class)
                    .hasMessageContaining("malformed");
            assertThat(BEARER.matcher(malformed).matches()).as(malformed).isFalse();
        }
    }

    @Test
    void acceptsExactlyTheTokensTheResolversPatternAccepts() {
        Random random = new Random(42);
        for (int i = 0; i < SAMPLES; i++) {
            StringBuilder token = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                token.append(
                        random.nextInt(20) == 0
                                ? (char) random.nextInt(0x80)
                                : TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
            }
            String s = token.toString();
            assertThat(BearerHeaders.isToken68(s))
                    .as("[%s]", s)
                    .isEqualTo(BEARER.matcher("Bearer " + s).matches());
        }
    }

    @Test
    void allowsExactlyTheHeaderValuesTheFirewallsPatternAllows() {
        Random random = new Random(7);
        int[] interesting = {0x00, 0x09, 0x1f, 0x7f, 0x85, 0x9f, 0xa0, 0x378, 0x4e2d, 0xd800, 0xdfff, 0xfffe, 0x1f600};
        for (int i = 0; i < SAMPLES; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(6);
            for (int j = 0; j < length; j++) {
                int kind = random.nextInt(4);
                int codePoint =
                        switch (kind) {
                            case 0 -> 0x20 + random.nextInt(0x5f);
                            case 1 -> interesting[random.nextInt(interesting.length)];
                            case 2 -> random.nextInt(0x3000);
                            default -> random.nextInt(0x30000);
                        };
                value.appendCodePoint(codePoint);
            }
            String s = value.toString();
            assertThat(BearerHeaders.ALLOWED_HEADER_VALUE.test(s))
                    .as("%s", s.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(HEADER_VALUE.matcher(s).matches());
        }
        assertThat(BearerHeaders.ALLOWED_HEADER_VALUE.test(null))
                .as("an absent header")
                .isTrue();
    }
}
