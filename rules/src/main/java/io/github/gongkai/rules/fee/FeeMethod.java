package io.github.gongkai.rules.fee;

/** Temporary: replaced by the core request model's FeeMethod on merge. */
public enum FeeMethod {
  /** 按件. */
  PER_ITEM,
  /** 按量. */
  PER_VOLUME
}
