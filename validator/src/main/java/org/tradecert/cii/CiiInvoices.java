package org.tradecert.cii;

import org.tradecert.api.Location;
import org.tradecert.codelist.CodeOccurrence;
import org.tradecert.document.DocumentReader;
import org.tradecert.document.SchemaRules;
import org.tradecert.document.SchemaViolation;
import org.tradecert.document.XmlReading;
import org.tradecert.model.commercialinvoice.v1.CommercialInvoiceType;
import org.tradecert.rules.ModelLocator;

import java.util.ArrayList;
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
     * The model properties a CII invoice does not fill. The D16B consignment has no loading or
     * unloading location, and CII has no insured value and no insurance document. EN 16931,
     * which CII invoices follow, states freight and insurance as document-level charges with a
     * reason code rather than as amounts of their own, so they are not read from CII.
     */
    public static final Set<String> UNCARRIED = Set.of(
            "FreightChargeAmount", "InsuranceChargeAmount", "InsuranceValueAmount", "InsuranceReferencedDocument",
            "LoadingLocation", "UnloadingLocation");

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
     * Parses a CII invoice under the hardened parser while validating it against the D16B
     * schema, and maps a valid one to the commercial invoice model.
     *
     * @param deadlineNanos the {@link System#nanoTime()} after which parsing stops
     */
    public static Result read(byte[] bytes, String name, Locale locale, long deadlineNanos) {
        XmlReading.Result read = XmlReading.read(bytes, name, CiiSchema.get(), locale, deadlineNanos);
        if (!read.wellFormed()) {
            XmlReading.Problem fatal = read.fatal();
            DocumentReader.Problem problem = new DocumentReader.Problem(read.fatalKind(), fatal.message(), fatal.line(), fatal.column());
            return new Result(problem, List.of(), null, null, UNCARRIED, List.of());
        }

        List<SchemaViolation> violations = violations(read.schemaErrors(), name);
        if (!violations.isEmpty()) {
            return new Result(null, violations, null, null, UNCARRIED, List.of());
        }

        CiiMapper mapper = new CiiMapper(name);
        CommercialInvoiceType invoice = mapper.map(read.document().getDocumentElement());
        return new Result(null, List.of(), invoice, mapper.locator(), UNCARRIED, List.copyOf(mapper.codes()));
    }

    /** Converts the schema errors into violations of SCHEMA-CII-D16B, without the follow-up errors Xerces raises at the same place. */
    private static List<SchemaViolation> violations(List<XmlReading.Problem> errors, String name) {
        List<SchemaViolation> violations = new ArrayList<>();
        XmlReading.Problem previous = null;
        for (XmlReading.Problem error : errors) {
            boolean samePlace = previous != null && previous.line() == error.line() && previous.column() == error.column();
            if (!(samePlace && SchemaViolation.xsdConsequence(error.message()))) {
                violations.add(new SchemaViolation(SchemaRules.CII, error.message(),
                        new Location(name, null, error.xpath(), error.line(), error.column(), null)));
            }
            previous = error;
        }
        return violations;
    }
}
