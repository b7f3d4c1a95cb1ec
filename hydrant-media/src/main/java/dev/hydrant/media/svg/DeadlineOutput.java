package dev.hydrant.media.svg;

import com.github.weisj.jsvg.renderer.output.Output;
import com.github.weisj.jsvg.renderer.output.TextOutput;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ImageObserver;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A jsvg {@link Output} that draws through another one and charges every drawing call (and every child
 * output, which is how groups, {@code <use>} and patterns nest) to a {@link RenderBudget}, so an SVG that
 * expands into billions of shapes stops instead of holding a worker. Filters are switched off: they render
 * whole regions off screen (their cost does not follow the output's size), and Qt's SVG Tiny renderer,
 * which hydrus uses, does not apply them either.
 */
final class DeadlineOutput implements Output {

    private final Output delegate;
    private final RenderBudget budget;

    DeadlineOutput(Output delegate, RenderBudget budget) {
        this.delegate = delegate;
        this.budget = budget;
    }

    @Override
    public void fillShape(Shape shape) {
        budget.spend();
        delegate.fillShape(shape);
    }

    @Override
    public void drawShape(Shape shape) {
        budget.spend();
        delegate.drawShape(shape);
    }

    @Override
    public void drawImage(BufferedImage image) {
        budget.spend();
        delegate.drawImage(image);
    }

    @Override
    public void drawImage(Image image, ImageObserver observer) {
        budget.spend();
        delegate.drawImage(image, observer);
    }

    @Override
    public void drawImage(Image image, AffineTransform at, ImageObserver observer) {
        budget.spend();
        delegate.drawImage(image, at, observer);
    }

    @Override
    public void setPaint(Paint paint) {
        delegate.setPaint(paint);
    }

    @Override
    public void setPaint(Supplier<Paint> paintProvider) {
        delegate.setPaint(paintProvider);
    }

    @Override
    public void setStroke(Stroke stroke) {
        delegate.setStroke(stroke);
    }

    @Override
    public Stroke stroke() {
        return delegate.stroke();
    }

    @Override
    public void applyClip(Shape clipShape) {
        delegate.applyClip(clipShape);
    }

    @Override
    public void setClip(Shape shape) {
        delegate.setClip(shape);
    }

    @Override
    public Optional<Float> contextFontSize() {
        return delegate.contextFontSize();
    }

    @Override
    public Output createChild() {
        budget.spend();
        return new DeadlineOutput(delegate.createChild(), budget);
    }

    @Override
    public void dispose() {
        delegate.dispose();
    }

    @Override
    public void debugPaint(Consumer<Graphics2D> painter) {
        // debugging aids draw nothing here
    }

    @Override
    public Rectangle2D clipBounds() {
        return delegate.clipBounds();
    }

    @Override
    public RenderingHints renderingHints() {
        return delegate.renderingHints();
    }

    @Override
    public Object renderingHint(RenderingHints.Key key) {
        return delegate.renderingHint(key);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        delegate.setRenderingHint(key, value);
    }

    @Override
    public AffineTransform transform() {
        return delegate.transform();
    }

    @Override
    public void setTransform(AffineTransform affineTransform) {
        delegate.setTransform(affineTransform);
    }

    @Override
    public void applyTransform(AffineTransform transform) {
        delegate.applyTransform(transform);
    }

    @Override
    public void rotate(double angle) {
        delegate.rotate(angle);
    }

    @Override
    public void scale(double sx, double sy) {
        delegate.scale(sx, sy);
    }

    @Override
    public void translate(double dx, double dy) {
        delegate.translate(dx, dy);
    }

    @Override
    public float currentOpacity() {
        return delegate.currentOpacity();
    }

    @Override
    public void applyOpacity(float opacity) {
        delegate.applyOpacity(opacity);
    }

    @Override
    public SafeState safeState() {
        return delegate.safeState();
    }

    @Override
    public TextOutput textOutput() {
        return delegate.textOutput();
    }

    @Override
    public boolean supportsFilters() {
        return false;
    }

    @Override
    public boolean supportsColors() {
        return delegate.supportsColors();
    }

    @Override
    public boolean isSoftClippingEnabled() {
        return delegate.isSoftClippingEnabled();
    }

    @Override
    public boolean hasMaskedPaint() {
        return delegate.hasMaskedPaint();
    }
}
