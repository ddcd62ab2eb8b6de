package io.github.gongkai.examples.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = GongkaiCli.class.getPackage().getImplementationVersion();
    return new String[] {"gongkai " + (v == null ? "development build" : v)};
  }
}
