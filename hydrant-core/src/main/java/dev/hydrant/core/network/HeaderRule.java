package dev.hydrant.core.network;

/** A custom HTTP header for a network context, with hydrus's approval state and a reason. */
public record HeaderRule(String name, String value, Approval approval, String reason) {
    /** Whether the user approved sending the header. */
    public enum Approval {
        APPROVED("approved"), DENIED("denied"), PENDING("pending");

        private final String text;

        Approval(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        public static java.util.Optional<Approval> fromText(String text) {
            for (Approval a : values()) {
                if (a.text.equals(text)) {
                    return java.util.Optional.of(a);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
