package cn.wangben.identity.tenancy;

import java.security.SecureRandom;

/**
 * One-time initial passwords: random per account, never a shared default, and always inside the realm's password
 * policy (length, a digit, an upper-case letter, a special character). Keycloak makes the user change it at first login.
 */
public final class InitialPasswords {
    // no look-alikes (0/O, 1/l/I) because these are read off a printed slip
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SPECIAL = "#@%+=";
    private static final String ALL = UPPER + LOWER + DIGITS;
    private static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        char[] chars = new char[LENGTH];
        chars[0] = pick(UPPER);
        chars[1] = pick(DIGITS);
        chars[2] = pick(SPECIAL);
        chars[3] = pick(LOWER);
        for (int i = 4; i < LENGTH; i++) {
            chars[i] = pick(ALL);
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char t = chars[i];
            chars[i] = chars[j];
            chars[j] = t;
        }
        return new String(chars);
    }

    private char pick(String from) {
        return from.charAt(random.nextInt(from.length()));
    }
}
