package org.tradecert.report;

import org.tradecert.api.Severity;
import org.tradecert.rules.RuleCatalogue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Settings shared by every report format.
 *
 * @param failOn      the least severity that makes an input non-conformant ({@code --fail-on}), used for verdicts and JUnit failures
 * @param timings     whether layer durations are written; off by default, so that two runs give identical JSON
 * @param colour      whether the text report uses ANSI colours; the command line turns it on for a terminal only
 * @param textCharset the encoding of the text report; the other formats are always UTF-8
 * @param catalogue   the rule catalogue that gives each rule id its layer and the SARIF rule descriptions
 */
public record ReportOptions(Severity failOn, boolean timings, boolean colour, Charset textCharset, RuleCatalogue catalogue) {

    public ReportOptions {
        if (failOn == null || textCharset == null || catalogue == null) {
            throw new IllegalArgumentException("report options need a fail-on severity, a text charset and a rule catalogue");
        }
    }

    /** Failing on errors, no timings, no colour, UTF-8 text and the standard rule catalogue. */
    public static ReportOptions defaults() {
        return new ReportOptions(Severity.ERROR, false, false, StandardCharsets.UTF_8, RuleCatalogue.standard());
    }

    public ReportOptions withFailOn(Severity value) {
        return new ReportOptions(value, timings, colour, textCharset, catalogue);
    }

    public ReportOptions withTimings(boolean value) {
        return new ReportOptions(failOn, value, colour, textCharset, catalogue);
    }

    public ReportOptions withColour(boolean value) {
        return new ReportOptions(failOn, timings, value, textCharset, catalogue);
    }

    public ReportOptions withTextCharset(Charset value) {
        return new ReportOptions(failOn, timings, colour, value, catalogue);
    }

    public ReportOptions withCatalogue(RuleCatalogue value) {
        return new ReportOptions(failOn, timings, colour, textCharset, value);
    }
}
