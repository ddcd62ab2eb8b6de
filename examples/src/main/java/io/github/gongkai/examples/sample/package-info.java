/** The bundled sample agency: a deterministic year of disclosure requests. */
@NullMarked
package io.github.gongkai.examples.sample;

import org.jspecify.annotations.NullMarked;
