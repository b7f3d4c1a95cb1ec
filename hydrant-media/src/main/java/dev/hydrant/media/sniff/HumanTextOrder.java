package dev.hydrant.media.sniff;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Hydrus's "human" text order (used here to pick a zip's cover page): the lower-cased text is cut into
 * runs of ASCII digits and runs of everything else; digit runs compare as numbers and sort before text
 * runs; text runs compare by code point.
 */
final class HumanTextOrder implements Comparator<String> {

    static final HumanTextOrder INSTANCE = new HumanTextOrder();

    private record Part(String text, BigInteger number) implements Comparable<Part> {
        @Override
        public int compareTo(Part o) {
            int c = compareCodePoints(text, o.text);
            return c != 0 ? c : number.compareTo(o.number);
        }
    }

    private HumanTextOrder() {
    }

    @Override
    public int compare(String a, String b) {
        List<Part> pa = parts(a);
        List<Part> pb = parts(b);
        for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
            int c = pa.get(i).compareTo(pb.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.size(), pb.size());
    }

    private static List<Part> parts(String s) {
        String folded = s.toLowerCase(Locale.ROOT);
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i <= folded.length()) {
            if (i == folded.length()) {
                parts.add(new Part(text.toString(), BigInteger.ZERO));
                break;
            }
            char ch = folded.charAt(i);
            if (ch >= '0' && ch <= '9') {
                parts.add(new Part(text.toString(), BigInteger.ZERO));
                text.setLength(0);
                int start = i;
                while (i < folded.length() && folded.charAt(i) >= '0' && folded.charAt(i) <= '9') {
                    i++;
                }
                parts.add(new Part("", new BigInteger(folded.substring(start, i))));
            } else {
                text.append(ch);
                i++;
            }
        }
        return parts;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
