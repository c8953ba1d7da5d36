package dev.lakehouse.explorer.ui.catalog;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Names, paths and literals quoted for Spark SQL, so a folder called {@code it's `odd`} still makes valid SQL. */
final class SqlText {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SqlText() {
    }

    /** True for a name that needs no quoting: what "Register as…" and "Convert" accept for new tables. */
    static boolean isPlainName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches();
    }

    static String ident(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    static String qualified(String schema, String name) {
        return ident(schema) + "." + ident(name);
    }

    /** A path-based table of a format, e.g. {@code delta.`/data/orders`}. */
    static String pathTable(String format, Path folder) {
        return format + "." + ident(folder.toString());
    }

    /** A string literal; Spark SQL reads backslash escapes in literals. */
    static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
