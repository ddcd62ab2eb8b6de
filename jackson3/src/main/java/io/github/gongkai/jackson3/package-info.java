/**
 * Jackson 3.x ({@code tools.jackson}) binding of gongkai documents: {@link
 * io.github.gongkai.jackson3.GongkaiModule} for any mapper (Spring Boot 4 included) and {@link
 * io.github.gongkai.jackson3.GongkaiJson} for a ready strict mapper and {@link
 * io.github.gongkai.core.json.DocumentCodec}.
 */
@NullMarked
package io.github.gongkai.jackson3;

import org.jspecify.annotations.NullMarked;
