package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.StorageException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@link StorageAccess} for {@link ConnectionType#LOCAL} connections: the connection's folder through java.nio.
 * An upload puts a file under {@code path} by its own name, and a folder's contents under {@code path} (as
 * {@code az storage blob upload-batch} does). Paths never leave the connection's folder.
 */
public final class LocalStorageAccess implements StorageAccess {

    @Override
    public List<ConnectionCheck> diagnose(Connection connection, String credential) {
        List<ConnectionCheck> checks = new ArrayList<>();
        Path root = root(connection);
        if (!Files.isDirectory(root)) {
            checks.add(new ConnectionCheck("folder", false, "The folder " + root + " does not exist."));
            return checks;
        }
        checks.add(new ConnectionCheck("folder", true, root + " exists"));
        try (Stream<Path> s = Files.list(root)) {
            checks.add(new ConnectionCheck("list", true, s.count() + " entries"));
        } catch (IOException e) {
            checks.add(new ConnectionCheck("list", false, "Cannot list " + root + ": " + Transfers.describe(e)));
            return checks;
        }
        checks.add(probeWrite(root));
        return checks;
    }

    private static ConnectionCheck probeWrite(Path root) {
        Path probe = root.resolve(".lakehouse-probe-" + UUID.randomUUID());
        try {
            Files.writeString(probe, "probe");
            Files.delete(probe);
            return new ConnectionCheck("write", true, "a probe file was written and deleted");
        } catch (IOException e) {
            return new ConnectionCheck("write", false, "Cannot write in " + root + ": " + Transfers.describe(e));
        }
    }

    @Override
    public List<StorageEntry> list(Connection connection, String credential, String path) {
        Path dir = resolve(connection, path);
        if (!Files.isDirectory(dir)) {
            throw new StorageException("No folder '" + path + "' in connection '" + connection.name() + "'.");
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(p -> entry(p, join(path, p.getFileName().toString())))
                    .sorted(Comparator.comparing((StorageEntry e) -> !e.isDirectory()).thenComparing(StorageEntry::name))
                    .toList();
        } catch (IOException e) {
            throw new StorageException("Cannot list '" + path + "' in connection '" + connection.name() + "': "
                    + Transfers.describe(e), e);
        }
    }

    private static StorageEntry entry(Path p, String relative) {
        boolean dir = Files.isDirectory(p);
        try {
            return new StorageEntry(p.getFileName().toString(), relative, dir, dir ? 0 : Files.size(p),
                    Files.getLastModifiedTime(p).toInstant(), dir && Files.isDirectory(p.resolve("_delta_log")));
        } catch (IOException e) {
            return new StorageEntry(p.getFileName().toString(), relative, dir, 0, null, false); // vanished meanwhile
        }
    }

    @Override
    public long upload(Connection connection, String credential, Path local, String path, TransferControl control) {
        Path target = resolve(connection, path);
        if (!Files.exists(local)) {
            throw new StorageException("Nothing to upload: " + local + " does not exist.");
        }
        if (Files.isRegularFile(local)) {
            return new Transfers(control, size(local)).copy(local, target.resolve(local.getFileName().toString()));
        }
        List<Path> files = filesUnder(local);
        var transfer = new Transfers(control, files.stream().mapToLong(LocalStorageAccess::size).sum());
        long done = 0;
        for (Path f : files) {
            Path to = target;
            for (Path part : local.relativize(f)) {
                to = to.resolve(part.toString());
            }
            done += transfer.copy(f, to);
        }
        return done;
    }

    @Override
    public long download(Connection connection, String credential, String path, Path local, TransferControl control) {
        Path source = resolve(connection, path);
        if (!Files.isRegularFile(source)) {
            throw new StorageException("No file '" + path + "' in connection '" + connection.name() + "'.");
        }
        Path target = Files.isDirectory(local) ? local.resolve(source.getFileName().toString()) : local;
        return new Transfers(control, size(source)).copy(source, target);
    }

    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new StorageException("Cannot read the folder " + folder + ": " + Transfers.describe(e), e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new StorageException("Cannot read " + p + ": " + Transfers.describe(e), e);
        }
    }

    private static Path root(Connection c) {
        return ConnectionRoots.root(c).localPath();
    }

    /** The folder or file at a relative path, refusing ".." that would climb out of the connection's folder. */
    private static Path resolve(Connection c, String relative) {
        Path root = root(c).toAbsolutePath().normalize();
        Path p = root;
        for (String part : (relative == null ? "" : relative).split("/")) {
            if (!part.isEmpty()) {
                p = p.resolve(part);
            }
        }
        p = p.normalize();
        if (!p.startsWith(root)) {
            throw new StorageException("'" + relative + "' lies outside connection '" + c.name() + "'.");
        }
        return p;
    }

    private static String join(String base, String name) {
        String b = base == null ? "" : base.replaceAll("^/+|/+$", "");
        return b.isEmpty() ? name : b + "/" + name;
    }
}
