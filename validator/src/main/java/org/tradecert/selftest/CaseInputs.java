package org.tradecert.selftest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.engine.Input;
import org.tradecert.engine.InputWalker;
import org.tradecert.registry.NetworkRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the input files of one case in the case's own folder: the base written out with its
 * edits, the envelopes signed, the ledger copied or created, or the file-system condition
 * made. The engine then validates what this produces, exactly as {@code tradecert validate}
 * would validate those paths.
 */
final class CaseInputs {

    /**
     * The inputs and registry of one case, as the engine receives them.
     *
     * @param inputs    the inputs in order, created when the engine reads them
     * @param registry  the network registry the run checks envelopes and ledgers against
     * @param ownRegistry true when the case changed the registry, so the shared engine cannot run it
     */
    record Prepared(Supplier<Iterator<Input>> inputs, NetworkRegistry registry, boolean ownRegistry) {
    }

    private final Path examples;
    private final DemoConsortium consortium;
    private final EnvelopeMaker envelopes;
    private final LedgerMaker ledgers;

    CaseInputs(Path examples) {
        this.examples = examples;
        this.consortium = new DemoConsortium(examples.resolve(DemoConsortium.FOLDER));
        this.envelopes = new EnvelopeMaker(examples);
        this.ledgers = new LedgerMaker(examples, envelopes);
    }

    /**
     * Returns the registry of the demo consortium as published, which every case uses unless it
     * changes it. Returns null when the examples have no consortium, because only envelopes and
     * ledgers need one.
     */
    NetworkRegistry sharedRegistry() throws FixtureException {
        return consortium.exists() ? consortium.registry(DemoConsortium.FOLDER) : null;
    }

    /** Builds the inputs of a case in its folder, with the registry the run checks them against. */
    Prepared prepare(FixtureCase fixtureCase, Path folder) throws FixtureException, IOException {
        String where = fixtureCase.where();
        Base base = fixtureCase.base();
        boolean networked = !(base instanceof Base.Document || base instanceof Base.Content || base instanceof Base.FileCondition);
        boolean own = changesConsortium(fixtureCase);
        DemoConsortium network = own ? consortium.copyTo(folder.resolve("consortium")) : consortium;
        network.editRegistry(fixtureCase.registry());
        NetworkRegistry registry = networked ? network.registry(where) : null;

        List<Path> paths = write(fixtureCase, folder, network, registry);
        Path folderInPlace = base instanceof Base.FileCondition condition && condition.condition().equals("folder-in-place")
                ? paths.get(0) : null;

        // Signing can register new certificates, so the run uses the registry as the envelopes left it.
        NetworkRegistry used = own && networked ? network.registry(where) : registry;
        return new Prepared(() -> folderInPlace == null ? new InputWalker(paths) : new FolderInPlace(new InputWalker(paths), folderInPlace),
                used, own);
    }

    /** Writes the inputs of a case into its folder and returns their paths in the order they are validated. */
    private List<Path> write(FixtureCase fixtureCase, Path folder, DemoConsortium network, NetworkRegistry registry)
            throws FixtureException, IOException {
        String where = fixtureCase.where();
        Base base = fixtureCase.base();
        if (base instanceof Base.Document document) {
            byte[] bytes = DocumentEditor.apply(read(document.path()), document.path().endsWith(".json"), fixtureCase.edits());
            return List.of(write(folder, name(fixtureCase, document.path()), bytes));
        }
        if (base instanceof Base.Content content) {
            byte[] bytes = DocumentEditor.apply(content(content), false, fixtureCase.edits());
            return List.of(write(folder, fixtureCase.fileName() == null ? "content" : fixtureCase.fileName(), bytes));
        }
        if (base instanceof Base.FileCondition condition) {
            return List.of(condition(condition, fixtureCase, folder));
        }
        if (base instanceof Base.Envelope single) {
            ObjectNode envelope = envelopes.make(single.spec(), fixtureCase.edits(), network, registry, Map.of(), null, where + ".envelope");
            String file = fixtureCase.fileName() != null ? fixtureCase.fileName()
                    : Path.of(single.spec().document()).getFileName() + ".envelope.json";
            return List.of(write(folder, file, EnvelopeMaker.text(envelope, fixtureCase.edits())));
        }
        if (base instanceof Base.Envelopes list) {
            return envelopes(list, where, folder, network, registry);
        }
        if (base instanceof Base.Ledger ledger) {
            Path copy = ledgers.copy(ledger.path(), folder.resolve(Path.of(ledger.path()).getFileName().toString()));
            ledgers.apply(copy, fixtureCase.edits(), network, registry);
            return List.of(copy);
        }
        if (base instanceof Base.NewLedger fresh) {
            Path created = ledgers.create(fresh, network, registry, folder.resolve("ledger"), where);
            ledgers.apply(created, fixtureCase.edits(), network, registry);
            return List.of(created);
        }
        Base.AnchoredEnvelope anchored = (Base.AnchoredEnvelope) base;
        ObjectNode envelope = envelopes.edit(ledgers.anchored(anchored, where), fixtureCase.edits(), network);
        String file = fixtureCase.fileName() != null ? fixtureCase.fileName() : "anchored-" + anchored.block() + ".envelope.json";
        return List.of(write(folder, file, EnvelopeMaker.text(envelope, fixtureCase.edits())));
    }

