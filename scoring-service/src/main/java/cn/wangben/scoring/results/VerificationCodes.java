package cn.wangben.scoring.results;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Certificate verification codes: Crockford base32 (no I, L, O, U, so nothing reads as 1 or 0) drawn from
 * {@link SecureRandom}; 16 characters are 80 bits, beyond guessing even without the endpoint's rate limit.
 */
public final class VerificationCodes {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int MIN_LENGTH = 12;
    private final SecureRandom random = new SecureRandom();
    private final int length;
    private final Pattern shape;

    public VerificationCodes(int length) {
        if (length < MIN_LENGTH) {
            throw new IllegalArgumentException("certificate codes need at least " + MIN_LENGTH + " characters");
        }
        this.length = length;
        this.shape = Pattern.compile("[" + ALPHABET + "]{" + length + "}");
    }

    public String next() {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as a person may type it (lower case, grouped with hyphens or spaces); empty if it cannot be one. */
    public Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 2 * length) {
            return Optional.empty();
        }
        String code = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        return shape.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
