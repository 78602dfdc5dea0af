package dev.spgateway.amazon.control;

/** STS refused AssumeRole: AWS's error code (AccessDenied, InvalidClientTokenId, …) and message. */
public class StsFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public StsFailure(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
