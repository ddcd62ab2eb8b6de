/** gongkai report. All types are immutable and thread-safe; null is never accepted or returned unless marked. */
@NullMarked
package io.github.gongkai.report;

import org.jspecify.annotations.NullMarked;
