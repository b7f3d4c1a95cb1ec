package dev.hydrant.media.image;

import dev.hydrant.media.image.icc.IccProfile;
import dev.hydrant.media.image.icc.LcmsSrgbTransform;
import dev.hydrant.media.image.icc.PngGammaChromaticity;
import java.awt.color.ICC_Profile;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Hydrus's colour normalisation: an embedded ICC profile (or, for a PNG without one and without
 * an {@code sRGB} chunk, its {@code gAMA}/{@code cHRM} pair) is converted to sRGB with LittleCMS
 * through PIL. RGB matrix-shaper profiles, by far the common case, are reproduced exactly
 * ({@link LcmsSrgbTransform}); LUT-based and CMYK profiles go through the JDK's colour management,
 * which is close but not bit-exact. Greyscale and palette images are left alone, as PIL's
 * transform fails for them, and so are profiles whose colour space does not match the pixels.
 */
final class SrgbConversion {

    DecodedImage apply(DecodedImage image) {
        EmbeddedMetadata metadata = image.metadata();
        ColourMode mode = image.mode();
        boolean rgb = mode == ColourMode.RGB || mode == ColourMode.RGBA;
        if (metadata.hasIccProfile()) {
            if (rgb || mode == ColourMode.CMYK) {
                return withProfile(image, metadata.iccProfile());
            }
            return image;
        }
        if (rgb && image.format() == StillImageFormat.PNG && !metadata.pngSrgb()
                && PngGammaChromaticity.applies(metadata.pngGamma(), metadata.pngChromaticity())) {
            byte[] samples = image.samples().clone();
            PngGammaChromaticity.transform(metadata.pngGamma(), metadata.pngChromaticity()).apply(samples, mode.channels());
            return image.withPixels(mode, image.width(), image.height(), samples, null);
        }
        return image;
    }

    private static DecodedImage withProfile(DecodedImage image, byte[] iccBytes) {
        IccProfile profile;
        try {
            profile = IccProfile.parse(iccBytes);
        } catch (RuntimeException e) {
            return image; // PIL cannot open the profile either and leaves the pixels alone
        }
        boolean cmyk = image.mode() == ColourMode.CMYK;
        String space = profile.colourSpace();
        if (!(cmyk ? space.equals("CMYK") : space.equals("RGB "))) {
            return image; // LittleCMS refuses a transform whose profile does not fit the pixels
        }
        try {
            if (!cmyk && profile.isRgbMatrixShaper()) {
                byte[] samples = image.samples().clone();
                LcmsSrgbTransform.fromMatrixShaper(profile.colorantMatrix(), profile.rgbCurves()).apply(samples, image.mode().channels());
                return image.withPixels(image.mode(), image.width(), image.height(), samples, null);
            }
            return withJdkColourManagement(image, iccBytes);
        } catch (RuntimeException e) {
            return image;
        }
    }

    /** Approximate path for profiles LittleCMS would sample into a LUT: the JDK's own CMM. */
    private static DecodedImage withJdkColourManagement(DecodedImage image, byte[] iccBytes) {
        int w = image.width();
        int h = image.height();
        int channels = image.mode().channels();
        int colourChannels = image.mode() == ColourMode.CMYK ? 4 : 3;
        byte[] in = image.samples();
        byte[] colour = new byte[w * h * colourChannels];
        for (int i = 0, o = 0; o < colour.length; i += channels, o += colourChannels) {
            System.arraycopy(in, i, colour, o, colourChannels);
        }
        Raster source = Raster.createRaster(interleaved(w, h, colourChannels), new DataBufferByte(colour, colour.length), null);
        WritableRaster target = Raster.createWritableRaster(interleaved(w, h, 3), null);
        ColorConvertOp op = new ColorConvertOp(new ICC_Profile[] {
                ICC_Profile.getInstance(iccBytes), ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB)}, null);
        op.filter(source, target);
        byte[] rgb = ((DataBufferByte) target.getDataBuffer()).getData();
        if (image.mode() == ColourMode.RGBA) {
            byte[] out = in.clone();
            for (int p = 0; p < w * h; p++) {
                System.arraycopy(rgb, p * 3, out, p * 4, 3);
            }
            return image.withPixels(ColourMode.RGBA, w, h, out, null);
        }
        return image.withPixels(ColourMode.RGB, w, h, rgb, null);
    }

    private static PixelInterleavedSampleModel interleaved(int w, int h, int bands) {
        int[] offsets = new int[bands];
        for (int i = 0; i < bands; i++) {
            offsets[i] = i;
        }
        return new PixelInterleavedSampleModel(DataBuffer.TYPE_BYTE, w, h, bands, w * bands, offsets);
    }
}
