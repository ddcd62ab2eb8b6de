/**
 * Detection of personal data in text, for partial disclosure (区分处理, 2019 Art.37).
 *
 * <p>{@link io.github.gongkai.rules.scan.PersonalDataScanner} finds identifiers, contact data,
 * labelled names and sensitive-information keywords, each as a {@link
 * io.github.gongkai.rules.scan.PersonalDataMatch} with {@code [start, end)} offsets, a {@link
 * io.github.gongkai.rules.scan.FindingType}, a confidence and the {@link
 * io.github.gongkai.rules.scan.Check}s it passed. The scanner is hand-written, single pass with
 * bounded lookahead: linear time on any input, streaming from a {@link java.io.Reader}.
 */
@NullMarked
package io.github.gongkai.rules.scan;

import org.jspecify.annotations.NullMarked;
