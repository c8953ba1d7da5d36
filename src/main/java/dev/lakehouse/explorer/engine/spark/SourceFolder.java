package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.PipelineException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists a bronze source folder the way Spark's file sources and Auto Loader see it: recursively, skipping every
 * file or folder whose name starts with {@code .} or {@code _} (checksums, {@code _SUCCESS}, {@code _delta_log},
 * editors' temporary files), sorted by path so that batches and their file lists are reproducible.
 * Goes through Hadoop's FileSystem so that a folder in cloud storage lists the same way as a local one.
 */
final class SourceFolder {
    private final Path root;
    private final Configuration conf;

    SourceFolder(String folder, Configuration conf) {
        this.root = new Path(folder);
        this.conf = conf;
    }

    /** Whether the folder exists (a file given as the source counts: it is its own only member). */
    boolean exists() {
        try {
            return fs().exists(root);
        } catch (IOException e) {
            throw new PipelineException("Cannot read source folder " + root + ": " + e.getMessage());
        }
    }

    /** Every data file, sorted by id. */
    List<SourceFile> list() {
        List<SourceFile> files = new ArrayList<>();
        try {
            FileSystem fs = fs();
            FileStatus top = fs.getFileStatus(root);
            if (top.isFile()) {
                files.add(file(fs, top));
            } else {
                walk(fs, top.getPath(), files);
            }
        } catch (FileNotFoundException e) {
            throw new PipelineException("source folder " + root + " does not exist");
        } catch (IOException e) {
            throw new PipelineException("Cannot list source folder " + root + ": " + e.getMessage());
        }
        files.sort(Comparator.comparing(SourceFile::id));
        return files;
    }

    private void walk(FileSystem fs, Path dir, List<SourceFile> out) throws IOException {
        for (FileStatus st : fs.listStatus(dir)) {
            String name = st.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            if (st.isDirectory()) {
                walk(fs, st.getPath(), out);
            } else {
                out.add(file(fs, st));
            }
        }
    }

    private static SourceFile file(FileSystem fs, FileStatus st) {
        Path q = fs.makeQualified(st.getPath());
        return new SourceFile(SourceFile.idOf(q), q, st.getLen());
    }

    private FileSystem fs() throws IOException {
        return root.getFileSystem(conf);
    }
}
