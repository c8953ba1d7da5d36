package dev.lakehouse.explorer.engine.spark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tables on which Kernel and Spark must agree, as SQL scripts ({@code $t} = the table). Each exercises a feature
 * a reader gets wrong easily; every commit makes a version to compare.
 */
final class AgreementTables {
    private AgreementTables() {
    }

    static Map<String, String> scripts() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("partitions", """
                CREATE TABLE $t (id INT, p_str STRING, p_int INT, p_long BIGINT, p_date DATE, ts TIMESTAMP,
                  p_dec DECIMAL(7,2), p_bool BOOLEAN, v STRING) USING delta
                  PARTITIONED BY (p_str, p_int, p_long, p_date, p_dec, p_bool);
                INSERT INTO $t VALUES
                  (1, 'a b', 1, 10000000000, DATE'2024-01-31', TIMESTAMP'2024-01-31 10:11:12.345678 UTC', 1.50, true, 'x'),
                  (2, 'x/y=z%#ü,;{}[]', -2, -1, DATE'1999-12-31', TIMESTAMP'1999-12-31 23:59:59 UTC', -0.01, false, 'y'),
                  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'z'),
                  (4, '', 0, 0, DATE'2024-02-29', TIMESTAMP'2024-02-29 00:00:00 UTC', 0.00, true, NULL);
                DELETE FROM $t WHERE p_int = -2;
                INSERT INTO $t VALUES (5, 'a b', 1, 10000000000, DATE'2024-01-31', TIMESTAMP'2024-01-31 10:11:12.345678 UTC', 1.50, true, 'again')""");
        s.put("column-mapping-name", columnMapping("name"));
        s.put("partition-types", """
                CREATE TABLE $t (id INT, p_byte TINYINT, p_short SMALLINT, p_float FLOAT, p_double DOUBLE, v STRING)
                  USING delta PARTITIONED BY (p_byte, p_short, p_float, p_double);
                INSERT INTO $t VALUES (1, 1Y, 2S, 1.5F, -0.25D, 'a'), (2, NULL, NULL, NULL, NULL, 'b'),
                  (3, -128Y, 32767S, 3.4e38F, 1e-300D, 'c')""");
        s.put("column-mapping-id", columnMapping("id"));
        // Delta 3.3 writes timestamp partition values as ISO-8601 UTC; the legacy form is written with the
        // utcTimestampPartitionValues switch off. Kernel 3.3.2 parses neither right by itself (PartitionTimestamps).
        s.put("timestamp-partitions", """
                CREATE TABLE $t (id INT, p_ts TIMESTAMP, p_ntz TIMESTAMP_NTZ, v STRING) USING delta
                  PARTITIONED BY (p_ts, p_ntz);
                INSERT INTO $t VALUES (1, TIMESTAMP'2024-01-31 10:11:12.345678 UTC', TIMESTAMP_NTZ'2024-01-31 10:11:12.5', 'a'),
                  (2, NULL, NULL, 'b'), (3, TIMESTAMP'1969-12-31 23:59:59 UTC', TIMESTAMP_NTZ'1900-01-01 00:00:00', 'c');
                SET spark.databricks.delta.write.utcTimestampPartitionValues = false;
                INSERT INTO $t VALUES (4, TIMESTAMP'2024-07-01 00:00:00.000001 UTC', TIMESTAMP_NTZ'2024-07-01 00:00:00', 'legacy');
                SET spark.databricks.delta.write.utcTimestampPartitionValues = true;
                DELETE FROM $t WHERE id = 3""");
        s.put("deletion-vectors", """
                CREATE TABLE $t (id BIGINT, v STRING) USING delta TBLPROPERTIES (delta.enableDeletionVectors = true);
                INSERT INTO $t SELECT id, CAST(id AS STRING) FROM range(0, 100, 1, 2);
                DELETE FROM $t WHERE id % 10 = 0;
                UPDATE $t SET v = 'updated' WHERE id < 5;
                DELETE FROM $t WHERE id > 90""");
        s.put("schema-evolution", """
                CREATE TABLE $t (id INT, a STRING) USING delta;
                INSERT INTO $t VALUES (1, 'x');
                ALTER TABLE $t ADD COLUMNS (b DOUBLE, c STRUCT<d: INT>);
                INSERT INTO $t VALUES (2, 'y', 2.5, named_struct('d', 4));
                ALTER TABLE $t ALTER COLUMN a COMMENT 'the a';
                CREATE OR REPLACE TEMP VIEW agreement_evo AS SELECT 3 AS id, 'z' AS a, 3.5D AS b, named_struct('d', 5) AS c, 'new' AS extra;
                SET spark.databricks.delta.schema.autoMerge.enabled = true;
                MERGE INTO $t t USING agreement_evo s ON t.id = s.id WHEN NOT MATCHED THEN INSERT *;
                SET spark.databricks.delta.schema.autoMerge.enabled = false;
                OVERWRITE SCHEMA WITH SELECT CAST(4 AS BIGINT) AS id, true AS z;
                INSERT INTO $t VALUES (5, false)""");
        s.put("change-data-feed", """
                CREATE TABLE $t (id INT, v STRING) USING delta TBLPROPERTIES (delta.enableChangeDataFeed = true);
                INSERT INTO $t VALUES (1, 'a'), (2, 'b'), (3, 'c');
                UPDATE $t SET v = 'bb' WHERE id = 2;
                DELETE FROM $t WHERE id = 3""");
        s.put("timestamp-ntz", """
                CREATE TABLE $t (id INT, ntz TIMESTAMP_NTZ, ts TIMESTAMP, d DATE) USING delta;
                INSERT INTO $t VALUES (1, TIMESTAMP_NTZ'2024-02-29 23:59:59.999999', TIMESTAMP'1970-01-01 00:00:00 UTC', DATE'1900-01-01'),
                  (2, NULL, NULL, NULL),
                  (3, TIMESTAMP_NTZ'1900-01-01 00:00:00', TIMESTAMP'9999-12-31 23:59:59.999999 UTC', DATE'9999-12-31')""");
        s.put("decimals", """
                CREATE TABLE $t (d1 DECIMAL(5,2), d2 DECIMAL(18,4), d3 DECIMAL(38,10), d4 DECIMAL(38,0), d5 DECIMAL(9,9)) USING delta;
                INSERT INTO $t VALUES (123.45, 12345678901234.5678, 1234567890123456789012345678.0123456789,
                  99999999999999999999999999999999999999, 0.123456789),
                  (-0.01, -0.0001, NULL, -99999999999999999999999999999999999999, -0.999999999),
                  (0, 0, 0, 0, 0)""");
        s.put("nested", """
                CREATE TABLE $t (id INT, s STRUCT<a: INT, b: STRUCT<c: STRING, d: ARRAY<INT>>>, arr ARRAY<STRUCT<x: INT, y: STRING>>,
                  m MAP<STRING, STRUCT<v: DOUBLE>>, aa ARRAY<ARRAY<INT>>, mi MAP<INT, STRING>, bin BINARY) USING delta;
                INSERT INTO $t VALUES
                  (1, named_struct('a', 1, 'b', named_struct('c', 'c1', 'd', array(1, NULL, 3))),
                   array(named_struct('x', 1, 'y', 'one'), NULL), map('k', named_struct('v', 1.5D), 'n', NULL),
                   array(array(1, 2), array(), NULL), map(1, 'one', 2, NULL), X'CAFE'),
                  (2, NULL, NULL, NULL, NULL, NULL, NULL);
                UPDATE $t SET s.a = 5 WHERE id = 1""");
        s.put("empty", """
                CREATE TABLE $t (id INT, v STRING) USING delta;
                INSERT INTO $t VALUES (1, 'a');
                DELETE FROM $t""");
        s.put("checkpoints", """
                CREATE TABLE $t (id INT, v STRING) USING delta TBLPROPERTIES (delta.checkpointInterval = 2);
                INSERT INTO $t VALUES (1, 'a');
                INSERT INTO $t VALUES (2, 'b');
                UPDATE $t SET v = 'bb' WHERE id = 2;
                INSERT INTO $t VALUES (3, 'c');
                DELETE FROM $t WHERE id = 1""");
        s.put("v2-checkpoints", """
                CREATE TABLE $t (id INT) USING delta TBLPROPERTIES (delta.checkpointPolicy = 'v2', delta.checkpointInterval = 2);
                INSERT INTO $t VALUES (1);
                INSERT INTO $t VALUES (2);
                INSERT INTO $t VALUES (3)""");
        return s;
    }

    private static String columnMapping(String mode) {
        return """
                CREATE TABLE $t (id INT, name STRING, info STRUCT<a: INT, b: STRING>) USING delta
                  TBLPROPERTIES (delta.columnMapping.mode = 'MODE');
                INSERT INTO $t VALUES (1, 'a', named_struct('a', 1, 'b', 'x')), (2, 'b', named_struct('a', 2, 'b', 'y'));
                ALTER TABLE $t RENAME COLUMN name TO full_name;
                ALTER TABLE $t RENAME COLUMN info.a TO alpha;
                INSERT INTO $t VALUES (3, 'c', named_struct('alpha', 3, 'b', 'z'));
                ALTER TABLE $t ADD COLUMNS (`odd col.name` STRING);
                INSERT INTO $t VALUES (4, 'd', NULL, 'odd');
                ALTER TABLE $t DROP COLUMN info""".replace("MODE", mode);
    }
}
