package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.sql.ExportResult;
import dev.lakehouse.explorer.engine.sql.SqlService;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoStatement;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a query's whole result to one file. Spark writes a folder of part files; {@code coalesce(1)} makes it one
 * part, written into a hidden folder beside the target and then moved into place, so the target never holds a
 * half-written file and the move stays on one file system. coalesce rather than repartition: it keeps the order
 * of an ORDER BY, at the price of a single writing task — fine for the sizes a desktop exports.
 */
final class SparkExport {
    private SparkExport() {
    }

    /** Checks the request before anything runs; the format, lower-cased. */
    static String check(String statement, Path target, String format) {
        String fmt = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (!SqlService.EXPORT_FORMATS.contains(fmt)) {
            throw new InvalidRequestException("Cannot export as \"" + format + "\": choose one of "
                    + String.join(", ", SqlService.EXPORT_FORMATS) + ".");
        }
        if (statement == null || statement.isBlank()) {
            throw new InvalidRequestException("Nothing to export: the statement is empty.");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidRequestException("Cannot export to " + target + ": the folder does not exist.");
        }
        return fmt;
    }

    /** Runs on the caller's thread, inside the job group of the export. */
    static ExportResult write(SparkSession spark, String statement, Path target, String format) {
        long start = System.nanoTime();
        requireQuery(parse(spark, statement));
        Dataset<Row> df = spark.sql(statement);
        if (format.equals("csv")) {
            df = csvReady(df);
        }
        Path absolute = target.toAbsolutePath();
        Path scratch = createScratch(absolute.getParent());
        try {
            Path out = scratch.resolve("data");
            // escape '"' as '""' (RFC 4180, what spreadsheets read), not Spark's default backslash
            df.coalesce(1).write().format(format).option("header", "true").option("escape", "\"")
                    .save(out.toUri().toString());
            Path part = singlePart(out);
            if (part == null) { // an empty result on a Spark that writes no part for it
                Files.writeString(absolute, format.equals("csv") ? header(df.schema()) : "", StandardCharsets.UTF_8);
            } else {
                move(part, absolute);
            }
            return new ExportResult(absolute, format, Files.size(absolute), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new QueryException("Could not write " + absolute + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static LogicalPlan parse(SparkSession spark, String statement) {
        try {
            return spark.sessionState().sqlParser().parsePlan(statement);
        } catch (ParseException e) {
            throw SparkErrors.map(e);
        }
    }

    /** Refuses statements that change something: exporting runs the statement again. */
    static void requireQuery(LogicalPlan plan) {
        String changing = changingNode(plan);
        if (changing != null) {
            throw new InvalidRequestException("Only the result of a query can be exported: exporting runs the "
                    + "statement again, and this one changes data or the catalog (" + changing + ").");
        }
    }

    private static String changingNode(LogicalPlan plan) {
        String name = plan.getClass().getSimpleName();
        boolean readOnlyCommand = name.startsWith("Show") || name.startsWith("Describe");
        if (plan instanceof InsertIntoStatement || (plan instanceof Command && !readOnlyCommand)) {
            return name;
        }
        for (LogicalPlan child : JavaConverters.seqAsJavaList(plan.children())) {
            String found = changingNode(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * CSV holds flat text only: nested values become JSON, binary becomes base64, and duplicate names (after a
     * join) get a suffix, since Spark refuses to write a file with two columns of one name.
     */
    static Dataset<Row> csvReady(Dataset<Row> df) {
        StructField[] fields = df.schema().fields();
        List<String> names = uniqueNames(fields);
        List<org.apache.spark.sql.Column> cols = new ArrayList<>();
        Dataset<Row> renamed = df.toDF(names.toArray(String[]::new));
        for (int i = 0; i < fields.length; i++) {
            org.apache.spark.sql.Column c = renamed.col(quote(names.get(i)));
            DataType t = fields[i].dataType();
            if (t instanceof StructType || t instanceof ArrayType || t instanceof MapType) {
                c = functions.to_json(c);
            } else if (t instanceof BinaryType) {
                c = functions.base64(c);
            }
            cols.add(c.as(names.get(i)));
        }
        return renamed.select(JavaConverters.asScalaBuffer(cols).toSeq());
    }

    private static List<String> uniqueNames(StructField[] fields) {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (StructField f : fields) {
            String name = f.name();
            for (int n = 2; !seen.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = f.name() + "_" + n;
            }
            names.add(name);
        }
        return names;
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static String header(StructType schema) {
        return String.join(",", schema.fieldNames()) + "\n";
    }

    private static Path createScratch(Path folder) {
        try {
            return Files.createTempDirectory(folder, ".lakehouse-export-");
        } catch (IOException e) {
            throw new QueryException("Cannot write to " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Path singlePart(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElse(null);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException atomicNotPossible) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover hidden scratch folder is untidy, not harmful; the export itself succeeded or failed already
        }
    }
}
