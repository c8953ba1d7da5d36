package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.pipelines.StepKind;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every malformed CSV case of issue 9's Reliability section, with the exact bronze rows it gives. */
class BronzeIngestCsvTest {
    @TempDir
    Path dir;

    private Path landing() throws Exception {
        Path in = Files.createDirectories(dir.resolve("landing"));
        Files.writeString(in.resolve("a_malformed.csv"), String.join("\n",
                "order_id,quantity,price",
                "A1,2,1.50",
                "A2,three,2.00",
                "A3,4",                    // too few fields
                "A4,5,1.00,extra",         // too many fields
                "\"A5,6,7.00",             // a quote never closed
                "A6,x",                    // too few fields and a value of the wrong type
                "A7,7,8.00",
                "A8,8"));                  // truncated last line, no newline
        Files.writeString(in.resolve("b_bom_reordered.csv"), "\uFEFFprice,order_id,quantity\n3.00,B1,1\n");
        Files.writeString(in.resolve("c_missing_column.csv"), "order_id,price\nC1,4.00\n");
        Files.write(in.resolve("d_zero_bytes.csv"), new byte[0]);
        Files.writeString(in.resolve("e_blank.csv"), "\n\n");
        Files.writeString(in.resolve("f_header_only.csv"), "order_id,quantity,price\n");
        Files.write(in.resolve("g_latin1.csv"), "order_id,quantity,price\nG\u00e9,1,1.00\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve(".hidden.csv"), "order_id,quantity,price\nH1,1,1.00\n");
        Files.createDirectories(in.resolve("_tmp"));
        Files.writeString(in.resolve("_tmp/x.csv"), "order_id,quantity,price\nX1,1,1.00\n");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/s.csv"), "order_id,quantity,price\nS1,1,1.00\n");
        return in;
    }

    private BronzeSteps steps(Path in) {
        return new BronzeSteps(dir, in, dir.resolve("bronze").toString())
                .declare("order_id", "STRING").declare("quantity", "INT").declare("price", "DECIMAL(10,2)");
    }

    @Test
    void malformedLinesAreKeptWithTheirRawTextAndNothingIsDropped() throws Exception {
        Path in = landing();
        BronzeSteps s = steps(in);
        StepRun run = s.run(false);
        StepReport r = new BronzeIngest().execute(run);

        assertEquals(StepKind.INGEST, r.kind());
        assertEquals(StepStatus.SUCCEEDED, r.status());
        assertEquals(0L, r.version());
        assertEquals(12, r.rowsRead());
        assertEquals(12, r.rowsWritten());
        assertEquals(8, r.filesIngested(), "7 files at the top, one in sub/; hidden and _ ones skipped");
        String a = in.resolve("a_malformed.csv").toString();
        assertEquals(List.of(
                "A1|2|1.50|" + a + "|null",
                "A2|null|2.00|" + a + "|{\"quantity\":\"three\"}",
                "A3|4|null|" + a + "|{\"_corrupt_record\":\"A3,4\"}",
                "A4|5|1.00|" + a + "|{\"_corrupt_record\":\"A4,5,1.00,extra\"}",
                "A5,6,7.00|null|null|" + a + "|{\"_corrupt_record\":\"\\\"A5,6,7.00\"}",
                "A6|null|null|" + a + "|{\"_corrupt_record\":\"A6,x\",\"quantity\":\"x\"}",
                "A7|7|8.00|" + a + "|null",
                "A8|8|null|" + a + "|{\"_corrupt_record\":\"A8,8\"}",
                "B1|1|3.00|" + in.resolve("b_bom_reordered.csv") + "|null",
                "C1|null|4.00|" + in.resolve("c_missing_column.csv") + "|null",
                "G\uFFFD|1|1.00|" + in.resolve("g_latin1.csv") + "|null",
                "S1|1|1.00|" + in.resolve("sub/s.csv") + "|null"),
                s.rows("order_id", "quantity", "price", "_source_file", "_rescued_data"));
        assertEquals(List.of(String.valueOf(run.runStarted())), s.rows("_ingested_at").stream().distinct().toList());
        assertEquals(List.of("order_id", "quantity", "price", "_source_file", "_ingested_at", "_rescued_data"),
                List.of(s.run(false).target().read(BronzeSteps.spark()).schema().fieldNames()));
    }

    @Test
    void theEncodingOptionReadsLatin1() throws Exception {
        Path in = Files.createDirectories(dir.resolve("latin1"));
        Files.write(in.resolve("g.csv"), "order_id,quantity,price\nG\u00e9,1,1.00\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        BronzeSteps s = steps(in);
        s.options.put("encoding", "ISO-8859-1");
        new BronzeIngest().execute(s.run(false));
        assertEquals(List.of("G\u00e9|1"), s.rows("order_id", "quantity"));
    }

    @Test
    void onlyEmptyFilesCommitTheirNamesWithNoRows() throws Exception {
        Path in = Files.createDirectories(dir.resolve("empties"));
        Files.write(in.resolve("zero.csv"), new byte[0]);
        Files.writeString(in.resolve("header.csv"), "order_id,quantity,price\n");
        BronzeSteps s = steps(in);
        StepReport r = new BronzeIngest().execute(s.run(false));
        assertEquals(0, r.rowsWritten());
        assertEquals(2, r.filesIngested());
        assertEquals(0L, r.version());
        StepReport again = new BronzeIngest().execute(s.run(false));
        assertEquals(0, again.filesIngested());
        assertEquals(0L, again.version());
        assertTrue(s.rows("order_id").isEmpty());
    }
}
