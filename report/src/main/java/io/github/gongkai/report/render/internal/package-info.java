/**
 * View model of the HTML report page: plain immutable records holding only text and numbers, handed
 * to the precompiled template {@code report.jte} (package {@code …render.internal.jte}, generated at
 * build time), which escapes every value for its HTML, attribute or SVG context. Not API: used by
 * {@link io.github.gongkai.report.render.ReportRenderer} only.
 */
@NullMarked
package io.github.gongkai.report.render.internal;

import org.jspecify.annotations.NullMarked;
