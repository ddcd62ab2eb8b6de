/**
 * Working-day calendars: China's official national calendar of days off (休) and make-up working
 * days (班) as set by the State Council's yearly notices, and calendars composed from it.
 *
 * <p>{@link io.github.gongkai.core.calendar.ChinaCalendars#official()} gives the bundled calendar;
 * {@link io.github.gongkai.core.calendar.WorkingCalendar} answers working-day questions in constant
 * or logarithmic time and throws {@link io.github.gongkai.core.calendar.CalendarCoverageException}
 * for any date it does not cover — it never guesses Monday to Friday. All types are immutable and
 * thread-safe.
 */
@NullMarked
package io.github.gongkai.core.calendar;

import org.jspecify.annotations.NullMarked;
