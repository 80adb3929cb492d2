package org.tradecert.schema.source;

import org.tradecert.schema.generate.SchemaBuild;
import org.tradecert.schema.generate.SchemaLayout;
import org.tradecert.schema.model.ModelException;
import org.tradecert.schema.model.ModelLoader;
import org.tradecert.schema.model.ModelSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a command-line operand into releases: {@code TYPE@VERSION} from a schema tree (the
 * one given, else the bundled one), or a path to a schema tree, a release folder
 * ({@code <tree>/<type>/<version>}), a folder of model files (generated in memory, laid over
 * the tree when one is given) or a jar.
 */
public final class ReleaseLocator {

    private static final Pattern TYPE_AT_VERSION = Pattern.compile("([a-z][a-z0-9-]*)@([0-9]+\\.[0-9]+\\.[0-9]+)");

    /** The releases an operand stands for, and the tree they come from. */
    public record Selection(SchemaRepository repository, List<ReleaseEntry> releases, String description) {
    }

    private ReleaseLocator() {
    }

    /** Opens the repository of a tree option: that directory, or the bundled tree when none is given. */
    public static SchemaRepository repository(Path tree) throws IOException, SchemaLoadException {
        return SchemaRepository.of(tree == null ? Sources.bundled() : Sources.directory(tree));
    }

    public static Selection open(String operand, Path tree, String type) throws IOException, SchemaLoadException {
        var match = TYPE_AT_VERSION.matcher(operand);
        if (match.matches() && !Files.exists(Path.of(operand))) {
            SchemaRepository repository = repository(tree);
            ReleaseEntry entry = repository.find(match.group(1), match.group(2)).orElseThrow(() -> new SchemaLoadException(
                    "load.unknownRelease", operand, repository.source().describe(),
                    String.join(", ", repository.entries().stream().filter(e -> !e.common()).map(ReleaseEntry::toString).toList())));
            return new Selection(repository, List.of(entry), operand);
        }
        Path path = Path.of(operand);
        if (!Files.exists(path)) {
            throw new NoSuchFileException(operand);
        }
        SchemaRepository repository;
        if (Files.isRegularFile(path)) {
            repository = SchemaRepository.of(Sources.jar(path));
        } else if (Files.isRegularFile(path.resolve("model.yaml")) && path.toAbsolutePath().getParent() != null
                && path.toAbsolutePath().getParent().getParent() != null) {
            Path root = path.toAbsolutePath().getParent().getParent();
            repository = SchemaRepository.of(Sources.directory(root));
            String module = path.toAbsolutePath().getParent().getFileName().toString();
            String version = path.toAbsolutePath().getFileName().toString();
            ReleaseEntry entry = repository.find(module, version).orElseThrow(() ->
                    new SchemaLoadException("load.unknownOperand", operand));
            return new Selection(repository, List.of(entry), operand);
        } else if (Files.isRegularFile(path.resolve(SchemaLayout.CATALOG)) || hasReleaseFolders(path)) {
            repository = SchemaRepository.of(Sources.directory(path));
        } else if (hasModelFiles(path)) {
            repository = fromModels(path, tree);
            List<ReleaseEntry> current = select(repository, type).stream().filter(ReleaseEntry::current).toList();
            return new Selection(repository, current, operand);
        } else {
            throw new SchemaLoadException("load.unknownOperand", operand);
        }
        return new Selection(repository, select(repository, type), operand);
    }

    private static List<ReleaseEntry> select(SchemaRepository repository, String type) throws SchemaLoadException {
        List<ReleaseEntry> current = new ArrayList<>(repository.currentDocumentTypes());
        if (type != null) {
            current.removeIf(entry -> !entry.module().equals(type));
            if (current.isEmpty()) {
                throw new SchemaLoadException("load.noType", repository.source().describe(), type);
            }
        }
        return current;
    }

    /** Generates the schemas of a model folder in memory; with a tree, over it, so earlier releases stay visible. */
    public static SchemaRepository fromModels(Path modelDirectory, Path tree) throws IOException, SchemaLoadException {
        ModelSet models;
        try {
            models = new ModelLoader().loadDirectory(modelDirectory);
        } catch (ModelException e) {
            throw new SchemaLoadException(e, "load.invalidModel", modelDirectory, String.join("; ", e.problems()));
        }
        Path base = tree == null ? modelDirectory.resolve("no-schema-tree") : tree;
        SchemaBuild.Result result = new SchemaBuild().generate(models, base);
        Map<String, byte[]> files = new TreeMap<>();
        if (tree != null && Files.isDirectory(tree)) {
            SchemaSource existing = Sources.directory(tree);
            for (String file : existing.list()) {
                existing.read(file).ifPresent(bytes -> files.put(file, bytes));
            }
        }
        files.putAll(result.files());
        return SchemaRepository.of(Sources.memory(modelDirectory + (tree == null ? "" : " over " + tree), files));
    }

    private static boolean hasReleaseFolders(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path, 3)) {
            return files.anyMatch(p -> p.getFileName().toString().equals("model.yaml")
                    && p.getParent().getFileName().toString().matches("[0-9]+\\.[0-9]+\\.[0-9]+"));
        }
    }

    private static boolean hasModelFiles(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".yaml"));
        }
    }
}
