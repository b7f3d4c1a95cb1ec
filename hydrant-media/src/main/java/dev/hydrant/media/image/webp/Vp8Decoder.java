package dev.hydrant.media.image.webp;

/**
 * A VP8 key-frame decoder (the lossy part of WebP) producing the same Y'CbCr planes as libwebp:
 * RFC 6386 bitstream parsing, libwebp's prediction edge rules (127 above, 129 to the left,
 * prediction from unfiltered neighbours), its integer transforms and its loop filters.
 */
public final class Vp8Decoder {

    /** Decoded planes, macroblock-aligned; the visible picture is {@code width x height}. */
    public record Planes(int width, int height, byte[] y, byte[] u, byte[] v, int yStride, int uvStride) {
    }

    private static final int NUM_TYPES = 4;
    private static final int NUM_BANDS = 8;
    private static final int NUM_CTX = 3;
    private static final int NUM_PROBAS = 11;

    // luma work block: rows -1..15, columns -1..19
    private static final int YS = 21;
    private static final int YBASE = YS + 1;
    // chroma work block: rows -1..7, columns -1..7
    private static final int UVS = 9;
    private static final int UVBASE = UVS + 1;

    private int width;
    private int height;
    private int mbw;
    private int mbh;

    private boolean useSegment;
    private boolean updateMap;
    private boolean absoluteDelta;
    private final int[] segmentQuantizer = new int[4];
    private final int[] segmentFilterStrength = new int[4];
    private final int[] segmentProbs = {255, 255, 255};

    private boolean simpleFilter;
    private int filterLevel;
    private int sharpness;
    private boolean useLfDelta;
    private final int[] refLfDelta = new int[4];
    private final int[] modeLfDelta = new int[4];

    private final int[][] dequant = new int[4][6]; // y1dc, y1ac, y2dc, y2ac, uvdc, uvac
    private final int[] probs = new int[NUM_TYPES * NUM_BANDS * NUM_CTX * NUM_PROBAS];
    private boolean useSkipProba;
    private int skipProba;

    private Vp8BoolDecoder[] partitions;

    private Vp8Decoder() {
    }

    /** Decodes the payload of a WebP {@code VP8 } chunk. */
    public static Planes decode(byte[] data, int offset, int length) {
        return new Vp8Decoder().run(data, offset, length);
    }

