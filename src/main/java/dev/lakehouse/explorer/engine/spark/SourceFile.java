package dev.lakehouse.explorer.engine.spark;

import org.apache.hadoop.fs.Path;

/**
 * One file of a bronze step's source folder.
 *
 * @param id   how the file is known in the ingest log and in {@code _source_file}: the absolute path for a local
 *             file ({@code /data/landing/orders/a.csv}), else the full URI ({@code abfss://c@acct/landing/a.csv}).
 *             A file is identified by its path, as Auto Loader does: a file rewritten under the same name is not
 *             read again.
 * @param path what Hadoop and Spark open
 * @param size bytes
 */
record SourceFile(String id, Path path, long size) {

    /** The name without its folder, for messages. */
    String name() {
        return path.getName();
    }

    static String idOf(Path qualified) {
        String scheme = qualified.toUri().getScheme();
        return scheme == null || scheme.equals("file") ? qualified.toUri().getPath() : qualified.toString();
    }
}
