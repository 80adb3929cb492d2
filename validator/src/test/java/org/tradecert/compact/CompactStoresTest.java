package org.tradecert.compact;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompactStoresTest {

    private static final long CHUNK = 1L << 23;

    @Test
    void keysSeparateTheirParts() {
        assertThat(Key128.of("ab", "c")).isNotEqualTo(Key128.of("a", "bc"));
        assertThat(Key128.of("a", null)).isNotEqualTo(Key128.of("a", ""));
        assertThat(Key128.of("org", "id")).isEqualTo(Key128.of("org", "id"));
    }

    @Test
    void tableKeepsTheFirstValueOfEachKeyThroughGrowth() {
        try (KeyTable table = new KeyTable()) {
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
    }

    @Test
    void tableRefusesValuesItCannotStore() {
        try (KeyTable table = new KeyTable()) {
            assertThatThrownBy(() -> table.putIfAbsent(Key128.of("x"), -1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> table.putIfAbsent(Key128.of("x"), Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void textsComeBackUnchangedAcrossChunks() {
        try (TextStore store = new TextStore()) {
            List<Long> handles = new ArrayList<>();
            String large = "报关单".repeat(4_000_000);

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

    @Test
    void valuesAcrossAChunkBoundaryKeepTheirBytes() {
        try (MappedColumn column = new MappedColumn()) {
            for (long offset = CHUNK - 7; offset < CHUNK; offset++) {
                column.putLong(offset, 0x0102030405060708L + offset);
                assertThat(column.getLong(offset)).isEqualTo(0x0102030405060708L + offset);
                column.putInt(offset, (int) (0x0A0B0C0D + offset));
                assertThat(column.getInt(offset)).isEqualTo((int) (0x0A0B0C0D + offset));
            }
            assertThat(column.getLong(3 * CHUNK + 16)).as("a part never written").isZero();
        }
        try (IntColumn ints = new IntColumn(); LongColumn longs = new LongColumn()) {
            ints.set(3_000_000, 7);
            longs.set(2_000_000, -5L);
            assertThat(ints.get(3_000_000)).isEqualTo(7);
            assertThat(ints.get(2_999_999)).isZero();
            assertThat(longs.get(2_000_000)).isEqualTo(-5L);
        }
    }
}
