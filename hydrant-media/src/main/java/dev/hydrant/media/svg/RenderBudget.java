package dev.hydrant.media.svg;

/**
 * How much drawing one SVG render may do: a number of drawing operations and a wall-clock deadline,
 * whichever runs out first. Shared by an output and all the child outputs made from it.
 */
final class RenderBudget {

    private final long deadlineNanos;
    private long operationsLeft;

    RenderBudget(long maxOperations, long maxNanos) {
        this.operationsLeft = maxOperations;
        this.deadlineNanos = System.nanoTime() + maxNanos;
    }

    /** Counts one operation; throws {@link SvgRenderTimeout} once the budget is spent. */
    void spend() {
        if (--operationsLeft < 0 || System.nanoTime() - deadlineNanos > 0) {
            throw new SvgRenderTimeout();
        }
    }
}
