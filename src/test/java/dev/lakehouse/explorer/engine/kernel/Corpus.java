package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.delta.TableRef;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The Delta conformance corpus in {@code ../shared/conformance/delta-golden} (tables written by other Delta writers).
 * It lives beside the project, not in it; tests that need it are skipped where it is absent.
 */
final class Corpus {
    static final Path ROOT = Path.of("..", "shared", "conformance", "delta-golden");

    private Corpus() {
    }

    static void assumePresent() {
        Assumptions.assumeTrue(Files.isRegularFile(ROOT.resolve("EXPECTED.json")),
                "conformance corpus not found at " + ROOT.toAbsolutePath());
    }

    static TableRef table(String name) {
        assumePresent();
        return TableRef.path(ROOT.resolve("tables").resolve(name));
    }

    /** Copies a corpus table into {@code target} (created), so a test may damage it. */
    static TableRef copy(String name, Path target) {
        Path source = table(name).location();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TableRef.path(target);
    }

    /** The commit file of a version in a table folder. */
    static Path commitFile(TableRef table, long version) {
        return table.location().resolve("_delta_log").resolve(String.format("%020d.json", version));
    }
}
