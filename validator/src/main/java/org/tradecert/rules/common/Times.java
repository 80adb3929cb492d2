package org.tradecert.rules.common;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Date times for messages, written as RFC 3339 with seconds, as the documents write them. */
public final class Times {

    private Times() {
    }

    /** Formats a date time as {@code 2026-10-11T23:00:00+01:00}, keeping the zero seconds that {@link OffsetDateTime#toString()} drops. */
    public static String show(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}
