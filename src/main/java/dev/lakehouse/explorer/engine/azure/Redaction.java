package dev.lakehouse.explorer.engine.azure;

import java.util.regex.Pattern;

/**
 * Keeps credentials out of messages: SDK and service texts quote request URLs (of any scheme), and a SAS travels in
 * the query string.
 */
final class Redaction {
    private static final Pattern QUERY = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://[^\\s?'\"<>]*)\\?[^\\s'\"<>]*");
    private static final Pattern SIG = Pattern.compile("(?i)\\bsig=[A-Za-z0-9%+/=_-]+");
    private static final int MAX = 400;

    private Redaction() {
    }

    /** One line, URLs without their query strings, no signature and no trace of the credential. */
    static String safe(String message, String credential) {
        String s = withoutQueries(firstLine(message));
        s = SIG.matcher(s).replaceAll("sig=***");
        if (credential != null && credential.trim().length() >= 8) {
            String c = credential.trim();
            s = s.replace(c, "***").replace(SasToken.stripQuestionMark(c), "***");
        }
        return s.length() > MAX ? s.substring(0, MAX) + "…" : s;
    }

    static String withoutQueries(String s) {
        return s == null ? "" : QUERY.matcher(s).replaceAll("$1");
    }

    /** The first non-blank line, trimmed: service errors arrive as multi-line XML or JSON. */
    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        for (String line : s.split("\\R")) {
            if (!line.isBlank()) {
                return line.trim();
            }
        }
        return "";
    }
}
