/**
 * The remedy notice (救济途径告知) every disclosure answer ends with: administrative review, the
 * lawsuit, their periods and whether review must come first.
 *
 * <p>Since 2024-01-01 (《中华人民共和国行政复议法》(2023) 第九十条) an applicant whose request is refused
 * (不予公开) must first apply for administrative review and may sue only after the review decision
 * (第二十三条第一款第（四）项); the agency must say so when it answers (第二十三条第二款). Before that
 * date, and for every other outcome, the applicant may choose review (60 days, 2023 law 第二十条; 2017
 * law 第九条) or a lawsuit (6 months, 《中华人民共和国行政诉讼法》第四十六条). Which outcomes count as a
 * refusal beyond 不予公开 itself is an interpretation, held in {@link
 * io.github.gongkai.rules.remedy.RemedyPolicy}. All types are immutable and thread-safe.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.rules.remedy;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;
