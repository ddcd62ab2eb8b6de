package io.github.gongkai.letters.render.internal;

import io.github.gongkai.core.GongkaiException;
import io.github.gongkai.core.InvalidValueException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/** An agency's seal image (PNG), read once, with its pixel size for the aspect ratio. */
public final class Seal {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final byte[] png;
  private final int width;
  private final int height;

  private Seal(byte[] png, int width, int height) {
    this.png = png;
    this.width = width;
    this.height = height;
  }

  /**
   * The image bytes.
   *
   * @return a copy
   */
  public byte[] png() {
    return png.clone();
  }

  /**
   * The width.
   *
   * @return pixels
   */
  public int width() {
    return width;
  }

  /**
   * The height.
   *
   * @return pixels
   */
  public int height() {
    return height;
  }

  /**
   * Reads a PNG file.
   *
   * @param file the file
   * @return the seal
   * @throws InvalidValueException when the file is not a PNG image
   * @throws GongkaiException when it cannot be read
   */
  public static Seal read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new GongkaiException("cannot read the seal image " + file.getFileName(), e);
    }
    return of(bytes, String.valueOf(file.getFileName()));
  }

  /**
   * Checks PNG bytes and reads their size from the IHDR chunk.
   *
   * @param bytes the image
   * @param name the name for messages
   * @return the seal
   * @throws InvalidValueException when the bytes are not a PNG image
   */
  public static Seal of(byte[] bytes, String name) {
    // signature (8), IHDR length (4), "IHDR" (4), width (4), height (4)
    if (bytes.length < 24
        || !Arrays.equals(Arrays.copyOf(bytes, 8), SIGNATURE)
        || bytes[12] != 'I' || bytes[13] != 'H' || bytes[14] != 'D' || bytes[15] != 'R') {
      throw new InvalidValueException("sealImage", name, "must be a PNG image");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int w = b.getInt(16);
    int h = b.getInt(20);
    if (w <= 0 || h <= 0) {
      throw new InvalidValueException("sealImage", name, "must have a positive width and height");
    }
    return new Seal(bytes.clone(), w, h);
  }

  /**
   * The printed height for a width, keeping the aspect ratio.
   *
   * @param printedWidth the printed width, any unit
   * @return the height, same unit
   */
  public int heightFor(int printedWidth) {
    return (int) Math.round((double) printedWidth * height / width);
  }

  /**
   * The image as a {@code data:} URI.
   *
   * @return {@code data:image/png;base64,...}
   */
  public String dataUri() {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }

  @Override
  public String toString() {
    return "Seal[" + width + "x" + height + "]";
  }
}
