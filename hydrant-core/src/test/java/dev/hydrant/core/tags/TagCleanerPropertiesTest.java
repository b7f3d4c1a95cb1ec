package dev.hydrant.core.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of cleaning that must hold for any input, checked on many generated texts. */
class TagCleanerPropertiesTest {

    private static final int SAMPLES = 20_000;

    /**
     * Cleaning again changes nothing, except where hydrus's own order of steps leaves junk that a second
     * pass removes (see {@link #theKnownCasesWhereHydrusIsNotIdempotent}): a part that starts with
     * {@code -} or {@code system:}, or a namespace that is {@code system}.
     */
    @Test
    void cleaningTwiceChangesNothingMore() {
        RandomTexts texts = new RandomTexts(1);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < SAMPLES; i++) {
            String once = TagCleaner.clean(texts.next(14));
            if (leavesJunkForASecondPass(once)) {
                continue;
            }
            checked++;
            String twice = TagCleaner.clean(once);
            if (!twice.equals(once)) {
                failures.add(PythonExpectations.describe(once) + " -> " + PythonExpectations.describe(twice));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(SAMPLES * 9 / 10);
    }

    @Test
    void cleaningTwiceChangesNothingMoreWithoutFillerOrJoiners() {
        RandomTexts texts = new RandomTexts(6);
        for (int i = 0; i < SAMPLES; i++) {
            String input = texts.next(14).replaceAll("[\u3164\u200c\u200d]", "");
            String once = TagCleaner.clean(input);
            if (!Tag.parse(once).namespace().equals("system")) {
                assertThat(TagCleaner.clean(once)).as(PythonExpectations.describe(input)).isEqualTo(once);
            }
        }
    }

    /** Each pair checked against Python: the first clean, then the second. */
    @Test
    void theKnownCasesWhereHydrusIsNotIdempotent() {
        // the namespace only becomes "system" when the part is stripped, after the whole-tag strip
        assertThat(TagCleaner.clean("system :foo")).isEqualTo("system:foo");
        assertThat(TagCleaner.clean("system:foo")).isEqualTo("foo");
        // junk is removed before the Hangul filler and the joiners, so these uncover a leading - or system:
        assertThat(TagCleaner.clean("\u3164-x")).isEqualTo("-x");
        assertThat(TagCleaner.clean("\u3164-")).isEqualTo("-");
        assertThat(TagCleaner.clean("\u200d\u200c-x")).isEqualTo("-x");
        assertThat(TagCleaner.clean("\u3164system:x")).isEqualTo("system:x");
        assertThat(TagCleaner.clean("\u200d-b'\u00a0")).isEqualTo("-b'");
        assertThat(TagCleaner.clean("-x")).isEqualTo("x");
        assertThat(TagCleaner.cleanTags(List.of("\u3164-"))).containsExactly("-");
    }

    private static boolean leavesJunkForASecondPass(String clean) {
        Tag tag = Tag.parse(clean);
        return clean.startsWith("-") || clean.startsWith("system:")
                || tag.subtag().startsWith("-") || tag.subtag().startsWith("system:");
    }

    @Test
    void outputHoldsNoRemovedCharactersAndOnlySingleInnerSpaces() {
        RandomTexts texts = new RandomTexts(2);
        for (int i = 0; i < SAMPLES; i++) {
            String input = texts.next(14);
            String clean = TagCleaner.clean(input);
            String shown = PythonExpectations.describe(input) + " -> " + PythonExpectations.describe(clean);
            clean.codePoints().forEach(cp -> {
                assertThat(isRemoved(cp)).as("removed code point %x in %s", cp, shown).isFalse();
                assertThat(UnicodeProperties.isSpace(cp) && cp != ' ').as("whitespace %x in %s", cp, shown).isFalse();
            });
            assertThat(clean).as(shown).doesNotContain("  ");
            for (String part : new String[] {Tag.parse(clean).namespace(), Tag.parse(clean).subtag(), clean}) {
                assertThat(part).as(shown).doesNotStartWith(" ").doesNotEndWith(" ");
            }
            if (input.indexOf('\u3164') < 0 && input.indexOf('\u200c') < 0 && input.indexOf('\u200d') < 0) {
                assertThat(clean).as(shown).doesNotStartWith("-");
                assertThat(Tag.parse(clean).subtag()).as(shown).doesNotStartWith("-").doesNotStartWith("system:");
            }
            if (clean.indexOf('\u3164') >= 0) {
                assertThat(clean.chars().anyMatch(c -> c >= 0x1100 && c <= 0x11FF || c >= 0xAC00 && c <= 0xD7AF))
                        .as(shown).isTrue();
            }
        }
    }

    @Test
    void outputIsNeverLongerThan1024CodePointsUnlessDottedCapitalIGrows() {
        RandomTexts texts = new RandomTexts(3);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder input = new StringBuilder();
            int repeats = 50 + texts.nextInt(200);
            for (int j = 0; j < repeats; j++) {
                input.append(texts.next(4));
            }
            String text = input.toString();
            String clean = TagCleaner.clean(text);
            int limit = text.indexOf('\u0130') >= 0 ? 2 * TagCleaner.MAX_CODE_POINTS : TagCleaner.MAX_CODE_POINTS;
            assertThat(clean.codePointCount(0, clean.length())).isLessThanOrEqualTo(limit);
        }
        assertThat(TagCleaner.clean("a".repeat(5000))).hasSize(1024);
    }

    @Test
    void cleanTagsGivesDistinctUsableTags() {
        RandomTexts texts = new RandomTexts(4);
        for (int i = 0; i < 2_000; i++) {
            List<String> batch = new ArrayList<>();
            for (int j = 0; j < 10; j++) {
                batch.add(texts.next(5));
            }
            Set<String> cleaned = TagCleaner.cleanTags(batch);
            assertThat(cleaned).allSatisfy(tag -> assertThat(TagCleaner.hasEmptySubtag(tag)).isFalse());
            for (String dirty : batch) {
                String clean = TagCleaner.clean(dirty);
                assertThat(cleaned.contains(clean)).isEqualTo(!TagCleaner.hasEmptySubtag(clean));
            }
        }
    }

    @Test
    void aSplitCleanTagJoinsBackToItself() {
        RandomTexts texts = new RandomTexts(5);
        for (int i = 0; i < SAMPLES; i++) {
            String clean = TagCleaner.clean(texts.next(10));
            if (!TagCleaner.hasEmptySubtag(clean)) {
                assertThat(Tag.parse(clean).toString()).isEqualTo(clean);
            }
        }
    }

    private static boolean isRemoved(int cp) {
        return cp <= 0x1F || (cp >= 0x7F && cp <= 0x9F) || cp == 0x200B || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF
                || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xE000 && cp <= 0xF8FF)
                || (cp >= 0xF0000 && cp <= 0xFFFFD) || (cp >= 0x100000 && cp <= 0x10FFFD);
    }
}
