package org.tradecert.conformance.glue;

import io.cucumber.java.ParameterType;
import org.tradecert.conformance.Role;
import org.tradecert.conformance.submission.ShipmentFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of the suites' steps that name a role, kinds of document and a mode of transport. */
public final class SuiteParameterTypes {

    @ParameterType(name = "role", value = "exporter|freight forwarder|ocean carrier|airline|terminal operator|customs broker|bank")
    public Role role(String words) {
        return Role.byWords(words).orElseThrow(() -> new IllegalArgumentException("no role is called " + words));
    }

    /** A list such as "commercial invoices, packing lists and booking requests". */
    @ParameterType(name = "documents", value = "(?:" + DocumentKind.PATTERN + ")(?:(?:, | and )(?:" + DocumentKind.PATTERN + "))*")
    public List<DocumentKind> documents(String words) {
        List<DocumentKind> kinds = new ArrayList<>();
        for (String part : words.split(", | and ")) {
            kinds.add(DocumentKind.byWords(part).orElseThrow(() -> new IllegalArgumentException("no kind of document is called " + part)));
        }
        return kinds;
    }

    @ParameterType(name = "mode", value = "sea|air")
    public ShipmentFacts.Mode mode(String words) {
        return ShipmentFacts.Mode.valueOf(words.toUpperCase(Locale.ROOT));
    }
}
