package dev.spgateway.admin.boundary;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** {@code GET /admin/api/stores}; {@code POST /admin/api/stores/{id}/recheck}. */
@WebServlet(urlPatterns = {"/admin/api/stores", "/admin/api/stores/*"})
public class StoresEndpoint extends AdminApiServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ConsoleStores stores;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!segments(request).isEmpty()) {
            notFound(response);
            return;
        }
        ok(response, stores.all());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.size() != 2 || !path.get(1).equals("recheck")) {
            notFound(response);
            return;
        }
        var outcome = stores.recheck(path.get(0));
        if (outcome.isEmpty()) {
            notFound(response);
            return;
        }
        ok(response, outcome.get());
    }
}
