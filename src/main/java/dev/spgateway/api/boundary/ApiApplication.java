package dev.spgateway.api.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The API2Cart-compatible API: {@code /v1.1/{method}.json}. */
@ApplicationPath("v1.1")
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Jersey would otherwise publish a WADL description of the API to anyone; other runtimes ignore the key
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
