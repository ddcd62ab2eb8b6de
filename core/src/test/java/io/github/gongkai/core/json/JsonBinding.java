package io.github.gongkai.core.json;

/**
 * What the JSON contracts need of a databind line, given once per Jackson module: its strict
 * codec, and a plain mapper set up the way an application framework sets one up (the module found
 * by ServiceLoader, the framework's own leniency) for reading, writing and comparing trees.
 */
public interface JsonBinding {
  /**
   * The binding's strict codec.
   *
   * @return the codec
   */
  DocumentCodec codec();

  /**
   * Reads with the plain mapper; a failure is translated by the binding.
   *
   * @param <T> the document type
   * @param json the text
   * @param type the type
   * @return the document
   * @throws JsonInputException the binding's translation of the mapper's failure
   */
  <T> T plainRead(String json, Class<T> type);

  /**
   * Writes with the plain mapper (compact).
   *
   * @param value the value
   * @return the text
   */
  String plainWrite(Object value);

  /**
   * Parses JSON into the plain mapper's tree type, for comparisons that ignore layout.
   *
   * @param json the text
   * @return a tree with value equality
   */
  Object tree(String json);
}
