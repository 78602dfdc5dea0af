package dev.spgateway.store.entity;

/** The rule for a store's custom label: it fits its column and is text only. */
public final class StoreLabel {

    /** The width of the custom_label column. */
    public static final int MAX_LENGTH = 200;

    private StoreLabel() {
    }

    /** The label as given ({@code null} for none); refused when it is longer than its column or not plain text. */
    static String checked(String label) {
        if (label != null && (label.length() > MAX_LENGTH || label.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("a label has at most " + MAX_LENGTH
                    + " characters and no control characters");
        }
        return label;
    }
}
