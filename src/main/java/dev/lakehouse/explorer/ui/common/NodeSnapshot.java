package dev.lakehouse.explorer.ui.common;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** A node as it shows, as pixels for {@link PngWriter}. Call on the FX thread. */
public final class NodeSnapshot {
    private NodeSnapshot() {
    }

    public static PngWriter.Pixels pixels(Node node) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new PngWriter.Pixels(w, h, argb);
    }
}
