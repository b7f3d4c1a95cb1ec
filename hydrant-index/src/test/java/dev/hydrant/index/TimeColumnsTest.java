package dev.hydrant.index;

import dev.hydrant.core.files.CanvasType;
import dev.hydrant.core.files.CanvasViews;
import dev.hydrant.core.files.FileTimes;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TimeColumnsTest {
    private static FileTimes times(Map<String, Long> domains, Map<CanvasType, CanvasViews> canvases) {
        return new FileTimes(domains, canvases);
    }

    @Test
    void updatesReplaceAndClearWhatAFileHasAndTheDomainColumnGrows() {
        TimeColumns columns = new TimeColumns();
        columns.load(Map.of(3L, times(Map.of("a", 500L, "b", 300L), Map.of())));
        assertThat(columns.domainModifiedMin(3)).isEqualTo(300L);
        assertThat(columns.domainModifiedMin(2)).isEqualTo(FileColumns.NULL_LONG);
        assertThat(columns.domainModifiedMin(1_000_000)).isEqualTo(FileColumns.NULL_LONG);

        columns.update(List.of(3L, 5_000L), Map.of(5_000L, times(Map.of("a", 7L),
                Map.of(CanvasType.PREVIEW, new CanvasViews(2, 1500, null)))));
        assertThat(columns.domainModifiedMin(3)).as("cleared: no times any more").isEqualTo(FileColumns.NULL_LONG);
        assertThat(columns.domainModifiedMin(5_000)).isEqualTo(7L);
        TimeColumns.Viewing v = columns.viewing(5_000);
        assertThat(v.hasAny(EnumSet.of(CanvasType.PREVIEW))).isTrue();
        assertThat(v.hasAny(CanvasType.INTERESTING)).isFalse();
        assertThat(v.sum(EnumSet.allOf(CanvasType.class), true)).isEqualTo(1500L);
        assertThat(v.mediaLastViewedMs()).isEqualTo(FileColumns.NULL_LONG);

        columns.update(List.of(5_000L), Map.of(5_000L, times(Map.of(), Map.of())));
        assertThat(columns.viewing(5_000)).isNull();
        assertThat(columns.countViewed()).isZero();
    }

    @Test
    void theModifiedTimeIsTheEarliestOfTheFileColumnAndTheDomains() {
        FileColumns files = new FileColumns();
        TimeColumns columns = new TimeColumns();
        columns.load(Map.of(1L, times(Map.of("a", 50L), Map.of())));
        FileColumns.Data d = files.data();
        d.modifiedMs[1] = 100L;
        d.modifiedMs[2] = 100L;
        assertThat(columns.modifiedMs(d, 1)).isEqualTo(50L);
        assertThat(columns.modifiedMs(d, 2)).isEqualTo(100L);
        assertThat(columns.modifiedMs(d, 3)).isEqualTo(FileColumns.NULL_LONG);
        columns.load(Map.of(3L, times(Map.of("a", 70L), Map.of())));
        assertThat(columns.modifiedMs(d, 3)).isEqualTo(70L);
    }
}
