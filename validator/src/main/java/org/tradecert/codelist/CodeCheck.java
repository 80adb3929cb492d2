package org.tradecert.codelist;

import org.tradecert.schema.model.CodeList;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether one code belongs to a code list: first by the lexical form the standard
 * gives the list, then by the pack that holds its values. A Harmonized System code of 8 or 10
 * digits is a national extension and belongs when its first six digits are a subheading.
 */
public final class CodeCheck {

    /** What was found for a code. */
    public enum Outcome {
        /** In the list. */
        FOUND,
        /** In the list, but the list marks it for deletion (UN/LOCODE change indicator X). */
        MARKED_FOR_DELETION,
        /** Not of the list's form, for example a UN/LOCODE with six characters. */
        INVALID_FORM,
        /** Of the right form, but not in a complete list. */
        NOT_FOUND,
        /** Not in the pack, but the pack is only a selection, so no verdict. */
        NOT_IN_SELECTION,
        /** Of the right form; no pack enumerates this list, so the form is all that is checked. */
        FORM_ONLY
    }

    /** The outcome, the entry when found and the pack consulted (null for {@link Outcome#FORM_ONLY} and {@link Outcome#INVALID_FORM}). */
    public record Result(Outcome outcome, CodeEntry entry, CodeListPack pack) {

        public boolean acceptable() {
            return outcome == Outcome.FOUND || outcome == Outcome.MARKED_FOR_DELETION || outcome == Outcome.FORM_ONLY;
        }
    }

    private CodeCheck() {
    }

    public static Result check(CodeList list, CodeListPack pack, String code) {
        if (code == null || !form(list).matcher(code).matches()) {
            return new Result(Outcome.INVALID_FORM, null, null);
        }
        if (pack == null) {
            return new Result(Outcome.FORM_ONLY, null, null);
        }
        String key = "HS2022".equals(list.id()) && code.length() > 6 ? code.substring(0, 6) : code;
        Optional<CodeEntry> entry = pack.find(key);
        if ("HS2022".equals(list.id()) && entry.isPresent() && !"6".equals(entry.get().attribute("level"))) {
            entry = Optional.empty();
        }
        if (entry.isEmpty()) {
            return new Result(pack.complete() ? Outcome.NOT_FOUND : Outcome.NOT_IN_SELECTION, null, pack);
        }
        String change = entry.get().attribute("change");
        if (change != null && change.toUpperCase(Locale.ROOT).equals("X")) {
            return new Result(Outcome.MARKED_FOR_DELETION, entry.get(), pack);
        }
        return new Result(Outcome.FOUND, entry.get(), pack);
    }

    /** The whole-value form of a list: its pattern, or the alternatives of its enumeration. */
    static Pattern form(CodeList list) {
        if (list.binding() == CodeList.Binding.PATTERN) {
            return Pattern.compile(list.pattern());
        }
        StringBuilder alternatives = new StringBuilder();
        for (CodeList.CodeValue value : list.values()) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(value.code()));
        }
        return Pattern.compile(alternatives.toString());
    }
}
