package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Databricks' {@code secret(scope, key)} in SQL: the value, registered with the redactor by the secret service
 * before Spark sees it, so every result cell, log line and error that would show it shows {@code [REDACTED]}.
 * <p>
 * Spark serializes a UDF's closure even in local mode, and the secret service cannot travel: the function keeps
 * only the application id and finds the service in a per-JVM table. It therefore runs where the driver runs —
 * local sessions; on a cluster, executors of other JVMs get a clear error instead of a value.
 */
final class SecretFunction implements UDF2<String, String, String> {
    private static final Map<String, SecretService> SERVICES = new ConcurrentHashMap<>();
    private final String applicationId;

    private SecretFunction(String applicationId) {
        this.applicationId = applicationId;
    }

    static void register(SparkSession spark, SecretService secrets) {
        String app = spark.sparkContext().applicationId();
        SERVICES.put(app, secrets);
        spark.udf().register("secret", new SecretFunction(app), DataTypes.StringType);
    }

    static void unregister(SparkSession spark) {
        SERVICES.remove(spark.sparkContext().applicationId());
    }

    @Override
    public String call(String scope, String key) {
        SecretService secrets = SERVICES.get(applicationId);
        if (secrets == null) {
            throw new IllegalStateException("secret() runs on the driver's machine only (a local session)");
        }
        if (scope == null || key == null) {
            throw new IllegalArgumentException("secret(scope, key) needs a scope and a key");
        }
        try {
            return secrets.value(new SecretReference(scope, key));
        } catch (EngineException e) {
            // Spark wraps what a UDF throws; the message (never a value) is what the user reads
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
