package org.tradecert.report;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerResult;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.Provenance;
import org.tradecert.api.RunSummary;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report for CI test dashboards, in the JUnit XML format that Maven Surefire writes and
 * Jenkins, GitLab and GitHub test reporters read. Each input is one {@code <testsuite>}, written
 * as soon as its result arrives, and each layer that applies to it is one {@code <testcase>}:
 * a failure when the layer has findings at or above the fail-on severity, an error when the
 * layer could not run or the input could not be read, skipped when an earlier layer stopped it.
 * Findings below the threshold go to the test case's {@code <system-out>}. Layers that do not
 * apply (an envelope layer for a plain document) are left out rather than counted as skipped.
 */
final class JunitReportWriter implements ReportWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final OutputStream stream;
    private final ReportTexts texts;
    private final ReportOptions options;
    private final XMLStreamWriter xml;
    private final Map<String, Provenance.SeverityOverride> overrides = new HashMap<>();
    private String rulePack = "";

    JunitReportWriter(OutputStream out, ReportTexts texts, ReportOptions options) throws IOException {
        this.stream = out;
        this.texts = texts;
        this.options = options;
        try {
            this.xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    /** One test case: the layer and how it ended. */
    private record Case(Layer layer, Outcome outcome, String message, String type, String body, String systemOut, long nanos) {
    }

    private enum Outcome { PASSED, FAILURE, ERROR, SKIPPED }

    @Override
    public void begin(Provenance provenance) throws IOException {
        for (Provenance.SeverityOverride override : provenance.overrides()) {
            overrides.put(override.ruleId(), override);
        }
        Provenance.Component pack = provenance.rulePack();
        rulePack = pack.name() + " " + pack.version() + " " + pack.digest();
        try {
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            newline(0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", texts.text("report.title"));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void accept(DocumentResult result) throws IOException {
        List<Case> cases = cases(result);
        int failures = count(cases, Outcome.FAILURE);
        int errors = count(cases, Outcome.ERROR);
        int skipped = count(cases, Outcome.SKIPPED);
        String source = xmlText(result.source());
        try {
            newline(1);
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", source);
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", Integer.toString(errors));
            xml.writeAttribute("skipped", Integer.toString(skipped));
            xml.writeAttribute("time", time(cases.stream().mapToLong(Case::nanos).sum()));
            properties(result);
            for (Case testCase : cases) {
                testCase(source, testCase);
            }
            newline(1);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        try {
            newline(0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        stream.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            // Closing a StAX writer frees it without closing the underlying stream.
            xml.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private List<Case> cases(DocumentResult result) {
        List<Case> cases = new ArrayList<>();
        for (LayerResult layer : result.layers()) {
            List<Finding> failing = new ArrayList<>();
            List<Finding> passing = new ArrayList<>();
            for (Finding finding : result.findings()) {
                if (options.catalogue().layerOf(finding.ruleId()) == layer.layer()) {
                    (finding.severity().atLeast(options.failOn()) ? failing : passing).add(finding);
                }
            }
            String systemOut = passing.isEmpty() ? null : lines(passing);
            boolean unreadable = result.inputError() && layer.layer() == Layer.INPUT;

            if (layer.status() == LayerStatus.ERROR || unreadable) {
                String message = unreadable && !failing.isEmpty() ? firstMessage(failing)
                        : texts.text("report.layer.error", texts.numberedLayer(layer.layer()), nullToEmpty(texts.layerDetail(layer)));
                String type = failing.isEmpty() ? "layer-error" : failing.get(0).ruleId();
                cases.add(new Case(layer.layer(), Outcome.ERROR, message, type, lines(failing), systemOut, layer.durationNanos()));
            } else if (!failing.isEmpty()) {
                cases.add(new Case(layer.layer(), Outcome.FAILURE, firstMessage(failing), failing.get(0).ruleId(), lines(failing),
                        systemOut, layer.durationNanos()));
            } else if (layer.status() == LayerStatus.SKIPPED) {
                cases.add(new Case(layer.layer(), Outcome.SKIPPED, nullToEmpty(texts.layerDetail(layer)), null, null, systemOut,
                        layer.durationNanos()));
            } else if (layer.status() != LayerStatus.NOT_APPLICABLE || systemOut != null) {
                cases.add(new Case(layer.layer(), Outcome.PASSED, null, null, null, systemOut, layer.durationNanos()));
            }
        }
        return cases;
    }

    private void properties(DocumentResult result) throws XMLStreamException {
        newline(2);
        xml.writeStartElement("properties");
        property("tradecert.verdict", result.verdict(options.failOn()).label());
        property("tradecert.documentType", result.documentType());
        property("tradecert.version", result.version());
        property("tradecert.syntax", result.syntax());
        property("tradecert.origin", result.origin());
        property("tradecert.submissionId", result.submissionId());
        property("tradecert.rulePack", rulePack);
        newline(2);
        xml.writeEndElement();
    }

    private void property(String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        newline(3);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", xmlText(value));
    }

    private void testCase(String source, Case testCase) throws XMLStreamException {
        newline(2);
        boolean empty = testCase.outcome() == Outcome.PASSED && testCase.systemOut() == null;
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("name", texts.numberedLayer(testCase.layer()));
        xml.writeAttribute("classname", source);
        xml.writeAttribute("time", time(testCase.nanos()));
        if (empty) {
            return;
        }
        switch (testCase.outcome()) {
            case FAILURE, ERROR -> {
                newline(3);
                xml.writeStartElement(testCase.outcome() == Outcome.FAILURE ? "failure" : "error");
                xml.writeAttribute("message", xmlText(testCase.message()));
                xml.writeAttribute("type", testCase.type());
                if (!testCase.body().isEmpty()) {
                    xml.writeCharacters(testCase.body());
                }
                xml.writeEndElement();
            }
            case SKIPPED -> {
                newline(3);
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", xmlText(testCase.message()));
            }
            case PASSED -> {
            }
        }
        if (testCase.systemOut() != null) {
            newline(3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(testCase.systemOut());
            xml.writeEndElement();
        }
        newline(2);
        xml.writeEndElement();
    }

    /** Formats the findings as plain lines: severity, rule id and location, then the message and values indented. */
    private String lines(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append('\n').append(texts.severity(finding.severity())).append(' ').append(finding.ruleId());
            if (finding.location() != null) {
                text.append(' ').append(xmlText(finding.location().toString()));
            }
            text.append("\n    ").append(xmlText(texts.message(finding)));
            if (finding.expected() != null || finding.actual() != null) {
                text.append("\n    ").append(texts.text("report.text.expectedActual", xmlText(nullToEmpty(finding.expected())),
                        xmlText(nullToEmpty(finding.actual()))));
            }
            if (finding.overridden()) {
                Provenance.SeverityOverride override = overrides.get(finding.ruleId());
                text.append("\n    ").append(texts.text("report.text.overridden", texts.severity(finding.originalSeverity()),
                        xmlText(override == null ? "" : override.reason())));
            }
        }
        return findings.isEmpty() ? "" : text.append('\n').toString();
    }

    private String firstMessage(List<Finding> failing) {
        Finding first = failing.get(0);
        String message = first.ruleId() + ": " + texts.message(first);
        if (failing.size() > 1) {
            message = texts.text("report.junit.more", message, failing.size() - 1);
        }
        return message;
    }

    private static int count(List<Case> cases, Outcome outcome) {
        return (int) cases.stream().filter(testCase -> testCase.outcome() == outcome).count();
    }

    /**
     * Formats a duration in seconds with millisecond precision, as JUnit XML writes it, or
     * returns 0 when timings are off. Surefire's reader warns when the attribute is missing, so
     * it is always written.
     */
    private String time(long nanos) {
        if (!options.timings()) {
            return "0";
        }
        return BigDecimal.valueOf(nanos, 9).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    private void newline(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Makes document data safe for XML 1.0, which cannot carry most control characters even as references. */
    private static String xmlText(String text) {
        return text == null ? "" : ControlCharacters.escape(text);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static IOException failed(XMLStreamException e) {
        return new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
}
