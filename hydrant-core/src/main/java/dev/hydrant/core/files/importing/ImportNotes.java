package dev.hydrant.core.files.importing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code note} texts of files the library already knows, worded as hydrus words them: imports ("file
 * recognised: ...") and, with another prefix, the files of a URL ("url recognised: ...").
 */
public final class ImportNotes {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String PREFIX = "file recognised: ";

    private final ZoneId zone;
    private final String prefix;

    ImportNotes(ZoneId zone) {
        this(zone, PREFIX);
    }

    /** @param prefix what every note starts with, e.g. {@code "url recognised: "} */
    public ImportNotes(ZoneId zone, String prefix) {
        this.zone = zone;
        this.prefix = prefix;
    }

    public String alreadyImported(long importedMs, long nowMs) {
        return prefix + "Imported at " + time(importedMs) + ", which was " + age(importedMs, nowMs)
                + " before this check.";
    }

    public String inTrash(String reason, long trashedMs, long nowMs) {
        return prefix + "Currently in trash (" + reason + "). Sent there at " + time(trashedMs) + ", which was "
                + age(trashedMs, nowMs) + " before this check.";
    }

    public String deleted(Long deletedMs, String reason, long nowMs) {
        if (deletedMs == null) {
            return prefix + "Deleted from the client before delete times were tracked (" + reason + ").";
        }
        return prefix + "Deleted from the client " + time(deletedMs) + " (" + reason + "), which was "
                + age(deletedMs, nowMs) + " before this check.";
    }

    /** Hydrus's local "YYYY-MM-DD HH:MM:SS". */
    String time(long ms) {
        return TIME.format(Instant.ofEpochMilli(ms).atZone(zone));
    }

    /** Hydrus's rough age: the two largest units ("2 minutes 5 seconds"), or "now" under a second. */
    static String age(long thenMs, long nowMs) {
        long seconds = Math.max(0, (nowMs - thenMs) / 1000);
        if (seconds == 0) {
            return "now";
        }
        long[] sizes = {365L * 86400, 30L * 86400, 86400, 3600, 60, 1};
        String[] names = {"year", "month", "day", "hour", "minute", "second"};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sizes.length && parts.size() < 2; i++) {
            long n = seconds / sizes[i];
            if (n > 0) {
                parts.add(n + " " + names[i] + (n == 1 ? "" : "s"));
                seconds -= n * sizes[i];
            } else if (!parts.isEmpty()) {
                break;
            }
        }
        return String.join(" ", parts);
    }
}
