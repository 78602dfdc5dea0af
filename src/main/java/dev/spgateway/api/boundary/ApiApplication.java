package dev.spgateway.api.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The API2Cart-compatible API: {@code /v1.1/{method}.json}. */
@ApplicationPath("v1.1")
@OpenAPIDefinition(info = @Info(title = "spgateway", version = "1.1",
        description = "API2Cart-compatible gateway to Amazon's Selling Partner API"))
public class ApiApplication extends Application {

    /**
     * Listed rather than scanned: the WAR holds a second application (the console's), and a scanning one
     * would take in its endpoints too.
     */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ApiResource.class, EnvelopeWriter.class, ApiExceptionMapper.class,
                WebApplicationExceptionMapper.class, UnexpectedExceptionMapper.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        // Jersey would otherwise publish a WADL description of the API to anyone; other runtimes ignore the key
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
