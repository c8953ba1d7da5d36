package dev.lakehouse.explorer.engine.connections;

import java.nio.file.Path;
import java.util.List;

/**
 * Reaches the storage behind one kind of connection with its credential already resolved: the Azure SDK for
 * Azure and Azurite ({@code engine.azure}), the file system for local folders. Paths are relative to the
 * connection's container root, '/'-separated, without a leading '/' ("" is the root).
 *
 * <p>Errors are {@link dev.lakehouse.explorer.engine.StorageException}s in one line that never contains the
 * credential.
 */
public interface StorageAccess {

    /** The checks of "Test connection", in order, stopping at the first failure. */
    List<ConnectionCheck> diagnose(Connection connection, String credential);

    /** Entries directly under a path; their {@link StorageEntry#path()} is relative to the container root too. */
    List<StorageEntry> list(Connection connection, String credential, String path);

    /** Uploads a file or a folder's files under {@code path}; creates a missing container. Returns bytes written. */
    long upload(Connection connection, String credential, Path local, String path, TransferControl control);

    /** Downloads the file at {@code path} to {@code local} (a file, or a folder to put it in). Returns bytes read. */
    long download(Connection connection, String credential, String path, Path local, TransferControl control);
}
