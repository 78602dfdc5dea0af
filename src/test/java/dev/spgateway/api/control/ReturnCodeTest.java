package dev.spgateway.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReturnCodeTest {

    @Test
    void codesAreApi2CartsNumbers() {
        Map<Integer, ReturnCode> byCode = Arrays.stream(ReturnCode.values())
                .collect(Collectors.toMap(ReturnCode::code, code -> code));

        assertEquals(ReturnCode.values().length, byCode.size(), "codes are unique");
        assertEquals(ReturnCode.OK, byCode.get(0));
        assertEquals(ReturnCode.INCORRECT_API_KEY, byCode.get(2));
        assertEquals(ReturnCode.METHOD_NOT_FOUND, byCode.get(3));
        assertEquals(ReturnCode.STORE_ACCESS_DENIED, byCode.get(4));
        assertEquals(ReturnCode.API_KEY_DISABLED, byCode.get(6));
        assertEquals(ReturnCode.STORE_ALREADY_EXISTS, byCode.get(8));
        assertEquals(ReturnCode.INTERNAL_ERROR, byCode.get(9));
        assertEquals(ReturnCode.STORE_API_ERROR, byCode.get(100));
        assertEquals(ReturnCode.STORE_NOT_FOUND, byCode.get(101));
        assertEquals(ReturnCode.STORE_ERROR, byCode.get(107));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, byCode.get(109));
        assertEquals(ReturnCode.TOO_MANY_REQUESTS_TO_STORE, byCode.get(110));
        assertEquals(ReturnCode.TOO_MANY_ITEMS, byCode.get(111));
        assertEquals(ReturnCode.NOT_FOUND, byCode.get(112));
        assertEquals(ReturnCode.ALREADY_EXISTS, byCode.get(113));
        assertEquals(ReturnCode.REQUIRED_PARAMETER_MISSING, byCode.get(114));
    }
}
