package dev.lakehouse.explorer.engine;

/** The engine's lifecycle: STOPPED → STARTING → READY or FAILED → STOPPING → STOPPED. */
public enum EngineState {
    STOPPED, STARTING, READY, FAILED, STOPPING;

    /** True while the engine may still become ready without a new start(). */
    public boolean isPending() {
        return this == STARTING;
    }
}
