package dev.spgateway.sandbox.sigv4;

/** Why a signature was refused, with the AWS error code STS would answer. */
public record SigV4Failure(String awsCode, String message) {

    /** The code SP-API puts into its JSON error list for the same failure. */
    public String spApiCode() {
        return switch (awsCode) {
            case "SignatureDoesNotMatch", "IncompleteSignature" -> "InvalidSignature";
            default -> "Unauthorized";
        };
    }
}
