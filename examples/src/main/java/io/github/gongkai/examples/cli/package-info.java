/** The {@code gongkai} command-line tool, built on the library's public API. */
@NullMarked
package io.github.gongkai.examples.cli;

import org.jspecify.annotations.NullMarked;
