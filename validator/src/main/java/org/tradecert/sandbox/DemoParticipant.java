package org.tradecert.sandbox;

import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.schema.model.Bilingual;

import java.util.List;

/**
 * One organisation of the demo consortium, as in the example shipments: its role, registered
 * identifier and the algorithm of its signing key.
 */
public record DemoParticipant(String role, String orgId, String orgIdScheme, Bilingual name, String country,
                              SignatureAlgorithm algorithm) {

    /** The name as a certificate holds it: RFC 5280 allows at most 64 characters in an organisation name. */
    public String certificateName() {
        String english = name.en();
        return english.length() <= 64 ? english : english.replace("Mechanical & Electrical", "M&E");
    }

    /** One participant of every role; Chinese organisations sign with SM2, the foreign importer with ECDSA P-256, the carrier with Ed25519. */
    public static final List<DemoParticipant> ALL = List.of(
            new DemoParticipant("exporter", "91120116MA05TC707B", "USCC",
                    new Bilingual("Tianjin Hailian Mechanical & Electrical Import & Export Co., Ltd.", "天津海联机电进出口有限公司"), "CN",
                    SignatureAlgorithm.SM2_SM3),
            new DemoParticipant("importer", "724500VDBERG0IND0189", "LEI",
                    new Bilingual("Van der Berg Industrial Supplies B.V.", "Van der Berg Industrial Supplies B.V."), "NL",
                    SignatureAlgorithm.ES256),
            new DemoParticipant("freight-forwarder", "91120116MA07BH202L", "USCC",
                    new Bilingual("Tianjin Bohai International Freight Forwarding Co., Ltd.", "天津渤海国际货运代理有限公司"), "CN",
                    SignatureAlgorithm.SM2_SM3),
            new DemoParticipant("ocean-carrier", "91120116MA0CL4206M", "USCC",
                    new Bilingual("Bohai Ocean Container Line Co., Ltd.", "渤海远洋集装箱航运有限公司"), "CN",
                    SignatureAlgorithm.ED25519),
            new DemoParticipant("airline", "91120116MA0BC5508K", "USCC",
                    new Bilingual("Bohai Cargo Airlines Co., Ltd.", "渤海货运航空有限公司"), "CN",
                    SignatureAlgorithm.SM2_SM3),
            new DemoParticipant("terminal-operator", "91120116MA0XG8807L", "USCC",
                    new Bilingual("Tianjin Xingang Pacific Container Terminal Co., Ltd.", "天津新港太平洋集装箱码头有限公司"), "CN",
                    SignatureAlgorithm.SM2_SM3),
            new DemoParticipant("customs-broker", "91120118MA06JG3099", "USCC",
                    new Bilingual("Tianjin Jingang Customs Brokerage Co., Ltd.", "天津津港报关有限公司"), "CN",
                    SignatureAlgorithm.SM2_SM3),
            new DemoParticipant("bank", "911201017000HH107F", "USCC",
                    new Bilingual("Haihe Commercial Bank, Tianjin Binhai Branch", "海河商业银行天津滨海分行"), "CN",
                    SignatureAlgorithm.SM2_SM3),
            new DemoParticipant("customs", "111200000000120014", "USCC",
                    new Bilingual("Tianjin Xingang Customs", "新港海关"), "CN",
                    SignatureAlgorithm.SM2_SM3));
}
