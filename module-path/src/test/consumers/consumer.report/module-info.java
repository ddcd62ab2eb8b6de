/** An application that builds and renders annual reports, with gongkai's report module only. */
module consumer.report {
  requires io.github.gongkai.report;
}
