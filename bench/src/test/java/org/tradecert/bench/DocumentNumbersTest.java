package org.tradecert.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentNumbersTest {

    @Test
    void variantZeroKeepsNumber() {
        assertThat(DocumentNumbers.variant("commercial-invoice", "HL-INV-2026-0142", 0)).isEqualTo("HL-INV-2026-0142");
    }

    @Test
    void variantCountsAcrossSeparators() {
        assertThat(DocumentNumbers.variant("commercial-invoice", "HL-INV-2026-0142", 1)).isEqualTo("HL-INV-2026-0143");
        assertThat(DocumentNumbers.variant("transport-event", "EV-NLRTM-261118-9999", 1)).isEqualTo("EV-NLRTM-261119-0000");
    }

    @Test
    void variantWrapsWithinSixDigits() {
        assertThat(DocumentNumbers.variant("goods-declaration", "020220260001234567", 765_433)).isEqualTo("020220260001000000");
    }

    @Test
    void airWaybillGetsCheckDigit() {
        String number = DocumentNumbers.variant("air-waybill", "963-26100454", 3);

        assertThat(number).isEqualTo("963-26100480");
        long serial = Long.parseLong(number.substring(4, 11));
        assertThat(serial % 7).isEqualTo(Long.parseLong(number.substring(11)));
    }

    @Test
    void shortNumberRejected() {
        assertThatThrownBy(() -> DocumentNumbers.variant("booking", "BK-12345", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BK-12345");
    }

    @Test
    void variantOutOfRangeRejected() {
        assertThatThrownBy(() -> DocumentNumbers.variant("booking", "BR-BHF-2609-0077", DocumentNumbers.VARIANTS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
