package org.tradecert.report;

import org.tradecert.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * A {@code --format} value that cannot be used. It carries a message key of the reports bundle
 * and its arguments, so the command line can word the problem in the reader's language. The
 * exception's own message is the English text.
 */
public final class ReportFormatException extends IllegalArgumentException {

    private final String key;
    private final List<String> arguments;

    ReportFormatException(String key, String... arguments) {
        super(Messages.get(Messages.ENGLISH, key, (Object[]) arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public List<String> arguments() {
        return arguments;
    }

    /** Words the problem in the given language. */
    public String message(Locale locale) {
        return Messages.get(locale, key, arguments.toArray());
    }
}
