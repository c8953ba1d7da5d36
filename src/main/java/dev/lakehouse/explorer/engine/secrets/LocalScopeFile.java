package dev.lakehouse.explorer.engine.secrets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.workspace.AtomicFile;

import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The encrypted file of one local scope, {@code .lakehouse/secrets/<scope>.scope}: a JSON header (format, kdf,
 * iterations, salt, cipher, nonce, check) and {@code data}, the AES-256-GCM ciphertext of a JSON map key → value.
 * The key comes from the passphrase through PBKDF2-HMAC-SHA256 (600,000 iterations) and is derived once per
 * session; the salt is random per file, the nonce random per write. The header is GCM's associated data, so a
 * changed header fails decryption like a changed ciphertext.
 *
 * <p>{@code check} is a key check value (see {@link ScopeCrypto#check}) so that a wrong passphrase and a damaged
 * file get different messages: GCM alone cannot tell them apart. A file that cannot be read is never rewritten.
 * Not thread-safe: {@link WorkspaceSecrets} serialises access.
 */
public final class LocalScopeFile {
    static final String FORMAT = "lakehouse-secrets/1";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    static final int ITERATIONS = 600_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path file;
    private final String scope;
    private final int iterations;
    private SecretKey key;
    private ScopeHeader header;

    /** @param file the scope's file; {@code scope} names it in messages */
    public LocalScopeFile(Path file, String scope) {
        this(file, scope, ITERATIONS);
    }

    /** For tests only: fewer iterations make key derivation fast. Files written record their count. */
    LocalScopeFile(Path file, String scope, int iterations) {
        this.file = file;
        this.scope = scope;
        this.iterations = iterations;
    }

    public Path file() {
        return file;
    }

    /** True once the key is derived this session. */
    public boolean isUnlocked() {
        return key != null;
    }

    /** Writes a new, empty scope file under a new passphrase; refuses to replace an existing file. Wipes it. */
    public void create(char[] passphrase) {
        try {
            if (Files.exists(file)) {
                throw new SecretException("Scope file " + file + " already exists: move it away or choose another scope name.");
            }
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            key = ScopeCrypto.deriveKey(passphrase, salt, iterations);
            header = new ScopeHeader(FORMAT, ScopeCrypto.KDF, iterations, salt, ScopeCrypto.check(key));
            write(Map.of());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Derives the key from the passphrase (once; later calls ignore it) and reads the secrets. Wipes it. */
    public Map<String, String> unlock(char[] passphrase) {
        try {
            Stored stored = readStored();
            if (key == null) {
                SecretKey candidate = ScopeCrypto.deriveKey(passphrase, stored.header().salt(), stored.header().iterations());
                if (!MessageDigest.isEqual(ScopeCrypto.check(candidate), stored.header().check())) {
                    throw new SecretException("Wrong passphrase for scope '" + scope + "' (the scope file is unchanged).");
                }
                key = candidate;
            }
            return decrypt(stored);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Reads the secrets with the key of this session. */
    public Map<String, String> read() {
        requireKey();
        Stored stored = readStored();
        if (!Arrays.equals(stored.header().salt(), header.salt())) {
            // another process deleted and re-created the scope: the session's key belongs to the old file
            key = null;
            throw new SecretException("Scope '" + scope + "' was re-created since it was unlocked: use it again to give its new passphrase.");
        }
        return decrypt(stored);
    }

    /** Replaces the secrets: a new nonce, the same salt and key, an atomic replace of the file. */
    public void write(Map<String, String> secrets) {
        requireKey();
        byte[] plain = null;
        try {
            plain = JSON.writeValueAsBytes(new TreeMap<>(secrets));
            byte[] nonce = new byte[ScopeCrypto.NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            byte[] data = ScopeCrypto.encrypt(key, nonce, header.associatedData(), plain);
            AtomicFile.write(file, header.toJson(nonce, data));
        } catch (IOException e) {
            throw new SecretException("Cannot write scope file " + file + ": " + e.getMessage(), e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private Map<String, String> decrypt(Stored stored) {
        byte[] plain = null;
        try {
            plain = ScopeCrypto.decrypt(key, stored.nonce(), stored.header().associatedData(), stored.data());
            Map<String, String> secrets = JSON.readValue(plain, new TypeReference<TreeMap<String, String>>() { });
            header = stored.header();
            return secrets;
        } catch (AEADBadTagException e) {
            throw damaged("its contents do not match their authentication tag", e);
        } catch (IOException | GeneralSecurityException e) {
            throw damaged(e.getClass().getSimpleName(), e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private Stored readStored() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SecretException("Cannot read scope file " + file + " of scope '" + scope + "': " + e.getMessage(), e);
        }
        try {
            return ScopeHeader.parse(bytes);
        } catch (IllegalArgumentException | IOException e) {
            throw damaged(e.getMessage(), e);
        }
    }

    private SecretException damaged(String why, Exception cause) {
        String line = why == null ? "" : why.lines().findFirst().orElse("");
        return new SecretException("Scope file " + file + " is damaged or not a Lakehouse Explorer scope file: " + line, cause);
    }

    private void requireKey() {
        if (key == null) {
            throw new IllegalStateException("scope '" + scope + "' is locked");
        }
    }

    /** What a file holds, parsed but not decrypted. */
    record Stored(ScopeHeader header, byte[] nonce, byte[] data) {
    }
}
