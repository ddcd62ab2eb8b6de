/**
 * Implementation helpers of gongkai report; not API, not exported, may change without notice.
 */
@NullMarked
package io.github.gongkai.report.internal;

import org.jspecify.annotations.NullMarked;
