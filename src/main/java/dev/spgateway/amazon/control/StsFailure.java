package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.RemoteFailure;

/** STS refused AssumeRole: AWS's error code (AccessDenied, InvalidClientTokenId, …) and message. */
public class StsFailure extends RemoteFailure {

    private static final long serialVersionUID = 1L;

    private final String code;

    public StsFailure(String code, String message) {
        super(Kind.CREDENTIALS_REJECTED, message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String description() {
        return "AWS STS refused AssumeRole (" + code + "): " + getMessage();
    }
}
