package dev.hydrant.core.search;

import static dev.hydrant.core.search.TestLibrary.assertUnparseable;
import static dev.hydrant.core.search.TestLibrary.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.FileTypeGroup;
import dev.hydrant.core.search.predicate.FiletypePredicate;
import dev.hydrant.core.search.predicate.HashPredicate;
import dev.hydrant.core.search.predicate.HashType;
import dev.hydrant.core.search.predicate.SimilarDataPredicate;
import dev.hydrant.core.search.predicate.SimilarFilesPredicate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hashes, similar files and data, and filetypes. */
class HashAndFiletypePredicatesTest {

    private static final String SHA256 = RecordedPredicates.PNG_RGB;
    private static final String MD5 = "5d41402abc4b2a76b9719d911017c592";
    private static final String PHASH = "c2d2e2f2a2b2c2d2";

    private static List<ByteKey> keys(String... hex) {
        return java.util.Arrays.stream(hex).map(ByteKey::fromHex).toList();
    }

    @Test
    void hashAlgorithms() {
        assertThat(read("system:hash = " + SHA256)).isEqualTo(new HashPredicate(keys(SHA256), HashType.SHA256, true));
        assertThat(read("system:hash (md5) = " + MD5)).isEqualTo(new HashPredicate(keys(MD5), HashType.MD5, true));
        assertThat(read("system:hash md5 is " + MD5)).isEqualTo(new HashPredicate(keys(MD5), HashType.MD5, true));
        assertThat(read("system:hash (sha1) != 0123456789")).isEqualTo(
                new HashPredicate(keys("0123456789"), HashType.SHA1, false));
        assertThat(read("system:hash_sha512 isn't " + SHA256 + SHA256)).isEqualTo(
                new HashPredicate(keys(SHA256 + SHA256), HashType.SHA512, false));
        assertThat(read("system:hash \u2260 " + SHA256)).isEqualTo(new HashPredicate(keys(SHA256), HashType.SHA256, false));
    }

    @Test
    void hashListsAreLenient() {
        // separated by commas or blanks, each once, in order; text around the list is ignored
        assertThat(read("system:hash = " + MD5 + ",  " + SHA256 + " " + MD5 + " and that is all"))
                .isEqualTo(new HashPredicate(keys(MD5, SHA256), HashType.SHA256, true));
        assertThat(read("system:hash = the file " + SHA256)).isEqualTo(new HashPredicate(keys(SHA256), HashType.SHA256, true));
        assertThat(read("system:hash = " + SHA256.toUpperCase())).isEqualTo(
                new HashPredicate(keys(SHA256), HashType.SHA256, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"system:hash = abc", "system:hash = 12345678", "system:hash = 123456789",
        "system:hash sha256 = 0123456789", "system:hash < 0123456789", "system:hash 0123456789",
        "system:hash = xyz"})
    void hashRefusals(String text) {
        // under nine hex characters, an odd number of them, an unknown algorithm word, a wrong operator
        assertUnparseable(text);
    }

    @Test
    void similarFiles() {
        assertThat(read("system:similar to " + SHA256)).isEqualTo(new SimilarFilesPredicate(keys(SHA256), 4));
        assertThat(read("system:similar to files " + SHA256 + " with distance of 10"))
                .isEqualTo(new SimilarFilesPredicate(keys(SHA256), 10));
        assertThat(read("system:similar to " + SHA256 + ", " + MD5 + " distance 0"))
                .isEqualTo(new SimilarFilesPredicate(keys(SHA256, MD5), 0));
        assertThat(read("system:similar to " + SHA256 + " 2")).isEqualTo(new SimilarFilesPredicate(keys(SHA256), 2));
        assertUnparseable("system:similar to abcd");
        assertUnparseable("system:similar to abcde");
        assertUnparseable("system:similar to " + SHA256 + " with distance 05");
        assertUnparseable("system:similar to " + SHA256 + " with distance -1");
        assertUnparseable("system:similar to " + SHA256 + " with distance 4 please");
        // a five-digit distance reads as another (odd-length) hash
        assertUnparseable("system:similar to " + SHA256 + " 12345");
    }

    @Test
    void similarData() {
        assertThat(read("system:similar to data " + SHA256 + " " + PHASH + " with distance 3"))
                .isEqualTo(new SimilarDataPredicate(keys(SHA256), keys(PHASH), 3));
        // runs that are neither 64 nor 16 characters are dropped, even odd ones
        assertThat(read("system:similar to data " + PHASH + " abcde"))
                .isEqualTo(new SimilarDataPredicate(List.of(), keys(PHASH), 8));
    }

    private static FiletypePredicate types(boolean inclusive, FileType... types) {
        return new FiletypePredicate(Set.of(types), Set.of(), inclusive);
    }

    @Test
    void filetypeNames() {
        assertThat(read("system:filetype = jpeg, png")).isEqualTo(types(true, FileType.IMAGE_JPEG, FileType.IMAGE_PNG));
        assertThat(read("system:filetype = image/jpeg")).isEqualTo(types(true, FileType.IMAGE_JPEG));
        assertThat(read("system:file type is svg")).isEqualTo(types(true, FileType.IMAGE_SVG));
        assertThat(read("system:filetype = mp4 audio")).isEqualTo(types(true, FileType.AUDIO_MP4));
        assertThat(read("system:filetype = image/gif")).isEqualTo(types(true, FileType.ANIMATION_GIF));
        assertThat(read("system:filetype = static gif")).isEqualTo(types(true, FileType.IMAGE_GIF));
        assertThat(read("system:filetype = video/webm,audio/flac ,  application/pdf")).isEqualTo(
                types(true, FileType.VIDEO_WEBM, FileType.AUDIO_FLAC, FileType.APPLICATION_PDF));
        assertThat(read("system:filetype isn't animation, image project file")).isEqualTo(new FiletypePredicate(
                Set.of(), Set.of(FileTypeGroup.ANIMATION, FileTypeGroup.IMAGE_PROJECT), false));
        assertThat(read("system:filetype = image, png")).isEqualTo(
                new FiletypePredicate(Set.of(FileType.IMAGE_PNG), Set.of(FileTypeGroup.IMAGE), true));
    }

    @Test
    void filetypeQuirksOfHydrusRegex() {
        // the mime is used as a regex: its '+' is a quantifier, so the text does not match itself
        assertUnparseable("system:filetype = image/svg+xml");
        // only commas separate items; space-separated words match the list but name nothing
        assertThat(read("system:filetype = image/png apng")).isEqualTo(types(true));
        // the '.' of "paint.net" matches any character, and what it matched is then not a name
        assertThat(read("system:filetype = paint net")).isEqualTo(types(true));
        assertThat(read("system:filetype = paint.net")).isEqualTo(types(true, FileType.APPLICATION_PAINT_DOT_NET));
    }

    @ParameterizedTest
    @ValueSource(strings = {"system:filetype = nonsense", "system:filetype = png, nonsense", "system:filetype png",
        "system:filetype < png", "system:filetype =", "system:filetype = png,"})
    void filetypeRefusals(String text) {
        assertUnparseable(text);
    }

    @Test
    void groupsExpandToTheirMembers() {
        FiletypePredicate image = (FiletypePredicate) read("system:filetype = image, apng");
        assertThat(image.allTypes()).contains(FileType.IMAGE_JPEG, FileType.IMAGE_PNG, FileType.IMAGE_GIF,
                FileType.ANIMATION_APNG).doesNotContain(FileType.ANIMATION_GIF, FileType.VIDEO_MP4);
    }
}
