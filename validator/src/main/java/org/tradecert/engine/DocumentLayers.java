package org.tradecert.engine;

import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.Location;
import org.tradecert.cii.CiiInvoices;
import org.tradecert.codelist.CodeListLayer;
import org.tradecert.codelist.CodeOccurrence;
import org.tradecert.document.DocumentReader;
import org.tradecert.document.DocumentSyntax;
import org.tradecert.document.InputRules;
import org.tradecert.document.InputScreen;
import org.tradecert.document.SchemaViolation;
import org.tradecert.rules.BinderLocator;
import org.tradecert.rules.DocumentRuleRunner;
import org.tradecert.rules.ModelLocator;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.catalog.SchemaRelease;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The layers that read the document itself: input safety (1), schema (5), code lists (6) and
 * document rules (7). Each layer runs only when the one before it left trustworthy data, and
 * an exception inside a layer marks that layer {@code ERROR} and the rest skipped.
 */
final class DocumentLayers {

    static final String NATIVE = "tradecert";

    private final DocumentReader reader;
    private final SchemaCatalog catalog;
    private final CodeListLayer codeLists;
    private final DocumentRuleRunner rules;
    private final Locale locale;
    private final long timeoutNanos;

    DocumentLayers(DocumentReader reader, SchemaCatalog catalog, CodeListLayer codeLists, DocumentRuleRunner rules, Locale locale,
                   long timeoutNanos) {
        this.reader = reader;
        this.catalog = catalog;
        this.codeLists = codeLists;
        this.rules = rules;
        this.locale = locale;
        this.timeoutNanos = timeoutNanos;
    }

    /**
     * Validates document bytes into the result.
     *
     * @param name       the name findings carry
     * @param forcedType the type to validate against ({@code --type} or the signed statement), or null
     * @param deadline   the {@link System#nanoTime()} after which the document is given up
     */
    void run(byte[] bytes, String name, String forcedType, long deadline, ResultBuilder result) {
        String[] root = DocumentSyntax.sniff(bytes) == DocumentSyntax.XML ? DocumentReader.rootName(bytes) : null;
        // A CII invoice passes the same byte screen (encoding, DOCTYPE) as every XML document. One
        // that fails it takes the common path, which reports the screen's finding.
        if (root != null && CiiInvoices.isCii(root[0], root[1]) && (forcedType == null || forcedType.startsWith("commercial-invoice"))
                && InputScreen.check(bytes) == null) {
            runCii(bytes, name, deadline, result);
            return;
        }

        long start = System.nanoTime();
        DocumentReader.Result read;
        try {
            read = reader.read(bytes, name, forcedType, locale, true, deadline);
        } catch (RuntimeException | StackOverflowError e) {
            result.status(Layer.INPUT, LayerStatus.ERROR, System.nanoTime() - start, e.toString());
            result.skipFrom(Layer.SCHEMA, Layer.INPUT);
            return;
        }
        long readNanos = System.nanoTime() - start;
        SchemaRelease release = read.release();
        result.document(release == null ? null : release.id(), release == null ? null : release.version(),
                read.syntax() == DocumentSyntax.UNKNOWN ? null : read.syntax().name().toLowerCase(Locale.ROOT), NATIVE);

        if (read.problem() != null && read.problem().kind().parsing()) {
            result.add(problemFinding(read.problem(), name, forcedType));
            result.ran(Layer.INPUT, readNanos);
            result.skipFrom(Layer.SCHEMA, Layer.INPUT);
            return;
        }
        for (String hint : read.schemaHints()) {
            result.add(InputRules.XML_SCHEMA_HINT.finding(Location.ofFile(name), hint));
        }
        for (String target : read.processingInstructions()) {
            result.add(InputRules.XML_PROCESSING_INSTRUCTION.finding(Location.ofFile(name), target));
        }
        result.ran(Layer.INPUT, 0);

        if (read.problem() != null) {
            result.add(problemFinding(read.problem(), name, forcedType));
            result.ran(Layer.SCHEMA, readNanos);
            result.skipFrom(Layer.CODE_LISTS, Layer.SCHEMA);
            return;
        }
        for (SchemaViolation violation : read.violations()) {
            result.add(violation.rule().finding(violation.location(), violation.message()));
        }
        result.ran(Layer.SCHEMA, readNanos);
        if (!read.violations().isEmpty()) {
            result.skipFrom(Layer.CODE_LISTS, Layer.SCHEMA);
            return;
        }
        if (timedOut(deadline, name, result, Layer.CODE_LISTS)) {
            return;
        }

        start = System.nanoTime();
        try {
            List<CodeOccurrence> codes = codeLists.occurrences(catalog.model(release), read.dom().getDocumentElement(), name);
            result.addAll(codeLists.check(codes));
            result.ran(Layer.CODE_LISTS, System.nanoTime() - start);
        } catch (RuntimeException | StackOverflowError e) {
            result.status(Layer.CODE_LISTS, LayerStatus.ERROR, System.nanoTime() - start, e.toString());
        }
        if (timedOut(deadline, name, result, Layer.DOCUMENT_RULES)) {
            return;
        }

        if (read.bound() == null) {
            result.status(Layer.DOCUMENT_RULES, LayerStatus.ERROR, 0, read.bindError());
            return;
        }
        runRules(read.bound().root(), release.id(), new BinderLocator(name, read.bound().binder()), NATIVE, Set.of(), result);
    }

