package dev.spgateway.api.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

/** Every {@link ApiMethod} bean of the application, by name. */
@ApplicationScoped
public class ApiMethods {

    @Inject
    @Any
    Instance<ApiMethod> discovered;

    private Map<String, ApiMethod> byName;

    @PostConstruct
    void collect() {
        Map<String, ApiMethod> methods = new TreeMap<>();
        for (ApiMethod method : discovered) {
            ApiMethod previous = methods.put(method.name(), method);
            if (previous != null) {
                throw new IllegalStateException("two beans implement API method " + method.name());
            }
        }
        byName = Collections.unmodifiableMap(methods);
    }

    public Optional<ApiMethod> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public SortedSet<String> names() {
        return Collections.unmodifiableSortedSet(new java.util.TreeSet<>(byName.keySet()));
    }
}
