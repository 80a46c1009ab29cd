package news.broadsheet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The words of synthetic stories and comments: English newsroom prose, and readers writing in
 * English, romanised Urdu and Urdu script, under names with commas, dots, digits and other scripts.
 * All of it is our own writing.
 */
final class SyntheticText {

  static final List<String> CITIES =
      List.of("KARACHI", "LAHORE", "ISLAMABAD", "PESHAWAR", "QUETTA", "HYDERABAD", "MULTAN",
          "D.I. KHAN", "WASHINGTON", "NEW YORK", "LONDON", "KABUL", "DUBAI");

  private static final List<String> SUBJECTS =
      List.of("Senate panel", "Sindh cabinet", "City council", "Water board", "Port trust",
          "Election commission", "Textile exporters", "Wheat growers", "Traders", "Teachers' union",
          "Health department", "Railways", "Power regulator", "Supreme Court", "Karachi bench",
          "Transport ministry", "Petroleum division", "Cricket board", "Flood commission", "Customs");
  private static final List<String> VERBS =
      List.of("approves", "rejects", "defers", "questions", "welcomes", "reviews", "announces",
          "seeks", "opposes", "backs", "delays", "extends", "suspends", "restores");
  private static final List<String> OBJECTS =
      List.of("new tariff plan", "fuel price cut", "budget for schools", "metering of tube wells",
          "curbs on imports", "relief package for growers", "bus rapid transit line",
          "desalination project", "anti-encroachment drive", "tax on retailers",
          "pension reform", "hospital expansion", "canal lining scheme", "solar net metering",
          "cotton support price", "road toll increase", "census results", "power outage schedule");
  private static final List<String> URDU_HEADLINES =
      List.of("کراچی میں پانی کا بحران شدت اختیار کر گیا", "گندم کی نئی قیمت کا اعلان",
          "بجلی کے نرخوں میں اضافے کی منظوری", "بارشوں سے نشیبی علاقے زیر آب");

  static final List<String> AUTHORS =
      List.of("Anwar Iqbal", "Staff Reporter", "Nadia Hussain", "Our Correspondent",
          "Tariq Naqash and Imran Ayub", "Kalbe Ali", "Mohammad Hussain Khan", "Zulfiqar Ahmad, PPI",
          "Sarah Eleazar", "Mehtab Haider", "");
  private static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  private static final List<String> BODY =
      List.of(
          "The %o said on %w that the decision would be reviewed after consultation with all stakeholders.",
          "Officials told reporters that %d districts would be covered in the first phase of the plan.",
          "According to documents seen by this newspaper, the cost of the project has risen to Rs%d billion.",
          "Opposition members walked out of the session, saying the %o had ignored their objections.",
          "A spokesperson for the %o said the measures were “temporary” and would be lifted soon.",
          "Residents of older neighbourhoods have complained for years about the shortage.",
          "The matter was first raised in %c last year, when a committee was formed to study it.",
          "Experts warned that without proper funding the scheme would not reach its targets.",
          "“We will not let the people suffer,” the minister said, adding that the federal government was on board.",
          "The meeting, chaired by the chief secretary, lasted nearly %d hours.",
          "Traders' representatives said they had not been consulted before the announcement.",
          "The %o has been asked to submit a detailed report within %d days.",
          "Earlier this month, a similar proposal was shelved after protests in %c.",
          "Data released by the bureau of statistics showed a %d per cent increase over the previous year.");

  private static final List<String> ENGLISH =
      List.of(
          "Good move, but implementation is what matters.",
          "This should have been done years ago.",
          "Who will pay for all this? The common man, as always.",
          "I have lived in %c for %d years and nothing has changed.",
          "Excellent reporting. Please follow up on this story.",
          "Another committee, another report, and then silence.",
          "It’s about time someone took notice.",
          "The real problem is governance, not money.",
          "Why is nobody talking about the people who lost their jobs?",
          "Well said! Accountability must start at the top.",
          "Numbers don't add up. Rs%d billion for this?",
          "Let's see how far this goes.",
          "My father worked for the %o for %d years; he would have laughed at this.",
          "Please fix the roads first.",
          "Education and health should be the priority, everything else can wait.",
          "Same story every summer.",
          "Hope sense prevails. 👍",
          "The article misses the point entirely.");
  private static final List<String> ROMAN_URDU =
      List.of(
          "Laton key bhoot baton sey nahin mantey.",
          "Yeh sab drama hai, kuch nahin badlega.",
          "Pani ka bill phir barh gaya, aur pani aata hi nahin.",
          "Bohat acha faisla hai, Allah kamyab kare.",
          "Pehle apna ghar theek karo, phir baat karna.",
          "Hamare sheher mein to %d din se bijli nahin hai.",
          "Kya baat hai! Akhir kisi ne to socha.",
          "Awam ka koi nahin sochta, sirf apni jaib bharte hain.",
          "Inshallah sab theek ho jaye ga.",
          "Yeh kaam to %c mein bhi hona chahiye.");
  private static final List<String> URDU =
      List.of(
          "یہ بہت اچھا فیصلہ ہے۔",
          "عوام کو ریلیف کب ملے گا؟",
          "پہلے بھی ایسے وعدے کیے گئے تھے۔",
          "حکومت کو اس مسئلے پر سنجیدگی سے غور کرنا چاہیے۔",
          "ہمارے علاقے میں پانی کی شدید کمی ہے۔",
          "اللہ ہمارے ملک پر رحم کرے۔",
          "یہ خبر پڑھ کر افسوس ہوا۔",
          "تعلیم پر توجہ دی جائے تو سب ٹھیک ہو جائے گا۔");

