package dev.lakehouse.explorer.engine.connections;

import java.time.Instant;

/**
 * One entry of a storage listing.
 *
 * @param name         the last path segment (a container's name at the account level)
 * @param path         the full URI of the entry, as {@code storage ls} and SQL {@code LOCATION} take it
 * @param isDirectory  a folder (or a container)
 * @param size         bytes of a file, 0 for a folder
 * @param modified     last modification, null when the store does not say (virtual folders)
 * @param isDeltaTable a folder holding a {@code _delta_log}
 */
public record StorageEntry(String name, String path, boolean isDirectory, long size, Instant modified,
                           boolean isDeltaTable) {
}
