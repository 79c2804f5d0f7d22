package cn.wangben.roster;

import java.util.Objects;

/**
 * An ID number that is never kept in clear: a keyed hash (HMAC-SHA256, hex) to find duplicates
 * within the file and across the county, and a masked form for display. Made by {@link IdentityProtector}.
 */
public record ProtectedId(String hash, String masked) {

    public ProtectedId {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(masked, "masked");
    }

    /** The masked form such as 330102********1234; the hash is left out as well to keep logs short. */
    @Override
    public String toString() {
        return masked;
    }
}
