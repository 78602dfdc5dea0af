package dev.spgateway.sandbox.spapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A model path template such as /orders/v0/orders/{orderId} bound to an operation. */
public record Route(String operationId, String method, String template, Pattern pattern, List<String> names) {

    public static Route of(String operationId, String method, String template) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new Route(operationId, method.toUpperCase(), template, Pattern.compile(regex.toString()), names);
    }

    /** The path parameters when method and path match. */
    public Optional<Map<String, String>> match(String requestMethod, String path) {
        if (!method.equals(requestMethod)) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), m.group(i + 1));
        }
        return Optional.of(values);
    }
}
