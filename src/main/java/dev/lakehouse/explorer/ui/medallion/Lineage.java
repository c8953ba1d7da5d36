package dev.lakehouse.explorer.ui.medallion;

import java.util.List;
import java.util.Optional;

/**
 * The lineage graph's content, ready to draw: nodes in columns by their depth in the DAG (source folders and
 * external tables at 0), edges between them with the rows that went along each in the last run.
 */
public record Lineage(List<Node> nodes, List<Edge> edges) {
    public static final Lineage EMPTY = new Lineage(List.of(), List.of());

    public Lineage {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** What a node stands for. */
    public enum Kind { SOURCE_FOLDER, EXTERNAL_TABLE, STEP }

    /** Medallion layer, for the node's accent colour. */
    public enum Tier { SOURCE, BRONZE, SILVER, GOLD }

    /**
     * @param step        the step's name; null for a source folder or external table
     * @param label       what the node is called on screen
     * @param detail      the target table (or folder path) of a step, the folder of a source
     * @param depth       the column it is drawn in
     * @param row         its place in the column, from the top
     * @param version     the target's Delta version the last run reached, or null
     * @param rowsWritten rows the last run wrote, or null when it did not run
     * @param quarantined rows the last run quarantined
     * @param error       why the last run failed or skipped it, or null
     */
    public record Node(String id, Kind kind, Tier tier, String step, String label, String detail, int depth, int row,
                       NodeStatus status, Long version, Long rowsWritten, long quarantined, String error) {
    }

    /** @param rows rows the downstream step read in the last run, or null when it did not run */
    public record Edge(String from, String to, Long rows) {
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Node> stepNode(String step) {
        return nodes.stream().filter(n -> step.equals(n.step())).findFirst();
    }

    public int depth() {
        return nodes.stream().mapToInt(Node::depth).max().orElse(-1) + 1;
    }
}
