package news.broadsheet.web.desk;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The sitemap protocol's rules and Google News sitemaps' as schemas (test resources
 * {@code sitemaps/*.xsd}): a document that breaks them is refused with the line and the rule.
 */
final class SitemapSchema {

  private final Schema schema;

  SitemapSchema() throws SAXException {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    schema = factory.newSchema(new Source[] {resource("sitemap-news.xsd"), resource("sitemap.xsd")});
  }

  private static Source resource(String name) {
    return new StreamSource(SitemapSchema.class.getResource("/sitemaps/" + name).toExternalForm());
  }

  /** Checks a sitemap, a sitemap index or a news sitemap; fails naming the document's address. */
  void check(String address, String xml) {
    try {
      schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException | IOException broken) {
      throw new AssertionError(address + " breaks the sitemap schema: " + broken.getMessage() + "\n" + xml, broken);
    }
  }
}
