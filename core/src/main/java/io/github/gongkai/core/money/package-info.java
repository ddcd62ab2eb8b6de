/**
 * Amounts of money: {@link io.github.gongkai.core.money.Yuan} for fees and {@link io.github.gongkai.core.money.WanYuan}
 * for the annual report.
 *
 * <p>Both are immutable, thread-safe value types backed by {@link java.math.BigDecimal}.
 */
@NullMarked
package io.github.gongkai.core.money;

import org.jspecify.annotations.NullMarked;
