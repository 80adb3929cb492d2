package org.tradecert.schema.bind;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

import java.time.LocalDate;

/** Binds {@code xsd:date} values, which the standard writes without a time zone, to {@link LocalDate}. */
public final class LocalDateAdapter extends XmlAdapter<String, LocalDate> {

    @Override
    public LocalDate unmarshal(String text) {
        return text == null ? null : LocalDate.parse(text.strip());
    }

    @Override
    public String marshal(LocalDate value) {
        return value == null ? null : value.toString();
    }
}
