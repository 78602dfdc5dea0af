/**
 * spgateway: an Amazon seller's account through the Selling Partner API, served as API2Cart's HTTP API.
 *
 * <p>One rule for injection, everywhere: a session bean ({@code @Stateless}, {@code @Singleton}) is injected
 * with {@code @EJB}, everything else with {@code @Inject}. The container's own reference to a session bean
 * is the cheaper one on the request path: Weld's proxy for a session bean threw and caught an exception on
 * every call, measured on Payara. Tests assign the fields directly, so both kinds stay package-private.
 */
package dev.spgateway;
