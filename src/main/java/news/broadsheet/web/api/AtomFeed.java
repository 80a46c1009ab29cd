package news.broadsheet.web.api;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with the JDK's streaming XML writer, which escapes every
 * text and attribute; characters XML cannot carry at all are left out.
 */
final class AtomFeed {

  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  /** The feed itself; {@code alternate} is the page it follows. */
  record Feed(String id, String title, String self, String alternate, OffsetDateTime updated, List<Entry> entries) {}

  /**
   * One entry.
   *
   * @param link the page of the entry
   * @param html whether {@code content} is HTML (escaped into the feed) rather than plain text
   * @param summary a summary in plain text, or null
   */
  record Entry(
      String id, String title, String link, String author, OffsetDateTime published, OffsetDateTime updated, String content,
      boolean html, String summary) {}

  private AtomFeed() {}

  static byte[] write(Feed feed) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      text(xml, "id", feed.id());
      text(xml, "title", feed.title());
      text(xml, "updated", time(feed.updated()));
      link(xml, "self", feed.self(), "application/atom+xml");
      link(xml, "alternate", feed.alternate(), "text/html");
      xml.writeStartElement("generator");
      xml.writeCharacters("Broadsheet");
      xml.writeEndElement();
      for (Entry entry : feed.entries()) {
        entry(xml, entry);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException cannotHappenInMemory) {
      throw new IllegalStateException("cannot write an Atom feed", cannotHappenInMemory);
    }
    return bytes.toByteArray();
  }

  private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
    xml.writeStartElement("entry");
    text(xml, "id", entry.id());
    text(xml, "title", entry.title());
    link(xml, "alternate", entry.link(), "text/html");
    xml.writeStartElement("author");
    text(xml, "name", entry.author());
    xml.writeEndElement();
    text(xml, "published", time(entry.published()));
    text(xml, "updated", time(entry.updated()));
    if (entry.summary() != null) {
      text(xml, "summary", entry.summary());
    }
    xml.writeStartElement("content");
    xml.writeAttribute("type", entry.html() ? "html" : "text");
    xml.writeCharacters(xmlSafe(entry.content()));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(xmlSafe(value));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", xmlSafe(href));
  }

  private static String time(OffsetDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  /** The text without the characters XML 1.0 forbids (most control characters, lone surrogates). */
  static String xmlSafe(String text) {
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      boolean allowed =
          c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!allowed && safe == null) {
        safe = new StringBuilder(text.length()).append(text, 0, i);
      } else if (allowed && safe != null) {
        safe.appendCodePoint(c);
      }
      i = next;
    }
    return safe == null ? text : safe.toString();
  }
}
