package dev.lakehouse.explorer.ui.common;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes pixels as a PNG file. JavaFX's own bridge to ImageIO ({@code SwingFXUtils}) lives in javafx-swing, which
 * the app does not ship; a {@link BufferedImage} needs only the JDK's java.desktop module and no AWT toolkit.
 */
public final class PngWriter {
    private PngWriter() {
    }

    /** Pixels of a snapshot: {@code argb[y * width + x]}, as {@code PixelReader.getPixels} gives them. */
    public record Pixels(int width, int height, int[] argb) {
        public Pixels {
            if (width <= 0 || height <= 0 || argb.length != width * height) {
                throw new IllegalArgumentException(
                        "Not an image of " + width + " x " + height + ": " + argb.length + " pixels");
            }
        }
    }

    /** Writes the file through a temporary one beside it, so a failed write leaves no broken image. */
    public static void write(Pixels pixels, Path target) throws IOException {
        var image = new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, pixels.width(), pixels.height(), pixels.argb(), 0, pixels.width());
        Path folder = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(folder, ".lakehouse-", ".png");
        try {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("This Java has no PNG writer");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
