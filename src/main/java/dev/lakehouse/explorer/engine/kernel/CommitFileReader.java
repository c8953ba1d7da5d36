package dev.lakehouse.explorer.engine.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.delta.kernel.internal.deletionvectors.Base85Codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses commit files with Jackson. Kernel 3.3 has no public history API, and a history needs the commitInfo of
 * every commit while a snapshot needs none: reading the small JSON files directly is far cheaper (tens of ms for
 * dozens of commits) than building a snapshot per version.
 */
final class CommitFileReader {
    private static final ObjectReader LINES = new ObjectMapper().readerFor(JsonNode.class);

    private CommitFileReader() {
    }

    /** Every commit file of the listing, oldest first; a file that cannot be parsed comes back as damaged. */
    static List<CommitFile> readAll(LogListing listing) {
        var result = new ArrayList<CommitFile>(listing.commits().size());
        listing.commits().forEach((version, file) -> result.add(read(version, file)));
        return result;
    }

    static CommitFile read(long version, Path file) {
        Instant modified = modified(file);
        try (MappingIterator<JsonNode> lines = LINES.readValues(file.toFile())) {
            var commit = new Builder(version, modified);
            while (lines.hasNextValue()) {
                commit.accept(lines.nextValue());
            }
            return commit.build();
        } catch (JsonProcessingException | RuntimeException e) {
            return CommitFile.damaged(version, modified, "log file of version " + version + " is damaged");
        } catch (IOException e) {
            return CommitFile.damaged(version, modified, "log file of version " + version + " cannot be read");
        }
    }

    /**
     * Only the commit time of one commit file: reads lines up to the commitInfo (writers put it first; in-commit
     * timestamps require it), not the whole file, which for a large write holds thousands of add actions.
     */
    static Instant timestamp(Path file) {
        Instant modified = modified(file);
        try (MappingIterator<JsonNode> lines = LINES.readValues(file.toFile())) {
            while (lines.hasNextValue()) {
                JsonNode action = lines.nextValue();
                if (action.has("commitInfo")) {
                    return new Builder(0, modified).timestamp(action.get("commitInfo"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged file has no commit time to offer but its own.
        }
        return modified;
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MILLIS); // Delta's precision
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects one commit's actions, line by line. */
    private static final class Builder {
        private final long version;
        private final Instant modified;
        private JsonNode commitInfo;
        private final List<String> added = new ArrayList<>();
        private final List<String> removed = new ArrayList<>();
        private CommitFile.ProtocolAction protocol;
        private String schemaString;

        Builder(long version, Instant modified) {
            this.version = version;
            this.modified = modified;
        }

        void accept(JsonNode action) {
            if (action.has("add")) {
                files(action.get("add"), added);
            } else if (action.has("remove")) {
                files(action.get("remove"), removed);
            } else if (action.has("commitInfo")) {
                commitInfo = action.get("commitInfo");
            } else if (action.has("protocol")) {
                JsonNode p = action.get("protocol");
                protocol = new CommitFile.ProtocolAction(p.path("minReaderVersion").asInt(),
                        p.path("minWriterVersion").asInt(), names(p.path("readerFeatures")), names(p.path("writerFeatures")));
            } else if (action.has("metaData")) {
                schemaString = action.get("metaData").path("schemaString").asText("");
            }
        }

        /** The data file of an add or remove, and its deletion-vector file when it has one on disk. */
        private static void files(JsonNode action, List<String> paths) {
            paths.add(action.path("path").asText());
            String dv = deletionVectorFile(action.path("deletionVector"));
            if (dv != null) {
                paths.add(dv);
            }
        }

        CommitFile build() {
            JsonNode info = commitInfo == null ? MissingNode.getInstance() : commitInfo;
            return new CommitFile(version, timestamp(info), info.path("operation").asText(CommitFile.UNKNOWN_OPERATION),
                    texts(info.path("operationParameters")), texts(info.path("operationMetrics")),
                    textOrNull(info.path("userName")), textOrNull(info.path("engineInfo")), List.copyOf(added),
                    List.copyOf(removed), protocol, schemaString, null);
        }

        /** In-commit timestamps win (they are the table's own clock); then the writer's; then the file's. */
        private Instant timestamp(JsonNode info) {
            if (info.path("inCommitTimestamp").canConvertToLong()) {
                return Instant.ofEpochMilli(info.get("inCommitTimestamp").asLong());
            }
            if (info.path("timestamp").canConvertToLong()) {
                return Instant.ofEpochMilli(info.get("timestamp").asLong());
            }
            return modified;
        }
    }

    /**
     * The log-style path of a deletion vector's file: relative to the table for storage type {@code u} (a random
     * prefix, then the file's UUID in Base85), absolute for {@code p}; null for an inline vector or none.
     */
    static String deletionVectorFile(JsonNode dv) {
        String where = dv.path("pathOrInlineDv").asText("");
        switch (dv.path("storageType").asText("")) {
            case "u" -> {
                int split = where.length() - Base85Codec.ENCODED_UUID_LENGTH;
                if (split < 0) {
                    return null; // malformed: Delta itself will refuse to read the file
                }
                String prefix = where.substring(0, split);
                String file = "deletion_vector_" + Base85Codec.decodeUUID(where.substring(split)) + ".bin";
                return prefix.isEmpty() ? file : prefix + "/" + file;
            }
            case "p" -> {
                return where.isEmpty() ? null : where;
            }
            default -> {
                return null;
            }
        }
    }

    private static Map<String, String> texts(JsonNode object) {
        var map = new LinkedHashMap<String, String>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText()
                : e.getValue().toString()));
        return map;
    }

    private static List<String> names(JsonNode array) {
        var names = new ArrayList<String>();
        array.forEach(n -> names.add(n.asText()));
        return List.copyOf(names);
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
