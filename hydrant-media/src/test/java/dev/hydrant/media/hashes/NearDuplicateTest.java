package dev.hydrant.media.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.media.SharedMedia;
import dev.hydrant.media.image.StillImageLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The near-duplicate set keeps exactly the Hamming distances hydrus's perceptual hashes have. */
class NearDuplicateTest {

    private static final List<String> SET = List.of(
            "dup_base.png", "dup_pixel_copy.webp", "dup_q60.jpg", "dup_resized.png", "dup_cropped.png", "dup_unrelated.png");

    @Test
    void hammingDistancesEqualHydrusOnes() throws Exception {
        StillImageLoader loader = new StillImageLoader();
        PerceptualHasher hasher = new PerceptualHasher();
        Map<String, Long> ours = new LinkedHashMap<>();
        Map<String, Long> hydrus = new LinkedHashMap<>();
        for (String name : SET) {
            List<Long> hashes = hasher.hashes(loader.load(SharedMedia.file(name)));
            assertThat(hashes).as(name).hasSize(1);
            ours.put(name, hashes.get(0));
            hydrus.put(name, PerceptualHasher.fromHex(SharedMedia.perceptualHashes(name).get(0)));
        }
        for (String a : SET) {
            for (String b : SET) {
                assertThat(PerceptualHasher.hammingDistance(ours.get(a), ours.get(b)))
                        .as("distance %s <-> %s", a, b)
                        .isEqualTo(PerceptualHasher.hammingDistance(hydrus.get(a), hydrus.get(b)));
            }
        }
        // and the distances mean what a deduplicator expects
        assertThat(PerceptualHasher.hammingDistance(ours.get("dup_base.png"), ours.get("dup_pixel_copy.webp"))).isZero();
        assertThat(PerceptualHasher.hammingDistance(ours.get("dup_base.png"), ours.get("dup_resized.png"))).isZero();
        assertThat(PerceptualHasher.hammingDistance(ours.get("dup_base.png"), ours.get("dup_q60.jpg"))).isLessThanOrEqualTo(4);
        int cropped = PerceptualHasher.hammingDistance(ours.get("dup_base.png"), ours.get("dup_cropped.png"));
        int unrelated = PerceptualHasher.hammingDistance(ours.get("dup_base.png"), ours.get("dup_unrelated.png"));
        assertThat(cropped).isGreaterThan(4).isLessThan(unrelated);
        assertThat(unrelated).isGreaterThan(8);
    }

    @Test
    void samePixelsShareThePixelHash() throws Exception {
        StillImageLoader loader = new StillImageLoader();
        assertThat(PixelHash.hexOf(loader.load(SharedMedia.file("dup_pixel_copy.webp"))))
                .isEqualTo(PixelHash.hexOf(loader.load(SharedMedia.file("dup_base.png"))))
                .isEqualTo(SharedMedia.pixelHash("dup_base.png").orElseThrow());
    }

    @Test
    void flatImagesHaveNoPerceptualHash() {
        dev.hydrant.media.image.PixelBuffer grey = dev.hydrant.media.image.PixelBuffer.blank(64, 64, 3);
        java.util.Arrays.fill(grey.data(), (byte) 128);
        assertThat(new PerceptualHasher().hash(grey)).isEqualTo(PerceptualHasher.BLANK_HASH);
        assertThat(new PerceptualHasher().hashes(grey)).isEmpty();
    }
}
