package dev.hydrant.core.error;

/** Every error a client can see: its HTTP status and the Python exception class name hydrus reports. */
public enum ErrorKind {
    BAD_REQUEST(400, "BadRequestException"),
    MISSING_CREDENTIALS(401, "MissingCredentialsException"),
    CORS_NOT_SUPPORTED(401, "DoesNotSupportCORSException"),
    INSUFFICIENT_CREDENTIALS(403, "InsufficientCredentialsException"),
    NOT_FOUND(404, "NotFoundException"),
    DATA_MISSING(404, "DataMissing"),
    FILE_MISSING(404, "FileMissingException"),
    CONFLICT(409, "ConflictException"),
    RANGE_NOT_SATISFIABLE(416, "RangeNotSatisfiableException"),
    SESSION_EXPIRED(419, "SessionException"),
    UNPROCESSABLE(422, "UnprocessableEntity"),
    NOT_IMPLEMENTED(501, "NotImplementedException"),
    SERVER_BUSY(503, "ServerBusyException"),
    SERVER_ERROR(500, "ServerException");

    private final int status;
    private final String exceptionType;

    ErrorKind(int status, String exceptionType) {
        this.status = status;
        this.exceptionType = exceptionType;
    }

    public int status() {
        return status;
    }

    public String exceptionType() {
        return exceptionType;
    }
}
