package org.tradecert.cli.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** {@code tradecert rules explain ID}: everything about one rule. */
@Command(name = "explain")
public final class RulesExplainCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "rules.explain.param.id")
    private String id;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "rules.list.option.format")
    private String format;

    @Override
    public Integer call() throws Exception {
        Cli cli = cli();
        RuleCatalogue catalogue = RuleCatalogue.standard();
        String wanted = id.trim().toUpperCase(Locale.ROOT);
        List<RuleDefinition> numbered = byNumber(catalogue, wanted);
        if (numbered.size() > 1) {
            throw new CliException(ExitCode.USAGE, cli.text("rules.ambiguousNumber", id,
                    String.join(", ", numbered.stream().map(RuleDefinition::id).toList())));
        }
        RuleDefinition rule = catalogue.find(wanted).or(() -> numbered.stream().findFirst()).orElseThrow(() -> new CliException(ExitCode.USAGE,
                cli.text("rules.unknownRule", id, suggestions(catalogue, wanted))));

        if (format.equals("json")) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            cli.out().println(mapper.writeValueAsString(RuleJson.of(mapper, rule)));
            return ExitCode.OK;
        }
        if (!format.equals("text")) {
            throw new CliException(ExitCode.USAGE, cli.text("rules.unknownFormat", format));
        }
        cli.out().println(rule.id());
        cli.out().println(cli.text("rules.explain.layer", rule.layer().number(), Messages.get(cli.locale(), "report.layer." + rule.layer().key())));
        cli.out().println(cli.text("rules.explain.severity", Messages.get(cli.locale(), "severity." + rule.severity().label())));
        cli.out().println(cli.text("rules.explain.types",
                rule.documentTypes().isEmpty() ? cli.text("rules.allTypes") : String.join(", ", rule.documentTypes())));
        cli.out().println(cli.text("rules.explain.source", rule.source()));
        cli.out().println(cli.text("rules.explain.description", Messages.get(cli.locale(), rule.descriptionKey())));
        Object[] blanks = new Object[MESSAGE_ARGUMENTS];
        Arrays.fill(blanks, "…");
        cli.out().println(cli.text("rules.explain.message", Messages.get(cli.locale(), rule.messageKey(), blanks)));
        return ExitCode.OK;
    }

    /** More arguments than any rule's message has; the explanation shows each as an ellipsis. */
    private static final int MESSAGE_ARGUMENTS = 12;

    /**
     * Finds the rules of a number of the standards tables, as the documentation writes them: X06
     * for the cross-document rule XDOC-X06-..., P1 or P01 for the risk indicator RISK-P01-...
     */
    private static List<RuleDefinition> byNumber(RuleCatalogue catalogue, String wanted) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("([XP])0*([0-9]{1,2})").matcher(wanted);
        if (!number.matches()) {
            return List.of();
        }
        String prefix = (number.group(1).equals("X") ? "XDOC-X" : "RISK-P") + String.format(Locale.ROOT, "%02d", Integer.parseInt(number.group(2))) + "-";
        return catalogue.rules().stream().filter(rule -> rule.id().startsWith(prefix)).toList();
    }

    /** Up to five ids closest to what was requested by edit distance, to help with a typo. */
    static String suggestions(RuleCatalogue catalogue, String wanted) {
        List<String> ids = catalogue.rules().stream().map(RuleDefinition::id)
                .sorted(Comparator.comparingInt((String candidate) -> distance(candidate, wanted)).thenComparing(candidate -> candidate))
                .limit(5).toList();
        return String.join(", ", ids);
    }

    /** The Levenshtein distance between two ids. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
