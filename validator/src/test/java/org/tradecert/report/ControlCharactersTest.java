package org.tradecert.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTest {

    static Stream<String[]> cases() {
        return Stream.of(
                new String[] {"plain ASCII", "invoice INV-2026-0042.xml", "invoice INV-2026-0042.xml"},
                new String[] {"Chinese", "宁波舟山港 提单", "宁波舟山港 提单"},
                new String[] {"emoji surrogate pair", "box \uD83D\uDCE6", "box \uD83D\uDCE6"},
                new String[] {"backslash kept", "C:\\docs\\a.xml", "C:\\docs\\a.xml"},
                new String[] {"ANSI colour", "\u001B[31mred\u001B[0m", "\\u001B[31mred\\u001B[0m"},
                new String[] {"newline and carriage return", "a\r\nb", "a\\r\\nb"},
                new String[] {"tab", "a\tb", "a\\tb"},
                new String[] {"NUL and DEL", "a\u0000b\u007F", "a\\u0000b\\u007F"},
                new String[] {"C1 control sequence introducer", "\u009B31m", "\\u009B31m"},
                new String[] {"right-to-left override", "txt.\u202Eexe", "txt.\\u202Eexe"},
                new String[] {"line separator", "a\u2028b", "a\\u2028b"},
                new String[] {"byte-order mark", "\uFEFFid", "\\uFEFFid"},
                new String[] {"noncharacter", "a\uFFFF", "a\\uFFFF"},
                new String[] {"unpaired high surrogate", "a\uD800b", "a\\uD800b"},
                new String[] {"unpaired low surrogate at end", "a\uDC00", "a\\uDC00"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void escapeMakesUnsafeCharactersVisible(String name, String text, String expected) {
        assertThat(ControlCharacters.escape(text)).isEqualTo(expected);
        assertThat(ControlCharacters.containsUnsafe(text)).isEqualTo(!text.equals(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void escapedTextContainsNoUnsafeCharacter(String name, String text, String expected) {
        assertThat(ControlCharacters.containsUnsafe(ControlCharacters.escape(text))).isFalse();
    }
}
