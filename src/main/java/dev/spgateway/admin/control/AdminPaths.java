package dev.spgateway.admin.control;

/** Which requests belong to the console, so that its errors are pages (or JSON) for people, not envelopes. */
public final class AdminPaths {

    public static final String CONSOLE = "/admin";
    public static final String API = "/admin/api/";
    public static final String CALLBACK = "/callback";

    private AdminPaths() {
    }

    public static boolean isConsole(String path) {
        return path != null && (path.equals(CONSOLE) || path.startsWith(CONSOLE + "/") || path.equals(CALLBACK));
    }

    public static boolean isConsoleApi(String path) {
        return path != null && path.startsWith(API);
    }
}
