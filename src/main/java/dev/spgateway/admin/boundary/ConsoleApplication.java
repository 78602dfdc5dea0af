package dev.spgateway.admin.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The console's JSON endpoints, {@code /admin/api/…}, for its pages only. The classes are listed so that
 * this application and the API's share nothing: the API's envelopes and error mappers stay off the
 * console, and the console's endpoints never appear below {@code /v1.1}.
 */
@ApplicationPath("admin/api")
public class ConsoleApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SessionEndpoint.class, StoresEndpoint.class, AccountsEndpoint.class, KeysEndpoint.class,
                ReportsEndpoint.class, CacheEndpoint.class, RotationEndpoint.class, ConsoleJsonWriter.class,
                ConsoleErrors.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        // as for the API: no WADL description
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
