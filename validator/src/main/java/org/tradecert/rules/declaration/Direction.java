package org.tradecert.rules.declaration;

import org.tradecert.model.goodsdeclaration.v1.GoodsDeclarationType;

import java.util.Set;

/** Whether a goods declaration is for export (830) or import (929), read from its document type code. */
enum Direction {
    EXPORT, IMPORT, UNKNOWN;

    static final String EXPORT_CODE = "830";
    static final String IMPORT_CODE = "929";

    /**
     * The China customs transport modes of goods that move into or out of a special customs
     * area without crossing the border: 0 non-bonded area, 1 supervised warehouse, 7 bonded
     * area, 8 bonded warehouse. For them both countries of the declaration are CN.
     */
    static final Set<String> NO_BORDER_CROSSING = Set.of("0", "1", "7", "8");

    static Direction of(GoodsDeclarationType declaration) {
        String code = declaration.getExchangedDocument() == null ? null : declaration.getExchangedDocument().getTypeCode();
        if (EXPORT_CODE.equals(code)) {
            return EXPORT;
        }
        return IMPORT_CODE.equals(code) ? IMPORT : UNKNOWN;
    }

    /** Returns the document type code for messages: 830 or 929. */
    static String typeCode(GoodsDeclarationType declaration) {
        return declaration.getExchangedDocument() == null ? "" : String.valueOf(declaration.getExchangedDocument().getTypeCode());
    }

    /** True when the goods actually cross the Chinese border under the declaration's transport mode. */
    static boolean crossesBorder(GoodsDeclarationType declaration) {
        return !NO_BORDER_CROSSING.contains(String.valueOf(declaration.getTransportModeCode()));
    }
}
