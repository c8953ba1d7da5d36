package dev.lakehouse.explorer.engine.azure;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a SAS token says about itself, read before the service is asked, so that "expired" and "malformed" can be
 * told apart from "refused". Only the expiry ever appears in a message, never the signature.
 */
final class SasToken {
    private final Map<String, String> params;

    private SasToken(Map<String, String> params) {
        this.params = params;
    }

    /** The token as the SDK takes it: without a leading '?' (people paste it with one, or paste the whole URL). */
    static String stripQuestionMark(String token) {
        String t = token.trim();
        int q = t.indexOf('?');
        return q >= 0 ? t.substring(q + 1) : t;
    }

    static SasToken parse(String token) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String part : stripQuestionMark(token).split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                params.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return new SasToken(params);
    }

    /** Why the token cannot work, judged from its own fields at {@code now}; empty when it may. */
    Optional<String> problem(Instant now) {
        String sig = params.get("sig");
        if (sig == null || sig.isBlank()) {
            return Optional.of("The SAS token is malformed: it has no signature (sig=)");
        }
        if (!isBase64(sig)) {
            return Optional.of("The SAS token is malformed: its signature (sig=) is not Base64");
        }
        String se = params.get("se");
        if (se == null) {
            // A token bound to a stored access policy (si=) takes its expiry from the policy.
            return params.containsKey("si") ? Optional.empty()
                    : Optional.of("The SAS token is malformed: it has no expiry (se=)");
        }
        Optional<Instant> expiry = instant(se);
        if (expiry.isEmpty()) {
            return Optional.of("The SAS token is malformed: its expiry se=" + se + " is not a date");
        }
        return expiry.get().isBefore(now) ? Optional.of("The SAS token has expired (se=" + se + ")") : Optional.empty();
    }

    private static boolean isBase64(String s) {
        try {
            Base64.getDecoder().decode(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<Instant> instant(String se) {
        try {
            return Optional.of(OffsetDateTime.parse(se).toInstant());
        } catch (DateTimeParseException notDateTime) {
            try {
                // The service also takes a bare date (the token lasts until that day's start, UTC).
                return Optional.of(LocalDate.parse(se).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
