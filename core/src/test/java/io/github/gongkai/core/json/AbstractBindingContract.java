package io.github.gongkai.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The base of the JSON contracts that run on each Jackson line: the line is given once, as a
 * {@link JsonBinding}, and the contract reads through its codec and its plain mapper.
 */
public abstract class AbstractBindingContract {
  /**
   * The Jackson line under test.
   *
   * @return its binding
   */
  protected abstract JsonBinding binding();

  /**
   * The codec whose reads the contract checks: the binding's own, unless a test reads through
   * another view of it.
   *
   * @return the codec
   */
  protected DocumentCodec codec() {
    return binding().codec();
  }

  /**
   * Reads with the binding's plain mapper.
   *
   * @param <T> the type
   * @param json the text
   * @param type the type
   * @return the value
   */
  protected final <T> T plainRead(String json, Class<T> type) {
    return binding().plainRead(json, type);
  }

  /**
   * Writes with the binding's plain mapper.
   *
   * @param value the value
   * @return compact JSON
   */
  protected final String plainWrite(Object value) {
    return binding().plainWrite(value);
  }

  /**
   * Parses JSON into the plain mapper's tree type.
   *
   * @param json the text
   * @return a tree with value equality
   */
  protected final Object tree(String json) {
    return binding().tree(json);
  }

  /**
   * A golden file's text.
   *
   * @param name the file name under {@code /json/}
   * @return the text
   */
  public static String resource(String name) {
    try (InputStream in = AbstractBindingContract.class.getResourceAsStream("/json/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that a value reads back equal through the codec and through the plain mapper, and that
   * both write the same text.
   *
   * @param <T> the type
   * @param value the value
   * @param type its type
   */
  protected final <T> void roundTrips(T value, Class<T> type) {
    assertThat(codec().read(codec().write(value), type)).isEqualTo(value);
    assertThat(plainRead(plainWrite(value), type)).isEqualTo(value);
    assertThat(plainWrite(value)).isEqualTo(codec().write(value));
  }
}
