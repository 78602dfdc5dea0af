package dev.spgateway.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.api.boundary.ApiApplication;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The WAR holds two JAX-RS applications, the API's and the console's; each lists its classes, so a resource
 * or provider left off its list would silently be missing, and one on the other's list would leak across.
 */
class ConsoleApplicationTest {

    @Test
    void theConsoleApplicationHoldsExactlyTheConsolesResourcesAndProviders() {
        assertEquals(jaxRsClassesIn("dev.spgateway.admin"), new ConsoleApplication().getClasses());
    }

    @Test
    void theApiApplicationHoldsExactlyTheApisResourcesAndProviders() {
        assertEquals(jaxRsClassesIn("dev.spgateway.api"), new ApiApplication().getClasses());
    }

    @Test
    void neitherApplicationScansTheWholeArchive() {
        for (Application application : new Application[] {new ConsoleApplication(), new ApiApplication()}) {
            assertEquals(Set.of(), application.getSingletons());
        }
    }

    private static Set<Class<?>> jaxRsClassesIn(String packageName) {
        try {
            Path root = Path.of(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes(root, root.resolve(packageName.replace('.', '/')));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<Class<?>> classes(Path root, Path packageDirectory) {
        try (Stream<Path> files = Files.walk(packageDirectory)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(ConsoleApplicationTest::load)
                    .filter(ConsoleApplicationTest::isJaxRs)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJaxRs(Class<?> type) {
        return !type.isInterface() && (type.isAnnotationPresent(jakarta.ws.rs.Path.class)
                || type.isAnnotationPresent(Provider.class) || ExceptionMapper.class.isAssignableFrom(type)
                || MessageBodyWriter.class.isAssignableFrom(type) || MessageBodyReader.class.isAssignableFrom(type)
                || ContainerRequestFilter.class.isAssignableFrom(type)
                || ContainerResponseFilter.class.isAssignableFrom(type));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ConsoleApplicationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
