package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.tags.MappingChange;
import dev.hydrant.core.tags.TagStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostingMappingIndexTest {
    private static final ByteKey S = ByteKey.ofAscii("s");

    @Test
    void mergeAddsAndRemovesKeepingOrder() {
        assertThat(PostingMappingIndex.merge(new int[]{1, 3, 5}, new int[]{2, 3, 9}, new int[]{1, 9}))
                .containsExactly(2, 3, 5);
        assertThat(PostingMappingIndex.merge(new int[0], new int[0], new int[]{4})).isEmpty();
    }

    @Test
    void loadThenApplyAndCount() {
        PostingMappingIndex index = new PostingMappingIndex();
        index.load(S, TagStatus.CURRENT, 7, 3);
        index.load(S, TagStatus.CURRENT, 7, 1);
        index.load(S, TagStatus.CURRENT, 7, 3);
        index.finishLoading();
        assertThat(index.count(S, 7, TagStatus.CURRENT, null)).isEqualTo(2);
        index.apply(List.of(MappingChange.added(S, TagStatus.CURRENT, 7, List.of(2L, 4L)),
                MappingChange.removed(S, TagStatus.CURRENT, 7, List.of(1L))));
        assertThat(index.count(S, 7, TagStatus.CURRENT, null)).isEqualTo(3);
        assertThat(index.count(S, 7, TagStatus.CURRENT, f -> f % 2 == 0)).isEqualTo(2);
        assertThat(index.count(S, 7, TagStatus.PENDING, null)).isZero();
        index.apply(List.of(MappingChange.removed(S, TagStatus.CURRENT, 7, List.of(2L, 3L, 4L))));
        assertThat(index.count(S, 7, TagStatus.CURRENT, null)).isZero();
    }
}
