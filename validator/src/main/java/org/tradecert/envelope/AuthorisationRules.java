package org.tradecert.envelope;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/** The checks of who may submit what (layer 4): network, participant, role, time window, replay and supersession. */
public final class AuthorisationRules {

    public static final RuleDefinition NETWORK = RuleDefinition.of("AUTH-NETWORK", Layer.AUTHORISATION, Severity.FATAL, "tradecert-envelope/1 domain separation");
    public static final RuleDefinition PARTICIPANT = RuleDefinition.of("AUTH-PARTICIPANT", Layer.AUTHORISATION, Severity.FATAL, "network registry");
    public static final RuleDefinition CERTIFICATE_ORGANISATION = RuleDefinition.of("AUTH-CERT-ORG", Layer.AUTHORISATION, Severity.FATAL, "network registry");
    public static final RuleDefinition CERTIFICATE_REGISTERED = RuleDefinition.of("AUTH-CERT-REGISTERED", Layer.AUTHORISATION, Severity.FATAL, "network registry");
    public static final RuleDefinition ROLE_HELD = RuleDefinition.of("AUTH-ROLE-HELD", Layer.AUTHORISATION, Severity.FATAL, "network registry");
    public static final RuleDefinition ROLE_DOCUMENT_TYPE = RuleDefinition.of("AUTH-ROLE-DOCTYPE", Layer.AUTHORISATION, Severity.FATAL, "network policy");
    public static final RuleDefinition TIME_WINDOW = RuleDefinition.of("AUTH-TIME", Layer.AUTHORISATION, Severity.ERROR, "network policy");
    public static final RuleDefinition REPLAYED_SUBMISSION = RuleDefinition.of("REPLAY-SUBMISSION-ID", Layer.AUTHORISATION, Severity.FATAL, "tradecert-envelope/1 replay protection");
    public static final RuleDefinition REPLAYED_NONCE = RuleDefinition.of("REPLAY-NONCE", Layer.AUTHORISATION, Severity.FATAL, "tradecert-envelope/1 replay protection");
    public static final RuleDefinition SUPERSEDES_UNKNOWN = RuleDefinition.of("SUPERSEDE-UNKNOWN", Layer.AUTHORISATION, Severity.ERROR, "tradecert-envelope/1 supersession");
    public static final RuleDefinition SUPERSEDES_ORGANISATION = RuleDefinition.of("SUPERSEDE-ORG", Layer.AUTHORISATION, Severity.ERROR, "tradecert-envelope/1 supersession");
    public static final RuleDefinition SUPERSEDES_DOCUMENT = RuleDefinition.of("SUPERSEDE-DOCUMENT", Layer.AUTHORISATION, Severity.ERROR, "tradecert-envelope/1 supersession");
    public static final RuleDefinition VERSION_CHAIN = RuleDefinition.of("SUPERSEDE-VERSION", Layer.AUTHORISATION, Severity.ERROR, "tradecert-envelope/1 supersession");
    public static final RuleDefinition VERSION_CONFLICT = RuleDefinition.of("SUPERSEDE-CONFLICT", Layer.AUTHORISATION, Severity.ERROR, "tradecert-envelope/1 supersession; earliest anchored wins");

    private AuthorisationRules() {
    }

    public static List<RuleDefinition> all() {
        return List.of(NETWORK, PARTICIPANT, CERTIFICATE_ORGANISATION, CERTIFICATE_REGISTERED, ROLE_HELD, ROLE_DOCUMENT_TYPE, TIME_WINDOW, REPLAYED_SUBMISSION,
                REPLAYED_NONCE, SUPERSEDES_UNKNOWN, SUPERSEDES_ORGANISATION, SUPERSEDES_DOCUMENT, VERSION_CHAIN, VERSION_CONFLICT);
    }
}
