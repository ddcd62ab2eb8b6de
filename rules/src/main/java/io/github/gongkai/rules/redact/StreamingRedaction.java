package io.github.gongkai.rules.redact;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.rules.scan.PersonalDataMatch;
import io.github.gongkai.rules.scan.FindingType;
import io.github.gongkai.rules.scan.PersonalDataScanner;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One streaming redaction: the scanner reads the input through {@link #tee(Reader)}, which keeps
 * the text not yet written; spans from the findings are applied as soon as no later finding can
 * overlap them ({@link PersonalDataScanner#MAX_LAG} chars behind the read position), so the text
 * held back is bounded by that lag plus one read.
 */
final class StreamingRedaction {
  /** Written chars dropped from the front of the pending text once this many have piled up. */
  private static final int COMPACT_AT = 1 << 16;

  private final Redactor redactor;
  private final Writer out;
  private final Consumer<RedactionLogEntry> log;
  private final Map<OutcomeGround, Map<Optional<FindingType>, Integer>> counts =
      new EnumMap<>(OutcomeGround.class);
  /** Spans not yet applied, in start order (the scanner reports findings in text order). */
  private final ArrayDeque<RedactionSpan> spans = new ArrayDeque<>();
  /** Input chars from position {@link #pendingBase} on, not all written yet. */
  private final StringBuilder pending = new StringBuilder();

  private long pendingBase;
  private long read;
  private long written;
  private long outChars;
  private long entries;
  private int maxPending;

  StreamingRedaction(Redactor redactor, Writer out, Consumer<RedactionLogEntry> log) {
    this.redactor = redactor;
    this.out = out;
    this.log = log;
  }

  Reader tee(Reader in) {
    return new Reader() {
      @Override
      public int read(char[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
          pending.append(b, off, n);
          read += n;
          maxPending = Math.max(maxPending, pending.length());
          settle(read - PersonalDataScanner.MAX_LAG);
        }
        return n;
      }

      @Override
      public void close() {
        // the caller owns the reader
      }
    };
  }

  void onFinding(PersonalDataMatch f) {
    RedactionPolicy policy = redactor.getPolicy();
    if (!policy.getTypes().contains(f.getType()) || f.getConfidence() < policy.getMinConfidence()) {
      return;
    }
    if (f.getStart() < written) {
      throw new IllegalStateException("finding before the text already written");
    }
    if (f.getEnd() > Integer.MAX_VALUE) {
      throw new GongkaiException(
          "redaction log positions are int: the input must be shorter than 2^31 chars");
    }
    spans.add(RedactionSpan.of(f));
  }

  /** Applies every region that ends at or before {@code limit} and writes the text before it. */
  void settle(long limit) {
    try {
      while (!spans.isEmpty()) {
        RedactionSpan first = spans.peekFirst();
        int start = first.getStart();
        if (start >= limit) {
          break;
        }
        int end = first.getEnd();
        int m = 0;
        for (RedactionSpan s : spans) {
          if (m > 0 && s.getStart() >= end) {
            break;
          }
          end = Math.max(end, s.getEnd());
          m++;
        }
        if (end > limit || end > read) {
          break; // a later finding may still overlap
        }
        List<RedactionSpan> group = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
          group.add(spans.pollFirst());
        }
        write(start);
        long redactedStart = outChars;
        Mask mask = group.size() == 1 ? redactor.maskOf(first) : Mask.full();
        String masked = mask.apply(text(start, end));
        out.write(masked);
        outChars += masked.length();
        written = end;
        RedactionLogEntry e =
            redactor.entry(group, start, end, (int) redactedStart, (int) outChars, mask);
        RedactionSummary.count(counts, e);
        entries++;
        log.accept(e);
      }
      long upTo = Math.min(limit, read);
      if (!spans.isEmpty()) {
        upTo = Math.min(upTo, spans.peekFirst().getStart());
      }
      write(upTo);
      if (written - pendingBase >= COMPACT_AT) {
        pending.delete(0, (int) (written - pendingBase));
        pendingBase = written;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String text(long from, long to) {
    return pending.substring((int) (from - pendingBase), (int) (to - pendingBase));
  }

  private void write(long upTo) throws IOException {
    if (upTo > written) {
      int from = (int) (written - pendingBase);
      int to = (int) (upTo - pendingBase);
      out.append(pending, from, to);
      outChars += to - from;
      written = upTo;
    }
  }

  RedactionSummary finish() throws IOException {
    try {
      settle(Long.MAX_VALUE);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return RedactionSummary.builder()
        .regime(redactor.getPolicy().getRegime())
        .counts(counts)
        .entryCount(entries)
        .charsRead(read)
        .charsWritten(outChars)
        .build();
  }

  /** The most input chars held back at once (for tests of the bound). */
  int maxPending() {
    return maxPending;
  }
}
