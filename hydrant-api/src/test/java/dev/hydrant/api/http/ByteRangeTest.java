package dev.hydrant.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hydrant.core.error.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code Range} rules of hydrus's {@code _parseRangeHeader} (the 15 headers of the 05 conformance transcript
 * use a 10619-byte file, as here) and Hydrant's deliberate deviations D1/D2.
 */
class ByteRangeTest {
    private static final long SIZE = 10619;

    private static void assertUnsatisfiable(String header, long size, String message) {
        assertThatThrownBy(() -> ByteRange.parse(header, size))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(416);
                    assertThat(e.exceptionType()).isEqualTo("RangeNotSatisfiableException");
                })
                .hasMessage(message);
    }

    private static void assertBeyondEnd(String header, long size) {
        assertThatThrownBy(() -> ByteRange.parse(header, size))
                .isInstanceOfSatisfying(ByteRange.BeyondEnd.class, e -> {
                    assertThat(e.status()).isEqualTo(416);
                    assertThat(e.size()).isEqualTo(size);
                });
    }

    @Test
    void noHeaderMeansTheWholeFile() {
        assertThat(ByteRange.parse(null, SIZE)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}-{2}")
    @CsvSource(delimiter = '|', value = {
            "bytes=0-99|0|99",
            "bytes=100-|100|10618",
            "bytes=100-99999999|100|10618",
            "bytes=0-0|0|0",
            "bytes=0-|0|10618",
            "bytes=10618-|10618|10618",
            "bytes=0-10618|0|10618",
            "bytes=0-10619|0|10618",
            "bytes=0-99999999999999999999999999|0|10618",
            "bytes= 0 - 5 |0|5",
            "bytes=1_0-2_0|10|20",
    })
    void satisfiableRanges(String header, long first, long last) {
        ByteRange range = ByteRange.parse(header, SIZE);
        assertThat(range).isEqualTo(new ByteRange(first, last));
        assertThat(range.length()).isEqualTo(last - first + 1);
        assertThat(range.contentRange(SIZE)).isEqualTo("bytes " + first + "-" + last + "/" + SIZE);
    }

    @Test
    void suffixRangesAreWellFormedUnlikeHydruss() {
        // D2: hydrus answers "bytes 10519-100/10619" here
        ByteRange last100 = ByteRange.parse("bytes=-100", SIZE);
        assertThat(last100).isEqualTo(new ByteRange(10519, 10618));
        assertThat(last100.contentRange(SIZE)).isEqualTo("bytes 10519-10618/10619");
        assertThat(ByteRange.parse("bytes=-99999", SIZE)).as("longer than the file: all of it").isEqualTo(new ByteRange(0, 10618));
    }

    @Test
    void anEmptySuffixIsUnsatisfiable() {
        // D2: hydrus answers 206 with "bytes 10619-0/10619" and no body
        assertBeyondEnd("bytes=-0", SIZE);
        assertBeyondEnd("bytes=-5", 0);
    }

    @Test
    void anOpenRangeStartingAtOrPastTheEndIsUnsatisfiable() {
        // D1: hydrus never answers these
        assertBeyondEnd("bytes=99999999-", SIZE);
        assertBeyondEnd("bytes=10619-", SIZE);
        assertBeyondEnd("bytes=0-", 0);
    }

    @Test
    void aBoundedRangeStartingPastTheEndMeansTheWholeFile() {
        assertThat(ByteRange.parse("bytes=99999999-100000000", SIZE)).isNull();
        assertThat(ByteRange.parse("bytes=10619-20000", SIZE)).isNull();
        assertThat(ByteRange.parse("bytes=0-5", 0)).isNull();
        // hydrus stops at such a pair and sends the whole file even when other pairs came first
        assertThat(ByteRange.parse("bytes=0-1,99999-999999", SIZE)).isNull();
        assertThat(ByteRange.parse("bytes=99999-999999,0-1", SIZE)).isNull();
    }

    @Test
    void withoutAnEqualsSignItIsA400() {
        assertThatThrownBy(() -> ByteRange.parse("bytes 0-1", SIZE))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.exceptionType()).isEqualTo("BadRequestException");
                })
                .hasMessage("Did not understand range header!");
    }

    @Test
    void theUnitMustBeExactlyBytes() {
        for (String header : new String[]{"items=0-1", "Bytes=0-1", "bytes =0-1", "=0-1"}) {
            assertUnsatisfiable(header, SIZE, "Do not support anything other than bytes in Range header!");
        }
    }

    @Test
    void everyPairNeedsADash() {
        assertUnsatisfiable("bytes=abc", SIZE, "Did not understand the Range header's range pair(s)!");
        assertUnsatisfiable("bytes=", SIZE, "Did not understand the Range header's range pair(s)!");
        assertUnsatisfiable("bytes=0-1,5", SIZE, "Did not understand the Range header's range pair(s)!");
    }

    @Test
    void unreadablePairsAreUnsatisfiable() {
        // hydrus answers 500 for these (int() or tuple unpacking fails)
        assertUnsatisfiable("bytes=x-5", SIZE, "Did not understand the Range header's range pair(s)!");
        assertUnsatisfiable("bytes=1-2-3", SIZE, "Did not understand the Range header's range pair(s)!");
    }

    @Test
    void aLoneDashIsUndefined() {
        assertUnsatisfiable("bytes=-", SIZE, "Undefined Range header pair given!");
        assertUnsatisfiable("bytes=0-1, - ", SIZE, "Undefined Range header pair given!");
    }

    @Test
    void aStartAfterItsEndIsInvalid() {
        assertUnsatisfiable("bytes=200-199", SIZE, "The Range header had an invalid pair!");
        assertUnsatisfiable("bytes=5-1,0-1", SIZE, "The Range header had an invalid pair!");
    }

    @Test
    void severalRangesAreRefusedAfterEachIsChecked() {
        assertUnsatisfiable("bytes=0-1,5-6", SIZE, "Can only support Single Range requests at the moment!");
        assertUnsatisfiable("bytes=0-1,-5", SIZE, "Can only support Single Range requests at the moment!");
    }
}
