package cn.wangben.roster;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns clear ID numbers and phones into {@link ProtectedId} / {@link ProtectedPhone}. The keys
 * come from the caller (a secret store), so this module never decides where keys live. A keyed
 * hash rather than a plain SHA-256 because ID numbers have so little entropy that a plain hash is
 * reversible by enumeration. Thread-safe: each thread gets its own Mac and Cipher, because
 * looking them up per call costs more than the hashing itself on a 100,000-row roster.
 */
public final class IdentityProtector {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    // Binds ciphertexts to their purpose, so a sealed phone cannot be passed off as another field.
    private static final byte[] AAD = "wangben-roster-phone-v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec hmacKey;
    private final SecretKeySpec aesKey;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(IdentityProtector::newCipher);

    /**
     * @param hmacKey at least 32 bytes
     * @param aesKey 16, 24 or 32 bytes
     */
    public IdentityProtector(byte[] hmacKey, byte[] aesKey) {
        if (hmacKey == null || hmacKey.length < 32) {
            throw new IllegalArgumentException("HMAC key must have at least 32 bytes");
        }
        if (aesKey == null || (aesKey.length != 16 && aesKey.length != 24 && aesKey.length != 32)) {
            throw new IllegalArgumentException("AES key must have 16, 24 or 32 bytes");
        }
        this.hmacKey = new SecretKeySpec(Arrays.copyOf(hmacKey, hmacKey.length), "HmacSHA256");
        this.aesKey = new SecretKeySpec(Arrays.copyOf(aesKey, aesKey.length), "AES");
    }

    /** Hashes the normalised ID number; callers use the same key to look identities up across schools. */
    public ProtectedId protectId(String idNumber) {
        return new ProtectedId(hashId(idNumber), maskId(idNumber));
    }

    /** The keyed hash alone, for callers that look an ID number up without importing a roster. */
    public String hashId(String idNumber) {
        // doFinal resets the Mac, so the thread's instance is ready for the next number
        return HexFormat.of().formatHex(macs.get().doFinal(idNumber.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The keyed hash of an ID number as a person typed it (full-width digits, spaces, a lower-case x), normalised
     * exactly as roster imports normalise, so it finds the same roster row.
     */
    public String hashTypedId(String typed) {
        return hashId(Normalizer.code(typed == null ? "" : typed));
    }

    public ProtectedPhone protectPhone(String phone) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(phone.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return new ProtectedPhone(maskPhone(phone), Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Opens a sealed phone; fails if it was sealed with another key or tampered with. */
    public String revealPhone(ProtectedPhone phone) {
        try {
            byte[] in = Base64.getDecoder().decode(phone.sealed());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(AAD);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The cause may not be logged with the phone; GCM exceptions carry no plaintext.
            throw new IllegalStateException("sealed phone cannot be opened with this key", e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    static String maskId(String id) {
        return id.length() < 10
                ? "*".repeat(id.length())
                : id.substring(0, 6) + "********" + id.substring(id.length() - 4);
    }

    static String maskPhone(String phone) {
        return phone.length() < 7
                ? "*".repeat(phone.length())
                : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    @Override
    public String toString() {
        return "IdentityProtector[keys hidden]";
    }
}