  private static final List<String> FIRST_NAMES =
      List.of("Saima", "Bilal", "Owais", "Ayesha", "Imran", "Fatima", "Hamza", "Zainab", "Usman",
          "Mehreen", "Kamran", "Nida", "Asad", "Rabia", "Faisal", "Sana", "Iqbal F", "Mo");
  private static final List<String> LAST_NAMES =
      List.of("Khan", "Ahmed", "Siddiqui", "Qureshi", "Malik", "Hussain", "Baig", "Chaudhry",
          "quadir", "Ash", "Shah", "Butt");
  private static final List<String> HANDLES =
      List.of("Dr. Salaria, Aamir Ahmad", "CPEC-istan", "Anti-Corruption_Pakistani", "Undiplomatic",
          "wellwisher", "MeToo", "Bilal, Clifton", "Khan, Peshawar", "A. Rehman (Lahore)",
          "Truth_Seeker_99", "Overseas Pakistani, Toronto", "عمران خان", "فاطمہ علی", "ایک پاکستانی",
          "Zak", "Ali123", "Dr. K. Shah, MBBS");

  private SyntheticText() {}

  static String pick(SplittableRandom random, List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  static String headline(SplittableRandom random) {
    if (random.nextInt(25) == 0) {
      return pick(random, URDU_HEADLINES);
    }
    return pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS);
  }

  /** A body paragraph of two to five sentences. */
  static String bodyParagraph(SplittableRandom random) {
    StringBuilder paragraph = new StringBuilder();
    int sentences = 2 + random.nextInt(4);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        paragraph.append(' ');
      }
      paragraph.append(fill(random, pick(random, BODY)));
    }
    return paragraph.toString();
  }

  static String commenter(SplittableRandom random) {
    int kind = random.nextInt(10);
    if (kind < 4) {
      return pick(random, HANDLES);
    }
    if (kind < 6) {
      return pick(random, FIRST_NAMES);
    }
    return pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
  }

  /** A comment paragraph of one to four sentences in one language; now and then two lines. */
  /**
   * The worst case for ranking: words each in {@value #WORST_SHARE_PERCENT} % of comments. Each
   * word of {@link #WORST_CASE} is in the paragraph with that chance, in a shuffled order, so any
   * one word matches ~40 % of comments, two ~16 %, and a phrase of two far fewer.
   */
  static String worstCaseParagraph(SplittableRandom random) {
    List<String> words = new ArrayList<>();
    for (String word : WORST_CASE) {
      if (random.nextInt(100) < WORST_SHARE_PERCENT) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      words.add(pick(random, WORST_CASE));
    }
    for (int i = words.size() - 1; i > 0; i--) {
      java.util.Collections.swap(words, i, random.nextInt(i + 1));
    }
    return String.join(" ", words);
  }

  static final int WORST_SHARE_PERCENT = 40;
  /** The worst case's vocabulary: words that each stand in ~40 % of comments. */
  static final List<String> WORST_CASE = List.of("government", "people", "water", "nahin", "bijli", "price",
      "budget", "karachi", "election", "hospital", "school", "court", "police", "minister", "market",
      "pani", "awam", "sarkar", "mehngai", "corruption");

  static String commentParagraph(SplittableRandom random) {
    int language = random.nextInt(20);
    List<String> pool = language < 12 ? ENGLISH : language < 16 ? ROMAN_URDU : URDU;
    StringBuilder paragraph = new StringBuilder();
    int sentences = 1 + random.nextInt(4);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        paragraph.append(random.nextInt(12) == 0 ? '\n' : ' ');
      }
      paragraph.append(fill(random, pick(random, pool)));
    }
    if (random.nextInt(200) == 0) {
      paragraph.append(' '); // trailing spaces are kept, so they must come back
    }
    return paragraph.toString();
  }

  private static String fill(SplittableRandom random, String template) {
    if (!template.contains("%")) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '%' && i + 1 < template.length()) {
        out.append(slotWord(random, template.charAt(++i)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String slotWord(SplittableRandom random, char kind) {
    return switch (kind) {
      case 'c' -> titleCase(pick(random, CITIES));
      case 'o' -> pick(random, SUBJECTS).toLowerCase(Locale.ROOT);
      case 'w' -> pick(random, WEEKDAYS);
      default -> String.valueOf(2 + random.nextInt(60));
    };
  }

  private static String titleCase(String city) {
    StringBuilder out = new StringBuilder(city.length());
    for (int i = 0; i < city.length(); i++) {
      char c = city.charAt(i);
      boolean startsWord = i == 0 || city.charAt(i - 1) == ' ' || city.charAt(i - 1) == '.';
      out.append(startsWord ? c : Character.toLowerCase(c));
    }
    return out.toString();
  }
}
