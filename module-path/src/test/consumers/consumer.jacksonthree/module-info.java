/** An application that reads gongkai's rules and binds JSON with Jackson 3. */
module consumer.jacksonthree {
  requires io.github.gongkai.rules;
  requires io.github.gongkai.jackson3;
}
