package org.tradecert.compact;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A growable run of bytes in a temporary file mapped into memory, read and written at byte
 * offsets: the storage of the tables the engine keeps per submission of a ledger. It lives
 * outside the Java heap, so the heap stays flat however long the ledger is. The operating
 * system keeps the pages in use in memory and can write the others to the file. The file is
 * removed from its folder as soon as it is open, so nothing is left behind, even after a
 * crash. Not thread-safe.
 */
public final class MappedColumn implements Closeable {

    private static final int CHUNK_SHIFT = 23;
    private static final int CHUNK = 1 << CHUNK_SHIFT;
    private static final int MASK = CHUNK - 1;

    private final FileChannel channel;
    private final List<MappedByteBuffer> chunks = new ArrayList<>();

    public MappedColumn() {
        try {
            Path file = Files.createTempFile("tradecert-", ".column");
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                Files.delete(file);
            } catch (IOException e) {
                // NOTE: only Linux has run this; a file system that cannot remove an open file (Windows)
                // keeps it until the JVM exits.
                file.toFile().deleteOnExit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a temporary file for the validation state cannot be created", e);
        }
    }

    public long getLong(long offset) {
        int at = (int) (offset & MASK);
        if (at <= CHUNK - Long.BYTES) {
            return chunk(offset).getLong(at);
        }
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = value << 8 | (getByte(offset + i) & 0xff);
        }
        return value;
    }

    public void putLong(long offset, long value) {
        int at = (int) (offset & MASK);
        if (at <= CHUNK - Long.BYTES) {
            chunk(offset).putLong(at, value);
            return;
        }
        for (int i = 0; i < Long.BYTES; i++) {
            putByte(offset + i, (byte) (value >>> (8 * (Long.BYTES - 1 - i))));
        }
    }

    public int getInt(long offset) {
        int at = (int) (offset & MASK);
        if (at <= CHUNK - Integer.BYTES) {
            return chunk(offset).getInt(at);
        }
        int value = 0;
        for (int i = 0; i < Integer.BYTES; i++) {
            value = value << 8 | (getByte(offset + i) & 0xff);
        }
        return value;
    }

    public void putInt(long offset, int value) {
        int at = (int) (offset & MASK);
        if (at <= CHUNK - Integer.BYTES) {
            chunk(offset).putInt(at, value);
            return;
        }
        for (int i = 0; i < Integer.BYTES; i++) {
            putByte(offset + i, (byte) (value >>> (8 * (Integer.BYTES - 1 - i))));
        }
    }

    public void put(long offset, byte[] bytes) {
        for (int done = 0; done < bytes.length; ) {
            long position = offset + done;
            int at = (int) (position & MASK);
            int length = Math.min(bytes.length - done, CHUNK - at);
            chunk(position).put(at, bytes, done, length);
            done += length;
        }
    }

    public byte[] get(long offset, int length) {
        byte[] bytes = new byte[length];
        for (int done = 0; done < length; ) {
            long position = offset + done;
            int at = (int) (position & MASK);
            int part = Math.min(length - done, CHUNK - at);
            chunk(position).get(at, bytes, done, part);
            done += part;
        }
        return bytes;
    }

    private byte getByte(long offset) {
        return chunk(offset).get((int) (offset & MASK));
    }

    private void putByte(long offset, byte value) {
        chunk(offset).put((int) (offset & MASK), value);
    }

    /** Returns the mapped chunk that contains {@code offset}, mapping the chunks up to it on first use. New bytes read as zero. */
    private MappedByteBuffer chunk(long offset) {
        int index = (int) (offset >>> CHUNK_SHIFT);
        while (chunks.size() <= index) {
            try {
                chunks.add(channel.map(FileChannel.MapMode.READ_WRITE, (long) chunks.size() << CHUNK_SHIFT, CHUNK));
            } catch (IOException e) {
                throw new UncheckedIOException("the temporary file of the validation state cannot grow", e);
            }
        }
        return chunks.get(index);
    }

    /** Closes the file. Its space returns to the file system once the mapped chunks are garbage-collected. */
    @Override
    public void close() {
        chunks.clear();
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
