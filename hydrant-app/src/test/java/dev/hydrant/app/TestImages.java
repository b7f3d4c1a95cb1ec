package dev.hydrant.app;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/** Small generated images for tests: different seeds give different files. */
public final class TestImages {
    private TestImages() {
    }

    public static byte[] png(int width, int height, long seed) {
        return encode(width, height, seed, "png", BufferedImage.TYPE_INT_RGB);
    }

    public static byte[] jpeg(int width, int height, long seed) {
        return encode(width, height, seed, "jpeg", BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] encode(int width, int height, long seed, String format, int imageType) {
        BufferedImage image = new BufferedImage(width, height, imageType);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
