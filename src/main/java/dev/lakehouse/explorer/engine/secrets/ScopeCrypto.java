package dev.lakehouse.explorer.engine.secrets;

import dev.lakehouse.explorer.engine.SecretException;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/** The JDK crypto of local scope files: PBKDF2 key derivation, AES-256-GCM, and the key check value. */
final class ScopeCrypto {
    static final String KDF = "PBKDF2WithHmacSHA256";
    static final String CIPHER = "AES/GCM/NoPadding";
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int CHECK_BYTES = 16;
    private static final byte[] CHECK_LABEL = "lakehouse-secrets/1 key check".getBytes(StandardCharsets.US_ASCII);

    private ScopeCrypto() {
    }

    static SecretKey deriveKey(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        byte[] raw = null;
        try {
            raw = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            return new SecretKeySpec(raw, "AES");
        } catch (GeneralSecurityException e) {
            throw new SecretException("This Java runtime cannot derive scope keys (" + KDF + "): " + e.getMessage(), e);
        } finally {
            spec.clearPassword();
            if (raw != null) {
                Arrays.fill(raw, (byte) 0); // SecretKeySpec keeps its own copy
            }
        }
    }

    /**
     * A value that shows whether a passphrase gave the file's key, without revealing the key: HMAC-SHA256 of a fixed
     * label under the key, cut to 16 bytes. It helps a guesser no more than the GCM tag already does.
     */
    static byte[] check(SecretKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(CHECK_LABEL), CHECK_BYTES);
        } catch (GeneralSecurityException e) {
            throw new SecretException("This Java runtime lacks HmacSHA256: " + e.getMessage(), e);
        }
    }

    static byte[] encrypt(SecretKey key, byte[] nonce, byte[] aad, byte[] plain) {
        try {
            return cipher(Cipher.ENCRYPT_MODE, key, nonce, aad).doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new SecretException("Cannot encrypt the scope (" + CIPHER + "): " + e.getMessage(), e);
        }
    }

    static byte[] decrypt(SecretKey key, byte[] nonce, byte[] aad, byte[] data) throws GeneralSecurityException {
        return cipher(Cipher.DECRYPT_MODE, key, nonce, aad).doFinal(data);
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, byte[] aad) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance(CIPHER);
        c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(aad);
        return c;
    }
}
