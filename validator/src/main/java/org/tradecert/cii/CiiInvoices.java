package org.tradecert.cii;

import org.tradecert.codelist.CodeOccurrence;
import org.tradecert.document.DocumentReader;
import org.tradecert.document.SchemaViolation;
import org.tradecert.rules.ModelLocator;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * UN/CEFACT Cross Industry Invoice D16B documents, accepted as commercial invoices: validated
 * against the official D16B XML Schema, then mapped to the commercial invoice model so the
 * same invoice rules check them.
 */
public final class CiiInvoices {

    public static final String NAMESPACE = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    public static final String ROOT = "CrossIndustryInvoice";
    public static final String ORIGIN = "cii-d16b";

    /**
     * What reading a CII invoice produced.
     *
     * @param problem    the reason parsing stopped, or null
     * @param violations the D16B schema violations (rule {@code SCHEMA-CII-D16B}), empty when valid
     * @param invoice    the invoice mapped to the model ({@code CommercialInvoiceType}), or null when invalid
     * @param locator    locates mapped model objects in the CII document
     * @param uncarried  the model properties (XML names) CII D16B has no place for
     * @param codes      the codes of the invoice to check against the code-list packs
     */
    public record Result(DocumentReader.Problem problem, List<SchemaViolation> violations, Object invoice, ModelLocator locator,
                         Set<String> uncarried, List<CodeOccurrence> codes) {
    }

    private CiiInvoices() {
    }

    public static boolean isCii(String namespace, String localName) {
        return NAMESPACE.equals(namespace) && ROOT.equals(localName);
    }

    /**
     * @param deadlineNanos the {@link System#nanoTime()} after which parsing stops
     */
    public static Result read(byte[] bytes, String name, Locale locale, long deadlineNanos) {
        throw new UnsupportedOperationException("CII D16B invoices are not read yet");
    }
}
