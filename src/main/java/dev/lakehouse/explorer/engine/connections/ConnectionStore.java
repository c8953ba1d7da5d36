package dev.lakehouse.explorer.engine.connections;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.workspace.AtomicFile;
import dev.lakehouse.explorer.engine.workspace.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The saved connections, {@code .lakehouse/connections.json}: {@code {"format":"lakehouse-connections/1",
 * "connections":[…]}}, secrets as references only. An exported file has the same shape (plus the names of the
 * scopes its references need), so both are read and written here. A damaged file is an error, never an empty list.
 */
public final class ConnectionStore {
    static final String FORMAT = "lakehouse-connections/1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path file;

    public ConnectionStore(Workspace ws) {
        this.file = ws.state().resolve("connections.json");
    }

    public Path file() {
        return file;
    }

    /** Saved connections, sorted by name; none when the file does not exist yet. */
    public synchronized List<Connection> load() {
        return Files.exists(file) ? read(file, "The connections file") : List.of();
    }

    public synchronized void save(Collection<Connection> connections) {
        write(file, connections, List.of(), "the connections");
    }

    /** Reads a connections file; {@code what} names it in messages ("The connections file", "The import file"). */
    static List<Connection> read(Path file, String what) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("connections").isArray()) {
                throw new StorageException(what + " " + file + " is not a " + FORMAT + " file.");
            }
            List<Connection> out = new ArrayList<>();
            for (JsonNode n : root.get("connections")) {
                out.add(JSON.treeToValue(n, Connection.class));
            }
            out.sort(Comparator.comparing(Connection::name));
            return List.copyOf(out);
        } catch (IOException | IllegalArgumentException e) {
            String line = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new StorageException(what + " " + file + " cannot be read: " + line, e);
        }
    }

    /** Writes connections (and, for an export, the scopes they need) atomically. */
    static void write(Path target, Collection<Connection> connections, List<String> scopes, String what) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
        root.set("connections", JSON.valueToTree(connections.stream().sorted(Comparator.comparing(Connection::name)).toList()));
        if (!scopes.isEmpty()) {
            root.set("scopes", JSON.valueToTree(scopes));
        }
        try {
            AtomicFile.write(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new StorageException("Cannot write " + what + " to " + target + ": " + e.getMessage(), e);
        }
    }
}
