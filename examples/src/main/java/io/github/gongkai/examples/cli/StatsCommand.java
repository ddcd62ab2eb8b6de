package io.github.gongkai.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gongkai stats}: statistics of custom and legacy reports; prints its usage without a subcommand. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "统计: statistics of custom and legacy reports, and of proactive disclosure from records.",
    subcommands = {SharesCommand.class, ProactiveCommand.class})
final class StatsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
