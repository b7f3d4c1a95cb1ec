package dev.hydrant.conformance;

import java.util.List;

/**
 * The outcome of comparing an expected transcript with an actual one: one {@link StepComparison} per expected
 * step (a step the actual transcript lacks is a difference), and the two step counts.
 */
public record TranscriptComparison(List<StepComparison> steps, int expectedSteps, int actualSteps) {

    public TranscriptComparison {
        steps = List.copyOf(steps);
    }

    public List<StepComparison> differing() {
        return steps.stream().filter(s -> !s.matches()).toList();
    }

    public boolean identical() {
        return expectedSteps == actualSteps && differing().isEmpty();
    }

    /** record.py's last line: {@code N of M steps differ}. */
    public String summary() {
        return differing().size() + " of " + expectedSteps + " steps differ";
    }

    /**
     * What {@code record.py compare} prints: every differing step present in both transcripts, the step
     * counts when they differ, then the summary.
     */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(steps.size(), actualSteps); i++) {
            if (!steps.get(i).matches()) {
                sb.append(steps.get(i).describe()).append('\n');
            }
        }
        if (expectedSteps != actualSteps) {
            sb.append("transcripts have ").append(expectedSteps).append(" vs ").append(actualSteps).append(" steps\n");
        }
        return sb.append(summary()).toString();
    }
}
