package dev.spgateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredPlatformTest {

    @Test
    void whatTheApplicationCannotSeeIsNamedWithItsClass() {
        Map<String, String> needed = new LinkedHashMap<>();
        needed.put("Jakarta Persistence", "jakarta.persistence.EntityManager");
        needed.put("Something Else", "org.example.NotThere");

        assertEquals(List.of("Something Else (org.example.NotThere)"),
                RequiredPlatform.missing(needed, getClass().getClassLoader()));
    }
}
