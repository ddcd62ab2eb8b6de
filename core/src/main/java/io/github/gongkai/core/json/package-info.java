/**
 * JSON contract of the gongkai model, independent of the JSON library: {@link
 * io.github.gongkai.core.json.DocumentCodec}, {@link io.github.gongkai.core.json.JsonInputException}
 * (failures naming the JSON path) and {@link io.github.gongkai.core.json.SchemaVersion}. The
 * databind integrations live in {@code gongkai-jackson2} and {@code gongkai-jackson3}.
 */
@NullMarked
package io.github.gongkai.core.json;

import org.jspecify.annotations.NullMarked;
