package org.tradecert.schema.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * One change between two releases, with both syntaxes paired: its catalogue kind, class,
 * where it sits in each syntax (null where the syntax has no counterpart) and the old and new
 * values. {@code decided} is false when a contextual class could not be decided; such a change
 * counts as BREAK.
 *
 * @param component the aggregate, data type or code list ({@code codelist:ID}) that changed
 * @param member    the element, attribute ({@code @name}), simple content ({@code #content}) or JSON-only member ({@code json:name})
 */
public record DiffFinding(
        ChangeKind kind,
        ChangeClass changeClass,
        boolean decided,
        String component,
        String member,
        String detail,
        String oldValue,
        String newValue,
        Set<Modifier> modifiers,
        Location xsd,
        Location json,
        String note) {

    /** Returns the model path of the change, such as {@code TradeParty/GlobalID}. */
    public String path() {
        return member == null ? component : component + "/" + member;
    }

    /** Hashes kind, path, detail and values into a short stable id, which an allow-list entry may pin. */
    public String fingerprint() {
        String text = kind.name() + "\n" + path() + "\n" + detail + "\n" + oldValue + "\n" + newValue;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** Returns the class a gate uses, in which an undecided contextual change counts as BREAK. */
    public ChangeClass effectiveClass() {
        return decided ? changeClass : ChangeClass.BREAK;
    }
}
