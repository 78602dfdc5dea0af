package dev.spgateway.sandbox.sts;

import com.sun.net.httpserver.HttpExchange;
import dev.spgateway.sandbox.http.Responses;
import dev.spgateway.sandbox.http.SandboxRequest;
import dev.spgateway.sandbox.sigv4.SigV4Verifier;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** STS's Query API, POST / with Action=AssumeRole, answering in STS's XML. */
public final class StsEndpoint {

    private static final String NS = "https://sts.amazonaws.com/doc/2011-06-15/";
    /** Roles get the default MaxSessionDuration of one hour. */
    private static final int MAX_SESSION_SECONDS = 3600;

    private final IamRegistry iam;
    private final SigV4Verifier verifier;

    public StsEndpoint(IamRegistry iam, SigV4Verifier verifier) {
        this.iam = iam;
        this.verifier = verifier;
    }

    public int handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        Map<String, List<String>> form = SandboxRequest.parseForm(request.bodyText());
        form.putAll(request.query());
        String action = first(form, "Action");
        if (action == null) {
            return error(exchange, 400, "Sender", "MissingAction", "Could not find operation for the request", requestId);
        }
        if (!"AssumeRole".equals(action)) {
            return error(exchange, 400, "Sender", "InvalidAction", "Could not find operation " + action
                    + " for version " + first(form, "Version"), requestId);
        }
        SigV4Verifier.Result result = verifier.verify(request, "sts", iam::user);
        if (!result.ok()) {
            int status = "IncompleteSignature".equals(result.failure().awsCode())
                    || "MissingAuthenticationToken".equals(result.failure().awsCode()) ? 400 : 403;
            if ("MissingAuthenticationToken".equals(result.failure().awsCode())) {
                status = 403;
            }
            return error(exchange, status, "Sender", result.failure().awsCode(), result.failure().message(), requestId);
        }
        if (!"2011-06-15".equals(first(form, "Version"))) {
            return error(exchange, 400, "Sender", "InvalidParameterValue", "Version must be 2011-06-15", requestId);
        }
        String roleArn = first(form, "RoleArn");
        String sessionName = first(form, "RoleSessionName");
        if (roleArn == null || sessionName == null) {
            return error(exchange, 400, "Sender", "MissingParameter", "The request must contain the parameter "
                    + (roleArn == null ? "RoleArn" : "RoleSessionName"), requestId);
        }
        if (!sessionName.matches("[\\w+=,.@-]{2,64}")) {
            return error(exchange, 400, "Sender", "ValidationError", "1 validation error detected: Value '" + sessionName
                    + "' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression "
                    + "pattern: [\\w+=,.@-]*", requestId);
        }
        int duration = MAX_SESSION_SECONDS;
        String durationText = first(form, "DurationSeconds");
        if (durationText != null) {
            try {
                duration = Integer.parseInt(durationText);
            } catch (NumberFormatException e) {
                return error(exchange, 400, "Sender", "ValidationError", "DurationSeconds must be a number", requestId);
            }
            if (duration < 900) {
                return error(exchange, 400, "Sender", "ValidationError", "1 validation error detected: Value '" + duration
                        + "' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or "
                        + "equal to 900", requestId);
            }
            if (duration > MAX_SESSION_SECONDS) {
                return error(exchange, 400, "Sender", "ValidationError", "The requested DurationSeconds exceeds the "
                        + "MaxSessionDuration set for this role.", requestId);
            }
        }
        String caller = result.verified().key().accessKeyId();
        if (!iam.roleExists(roleArn) || !iam.roleTrusts(roleArn, caller)) {
            return error(exchange, 403, "Sender", "AccessDenied", "User: arn:aws:iam::" + accountOf(roleArn)
                    + ":user/" + caller + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn,
                    requestId);
        }
        Instant expiration = iam.clock().instant().plusSeconds(duration).truncatedTo(ChronoUnit.SECONDS);
        IamRegistry.Session session = iam.newSession(roleArn, expiration);
        String roleName = roleArn.substring(roleArn.indexOf(":role/") + 6);
        String xml = "<AssumeRoleResponse xmlns=\"" + NS + "\">\n"
                + "  <AssumeRoleResult>\n"
                + "    <AssumedRoleUser>\n"
                + "      <AssumedRoleId>AROA" + session.key().accessKeyId().substring(4) + ":" + escape(sessionName)
                + "</AssumedRoleId>\n"
                + "      <Arn>arn:aws:sts::" + accountOf(roleArn) + ":assumed-role/" + escape(roleName) + "/"
                + escape(sessionName) + "</Arn>\n"
                + "    </AssumedRoleUser>\n"
                + "    <Credentials>\n"
                + "      <AccessKeyId>" + session.key().accessKeyId() + "</AccessKeyId>\n"
                + "      <SecretAccessKey>" + escape(session.key().secretAccessKey()) + "</SecretAccessKey>\n"
                + "      <SessionToken>" + escape(session.key().sessionToken()) + "</SessionToken>\n"
                + "      <Expiration>" + DateTimeFormatter.ISO_INSTANT.format(expiration) + "</Expiration>\n"
                + "    </Credentials>\n"
                + "  </AssumeRoleResult>\n"
                + "  <ResponseMetadata>\n"
                + "    <RequestId>" + requestId + "</RequestId>\n"
                + "  </ResponseMetadata>\n"
                + "</AssumeRoleResponse>\n";
        Responses.xml(exchange, 200, xml, Map.of("x-amzn-RequestId", requestId));
        return 200;
    }

    private static int error(HttpExchange exchange, int status, String type, String code, String message,
                             String requestId) throws IOException {
        String xml = "<ErrorResponse xmlns=\"" + NS + "\">\n"
                + "  <Error>\n"
                + "    <Type>" + type + "</Type>\n"
                + "    <Code>" + code + "</Code>\n"
                + "    <Message>" + escape(message) + "</Message>\n"
                + "  </Error>\n"
                + "  <RequestId>" + requestId + "</RequestId>\n"
                + "</ErrorResponse>\n";
        Responses.xml(exchange, status, xml, Map.of("x-amzn-RequestId", requestId));
        return status;
    }

    private static String accountOf(String roleArn) {
        var m = IamRegistry.ROLE_ARN.matcher(roleArn);
        return m.matches() ? m.group(1) : "000000000000";
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
