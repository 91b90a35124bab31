package org.newsfuse.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.model.Token;

/**
 * The clock time a statement gives for a development: "the alarm was raised at about 06:40 GMT",
 * "the alarm was raised at 7.10am". Times are compared in minutes after midnight; "06:40",
 * "06:40 GMT" and "6.40am" are one time, and "about" allows a quarter of an hour either way. The
 * slot is the event noun and verb ("alarm" + "raise"), so times of different developments are
 * never set against each other.
 */
final class ClockTimeClaims {
  private static final Pattern CLOCK = Pattern.compile(
      "(\\d{1,2})([:.])(\\d{2})\\s*(a\\.?m\\.?|p\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
  private static final Set<String> APPROX = Set.of("about", "around", "approximately", "roughly",
      "shortly", "just", "nearly", "almost");
  private static final Set<String> AUX = Set.of("be", "have", "get");

  List<Claim> claims(Statement st) {
    List<Token> t = st.sentence().tokens();
    String text = st.document().article().text();
    List<Claim> out = new ArrayList<>();
    for (int i = 1; i < t.size(); i++) {
      String w = t.get(i).word();
      String next = i + 1 < t.size() ? t.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
      Matcher m = CLOCK.matcher(w + (next.matches("a\\.?m\\.?|p\\.?m\\.?") ? next : ""));
      if (!m.matches()) continue;
      boolean meridiem = m.group(4) != null;
      if (m.group(2).equals(".") && !meridiem) continue; // "3.5" is a decimal, not a time
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(3));
      if (hour > 23 || minute > 59) continue;
      if (meridiem && m.group(4).toLowerCase(Locale.ROOT).startsWith("p") && hour < 12) hour += 12;
      int k = i - 1;
      boolean approx = false;
      while (k >= 0 && APPROX.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
        approx = true;
        k--;
      }
      if (k < 0 || !t.get(k).word().equalsIgnoreCase("at")) continue;
      int verb = k - 1;
      while (verb >= 0 && t.get(verb).pos().startsWith("RB")) verb--;
      if (verb < 0 || !t.get(verb).pos().startsWith("VB")) continue;
      String event = null;
      for (int n = verb - 1; n >= Math.max(0, verb - 4); n--) {
        Token x = t.get(n);
        if (x.pos().startsWith("NN")) {
          event = EventNouns.canonical(Names.fold(x.lemma()));
          break;
        }
        if (!(x.pos().startsWith("RB") || AUX.contains(x.lemma()) || x.pos().equals("MD"))) break;
      }
      if (event == null) continue;
      String verbLemma = t.get(verb).lemma().toLowerCase(Locale.ROOT);
      int minutes = hour * 60 + minute;
      int tolerance = approx ? 15 : 0;
      Quantity q = new Quantity(minutes - tolerance, minutes + tolerance, "time:" + event + ":"
          + verbLemma, "time the " + event + " was " + t.get(verb).word().toLowerCase(Locale.ROOT),
          text.substring(t.get(k).begin(), t.get(meridiem && !w.matches(".*[a-zA-Z]") ? i + 1 : i)
              .end()), t.get(k).begin(), t.get(i).end(), true);
      out.add(new Claim(st, q.slot(), q.label(), "NUMBER", q.text(),
          String.format(Locale.ROOT, "%02d:%02d", hour, minute), q, true));
    }
    return out;
  }
}
