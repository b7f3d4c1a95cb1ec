package dev.hydrant.core.files.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Hydrus's byte and resolution texts, worked out by hand from its algorithm (3 significant figures). */
class HumanTextTest {
    @Test
    void bytesBelowOneKibibyteAreCommaGroupedCounts() {
        assertThat(HumanText.bytes(0)).isEqualTo("0B");
        assertThat(HumanText.bytes(100)).isEqualTo("100B");
        assertThat(HumanText.bytes(1000)).isEqualTo("1,000B");
        assertThat(HumanText.bytes(1023)).isEqualTo("1,023B");
    }

    @Test
    void largerSizesKeepThreeSignificantFiguresWithoutTrailingZeros() {
        assertThat(HumanText.bytes(1024)).isEqualTo("1KB");
        assertThat(HumanText.bytes(1536)).isEqualTo("1.5KB");
        assertThat(HumanText.bytes(1280)).isEqualTo("1.25KB");
        assertThat(HumanText.bytes(10 * 1024)).isEqualTo("10KB");
        assertThat(HumanText.bytes(243_692)).isEqualTo("238KB");
        assertThat(HumanText.bytes(1_234_567)).isEqualTo("1.18MB");
        assertThat(HumanText.bytes(5L * 1024 * 1024 * 1024)).isEqualTo("5GB");
    }

    @Test
    void roundingIsHalfEvenAndTheIntegerPartIsNeverCut() {
        assertThat(HumanText.bytes(1152)).isEqualTo("1.12KB");
        assertThat(HumanText.bytes(1000 * 1024)).isEqualTo("1000KB");
        assertThat(HumanText.bytes(1023 * 1024 + 1000)).isEqualTo("1024KB");
    }

    @Test
    void resolutionsUseHydrusNamesWhereItHasThem() {
        assertThat(HumanText.resolution(10, 10)).isEqualTo("10x10");
        assertThat(HumanText.resolution(2000, 10)).isEqualTo("2,000x10");
        assertThat(HumanText.resolution(1920, 1080)).isEqualTo("1080p");
        assertThat(HumanText.resolution(1080, 1920)).isEqualTo("vertical 1080p");
    }
}
