package cn.wangben.plan.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.plan.roster.persistence.RosterKeys;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RosterKeysTest {
    static final String HMAC = Base64.getEncoder().encodeToString(new byte[32]);
    static final String AES = Base64.getEncoder().encodeToString(new byte[16]);

    @Test
    void acceptsKeysOfTheRightLength() {
        RosterKeys keys = new RosterKeys(HMAC, AES);

        assertThat(keys.hmacKeyBytes()).hasSize(32);
        assertThat(keys.aesKeyBytes()).hasSize(16);
        assertThat(keys.toString()).doesNotContain(HMAC, AES);
    }

    @Test
    void refusesMissingShortOrMalformedKeysWithoutQuotingThem() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[20]);
        assertThatThrownBy(() -> new RosterKeys(" ", AES)).hasMessageContaining("hmac-key is not set");
        assertThatThrownBy(() -> new RosterKeys(shortKey, AES))
                .hasMessageContaining("at least 32 bytes")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> new RosterKeys(HMAC, HMAC.substring(4))).hasMessageContaining("aes-key");
        assertThatThrownBy(() -> new RosterKeys(HMAC, "不是base64")).hasMessageContaining("not valid Base64");
    }
}
