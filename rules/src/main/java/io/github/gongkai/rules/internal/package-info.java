/** Implementation details of gongkai rules; not part of the public API and not exported. */
@NullMarked
package io.github.gongkai.rules.internal;

import org.jspecify.annotations.NullMarked;
