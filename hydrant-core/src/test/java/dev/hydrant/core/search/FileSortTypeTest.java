package dev.hydrant.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hydrant.core.error.ApiException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileSortTypeTest {

    @Test
    void numbersAreZeroToTwentySevenInOrder() {
        assertThat(Arrays.stream(FileSortType.values()).mapToInt(FileSortType::number).toArray())
                .containsExactly(java.util.stream.IntStream.rangeClosed(0, 27).toArray());
        for (FileSortType t : FileSortType.values()) {
            assertThat(FileSortType.fromNumber(t.number())).isSameAs(t);
        }
        assertThat(FileSortType.DEFAULT).isEqualTo(FileSortType.IMPORT_TIME);
        assertThat(FileSortType.DEFAULT.number()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 28, 99, Long.MAX_VALUE})
    void otherNumbersAreHydrus400(long number) {
        assertThatThrownBy(() -> FileSortType.fromNumber(number)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo("Sorry, did not understand that sort type!");
        });
    }

    @Test
    void directionsAsData() {
        assertThat(FileSortType.FILE_SIZE.ascendingMeaning()).isEqualTo("smallest first");
        assertThat(FileSortType.FILE_SIZE.descendingMeaning()).isEqualTo("largest first");
        assertThat(FileSortType.IMPORT_TIME.ascendingMeaning()).isEqualTo("oldest first");
        assertThat(FileSortType.RATIO.ascendingMeaning()).isEqualTo("tallest first");
        assertThat(FileSortType.HAS_AUDIO.ascendingMeaning()).isEqualTo("audio first");
        assertThat(FileSortType.HAS_AUDIO.ascendingIsIncreasing()).isFalse();
        assertThat(FileSortType.WIDTH.ascendingIsIncreasing()).isTrue();
        assertThat(FileSortType.FILETYPE.hasDirection()).isFalse();
        assertThat(FileSortType.RANDOM.hasDirection()).isFalse();
        assertThat(Arrays.stream(FileSortType.values()).filter(t -> !t.hasDirection()).toList())
                .containsExactly(FileSortType.FILETYPE, FileSortType.RANDOM);
    }

    @Test
    void hydrusSearchQuirksAsData() {
        assertThat(Arrays.stream(FileSortType.values()).filter(FileSortType::missingValuesLast).mapToInt(FileSortType::number).toArray())
                .containsExactly(21, 22, 23, 24, 25, 26, 27);
        assertThat(Arrays.stream(FileSortType.values()).filter(FileSortType::ignoredBySearchFiles)
                .mapToInt(FileSortType::number).toArray()).containsExactly(3, 9, 10, 11, 13, 17, 18, 19);
    }
}
