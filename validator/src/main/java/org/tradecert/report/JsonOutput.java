package org.tradecert.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON generator of the JSON and SARIF reports: UTF-8, two-space indentation with
 * {@code \n} line ends on every platform, so the bytes do not depend on the machine, and
 * {@code \}{@code u} escapes for every character that {@link ControlCharacters} treats as
 * unsafe, so a report shown with {@code cat} cannot drive the terminal. The escaped strings
 * still decode to the exact data.
 */
final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final CharacterEscapes ESCAPES = new UnsafeCharacterEscapes();

    private JsonOutput() {
    }

    /** A generator over the stream; closing the generator flushes it but leaves the stream open. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        generator.setCharacterEscapes(ESCAPES);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        generator.setPrettyPrinter(printer);
        return generator;
    }

    /** Writes a string member, or {@code null} when the value is absent. */
    static void string(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }

    /** Writes an integer member, or {@code null} when the value is absent. */
    static void integer(JsonGenerator json, String name, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private static final class UnsafeCharacterEscapes extends CharacterEscapes {

        private final int[] ascii;

        UnsafeCharacterEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch <= 0xFFFF && ControlCharacters.unsafe((char) ch)) {
                return new SerializedString(String.format("\\u%04X", ch));
            }
            return null;
        }
    }
}
