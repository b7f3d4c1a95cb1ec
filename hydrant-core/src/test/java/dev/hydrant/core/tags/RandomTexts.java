package dev.hydrant.core.tags;

import java.util.Random;

/** Seeded generator of awkward texts for the property tests. */
final class RandomTexts {

    private static final String[] PIECES = {
        "a", "b", "Z", "0", "1", "9", "007", "42", ":", ":", "-", " ", " ", "system:", "SYSTEM:", "_", "*",
        "\t", "\n", "\u0000", "\u007f", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2028", "\u3000",
        "\u200b", "\u200c", "\u200d", "\u200e", "\u202a", "\u2066", "\ufeff", "\ue000", "\udb80\udc00",
        "\ud800", "\udfff", "\u3164", "\ud55c", "\u1100", "\u0130", "\u03a3", "\u03c2", "\u00df", "\u1e9e",
        "\u01c5", "\ufb00", "\u13a0", "\uab70", "\u0663", "\uff13", "\u00b2", "\ud83d\ude00", "\ud801\udc00",
        "\u00e9", "\u0301", "'", ".",
    };

    private final Random random;

    RandomTexts(long seed) {
        this.random = new Random(seed);
    }

    /** A text of up to {@code maxPieces} pieces: listed awkward pieces or random code points. */
    String next(int maxPieces) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            int choice = random.nextInt(10);
            if (choice < 7) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            } else if (choice < 9) {
                text.appendCodePoint(random.nextInt(0x3000));
            } else {
                text.appendCodePoint(random.nextInt(0x110000));
            }
        }
        return text.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    Random random() {
        return random;
    }
}
