package org.tradecert.compact;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompactStoresTest {

    @Test
    void keysSeparateTheirParts() {
        assertThat(Key128.of("ab", "c")).isNotEqualTo(Key128.of("a", "bc"));
        assertThat(Key128.of("a", null)).isNotEqualTo(Key128.of("a", ""));
        assertThat(Key128.of("org", "id")).isEqualTo(Key128.of("org", "id"));
    }

    @Test
    void tableKeepsTheFirstValueOfEachKeyThroughGrowth() {
        KeyTable table = new KeyTable();

        for (int i = 0; i < 100_000; i++) {
            assertThat(table.putIfAbsent(Key128.of("submission", Integer.toString(i)), i)).isEqualTo(KeyTable.ABSENT);
        }
        assertThat(table.putIfAbsent(Key128.of("submission", "42"), 7)).isEqualTo(42);

        assertThat(table.size()).isEqualTo(100_000);
        for (int i = 0; i < 100_000; i++) {
            assertThat(table.get(Key128.of("submission", Integer.toString(i)))).isEqualTo(i);
        }
        assertThat(table.get(Key128.of("submission", "100000"))).isEqualTo(KeyTable.ABSENT);
    }

    @Test
    void tableRefusesNegativeValues() {
        assertThatThrownBy(() -> new KeyTable().putIfAbsent(Key128.of("x"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textsComeBackUnchangedAcrossChunks() {
        TextStore store = new TextStore();
        List<Long> handles = new ArrayList<>();
        String large = "报关单".repeat(400_000);

        for (int i = 0; i < 50_000; i++) {
            handles.add(store.add("HL-INV-2026-" + i + "-发票"));
        }
        long largeHandle = store.add(large);
        long emptyHandle = store.add("");
        long after = store.add("after");

        for (int i = 0; i < 50_000; i++) {
            assertThat(store.get(handles.get(i))).isEqualTo("HL-INV-2026-" + i + "-发票");
        }
        assertThat(store.get(largeHandle)).isEqualTo(large);
        assertThat(store.get(emptyHandle)).isEmpty();
        assertThat(store.get(after)).isEqualTo("after");
    }
}
