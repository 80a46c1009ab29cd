package news.broadsheet.web.reader;

/** A link to a list of stories with how many it holds: a month, a day or a source. */
public record CountLink(String label, String href, long stories) {

  public String storiesLabel() {
    return stories == 1 ? "1 story" : stories + " stories";
  }
}
