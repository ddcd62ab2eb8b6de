package io.github.gongkai.core.json;

import java.time.LocalDate;

/** A small document type for the JSON Lines tests. */
record Point(String name, int x, LocalDate on) {}
