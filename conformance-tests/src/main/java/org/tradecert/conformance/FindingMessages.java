package org.tradecert.conformance;

import org.tradecert.api.Finding;
import org.tradecert.i18n.Messages;
import org.tradecert.report.ControlCharacters;

import java.util.Locale;

/** The text of a finding in the reader's language, with control characters from documents shown escaped. */
public final class FindingMessages {

    private FindingMessages() {
    }

    public static String message(Finding finding, Locale locale) {
        String key = "rule." + finding.ruleId() + ".message";
        String text = Messages.has(key) ? Messages.get(locale, key, finding.arguments().toArray()) : String.join("; ", finding.arguments());
        return ControlCharacters.escape(text);
    }

    /** Where the finding applies, as one line. */
    public static String location(Finding finding) {
        return finding.location() == null ? "" : ControlCharacters.escape(finding.location().toString());
    }
}
