package dev.lakehouse.explorer.engine.logging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replaces every value registered as a secret by {@code [REDACTED]}. One instance guards every log sink (file,
 * console, in-app) and error message; later features register secrets as they load them.
 */
public final class SecretRedactor {
    public static final String MASK = "[REDACTED]";
    // Very short values would mask innocent text everywhere ("a", "1"); a secret shorter than this is not masked.
    private static final int MIN_LENGTH = 4;
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /**
     * Masks the value from now on, and also its Base64 and URL-encoded forms: a key travels base64-encoded in
     * signed headers and a SAS token URL-encoded in request URLs, and either may end up in a driver's log line.
     */
    public void register(String secret) {
        if (secret != null && secret.length() >= MIN_LENGTH) {
            secrets.add(secret);
            secrets.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
            secrets.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        }
    }

    /** True once any secret was registered: callers skip redaction work until then. */
    public boolean hasSecrets() {
        return !secrets.isEmpty();
    }

    public String redact(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String out = text;
        for (String s : secrets) {
            if (out.contains(s)) {
                out = out.replace(s, MASK);
            }
        }
        return out;
    }
}
