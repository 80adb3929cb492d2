package org.tradecert.schema.governance;

import java.util.List;

/**
 * A finding of schema lint or release-check: a stable rule id, its severity, the module
 * version and place it concerns, and its text as a bundle key with arguments.
 *
 * @param place the model path, file or component the finding points at
 */
public record GovernanceFinding(String ruleId, boolean error, String module, String version, String place, LocalizedText text,
                                List<String> details) {
}
