package dev.spgateway.authorization.entity;

/** How the seller reached Seller Central: from the integrator's website, or from the Appstore's detail page. */
public enum Workflow {
    WEBSITE, APPSTORE
}