    private void runCii(byte[] bytes, String name, long deadline, ResultBuilder result) {
        long start = System.nanoTime();
        CiiInvoices.Result read;
        try {
            read = CiiInvoices.read(bytes, name, locale, deadline);
        } catch (RuntimeException | StackOverflowError e) {
            result.document("commercial-invoice", null, "xml", CiiInvoices.ORIGIN);
            result.status(Layer.SCHEMA, LayerStatus.ERROR, System.nanoTime() - start, e.toString());
            result.ran(Layer.INPUT, 0);
            result.skipFrom(Layer.CODE_LISTS, Layer.SCHEMA);
            return;
        }
        long readNanos = System.nanoTime() - start;
        result.document("commercial-invoice", "D16B", "xml", CiiInvoices.ORIGIN);
        if (read.problem() != null && read.problem().kind().parsing()) {
            result.add(problemFinding(read.problem(), name, null));
            result.ran(Layer.INPUT, readNanos);
            result.skipFrom(Layer.SCHEMA, Layer.INPUT);
            return;
        }
        result.ran(Layer.INPUT, 0);
        for (SchemaViolation violation : read.violations()) {
            result.add(violation.rule().finding(violation.location(), violation.message()));
        }
        result.ran(Layer.SCHEMA, readNanos);
        if (!read.violations().isEmpty() || read.invoice() == null) {
            result.skipFrom(Layer.CODE_LISTS, Layer.SCHEMA);
            return;
        }

        start = System.nanoTime();
        try {
            result.addAll(codeLists.check(read.codes()));
            result.ran(Layer.CODE_LISTS, System.nanoTime() - start);
        } catch (RuntimeException e) {
            result.status(Layer.CODE_LISTS, LayerStatus.ERROR, System.nanoTime() - start, e.toString());
        }
        if (timedOut(deadline, name, result, Layer.DOCUMENT_RULES)) {
            return;
        }
        runRules(read.invoice(), "commercial-invoice", read.locator(), CiiInvoices.ORIGIN, read.uncarried(), result);
    }

    private void runRules(Object document, String type, ModelLocator locator, String origin, Set<String> uncarried, ResultBuilder result) {
        result.bound(document, locator);
        long start = System.nanoTime();
        try {
            DocumentRuleRunner.Result outcome = rules.run(document, type, locator, origin, uncarried);
            result.addAll(outcome.findings());
            result.outcomes(outcome.outcomes());
            if (outcome.error() != null) {
                result.status(Layer.DOCUMENT_RULES, LayerStatus.ERROR, System.nanoTime() - start, outcome.error());
            } else {
                result.ran(Layer.DOCUMENT_RULES, System.nanoTime() - start);
            }
        } catch (RuntimeException | StackOverflowError e) {
            result.status(Layer.DOCUMENT_RULES, LayerStatus.ERROR, System.nanoTime() - start, e.toString());
        }
    }

    /** Gives the document up when its deadline has passed: a timeout finding, and the layers from {@code next} on skipped. */
    private boolean timedOut(long deadline, String name, ResultBuilder result, Layer next) {
        if (System.nanoTime() - deadline <= 0) {
            return false;
        }
        result.add(InputRules.TIMEOUT.finding(Location.ofFile(name), seconds()));
        result.refresh(Layer.INPUT);
        result.status(next, LayerStatus.ERROR, 0, "timeout");
        result.skipFrom(next, next);
        return true;
    }

    String seconds() {
        return java.math.BigDecimal.valueOf(timeoutNanos, 9).stripTrailingZeros().toPlainString();
    }

    private Finding problemFinding(DocumentReader.Problem problem, String name, String forcedType) {
        boolean pointer = problem.kind() == DocumentReader.ProblemKind.JSON_NUMBER_RANGE || problem.kind() == DocumentReader.ProblemKind.JSON_UNICODE;
        Location location = new Location(name, null, null, problem.line() == null || problem.line() < 1 ? null : problem.line(),
                problem.column() == null || problem.column() < 1 ? null : problem.column(), pointer ? problem.detail() : null);
        if (problem.kind() == DocumentReader.ProblemKind.TIMEOUT) {
            return InputRules.TIMEOUT.finding(location, seconds());
        }
        return problem.kind().rule().finding(location, problem.detail() == null ? "" : problem.detail(), forcedType == null ? "" : forcedType);
    }
}
