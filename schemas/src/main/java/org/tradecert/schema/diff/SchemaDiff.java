package org.tradecert.schema.diff;

import org.tradecert.schema.model.CodeList;
import org.tradecert.schema.model.ModelModule;
import org.tradecert.schema.source.LoadedRelease;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two releases of one document type (or of the common module): model, XML Schema and
 * JSON Schema. Each syntax is compared on its own, then the two lists are paired; a change
 * with no counterpart in the other syntax, or with a different class there, is reported once
 * more as SD901, except where the syntaxes differ by design (element order and namespaces
 * exist only in XML, {@code format} and the {@code $schema} member only in JSON, and a
 * single value that becomes an array changes the JSON shape).
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    public static DiffResult compare(LoadedRelease old, LoadedRelease neu) {
        Shapes oldXsd = XsdShapes.read(old);
        Shapes newXsd = XsdShapes.read(neu);
        Shapes oldJson = JsonShapes.read(old);
        Shapes newJson = JsonShapes.read(neu);
        String ownFiles = neu.id() + "/";
        List<SyntaxChange> xsd = new ShapeComparer(oldXsd, newXsd, ownFiles).compare();
        List<SyntaxChange> json = new ShapeComparer(oldJson, newJson, ownFiles).compare();

        Context context = new Context(old, neu, oldXsd, newXsd, oldJson, newJson);
        List<DiffFinding> findings = new ArrayList<>(pair(xsd, json, context));
        findings.addAll(codeLists(old, neu, findings, context));
        findings.addAll(modelOnly(old.module(), neu.module()));
        findings.sort(Comparator.comparing((DiffFinding f) -> f.kind().ordinal() == ChangeKind.SD901.ordinal() ? 1 : 0)
                .thenComparing(DiffFinding::component).thenComparing(f -> Objects.toString(f.member(), ""))
                .thenComparing(f -> f.kind().name()).thenComparing(f -> Objects.toString(f.detail(), "")));
        return new DiffResult(neu.id(), old.semanticVersion(), neu.semanticVersion(), List.copyOf(findings));
    }

    /** The shapes of both releases in both syntaxes, and where components occur in documents. */
    private record Context(LoadedRelease old, LoadedRelease neu, Shapes oldXsd, Shapes newXsd, Shapes oldJson, Shapes newJson) {

        Location locate(SyntaxChange change) {
            boolean removal = change.newValue() == null && change.oldValue() != null
                    && (change.kind() == ChangeKind.SD103 || change.kind() == ChangeKind.SD104 || change.kind() == ChangeKind.SD502);
            Shapes shapes;
            if (change.syntax() == Syntax.XSD) {
                shapes = removal ? oldXsd : newXsd;
            } else {
                shapes = removal ? oldJson : newJson;
            }
            LoadedRelease release = removal ? old : neu;
            String rootName = release.model() == null ? null : release.model().rootEntity().name();
            DocumentPaths paths = new DocumentPaths(shapes, rootName);
            Shapes.Member member = null;
            if (change.member() != null && !ShapeComparer.MODULE.equals(change.component())) {
                member = shapes.component(change.component()).flatMap(c -> c.member(change.member())).orElse(null);
            }
            DocumentPaths.Paths found = ShapeComparer.MODULE.equals(change.component())
                    ? new DocumentPaths.Paths(List.of(), 0) : paths.of(change.component(), member);
            return new Location(change.syntax(), change.file(), change.line(), change.declaration(), found.examples(), found.count());
        }
    }

    private static List<DiffFinding> pair(List<SyntaxChange> xsd, List<SyntaxChange> json, Context context) {
        Map<String, List<SyntaxChange>> byKey = new LinkedHashMap<>();
        for (SyntaxChange change : xsd) {
            byKey.computeIfAbsent(change.pairingKey(), k -> new ArrayList<>()).add(change);
        }
        List<DiffFinding> findings = new ArrayList<>();
        for (SyntaxChange change : json) {
            SyntaxChange jsonChange = jsonOnlyAdjusted(change);
            List<SyntaxChange> candidates = byKey.get(jsonChange.pairingKey());
            if (candidates == null || candidates.isEmpty()) {
                findings.add(single(jsonChange, context));
                if (!byDesignJsonOnly(jsonChange)) {
                    findings.add(divergence(jsonChange, null, context));
                }
                continue;
            }
            SyntaxChange xsdChange = candidates.remove(0);
            findings.add(merged(xsdChange, jsonChange, context));
            boolean sameClass = xsdChange.changeClass() == jsonChange.changeClass() && xsdChange.decided() == jsonChange.decided();
            if (!sameClass && !jsonChange.modifiers().contains(Modifier.SHAPE)) {
                findings.add(divergence(jsonChange, xsdChange, context));
            }
        }
        for (List<SyntaxChange> rest : byKey.values()) {
            for (SyntaxChange xsdChange : rest) {
                findings.add(single(xsdChange, context));
                if (!byDesignXsdOnly(xsdChange)) {
                    findings.add(divergence(null, xsdChange, context));
                }
            }
        }
        return findings;
    }

    /** Reclassifies a change of the JSON {@code $schema} member, which accepts the $id of any release of one major, as the JSON side of a namespace change. */
    private static SyntaxChange jsonOnlyAdjusted(SyntaxChange change) {
        if ("json:$schema".equals(change.member())) {
            return new SyntaxChange(change.syntax(), ChangeKind.SD701, ChangeClass.BREAK, true, change.component(), change.member(),
                    "$schema", change.oldValue(), change.newValue(), change.file(), change.line(), change.declaration(), change.modifiers());
        }
        return change;
    }

    private static boolean byDesignXsdOnly(SyntaxChange change) {
        return change.kind() == ChangeKind.SD106 || change.kind() == ChangeKind.SD701 || change.kind() == ChangeKind.SD108;
    }

    private static boolean byDesignJsonOnly(SyntaxChange change) {
        return change.kind() == ChangeKind.SD307 || change.kind() == ChangeKind.SD701;
    }

    private static DiffFinding single(SyntaxChange change, Context context) {
        Location location = context.locate(change);
        return new DiffFinding(change.kind(), change.changeClass(), change.decided(), change.component(), change.member(), change.detail(),
                change.oldValue(), change.newValue(), change.modifiers(),
                change.syntax() == Syntax.XSD ? location : null, change.syntax() == Syntax.JSON ? location : null, null);
    }

    private static DiffFinding merged(SyntaxChange xsd, SyntaxChange json, Context context) {
        boolean jsonWorse = json.modifiers().contains(Modifier.SHAPE) || json.changeClass().and(xsd.changeClass()) == json.changeClass()
                && json.changeClass() != xsd.changeClass();
        SyntaxChange leading = jsonWorse ? json : xsd;
        Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
        modifiers.addAll(xsd.modifiers());
        modifiers.addAll(json.modifiers());
        ChangeClass combined = xsd.changeClass() == json.changeClass() ? xsd.changeClass() : xsd.changeClass().and(json.changeClass());
        return new DiffFinding(leading.kind(), combined, xsd.decided() && json.decided(), xsd.component(), xsd.member(), xsd.detail(),
                leading.oldValue(), leading.newValue(), modifiers.isEmpty() ? Set.of() : modifiers,
                context.locate(xsd), context.locate(json), null);
    }

    private static DiffFinding divergence(SyntaxChange json, SyntaxChange xsd, Context context) {
        SyntaxChange any = json != null ? json : xsd;
        String xsdSide = xsd == null ? "-" : xsd.kind().name() + " " + xsd.changeClass();
        String jsonSide = json == null ? "-" : json.kind().name() + " " + json.changeClass();
        return new DiffFinding(ChangeKind.SD901, ChangeClass.BREAK, true, any.component(), any.member(), any.kind().name(),
                xsdSide, jsonSide, Set.of(), xsd == null ? null : context.locate(xsd), json == null ? null : context.locate(json), null);
    }

    /** SD403 for each code list the document reaches whose version changed, with the class of its value changes. */
    private static List<DiffFinding> codeLists(LoadedRelease old, LoadedRelease neu, List<DiffFinding> findings, Context context) {
        List<DiffFinding> result = new ArrayList<>();
        Set<String> reachable = context.newXsd().reachable();
        reachable.addAll(context.oldXsd().reachable());
        for (CodeList list : neu.common().codeLists().values()) {
            CodeList earlier = old.common().codeLists().get(list.id());
            String key = "codelist:" + list.id();
            if (earlier == null || Objects.equals(earlier.version(), list.version()) || !reachable.contains(key)) {
                continue;
            }
            ChangeClass combined = ChangeClass.EQ;
            boolean decided = true;
            for (DiffFinding finding : findings) {
                if (key.equals(finding.component())) {
                    combined = combined.and(finding.changeClass());
                    decided &= finding.decided();
                }
            }
            Location xsd = context.newXsd().component(key).map(c -> new Location(Syntax.XSD, c.file, c.line, c.declaration, List.of(), 0)).orElse(null);
            Location json = context.newJson().component(key).map(c -> new Location(Syntax.JSON, c.file, c.line, c.declaration, List.of(), 0)).orElse(null);
            result.add(new DiffFinding(ChangeKind.SD403, combined, decided, key, null, "version", earlier.version(), list.version(),
                    Set.of(), xsd, json, null));
        }
        return result;
    }

    /** Model facts that neither schema carries: the document type codes, issuing roles, title and definition. */
    private static List<DiffFinding> modelOnly(ModelModule old, ModelModule neu) {
        List<DiffFinding> result = new ArrayList<>();
        modelFact(result, "documentTypeCodes", String.join(",", old.documentTypeCodes()), String.join(",", neu.documentTypeCodes()), true);
        modelFact(result, "issuerRoles", String.join(",", old.issuerRoles()), String.join(",", neu.issuerRoles()), true);
        modelFact(result, "title", old.title().en() + " | " + old.title().zh(), neu.title().en() + " | " + neu.title().zh(), false);
        modelFact(result, "definition", old.definition().en() + " | " + old.definition().zh(), neu.definition().en() + " | " + neu.definition().zh(), false);
        return result;
    }

    private static void modelFact(List<DiffFinding> result, String field, String old, String neu, boolean semantic) {
        if (!old.equals(neu)) {
            result.add(new DiffFinding(ChangeKind.SD801, ChangeClass.EQ, true, ShapeComparer.MODULE, "model:" + field, field, old, neu,
                    semantic ? Set.of(Modifier.SEMANTIC) : Set.of(), null, null, null));
        }
    }
}
