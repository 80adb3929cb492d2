package org.tradecert.engine;

import org.tradecert.document.InputRules;
import org.tradecert.ledger.LedgerExport;
import org.tradecert.ledger.SandboxLedger;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Turns the paths of a command line into inputs, lazily and in a stable order. A directory is
 * walked recursively in name order; inside it only {@code .xml}, {@code .json} and
 * {@code .jsonl} files are taken (so notes and sidecar files beside the documents are left
 * alone), symbolic links are reported and not followed, and a document whose envelope
 * ({@code NAME.envelope.json}) lies beside it is validated once, through the envelope. A
 * directory holding a sandbox ledger is one ledger input; a path given by name is always taken.
 */
public final class InputWalker implements Iterator<Input> {

    private static final String ENVELOPE_SUFFIX = ".envelope.json";

    private final Deque<Path> roots;
    private final Deque<Input> ready = new ArrayDeque<>();
    private final Deque<Iterator<Path>> directories = new ArrayDeque<>();

    public InputWalker(List<Path> paths) {
        this.roots = new ArrayDeque<>(paths);
    }

    @Override
    public boolean hasNext() {
        fill();
        return !ready.isEmpty();
    }

    @Override
    public Input next() {
        fill();
        if (ready.isEmpty()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void fill() {
        while (ready.isEmpty()) {
            if (!directories.isEmpty()) {
                Iterator<Path> entries = directories.peek();
                if (!entries.hasNext()) {
                    directories.pop();
                    continue;
                }
                walked(entries.next());
            } else if (!roots.isEmpty()) {
                given(roots.poll());
            } else {
                return;
            }
        }
    }

    /** A path named by the user: taken whatever its extension, and followed if it is a link. */
    private void given(Path path) {
        String name = path.toString();
        if (!Files.exists(path)) {
            ready.add(new Input.Unusable(name, InputRules.NOT_FOUND, null));
        } else if (Files.isDirectory(path)) {
            if (SandboxLedger.isLedger(path)) {
                ready.add(new Input.Ledger(path, name));
            } else {
                openDirectory(path);
            }
        } else if (!Files.isRegularFile(path)) {
            ready.add(new Input.Unusable(name, InputRules.NOT_REGULAR, null));
        } else if (LedgerExport.isExport(path)) {
            ready.add(new Input.LedgerExportFile(path, name));
        } else {
            ready.add(new Input.File(path, name));
        }
    }

    /** A path met while walking a directory. */
    private void walked(Path path) {
        String name = path.toString();
        if (Files.isSymbolicLink(path)) {
            ready.add(new Input.Unusable(name, InputRules.NOT_REGULAR, null));
            return;
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            if (SandboxLedger.isLedger(path)) {
                ready.add(new Input.Ledger(path, name));
            } else {
                openDirectory(path);
            }
            return;
        }
        String fileName = path.getFileName().toString();
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".xml") || lower.endsWith(".json") || lower.endsWith(".jsonl"))) {
            return;
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            ready.add(new Input.Unusable(name, InputRules.NOT_REGULAR, null));
            return;
        }
        if (!lower.endsWith(ENVELOPE_SUFFIX) && Files.exists(path.resolveSibling(fileName + ENVELOPE_SUFFIX))) {
            return;
        }
        if (lower.endsWith(".jsonl") && LedgerExport.isExport(path)) {
            ready.add(new Input.LedgerExportFile(path, name));
            return;
        }
        ready.add(new Input.File(path, name));
    }

    private void openDirectory(Path directory) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path entry : stream) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            ready.add(new Input.Unusable(directory.toString(), InputRules.READ, e.getMessage()));
            return;
        }
        entries.sort(null);
        directories.push(entries.iterator());
    }
}
