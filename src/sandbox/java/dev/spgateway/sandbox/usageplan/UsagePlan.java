package dev.spgateway.sandbox.usageplan;

/** An operation's default rate (requests per second) and burst, as the model's usage-plan table gives them. */
public record UsagePlan(String rateText, double rate, int burst) {
}
