package dev.spgateway.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiCallTest {

    private final ApiCall call = new ApiCall("product.list", "key", " ",
            Map.of("count", "25", "verify", "false", "bad", "maybe", "blank", "  "));

    @Test
    void blankValuesCountAsMissing() {
        assertTrue(call.optional("blank").isEmpty());
        assertTrue(call.storeKey().isEmpty());
        ApiException e = assertThrows(ApiException.class, () -> call.required("blank"));
        assertEquals(ReturnCode.REQUIRED_PARAMETER_MISSING, e.returnCode());
        assertEquals("Required parameter 'blank' is missing", e.getMessage());
    }

    @Test
    void integersAreRangeChecked() {
        assertEquals(25, call.integer("count", 10, 0, 250));
        assertEquals(10, call.integer("start", 10, 0, 250));
        ApiException range = assertThrows(ApiException.class, () -> call.integer("count", 10, 0, 20));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, range.returnCode());
        ApiException notANumber = assertThrows(ApiException.class, () -> call.integer("verify", 10, 0, 20));
        assertEquals("Incorrect parameter 'verify': must be a whole number", notANumber.getMessage());
    }

    @Test
    void booleansAcceptTheUsualSpellings() {
        assertFalse(call.bool("verify", true));
        assertTrue(call.bool("absent", true));
        assertEquals(ReturnCode.INCORRECT_PARAMETER,
                assertThrows(ApiException.class, () -> call.bool("bad", true)).returnCode());
    }
}
