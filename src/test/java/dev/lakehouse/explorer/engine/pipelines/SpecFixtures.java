package dev.lakehouse.explorer.engine.pipelines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Specs for the parser's tests: text in, {@link ParsedSpec} out, against a fixed spec folder. */
final class SpecFixtures {
    static final Path BASE = Path.of("build-specs").toAbsolutePath().normalize();

    private SpecFixtures() {
    }

    static ParsedSpec parse(String yaml) {
        return parse(yaml, Map.of());
    }

    static ParsedSpec parse(String yaml, Map<String, String> params) {
        return PipelineSpecs.parse(new SpecDocument("spec.yaml", BASE, yaml), params);
    }

    /** The example spec. */
    static String orders() {
        try (InputStream in = SpecFixtures.class.getResourceAsStream("orders.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems as {@code LINE: step NAME: message}, the CLI's shape without the file name, easy to assert. */
    static List<String> problems(ParsedSpec parsed) {
        return parsed.problems().stream().map(p -> p.format().substring("spec.yaml:".length())).toList();
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
