/**
 * Internals of letter rendering: the page geometry and fonts of GB/T 9704-2012, the seal image and
 * the view model of the HTML template. Not API.
 */
@NullMarked
package io.github.gongkai.letters.render.internal;

import org.jspecify.annotations.NullMarked;
