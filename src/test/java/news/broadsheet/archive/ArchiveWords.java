package news.broadsheet.archive;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * The words generated stories are made of: our own writing in English, Urdu script, romanised
 * Urdu, Devanagari and Chinese, with curly quotes, digits and punctuation, plus lines that look
 * like the format's structured parts. No entry contains a line break or a CR.
 */
final class ArchiveWords {

  static final List<String> SOURCES =
      List.of("DAWN.COM", "The Morning Ledger", "روزنامہ صبح", "Kal-Tak News 24", "PAPER ");

  static final List<String> AUTHORS =
      List.of(
          "",
          "Nadia Hussain",
          "Omar Farooq and Sana Baig",
          "Staff Reporter",
          "Our Correspondent ",
          "M. A. Qazi, Jr.",
          "field_desk-2",
          "ثمینہ خان",
          "अमित वर्मा");

  static final List<String> DATELINES =
      List.of("LAHORE", "NEW DELHI", "D.I. KHAN", "RAHIM YAR KHAN", "X", "O'NEILL-TOWN");

  static final List<String> PUBLICATIONS =
      List.of("Dawn", "The Morning Ledger", "Ledger, Lahore edition", "روزنامہ صبح");

  /** Few enough that one name often comments several times. */
  static final List<String> NAMES =
      List.of(
          "Bilal",
          "Col. (R) Anwer, Multan",
          "Hina_1987",
          "Peace-Lover-99",
          "Dr. K. Siddiqui, PhD",
          "عائشہ",
          "سید رضا علی",
          "राजेश",
          "李明",
          "zain ",
          "Jun 01, 2020 09:15am");

  private static final List<String> WORDS =
      List.of(
          "The", "council", "approved", "a", "new", "bus", "route", "on", "Tuesday,", "officials",
          "said.", "Canal", "Road", "will", "close", "for", "3", "weeks", "(Rs1.2bn)", "2024-25",
          "It’s", "“overdue”", "‘finally’", "don't", "—", "e.g.", "No.", "7/11", "snake_case",
          "well-known", "Mar", "03,", "Updated", "Published", "in", "DATE:", "Yeh", "sarak",
          "kab", "banay", "gi?", "Bohat", "khoob", "likha", "hai.", "Shukriya", "bhai", "jaan!",
          "یہ", "سڑک", "کب", "بنے", "گی؟", "بہت", "خوب", "शहर", "में", "बारिश", "हुई।", "今天",
          "下雨", "了。", "مرحبا");

  /** Whole lines shaped like the format's structured parts, to test the reader's judgement. */
  private static final List<String> LOOKALIKES =
      List.of(
          "Mar 03, 2018 10:00am",
          "Dec 31, 2019 12:00pm",
          "Staff ReporterUpdated May 14, 2024",
          "Updated June 3, 2024",
          "Staff ReporterUpdated Jun 3, 2024",
          "Published in Dawn, May 14th, 2024",
          "Published in Dawn, May 14rd, 2024",
          "Published in Dawn, May 14th, 24",
          "LAHORE: the city woke to fog.",
          "A: a note",
          "NOTE:no space after the colon",
          " date 2024-05-14 DAWN.COM");

  private ArchiveWords() {}

  /** One line: usually words, sometimes a lookalike, trailing spaces or only spaces. */
  static Arbitrary<String> lines() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, wordLines()),
        Tuple.of(2, Arbitraries.of(LOOKALIKES)),
        Tuple.of(1, Arbitraries.of(" ", "   ", "\t")));
  }

  /** One line that is not blank. */
  static Arbitrary<String> headlines() {
    return Arbitraries.frequencyOf(Tuple.of(8, wordLines()), Tuple.of(1, Arbitraries.of(LOOKALIKES)));
  }

  private static Arbitrary<String> wordLines() {
    Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(10).map(w -> String.join(" ", w));
    Arbitrary<String> trailing = Arbitraries.frequency(Tuple.of(6, ""), Tuple.of(1, " "), Tuple.of(1, "  "));
    return words.flatMap(line -> trailing.map(line::concat));
  }
}
