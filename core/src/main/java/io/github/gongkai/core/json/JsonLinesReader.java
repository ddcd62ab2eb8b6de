package io.github.gongkai.core.json;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines — one document per line, UTF-8 — as a stream of records, each parsed through a
 * {@link DocumentCodec}. The one JSON Lines reader of gongkai ({@link JsonLinesWriter} writes them).
 *
 * <pre>{@code
 * JsonLinesReader<InformationRequest> reader = JsonLinesReader.of(codec, InformationRequest.class);
 * JsonLinesReader.Result r = reader.read(in, (line, request) -> accumulator.add(request, calendar));
 * }</pre>
 *
 * <ul>
 *   <li><b>Bounded memory.</b> Lines are read in blocks; a line longer than {@link
 *       #getMaxLineLength()} (default {@value #DEFAULT_MAX_LINE_LENGTH} bytes of UTF-8, or chars from
 *       a {@link Reader}) is refused as a bad record naming its line, and skipped without ever being
 *       held whole. Records are handed to the sink one at a time and not kept.
 *   <li><b>Every bad record is named.</b> A line that is not one well-formed document of the type —
 *       including two documents on one line or content after the document, which the codec refuses
 *       — or whose record the sink refuses (by throwing a {@link GongkaiException}), is a bad record
 *       with its line number, JSON path and reason. By default the first bad record stops reading
 *       with a {@link JsonLinesException} ({@code line 7: $.events[0].date: ...}); {@link
 *       #skippingBadRecords()} skips them, collecting every {@link Rejection}, with the counts read
 *       / accepted / rejected in the {@link Result}.
 *   <li><b>Blank lines</b> (only white space) are skipped and not counted; a {@code \r} before the
 *       line break and a UTF-8 byte-order mark at the start are ignored; bytes that are not UTF-8
 *       are a bad record.
 *   <li><b>Several threads.</b> With {@link #withThreads(int)} the calling thread reads blocks of
 *       lines and worker threads decode and parse them (and apply the {@code map} function of
 *       {@link #read(InputStream, Function, RecordSink)}); the sink still sees the records in line
 *       order, one at a time, so the outcome — records accepted, rejections, the first bad record —
 *       is exactly that of a sequential read. At most a few blocks per thread are in flight.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; the {@code with...} methods return modified copies.
 *
 * @param <T> the document type of each line
 */
public final class JsonLinesReader<T> {
  /** Default maximum line length: 1 MiB. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;

  /** Bytes read per block, the unit of work handed to a worker thread. */
  static final int DEFAULT_BLOCK_SIZE = 1 << 20;

  private static final int MAX_THREADS = 256;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  private final DocumentCodec codec;
  private final Class<T> type;
  private final int maxLineLength;
  private final boolean skipBad;
  private final int threads;
  private final int blockSize;
  private final @Nullable Consumer<? super Rejection> rejectionListener;

  private JsonLinesReader(
      DocumentCodec codec,
      Class<T> type,
      int maxLineLength,
      boolean skipBad,
      int threads,
      int blockSize,
      @Nullable Consumer<? super Rejection> rejectionListener) {
    this.codec = codec;
    this.type = type;
    this.maxLineLength = maxLineLength;
    this.skipBad = skipBad;
    this.threads = threads;
    this.blockSize = blockSize;
    this.rejectionListener = rejectionListener;
  }

  /**
   * A reader that parses each line as a {@code type} document through {@code codec}: fails on the
   * first bad record, lines of at most {@value #DEFAULT_MAX_LINE_LENGTH} bytes, one thread.
   *
   * @param <T> the document type
   * @param codec the codec, e.g. {@code io.github.gongkai.jackson2.GongkaiJson.codec()}; not null
   * @param type the document type, e.g. {@code InformationRequest.class}; not null
   * @return the reader
   */
  public static <T> JsonLinesReader<T> of(DocumentCodec codec, Class<T> type) {
    InvalidValueException.requireNonNull(codec, "codec");
    InvalidValueException.requireNonNull(type, "type");
    return new JsonLinesReader<>(codec, type, DEFAULT_MAX_LINE_LENGTH, false, 1, DEFAULT_BLOCK_SIZE, null);
  }

  /**
   * This reader with another maximum line length.
   *
   * @param maxLineLength the longest line accepted, in bytes of UTF-8 (in chars when reading a
   *     {@link Reader}), not counting the line break; at least 1
   * @return the modified reader
   * @throws InvalidValueException if {@code maxLineLength} is below 1
   */
  public JsonLinesReader<T> withMaxLineLength(int maxLineLength) {
    if (maxLineLength < 1 || maxLineLength > Integer.MAX_VALUE - 16) {
      throw new InvalidValueException(
          "maxLineLength", Integer.toString(maxLineLength), "must be at least 1");
    }
    return new JsonLinesReader<>(codec, type, maxLineLength, skipBad, threads, blockSize, rejectionListener);
  }

  /**
   * This reader skipping bad records instead of failing on the first: each becomes a {@link
   * Rejection} in the {@link Result} (or goes to the {@linkplain #withRejectionListener listener}).
   *
   * @return the modified reader
   */
  public JsonLinesReader<T> skippingBadRecords() {
    return new JsonLinesReader<>(codec, type, maxLineLength, true, threads, blockSize, rejectionListener);
  }

  /**
   * This reader decoding and parsing on {@code threads} worker threads (1: all on the calling
   * thread). Only streams are read in parallel; a {@link Reader} is always read on the calling
   * thread.
   *
   * @param threads 1 to 256
   * @return the modified reader
   * @throws InvalidValueException if {@code threads} is out of range
   */
  public JsonLinesReader<T> withThreads(int threads) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new InvalidValueException("threads", Integer.toString(threads), "must be 1 to " + MAX_THREADS);
    }
    return new JsonLinesReader<>(codec, type, maxLineLength, skipBad, threads, blockSize, rejectionListener);
  }

  /**
   * This reader handing each rejection to {@code listener} as it occurs (in line order, one at a
   * time) instead of keeping it in the {@link Result}, so that any number of bad records is
   * reported in bounded memory. Only used when {@linkplain #skippingBadRecords() skipping}.
   *
   * @param listener receives each rejection; not null
   * @return the modified reader
   */
  public JsonLinesReader<T> withRejectionListener(Consumer<? super Rejection> listener) {
    InvalidValueException.requireNonNull(listener, "listener");
    return new JsonLinesReader<>(codec, type, maxLineLength, skipBad, threads, blockSize, listener);
  }

  /** For tests: smaller blocks exercise the block boundaries. */
  JsonLinesReader<T> withBlockSize(int blockSize) {
    return new JsonLinesReader<>(codec, type, maxLineLength, skipBad, threads, blockSize, rejectionListener);
  }

  /**
   * The longest line accepted (bytes of UTF-8, or chars from a {@link Reader}).
   *
   * @return the maximum line length
   */
  public int getMaxLineLength() {
    return maxLineLength;
  }

  /**
   * Whether bad records are skipped (true) or the first one stops reading (false, the default).
   *
   * @return true when skipping
   */
  public boolean isSkippingBadRecords() {
    return skipBad;
  }

  /**
   * The number of worker threads.
   *
   * @return 1 or more
   */
  public int getThreads() {
    return threads;
  }

  /**
   * Reads every record of a UTF-8 stream and hands it to {@code sink} in line order. The stream is
   * not closed.
   *
   * @param in the JSON Lines; not null
   * @param sink receives each accepted record with its line number; may refuse a record by
   *     throwing a {@link GongkaiException}; not null
   * @return the counts (and, when skipping, the rejections)
   * @throws JsonLinesException for the first bad record, unless skipping
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Result read(InputStream in, RecordSink<? super T> sink) {
    return read(in, Function.identity(), sink);
  }

  /**
   * Reads every record of a UTF-8 stream, turns each into {@code map}'s result — on the worker
   * threads, so the work of {@code map} is spread like the parsing — and hands the results to
   * {@code sink} in line order, one at a time. The stream is not closed.
   *
   * @param <R> the type {@code map} produces
   * @param in the JSON Lines; not null
   * @param map turns a record into what the sink needs; thread-safe; may refuse a record by
   *     throwing a {@link GongkaiException}; not null
   * @param sink receives each result with its line number, never concurrently; may refuse a record
   *     by throwing a {@link GongkaiException}; not null
   * @return the counts (and, when skipping, the rejections)
   * @throws JsonLinesException for the first bad record, unless skipping
   * @throws UncheckedIOException if the stream cannot be read
   */
  public <R> Result read(InputStream in, Function<? super T, ? extends R> map, RecordSink<? super R> sink) {
    InvalidValueException.requireNonNull(in, "in");
    InvalidValueException.requireNonNull(map, "map");
    InvalidValueException.requireNonNull(sink, "sink");
    Run<R> run = new Run<>(map, sink);
    if (threads == 1) {
      run.sequential(in);
    } else {
      run.parallel(in);
    }
    return run.result();
  }

  /**
   * Reads every record from a character stream, on the calling thread. The reader is not closed.
   *
   * @param in the JSON Lines; not null
   * @param sink receives each accepted record with its line number; not null
   * @return the counts (and, when skipping, the rejections)
   * @throws JsonLinesException for the first bad record, unless skipping
   * @throws UncheckedIOException if the text cannot be read
   */
  public Result read(Reader in, RecordSink<? super T> sink) {
    InvalidValueException.requireNonNull(in, "in");
    InvalidValueException.requireNonNull(sink, "sink");
    Run<T> run = new Run<>(Function.identity(), sink);
    run.chars(in);
    return run.result();
  }

  /**
   * Reads every record of a small UTF-8 stream into a list (for sample files and tests; a large
   * input should go through {@link #read(InputStream, RecordSink)}). The stream is not closed.
   *
   * @param in the JSON Lines; not null
   * @return the accepted records in line order, unmodifiable
   * @throws JsonLinesException for the first bad record, unless skipping
   * @throws UncheckedIOException if the stream cannot be read
   */
  public List<T> readAll(InputStream in) {
    List<T> out = new ArrayList<>();
    read(in, (line, record) -> out.add(record));
    return Collections.unmodifiableList(out);
  }

  /**
   * Receives records in line order, one at a time.
   *
   * @param <R> the record type
   */
  @FunctionalInterface
  public interface RecordSink<R> {
    /**
     * Takes one record.
     *
     * @param line the record's line number, counting from 1
     * @param record the record; not null
     * @throws GongkaiException to refuse the record: it becomes a bad record of that line, with the
     *     path of a {@link JsonInputException} or {@code $}
     */
    void accept(long line, R record);
  }

  /** A bad record: its line number, the JSON path inside it and why it was refused. Immutable. */
  public static final class Rejection {
    private final long line;
    private final String path;
    private final String reason;

    /**
     * Creates a rejection.
     *
     * @param line the line number, counting from 1
     * @param path the JSON path inside the record, {@code $} for the whole record; not null
     * @param reason why it was refused; not null
     */
    public Rejection(long line, String path, String reason) {
      this.line = line;
      this.path = InvalidValueException.requireNonNull(path, "path");
      this.reason = InvalidValueException.requireNonNull(reason, "reason");
    }

    /**
     * The line number, counting from 1 (blank lines included).
     *
     * @return the line
     */
    public long getLine() {
      return line;
    }

    /**
     * The JSON path inside the record, e.g. {@code $.events[0].date}; {@code $} for the whole line.
     *
     * @return the path
     */
    public String getPath() {
      return path;
    }

    /**
     * Why the record was refused: the rule and, where safe to show, the value.
     *
     * @return the reason
     */
    public String getReason() {
      return reason;
    }

    /**
     * The message: {@code line N: path: reason}.
     *
     * @return the message
     */
    public String getMessage() {
      return "line " + line + ": " + path + ": " + reason;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof Rejection)) {
        return false;
      }
      Rejection r = (Rejection) o;
      return line == r.line && path.equals(r.path) && reason.equals(r.reason);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(line) * 31 * 31 + path.hashCode() * 31 + reason.hashCode();
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }

  /** What a read found: records read, accepted and rejected, and the rejections kept. Immutable. */
  public static final class Result {
    private final long read;
    private final long accepted;
    private final long rejected;
    private final List<Rejection> rejections;

    Result(long read, long accepted, long rejected, List<Rejection> rejections) {
      this.read = read;
      this.accepted = accepted;
      this.rejected = rejected;
      this.rejections = Collections.unmodifiableList(rejections);
    }

    /**
     * Records read: non-blank lines, {@code accepted + rejected}.
     *
     * @return the count
     */
    public long getRead() {
      return read;
    }

    /**
     * Records handed to the sink and accepted by it.
     *
     * @return the count
     */
    public long getAccepted() {
      return accepted;
    }

    /**
     * Bad records skipped.
     *
     * @return the count
     */
    public long getRejected() {
      return rejected;
    }

    /**
     * The bad records in line order (empty when a rejection listener received them instead).
     *
     * @return the rejections, unmodifiable
     */
    public List<Rejection> getRejections() {
      return rejections;
    }

    @Override
    public String toString() {
      return "read " + read + ", accepted " + accepted + ", rejected " + rejected;
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** A bad record found while parsing, before its line is applied in order. */
  private static final class Failure {
    final String path;
    final String reason;
    final @Nullable Throwable cause;

    Failure(String path, String reason, @Nullable Throwable cause) {
      this.path = path;
      this.reason = reason;
      this.cause = cause;
    }

    static Failure of(GongkaiException e) {
      if (e instanceof JsonInputException) {
        JsonInputException j = (JsonInputException) e;
        String value = j.getValue();
        return new Failure(j.getPath(), value == null ? j.getRule() : j.getRule() + " - but was: " + value, e);
      }
      return new Failure("$", String.valueOf(e.getMessage()), e);
    }
  }

  /** A block of whole lines, or the marker of one over-long line. */
  private static final class Block {
    final long seq;
    final long firstLine;
    final byte @Nullable [] data;
    final int length;

    Block(long seq, long firstLine, byte @Nullable [] data, int length) {
      this.seq = seq;
      this.firstLine = firstLine;
      this.data = data;
      this.length = length;
    }
  }

  /** The parsed lines of a block: line numbers and, per record, its value or its failure. */
  private static final class Parsed {
    long[] lines = new long[64];
    Object[] items = new Object[64];
    int size;

    void add(long line, Object item) {
      if (size == lines.length) {
        lines = Arrays.copyOf(lines, size * 2);
        items = Arrays.copyOf(items, size * 2);
      }
      lines[size] = line;
      items[size] = item;
      size++;
    }
  }

  private static final Block END = new Block(-1, 0, null, 0);
  private static final Parsed NONE = new Parsed();

  /** One read: the parse step, the ordered apply step and, with threads, the pipeline. */
  private final class Run<R> {
    private final Function<? super T, ? extends R> map;
    private final RecordSink<? super R> sink;
    private final List<Rejection> kept = new ArrayList<>();
    private long read;
    private long accepted;
    private long rejected;

    // ordered apply step, shared by the workers
    private final Object lock = new Object();
    private final Map<Long, Parsed> pending = new HashMap<>();
    private long next;
    private volatile boolean stop;
    private @Nullable RuntimeException failure;
    private @Nullable Throwable fatal;

    Run(Function<? super T, ? extends R> map, RecordSink<? super R> sink) {
      this.map = map;
      this.sink = sink;
    }

    Result result() {
      return new Result(read, accepted, rejected, kept);
    }

    // ---- parse step (any thread) ----

    /** The record of one line's text: the map result, a {@link Failure}, or null if blank. */
    @Nullable Object parse(String text, long line) {
      String t = line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
      if (t.isBlank()) {
        return null;
      }
      try {
        return mapped(codec.read(t, type), line);
      } catch (GongkaiException e) {
        return Failure.of(e);
      }
    }

    /** The record of one line's UTF-8 bytes: the map result, a {@link Failure}, or null if blank. */
    @Nullable Object parse(byte[] data, int from, int to, long line) {
      int start = from;
      if (line == 1 && to - from >= 3 && data[from] == (byte) 0xEF && data[from + 1] == (byte) 0xBB
          && data[from + 2] == (byte) 0xBF) {
        start += 3;
      }
      if (isBlank(data, start, to)) {
        return null;
      }
      try {
        return mapped(codec.read(data, start, to - start, type), line);
      } catch (GongkaiException e) {
        return Failure.of(e);
      }
    }

    private Object mapped(T doc, long line) {
      R r = map.apply(doc);
      if (r == null) {
        throw new IllegalStateException("map returned null for line " + line);
      }
      return r;
    }

    Parsed parse(Block b) {
      Parsed out = new Parsed();
      byte[] data = b.data;
      if (data == null) {
        out.add(b.firstLine, tooLong());
        return out;
      }
      long line = b.firstLine;
      int start = 0;
      while (start < b.length) {
        int nl = indexOfNewline(data, start, b.length);
        int end = nl < 0 ? b.length : nl;
        int last = end > start && data[end - 1] == '\r' ? end - 1 : end;
        if (last - start > maxLineLength) {
          out.add(line, tooLong());
        } else {
          Object item = parse(data, start, last, line);
          if (item != null) {
            out.add(line, item);
          }
        }
        line++;
        start = end + 1;
      }
      return out;
    }

    private Failure tooLong() {
      return new Failure("$", "must be at most " + maxLineLength
          + " bytes long: the line is longer and was skipped without being read whole", null);
    }

    // ---- apply step (in line order, one block at a time) ----

    @SuppressWarnings("unchecked")
    void apply(Parsed p) {
      for (int i = 0; i < p.size; i++) {
        Object item = p.items[i];
        long line = p.lines[i];
        read++;
        if (item instanceof Failure) {
          reject(line, (Failure) item);
          continue;
        }
        try {
          sink.accept(line, (R) item);
          accepted++;
        } catch (GongkaiException e) {
          reject(line, Failure.of(e));
        }
      }
    }

    private void reject(long line, Failure f) {
      rejected++;
      if (!skipBad) {
        throw new JsonLinesException(line, f.path, f.reason, read, accepted, f.cause);
      }
      Rejection r = new Rejection(line, f.path, f.reason);
      if (rejectionListener != null) {
        rejectionListener.accept(r);
      } else {
        kept.add(r);
      }
    }

    // ---- the three ways of reading ----

    void sequential(InputStream in) {
      try {
        blocks(in, b -> apply(parse(b)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read JSON Lines: " + e.getMessage(), e);
      }
    }

    void chars(Reader in) {
      char[] buf = new char[8192];
      StringBuilder sb = new StringBuilder();
      boolean over = false;
      long line = 1;
      try {
        int n;
        boolean pending = false;
        while ((n = in.read(buf)) >= 0) {
          for (int i = 0; i < n; i++) {
            char c = buf[i];
            if (c == '\n') {
              endLine(sb, over, line++);
              sb.setLength(0);
              over = false;
              pending = false;
            } else {
              pending = true;
              if (over) {
                continue;
              }
              sb.append(c);
              if (sb.length() > maxLineLength + 1) {
                over = true;
                sb.setLength(0);
              }
            }
          }
        }
        if (pending) {
          endLine(sb, over, line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read JSON Lines: " + e.getMessage(), e);
      }
    }

    private void endLine(StringBuilder sb, boolean over, long line) {
      int len = sb.length();
      if (len > 0 && sb.charAt(len - 1) == '\r') {
        sb.setLength(--len);
      }
      Parsed p = new Parsed();
      if (over || len > maxLineLength) {
        p.add(line, new Failure("$", "must be at most " + maxLineLength
            + " chars long: the line is longer and was skipped without being read whole", null));
      } else {
        Object item = parse(sb.toString(), line);
        if (item != null) {
          p.add(line, item);
        }
      }
      apply(p);
    }

    void parallel(InputStream in) {
      int inFlight = 3 * threads;
      BlockingQueue<Block> queue = new ArrayBlockingQueue<>(inFlight + threads);
      Semaphore permits = new Semaphore(inFlight);
      Thread[] workers = new Thread[threads];
      for (int i = 0; i < threads; i++) {
        workers[i] = new Thread(() -> work(queue, permits), "gongkai-jsonl-" + i);
        workers[i].setDaemon(true);
        workers[i].start();
      }
      IOException io = null;
      boolean interrupted = false;
      try {
        blocks(in, b -> {
          permits.acquireUninterruptibly();
          if (!stop) {
            queue.add(b);
          } else {
            permits.release();
          }
        });
      } catch (IOException e) {
        io = e;
        stop = true;
      } catch (RuntimeException | Error e) {
        stop = true;
        synchronized (lock) {
          if (fatal == null) {
            fatal = e;
          }
        }
      } finally {
        for (int i = 0; i < threads; i++) {
          while (true) {
            try {
              queue.put(END);
              break;
            } catch (InterruptedException e) {
              interrupted = true;
            }
          }
        }
        for (Thread w : workers) {
          while (true) {
            try {
              w.join();
              break;
            } catch (InterruptedException e) {
              interrupted = true;
            }
          }
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      synchronized (lock) {
        if (fatal instanceof RuntimeException) {
          throw (RuntimeException) fatal;
        }
        if (fatal instanceof Error) {
          throw (Error) fatal;
        }
        if (io != null) {
          throw new UncheckedIOException("cannot read JSON Lines: " + io.getMessage(), io);
        }
        if (failure != null) {
          throw failure;
        }
      }
    }

    private void work(BlockingQueue<Block> queue, Semaphore permits) {
      while (true) {
        Block b;
        try {
          b = queue.take();
        } catch (InterruptedException e) {
          stop = true;
          return;
        }
        if (b == END) {
          return;
        }
        Parsed p = NONE;
        if (!stop) {
          try {
            p = parse(b);
          } catch (RuntimeException | Error e) {
            stop = true;
            synchronized (lock) {
              if (fatal == null) {
                fatal = e;
              }
            }
          }
        }
        synchronized (lock) {
          pending.put(b.seq, p);
          Parsed ready;
          while ((ready = pending.remove(next)) != null) {
            next++;
            permits.release();
            if (stop) {
              continue;
            }
            try {
              apply(ready);
            } catch (JsonLinesException e) {
              failure = e;
              stop = true;
            } catch (RuntimeException | Error e) {
              if (fatal == null) {
                fatal = e;
              }
              stop = true;
            }
          }
        }
      }
    }

    /**
     * Cuts the stream into blocks of whole lines (about {@code blockSize} bytes each) and hands
     * them to {@code handler} in order; an over-long line becomes a block without data, skipped
     * without being held.
     */
    private void blocks(InputStream in, Consumer<Block> handler) throws IOException {
      long seq = 0;
      long line = 1;
      byte[] buf = new byte[blockSize];
      int len = 0;
      while (!stop) {
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) {
          if (len > 0) {
            handler.accept(new Block(seq, line, buf, len));
          }
          return;
        }
        len += n;
        if (len < buf.length) {
          continue;
        }
        int cut = lastNewline(buf, len);
        if (cut >= 0) {
          int tail = len - cut - 1;
          byte[] nb = new byte[Math.max(blockSize, 2 * tail)];
          System.arraycopy(buf, cut + 1, nb, 0, tail);
          long lines = countNewlines(buf, cut + 1);
          handler.accept(new Block(seq++, line, buf, cut + 1));
          line += lines;
          buf = nb;
          len = tail;
        } else if ((long) len > (long) maxLineLength + 1) {
          handler.accept(new Block(seq++, line, null, 0));
          line++;
          len = skipLine(in, buf);
          if (len < 0) {
            return;
          }
          if (buf.length > blockSize && len <= blockSize) {
            buf = Arrays.copyOf(buf, blockSize);
          }
        } else {
          buf = Arrays.copyOf(buf, (int) Math.min(2L * buf.length, (long) maxLineLength + 2));
        }
      }
    }
  }

  /**
   * Reads and discards the rest of a line; moves what follows its line break to the start of
   * {@code buf}.
   *
   * @return the bytes now at the start of {@code buf}, or -1 at the end of the stream
   */
  private static int skipLine(InputStream in, byte[] buf) throws IOException {
    while (true) {
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        return -1;
      }
      int nl = indexOfNewline(buf, 0, n);
      if (nl >= 0) {
        int tail = n - nl - 1;
        System.arraycopy(buf, nl + 1, buf, 0, tail);
        return tail;
      }
    }
  }

  /** The first line break in {@code b[from, to)}, eight bytes at a time; -1 if there is none. */
  static int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long v = (long) LONGS.get(b, i) ^ NEWLINES;
      long zero = ~(((v & LOW7) + LOW7) | v | LOW7); // exact, as in countNewlines
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3); // little-endian: the lowest byte first
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int lastNewline(byte[] b, int len) {
    for (int i = len - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Counts line breaks in {@code b[0, to)}, eight bytes at a time. */
  static long countNewlines(byte[] b, int to) {
    long n = 0;
    int i = 0;
    for (; i + 8 <= to; i += 8) {
      long v = (long) LONGS.get(b, i) ^ NEWLINES;
      // exact: the high bit of each byte is set iff that byte is zero (no borrow between bytes)
      long zero = ~(((v & LOW7) + LOW7) | v | LOW7);
      n += Long.bitCount(zero);
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  /** Whether the bytes are only white space (ASCII, or a line of other Unicode blanks). */
  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B) {
        continue;
      }
      if (c >= 0) {
        return false;
      }
      // non-ASCII: decide on the decoded text (rare)
      return new String(b, from, to - from, StandardCharsets.UTF_8).isBlank();
    }
    return true;
  }

  @Override
  public String toString() {
    return "JsonLinesReader{" + type.getSimpleName() + ", max line " + maxLineLength
        + (skipBad ? ", skipping bad records" : "") + ", threads " + threads + "}";
  }
}
