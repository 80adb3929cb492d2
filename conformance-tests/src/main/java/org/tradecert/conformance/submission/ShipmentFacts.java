package org.tradecert.conformance.submission;

import org.tradecert.codelist.CodeEntry;
import org.tradecert.codelist.CodeListPack;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.document.DocumentReader;
import org.tradecert.envelope.Statement;
import org.tradecert.model.commercialinvoice.v1.InvoiceConsignmentType;
import org.tradecert.model.common.v1.ExchangedDocumentType;
import org.tradecert.model.common.v1.TransportMovementType;
import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;
import org.tradecert.rules.ModelWalk;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the suites select submissions by, read from each document: its UNTDID 1001 document
 * code (a booking request 335 or confirmation 770, a house air waybill 703) and whether it
 * belongs to a sea or an air shipment. The mode comes from the document itself: an air waybill
 * or a sea transport document by its type, other documents by the UNECE Recommendation 19 mode
 * codes they state (a goods declaration's China customs transport mode is mapped through the
 * {@code gacc-transport-mode} pack). A document that states no mode, such as a packing list or
 * a payment advice, takes the modes of the submissions its statement references.
 */
public final class ShipmentFacts {

    /** The kind of carriage a shipment uses. */
    public enum Mode {
        SEA, AIR
    }

    /** What was read from one submission. */
    public record Facts(String documentCode, Set<Mode> modes) {
    }

    private static final int MAX_REFERENCE_DEPTH = 8;

    private final SubmissionSet submissions;
    private final DocumentReader reader = new DocumentReader(SchemaCatalog.bundled());
    private final CodeListPack gaccTransportModes;
    private final Map<Integer, Facts> own = new HashMap<>();

    public ShipmentFacts(SubmissionSet submissions, CodeListRegistry codeLists) {
        this.submissions = submissions;
        this.gaccTransportModes = codeLists.forList("GACCTransportMode").orElse(null);
    }

    /** The facts of a submission, with modes taken from its references when it states none itself. */
    public Facts of(Submission submission) {
        Facts facts = ownFacts(submission);
        if (!facts.modes().isEmpty()) {
            return facts;
        }
        Set<Mode> inherited = EnumSet.noneOf(Mode.class);
        collectReferenced(submission, inherited, new HashSet<>(), 0);
        return new Facts(facts.documentCode(), inherited);
    }

    private void collectReferenced(Submission submission, Set<Mode> modes, Set<Integer> visited, int depth) {
        if (depth >= MAX_REFERENCE_DEPTH || !visited.add(submission.index())) {
            return;
        }
        for (Statement.Reference reference : submission.statement().references()) {
            submissions.resolve(reference).ifPresent(referenced -> {
                Set<Mode> stated = ownFacts(referenced).modes();
                if (stated.isEmpty()) {
                    collectReferenced(referenced, modes, visited, depth + 1);
                } else {
                    modes.addAll(stated);
                }
            });
        }
    }

    private Facts ownFacts(Submission submission) {
        return own.computeIfAbsent(submission.index(), index -> read(submission));
    }

    private Facts read(Submission submission) {
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        switch (submission.documentType()) {
            case "air-waybill" -> modes.add(Mode.AIR);
            case "sea-transport-document" -> modes.add(Mode.SEA);
            default -> {
            }
        }
        byte[] document = submission.envelope().document();
        if (document == null) {
            return new Facts(null, modes);
        }
        DocumentReader.Result read = reader.read(document, submission.source(), submission.statement().schemaId(), Locale.ENGLISH, true);
        if (read.bound() == null) {
            return new Facts(null, modes);
        }
        Object root = read.bound().root();
        for (TransportMovementType movement : ModelWalk.findAll(root, TransportMovementType.class)) {
            addRecommendation19(movement.getModeCode(), modes);
        }
        for (InvoiceConsignmentType consignment : ModelWalk.findAll(root, InvoiceConsignmentType.class)) {
            addRecommendation19(consignment.getModeCode(), modes);
        }
        for (GoodsDeclarationType declaration : ModelWalk.findAll(root, GoodsDeclarationType.class)) {
            addGaccMode(declaration.getTransportModeCode(), modes);
        }
        List<ExchangedDocumentType> headers = ModelWalk.findAll(root, ExchangedDocumentType.class);
        String code = headers.isEmpty() || headers.get(0).getTypeCode() == null ? null : headers.get(0).getTypeCode().strip();
        return new Facts(code, modes);
    }

    /** Recommendation 19: 1 maritime, 4 air; the other modes select neither kind of scenario. */
    private static void addRecommendation19(String code, Set<Mode> modes) {
        if (code == null) {
            return;
        }
        switch (code.strip()) {
            case "1" -> modes.add(Mode.SEA);
            case "4" -> modes.add(Mode.AIR);
            default -> {
            }
        }
    }

    private void addGaccMode(String code, Set<Mode> modes) {
        if (code == null || gaccTransportModes == null) {
            return;
        }
        CodeEntry entry = gaccTransportModes.find(code.strip()).orElse(null);
        String mapped = entry == null ? null : entry.attribute("rec19");
        if (mapped != null) {
            for (String rec19 : mapped.trim().split("\\s+")) {
                addRecommendation19(rec19, modes);
            }
        }
    }
}
