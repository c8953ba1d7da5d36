package dev.lakehouse.explorer.ui.home;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "just now", "5 min ago", "3 h ago", then a date: how recent a change is, at a glance. */
final class TimeAgo {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private TimeAgo() {
    }

    static String of(Instant then, Instant now, ZoneId zone) {
        if (then == null) {
            return "—";
        }
        Duration ago = Duration.between(then, now);
        if (ago.isNegative() || ago.toSeconds() < 60) {
            return "just now";
        }
        if (ago.toMinutes() < 60) {
            return ago.toMinutes() + " min ago";
        }
        if (ago.toHours() < 24) {
            return ago.toHours() + " h ago";
        }
        if (ago.toDays() < 7) {
            return ago.toDays() == 1 ? "yesterday" : ago.toDays() + " days ago";
        }
        return DATE.format(then.atZone(zone));
    }
}
