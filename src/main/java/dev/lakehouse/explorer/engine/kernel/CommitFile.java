package dev.lakehouse.explorer.engine.kernel;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The facts one commit file ({@code _delta_log/NNN.json}) holds that history and readability need.
 *
 * @param version             the commit's version
 * @param timestamp           in-commit timestamp, else {@code commitInfo.timestamp}, else the file's modification time
 * @param operation           commitInfo operation, or {@code UNKNOWN}
 * @param operationParameters commitInfo operationParameters, non-strings as JSON text
 * @param operationMetrics    commitInfo operationMetrics, as text
 * @param userName            commitInfo userName, or null
 * @param engineInfo          commitInfo engineInfo, or null
 * @param added               paths of {@code add} actions, as written in the log (URI-encoded, usually relative),
 *                            each followed by its deletion-vector file when it has one
 * @param removed             paths of {@code remove} actions, as written in the log, with deletion-vector files
 * @param protocol            the {@code protocol} action, or null
 * @param schemaString        the {@code metaData} action's schema, "" when it has none, null without metaData
 * @param damage              why the file could not be parsed, or null when it was
 */
record CommitFile(long version, Instant timestamp, String operation, Map<String, String> operationParameters,
                  Map<String, String> operationMetrics, String userName, String engineInfo, List<String> added,
                  List<String> removed, ProtocolAction protocol, String schemaString, String damage) {

    static final String UNKNOWN_OPERATION = "UNKNOWN";

    /** A commit file that exists but cannot be parsed. */
    static CommitFile damaged(long version, Instant modified, String why) {
        return new CommitFile(version, modified, UNKNOWN_OPERATION, Map.of(), Map.of(), null, null, List.of(),
                List.of(), null, null, why);
    }

    boolean hasMetadata() {
        return schemaString != null;
    }

    /** A {@code protocol} action. */
    record ProtocolAction(int minReaderVersion, int minWriterVersion, List<String> readerFeatures,
                          List<String> writerFeatures) {
    }
}
