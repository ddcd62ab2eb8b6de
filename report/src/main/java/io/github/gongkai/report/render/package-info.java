/**
 * Rendering of annual reports: JSON (stable, {@code schemaVersion}), CSV, Markdown and a standalone
 * HTML page in the official table layout with SVG charts of the outcomes. All types are immutable
 * and thread-safe; null is never accepted or returned unless marked.
 */
@NullMarked
package io.github.gongkai.report.render;

import org.jspecify.annotations.NullMarked;
