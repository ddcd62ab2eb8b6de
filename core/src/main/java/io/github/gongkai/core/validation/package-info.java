/**
 * Reusable Jakarta Bean Validation constraints for Chinese identifiers, for use on the fields of your own
 * forms and DTOs.
 */
@NullMarked
package io.github.gongkai.core.validation;

import org.jspecify.annotations.NullMarked;
