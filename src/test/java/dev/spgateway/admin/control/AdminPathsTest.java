package dev.spgateway.admin.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdminPathsTest {

    @Test
    void theConsoleAndItsSignInCallbackAreConsolePathsTheApiIsNot() {
        assertTrue(AdminPaths.isConsole("/admin"));
        assertTrue(AdminPaths.isConsole("/admin/"));
        assertTrue(AdminPaths.isConsole("/admin/api/stores"));
        assertTrue(AdminPaths.isConsole("/callback"));
        assertFalse(AdminPaths.isConsole("/administrator"));
        assertFalse(AdminPaths.isConsole("/v1.1/cart.info.json"));
        assertFalse(AdminPaths.isConsole(null));
        assertTrue(AdminPaths.isConsoleApi("/admin/api/cache/purge"));
        assertFalse(AdminPaths.isConsoleApi("/admin/index.html"));
    }
}
