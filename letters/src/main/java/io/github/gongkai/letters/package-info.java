/**
 * Letters to applicants and third parties: the answer (答复书) for every row of table 三 and the
 * procedural notices — receipt (登记回执), correction (补正告知书, 第三十条), extension (延期答复告知书,
 * 第三十三条), third-party consultation (征求意见书, 第三十二条) and fee notice (收费通知书, 国办函〔2020〕109号).
 *
 * <p>A {@link io.github.gongkai.letters.LetterComposer} builds a {@link
 * io.github.gongkai.letters.Letter} from a request, its lifecycle status and, optionally, its
 * decision, redaction log and fee quote, and refuses inputs that do not agree (a letter is correct by
 * construction). Every sentence comes from the reviewed letter-text table and carries the provisions
 * it rests on; the answer ends with the remedy notice of {@code
 * io.github.gongkai.rules.remedy.RemedyPolicy}. The agency's own name, document number pattern,
 * review body, court, contacts, extra paragraphs and wording come from its {@code
 * io.github.gongkai.letters.Letterhead}. All types are immutable and thread-safe.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.letters;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;
