package dev.hydrant.core.files.storage;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which prefix folders move where, for weights, limits and removed locations. */
class RebalancePlannerTest {
    private static final Path A = Path.of("/data/client_files");
    private static final Path B = Path.of("/mnt/big");
    private static final Path C = Path.of("/mnt/small");

    private static Map<String, Long> uniform(long each) {
        Map<String, Long> bytes = new HashMap<>();
        Prefixes.ALL.forEach(p -> bytes.put(p, each));
        return bytes;
    }

    private static StorageLayout apply(StorageLayout layout, List<PrefixMove> moves) {
        StorageLayout out = layout;
        for (PrefixMove m : moves) {
            assertThat(out.locationOf(m.prefix())).isEqualTo(m.from());
            out = out.withPrefix(m.prefix(), m.to());
        }
        return out;
    }

    private static Map<Path, Long> counts(StorageLayout layout, char kind) {
        return layout.prefixes().entrySet().stream().filter(e -> e.getKey().charAt(0) == kind)
                .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.counting()));
    }

    @Test
    void aBalancedLayoutMovesNothing() {
        assertThat(RebalancePlanner.plan(StorageLayout.single(A), uniform(100))).isEmpty();
    }

    @Test
    void prefixesAreSharedByWeightForFilesAndThumbnailsAlike() {
        StorageLayout layout = StorageLayout.single(A).withIdeal(List.of(new IdealLocation(A, 1, null),
                new IdealLocation(B, 3, null)));
        List<PrefixMove> moves = RebalancePlanner.plan(layout, uniform(100));
        assertThat(moves).hasSize(384).allMatch(m -> m.from().equals(A) && m.to().equals(B) && !m.switched());
        StorageLayout after = apply(layout, moves);
        assertThat(counts(after, 'f')).containsEntry(A, 64L).containsEntry(B, 192L);
        assertThat(counts(after, 't')).containsEntry(A, 64L).containsEntry(B, 192L);
        assertThat(RebalancePlanner.plan(after, uniform(100))).isEmpty();
    }

    @Test
    void unevenSplitsGiveTheRemainderToTheLargestFraction() {
        StorageLayout layout = StorageLayout.single(A).withIdeal(List.of(new IdealLocation(A, 1, null),
                new IdealLocation(B, 1, null), new IdealLocation(C, 1, null)));
        StorageLayout after = apply(layout, RebalancePlanner.plan(layout, uniform(1)));
        assertThat(counts(after, 'f').values()).containsExactlyInAnyOrder(86L, 85L, 85L);
    }

    @Test
    void aRemovedOrZeroWeightLocationIsEmptied() {
        StorageLayout two = apply(StorageLayout.single(A).withIdeal(List.of(new IdealLocation(A, 1, null),
                new IdealLocation(B, 1, null))), List.of());
        two = apply(two, RebalancePlanner.plan(two, uniform(5)));
        StorageLayout removed = two.withIdeal(List.of(new IdealLocation(B, 1, null)));
        List<PrefixMove> moves = RebalancePlanner.plan(removed, uniform(5));
        assertThat(moves).hasSize(256).allMatch(m -> m.from().equals(A) && m.to().equals(B));
        StorageLayout zero = two.withIdeal(List.of(new IdealLocation(A, 0, null), new IdealLocation(B, 1, null)));
        assertThat(RebalancePlanner.plan(zero, uniform(5))).hasSize(256);
    }

    @Test
    void aSizeLimitCapsTheShareAndTheRestGoesElsewhere() {
        StorageLayout layout = StorageLayout.single(A).withIdeal(List.of(new IdealLocation(A, 1, null),
                new IdealLocation(C, 1, 10_000L)));
        Map<String, Long> bytes = uniform(100);
        StorageLayout after = apply(layout, RebalancePlanner.plan(layout, bytes));
        long atC = after.prefixes().entrySet().stream().filter(e -> e.getValue().equals(C))
                .mapToLong(e -> bytes.get(e.getKey())).sum();
        assertThat(atC).isLessThanOrEqualTo(10_000L).isGreaterThan(9_000L);
    }

    @Test
    void realSizesAreCheckedAgainstTheLimit() {
        StorageLayout layout = StorageLayout.single(A).withIdeal(List.of(new IdealLocation(A, 1, null),
                new IdealLocation(C, 1, 1_000_000L)));
        Map<String, Long> bytes = uniform(100);
        bytes.put("f7f", 990_000L);
        StorageLayout after = apply(layout, RebalancePlanner.plan(layout, bytes));
        long atC = after.prefixes().entrySet().stream().filter(e -> e.getValue().equals(C))
                .mapToLong(e -> bytes.get(e.getKey())).sum();
        assertThat(atC).isLessThanOrEqualTo(1_000_000L);
    }

    @Test
    void limitsThatCannotHoldEverythingAreRefused() {
        StorageLayout layout = StorageLayout.single(A).withIdeal(List.of(new IdealLocation(C, 1, 1000L)));
        assertThatThrownBy(() -> RebalancePlanner.plan(layout, uniform(100)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("size limits cannot hold");
        StorageLayout none = StorageLayout.single(A).withIdeal(List.of(new IdealLocation(A, 0, null)));
        assertThatThrownBy(() -> RebalancePlanner.plan(none, uniform(1))).hasMessageContaining("weight above 0");
    }
}
