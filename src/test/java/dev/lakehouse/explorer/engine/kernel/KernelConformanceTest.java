package dev.lakehouse.explorer.engine.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableDetail;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every table of the conformance corpus against its entry in EXPECTED.json (numbers checked with Spark 3.5 +
 * Delta 3.3). Readable tables: latest version, row counts at every listed version, refused versions, partition
 * columns, protocol and features, schema, properties, history and its readability flags. Unreadable tables: a
 * one-line {@link TableReadException} naming the problem the expectation names.
 */
class KernelConformanceTest {
    private static final KernelTableReader READER = new KernelTableReader();
    private static final Pattern AVAILABLE = Pattern.compile("Available versions: \\[(\\d+), (\\d+)]");
    private static final Pattern KERNEL_EXPECTS = Pattern.compile("Delta Kernel expects (\\d+) rows at the latest version");

    @TestFactory
    Stream<DynamicNode> everyTableMeetsItsExpectation() throws IOException {
        Corpus.assumePresent();
        JsonNode expected = new ObjectMapper().readTree(Corpus.ROOT.resolve("EXPECTED.json").toFile());
        var tables = new ArrayList<DynamicNode>();
        expected.forEach(entry -> tables.add(DynamicContainer.dynamicContainer(entry.get("name").asText(),
                checks(entry, Corpus.table(entry.get("path").asText())))));
        return tables.stream();
    }

    private static Stream<DynamicNode> checks(JsonNode e, TableRef t) {
        if (e.get("readable").asBoolean()) {
            return readableChecks(e, t).stream();
        }
        if (e.has("readableElsewhere") && KERNEL_EXPECTS.matcher(e.get("readableElsewhere").asText()).find()) {
            return readByKernelChecks(e, t).stream();
        }
        return unreadableChecks(e, t).stream();
    }

    private static List<DynamicNode> readableChecks(JsonNode e, TableRef t) {
        var checks = new ArrayList<DynamicNode>();
        long latest = e.get("latestVersion").asLong();
        checks.add(check("latest version", () -> assertThat(READER.latestVersion(t)).isEqualTo(latest)));
        checks.add(check("row count", () -> assertThat(READER.rowCount(t, null)).isEqualTo(e.get("rowCount").asLong())));
        checks.add(check("first page", () -> firstPageFits(t, e.get("rowCount").asLong())));
        checks.addAll(versionChecks(e, t));
        checks.add(check("partition columns", () -> {
            List<String> expected = texts(e.get("partitionColumns"));
            assertThat(READER.detail(t, null).partitionColumns()).isEqualTo(expected);
            assertThat(READER.schema(t, null).partitionColumns()).isEqualTo(expected);
        }));
        checks.add(check("protocol and features", () -> protocolMatches(e.get("protocol"), READER.detail(t, null))));
        if (e.has("schema")) {
            checks.add(check("schema", () -> assertThat(READER.schema(t, null).simpleString())
                    .isEqualTo(e.get("schema").asText())));
        }
        if (e.has("tableProperties")) {
            checks.add(check("properties", () -> assertThat(READER.detail(t, null).properties())
                    .containsAllEntriesOf(textMap(e.get("tableProperties")))));
        }
        checks.add(check("history", () -> historyMatches(e, t)));
        return checks;
    }

    /** Listed versions read with their row counts; refused ones throw; probes outside the log name the range. */
    private static List<DynamicNode> versionChecks(JsonNode e, TableRef t) {
        var checks = new ArrayList<DynamicNode>();
        e.get("versions").fields().forEachRemaining(v -> checks.add(check("version " + v.getKey(), () ->
                assertThat(READER.rowCount(t, Long.parseLong(v.getKey()))).isEqualTo(v.getValue().asLong()))));
        if (e.has("versionErrors")) {
            e.get("versionErrors").fieldNames().forEachRemaining(v -> checks.add(check("version " + v + " refused",
                    () -> refused(() -> READER.firstRows(t, Long.parseLong(v), 10), "VACUUM"))));
        }
        if (e.has("versionErrorsExpected")) {
            e.get("versionErrorsExpected").fields().forEachRemaining(range -> {
                String[] bounds = range.getKey().split("-");
                for (long v = Long.parseLong(bounds[0]); v <= Long.parseLong(bounds[bounds.length - 1]); v++) {
                    long version = v;
                    if (!range.getValue().asText().contains("VACUUM")) {
                        checks.add(check("version " + v + " refused", () -> refused(
                                () -> READER.rowCount(t, version), "cleaned up", availableRange(range.getValue()))));
                    }
                }
            });
        }
        e.get("timeTravelProbes").fields().forEachRemaining(p -> checks.add(check("probe version " + p.getKey(),
                () -> refused(() -> READER.schema(t, Long.parseLong(p.getKey())), availableRange(p.getValue())))));
        return checks;
    }

