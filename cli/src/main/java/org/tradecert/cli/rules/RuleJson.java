package org.tradecert.cli.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleDefinition;

/** One rule as JSON, in both languages, for {@code rules list --format json} and {@code rules explain --format json}. */
final class RuleJson {

    private RuleJson() {
    }

    static ObjectNode of(ObjectMapper mapper, RuleDefinition rule) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", rule.id());
        node.put("layer", rule.layer().key());
        node.put("layerNumber", rule.layer().number());
        node.put("severity", rule.severity().label());
        ArrayNode types = node.putArray("documentTypes");
        rule.documentTypes().forEach(types::add);
        node.put("source", rule.source());
        ObjectNode message = node.putObject("message");
        message.put("en", Messages.get(Messages.ENGLISH, rule.messageKey()));
        message.put("zh-CN", Messages.get(Messages.CHINESE, rule.messageKey()));
        ObjectNode description = node.putObject("description");
        description.put("en", Messages.get(Messages.ENGLISH, rule.descriptionKey()));
        description.put("zh-CN", Messages.get(Messages.CHINESE, rule.descriptionKey()));
        return node;
    }
}
