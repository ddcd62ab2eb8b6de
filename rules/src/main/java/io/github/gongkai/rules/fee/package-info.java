/**
 * Fees for disclosure on request.
 *
 * <p>Under the 2019 Regulation (Art.42) disclosure is free unless the number or frequency of
 * requests clearly exceeds a reasonable range; then an information-processing fee (信息处理费) may
 * be charged under 国办函〔2020〕109号, either per item (按件) or per volume (按量), never both: see
 * {@link io.github.gongkai.rules.fee.FeeCalculator}. Under the 2008 Regulation only cost fees for
 * retrieval, copying and postage could be charged (Art.27), with waivers for applicants in
 * economic hardship (Art.28): see {@link io.github.gongkai.rules.fee.CostFee} and {@link
 * io.github.gongkai.rules.fee.FeeSummary}. All types are immutable and thread-safe.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.rules.fee;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;
