package dev.hydrant.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the table against hydrus's own filetype sets, written here independently as lists of
 * constants (hydrus 682, {@code HydrusConstants}).
 */
class FileTypeTest {

    private static final Set<Integer> IMAGES = Set.of(1, 2, 68, 33, 85, 65, 4, 63, 61, 7, 70, 34);
    private static final Set<Integer> ANIMATIONS = Set.of(3, 23, 83, 88, 66, 64, 62, 74);
    private static final Set<Integer> VIDEO = Set.of(14, 21, 20, 27, 9, 26, 25, 47, 37, 18);
    private static final Set<Integer> AUDIO = Set.of(13, 15, 16, 36, 48, 49, 38, 39, 46, 53, 17);
    private static final Set<Integer> APPLICATIONS = Set.of(5, 10, 71, 72, 76, 77, 78, 80, 81, 82, 75);
    private static final Set<Integer> IMAGE_PROJECT_FILES = Set.of(45, 55, 89, 86, 69, 35, 54, 56, 57);
    private static final Set<Integer> ARCHIVES = Set.of(73, 32, 58, 31, 11);
    private static final Set<Integer> VIEWABLE_IMAGE_PROJECT_FILES = Set.of(35, 55, 89);
    private static final Set<Integer> APPLICATIONS_WITH_THUMBNAILS = Set.of(56, 10, 5, 45, 69, 73, 78, 86, 71, 35, 55, 89);
    private static final Set<Integer> TRANSPARENCY_CHECK =
            Set.of(85, 2, 68, 33, 4, 7, 34, 70, 65, 61, 63, 3, 23, 83, 88, 66, 62, 64);
    private static final Set<Integer> PIL_HEIF = Set.of(61, 62, 63, 64);
    private static final Set<Integer> ICC = union(Set.of(4, 1, 85, 34, 2, 68, 35, 65), PIL_HEIF);
    private static final Set<Integer> EXIF = union(Set.of(1, 85, 34, 2, 33, 88, 23, 83, 65), PIL_HEIF);
    private static final Set<Integer> READABLE =
            union(Set.of(1, 85, 2, 4, 33, 34, 7, 68, 65, 88, 3, 23, 83, 10), PIL_HEIF);

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    private static Set<Integer> numbersWith(FileTrait trait) {
        return Arrays.stream(FileType.values()).filter(t -> t.is(trait)).map(FileType::number)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Integer> numbersIn(FileTypeGroup group) {
        return group.members().stream().map(FileType::number).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void numbersAreUniqueAndDisjointFromGroups() {
        List<Integer> numbers = Arrays.stream(FileType.values()).map(FileType::number).toList();
        assertThat(numbers).doesNotHaveDuplicates();
        Set<Integer> groupNumbers = Arrays.stream(FileTypeGroup.values()).map(FileTypeGroup::number)
                .collect(Collectors.toSet());
        assertThat(groupNumbers).containsExactlyInAnyOrder(40, 41, 42, 43, 44, 59, 60);
        assertThat(numbers).doesNotContainAnyElementsOf(groupNumbers);
        // every hydrus constant from 0 to 89, plus 100 and 101, is either a type or a group
        Set<Integer> all = new TreeSet<>(numbers);
        all.addAll(groupNumbers);
        for (int n = 0; n <= 89; n++) {
            assertThat(all).as("constant %d", n).contains(n);
        }
        assertThat(all).contains(100, 101).hasSize(92);
    }

    @Test
    void mimesAreUniqueExceptWhereHydrusSharesThem() {
        Map<String, List<Integer>> byMime = new HashMap<>();
        for (FileType t : FileType.values()) {
            if (!t.is(FileTrait.UNDETERMINED)) {
                byMime.computeIfAbsent(t.mime(), k -> new java.util.ArrayList<>()).add(t.number());
            }
        }
        Map<String, List<Integer>> shared = byMime.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(shared).containsOnly(
                Map.entry("image/gif", List.of(3, 68)),
                Map.entry("image/webp", List.of(33, 83)),
                Map.entry("image/jxl", List.of(85, 88)),
                Map.entry("application/zip", List.of(11, 74)),
                Map.entry("audio/mp4", List.of(36, 49)),
                Map.entry("application/octet-stream", List.of(52, 100)));
    }

    @Test
    void humanNamesAreUnique() {
        assertThat(Arrays.stream(FileType.values()).map(FileType::humanName).toList()).doesNotHaveDuplicates();
        List<String> groupNames = Arrays.stream(FileTypeGroup.values()).map(FileTypeGroup::displayName).toList();
        assertThat(groupNames).containsExactly("audio", "image", "video", "application", "animation", "archive",
                "image project file");
        assertThat(Arrays.stream(FileType.values()).map(FileType::humanName)).doesNotContainAnyElementsOf(groupNames);
    }

    @Test
    void groupsMatchHydrus() {
        assertThat(numbersIn(FileTypeGroup.IMAGE)).isEqualTo(new TreeSet<>(IMAGES));
        assertThat(numbersIn(FileTypeGroup.ANIMATION)).isEqualTo(new TreeSet<>(ANIMATIONS));
        assertThat(numbersIn(FileTypeGroup.VIDEO)).isEqualTo(new TreeSet<>(VIDEO));
        assertThat(numbersIn(FileTypeGroup.AUDIO)).isEqualTo(new TreeSet<>(AUDIO));
        assertThat(numbersIn(FileTypeGroup.APPLICATION)).isEqualTo(new TreeSet<>(APPLICATIONS));
        assertThat(numbersIn(FileTypeGroup.IMAGE_PROJECT)).isEqualTo(new TreeSet<>(IMAGE_PROJECT_FILES));
        assertThat(numbersIn(FileTypeGroup.ARCHIVE)).isEqualTo(new TreeSet<>(ARCHIVES));
    }

    @Test
    void traitsMatchHydrusSets() {
        Set<Integer> grouped = union(union(union(IMAGES, ANIMATIONS), union(VIDEO, AUDIO)),
                union(union(APPLICATIONS, IMAGE_PROJECT_FILES), ARCHIVES));
        assertThat(numbersWith(FileTrait.SEARCHABLE)).isEqualTo(new TreeSet<>(grouped));
        assertThat(numbersWith(FileTrait.HYDRUS_UPDATE)).containsExactly(28, 29);
        assertThat(numbersWith(FileTrait.THUMBNAIL)).isEqualTo(
                union(union(IMAGES, ANIMATIONS), union(VIDEO, APPLICATIONS_WITH_THUMBNAILS)));
        Set<Integer> staticImages = union(IMAGES, VIEWABLE_IMAGE_PROJECT_FILES);
        assertThat(numbersWith(FileTrait.STATIC_IMAGE)).isEqualTo(staticImages);
        assertThat(numbersWith(FileTrait.PIXEL_HASH)).isEqualTo(staticImages);
        assertThat(numbersWith(FileTrait.PERCEPTUAL_HASH)).isEqualTo(staticImages);
        assertThat(numbersWith(FileTrait.ALWAYS_AUDIO)).isEqualTo(union(AUDIO, Set.of(5)));
        assertThat(numbersWith(FileTrait.MAYBE_AUDIO)).isEqualTo(union(union(AUDIO, Set.of(5)), VIDEO));
        assertThat(numbersWith(FileTrait.TRANSPARENCY_CHECKABLE)).isEqualTo(new TreeSet<>(TRANSPARENCY_CHECK));
        assertThat(numbersWith(FileTrait.TRANSPARENCY_POSSIBLE))
                .isEqualTo(union(TRANSPARENCY_CHECK, Set.of(35, 54, 55, 89, 57, 69, 45, 56)));
        assertThat(numbersWith(FileTrait.ICC_PROFILE)).isEqualTo(ICC);
        assertThat(numbersWith(FileTrait.EXIF)).isEqualTo(EXIF);
        assertThat(numbersWith(FileTrait.READABLE_METADATA)).isEqualTo(READABLE);
        assertThat(numbersWith(FileTrait.UNDETERMINED)).containsExactly(19, 24, 50, 67, 79, 84, 87);
    }

    @ParameterizedTest
    @CsvSource({
        "1, image/jpeg, jpeg, .jpg",
        "2, image/png, png, .png",
        "23, image/apng, apng, .png",
        "3, image/gif, animated gif, .gif",
        "68, image/gif, static gif, .gif",
        "83, image/webp, animated webp, .webp",
        "35, image/vnd.adobe.photoshop, psd, .psd",
        "36, audio/mp4, m4a, .m4a",
        "46, audio/x-wav, wave, .wav",
        "26, video/quicktime, quicktime, .mov",
        "32, application/x-7z-compressed, 7z, .7z",
        "56, image/svg+xml, svg, .svg",
        "101, unknown filetype, unknown filetype, ''",
    })
    void rowsCarryHydrusStrings(int number, String mime, String human, String ext) {
        FileType t = FileType.fromNumber(number).orElseThrow();
        assertThat(t.mime()).isEqualTo(mime);
        assertThat(t.contentType()).isEqualTo(mime);
        assertThat(t.humanName()).isEqualTo(human);
        assertThat(t.extension()).isEqualTo(ext);
    }

    @Test
    void lookupByMimeFollowsHydrusAliases() {
        assertThat(FileType.fromMime("image/jpg")).contains(FileType.IMAGE_JPEG);
        assertThat(FileType.fromMime("image/jpe")).contains(FileType.IMAGE_JPEG);
        assertThat(FileType.fromMime("image/gif")).contains(FileType.ANIMATION_GIF);
        assertThat(FileType.fromMime("image/webp")).contains(FileType.IMAGE_WEBP);
        assertThat(FileType.fromMime("image/jxl")).contains(FileType.IMAGE_JXL);
        assertThat(FileType.fromMime("application/zip")).contains(FileType.APPLICATION_ZIP);
        assertThat(FileType.fromMime("audio/mp4")).contains(FileType.AUDIO_M4A);
        assertThat(FileType.fromMime("audio/wav")).contains(FileType.AUDIO_WAVE);
        assertThat(FileType.fromMime("application/octet-stream")).contains(FileType.APPLICATION_OCTET_STREAM);
        assertThat(FileType.fromMime("application/vnd.rn-realmedia")).contains(FileType.VIDEO_REALMEDIA);
        assertThat(FileType.fromMime("application/x-ole-storage")).contains(FileType.UNDETERMINED_OLE);
        assertThat(FileType.fromMime("PDF document")).contains(FileType.APPLICATION_PDF);
        assertThat(FileType.fromMime("audio/x-matroska")).isEmpty();
        assertThat(FileType.fromMime("image")).isEmpty();
        assertThat(FileType.fromMime("IMAGE/JPEG")).isEmpty();
        assertThat(FileType.fromMime("image/png or image/apng")).isEmpty();
    }

    @Test
    void lookupByExtensionAndHumanName() {
        assertThat(FileType.fromExtension(".jpg")).contains(FileType.IMAGE_JPEG);
        assertThat(FileType.fromExtension("JPEG")).contains(FileType.IMAGE_JPEG);
        assertThat(FileType.fromExtension("png")).contains(FileType.IMAGE_PNG);
        assertThat(FileType.allWithExtension(".png")).containsExactly(FileType.IMAGE_PNG, FileType.ANIMATION_APNG);
        assertThat(FileType.allWithExtension(".gif")).containsExactly(FileType.ANIMATION_GIF, FileType.IMAGE_GIF);
        assertThat(FileType.allWithExtension(".zip")).containsExactly(FileType.APPLICATION_ZIP, FileType.ANIMATION_UGOIRA);
        assertThat(FileType.fromExtension(".kra")).contains(FileType.APPLICATION_KRITA);
        assertThat(FileType.fromExtension(".nope")).isEmpty();
        assertThat(FileType.fromExtension("")).isEmpty();
        assertThat(FileType.fromHumanName("static gif")).contains(FileType.IMAGE_GIF);
        assertThat(FileType.fromHumanName("matroska audio")).contains(FileType.AUDIO_MKV);
        assertThat(FileType.fromHumanName("gif")).isEmpty();
        assertThat(FileTypeGroup.fromName("Image Project File")).contains(FileTypeGroup.IMAGE_PROJECT);
        assertThat(FileTypeGroup.fromNumber(59)).contains(FileTypeGroup.ARCHIVE);
        assertThat(FileType.fromNumber(41)).isEmpty();
    }

    @Test
    void capabilitiesForRenderAndImport() {
        assertThat(FileType.APPLICATION_PSD.canRender()).isTrue();
        assertThat(FileType.APPLICATION_PSD.isImage()).isFalse();
        assertThat(FileType.APPLICATION_PSD.isStaticImage()).isTrue();
        assertThat(FileType.ANIMATION_UGOIRA.canRender()).isTrue();
        assertThat(FileType.ANIMATION_UGOIRA.isStaticImage()).isFalse();
        assertThat(FileType.ANIMATION_GIF.canRender()).isFalse();
        assertThat(FileType.IMAGE_SVG.canRender()).isFalse();
        assertThat(FileType.IMAGE_GIF.hasPixelHash()).isTrue();
        assertThat(FileType.APPLICATION_ZIP.canHaveThumbnail()).isFalse();
        assertThat(FileType.APPLICATION_PDF.canHaveThumbnail()).isTrue();
        assertThat(FileType.APPLICATION_WINDOWS_EXE.isImportable()).isFalse();
        assertThat(FileType.UNDETERMINED_OLE.isImportable()).isFalse();
        assertThat(FileType.APPLICATION_HYDRUS_UPDATE_CONTENT.isImportable()).isTrue();
        assertThat(FileType.APPLICATION_UNKNOWN.isImportable()).isFalse();
    }
}
