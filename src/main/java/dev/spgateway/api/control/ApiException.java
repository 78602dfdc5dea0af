package dev.spgateway.api.control;

import jakarta.ejb.ApplicationException;

/**
 * A failure the client should see as an API2Cart return code and message. The message is shown to the
 * client as is, so it must never carry a secret.
 */
@ApplicationException(rollback = true)
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ReturnCode returnCode;

    public ApiException(ReturnCode returnCode, String message) {
        super(message, null, false, false);
        this.returnCode = returnCode;
    }

    public ApiException(ReturnCode returnCode) {
        this(returnCode, returnCode.defaultMessage());
    }

    public ReturnCode returnCode() {
        return returnCode;
    }

    public static ApiException missing(String parameter) {
        return new ApiException(ReturnCode.REQUIRED_PARAMETER_MISSING,
                "Required parameter '" + parameter + "' is missing");
    }

    public static ApiException incorrect(String parameter, String why) {
        return new ApiException(ReturnCode.INCORRECT_PARAMETER,
                "Incorrect parameter '" + parameter + "': " + why);
    }
}
