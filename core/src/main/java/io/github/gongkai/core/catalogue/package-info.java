/**
 * An agency's own disclosure catalogue (政府信息公开目录) and guide (政府信息公开指南), the two documents
 * 《中华人民共和国政府信息公开条例》(2019) 第十二条 requires every agency to compile and publish.
 *
 * <p>{@link io.github.gongkai.core.catalogue.Catalogue} and {@link
 * io.github.gongkai.core.catalogue.DisclosureGuide} are top-level JSON documents. {@link
 * io.github.gongkai.core.catalogue.CatalogueChecks} lists everything wrong with a catalogue as
 * {@link io.github.gongkai.core.catalogue.CatalogueFinding findings} instead of stopping at the first
 * fault. Every type is immutable and thread-safe; no method accepts or returns null unless marked
 * {@code @Nullable}.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.core.catalogue;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;
