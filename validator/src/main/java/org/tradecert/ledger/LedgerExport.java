package org.tradecert.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.json.SafeJson;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The portable form of a ledger, {@code tradecert-ledger-export/1}: one JSON object per line,
 * first the ledger configuration with the network registry, then every block in height order.
 * A reader streams it line by line, so an export of any size is checked in constant memory.
 */
public final class LedgerExport implements BlockSource {

    public static final String FORMAT = "tradecert-ledger-export/1";

    private static final ObjectMapper JSON = SafeJson.mapper(24);

    private final Path file;
    private final LedgerConfig config;
    private final byte[] registry;

    private LedgerExport(Path file, LedgerConfig config, byte[] registry) {
        this.file = file;
        this.config = config;
        this.registry = registry;
    }

    /** Writes a ledger to one export file, through a temporary file moved into place when complete. */
    public static long write(BlockSource ledger, Path out) throws IOException, LedgerException {
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), ".export-", ".tmp");
        long blocks = 0;
        try {
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8))) {
                ObjectNode header = JsonNodeFactory.instance.objectNode();
                header.put("format", FORMAT);
                header.set("ledger", ledger.config().toJson());
                byte[] registry = ledger.registry();
                if (registry != null) {
                    header.put("network", Base64.getEncoder().encodeToString(registry));
                }
                writer.write(JSON.writeValueAsString(header));
                writer.write('\n');
                Iterator<StoredBlock> iterator = ledger.blocks();
                while (iterator.hasNext()) {
                    StoredBlock stored = iterator.next();
                    if (stored.block() == null) {
                        throw new LedgerException(stored.name() + " cannot be read (" + stored.error() + "); run tradecert ledger verify first");
                    }
                    writer.write(JSON.writeValueAsString(stored.block().toJson()));
                    writer.write('\n');
                    blocks++;
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return blocks;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static LedgerExport open(Path file) throws LedgerException {
        try (BufferedReader reader = reader(file)) {
            String first = new BoundedLines(reader, StoredBlock.MAX_CHARS).next();
            if (first == null) {
                throw new LedgerException(file + " is empty; a ledger export starts with a " + FORMAT + " line");
            }
            if (first == BoundedLines.TOO_LONG) {
                throw new LedgerException(file + " is not a ledger export: its first line is longer than " + (StoredBlock.MAX_CHARS >> 20) + " MiB");
            }
            JsonNode header = JSON.readTree(first);
            if (!FORMAT.equals(header.path("format").asText())) {
                throw new LedgerException(file + " is not a ledger export: its first line is not of format " + FORMAT);
            }
            byte[] registry = header.hasNonNull("network") ? Base64.getDecoder().decode(header.path("network").asText()) : null;
            return new LedgerExport(file, LedgerConfig.fromJson(header.path("ledger")), registry);
        } catch (IOException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new LedgerException(file + " cannot be read as a ledger export: " + e.getMessage(), e);
        }
    }

    /** True when the file starts like a ledger export, so a directory walk can tell exports from envelopes. */
    public static boolean isExport(Path file) {
        try (BufferedReader reader = reader(file)) {
            char[] start = new char[256];
            int read = reader.read(start);
            return read > 0 && new String(start, 0, read).contains("\"" + FORMAT + "\"");
        } catch (IOException e) {
            return false;
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public LedgerConfig config() {
        return config;
    }

    @Override
    public byte[] registry() {
        return registry;
    }

    @Override
    public String label() {
        return file.toString();
    }

    @Override
    public Iterator<StoredBlock> blocks() {
        BufferedReader reader;
        BoundedLines lines;
        try {
            reader = reader(file);
            lines = new BoundedLines(reader, StoredBlock.MAX_CHARS);
            lines.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Iterator<>() {
            private long lineNumber = 1;
            private long nextLine;
            private String next = advance();

            private String advance() {
                try {
                    String text;
                    do {
                        text = lines.next();
                        lineNumber++;
                    } while (text != null && text.isBlank());
                    nextLine = lineNumber;
                    if (text == null) {
                        reader.close();
                    }
                    return text;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public StoredBlock next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                String text = next;
                String name = file.getFileName() + " line " + nextLine;
                next = advance();
                if (text == BoundedLines.TOO_LONG) {
                    return new StoredBlock(name, null, StoredBlock.tooLarge());
                }
                try {
                    return new StoredBlock(name, Block.fromJson(JSON.readTree(text)), null);
                } catch (IOException | IllegalArgumentException e) {
                    return new StoredBlock(name, null, e.getMessage());
                }
            }
        };
    }

    @Override
    public void close() {
        // Each iteration opens and closes its own reader.
    }
}
