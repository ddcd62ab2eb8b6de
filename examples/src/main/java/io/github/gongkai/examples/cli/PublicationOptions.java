package io.github.gongkai.examples.cli;

import io.github.gongkai.rules.deadline.DeadlinePolicy;
import io.github.gongkai.rules.publication.PublicationPolicy;
import io.github.gongkai.rules.publication.PublicationRoute;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options every publication command shares ({@code publication-due}, {@code agenda}, {@code
 * stats proactive}): the route of penalty decisions and whether 调休 make-up days count.
 */
final class PublicationOptions {

  @Option(
      names = "--route",
      paramLabel = "ROUTE",
      description = "general (default) or market-regulation (总局令第45号, decisions from 2021-09-01): the route of penalty decisions and withdrawals.")
  @Nullable String route;

  @Option(names = "--exclude-makeup-days", description = "Do not count 调休 make-up working days.")
  boolean excludeMakeupDays;

  /**
   * A publication policy with these options set.
   *
   * @return the builder, for the command to add its own settings
   */
  PublicationPolicy.Builder policy() {
    PublicationPolicy.Builder b =
        PublicationPolicy.builder()
            .deadlinePolicy(DeadlinePolicy.builder().makeUpWorkdaysCounted(!excludeMakeupDays).build());
    if (route != null) {
      b.penaltyRoute(PublicationRoute.ofCode(route.trim()));
    }
    return b;
  }
}
