/**
 * Jackson 2.x ({@code com.fasterxml.jackson}) binding of gongkai documents: {@link
 * io.github.gongkai.jackson2.GongkaiModule} for any mapper (Spring Boot 3 included) and {@link
 * io.github.gongkai.jackson2.GongkaiJson} for a ready strict mapper and {@link
 * io.github.gongkai.core.json.DocumentCodec}.
 */
@NullMarked
package io.github.gongkai.jackson2;

import org.jspecify.annotations.NullMarked;
