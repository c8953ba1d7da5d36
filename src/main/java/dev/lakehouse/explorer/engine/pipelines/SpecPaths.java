package dev.lakehouse.explorer.engine.pipelines;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Targets and sources as text: which are folder paths, how relative paths resolve against the spec's folder, and
 * the key that tells two spellings of one table apart ({@code orders} and {@code DEFAULT.Orders} are one table).
 */
final class SpecPaths {
    static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Pattern URI = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern DRIVE = Pattern.compile("^[a-zA-Z]:[\\\\/].*");

    private SpecPaths() {
    }

    /** A folder rather than a metastore name: has a slash, starts with {@code .} or {@code ~}, or has a scheme. */
    static boolean isPath(String text) {
        return text.contains("/") || text.contains("\\") || text.startsWith(".") || text.startsWith("~")
                || URI.matcher(text).matches();
    }

    /** Absolute: URIs as written, {@code ~/x} under the home folder, anything else against {@code baseDir}. */
    static String resolve(String text, Path baseDir) {
        if (URI.matcher(text).matches() && !DRIVE.matcher(text).matches()) {
            return text;
        }
        if (text.equals("~") || text.startsWith("~/")) {
            Path home = Path.of(System.getProperty("user.home"));
            return (text.length() <= 2 ? home : home.resolve(text.substring(2))).normalize().toString();
        }
        return baseDir.resolve(text).toAbsolutePath().normalize().toString();
    }

    /** The key of a resolved target or {@code from:} text: {@code path:/abs} or {@code schema.table}, lower case. */
    static String key(String text) {
        if (isPath(text)) {
            return "path:" + text;
        }
        return tableKey(List.of(text.split("\\.", -1)));
    }

    /** The key of a table a query names; {@code delta.`/path`} is the path's key, so path targets match too. */
    static String key(TableReference ref, Path baseDir) {
        List<String> parts = ref.parts();
        if (parts.size() == 2 && parts.get(0).equalsIgnoreCase("delta") && isPath(parts.get(1))) {
            return "path:" + resolve(parts.get(1), baseDir);
        }
        return tableKey(parts);
    }

    private static String tableKey(List<String> parts) {
        List<String> p = parts;
        if (p.size() == 3 && p.get(0).equalsIgnoreCase("spark_catalog")) {
            p = p.subList(1, 3);
        }
        String name = p.size() == 1 ? "default." + p.get(0) : String.join(".", p);
        return name.toLowerCase(Locale.ROOT);
    }
}
