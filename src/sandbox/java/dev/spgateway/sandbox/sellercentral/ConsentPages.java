package dev.spgateway.sandbox.sellercentral;

import dev.spgateway.sandbox.sellers.Seller;
import java.util.List;

/** Seller Central's pages as HTML: the consent page, and the error page with Amazon's code. */
final class ConsentPages {

    private ConsentPages() {
    }

    /** The hidden fields carry what the application sent; every value is escaped, it came from a URL. */
    static String consent(String applicationId, String state, String redirectUri, List<Seller> sellers,
            String preselected) {
        StringBuilder options = new StringBuilder();
        for (Seller seller : sellers) {
            String id = escape(seller.sellerId());
            String marketplaces = String.join(", ", seller.marketplaces().stream().map(m -> m.countryCode()).toList());
            options.append("<option value=\"").append(id).append('"')
                    .append(seller.sellerId().equals(preselected) ? " selected" : "").append('>')
                    .append(id).append(" (").append(escape(marketplaces)).append(")</option>");
        }
        return page("Authorize application", "<h1>Authorize " + escape(applicationId) + "</h1>"
                + "<form method=\"post\" action=\"" + SellerCentral.CONFIRM_PATH + "\">"
                + hidden("application_id", applicationId) + hidden("state", state) + hidden("redirect_uri", redirectUri)
                + "<p><label for=\"seller_id\">Signed in as</label> <select id=\"seller_id\" name=\"seller_id\">"
                + options + "</select></p>"
                + "<p>This application asks for access to your selling account's data.</p>"
                + "<button id=\"confirm\" type=\"submit\" name=\"decision\" value=\"confirm\">Confirm</button> "
                + "<button id=\"cancel\" type=\"submit\" name=\"decision\" value=\"cancel\">Cancel</button>"
                + "</form>");
    }

    static String error(String code, String message) {
        return page("Error " + code, "<h1>We could not authorize the application</h1><p>Error code: <span"
                + " id=\"error-code\">" + escape(code) + "</span></p><p id=\"error-message\">" + escape(message)
                + "</p>");
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value == null ? "" : value) + "\">";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " - Seller Central (sandbox)</title></head><body>" + body + "</body></html>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
