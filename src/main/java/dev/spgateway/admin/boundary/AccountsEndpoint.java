package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.AdminJson;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /admin/api/accounts}; {@code POST /admin/api/accounts} with {@code {"name": …}} creates an
 * account and its first key; {@code POST /admin/api/accounts/{id}/keys} adds a key;
 * {@code POST /admin/api/keys/{id}/disable} disables one.
 */
@WebServlet(urlPatterns = {"/admin/api/accounts", "/admin/api/accounts/*", "/admin/api/keys/*"})
public class AccountsEndpoint extends AdminApiServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ConsoleAccounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isKeys(request) || !segments(request).isEmpty()) {
            notFound(response);
            return;
        }
        ok(response, accounts.all());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (isKeys(request)) {
            if (path.size() == 2 && path.get(1).equals("disable")) {
                answer(response, accounts.disableKey(path.get(0)));
            } else {
                notFound(response);
            }
        } else if (path.isEmpty()) {
            Object name = AdminJson.readObject(request.getInputStream()).get("name");
            if (!(name instanceof String text) || text.isBlank() || text.length() > 200) {
                AdminJson.error(response, HttpServletResponse.SC_BAD_REQUEST, "name of 1 to 200 characters is required");
                return;
            }
            AdminJson.write(response, HttpServletResponse.SC_CREATED, accounts.create(text.strip()));
        } else if (path.size() == 2 && path.get(1).equals("keys")) {
            answer(response, accounts.newKey(path.get(0)));
        } else {
            notFound(response);
        }
    }

    private static boolean isKeys(HttpServletRequest request) {
        return request.getServletPath().equals("/admin/api/keys");
    }

    private static void answer(HttpServletResponse response, Optional<?> result) throws IOException {
        if (result.isPresent()) {
            ok(response, result.get());
        } else {
            notFound(response);
        }
    }
}
