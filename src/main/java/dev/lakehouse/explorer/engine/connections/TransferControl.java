package dev.lakehouse.explorer.engine.connections;

/** What a running upload or download reports to, and asks whether to stop. */
public interface TransferControl {
    /** Bytes moved so far of the total (-1 when unknown), and the file being moved. */
    void progress(long done, long total, String current);

    /** True once the user cancelled; the transfer then stops and throws JobCancelledException. */
    boolean cancelled();

    static TransferControl none() {
        return new TransferControl() {
            @Override
            public void progress(long done, long total, String current) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
