package dev.spgateway.api.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API2Cart-compatible API: {@code /v1.1/{method}.json}. */
@ApplicationPath("v1.1")
public class ApiApplication extends Application {
}
