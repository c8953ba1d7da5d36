package dev.lakehouse.explorer.engine.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.delta.FileReferences;
import dev.lakehouse.explorer.engine.delta.TableRef;
import org.apache.spark.sql.delta.util.Codec;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which versions stop being readable when some files are deleted: those whose snapshot references one of them.
 * Replays the add/remove actions of the kept commit files once ({@link FileReferences}), including deletion-vector
 * files — instead of one Spark snapshot per version, which costs a log replay each.
 */
final class VacuumImpact {
    private static final Pattern COMMIT = Pattern.compile("\\d{20}\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private VacuumImpact() {
    }

    /**
     * @param deleted       absolute paths of the files to delete
     * @param readableNow   the versions readable today; only these can "stop" being readable
     * @return the versions of {@code readableNow} that reference a deleted file, ascending
     */
    static List<Long> versionsLosingFiles(TableRef table, Set<Path> deleted, Collection<Long> readableNow) {
        if (deleted.isEmpty() || readableNow.isEmpty()) {
            return List.of();
        }
        List<FileReferences.Commit> commits = readCommits(table, deleted);
        FileReferences.Referencing referencing = FileReferences.of(deleted, commits);
        Set<Long> losing = new HashSet<>(referencing.versions());
        long first = commits.isEmpty() ? Long.MAX_VALUE : commits.get(0).version();
        if (referencing.beforeFirstCommit()) {
            readableNow.stream().filter(v -> v < first).forEach(losing::add);
        }
        return readableNow.stream().filter(losing::contains).sorted().toList();
    }

    /** The add/remove events of each kept commit, for the deleted files only. */
    private static List<FileReferences.Commit> readCommits(TableRef table, Set<Path> deleted) {
        TreeMap<Long, FileReferences.Commit> commits = new TreeMap<>();
        Path log = table.location().resolve("_delta_log");
        try (Stream<Path> files = Files.list(log)) {
            for (Path f : files.filter(p -> COMMIT.matcher(p.getFileName().toString()).matches()).toList()) {
                long version = Long.parseLong(f.getFileName().toString().substring(0, 20));
                commits.put(version, commit(version, table, f, deleted));
            }
        } catch (IOException e) {
            throw new QueryException("Cannot read the log of " + table + ": " + e.getMessage(), e);
        }
        return List.copyOf(commits.values());
    }

    private static FileReferences.Commit commit(long version, TableRef table, Path commit, Set<Path> deleted)
            throws IOException {
        List<Path> removed = new ArrayList<>();
        List<Path> added = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(commit, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || !(line.contains("\"add\"") || line.contains("\"remove\""))) {
                    continue;
                }
                JsonNode action = JSON.readTree(line);
                for (String kind : new String[] {"add", "remove"}) {
                    JsonNode file = action.get(kind);
                    if (file != null) {
                        for (Path p : paths(table, file)) {
                            if (deleted.contains(p)) {
                                (kind.equals("add") ? added : removed).add(p);
                            }
                        }
                    }
                }
            }
        }
        return new FileReferences.Commit(version, removed, added);
    }

    /** The data file of an add or remove action, and its deletion-vector file when stored beside the table. */
    private static List<Path> paths(TableRef table, JsonNode file) {
        List<Path> out = new ArrayList<>();
        Path data = resolve(table, file.path("path").asText(null));
        if (data != null) {
            out.add(data);
        }
        JsonNode dv = file.get("deletionVector");
        if (dv != null && dv.isObject()) {
            Path dvFile = deletionVectorFile(table, dv.path("storageType").asText(), dv.path("pathOrInlineDv").asText());
            if (dvFile != null) {
                out.add(dvFile);
            }
        }
        return out;
    }

    /** Delta's layout: 'u' = [random prefix] + base85 UUID → {@code <prefix>/deletion_vector_<uuid>.bin}. */
    static Path deletionVectorFile(TableRef table, String storageType, String pathOrInline) {
        try {
            if ("p".equals(storageType)) {
                return resolve(table, pathOrInline);
            }
            if (!"u".equals(storageType) || pathOrInline.length() < 20) {
                return null; // inline: no file
            }
            int split = pathOrInline.length() - 20;
            String uuid = Codec.Base85Codec$.MODULE$.decodeUUID(pathOrInline.substring(split)).toString();
            String prefix = pathOrInline.substring(0, split);
            Path dir = prefix.isEmpty() ? table.location() : table.location().resolve(prefix);
            return dir.resolve("deletion_vector_" + uuid + ".bin").normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A log path (URI-encoded, relative to the table unless absolute) as a local file; null when not local. */
    static Path resolve(TableRef table, String logPath) {
        if (logPath == null) {
            return null;
        }
        try {
            URI uri = URI.create(logPath);
            if (!uri.isAbsolute()) {
                return table.location().resolve(uri.getPath()).normalize();
            }
            return "file".equalsIgnoreCase(uri.getScheme()) ? Path.of(uri).normalize() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
