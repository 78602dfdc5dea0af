package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.AdminJson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Common ground of the console's JSON endpoints: path segments after the servlet path, JSON answers. */
abstract class AdminApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The path below the servlet's mapping, split at slashes: {@code /abc/recheck} gives [abc, recheck]. */
    static List<String> segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.equals("/")) {
            return List.of();
        }
        return Arrays.stream(info.substring(1).split("/")).toList();
    }

    static void ok(HttpServletResponse response, Object body) throws IOException {
        AdminJson.write(response, HttpServletResponse.SC_OK, body);
    }

    static void notFound(HttpServletResponse response) throws IOException {
        AdminJson.error(response, HttpServletResponse.SC_NOT_FOUND, "not found");
    }
}
