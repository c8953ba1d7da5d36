package dev.lakehouse.explorer.engine.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a bronze commit says about itself in its {@code userMetadata} (commitInfo):
 * {@code {"lakehouse":"ingest","pipeline":…,"step":…,"batch":N,"runId":…,"files":[…]}}. The files are recorded in
 * the same commit as their rows, so the set of ingested files can never disagree with the table.
 */
record IngestCommit(String pipeline, String step, long batch, String runId, List<String> files) {
    private static final ObjectMapper JSON = new ObjectMapper();

    IngestCommit {
        files = List.copyOf(files);
    }

    String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("lakehouse", "ingest").put("pipeline", pipeline).put("step", step).put("batch", batch)
                .put("runId", runId);
        var arr = n.putArray("files");
        files.forEach(arr::add);
        return n.toString();
    }

    /** The commit note of a bronze step, or empty for any other commit's user metadata. */
    static Optional<IngestCommit> parse(String userMetadata) {
        if (userMetadata == null || !userMetadata.startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(userMetadata);
            if (!"ingest".equals(n.path("lakehouse").asText()) || !n.path("files").isArray()) {
                return Optional.empty();
            }
            List<String> files = new ArrayList<>();
            n.path("files").forEach(f -> files.add(f.asText()));
            return Optional.of(new IngestCommit(n.path("pipeline").asText(), n.path("step").asText(),
                    n.path("batch").asLong(), n.path("runId").asText(), files));
        } catch (JsonProcessingException e) {
            return Optional.empty(); // someone else's note
        }
    }

    boolean isOf(String pipelineName, String stepName) {
        return pipeline.equals(pipelineName) && step.equals(stepName);
    }
}