    /** Signs the envelopes of a list in order, numbering their files so the engine validates them in that order. */
    private List<Path> envelopes(Base.Envelopes list, String where, Path folder, DemoConsortium network, NetworkRegistry registry)
            throws FixtureException, IOException {
        List<Path> paths = new ArrayList<>();
        Map<String, ObjectNode> earlier = new HashMap<>();
        for (int i = 0; i < list.specs().size(); i++) {
            EnvelopeSpec spec = list.specs().get(i);
            ObjectNode envelope = envelopes.make(spec, List.of(), network, registry, earlier, null, where + ".envelopes[" + (i + 1) + "]");
            if (spec.id() != null) {
                earlier.put(spec.id(), envelope);
            }
            String document = spec.document() != null ? Path.of(spec.document()).getFileName().toString() : "copy";
            paths.add(write(folder, String.format("%02d-%s.envelope.json", i + 1, document), EnvelopeMaker.text(envelope, spec.edits())));
        }
        return paths;
    }

    /** True when a case changes the demo consortium: its registry, or a certificate it issues. */
    private static boolean changesConsortium(FixtureCase fixtureCase) {
        if (!fixtureCase.registry().isEmpty() || issuesCertificate(fixtureCase.edits())) {
            return true;
        }
        if (fixtureCase.base() instanceof Base.Envelopes list) {
            return list.specs().stream().anyMatch(spec -> issuesCertificate(spec.edits()));
        }
        return false;
    }

    private static boolean issuesCertificate(List<Edit> edits) {
        for (Edit edit : edits) {
            if (edit.operation().equals("certificate")) {
                return true;
            }
            if (edit.envelopes().stream().anyMatch(spec -> issuesCertificate(spec.edits()))) {
                return true;
            }
        }
        return false;
    }

    private Path condition(Base.FileCondition condition, FixtureCase fixtureCase, Path folder) throws FixtureException, IOException {
        if (condition.condition().equals("missing")) {
            return folder.resolve(fixtureCase.fileName() == null ? "missing.xml" : fixtureCase.fileName());
        }
        byte[] bytes = DocumentEditor.apply(read(condition.document()), condition.document().endsWith(".json"), fixtureCase.edits());
        String name = name(fixtureCase, condition.document());
        if (condition.condition().equals("symbolic-link")) {
            Path target = write(Files.createDirectories(folder.resolve("target")), name, bytes);
            Path walked = Files.createDirectories(folder.resolve("walked"));
            Files.createSymbolicLink(walked.resolve(name), target);
            return walked;
        }
        return write(folder, name, bytes);
    }

    private byte[] read(String relative) throws FixtureException {
        try {
            return Files.readAllBytes(examples.resolve(relative));
        } catch (IOException e) {
            throw FixtureException.of("path-not-found", relative, relative, examples);
        }
    }

    private byte[] content(Base.Content content) throws FixtureException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Base.ContentPart part : content.parts()) {
            byte[] bytes = switch (part.form()) {
                case "text" -> part.value().getBytes(StandardCharsets.UTF_8);
                case "hex" -> HexFormat.of().parseHex(part.value().replaceAll("\\s", ""));
                case "base64" -> Base64.getMimeDecoder().decode(part.value());
                case "file" -> read(part.value());
                default -> throw new IllegalStateException("the fixture reader lets no other content form through: " + part.form());
            };
            for (int i = 0; i < part.repeat(); i++) {
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    private static String name(FixtureCase fixtureCase, String path) {
        return fixtureCase.fileName() != null ? fixtureCase.fileName() : Path.of(path).getFileName().toString();
    }

    private static Path write(Path folder, String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /**
     * Walks the inputs and, once the walker has taken the file as a regular file, puts a folder
     * in its place, so the engine's read fails as it would when a file changes between being
     * listed and being read.
     */
    private static final class FolderInPlace implements Iterator<Input> {

        private final Iterator<Input> walker;
        private final Path file;

        FolderInPlace(Iterator<Input> walker, Path file) {
            this.walker = walker;
            this.file = file;
        }

        @Override
        public boolean hasNext() {
            return walker.hasNext();
        }

        @Override
        public Input next() {
            Input input = walker.next();
            if (input instanceof Input.File listed && listed.path().equals(file)) {
                try {
                    Files.delete(file);
                    Files.createDirectory(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return input;
        }
    }
}
