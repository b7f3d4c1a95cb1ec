package dev.hydrant.api.args;

import dev.hydrant.core.ByteKey;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/** Python's {@code bytes.fromhex}: pairs of hex digits, ASCII whitespace allowed between pairs. */
public final class PythonHex {
    private PythonHex() {
    }

    public static Optional<ByteKey> parse(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 2);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            if (i + 1 >= n) {
                return Optional.empty();
            }
            int hi = Character.digit(c, 16);
            int lo = Character.digit(text.charAt(i + 1), 16);
            if (hi < 0 || lo < 0 || c > 'f' || text.charAt(i + 1) > 'f') {
                return Optional.empty();
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return Optional.of(ByteKey.of(out.toByteArray()));
    }
}
