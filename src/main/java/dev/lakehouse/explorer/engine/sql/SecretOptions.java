package dev.lakehouse.explorer.engine.sql;

import dev.lakehouse.explorer.engine.logging.SecretRedactor;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the values of options whose names say they are secret — {@code SET fs.azure.account.key.x=…},
 * {@code OPTIONS (password 'hunter2')}, {@code 'fs.azure.sas.token' = '…'} — also when nobody registered the value
 * with the {@link SecretRedactor}: a statement can carry a secret the app never loaded. The same idea as Spark's
 * {@code spark.redaction.regex}, applied to SQL text.
 */
final class SecretOptions {
    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "pwd", "secret", "token", "sas",
            "credential", "credentials", "apikey", "accesskey", "accountkey", "privatekey");
    private static final List<String> SECRET_PAIRS = List.of("access.key", "account.key", "api.key", "private.key");
    // An option name, possibly quoted, then '=' or blanks; the value after it is scanned by hand. The look-behind
    // keeps the match from starting inside a word, which would make a long word cost quadratic time.
    private static final Pattern NAME = Pattern.compile("(['\"`]?)(?<![\\w.-])([A-Za-z_][\\w.-]*)\\1(\\s*=\\s*|\\s+)");

    private SecretOptions() {
    }

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end(2);
            if (!isSecretName(m.group(2))) {
                continue;
            }
            int start = m.end();
            int end = valueEnd(text, start, m.group(3).contains("="));
            if (end > start) {
                char first = text.charAt(start);
                boolean quoted = first == '\'' || first == '"';
                out.append(text, copied, start).append(quoted ? first + SecretRedactor.MASK + first : SecretRedactor.MASK);
                copied = end;
                from = end;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Where the value starting at {@code start} ends: a quoted string, or (after '=') a bare word. */
    private static int valueEnd(String text, int start, boolean afterEquals) {
        char first = text.charAt(start);
        if (first == '\'' || first == '"') {
            for (int i = start + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' || (c == first && i + 1 < text.length() && text.charAt(i + 1) == first)) {
                    i++; // an escaped quote, or a doubled one as SQL writes it
                } else if (c == first) {
                    return i + 1;
                }
            }
            return text.length(); // unterminated: mask to the end rather than leak the rest
        }
        if (!afterEquals) {
            return start; // "user password" is two words, not an option and its value
        }
        int i = start;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && ",;()".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    static boolean isSecretName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
        for (String part : n.split("\\.")) {
            if (SECRET_WORDS.contains(part)) {
                return true;
            }
        }
        String dotted = "." + n + ".";
        return SECRET_PAIRS.stream().anyMatch(p -> dotted.contains("." + p + "."));
    }
}
