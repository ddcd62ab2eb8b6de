/** JMH benchmarks of gongkai against the straightforward implementations agencies use today. */
package io.github.gongkai.benchmarks;
