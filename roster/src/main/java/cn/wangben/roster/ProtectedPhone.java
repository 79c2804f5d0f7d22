package cn.wangben.roster;

import java.util.Objects;

/**
 * A mobile number that is never kept in clear: a masked form (138****5678) and the number sealed
 * with AES-GCM (Base64 of IV and ciphertext), which {@link IdentityProtector#revealPhone} opens
 * later for the school admin.
 */
public record ProtectedPhone(String masked, String sealed) {

    public ProtectedPhone {
        Objects.requireNonNull(masked, "masked");
        Objects.requireNonNull(sealed, "sealed");
    }

    @Override
    public String toString() {
        return masked;
    }
}
