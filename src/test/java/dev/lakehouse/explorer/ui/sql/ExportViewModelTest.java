package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.PngWriter;
import dev.lakehouse.explorer.ui.fake.FakeEngine;
import dev.lakehouse.explorer.ui.fake.QueuedTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportViewModelTest {
    private final FakeEngine engine = FakeEngine.ready();
    private final InlineError error = new InlineError();
    @TempDir
    Path dir;

    @Test
    void writesANewFileAtOnceWithProgressInTheTaskCentre() {
        var runner = new QueuedTaskRunner();
        var vm = new ExportViewModel(engine, runner, error);
        Path target = dir.resolve("numbers.csv");

        vm.exportResult("SELECT * FROM range(3)", target);
        assertThat(vm.workingProperty().get()).isTrue();
        assertThat(runner.lastSubmitted().title()).isEqualTo("Exporting to numbers.csv");
        runner.runAll();

        assertThat(vm.workingProperty().get()).isFalse();
        assertThat(target).hasContent("id\n0\n1\n2");
        assertThat(vm.noticeProperty().get()).startsWith("Exported the result to " + target + " (CSV, 9 B, ");
        assertThat(vm.pendingOverwriteProperty().get()).isNull();
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterConfirmation() throws Exception {
        var vm = new ExportViewModel(engine, new DirectTaskRunner(), error);
        Path target = dir.resolve("keep.csv");
        Files.writeString(target, "precious");

        vm.exportResult("SELECT * FROM range(3)", target);

        assertThat(vm.pendingOverwriteProperty().get()).isEqualTo(target);
        assertThat(target).hasContent("precious");
        assertThat(engine.sql.exported).isEmpty();

        vm.keepExisting();
        assertThat(vm.pendingOverwriteProperty().get()).isNull();
        assertThat(target).hasContent("precious");

        vm.exportResult("SELECT * FROM range(3)", target);
        vm.confirmOverwrite();
        assertThat(target).hasContent("id\n0\n1\n2");
        assertThat(vm.pendingOverwriteProperty().get()).isNull();
    }

    @Test
    void theFormatFollowsTheFileName() {
        var vm = new ExportViewModel(engine, new DirectTaskRunner(), error);
        Path target = dir.resolve("numbers.PARQUET");

        vm.exportResult("SELECT * FROM range(3)", target);

        assertThat(target).hasContent("PAR1");
        assertThat(vm.noticeProperty().get()).contains("(PARQUET, ");
        assertThat(ExportViewModel.formatOf(Path.of("x.csv"))).isEqualTo("csv");
        assertThat(ExportViewModel.formatOf(Path.of("x"))).isEqualTo("csv");
    }

    @Test
    void aFailedExportShowsTheEnginesMessage() {
        var vm = new ExportViewModel(engine, new DirectTaskRunner(), error);

        vm.exportResult("CREATE SCHEMA x", dir.resolve("x.csv"));

        assertThat(error.text()).isEqualTo("Only the result of a query can be exported.");
        assertThat(vm.noticeProperty().get()).isEmpty();
        assertThat(vm.workingProperty().get()).isFalse();
    }

    @Test
    void savesChartPixelsAsPng() throws Exception {
        var vm = new ExportViewModel(engine, new DirectTaskRunner(), error);
        Path target = dir.resolve("chart.png");
        int red = 0xFFFF0000;
        int half = 0x800000FF;

        vm.savePng(new PngWriter.Pixels(2, 1, new int[] {red, half}), target);

        var image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo(2);
        assertThat(image.getRGB(0, 0)).isEqualTo(red);
        assertThat(image.getRGB(1, 0)).isEqualTo(half);
        assertThat(vm.noticeProperty().get()).isEqualTo("Saved the chart to " + target);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target); // no temporary file left
        }
    }

    @Test
    void sizesReadWell() {
        assertThat(ExportViewModel.size(512)).isEqualTo("512 B");
        assertThat(ExportViewModel.size(1536)).isEqualTo("1.5 KB");
        assertThat(ExportViewModel.size(3 * 1024 * 1024)).isEqualTo("3.0 MB");
    }
}
