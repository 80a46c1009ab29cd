package news.broadsheet.archive;

/**
 * Checks bytes for well-formed UTF-8 (RFC 3629): no stray continuation byte, no truncated
 * sequence, no overlong form, no surrogate, nothing above U+10FFFF. The JDK's decoders replace
 * what is wrong instead of saying where; this says where, at the cost of one pass over the bytes.
 */
final class Utf8 {

  private Utf8() {}

  static boolean hasByteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
  }

  /** The offset of the first byte of the first ill-formed sequence, or -1 when there is none. */
  static int firstInvalid(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int lead = bytes[i] & 0xFF;
      if (lead < 0x80) {
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i, lead);
      if (length == 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /** The length of the well-formed sequence starting at i, or 0 when it is ill-formed. */
  private static int sequenceLength(byte[] bytes, int i, int lead) {
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong form
      high = lead == 0xED ? 0x9F : 0xBF; // no surrogate
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      low = lead == 0xF0 ? 0x90 : 0x80; // no overlong form
      high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
      return 0;
    }
    if (i + length > bytes.length) {
      return 0;
    }
    int second = bytes[i + 1] & 0xFF;
    if (second < low || second > high) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      int next = bytes[i + k] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return 0;
      }
    }
    return length;
  }
}
