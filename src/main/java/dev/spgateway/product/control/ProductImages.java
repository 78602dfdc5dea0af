package dev.spgateway.product.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A product's images field: the listing's one image URL in API2Cart's image shape, its id the URL's MD5. */
final class ProductImages {

    /** Copied for each use: cloning skips the provider lookup of getInstance. */
    private static final MessageDigest MD5 = md5Digest();

    private ProductImages() {
    }

    static List<Map<String, Object>> images(String url) {
        if (url == null || url.isBlank()) {
            return List.of();
        }
        String path = url.trim();
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("id", md5(path));
        image.put("http_path", path);
        image.put("file_name", path.substring(path.lastIndexOf('/') + 1));
        image.put("mime-type", mimeType(path));
        image.put("size", null);
        image.put("create_at", null);
        image.put("modified_at", null);
        image.put("alt", null);
        image.put("avail", true);
        image.put("sort_order", null);
        image.put("type", "IMAGE_TYPE_BASE");
        List<Map<String, Object>> images = new ArrayList<>();
        images.add(image);
        return images;
    }

    private static String mimeType(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        return "image/jpeg";
    }

    private static String md5(String text) {
        try {
            MessageDigest md5 = (MessageDigest) MD5.clone();
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest md5Digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
