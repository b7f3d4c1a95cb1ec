package dev.hydrant.core.search.parse;

import dev.hydrant.core.search.predicate.Operator;
import java.util.Map;
import java.util.Optional;

/** The two predicates that name a namespace before their operator. */
final class TagNumberText {

    private TagNumberText() {
    }

    /** A namespace and an operator. */
    record NamespaceTest(Optional<String> namespace, Operator operator) {
    }

    /**
     * {@code TAG_RELATIONAL} ({@code system:tag as number page < 5}):
     * {@code (?P<namespace>.*)\s+(?P<op>any operator word)} with the longest namespace that works.
     * {@code any namespace} (and {@code *}) is any namespace, {@code unnamespaced} the empty one. Only
     * {@code <}, {@code >} and {@code ≈} are kept; every other operator becomes {@code ≈}.
     */
    static Read<NamespaceTest> tagAsNumber(String text) {
        int limit = PyText.lineEnd(text, 0);
        int spaceRunEnd = -1;
        for (int e = text.length() - 1; e >= 0; e--) {
            if (!PyText.isSpace(text.charAt(e))) {
                spaceRunEnd = -1;
                continue;
            }
            if (spaceRunEnd < 0) {
                spaceRunEnd = e + 1;
            }
            if (e > limit) {
                continue;
            }
            for (Map.Entry<String, Operator> word : Operators.NUMBER_TEST_WORDS) {
                if (text.startsWith(word.getKey(), spaceRunEnd)) {
                    Operator op = word.getValue();
                    if (op != Operator.LESS && op != Operator.GREATER) {
                        op = Operator.APPROX;
                    }
                    String namespace = text.substring(0, e);
                    return new Read<>(new NamespaceTest(namespace(namespace, "any namespace"), op),
                            text.substring(spaceRunEnd + word.getKey().length()));
                }
            }
        }
        throw ParseFailure.unparseable("Invalid operator, expected a tag followed by a relational operator");
    }

    /** A namespaced tag count. */
    record NamespaceCount(Optional<String> namespace, Operator operator, long count) {
    }

    /**
     * {@code NAMESPACE_AND_NUM_TAGS} ({@code system:number of creator tags > 0}):
     * {@code (?P<namespace>.+) tags (?P<operator>.+?)\s?(?P<num>\d+)\s*$}, the operator then read with
     * the relational vocabulary (anything after its operator word is ignored).
     */
    static NamespaceCount namespaceCount(String text) {
        String s = PyText.strip(text);
        int digitsStart = RatingText.trailingDigitsStart(s, s.length());
        if (digitsStart < s.length()) {
            int limit = PyText.lineEnd(s, 0);
            int t = s.lastIndexOf(" tags ");
            while (t >= 0) {
                if (t >= 1 && t <= limit) {
                    int opStart = t + 6;
                    int opEnd = operatorEnd(s, opStart, digitsStart);
                    if (opEnd >= 0 && s.substring(opStart, opEnd).indexOf('\n') < 0) {
                        Operator op = Operators.relational(s.substring(opStart, opEnd), false).value();
                        long count = PyText.parseDigits(s.substring(Math.max(opEnd, digitsStart)).strip());
                        String namespace = s.substring(0, t);
                        return new NamespaceCount(namespace(namespace, null), op, count);
                    }
                }
                t = t == 0 ? -1 : s.lastIndexOf(" tags ", t - 1);
            }
        }
        throw ParseFailure.unparseable("Invalid value specification");
    }

    /** The shortest operator (at least one character) after which {@code \s?\d+} runs to the end. */
    private static int operatorEnd(String s, int opStart, int digitsStart) {
        int min = opStart + 1;
        if (digitsStart - 1 >= min && PyText.isSpace(s.charAt(digitsStart - 1))) {
            return digitsStart - 1;
        }
        if (digitsStart >= min) {
            return digitsStart;
        }
        if (min < s.length()) {
            return min;
        }
        return -1;
    }

    private static Optional<String> namespace(String written, String anyWord) {
        if (written.equals(anyWord) || written.equals("*")) {
            return Optional.empty();
        }
        return Optional.of(written.equals("unnamespaced") ? "" : written);
    }
}