    private Planes run(byte[] data, int offset, int length) {
        if (length < 10) {
            throw new IllegalArgumentException("VP8 data too short");
        }
        int tag = (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8 | (data[offset + 2] & 0xFF) << 16;
        boolean keyFrame = (tag & 1) == 0;
        int firstPartitionSize = tag >>> 5;
        if (!keyFrame) {
            throw new IllegalArgumentException("not a VP8 key frame");
        }
        if ((data[offset + 3] & 0xFF) != 0x9D || (data[offset + 4] & 0xFF) != 0x01 || (data[offset + 5] & 0xFF) != 0x2A) {
            throw new IllegalArgumentException("bad VP8 start code");
        }
        width = ((data[offset + 6] & 0xFF) | (data[offset + 7] & 0xFF) << 8) & 0x3FFF;
        height = ((data[offset + 8] & 0xFF) | (data[offset + 9] & 0xFF) << 8) & 0x3FFF;
        if (width == 0 || height == 0) {
            throw new IllegalArgumentException("VP8 frame has no pixels");
        }
        mbw = (width + 15) >> 4;
        mbh = (height + 15) >> 4;
        int firstPartition = offset + 10;
        int end = offset + length;
        if (firstPartition + firstPartitionSize > end) {
            throw new IllegalArgumentException("VP8 first partition overruns the chunk");
        }
        Vp8BoolDecoder br = new Vp8BoolDecoder(data, firstPartition, firstPartitionSize);
        br.bit(128); // colour space
        br.bit(128); // clamping type (decoders always clamp)
        parseSegmentHeader(br);
        parseFilterHeader(br);
        parsePartitions(br, data, firstPartition + firstPartitionSize, end);
        parseQuantizers(br);
        br.bit(128); // refresh entropy probabilities: irrelevant for a single key frame
        parseProbabilities(br);
        return decodeMacroblocks(br);
    }

    private void parseSegmentHeader(Vp8BoolDecoder br) {
        useSegment = br.bit(128) == 1;
        if (useSegment) {
            updateMap = br.bit(128) == 1;
            if (br.bit(128) == 1) {
                absoluteDelta = br.bit(128) == 1;
                for (int s = 0; s < 4; s++) {
                    segmentQuantizer[s] = br.optionalSigned(7);
                }
                for (int s = 0; s < 4; s++) {
                    segmentFilterStrength[s] = br.optionalSigned(6);
                }
            }
            if (updateMap) {
                for (int s = 0; s < 3; s++) {
                    segmentProbs[s] = br.bit(128) == 1 ? br.literal(8) : 255;
                }
            }
        }
    }

    private void parseFilterHeader(Vp8BoolDecoder br) {
        simpleFilter = br.bit(128) == 1;
        filterLevel = br.literal(6);
        sharpness = br.literal(3);
        useLfDelta = br.bit(128) == 1;
        if (useLfDelta && br.bit(128) == 1) {
            for (int i = 0; i < 4; i++) {
                if (br.bit(128) == 1) {
                    refLfDelta[i] = br.signedLiteral(6);
                }
            }
            for (int i = 0; i < 4; i++) {
                if (br.bit(128) == 1) {
                    modeLfDelta[i] = br.signedLiteral(6);
                }
            }
        }
    }

    private void parsePartitions(Vp8BoolDecoder br, byte[] data, int start, int end) {
        int count = 1 << br.literal(2);
        int sizes = start;
        int partStart = start + 3 * (count - 1);
        if (partStart > end) {
            throw new IllegalArgumentException("VP8 partition table overruns the chunk");
        }
        partitions = new Vp8BoolDecoder[count];
        for (int p = 0; p < count; p++) {
            int size;
            if (p < count - 1) {
                size = (data[sizes] & 0xFF) | (data[sizes + 1] & 0xFF) << 8 | (data[sizes + 2] & 0xFF) << 16;
                sizes += 3;
            } else {
                size = end - partStart;
            }
            size = Math.min(size, end - partStart);
            partitions[p] = new Vp8BoolDecoder(data, partStart, size);
            partStart += size;
        }
    }

    private void parseQuantizers(Vp8BoolDecoder br) {
        int base = br.literal(7);
        int dqy1Dc = br.optionalSigned(4);
        int dqy2Dc = br.optionalSigned(4);
        int dqy2Ac = br.optionalSigned(4);
        int dquvDc = br.optionalSigned(4);
        int dquvAc = br.optionalSigned(4);
        for (int s = 0; s < 4; s++) {
            int q;
            if (useSegment) {
                q = segmentQuantizer[s] + (absoluteDelta ? 0 : base);
            } else {
                q = base;
            }
            int[] m = dequant[s];
            m[0] = Vp8Tables.DC_TABLE[clip(q + dqy1Dc, 127)];
            m[1] = Vp8Tables.AC_TABLE[clip(q, 127)];
            m[2] = Vp8Tables.DC_TABLE[clip(q + dqy2Dc, 127)] * 2;
            m[3] = Math.max(8, (Vp8Tables.AC_TABLE[clip(q + dqy2Ac, 127)] * 101581) >> 16);
            m[4] = Vp8Tables.DC_TABLE[clip(q + dquvDc, 117)];
            m[5] = Vp8Tables.AC_TABLE[clip(q + dquvAc, 127)];
        }
    }

    private static int clip(int v, int max) {
        return v < 0 ? 0 : Math.min(v, max);
    }

    private void parseProbabilities(Vp8BoolDecoder br) {
        for (int i = 0; i < probs.length; i++) {
            probs[i] = br.bit(Vp8Tables.COEFF_UPDATE_PROBS[i]) == 1 ? br.literal(8) : Vp8Tables.DEFAULT_COEFF_PROBS[i];
        }
        useSkipProba = br.bit(128) == 1;
        if (useSkipProba) {
            skipProba = br.literal(8);
        }
    }

    private static int probOffset(int type, int band, int ctx) {
        return ((type * NUM_BANDS + band) * NUM_CTX + ctx) * NUM_PROBAS;
    }

    // ---------------------------------------------------------------- macroblocks

    private Planes decodeMacroblocks(Vp8BoolDecoder br) {
        int yStride = mbw * 16;
        int uvStride = mbw * 8;
        byte[] yPlane = new byte[yStride * mbh * 16];
        byte[] uPlane = new byte[uvStride * mbh * 8];
        byte[] vPlane = new byte[uvStride * mbh * 8];

        int[] intraTop = new int[mbw * 4];
        int[] intraLeft = new int[4];
        int[][] topNzY = new int[mbw][4];
        int[][] topNzU = new int[mbw][2];
        int[][] topNzV = new int[mbw][2];
        int[] topNzDc = new int[mbw];

        int[] filterLimit = new int[mbw * mbh];
        int[] filterInterior = new int[mbw * mbh];
        int[] filterHev = new int[mbw * mbh];
        boolean[] filterInner = new boolean[mbw * mbh];
        int filterType = filterLevel == 0 ? 0 : simpleFilter ? 1 : 2;

        int[] yWork = new int[YS * 17];
        int[] uWork = new int[UVS * 9];
        int[] vWork = new int[UVS * 9];
        short[] coeffs = new short[384];
        int[] imodes = new int[16];

        for (int mbY = 0; mbY < mbh; mbY++) {
            Vp8BoolDecoder tokens = partitions[mbY & (partitions.length - 1)];
            java.util.Arrays.fill(intraLeft, 0);
            int[] leftNzY = new int[4];
            int[] leftNzU = new int[2];
            int[] leftNzV = new int[2];
            int[] leftNzDc = new int[1];
            for (int mbX = 0; mbX < mbw; mbX++) {
                // --- modes (first partition) ---
                int segment = 0;
                if (updateMap) {
                    segment = br.bit(segmentProbs[0]) == 0 ? br.bit(segmentProbs[1]) : br.bit(segmentProbs[2]) + 2;
                }
                boolean skipFlag = useSkipProba && br.bit(skipProba) == 1;
                boolean isI4x4 = br.bit(145) == 0;
                int yMode = 0;
                if (!isI4x4) {
                    yMode = br.bit(156) == 1 ? (br.bit(128) == 1 ? 3 : 2) : (br.bit(163) == 1 ? 1 : 0);
                    int contextMode = switch (yMode) {
                        case 1 -> 2;
                        case 2 -> 3;
                        case 3 -> 1;
                        default -> 0;
                    };
                    for (int i = 0; i < 4; i++) {
                        intraTop[mbX * 4 + i] = contextMode;
                        intraLeft[i] = contextMode;
                    }
                } else {
                    for (int y = 0; y < 4; y++) {
                        int left = intraLeft[y];
                        for (int x = 0; x < 4; x++) {
                            int above = intraTop[mbX * 4 + x];
                            int probBase = (above * 10 + left) * 9;
                            int i = 0;
                            do {
                                i = Vp8Tables.BMODE_TREE[i + br.bit(Vp8Tables.KF_BMODE_PROBS[probBase + (i >> 1)])];
                            } while (i > 0);
                            left = -i;
                            intraTop[mbX * 4 + x] = left;
                            imodes[y * 4 + x] = left;
                        }
                        intraLeft[y] = left;
                    }
                }
                int uvMode = br.bit(142) == 0 ? 0 : br.bit(114) == 0 ? 1 : br.bit(183) == 1 ? 3 : 2;

                // --- residuals (token partition) ---
                java.util.Arrays.fill(coeffs, (short) 0);
                boolean allZero;
                if (!skipFlag) {
                    allZero = parseResiduals(tokens, dequant[segment], isI4x4, coeffs,
                            topNzY[mbX], topNzU[mbX], topNzV[mbX], topNzDc, mbX, leftNzY, leftNzU, leftNzV, leftNzDc);
                } else {
                    java.util.Arrays.fill(topNzY[mbX], 0);
                    java.util.Arrays.fill(topNzU[mbX], 0);
                    java.util.Arrays.fill(topNzV[mbX], 0);
                    java.util.Arrays.fill(leftNzY, 0);
                    java.util.Arrays.fill(leftNzU, 0);
                    java.util.Arrays.fill(leftNzV, 0);
                    if (!isI4x4) {
                        topNzDc[mbX] = 0;
                        leftNzDc[0] = 0;
                    }
                    allZero = true;
                }

                // --- loop filter parameters ---
                int index = mbY * mbw + mbX;
                if (filterType > 0) {
                    setFilterStrength(index, segment, isI4x4, filterLimit, filterInterior, filterHev);
                    filterInner[index] = isI4x4 || !allZero;
                }

                // --- reconstruction ---
                reconstruct(mbX, mbY, isI4x4, yMode, imodes, uvMode, coeffs, yPlane, uPlane, vPlane, yStride, uvStride,
                        yWork, uWork, vWork);
            }
        }
        if (filterType > 0) {
            filter(filterType, yPlane, uPlane, vPlane, yStride, uvStride, filterLimit, filterInterior, filterHev, filterInner);
        }
        return new Planes(width, height, yPlane, uPlane, vPlane, yStride, uvStride);
    }

    private void setFilterStrength(int index, int segment, boolean isI4x4, int[] limit, int[] interior, int[] hev) {
        int level;
        if (useSegment) {
            level = segmentFilterStrength[segment] + (absoluteDelta ? 0 : filterLevel);
        } else {
            level = filterLevel;
        }
        if (useLfDelta) {
            level += refLfDelta[0];
            if (isI4x4) {
                level += modeLfDelta[0];
            }
        }
        level = level < 0 ? 0 : Math.min(level, 63);
        if (level == 0) {
            limit[index] = 0;
            return;
        }
        int ilevel = level;
        if (sharpness > 0) {
            ilevel = sharpness > 4 ? ilevel >> 2 : ilevel >> 1;
            if (ilevel > 9 - sharpness) {
                ilevel = 9 - sharpness;
            }
        }
        if (ilevel < 1) {
            ilevel = 1;
        }
        interior[index] = ilevel;
        limit[index] = 2 * level + ilevel;
        hev[index] = level >= 40 ? 2 : level >= 15 ? 1 : 0;
    }

    /** Parses the coefficients of one macroblock; returns whether every block came out all zero. */
    private boolean parseResiduals(Vp8BoolDecoder br, int[] q, boolean isI4x4, short[] coeffs,
                                   int[] topY, int[] topU, int[] topV, int[] topDc, int mbX,
                                   int[] leftY, int[] leftU, int[] leftV, int[] leftDc) {
        boolean anyNonZero = false;
        int first;
        int acType;
        if (!isI4x4) {
            short[] dc = new short[16];
            int ctx = topDc[mbX] + leftDc[0];
            int nz = coefficients(br, 1, ctx, q[2], q[3], 0, dc, 0);
            int flag = nz > 0 ? 1 : 0;
            topDc[mbX] = flag;
            leftDc[0] = flag;
            Vp8Prediction.inverseWht(dc, coeffs, 0);
            first = 1;
            acType = 0;
        } else {
            first = 0;
            acType = 3;
        }
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                int ctx = leftY[y] + topY[x];
                int offset = (y * 4 + x) * 16;
                int nz = coefficients(br, acType, ctx, q[0], q[1], first, coeffs, offset);
                int flag = nz > first ? 1 : 0;
                leftY[y] = flag;
                topY[x] = flag;
                anyNonZero |= nz > 1 || coeffs[offset] != 0;
            }
        }
        for (int plane = 0; plane < 2; plane++) {
            int[] top = plane == 0 ? topU : topV;
            int[] left = plane == 0 ? leftU : leftV;
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 2; x++) {
                    int ctx = left[y] + top[x];
                    int offset = 256 + plane * 64 + (y * 2 + x) * 16;
                    int nz = coefficients(br, 2, ctx, q[4], q[5], 0, coeffs, offset);
                    int flag = nz > 0 ? 1 : 0;
                    left[y] = flag;
                    top[x] = flag;
                    anyNonZero |= nz > 1 || coeffs[offset] != 0;
                }
            }
        }
        return !anyNonZero;
    }

    /** libwebp's {@code GetCoeffs}: returns one past the last decoded coefficient position. */
    private int coefficients(Vp8BoolDecoder br, int type, int ctx, int dcq, int acq, int n, short[] out, int outOffset) {
        int p = probOffset(type, Vp8Tables.BANDS[n], ctx);
        for (; n < 16; ++n) {
            if (br.bit(probs[p]) == 0) {
                return n;
            }
            while (br.bit(probs[p + 1]) == 0) {
                p = probOffset(type, Vp8Tables.BANDS[++n], 0);
                if (n == 16) {
                    return 16;
                }
            }
            int nextBand = Vp8Tables.BANDS[n + 1];
            int v;
            if (br.bit(probs[p + 2]) == 0) {
                v = 1;
                p = probOffset(type, nextBand, 1);
            } else {
                v = largeValue(br, p);
                p = probOffset(type, nextBand, 2);
            }
            int signed = br.bit(128) == 1 ? -v : v;
            out[outOffset + Vp8Tables.ZIGZAG[n]] = (short) (signed * (n > 0 ? acq : dcq));
        }
        return 16;
    }

    private int largeValue(Vp8BoolDecoder br, int p) {
        int v;
        if (br.bit(probs[p + 3]) == 0) {
            if (br.bit(probs[p + 4]) == 0) {
                v = 2;
            } else {
                v = 3 + br.bit(probs[p + 5]);
            }
        } else {
            if (br.bit(probs[p + 6]) == 0) {
                if (br.bit(probs[p + 7]) == 0) {
                    v = 5 + br.bit(159);
                } else {
                    v = 7 + 2 * br.bit(165);
                    v += br.bit(145);
                }
            } else {
                int bit1 = br.bit(probs[p + 8]);
                int bit0 = br.bit(probs[p + 9 + bit1]);
                int cat = 2 * bit1 + bit0;
                v = 0;
                for (int prob : Vp8Tables.CAT3456[cat]) {
                    v += v + br.bit(prob);
                }
                v += 3 + (8 << cat);
            }
        }
        return v;
    }

    // ---------------------------------------------------------------- reconstruction

    private void reconstruct(int mbX, int mbY, boolean isI4x4, int yMode, int[] imodes, int uvMode, short[] coeffs,
                             byte[] yPlane, byte[] uPlane, byte[] vPlane, int yStride, int uvStride,
                             int[] yWork, int[] uWork, int[] vWork) {
        loadBorders(yWork, YS, 16, yPlane, yStride, mbX, mbY, true);
        loadBorders(uWork, UVS, 8, uPlane, uvStride, mbX, mbY, false);
        loadBorders(vWork, UVS, 8, vPlane, uvStride, mbX, mbY, false);
        if (isI4x4) {
            for (int n = 0; n < 16; n++) {
                int base = YBASE + (n >> 2) * 4 * YS + (n & 3) * 4;
                Vp8Prediction.predictSubBlock(yWork, base, YS, imodes[n]);
                Vp8Prediction.addInverseDct(coeffs, n * 16, yWork, base, YS);
            }
        } else {
            Vp8Prediction.predictBlock(yWork, YBASE, YS, 16, yMode, mbY > 0, mbX > 0);
            for (int n = 0; n < 16; n++) {
                int base = YBASE + (n >> 2) * 4 * YS + (n & 3) * 4;
                Vp8Prediction.addInverseDct(coeffs, n * 16, yWork, base, YS);
            }
        }
        Vp8Prediction.predictBlock(uWork, UVBASE, UVS, 8, uvMode, mbY > 0, mbX > 0);
        Vp8Prediction.predictBlock(vWork, UVBASE, UVS, 8, uvMode, mbY > 0, mbX > 0);
        for (int n = 0; n < 4; n++) {
            int base = UVBASE + (n >> 1) * 4 * UVS + (n & 1) * 4;
            Vp8Prediction.addInverseDct(coeffs, 256 + n * 16, uWork, base, UVS);
            Vp8Prediction.addInverseDct(coeffs, 320 + n * 16, vWork, base, UVS);
        }
        store(yWork, YBASE, YS, 16, yPlane, yStride, mbX, mbY);
        store(uWork, UVBASE, UVS, 8, uPlane, uvStride, mbX, mbY);
        store(vWork, UVBASE, UVS, 8, vPlane, uvStride, mbX, mbY);
    }

    /** Fills the work block's top row, top-left corner, left column (and luma top-right) like libwebp. */
    private void loadBorders(int[] work, int stride, int size, byte[] plane, int planeStride, int mbX, int mbY, boolean luma) {
        int x0 = mbX * size;
        int y0 = mbY * size;
        int base = stride + 1;
        // top row (and top-right for luma)
        int topCount = luma ? size + 4 : size;
        for (int i = 0; i < topCount; i++) {
            int value;
            if (mbY == 0) {
                value = 127;
            } else if (i < size) {
                value = plane[(y0 - 1) * planeStride + x0 + i] & 0xFF;
            } else if (mbX < mbw - 1) {
                value = plane[(y0 - 1) * planeStride + x0 + i] & 0xFF;
            } else {
                value = plane[(y0 - 1) * planeStride + x0 + size - 1] & 0xFF;
            }
            work[base - stride + i] = value;
        }
        // top-left corner
        if (mbY == 0) {
            work[base - stride - 1] = 127;
        } else if (mbX == 0) {
            work[base - stride - 1] = 129;
        } else {
            work[base - stride - 1] = plane[(y0 - 1) * planeStride + x0 - 1] & 0xFF;
        }
        // left column
        for (int j = 0; j < size; j++) {
            work[base + j * stride - 1] = mbX == 0 ? 129 : plane[(y0 + j) * planeStride + x0 - 1] & 0xFF;
        }
        if (luma) {
            // sub-blocks on the right column read the macroblock's top-right pixels on every row
            for (int r = 3; r < 12; r += 4) {
                System.arraycopy(work, base - stride + 16, work, base + r * stride + 16, 4);
            }
        }
    }

    private static void store(int[] work, int base, int stride, int size, byte[] plane, int planeStride, int mbX, int mbY) {
        for (int j = 0; j < size; j++) {
            int out = (mbY * size + j) * planeStride + mbX * size;
            for (int i = 0; i < size; i++) {
                plane[out + i] = (byte) work[base + j * stride + i];
            }
        }
    }

    // ---------------------------------------------------------------- loop filter

    private void filter(int type, byte[] y, byte[] u, byte[] v, int yStride, int uvStride,
                        int[] limits, int[] interiors, int[] hevs, boolean[] inners) {
        for (int mbY = 0; mbY < mbh; mbY++) {
            for (int mbX = 0; mbX < mbw; mbX++) {
                int index = mbY * mbw + mbX;
                int limit = limits[index];
                if (limit == 0) {
                    continue;
                }
                int ilevel = interiors[index];
                int hev = hevs[index];
                boolean inner = inners[index];
                int yAt = mbY * 16 * yStride + mbX * 16;
                int uvAt = mbY * 8 * uvStride + mbX * 8;
                if (type == 1) {
                    if (mbX > 0) {
                        Vp8LoopFilter.simple(y, yAt, 1, yStride, 16, limit + 4);
                    }
                    if (inner) {
                        for (int k = 4; k < 16; k += 4) {
                            Vp8LoopFilter.simple(y, yAt + k, 1, yStride, 16, limit);
                        }
                    }
                    if (mbY > 0) {
                        Vp8LoopFilter.simple(y, yAt, yStride, 1, 16, limit + 4);
                    }
                    if (inner) {
                        for (int k = 4; k < 16; k += 4) {
                            Vp8LoopFilter.simple(y, yAt + k * yStride, yStride, 1, 16, limit);
                        }
                    }
                } else {
                    if (mbX > 0) {
                        Vp8LoopFilter.macroblockEdge(y, yAt, 1, yStride, 16, limit + 4, ilevel, hev);
                        Vp8LoopFilter.macroblockEdge(u, uvAt, 1, uvStride, 8, limit + 4, ilevel, hev);
                        Vp8LoopFilter.macroblockEdge(v, uvAt, 1, uvStride, 8, limit + 4, ilevel, hev);
                    }
                    if (inner) {
                        for (int k = 4; k < 16; k += 4) {
                            Vp8LoopFilter.innerEdge(y, yAt + k, 1, yStride, 16, limit, ilevel, hev);
                        }
                        Vp8LoopFilter.innerEdge(u, uvAt + 4, 1, uvStride, 8, limit, ilevel, hev);
                        Vp8LoopFilter.innerEdge(v, uvAt + 4, 1, uvStride, 8, limit, ilevel, hev);
                    }
                    if (mbY > 0) {
                        Vp8LoopFilter.macroblockEdge(y, yAt, yStride, 1, 16, limit + 4, ilevel, hev);
                        Vp8LoopFilter.macroblockEdge(u, uvAt, uvStride, 1, 8, limit + 4, ilevel, hev);
                        Vp8LoopFilter.macroblockEdge(v, uvAt, uvStride, 1, 8, limit + 4, ilevel, hev);
                    }
                    if (inner) {
                        for (int k = 4; k < 16; k += 4) {
                            Vp8LoopFilter.innerEdge(y, yAt + k * yStride, yStride, 1, 16, limit, ilevel, hev);
                        }
                        Vp8LoopFilter.innerEdge(u, uvAt + 4 * uvStride, uvStride, 1, 8, limit, ilevel, hev);
                        Vp8LoopFilter.innerEdge(v, uvAt + 4 * uvStride, uvStride, 1, 8, limit, ilevel, hev);
                    }
                }
            }
        }
    }
}
