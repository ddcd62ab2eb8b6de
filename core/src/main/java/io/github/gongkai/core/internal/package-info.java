/** Implementation helpers shared by gongkai modules; not part of the public API and may change. */
@NullMarked
package io.github.gongkai.core.internal;

import org.jspecify.annotations.NullMarked;
