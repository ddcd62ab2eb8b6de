/**
 * Disclosure requests (依申请公开): the applicant, the request and its history as a sealed family of events.
 *
 * <p>{@link io.github.gongkai.core.request.InformationRequest} is a top-level JSON document. Every type is immutable and
 * thread-safe; no method accepts or returns null unless marked {@code @Nullable}.
 */
@NullMarked
@GongkaiStyle
package io.github.gongkai.core.request;

import io.github.gongkai.core.GongkaiStyle;
import org.jspecify.annotations.NullMarked;
