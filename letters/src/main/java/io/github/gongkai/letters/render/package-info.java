/**
 * Rendering of composed {@link io.github.gongkai.letters.Letter}s: a Word document laid out after
 * the essentials of GB/T 9704-2012《党政机关公文格式》({@link
 * io.github.gongkai.letters.render.DocxLetterWriter}), a standalone HTML page with a print
 * stylesheet ({@link io.github.gongkai.letters.render.HtmlLetterWriter}) and plain text ({@link
 * io.github.gongkai.letters.render.TextLetterWriter}). The writers lay paragraphs out by their
 * {@link io.github.gongkai.letters.ParagraphRole} and add nothing to the text the letter carries;
 * the agency's seal comes from its {@link io.github.gongkai.letters.Letterhead}. All types are
 * immutable and thread-safe; null is never accepted or returned unless marked.
 */
@NullMarked
package io.github.gongkai.letters.render;

import org.jspecify.annotations.NullMarked;
