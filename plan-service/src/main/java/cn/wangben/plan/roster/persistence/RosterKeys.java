package cn.wangben.plan.roster.persistence;

import jakarta.validation.constraints.NotBlank;
import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The keys that protect roster personal data, Base64: {@code hmacKey} (at least 32 bytes) makes the keyed hash of ID
 * numbers, {@code aesKey} (16, 24 or 32 bytes) seals phones. Production supplies them from a secret
 * ({@code WANGBEN_ROSTER_HMACKEY}, {@code WANGBEN_ROSTER_AESKEY}); changing the HMAC key breaks every stored hash.
 */
@Validated
@ConfigurationProperties("wangben.roster")
public record RosterKeys(@NotBlank String hmacKey, @NotBlank String aesKey) {

    /** Checked when bound, so a missing or malformed key stops the service at start-up. */
    public RosterKeys {
        hmacKeyBytes(hmacKey);
        aesKeyBytes(aesKey);
    }

    public byte[] hmacKeyBytes() {
        return hmacKeyBytes(hmacKey);
    }

    public byte[] aesKeyBytes() {
        return aesKeyBytes(aesKey);
    }

    private static byte[] hmacKeyBytes(String hmacKey) {
        byte[] key = decode("wangben.roster.hmac-key", hmacKey);
        if (key.length < 32) {
            throw new IllegalStateException("wangben.roster.hmac-key must decode to at least 32 bytes");
        }
        return key;
    }

    private static byte[] aesKeyBytes(String aesKey) {
        byte[] key = decode("wangben.roster.aes-key", aesKey);
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalStateException("wangben.roster.aes-key must decode to 16, 24 or 32 bytes");
        }
        return key;
    }

    // The values are secrets: messages name the property, never its value.
    private static byte[] decode(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set");
        }
        try {
            return Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid Base64");
        }
    }

    @Override
    public String toString() {
        return "RosterKeys[hmacKey=***, aesKey=***]";
    }
}
