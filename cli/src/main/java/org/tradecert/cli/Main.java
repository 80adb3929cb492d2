package org.tradecert.cli;

import org.tradecert.i18n.Messages;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/** Entry point of the {@code tradecert} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line and returns its exit code; output goes to the given streams as UTF-8. */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        try {
            String languageTag = optionValue(args, "--lang");
            Locale locale = Messages.supported(Locale.getDefault());
            if (languageTag != null) {
                locale = Messages.parseLanguage(languageTag);
                if (locale == null) {
                    err.println(Cli.text(Messages.supported(Locale.getDefault()), "cli.language.invalid", languageTag));
                    return ExitCode.USAGE;
                }
            }
            boolean terminal = stdout == System.out && System.console() != null;
            Cli cli = new Cli(locale, out, err, hasFlag(args, "--verbose"), stdout, terminal);
            CommandLine commandLine = new CommandLine(new TradecertCommand(cli));
            commandLine.setResourceBundle(ResourceBundle.getBundle("org.tradecert.cli.help", cli.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setCaseInsensitiveEnumValuesAllowed(true);
            commandLine.setParameterExceptionHandler((exception, arguments) -> {
                err.println(cli.text("cli.usage.error", exception.getMessage()));
                CommandLine failed = exception.getCommandLine();
                err.println(cli.text("cli.usage.hint", failed.getCommandSpec().qualifiedName()));
                return ExitCode.USAGE;
            });
            commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
                if (exception instanceof CliException known) {
                    err.println(known.getMessage());
                    if (cli.verbose() && known.getCause() != null) {
                        known.getCause().printStackTrace(err);
                    }
                    return known.exitCode();
                }
                err.println(cli.text("cli.internal.error", exception.getClass().getSimpleName(), String.valueOf(exception.getMessage())));
                if (cli.verbose()) {
                    exception.printStackTrace(err);
                }
                return ExitCode.INCOMPLETE;
            });
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static String optionValue(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if ("--".equals(args[i])) {
                return null;
            }
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }

    private static boolean hasFlag(String[] args, String name) {
        for (String arg : args) {
            if ("--".equals(arg)) {
                return false;
            }
            if (arg.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
