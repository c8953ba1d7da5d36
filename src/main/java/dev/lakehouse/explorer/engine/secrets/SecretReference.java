package dev.lakehouse.explorer.engine.secrets;

import dev.lakehouse.explorer.engine.SecretException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference {@code {{secrets/<scope>/<key>}}} that stands in a connection field (and later pipeline parameters)
 * instead of the secret itself; it is resolved at the moment of use.
 */
public record SecretReference(String scope, String key) {
    /** Scope and key names: letters, digits, '-', '_' and '.', as Databricks allows. */
    public static final String NAME = "[A-Za-z0-9_.-]+";
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*secrets/(" + NAME + ")/(" + NAME + ")\\s*}}");
    private static final Pattern NAME_PATTERN = Pattern.compile(NAME);

    public SecretReference {
        checkName("scope", scope);
        checkName("key", key);
    }

    /** Parses a whole field that is one reference; anything else is a SecretException saying what is expected. */
    public static SecretReference parse(String text) {
        Matcher m = REFERENCE.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new SecretException("'" + shorten(text) + "' is not a secret reference: write {{secrets/<scope>/<key>}}.");
        }
        return new SecretReference(m.group(1), m.group(2));
    }

    /** True when the whole text is one reference. */
    public static boolean isReference(String text) {
        return text != null && REFERENCE.matcher(text.trim()).matches();
    }

    /** Every reference in a text, in order. */
    public static List<SecretReference> findAll(String text) {
        List<SecretReference> refs = new ArrayList<>();
        if (text != null) {
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                refs.add(new SecretReference(m.group(1), m.group(2)));
            }
        }
        return refs;
    }

    /** Replaces every reference in a text by what {@code resolver} gives for it. */
    public static String replaceAll(String text, java.util.function.Function<SecretReference, String> resolver) {
        if (text == null) {
            return null;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(resolver.apply(new SecretReference(m.group(1), m.group(2)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static void checkName(String what, String name) {
        if (name == null || !NAME_PATTERN.matcher(name).matches()) {
            throw new SecretException("Invalid " + what + " name '" + shorten(name)
                    + "': use letters, digits, '-', '_' and '.'.");
        }
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        // A pasted secret in the wrong field must not be echoed whole: show only its start.
        return s.length() <= 12 ? s : s.substring(0, 6) + "…";
    }

    @Override
    public String toString() {
        return "{{secrets/" + scope + "/" + key + "}}";
    }
}
