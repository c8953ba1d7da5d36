package dev.lakehouse.explorer.ui.medallion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The specs recently opened in a workspace, newest first, one absolute path a line in the workspace's state folder
 * ({@code .lakehouse/recent-pipelines.txt}), so they follow the workspace rather than the machine. Blocking file
 * I/O: call through the task runner.
 */
public final class RecentSpecs {
    static final int KEPT = 10;
    private final Path file;

    public RecentSpecs(Path workspace) {
        this.file = workspace.resolve(".lakehouse").resolve("recent-pipelines.txt");
    }

    /** The specs still on disk, newest first. */
    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(Path::of).filter(Files::isRegularFile).distinct().limit(KEPT).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the recent pipeline specs " + file + ": " + e.getMessage(), e);
        }
    }

    /** Puts a spec first and returns the new list. */
    public List<Path> add(Path spec) {
        Path abs = spec.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>();
        next.add(abs);
        list().stream().filter(p -> !p.equals(abs)).limit(KEPT - 1L).forEach(next::add);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, next.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remember the recent pipeline specs in " + file + ": "
                    + e.getMessage(), e);
        }
        return next;
    }
}
