package org.tradecert.schema.bind;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

import java.time.OffsetDateTime;

/** Binds {@code xsd:dateTime} values, which the standard requires to carry an offset, to {@link OffsetDateTime}. */
public final class OffsetDateTimeAdapter extends XmlAdapter<String, OffsetDateTime> {

    @Override
    public OffsetDateTime unmarshal(String text) {
        return text == null ? null : OffsetDateTime.parse(text.strip());
    }

    @Override
    public String marshal(OffsetDateTime value) {
        return value == null ? null : value.toString();
    }
}
