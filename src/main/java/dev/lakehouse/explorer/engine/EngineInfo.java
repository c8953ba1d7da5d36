package dev.lakehouse.explorer.engine;

import java.nio.file.Path;

/**
 * What the engine runs on, for the Home panel and {@code version}.
 *
 * @param appVersion   Lakehouse Explorer's version
 * @param sparkVersion Apache Spark's version (known before the session starts)
 * @param deltaVersion Delta Lake's version
 * @param master       the Spark master URL, e.g. {@code local[*]}
 * @param workspace    the workspace folder
 */
public record EngineInfo(String appVersion, String sparkVersion, String deltaVersion, String master, Path workspace) {
}
