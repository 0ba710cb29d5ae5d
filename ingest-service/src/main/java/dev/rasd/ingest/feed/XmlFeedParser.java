package dev.rasd.ingest.feed;

import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with Rome, after {@link XmlRepair}. The XML is parsed by a builder
 * that refuses DOCTYPEs and external entities; a document that is still not well-formed is salvaged through
 * jsoup's lenient XML parser, which closes what was left open, so the items that were intact survive.
 *
 * <p>Rome maps the common fields. Dates, xml:base, Media RSS images and polling hints are read from the XML
 * element of each item, paired with Rome's entry by position: Rome keeps the document order of items.
 */
final class XmlFeedParser {

    private static final String SYNDICATION = "http://purl.org/rss/1.0/modules/syndication/";
    private static final Namespace DUBLIN_CORE = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");
    private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    private static final String MEDIA_RSS = "http://search.yahoo.com/mrss";
    private static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "date", "created");
    private static final List<String> UPDATED = List.of("updated", "modified");
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
    /** Writes the children of an XHTML {@code body} back as the markup they are. */
    private static final XMLOutputter MARKUP = new XMLOutputter(Format.getRawFormat().setOmitDeclaration(true)
            .setExpandEmptyElements(true)); // <iframe/> is no HTML: written so, the text after it would vanish
    private static final Pattern IMAGE_PATH = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|avif)$");

    private XmlFeedParser() {
    }

    static ParsedFeed parse(String text, URI baseUrl, ZoneId feedZone) throws FeedParseException {
        List<String> warnings = new ArrayList<>();
        Built built = build(XmlRepair.repair(text));
        Document document = built.document();
        List<Element> itemElements = prepareItems(document);
        if (built.brokenReason() != null) {
            if (itemElements.isEmpty()) {
                // A salvage that kept no item saved nothing: report the document as broken.
                throw new FeedParseException(built.brokenReason());
            }
            warnings.addFirst(built.brokenReason() + " (salvaged with a lenient parse)");
        }
        SyndFeed feed = romeFeed(document);
        List<SyndEntry> entries = feed.getEntries();
        if (entries.size() != itemElements.size()) {
            throw new FeedParseException("not a feed: Rome read " + entries.size() + " items where the document has "
                    + itemElements.size());
        }
        Element root = document.getRootElement();
        URI feedBase = baseOf(root, baseUrl);
        List<FeedItem> items = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Element element = itemElements.get(i);
            items.add(item(entries.get(i), element, baseOf(element, baseUrl), feedZone));
        }
        return new ParsedFeed(feed.getFeedType(), FeedText.plain(feed.getTitle()),
                FeedLinks.resolve(feedBase, siteLink(feed)), hints(root), items, warnings);
    }

    /** The feed's alternate link (Rome may give Atom's self link as the feed link). */
    private static String siteLink(SyndFeed feed) {
        return feed.getLinks().stream()
                .filter(link -> link.getRel() == null || link.getRel().equals("alternate"))
                .map(SyndLink::getHref).findFirst().orElse(feed.getLink());
    }

    /** A parsed document; {@code brokenReason} is set when it was salvaged from a broken one. */
    private record Built(Document document, String brokenReason) {
    }

    private static Built build(String xml) throws FeedParseException {
        try {
            return new Built(secureBuilder().build(new StringReader(xml)), null);
        } catch (JDOMParseException e) {
            String reason = "XML is not well-formed at line " + e.getLineNumber() + ": " + firstLine(e);
            Document salvaged = salvage(xml);
            if (salvaged == null) {
                throw new FeedParseException(reason, e);
            }
            return new Built(salvaged, reason);
        } catch (JDOMException | IOException e) {
            throw new FeedParseException("XML could not be read: " + firstLine(e), e);
        }
    }

    /**
     * A builder that never reads a DOCTYPE nor an external entity. {@link XmlRepair} already removed
     * DOCTYPEs; this is the second lock.
     */
    private static SAXBuilder secureBuilder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        return builder;
    }

    /** Re-serialises jsoup's lenient reading of the document as well-formed XML and parses that, or null. */
    private static Document salvage(String xml) {
        org.jsoup.nodes.Document lenient = Jsoup.parse(xml, "", Parser.xmlParser());
        lenient.childNodes().stream().filter(DocumentType.class::isInstance).toList().forEach(n -> n.remove());
        lenient.outputSettings()
                .prettyPrint(false)
                .syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8);
        try {
            return secureBuilder().build(new StringReader(lenient.outerHtml()));
        } catch (JDOMException | IOException e) {
            return null;
        }
    }

    /**
     * The item elements in the order Rome reads them, after the repairs Rome needs to read them at all: an Atom
     * {@code <feed>} written without its namespace is put in it, an {@code <rss>} without {@code <channel>} is
     * given one, and RSS items that sit outside {@code <channel>} are moved into it (Rome would skip them).
     */
    private static List<Element> prepareItems(Document document) {
        Element root = document.getRootElement();
        List<Element> items;
        if (root.getName().equals("feed")) {
            if (root.getNamespaceURI().isEmpty()) {
                inNamespace(root, "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10);
            }
            items = new ArrayList<>(root.getChildren("entry", root.getNamespace()));
            items.forEach(XmlFeedParser::decodeBase64);
        } else {
            Element channel = root.getChildren().stream().filter(e -> e.getName().equals("channel")).findFirst()
                    .orElse(null);
            if (channel == null && root.getName().equals("rss")) {
                channel = new Element("channel", root.getNamespace());
                root.addContent(channel);
            }
            if (channel == null) {
                return List.of();
            }
            if (root.getName().equals("rss")) {
                for (Element stray : new ArrayList<>(root.getChildren("item", channel.getNamespace()))) {
                    channel.addContent(stray.detach());
                }
                items = new ArrayList<>(channel.getChildren("item", channel.getNamespace()));
            } else {
                items = new ArrayList<>(root.getChildren("item", channel.getNamespace()));
            }
        }
        return items;
    }

    /**
     * Decodes the base64 text constructs of an Atom entry (Atom 0.3 {@code mode="base64"}; Atom 1.0 a {@code type}
     * that is a MIME type neither text nor XML) into the text they encode, marked as HTML: Rome fails on the line
     * breaks such text has. What does not decode to UTF-8 text (an image, a PDF) is left as written.
     */
    private static void decodeBase64(Element entry) {
        for (Element child : entry.getChildren()) {
            String mode = child.getAttributeValue("mode");
            String type = child.getAttributeValue("type");
            boolean base64 = "base64".equals(mode)
                    || (type != null && type.contains("/") && !type.startsWith("text/") && !type.endsWith("xml"));
            if (!base64 || child.getTextTrim().isEmpty()) {
                continue;
            }
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(child.getTextTrim());
                child.setText(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
            } catch (IllegalArgumentException | CharacterCodingException e) {
                continue;
            }
            if (mode != null) {
                child.setAttribute("mode", "escaped");
            } else {
                child.setAttribute("type", "html");
            }
        }
    }

    /** Puts {@code element} and its descendants that have no namespace into {@code namespace}. */
    private static void inNamespace(Element element, Namespace namespace) {
        element.setNamespace(namespace);
        for (Element child : element.getChildren()) {
            if (child.getNamespaceURI().isEmpty()) {
                inNamespace(child, namespace);
            }
        }
    }

    private static SyndFeed romeFeed(Document document) throws FeedParseException {
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(true);
        try {
            return input.build(document);
        } catch (IllegalArgumentException e) {
            throw new FeedParseException(
                    "not a feed: unknown root element <" + document.getRootElement().getQualifiedName() + ">", e);
        } catch (FeedException e) {
            throw new FeedParseException("not a feed: " + firstLine(e), e);
        }
    }

    private static FeedItem item(SyndEntry entry, Element element, URI base, ZoneId feedZone) {
        URI url = url(entry, base);
        String guid = FeedText.trimmed(entry.getUri());
        Instant updated = firstDate(element, UPDATED, feedZone);
        Instant published = firstDate(element, PUBLISHED, feedZone);
        SyndContent description = entry.getDescription();
        String summary = description == null ? null : FeedText.plain(description.getValue());
        return new FeedItem(
                guid != null ? guid : url == null ? null : url.toString(),
                url,
                orElseChild(FeedText.plain(entry.getTitle()), element, "title", DUBLIN_CORE.getURI()),
                orElseChild(orElseChild(summary, element, "description", DUBLIN_CORE.getURI()), element, "summary",
                        ITUNES),
                content(entry, element),
                orElseChild(orElseChild(author(entry), element, "author", DUBLIN_CORE.getURI()), element, "author",
                        ITUNES),
                published != null ? published : updated,
                updated,
                categories(entry, element),
                image(entry, element, base));
    }

    /**
     * {@code value}, else the plain text of the item's child element {@code name} in {@code namespace}: Dublin Core
     * and iTunes elements that Rome does not map for every feed type. The namespace is compared ignoring case, as
     * podcast feeds write Apple's in both cases.
     */
    private static String orElseChild(String value, Element item, String name, String namespace) {
        if (value != null) {
            return value;
        }
        return item.getChildren().stream()
                .filter(child -> child.getName().equals(name) && child.getNamespaceURI().equalsIgnoreCase(namespace))
                .map(child -> FeedText.plain(child.getText())).filter(text -> text != null).findFirst().orElse(null);
    }

    /**
     * Rome's content ({@code content:encoded}, Atom {@code content}), else the older places feeds put the full
     * text and Rome does not read: an XHTML {@code body} (markup as child elements) or a {@code fullitem}.
     */
    private static String content(SyndEntry entry, Element element) {
        String rome = entry.getContents().stream().map(c -> FeedText.html(c.getValue(), c.getType()))
                .filter(c -> c != null).findFirst().orElse(null);
        if (rome != null) {
            return rome;
        }
        for (Element child : element.getChildren()) {
            String namespace = child.getNamespaceURI();
            if (child.getName().equals("body") && (namespace.isEmpty() || namespace.equals(XHTML))) {
                return FeedText.html(MARKUP.outputString(child.getContent()), "xhtml");
            }
            if (child.getName().equals("fullitem")) {
                return FeedText.html(child.getText(), "html");
            }
        }
        return null;
    }

    /** The link, else for RSS a guid that is a permalink and an absolute http(s) URL. */
    private static URI url(SyndEntry entry, URI base) {
        if (entry.getWireEntry() instanceof Item rssItem) {
            URI link = FeedLinks.resolve(base, rssItem.getLink());
            Guid guid = rssItem.getGuid();
            return link != null || guid == null || !guid.isPermaLink() ? link : FeedLinks.resolve(null, guid.getValue());
        }
        return FeedLinks.resolve(base, entry.getLink());
    }

    private static String author(SyndEntry entry) {
        String author = FeedText.plain(entry.getAuthor());
        if (author != null) {
            return author;
        }
        return entry.getAuthors().stream().map(SyndPerson::getName).map(FeedText::plain)
                .filter(name -> name != null).findFirst().orElse(null);
    }

    /** Rome's categories and the Dublin Core subjects, which Rome does not list for RSS 1.0 items. */
    private static List<String> categories(SyndEntry entry, Element element) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndCategory category : entry.getCategories()) {
            names.add(FeedText.plain(category.getName()));
        }
        for (Element subject : element.getChildren("subject", DUBLIN_CORE)) {
            names.add(FeedText.plain(subject.getText()));
        }
        names.remove(null);
        return List.copyOf(names);
    }

    /** An image enclosure, else a Media RSS image content, else a Media RSS thumbnail. */
    private static URI image(SyndEntry entry, Element element, URI base) {
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            if (isImage(enclosure.getType(), null, enclosure.getUrl())) {
                URI uri = FeedLinks.resolve(base, enclosure.getUrl());
                if (uri != null) {
                    return uri;
                }
            }
        }
        URI thumbnail = null;
        for (Element media : element.getDescendants(Filters.element())) {
            if (!media.getNamespaceURI().startsWith(MEDIA_RSS)) {
                continue;
            }
            String url = media.getAttributeValue("url");
            if (media.getName().equals("content") && isImage(media.getAttributeValue("type"),
                    media.getAttributeValue("medium"), url)) {
                URI uri = FeedLinks.resolve(base, url);
                if (uri != null) {
                    return uri;
                }
            } else if (media.getName().equals("thumbnail") && thumbnail == null) {
                thumbnail = FeedLinks.resolve(base, url);
            }
        }
        return thumbnail;
    }

    private static boolean isImage(String type, String medium, String url) {
        if (type != null && !type.isBlank()) {
            return type.strip().toLowerCase(Locale.ROOT).startsWith("image/");
        }
        if (medium != null && !medium.isBlank()) {
            return medium.strip().equalsIgnoreCase("image");
        }
        return url != null && IMAGE_PATH.matcher(url.strip().replaceAll("[?#].*$", "")).matches();
    }

    private static Instant firstDate(Element element, List<String> names, ZoneId feedZone) {
        for (String name : names) {
            for (Element child : element.getChildren()) {
                if (child.getName().equals(name)) {
                    Instant instant = FeedDates.parse(child.getTextNormalize(), feedZone);
                    if (instant != null) {
                        return instant;
                    }
                }
            }
        }
        return null;
    }

    /** The base for links inside {@code element}: the feed URL resolved through every xml:base above it. */
    private static URI baseOf(Element element, URI feedUrl) {
        List<Element> path = new ArrayList<>();
        for (Element e = element; e != null; e = e.getParentElement()) {
            path.addFirst(e);
        }
        URI base = feedUrl;
        for (Element e : path) {
            URI declared = FeedLinks.resolve(base, e.getAttributeValue("base", Namespace.XML_NAMESPACE));
            base = declared != null ? declared : base;
        }
        return base;
    }

    private static FeedHints hints(Element root) {
        Element channel = root.getChildren().stream().filter(e -> e.getName().equals("channel")).findFirst()
                .orElse(root);
        Namespace sy = Namespace.getNamespace(SYNDICATION);
        return new FeedHints(
                integer(channel.getChildText("ttl", channel.getNamespace())),
                FeedText.trimmed(channel.getChildText("updatePeriod", sy)),
                integer(channel.getChildText("updateFrequency", sy)));
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String firstLine(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
