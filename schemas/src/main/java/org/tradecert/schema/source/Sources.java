package org.tradecert.schema.source;

import org.tradecert.schema.generate.SchemaLayout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The kinds of {@link SchemaSource}: a directory, a jar, the classpath and files in memory. */
public final class Sources {

    /** Largest schema file read from a directory or jar; the biggest released file is far below it. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private Sources() {
    }

    public static SchemaSource directory(Path root) {
        return new DirectorySource(root.toAbsolutePath().normalize());
    }

    public static SchemaSource memory(String description, Map<String, byte[]> files) {
        return new MemorySource(description, new TreeMap<>(files));
    }

    public static SchemaSource bundled() {
        return new ClasspathSource();
    }

    /** Reads a jar (or zip) whole: its schema root is the folder that holds {@code catalog.json} or the release folders. */
    public static SchemaSource jar(Path jar) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory() || !(entry.getName().endsWith(".xsd") || entry.getName().endsWith(".json")
                        || entry.getName().endsWith(".yaml"))) {
                    continue;
                }
                if (entry.getSize() > MAX_FILE_BYTES) {
                    throw new IOException(entry.getName() + " in " + jar + " is larger than " + MAX_FILE_BYTES + " bytes");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readNBytes((int) MAX_FILE_BYTES + 1));
                }
            }
        }
        String prefix = entries.containsKey(SchemaLayout.RESOURCE_ROOT + SchemaLayout.CATALOG) ? SchemaLayout.RESOURCE_ROOT : "";
        Map<String, byte[]> files = new TreeMap<>();
        entries.forEach((name, bytes) -> {
            if (name.startsWith(prefix)) {
                files.put(name.substring(prefix.length()), bytes);
            }
        });
        return new MemorySource(jar.toString(), files);
    }

    private record DirectorySource(Path root) implements SchemaSource {

        @Override
        public String describe() {
            return root.toString();
        }

        @Override
        public Optional<byte[]> read(String path) throws IOException {
            Path file = root.resolve(SchemaSource.normalise(path)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IOException(file + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            return Optional.of(Files.readAllBytes(file));
        }

        @Override
        public List<String> list() throws IOException {
            List<String> paths = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root, 6)) {
                files.filter(Files::isRegularFile).forEach(f -> paths.add(root.relativize(f).toString().replace('\\', '/')));
            }
            Collections.sort(paths);
            return paths;
        }
    }

    private record MemorySource(String description, Map<String, byte[]> files) implements SchemaSource {

        @Override
        public String describe() {
            return description;
        }

        @Override
        public Optional<byte[]> read(String path) {
            return Optional.ofNullable(files.get(SchemaSource.normalise(path)));
        }

        @Override
        public List<String> list() {
            return new ArrayList<>(files.keySet());
        }
    }

    private static final class ClasspathSource implements SchemaSource {

        @Override
        public String describe() {
            return "bundled schemas";
        }

        @Override
        public Optional<byte[]> read(String path) throws IOException {
            try (InputStream in = Sources.class.getClassLoader().getResourceAsStream(SchemaLayout.RESOURCE_ROOT + SchemaSource.normalise(path))) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        }

        @Override
        public List<String> list() {
            return List.of();
        }
    }
}
