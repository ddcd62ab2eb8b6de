/**
 * JSON binding of the gongkai model: the Jackson module, a ready mapper and readers whose failures name
 * the JSON path of the offending field.
 */
@NullMarked
package io.github.gongkai.core.json;

import org.jspecify.annotations.NullMarked;
