package org.tradecert.crossdoc.extract;

import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.FactsBuilder;
import org.tradecert.model.common.v1.CurrencyExchangeType;
import org.tradecert.model.common.v1.ExchangedDocumentType;
import org.tradecert.model.common.v1.FinancialAccountType;
import org.tradecert.model.common.v1.LogisticsLocationType;
import org.tradecert.model.common.v1.LogisticsPackageType;
import org.tradecert.model.common.v1.ReferencedDocumentType;
import org.tradecert.model.common.v1.TradeDeliveryTermsType;
import org.tradecert.model.common.v1.TradeProductType;
import org.tradecert.model.common.v1.TransportEquipmentType;
import org.tradecert.model.common.v1.TransportMovementType;

import java.util.List;
import java.util.Set;

/**
 * Facts taken the same way from the common components every document type shares: the
 * document header, references, locations, movements, containers, products and packages.
 */
final class CommonFacts {

    /** UNTDID 1001 codes of transport documents: bills of lading, sea waybills and air waybills. */
    static final Set<String> TRANSPORT_DOCUMENT_CODES = Set.of("703", "705", "706", "707", "710", "714", "740", "741");

    private CommonFacts() {
    }

    /** Records the document number, its UNTDID 1001 code, issue time and purpose. */
    static void header(FactsBuilder facts, ExchangedDocumentType header) {
        if (header == null) {
            return;
        }
        facts.text(FactNames.DOCUMENT_NUMBER, header, "ID", header.getID());
        facts.text(FactNames.DOCUMENT_TYPE_CODE, header, "TypeCode", header.getTypeCode());
        facts.time(FactNames.ISSUE_TIME, header, "IssueDateTime", header.getIssueDateTime(), null);
        facts.text(FactNames.PURPOSE_CODE, header, "PurposeCode", header.getPurposeCode());
    }

    /**
     * Records a referenced document as {@code <code>:<number>}; the code is the reference's own type
     * code, or {@code defaultCode} when the reference has none. A transport document number
     * is also recorded as {@link FactNames#TRANSPORT_DOCUMENT_NUMBER}, an invoice number as
     * {@link FactNames#INVOICE_NUMBER} and a declaration number as {@link FactNames#DECLARATION_NUMBER}.
     */
    static void reference(FactsBuilder facts, ReferencedDocumentType reference, String defaultCode) {
        if (reference == null || reference.getIssuerAssignedID() == null || reference.getIssuerAssignedID().isBlank()) {
            return;
        }
        String code = reference.getTypeCode() != null && !reference.getTypeCode().isBlank() ? reference.getTypeCode().strip() : defaultCode;
        String number = reference.getIssuerAssignedID().strip();
        if (code != null) {
            facts.text(FactNames.REFERENCED_DOCUMENT, reference, "IssuerAssignedID", code + ":" + number);
        }
        if (code == null) {
            return;
        }
        if (TRANSPORT_DOCUMENT_CODES.contains(code)) {
            facts.text(FactNames.TRANSPORT_DOCUMENT_NUMBER, reference, "IssuerAssignedID", number);
        } else if (code.equals("380")) {
            facts.text(FactNames.INVOICE_NUMBER, reference, "IssuerAssignedID", number);
        } else if (code.equals("830") || code.equals("929")) {
            facts.text(FactNames.DECLARATION_NUMBER, reference, "IssuerAssignedID", number);
        }
    }

    /**
     * Records a reference to the transport contract: its number is a transport document number
     * whatever type code the reference gives, and a referenced document when it gives one.
     */
    static void transportDocument(FactsBuilder facts, ReferencedDocumentType reference) {
        if (reference == null || reference.getIssuerAssignedID() == null || reference.getIssuerAssignedID().isBlank()) {
            return;
        }
        String number = reference.getIssuerAssignedID().strip();
        facts.text(FactNames.TRANSPORT_DOCUMENT_NUMBER, reference, "IssuerAssignedID", number);
        if (reference.getTypeCode() != null && !reference.getTypeCode().isBlank()) {
            facts.text(FactNames.REFERENCED_DOCUMENT, reference, "IssuerAssignedID", reference.getTypeCode().strip() + ":" + number);
        }
    }

    /** Records a contract reference: its number and issue date. */
    static void contract(FactsBuilder facts, ReferencedDocumentType contract) {
        if (contract == null) {
            return;
        }
        facts.text(FactNames.CONTRACT_NUMBER, contract, "IssuerAssignedID", contract.getIssuerAssignedID());
        facts.date(FactNames.CONTRACT_DATE, contract, "IssueDate", contract.getIssueDate(), null);
    }

    /** Records a location's UN/LOCODE, whose first two letters are its country. */
    static void location(FactsBuilder facts, String name, LogisticsLocationType location, String key) {
        if (location == null) {
            return;
        }
        facts.add(name, location, "ID", location.getID(), null, key);
    }

    /** Records the delivery terms: the Incoterms rule and the named place. */
    static void deliveryTerms(FactsBuilder facts, TradeDeliveryTermsType terms) {
        if (terms == null) {
            return;
        }
        facts.text(FactNames.INCOTERM, terms, "DeliveryTypeCode", terms.getDeliveryTypeCode());
        location(facts, FactNames.INCOTERM_PLACE, terms.getRelevantTradeLocation(), null);
    }

