/** An application that renders letters, with gongkai's letters module only. */
module consumer.letters {
  requires io.github.gongkai.letters;
}
