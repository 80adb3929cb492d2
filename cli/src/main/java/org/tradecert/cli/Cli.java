package org.tradecert.cli;

import org.tradecert.i18n.Messages;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language and output streams of one run of the command, and the CLI's own texts from the
 * bundle {@code org.tradecert.cli.messages}; library texts come from {@link Messages}.
 */
public final class Cli {

    private static final String BUNDLE = "org.tradecert.cli.texts";

    private final Locale locale;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;
    private final java.io.PrintStream stdout;
    private final boolean terminal;

    public Cli(Locale locale, PrintWriter out, PrintWriter err, boolean verbose) {
        this(locale, out, err, verbose, null, false);
    }

    /**
     * @param stdout   the raw standard output, for reports that write bytes; null when only {@code out} exists
     * @param terminal whether standard output is an interactive terminal (colours and a progress line are then welcome)
     */
    public Cli(Locale locale, PrintWriter out, PrintWriter err, boolean verbose, java.io.PrintStream stdout, boolean terminal) {
        this.locale = Messages.supported(locale);
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.stdout = stdout;
        this.terminal = terminal;
    }

    /** Standard output as bytes; what {@link #out()} buffered is flushed first so the two never interleave. */
    public java.io.OutputStream stdout() {
        out.flush();
        return stdout != null ? stdout : new java.io.OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException("this run has no byte stream for standard output");
            }
        };
    }

    /** True when standard output is an interactive terminal. */
    public boolean terminal() {
        return terminal;
    }

    public Locale locale() {
        return locale;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public boolean verbose() {
        return verbose;
    }

    /** A text of the CLI bundle in the run's language. */
    public String text(String key, Object... arguments) {
        return text(locale, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Messages.supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return new java.text.MessageFormat(pattern, Messages.supported(locale)).format(arguments);
    }

    /** A text of the library bundle in the run's language. */
    public String message(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }
}
