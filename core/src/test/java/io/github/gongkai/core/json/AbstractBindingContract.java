package io.github.gongkai.core.json;

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
}
