package dev.lakehouse.explorer.engine.pipelines;

/** A value from the spec with the line it is on, so that errors found later (by Spark) can point at it. */
public record SpecText(String text, int line) {
    @Override
    public String toString() {
        return text;
    }
}
