package dev.lakehouse.explorer.engine.secrets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.workspace.AtomicFile;
import dev.lakehouse.explorer.engine.workspace.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The saved scope definitions — never values — in {@code .lakehouse/secrets/scopes.json}:
 * {@code {"format":"lakehouse-scopes/1","scopes":[…]}}. A missing file is no scopes; a damaged one is an error,
 * not an empty list, so a bad edit cannot make every scope seem to vanish (and be overwritten by the next save).
 */
public final class ScopeStore {
    static final String FORMAT = "lakehouse-scopes/1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path file;

    public ScopeStore(Workspace ws) {
        this.file = folder(ws).resolve("scopes.json");
    }

    /** The folder of scope definitions and local scope files. */
    public static Path folder(Workspace ws) {
        return ws.state().resolve("secrets");
    }

    public Path file() {
        return file;
    }

    /** The saved definitions, sorted by name. */
    public synchronized List<ScopeDefinition> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("scopes").isArray()) {
                throw damaged("not a " + FORMAT + " file", null);
            }
            List<ScopeDefinition> out = new ArrayList<>();
            for (JsonNode n : root.get("scopes")) {
                out.add(JSON.treeToValue(n, ScopeDefinition.class));
            }
            out.sort(Comparator.comparing(ScopeDefinition::name));
            return List.copyOf(out);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw damaged(e.getMessage(), e);
        }
    }

    /** Replaces the saved definitions in one atomic write. */
    public synchronized void save(List<ScopeDefinition> scopes) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
        var sorted = scopes.stream().sorted(Comparator.comparing(ScopeDefinition::name)).toList();
        root.set("scopes", JSON.valueToTree(sorted));
        try {
            AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new SecretException("Cannot save the secret scopes to " + file + ": " + e.getMessage(), e);
        }
    }

    private SecretException damaged(String why, Exception cause) {
        String line = why == null ? "" : why.lines().findFirst().orElse("");
        return new SecretException("The secret scopes file " + file + " is damaged: " + line
                + " (fix or remove it; scope files are kept).", cause);
    }
}