    /**
     * Records a movement: mode, voyage or flight, vessel, and when {@code ports} is set its places of
     * loading and discharge; the scheduled times carry {@code key}.
     */
    static void movement(FactsBuilder facts, TransportMovementType movement, boolean ports, String key) {
        if (movement == null) {
            return;
        }
        facts.text(FactNames.TRANSPORT_MODE, movement, "ModeCode", movement.getModeCode());
        facts.text(FactNames.VOYAGE, movement, "ID", movement.getID(), key);
        if (movement.getUsedTransportMeans() != null) {
            var means = movement.getUsedTransportMeans();
            if (means.getID() != null && "IMO".equals(means.getID().getSchemeID())) {
                facts.text(FactNames.VESSEL_IMO, means, "ID", means.getID().getValue());
            }
            facts.text(FactNames.VESSEL_NAME, means, "Name", means.getName());
        }
        if (ports) {
            location(facts, FactNames.PORT_OF_LOADING, movement.getLoadingLocation(), null);
            location(facts, FactNames.PORT_OF_DISCHARGE, movement.getUnloadingLocation(), null);
        }
        facts.time(FactNames.DEPARTURE_TIME, movement, "DepartureDateTime", movement.getDepartureDateTime(), key);
        facts.time(FactNames.ARRIVAL_TIME, movement, "ArrivalDateTime", movement.getArrivalDateTime(), key);
    }

    /** Records every container: its number, seals, cargo gross weight and number of packages, keyed by the container number. */
    static void equipment(FactsBuilder facts, List<TransportEquipmentType> equipment) {
        for (TransportEquipmentType container : equipment) {
            String number = container.getID() == null ? null : container.getID().strip();
            facts.text(FactNames.CONTAINER, container, "ID", number, number);
            for (String seal : container.getSealID()) {
                facts.text(FactNames.SEAL, container, "SealID", seal, number);
            }
            facts.measure(FactNames.CONTAINER_GROSS_WEIGHT, container, "GrossWeightMeasure", container.getGrossWeightMeasure(), number);
            facts.quantity(FactNames.CONTAINER_PACKAGE_COUNT, container, "PackageQuantity", container.getPackageQuantity(), number);
        }
    }

    /** Records a product: HS code with its list, country of origin, and name with description as one text, keyed by the line. */
    static void product(FactsBuilder facts, TradeProductType product, String key) {
        if (product == null) {
            return;
        }
        if (product.getClassCode() != null) {
            facts.add(FactNames.LINE_HS, product, "ClassCode", product.getClassCode().getValue(), product.getClassCode().getListID(), key);
        }
        facts.text(FactNames.LINE_ORIGIN, product, "OriginCountryID", product.getOriginCountryID(), key);
        facts.text(FactNames.LINE_DESCRIPTION, product, "Name", join(product.getName(), product.getDescription()), key);
    }

    /** Records the packages of a line: type (Recommendation 21), count and weights, each package keyed {@code <line>#<position>}. */
    static void packages(FactsBuilder facts, List<LogisticsPackageType> packages, String line) {
        int position = 0;
        for (LogisticsPackageType logisticsPackage : packages) {
            position++;
            String key = (line == null ? "" : line) + "#" + position;
            facts.add(FactNames.PACKAGE_TYPE, logisticsPackage, "TypeCode", logisticsPackage.getTypeCode(), "Rec21", line);
            facts.quantity(FactNames.LINE_PACKAGE_COUNT, logisticsPackage, "ItemQuantity", logisticsPackage.getItemQuantity(), line);
            facts.measure(FactNames.PACKAGE_GROSS_WEIGHT, logisticsPackage, "GrossWeightMeasure", logisticsPackage.getGrossWeightMeasure(), key);
            facts.measure(FactNames.PACKAGE_NET_WEIGHT, logisticsPackage, "NetWeightMeasure", logisticsPackage.getNetWeightMeasure(), key);
        }
    }

    /** Records an explicit exchange rate: the rate as value, {@code SOURCE/TARGET} as qualifier. */
    static void exchangeRate(FactsBuilder facts, CurrencyExchangeType exchange) {
        if (exchange == null || exchange.getConversionRateNumeric() == null) {
            return;
        }
        facts.add(FactNames.EXCHANGE_RATE, exchange, "ConversionRateNumeric", exchange.getConversionRateNumeric().toPlainString(),
                exchange.getSourceCurrencyCode() + "/" + exchange.getTargetCurrencyCode(), null);
    }

    /** Records the payee's account number: the IBAN when there is one, else the proprietary number. */
    static void payeeAccount(FactsBuilder facts, FinancialAccountType account) {
        if (account == null) {
            return;
        }
        if (account.getIBANID() != null && !account.getIBANID().isBlank()) {
            facts.text(FactNames.PAYEE_ACCOUNT, account, "IBANID", account.getIBANID().replace(" ", ""));
        } else {
            facts.text(FactNames.PAYEE_ACCOUNT, account, "ProprietaryID", account.getProprietaryID());
        }
    }

    static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        if (second == null || second.isBlank()) {
            return first;
        }
        return first.strip() + " " + second.strip();
    }
}
