package org.tradecert.crossdoc.history;

import org.tradecert.crossdoc.FactExtractor;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.model.common.v1.ExchangedDocumentType;
import org.tradecert.model.transportevent.v1.TransportEventType;
import org.tradecert.rules.ModelWalk;

import java.util.List;

/**
 * Takes the facts the history rules need beyond those of the per-type extractors: the purpose
 * code of every document (UNTDID 1225, which marks a cancellation) and
 * whether a transport event is actual, estimated or planned.
 */
public final class HistoryFactExtractor implements FactExtractor<Object> {

    @Override
    public Class<Object> documentClass() {
        return Object.class;
    }

    @Override
    public void extract(Object document, FactsBuilder facts) {
        List<ExchangedDocumentType> headers = ModelWalk.findAll(document, ExchangedDocumentType.class);
        if (!headers.isEmpty()) {
            ExchangedDocumentType header = headers.get(0);
            facts.text(FactNames.PURPOSE_CODE, header, "PurposeCode", header.getPurposeCode());
        }

        if (document instanceof TransportEventType event) {
            facts.text(FactNames.EVENT_CLASSIFIER, event, "EventClassifierCode", event.getEventClassifierCode());
        }
    }
}
