package org.tradecert.schema.diff;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.BasicAutomata;
import dk.brics.automaton.RegExp;

import java.util.Optional;

/**
 * Turns XML Schema and ECMA-262 patterns into finite automata (dk.brics.automaton), so that
 * whether one pattern's language contains another's is decided exactly instead of guessed.
 * Constructs without a faithful translation (Unicode categories and blocks, XML name escapes,
 * character-class subtraction, look-around, back-references, inner anchors) make the
 * translation fail, and the caller then treats the change as undecided.
 */
final class Patterns {

    private Patterns() {
    }

    /** An XML Schema pattern: implicitly anchored at both ends. */
    static Optional<Automaton> xsd(String pattern) {
        return translate(pattern, false).map(Patterns::compile);
    }

    /** An ECMA-262 pattern from JSON Schema: unanchored unless it starts with ^ and ends with $. */
    static Optional<Automaton> ecma(String pattern) {
        String body = pattern;
        boolean anchoredStart = body.startsWith("^");
        if (anchoredStart) {
            body = body.substring(1);
        }
        boolean anchoredEnd = body.endsWith("$") && !body.endsWith("\\$");
        if (anchoredEnd) {
            body = body.substring(0, body.length() - 1);
        }
        Optional<Automaton> core = translate(body, true).map(Patterns::compile);
        if (core.isEmpty()) {
            return core;
        }
        if (!anchoredStart || !anchoredEnd) {
            // An unanchored part of an ECMA pattern means "contains a match"; top-level alternatives
            // would bind the anchors differently, so those are left undecided.
            if (hasTopLevelAlternative(body)) {
                return Optional.empty();
            }
            Automaton any = BasicAutomata.makeAnyString();
            Automaton result = core.get();
            if (!anchoredStart) {
                result = any.concatenate(result);
            }
            if (!anchoredEnd) {
                result = result.concatenate(BasicAutomata.makeAnyString());
            }
            return Optional.of(result);
        }
        return core;
    }

    private static Automaton compile(String bricsSyntax) {
        return new RegExp(bricsSyntax, RegExp.NONE).toAutomaton();
    }

    private static boolean hasTopLevelAlternative(String body) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** Rewrites a pattern in brics syntax, or returns empty for a construct it cannot translate faithfully. */
    static Optional<String> translate(String pattern, boolean ecma) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (i + 1 >= pattern.length()) {
                    return Optional.empty();
                }
                char next = pattern.charAt(++i);
                switch (next) {
                    case 'd' -> out.append(inClass ? "0-9" : "[0-9]");
                    case 's' -> out.append(inClass ? " \\\t\\\n\\\r" : "[ \\\t\\\n\\\r]");
                    case 't' -> out.append('\\').append('\t');
                    case 'n' -> out.append('\\').append('\n');
                    case 'r' -> out.append('\\').append('\r');
                    case 'u' -> {
                        if (!ecma || i + 5 > pattern.length()) {
                            return Optional.empty();
                        }
                        String hex = pattern.substring(i + 1, i + 5);
                        if (!hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                            return Optional.empty();
                        }
                        out.append('\\').append((char) Integer.parseInt(hex, 16));
                        i += 4;
                    }
                    case 'p', 'P', 'i', 'I', 'c', 'C', 'w', 'W', 'D', 'S', 'b', 'B' -> {
                        return Optional.empty();
                    }
                    default -> {
                        if (Character.isDigit(next)) {
                            return Optional.empty();
                        }
                        out.append('\\').append(next);
                    }
                }
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                    out.append(c);
                } else if (c == '[') {
                    return Optional.empty();
                } else if (c == '-' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '[') {
                    return Optional.empty();
                } else if (c == '-' || c == '^') {
                    out.append(c);
                } else {
                    out.append('\\').append(c);
                }
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    out.append(c);
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
                        out.append('^');
                        i++;
                    }
                }
                case '(' -> {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '?') {
                        if (ecma && i + 2 < pattern.length() && pattern.charAt(i + 2) == ':') {
                            out.append('(');
                            i += 2;
                        } else {
                            return Optional.empty();
                        }
                    } else {
                        out.append('(');
                    }
                }
                case ')', '|', '*', '+', '?', '{', '}', ',' -> out.append(c);
                case '.' -> out.append(ecma ? "[^\\\n\\\r\\\u2028\\\u2029]" : "[^\\\n\\\r]");
                case '^', '$' -> {
                    if (ecma) {
                        return Optional.empty();
                    }
                    out.append('\\').append(c);
                }
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        out.append(c);
                    } else {
                        out.append('\\').append(c);
                    }
                }
            }
        }
        return inClass ? Optional.empty() : Optional.of(out.toString());
    }
}
