package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.AdminJson;
import dev.spgateway.admin.control.AdminPaths;
import dev.spgateway.api.boundary.ErrorResponder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors of the console explained to a person: a page for the browser, JSON for the console's own calls.
 * A failed single sign-on (provider unreachable, a token refused) reaches the container as a bare 500.
 */
@ApplicationScoped
public class ConsoleErrorPage implements ErrorResponder {

    private static final Logger LOG = Logger.getLogger(ConsoleErrorPage.class.getName());

    /** True when the failed request was the console's, and so has been answered here. */
    @Override
    public boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path == null || !AdminPaths.isConsole(path.substring(request.getContextPath().length()))) {
            return false;
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable throwable) {
            LOG.log(Level.WARNING, "Console request " + path + " failed", throwable);
        }
        String[] text = explanation(code);
        // the body only: the headers may carry the session cookie of a sign-in that just happened
        response.resetBuffer();
        if (AdminPaths.isConsoleApi(path.substring(request.getContextPath().length()))) {
            AdminJson.error(response, code, code == HttpServletResponse.SC_FORBIDDEN
                    ? "access denied: the signed-in account lacks the spgateway-admin role" : text[0]);
            return true;
        }
        response.setStatus(code);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>spgateway console: " + text[0] + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/admin/assets/console.css\">"
                + "</head><body class=\"notice\"><main><h1>" + text[0] + "</h1><p>" + text[1] + "</p>"
                + "<p><a href=\"" + request.getContextPath() + "/admin/\">Back to the console</a></p>"
                + "</main></body></html>");
        return true;
    }

    private static String[] explanation(int code) {
        return switch (code) {
            case HttpServletResponse.SC_FORBIDDEN -> new String[] {"Access denied",
                "You are signed in, but your account lacks the <code>spgateway-admin</code> role (group) "
                        + "that the console requires. Ask your identity administrator to grant it, then sign in "
                        + "again."};
            case HttpServletResponse.SC_NOT_FOUND -> new String[] {"Not found",
                "The console has no such page."};
            case HttpServletResponse.SC_UNAUTHORIZED, HttpServletResponse.SC_INTERNAL_SERVER_ERROR ->
                new String[] {"Sign-in failed",
                    "Single sign-on did not complete: the identity provider may be unreachable or not configured "
                            + "(<code>spgateway.oidc.provider-uri</code>), the client id or secret may be wrong, "
                            + "or the server clock may differ from the provider's by more than a minute. The server "
                            + "log has the details."};
            default -> new String[] {"Error " + code, "The request could not be completed."};
        };
    }
}
