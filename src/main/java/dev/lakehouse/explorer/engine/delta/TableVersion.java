package dev.lakehouse.explorer.engine.delta;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One commit of a Delta table, as the history lists it.
 *
 * @param version             the commit's version
 * @param timestamp           when it was committed: the in-commit timestamp when the table keeps them, else the
 *                            commit's {@code commitInfo.timestamp}, else the commit file's modification time
 * @param operation           {@code WRITE}, {@code DELETE}, {@code MERGE}…; {@code UNKNOWN} when the commit holds no
 *                            commitInfo
 * @param operationParameters the operation's parameters; values that are not JSON strings are given as JSON text
 * @param operationMetrics    the operation's metrics (row and file counts…), as text
 * @param userName            who committed, when the writer recorded it; else null
 * @param engineInfo          the writer, e.g. {@code Apache-Spark/3.5.3 Delta-Lake/3.3.0}; else null
 * @param readable            whether this version can be read now: its log can be rebuilt and none of its data
 *                            files is missing
 * @param notReadableReason   why not, for the user (e.g. {@code data files removed by VACUUM}); null when readable
 */
public record TableVersion(long version, Instant timestamp, String operation, Map<String, String> operationParameters,
                           Map<String, String> operationMetrics, String userName, String engineInfo, boolean readable,
                           String notReadableReason) {

    public TableVersion {
        operationParameters = Collections.unmodifiableMap(new LinkedHashMap<>(operationParameters));
        operationMetrics = Collections.unmodifiableMap(new LinkedHashMap<>(operationMetrics));
    }
}
