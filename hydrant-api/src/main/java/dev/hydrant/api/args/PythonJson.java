package dev.hydrant.api.args;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Parses JSON as Python's {@code json.loads} does (NaN and Infinity allowed, trailing data refused) and, on
 * failure, describes the error in Python's words, which hydrus passes through to clients:
 * {@code Expecting value: line 1 column 1 (char 0)}.
 */
public final class PythonJson {
    /** A syntax error, with Python's description. */
    public static final class SyntaxError extends Exception {
        public SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    public Object parse(String document) throws SyntaxError {
        try {
            JsonNode node = mapper.readTree(document);
            if (node == null || node.isMissingNode()) {
                throw new SyntaxError(describe(document));
            }
            return PlainValues.of(node);
        } catch (JsonProcessingException e) {
            throw new SyntaxError(describe(document));
        }
    }

    private String describe(String document) {
        String what = "Expecting value";
        int pos;
        try (JsonParser p = mapper.getFactory().createParser(document)) {
            int resume = 0;
            JsonToken last = null;
            int depth = 0;
            boolean rootDone = false;
            while (true) {
                JsonToken t;
                try {
                    t = p.nextToken();
                } catch (JsonProcessingException e) {
                    pos = skipWhitespace(document, resume);
                    what = expectation(p, last, document, pos);
                    break;
                }
                if (t == null) {
                    pos = skipWhitespace(document, resume);
                    break;
                }
                if (rootDone) {
                    pos = skipWhitespace(document, resume);
                    what = "Extra data";
                    break;
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                }
                if (depth == 0 && t != JsonToken.FIELD_NAME) {
                    rootDone = true;
                }
                last = t;
                resume = (int) Math.min(document.length(), p.currentLocation().getCharOffset());
            }
        } catch (IOException e) {
            pos = 0;
        }
        return what + ": line " + line(document, pos) + " column " + column(document, pos) + " (char " + pos + ")";
    }

    private static String expectation(JsonParser p, JsonToken last, String document, int pos) {
        if (p.getParsingContext().inObject()) {
            if (last == JsonToken.FIELD_NAME) {
                return pos < document.length() && document.charAt(pos) == ':' ? "Expecting value" : "Expecting ':' delimiter";
            }
            if (last == JsonToken.START_OBJECT || (pos < document.length() && document.charAt(pos) != ',' && last != null
                    && document.charAt(Math.max(0, pos - 1)) == ',')) {
                return "Expecting property name enclosed in double quotes";
            }
            return "Expecting ',' delimiter";
        }
        if (p.getParsingContext().inArray() && last != null && last != JsonToken.START_ARRAY
                && pos < document.length() && document.charAt(pos) != ',') {
            return "Expecting ',' delimiter";
        }
        return "Expecting value";
    }

    private static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int line(String s, int pos) {
        int line = 1;
        for (int i = 0; i < pos && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int column(String s, int pos) {
        int lastNewline = s.lastIndexOf('\n', Math.max(0, pos - 1));
        return lastNewline < 0 || lastNewline >= pos ? pos + 1 : pos - lastNewline;
    }
}
