package dev.hydrant.core.ratings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hydrus's numerical conversions (digest §9.4). */
class StarScaleTest {
    @Test
    void withZeroStarsAreAShareOfTheScaleClampedIntoIt() {
        StarScale five = new StarScale(5, true);
        assertThat(five.minStars()).isZero();
        assertThat(five.toFraction(3)).isEqualTo(0.6);
        assertThat(five.toFraction(0)).isEqualTo(0.0);
        assertThat(five.toFraction(7)).isEqualTo(1.0);
        assertThat(five.toFraction(-2)).isEqualTo(0.0);
        for (int s = 0; s <= 5; s++) {
            assertThat(five.toStars(five.toFraction(s))).isEqualTo(s);
        }
        assertThat(five.oneStarValue()).isEqualTo(0.2);
    }

    @Test
    void withoutZeroTheFirstStarIsZero() {
        StarScale ten = new StarScale(10, false);
        assertThat(ten.minStars()).isEqualTo(1);
        assertThat(ten.toFraction(1)).isEqualTo(0.0);
        assertThat(ten.toFraction(0)).as("clamped to 1").isEqualTo(0.0);
        assertThat(ten.toFraction(10)).isEqualTo(1.0);
        assertThat(ten.toFraction(4)).isEqualTo(3.0 / 9);
        for (int s = 1; s <= 10; s++) {
            assertThat(ten.toStars(ten.toFraction(s))).isEqualTo(s);
        }
        assertThat(ten.oneStarValue()).isEqualTo(1.0 / 9);
    }

    @Test
    void readingOnAnotherScaleRoundsHalfToEvenAsPythonDoes() {
        StarScale eight = new StarScale(8, true);
        StarScale four = new StarScale(4, true);
        assertThat(four.toStars(eight.toFraction(5))).as("2.5 rounds to 2").isEqualTo(2);
        assertThat(four.toStars(eight.toFraction(3))).as("1.5 rounds to 2").isEqualTo(2);
        assertThat(new StarScale(3, false).toStars(0.6)).as("round(1.2) + 1").isEqualTo(2);
    }

    @Test
    void scalesHydrusCannotUseAreRefused() {
        assertThatThrownBy(() -> new StarScale(0, true)).hasMessageContaining("1-20");
        assertThatThrownBy(() -> new StarScale(21, true)).hasMessageContaining("1-20");
        assertThatThrownBy(() -> new StarScale(1, false)).hasMessageContaining("at least 2 stars");
        assertThat(new StarScale(1, true).toFraction(1)).isEqualTo(1.0);
    }
}
