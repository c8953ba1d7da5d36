package dev.lakehouse.explorer.engine.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The clear-text part of a scope file. Everything but the nonce and the data is bound into GCM's associated data,
 * so editing the iteration count or the salt is detected rather than silently weakening the file.
 */
record ScopeHeader(String format, String kdf, int iterations, byte[] salt, byte[] check) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ITERATIONS = 50_000_000; // a hand-edited count must not hang the app for hours

    /** The canonical bytes GCM authenticates. */
    byte[] associatedData() {
        String canonical = String.join("\n", format, kdf, Integer.toString(iterations), b64(salt),
                ScopeCrypto.CIPHER, b64(check));
        return canonical.getBytes(StandardCharsets.UTF_8);
    }

    byte[] toJson(byte[] nonce, byte[] data) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", format).put("kdf", kdf).put("iterations", iterations).put("salt", b64(salt))
                .put("cipher", ScopeCrypto.CIPHER).put("nonce", b64(nonce)).put("check", b64(check))
                .put("data", b64(data));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n);
    }

    /** Parses a file's bytes; anything unexpected is an IllegalArgumentException or IOException saying what. */
    static LocalScopeFile.Stored parse(byte[] bytes) throws IOException {
        JsonNode n = JSON.readTree(bytes);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        expect(n, "format", LocalScopeFile.FORMAT);
        expect(n, "kdf", ScopeCrypto.KDF);
        expect(n, "cipher", ScopeCrypto.CIPHER);
        JsonNode it = n.get("iterations");
        if (it == null || !it.canConvertToInt() || it.intValue() < 1 || it.intValue() > MAX_ITERATIONS) {
            throw new IllegalArgumentException("bad iteration count");
        }
        byte[] salt = bytes(n, "salt", 16, 1024);
        byte[] nonce = bytes(n, "nonce", ScopeCrypto.NONCE_BYTES, ScopeCrypto.NONCE_BYTES);
        byte[] check = bytes(n, "check", ScopeCrypto.CHECK_BYTES, ScopeCrypto.CHECK_BYTES);
        byte[] data = bytes(n, "data", ScopeCrypto.TAG_BITS / 8, Integer.MAX_VALUE);
        var header = new ScopeHeader(LocalScopeFile.FORMAT, ScopeCrypto.KDF, it.intValue(), salt, check);
        return new LocalScopeFile.Stored(header, nonce, data);
    }

    private static void expect(JsonNode n, String field, String value) {
        JsonNode v = n.get(field);
        if (v == null || !value.equals(v.asText())) {
            throw new IllegalArgumentException("'" + field + "' is not " + value);
        }
    }

    private static byte[] bytes(JsonNode n, String field, int min, int max) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        byte[] b;
        try {
            b = Base64.getDecoder().decode(v.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "' is not base64");
        }
        if (b.length < min || b.length > max) {
            throw new IllegalArgumentException("'" + field + "' has " + b.length + " bytes");
        }
        return b;
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
