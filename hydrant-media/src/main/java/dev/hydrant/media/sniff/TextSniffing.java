package dev.hydrant.media.sniff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Hydrus's last byte-level guesses before it hands a file to ffmpeg: JSON (the whole file parses as JSON
 * after a strict UTF-8 decode), HTML and SVG (a tell-tale tag in the first 256 bytes).
 *
 * <p>JSON parsing streams the file and never keeps more than the parser's buffers; a file still valid
 * after {@link #JSON_SCAN_LIMIT} bytes is taken for JSON (it is refused either way).
 */
final class TextSniffing {

    static final long JSON_SCAN_LIMIT = 64L * 1024 * 1024;

    private static final byte[][] HTML_MARKERS = markers("<html", "<HTML", "<!DOCTYPE html", "<!DOCTYPE HTML");
    private static final byte[][] SVG_MARKERS = markers("<svg", "<SVG", "<!DOCTYPE svg", "<!DOCTYPE SVG");

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(4300)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(990)
                    .build())
            .build();

    private TextSniffing() {
    }

    static boolean mayBeJson(byte[] head) {
        return head.length > 0 && (head[0] == '{' || head[0] == '[');
    }

    static boolean looksLikeJson(FileBytes file) {
        LimitedStream limited = new LimitedStream(file.streamFrom(0), JSON_SCAN_LIMIT);
        Reader reader = new InputStreamReader(limited, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (JsonParser parser = JSON.createParser(reader)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (LimitReached e) {
            return true;
        } catch (IOException | SniffLimitException | java.io.UncheckedIOException e) {
            return limited.reachedLimit();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static boolean looksLikeHtml(byte[] head) {
        return containsAny(head, HTML_MARKERS);
    }

    static boolean looksLikeSvg(byte[] head) {
        return containsAny(head, SVG_MARKERS);
    }

    private static boolean containsAny(byte[] head, byte[][] markers) {
        for (byte[] marker : markers) {
            if (ByteFields.contains(head, MagicTable.WINDOW, marker)) {
                return true;
            }
        }
        return false;
    }

    private static byte[][] markers(String... texts) {
        byte[][] out = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            out[i] = ByteFields.ascii(texts[i]);
        }
        return out;
    }

    private static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super("json scan limit reached", null);
        }
    }

    private static final class LimitedStream extends FilterInputStream {
        private long left;
        private boolean reached;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        boolean reachedLimit() {
            return reached;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                reached = true;
                throw new LimitReached();
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                reached = true;
                throw new LimitReached();
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
