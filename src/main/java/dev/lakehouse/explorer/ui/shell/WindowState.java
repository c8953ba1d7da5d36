package dev.lakehouse.explorer.ui.shell;

import dev.lakehouse.explorer.ui.common.Theme;
import javafx.geometry.Rectangle2D;

import java.util.List;
import java.util.prefs.Preferences;

/**
 * Where the window was and what it showed when it was last closed, kept in {@link Preferences} so the next start
 * looks like the last one ended.
 */
public record WindowState(double x, double y, double width, double height, boolean maximized, Panel panel,
                          Theme theme) {
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 480;
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;

    /** A first start: a comfortable size, position left to {@link #clampTo}. */
    public static WindowState defaults() {
        return new WindowState(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, false, Panel.HOME, Theme.LIGHT);
    }

    public static WindowState load(Preferences prefs) {
        var d = defaults();
        return new WindowState(
                prefs.getDouble("x", d.x), prefs.getDouble("y", d.y),
                prefs.getDouble("width", d.width), prefs.getDouble("height", d.height),
                prefs.getBoolean("maximized", d.maximized),
                parse(Panel.class, prefs.get("panel", null), d.panel),
                parse(Theme.class, prefs.get("theme", null), d.theme));
    }

    public void save(Preferences prefs) {
        prefs.putDouble("x", x);
        prefs.putDouble("y", y);
        prefs.putDouble("width", width);
        prefs.putDouble("height", height);
        prefs.putBoolean("maximized", maximized);
        prefs.put("panel", panel.name());
        prefs.put("theme", theme.name());
    }

    /**
     * This state, moved and shrunk to lie on one of the screens: a monitor unplugged since the last run must not
     * leave the window off-screen. A window that overlaps no screen is centred on the first (primary) one.
     *
     * @param screens the visual bounds of the screens, primary first
     */
    public WindowState clampTo(List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        Rectangle2D screen = screens.stream().filter(this::overlaps).findFirst().orElse(screens.get(0));
        double w = Math.max(Math.min(width, screen.getWidth()), Math.min(MIN_WIDTH, screen.getWidth()));
        double h = Math.max(Math.min(height, screen.getHeight()), Math.min(MIN_HEIGHT, screen.getHeight()));
        boolean placed = !Double.isNaN(x) && !Double.isNaN(y) && overlaps(screen);
        double nx = placed ? clamp(x, screen.getMinX(), screen.getMaxX() - w) : screen.getMinX() + (screen.getWidth() - w) / 2;
        double ny = placed ? clamp(y, screen.getMinY(), screen.getMaxY() - h) : screen.getMinY() + (screen.getHeight() - h) / 2;
        return new WindowState(nx, ny, w, h, maximized, panel, theme);
    }

    private boolean overlaps(Rectangle2D screen) {
        return !Double.isNaN(x) && !Double.isNaN(y) && screen.intersects(x, y, width, height);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        try {
            return name == null ? fallback : Enum.valueOf(type, name);
        } catch (IllegalArgumentException renamedSinceLastRun) {
            return fallback;
        }
    }
}