    /** Kernel reads tables Delta 3.3 on Spark refuses (type widening): the expectation names Kernel's count. */
    private static List<DynamicNode> readByKernelChecks(JsonNode e, TableRef t) {
        Matcher m = KERNEL_EXPECTS.matcher(e.get("readableElsewhere").asText());
        assertThat(m.find()).isTrue();
        var checks = new ArrayList<DynamicNode>();
        checks.add(check("latest version", () -> assertThat(READER.latestVersion(t)).isEqualTo(e.get("latestVersion").asLong())));
        checks.add(check("row count as Kernel expects", () -> assertThat(READER.rowCount(t, null)).isEqualTo(Long.parseLong(m.group(1)))));
        e.get("versions").fields().forEachRemaining(v -> checks.add(check("version " + v.getKey(), () ->
                assertThat(READER.rowCount(t, Long.parseLong(v.getKey()))).isEqualTo(v.getValue().asLong()))));
        checks.add(check("protocol and features", () -> protocolMatches(e.get("protocol"), READER.detail(t, null))));
        checks.add(check("history", () -> assertThat(versionOperations(READER.history(t))).isEqualTo(texts(e.get("history")))));
        return checks;
    }

    private static List<DynamicNode> unreadableChecks(JsonNode e, TableRef t) {
        String[] phrases = problemPhrases(e);
        var checks = new ArrayList<DynamicNode>();
        checks.add(check("first rows refused", () -> refused(() -> READER.firstRows(t, null, 10), phrases)));
        checks.add(check("schema refused", () -> refused(() -> READER.schema(t, null), phrases)));
        checks.add(check("detail refused", () -> refused(() -> READER.detail(t, null), phrases)));
        if (!t.location().resolve("_delta_log").toFile().isDirectory()) {
            checks.add(check("history refused", () -> refused(() -> READER.history(t), phrases)));
            checks.add(check("latest version refused", () -> refused(() -> READER.latestVersion(t), phrases)));
        }
        return checks;
    }

    /** What our message must mention, taken from the error Spark + Delta 3.3 gave for the same table. */
    static String[] problemPhrases(JsonNode e) {
        String observed = e.path("observedError").asText() + " " + e.path("expectedErrorKind").asText();
        Matcher m;
        if (observed.contains("DELTA_TABLE_NOT_FOUND")) {
            return new String[] {"not a Delta table", "_delta_log"};
        }
        if ((m = Pattern.compile("requires reader version (\\d+)").matcher(observed)).find()) {
            return new String[] {"reader version " + m.group(1)};
        }
        if ((m = Pattern.compile("Versions \\((\\d+), (\\d+)\\) are not contiguous").matcher(observed)).find()) {
            return new String[] {"version " + (Long.parseLong(m.group(1)) + 1), "missing"};
        }
        if (observed.contains("metadata") || observed.contains("metaData")) {
            return new String[] {"metadata"};
        }
        if (observed.contains("variant")) {
            return new String[] {"variant"};
        }
        throw new AssertionError("no known problem in the expectation of " + e.get("name"));
    }

    private static void firstPageFits(TableRef t, long rowCount) {
        ResultPage page = READER.firstRows(t, null, 5);
        assertThat(page.rows()).hasSize((int) Math.min(5, rowCount));
        assertThat(page.hasMore()).isEqualTo(rowCount > 5);
        assertThat(page.columns()).extracting(c -> c.name())
                .isEqualTo(READER.schema(t, null).fields().stream().map(f -> f.name()).toList());
        page.rows().forEach(r -> assertThat(r).hasSize(page.columns().size()));
    }

    private static void protocolMatches(JsonNode protocol, TableDetail detail) {
        assertThat(detail.minReaderVersion()).isEqualTo(protocol.get("minReaderVersion").asInt());
        assertThat(detail.minWriterVersion()).isEqualTo(protocol.get("minWriterVersion").asInt());
        assertThat(detail.tableFeatures()).isEqualTo(texts(protocol.get("tableFeatures")));
    }

    /** Operations match, and every version EXPECTED reads is readable while every refused one is not. */
    private static void historyMatches(JsonNode e, TableRef t) {
        List<TableVersion> history = READER.history(t);
        assertThat(versionOperations(history)).isEqualTo(texts(e.get("history")));
        for (TableVersion v : history) {
            String key = String.valueOf(v.version());
            if (e.get("versions").has(key)) {
                assertThat(v.readable()).as("version %s readable", key).isTrue();
                assertThat(v.notReadableReason()).isNull();
            } else if (e.path("versionErrors").has(key)) {
                assertThat(v.readable()).as("version %s readable", key).isFalse();
                assertThat(v.notReadableReason()).isEqualTo(ReadabilityCheck.VACUUMED);
            }
        }
    }

    private static List<String> versionOperations(List<TableVersion> history) {
        return history.stream().map(v -> v.version() + ":" + v.operation()).toList();
    }

    /** Spark's "Available versions: [10, 13]" becomes our "10–13" (or "0" for a single version). */
    private static String availableRange(JsonNode error) {
        Matcher m = AVAILABLE.matcher(error.asText().replace("N", "0"));
        assertThat(m.find()).as("a range in %s", error).isTrue();
        return LogListing.range(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }

    private static void refused(Executable read, String... phrases) {
        assertThatThrownBy(read::execute).isInstanceOf(TableReadException.class)
                .satisfies(x -> {
                    assertThat(x.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
                    for (String phrase : phrases) {
                        assertThat(x.getMessage()).containsIgnoringCase(phrase);
                    }
                });
    }

    private static DynamicNode check(String name, Executable body) {
        return dynamicTest(name, body);
    }

    private static List<String> texts(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static Map<String, String> textMap(JsonNode object) {
        var map = new TreeMap<String, String>();
        object.fields().forEachRemaining(f -> map.put(f.getKey(), f.getValue().asText()));
        return map;
    }
}
