/** gongkai rules. All types are immutable and thread-safe; null is never accepted or returned unless marked. */
@NullMarked
package io.github.gongkai.rules;

import org.jspecify.annotations.NullMarked;
