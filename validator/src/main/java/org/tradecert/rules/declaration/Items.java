package org.tradecert.rules.declaration;

import org.tradecert.model.goodsdeclaration.v1.DeclarationItemType;
import org.tradecert.rules.invoice.Money;

/** Small readers of declaration items shared by the declaration rules. */
final class Items {

    private Items() {
    }

    /** Returns the item's sequence number as written, or {@code ?} when it has none, for messages and paths. */
    static String sequence(DeclarationItemType item) {
        return item.getSequenceNumeric() == null ? "?" : Money.plain(item.getSequenceNumeric());
    }
}
