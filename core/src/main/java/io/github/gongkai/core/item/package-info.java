/**
 * Government information items (政府信息) and the facts about them that disclosure decisions turn on:
 * proactive category, secrecy marking, third-party interests, internal-affairs and process kinds.
 *
 * <p>{@link io.github.gongkai.core.item.InformationItem} is a top-level JSON document. Every type is immutable and
 * thread-safe; no method accepts or returns null unless marked {@code @Nullable}.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.core.item;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;
