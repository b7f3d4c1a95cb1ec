package dev.hydrant.index;

import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Pixel-hash groups against a plain map of file → key, through additions, changes and removals. */
class PixelHashTableTest {

    @Test
    void groupsFollowEveryChange() {
        Random random = new Random(682);
        PixelHashTable table = new PixelHashTable();
        Map<Integer, Long> model = new HashMap<>();
        long[] keys = new long[3_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextLong();
        }
        for (int op = 0; op < 60_000; op++) {
            int id = random.nextInt(20_000);
            if (random.nextInt(6) == 0) {
                table.set(id, 0, false);
                model.remove(id);
            } else {
                long key = keys[random.nextInt(random.nextBoolean() ? 40 : keys.length)];
                table.set(id, key, true);
                model.put(id, key);
            }
            if (op % 1_000 == 0) {
                for (int k = 0; k < 60; k++) {
                    long key = keys[random.nextInt(k < 30 ? 40 : keys.length)];
                    RoaringBitmap want = new RoaringBitmap();
                    model.forEach((file, v) -> {
                        if (v == key) {
                            want.add(file);
                        }
                    });
                    assertThat(table.filesWith(key)).isEqualTo(want);
                }
            }
        }
        assertThat(table.filesWith(12345L)).isEqualTo(new RoaringBitmap());
    }
}
