package org.tradecert.cli;

import org.tradecert.api.Finding;
import org.tradecert.api.Severity;
import org.tradecert.i18n.Messages;
import org.tradecert.report.ControlCharacters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints findings as text: severity, rule id and place on one line, the localised message
 * indented below. Control characters that came from a document are shown escaped, so document
 * data cannot move the cursor or recolour the terminal.
 */
public final class FindingText {

    private FindingText() {
    }

    public static void print(PrintWriter out, List<Finding> findings, Locale locale) {
        for (Finding finding : findings) {
            out.println(severity(finding.severity(), locale) + " " + finding.ruleId() + "  "
                    + ControlCharacters.escape(String.valueOf(finding.location())));
            out.println("    " + ControlCharacters.escape(message(finding, locale)));
        }
    }

    public static String message(Finding finding, Locale locale) {
        String key = "rule." + finding.ruleId() + ".message";
        if (!Messages.has(key)) {
            return String.join("; ", finding.arguments());
        }
        return Messages.get(locale, key, finding.arguments().toArray());
    }

    public static String severity(Severity severity, Locale locale) {
        return Messages.get(locale, "severity." + severity.label());
    }

    public static boolean failing(List<Finding> findings, Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
