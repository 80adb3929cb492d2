package org.tradecert.crossdoc.rules;

import org.tradecert.crossdoc.Fact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Dates and times of facts, compared as the documents mean them: two date-times as instants,
 * and a date with a date-time by the calendar date of the date-time in its own offset, since
 * a date written without a time belongs to the place it was written.
 */
final class Times {

    private Times() {
    }

    /** A point in time from a fact: a date-time with offset, or a date. */
    record When(OffsetDateTime time, LocalDate date) {

        LocalDate day() {
            return time != null ? time.toLocalDate() : date;
        }

        /** Whether this is strictly later than {@code other}. */
        boolean after(When other) {
            if (time != null && other.time != null) {
                return time.isAfter(other.time);
            }
            return day().isAfter(other.day());
        }
    }

    /** The date or date-time of a fact, or null when it is neither. */
    static When of(Fact fact) {
        if (fact == null || fact.value() == null) {
            return null;
        }
        String text = fact.value().strip();
        try {
            return new When(OffsetDateTime.parse(text), null);
        } catch (DateTimeParseException e) {
            // not a date-time; try a date
        }
        try {
            return new When(null, LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The time of an event fact, which keeps it in the qualifier. */
    static When ofEvent(Fact event) {
        return event == null || event.qualifier() == null ? null : of(new Fact(event.qualifier(), null, null, 0, null));
    }
}
