/** An application that reads gongkai's rules (and through them its model) and nothing else. */
module consumer.rules {
  requires io.github.gongkai.rules;
}
