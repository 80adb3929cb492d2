package org.tradecert.rules;

import org.tradecert.rules.airwaybill.AirWaybillRules;
import org.tradecert.rules.booking.BookingRules;
import org.tradecert.rules.common.CommonRules;
import org.tradecert.rules.declaration.DeclarationRules;
import org.tradecert.rules.event.TransportEventRules;
import org.tradecert.rules.invoice.InvoiceRules;
import org.tradecert.rules.packing.PackingListRules;
import org.tradecert.rules.payment.PaymentAdviceRules;
import org.tradecert.rules.seatransport.SeaTransportDocumentRules;

import java.util.ArrayList;
import java.util.List;

/** Every document rule of layer 7, the shared ones first, then type by type. */
public final class DocumentRules {

    private DocumentRules() {
    }

    public static List<DocumentRule<?>> all() {
        List<DocumentRule<?>> rules = new ArrayList<>();
        rules.addAll(CommonRules.all());
        rules.addAll(BookingRules.all());
        rules.addAll(InvoiceRules.all());
        rules.addAll(PackingListRules.all());
        rules.addAll(DeclarationRules.all());
        rules.addAll(SeaTransportDocumentRules.all());
        rules.addAll(AirWaybillRules.all());
        rules.addAll(TransportEventRules.all());
        rules.addAll(PaymentAdviceRules.all());
        return List.copyOf(rules);
    }
}
