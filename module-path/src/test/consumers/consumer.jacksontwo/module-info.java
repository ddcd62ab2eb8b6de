/** An application that reads gongkai's rules and binds JSON with Jackson 2. */
module consumer.jacksontwo {
  requires io.github.gongkai.rules;
  requires io.github.gongkai.jackson2;
}
