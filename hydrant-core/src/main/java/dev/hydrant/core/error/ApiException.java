package dev.hydrant.core.error;

/**
 * An error caused by a request, reported to the client as hydrus does:
 * {@code {error, exception_type, status_code}} with the kind's HTTP status.
 */
public class ApiException extends RuntimeException {
    private final ErrorKind kind;
    private final String exceptionType;

    public ApiException(ErrorKind kind, String message) {
        this(kind, kind.exceptionType(), message);
    }

    /** For the few places hydrus reports a more specific exception class than the kind's usual one. */
    public ApiException(ErrorKind kind, String exceptionType, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.exceptionType = exceptionType;
    }

    public ErrorKind kind() {
        return kind;
    }

    public int status() {
        return kind.status();
    }

    public String exceptionType() {
        return exceptionType;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ErrorKind.BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorKind.NOT_FOUND, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorKind.INSUFFICIENT_CREDENTIALS, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorKind.CONFLICT, message);
    }
}
