package dev.hydrant.media.thumbnail;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws the fallback icons with plain vector shapes (no fonts, so nothing depends on what the machine
 * has installed) on a 100 x 100 design grid that is scaled to the requested box. Our own drawings; they
 * only share their purpose and their sizes with hydrus's icons.
 */
final class IconPainter {

    private static final Color INK = new Color(0x2B, 0x33, 0x3D);
    private static final Color PAPER = new Color(0xF7, 0xF8, 0xFA);
    private static final Color EDGE = new Color(0x9A, 0xA3, 0xAE);

    private IconPainter() {
    }

    /** Paints {@code icon} into the box (0,0)-(width,height) of {@code g}, on a 100-unit grid per side. */
    static void paint(FallbackIcon icon, Graphics2D g, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(width / 100.0, height / 100.0);
        switch (icon) {
            case AUDIO -> audio(g);
            case VIDEO -> video(g);
            case IMAGE -> image(g);
            case PDF -> pdf(g);
            case DOCUMENT -> document(g);
            case ARCHIVE -> archive(g);
            case UNKNOWN -> unknown(g);
        }
    }

    private static void tile(Graphics2D g, Color fill) {
        g.setColor(fill);
        g.fill(new RoundRectangle2D.Double(6, 6, 88, 88, 22, 22));
    }

    private static void audio(Graphics2D g) {
        tile(g, new Color(0x3E, 0x6F, 0xB0));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(24, 62, 20, 15));
        g.fill(new Ellipse2D.Double(58, 55, 20, 15));
        g.fill(new Rectangle2D.Double(39, 26, 5, 44));
        g.fill(new Rectangle2D.Double(73, 19, 5, 44));
        GeneralPath beam = new GeneralPath();
        beam.moveTo(39, 26);
        beam.lineTo(78, 19);
        beam.lineTo(78, 29);
        beam.lineTo(39, 36);
        beam.closePath();
        g.fill(beam);
    }

    private static void video(Graphics2D g) {
        tile(g, new Color(0x24, 0x28, 0x30));
        g.setColor(new Color(0xD9, 0xDD, 0xE3));
        for (int i = 0; i < 6; i++) {
            g.fill(new RoundRectangle2D.Double(14 + i * 12.5, 12, 7, 8, 2, 2));
            g.fill(new RoundRectangle2D.Double(14 + i * 12.5, 80, 7, 8, 2, 2));
        }
        GeneralPath play = new GeneralPath();
        play.moveTo(40, 34);
        play.lineTo(68, 50);
        play.lineTo(40, 66);
        play.closePath();
        g.setColor(Color.WHITE);
        g.fill(play);
    }

    private static void image(Graphics2D g) {
        tile(g, new Color(0x8C, 0xC3, 0xE8));
        g.setColor(new Color(0xF5, 0xC5, 0x42));
        g.fill(new Ellipse2D.Double(62, 18, 18, 18));
        GeneralPath hills = new GeneralPath();
        hills.moveTo(6, 80);
        hills.lineTo(34, 44);
        hills.lineTo(52, 66);
        hills.lineTo(64, 54);
        hills.lineTo(94, 84);
        hills.lineTo(94, 88);
        hills.quadTo(94, 94, 88, 94);
        hills.lineTo(12, 94);
        hills.quadTo(6, 94, 6, 88);
        hills.closePath();
        g.setColor(new Color(0x3F, 0x8F, 0x4E));
        g.fill(hills);
    }

    private static GeneralPath page(double left, double top, double right, double bottom, double fold) {
        GeneralPath p = new GeneralPath();
        p.moveTo(left, top);
        p.lineTo(right - fold, top);
        p.lineTo(right, top + fold);
        p.lineTo(right, bottom);
        p.lineTo(left, bottom);
        p.closePath();
        return p;
    }

    private static void paper(Graphics2D g, double left, double top, double right, double bottom, double fold) {
        GeneralPath sheet = page(left, top, right, bottom, fold);
        g.setColor(PAPER);
        g.fill(sheet);
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(2f));
        g.draw(sheet);
        GeneralPath corner = new GeneralPath();
        corner.moveTo(right - fold, top);
        corner.lineTo(right - fold, top + fold);
        corner.lineTo(right, top + fold);
        g.draw(corner);
    }

    private static void textLines(Graphics2D g, double left, double right, double top, int count, double gap, Color color) {
        g.setColor(color);
        for (int i = 0; i < count; i++) {
            double end = i == count - 1 ? left + (right - left) * 0.6 : right;
            g.fill(new RoundRectangle2D.Double(left, top + i * gap, end - left, 3.5, 3, 3));
        }
    }

    private static void pdf(Graphics2D g) {
        paper(g, 18, 6, 82, 94, 18);
        g.setColor(new Color(0xC6, 0x2B, 0x2B));
        g.fill(new RoundRectangle2D.Double(10, 30, 56, 22, 6, 6));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        // three block letters drawn as strokes: a P, a D and an F
        GeneralPath p = new GeneralPath();
        p.moveTo(18, 47);
        p.lineTo(18, 35);
        p.lineTo(24, 35);
        p.quadTo(29, 35, 29, 39);
        p.quadTo(29, 43, 24, 43);
        p.lineTo(18, 43);
        g.draw(p);
        GeneralPath d = new GeneralPath();
        d.moveTo(34, 35);
        d.lineTo(34, 47);
        d.lineTo(38, 47);
        d.quadTo(45, 47, 45, 41);
        d.quadTo(45, 35, 38, 35);
        d.closePath();
        g.draw(d);
        GeneralPath f = new GeneralPath();
        f.moveTo(59, 35);
        f.lineTo(51, 35);
        f.lineTo(51, 47);
        f.moveTo(51, 41);
        f.lineTo(57, 41);
        g.draw(f);
        textLines(g, 26, 74, 62, 4, 8, EDGE);
    }

    private static void document(Graphics2D g) {
        paper(g, 18, 6, 82, 94, 18);
        textLines(g, 26, 74, 34, 6, 9, new Color(0x3E, 0x6F, 0xB0));
    }

    private static void archive(Graphics2D g) {
        paper(g, 8, 4, 92, 96, 16);
        g.setColor(INK);
        for (int i = 0; i < 11; i++) {
            double y = 8 + i * 5;
            g.fill(new Rectangle2D.Double(i % 2 == 0 ? 44 : 50, y, 6, 3));
        }
        g.setColor(new Color(0xC9, 0x8A, 0x1E));
        g.fill(new RoundRectangle2D.Double(41, 62, 18, 22, 4, 4));
        g.setColor(PAPER);
        g.fill(new RoundRectangle2D.Double(46, 70, 8, 9, 2, 2));
    }

    private static void unknown(Graphics2D g) {
        tile(g, new Color(0x5B, 0x4B, 0x8A));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(33, 20, 34, 30, 160, -250, Arc2D.OPEN));
        GeneralPath stem = new GeneralPath();
        stem.moveTo(50, 50);
        stem.lineTo(50, 60);
        g.draw(stem);
        g.fill(new Ellipse2D.Double(44.5, 70, 11, 11));
    }
}
