package dev.roundup.ingest;

/**
 * How hard Roundup may call one Slack history method. Internal apps get Tier 3 (about 50 requests
 * a minute, pages up to 200 messages); commercially distributed apps outside the Marketplace get
 * 1 request a minute and 15 messages a page ({@link #TIER_1}).
 */
public record MethodBudget(int requestsPerMinute, int pageSize) {

  public static final MethodBudget TIER_3 = new MethodBudget(50, 200);
  public static final MethodBudget TIER_1 = new MethodBudget(1, 15);

  public MethodBudget {
    if (requestsPerMinute < 1 || pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("need at least 1 request a minute and a page of 1..1000");
    }
  }
}
