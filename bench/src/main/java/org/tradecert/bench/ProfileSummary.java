package org.tradecert.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Summarises the CPU samples of a Java Flight Recorder file, to show what validation spends its
 * time on. The first table gives the share of samples whose stack passes through each area of
 * the validator. It is inclusive, so one sample can count for several areas. The second gives
 * the methods most often on top of the stack.
 *
 * <p>Usage: {@code ProfileSummary RECORDING.jfr [TOP]}; record with
 * {@code -XX:StartFlightRecording=filename=RECORDING.jfr,settings=profile}.
 */
public final class ProfileSummary {

    /** Areas by the fully qualified name prefix of a frame's class or method; the first matching prefix names the area. */
    private static final Map<String, String> AREAS = areas();

    private ProfileSummary() {
    }

    private static Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("org.tradecert.registry.CertificateValidator", "certificate path and revocation (layer 3)");
        areas.put("org.tradecert.envelope.SubmissionVerifier.checkSignature", "signature and certificate (layer 3)");
        areas.put("org.tradecert.envelope.SubmissionVerifier", "submission verification (layers 3-4)");
        areas.put("org.tradecert.envelope.EnvelopeReader", "envelope reading (layer 2)");
        areas.put("org.tradecert.envelope.StatementDigests", "statement digest");
        areas.put("org.tradecert.document.XmlSchemas", "XML Schema validation (layer 5)");
        areas.put("org.tradecert.document.JsonSchemas", "JSON Schema validation (layer 5)");
        areas.put("org.tradecert.document.XmlReading", "XML parsing (layer 1)");
        areas.put("org.tradecert.document.JsonReading", "JSON parsing and conversion (layer 1)");
        areas.put("org.tradecert.binding", "binding to the Java model (layer 5)");
        areas.put("org.tradecert.codelist", "code lists (layer 6)");
        areas.put("org.tradecert.rules", "document rules (layer 7)");
        areas.put("org.tradecert.engine.ResultBuilder", "result building");
        areas.put("org.bouncycastle", "BouncyCastle (any use)");
        areas.put("sun.security.provider.certpath", "JDK PKIX path validation");
        areas.put("com.networknt", "networknt JSON Schema library");
        areas.put("com.sun.org.apache.xerces", "JDK Xerces (parsing and XSD)");
        areas.put("org.glassfish.jaxb", "JAXB runtime");
        areas.put("com.fasterxml.jackson", "Jackson");
        return areas;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ProfileSummary RECORDING.jfr [TOP]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> exclusive = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName())) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            exclusive.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String area = area(name(frame.getMethod()));
                if (area != null && seen.add(area)) {
                    inclusive.merge(area, 1L, Long::sum);
                }
            }
        }

        System.out.println("| area (inclusive) | share of " + samples + " CPU samples |");
        System.out.println("|---|---:|");
        print(inclusive, samples, Integer.MAX_VALUE);
        System.out.println();
        System.out.println("| method on top of the stack (exclusive) | share |");
        System.out.println("|---|---:|");
        print(exclusive, samples, top);
    }

    private static void print(Map<String, Long> counts, long samples, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(entry -> System.out.println("| " + entry.getKey() + " | "
                        + String.format(Locale.ROOT, "%.1f %%", 100.0 * entry.getValue() / samples) + " |"));
    }

    private static String name(RecordedMethod method) {
        return method == null ? "?" : method.getType().getName() + "." + method.getName();
    }

    private static String area(String methodName) {
        for (Map.Entry<String, String> area : AREAS.entrySet()) {
            if (methodName.startsWith(area.getKey())) {
                return area.getValue();
            }
        }
        return null;
    }
}
