package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.control.PlainText;
import dev.spgateway.store.control.StoreViews;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reading store methods' parameters, shared by the thin method beans of this package. */
final class StoreMethods {

    private StoreMethods() {
    }

    static String storeKey(ApiCall call) {
        return call.storeKey().orElseThrow(() -> ApiException.missing("store_key"));
    }

    static void requireAmazonCart(ApiCall call) {
        String cartId = call.required("cart_id");
        if (!StoreViews.CART_ID.equals(cartId)) {
            throw ApiException.incorrect("cart_id", "this gateway connects Amazon stores only: use "
                    + StoreViews.CART_ID);
        }
    }

    /** The credential parameters the call carries; an empty value stays, as it may remove a setting. */
    static Map<String, String> credentialParameters(ApiCall call) {
        Map<String, String> values = new LinkedHashMap<>();
        java.util.stream.Stream.concat(CredentialRules.ALL.stream(), java.util.stream.Stream.of(
                        CredentialRules.SECRET_EXPIRES_AT))
                .filter(call.parameterNames()::contains)
                .forEach(name -> values.put(name, call.text(name, CredentialRules.maxLength(name)).orElse("")));
        return values;
    }

    /** A new custom_label: the text given, the empty text when it is given empty (to remove the label). */
    static Optional<String> labelChange(ApiCall call) {
        if (!call.parameterNames().contains(PlainText.CUSTOM_LABEL)) {
            return Optional.empty();
        }
        return Optional.of(call.label(PlainText.CUSTOM_LABEL).orElse(""));
    }

    static ApiException nothingToUpdate() {
        return new ApiException(ReturnCode.REQUIRED_PARAMETER_MISSING,
                "Required parameter is missing: give at least one of " + String.join(", ", CredentialRules.ALL)
                        + ", " + PlainText.CUSTOM_LABEL);
    }
}
