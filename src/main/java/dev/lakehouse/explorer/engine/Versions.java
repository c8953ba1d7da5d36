package dev.lakehouse.explorer.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions the build put together, read from a filtered resource so that no Spark class has to load. */
public record Versions(String app, String spark, String delta) {

    public static Versions current() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Versions(p.getProperty("app", "dev"), p.getProperty("spark", "?"), p.getProperty("delta", "?"));
    }
}
