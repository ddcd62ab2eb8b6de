package io.github.gongkai.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every gongkai value type.
 *
 * <p>Accessors are JavaBean getters ({@code getTitle()}, {@code isWithdrawn()}) so that Jakarta
 * constraints on them are seen by any Bean Validation provider without configuration; builders and
 * JSON drop the prefix ({@code .title(..)}, {@code "title"}). Generated classes are package-private:
 * the abstract type, its static factories and its nested {@code Builder} are the API.
 *
 * <p>Builders throw {@link MissingValueException} (a {@link GongkaiException}) for a null argument or
 * a missing mandatory attribute, never a bare {@code NullPointerException}.
 *
 * <p>This annotation has source retention and is not part of the runtime API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jakarta = true,
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    defaults = @Value.Immutable(copy = true))
public @interface GongkaiStyle {}
