package dev.rasd.ingest.feed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses JSON Feed 1.0 and 1.1 (https://jsonfeed.org), which Rome does not read. An item that is not an object is
 * skipped with a warning; every other item is kept, with neither id nor url if it has none.
 */
final class JsonFeedParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern VERSION = Pattern.compile("https?://jsonfeed\\.org/version/(\\S+)");

    private JsonFeedParser() {
    }

    static ParsedFeed parse(String text, URI baseUrl, ZoneId feedZone) throws FeedParseException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new FeedParseException("JSON is not well-formed"
                    + (where == null ? "" : " at line " + where.getLineNr()) + ": " + e.getOriginalMessage(), e);
        }
        Matcher version = VERSION.matcher(root.path("version").asText(""));
        if (!root.isObject() || !version.matches()) {
            throw new FeedParseException("not a feed: JSON without version https://jsonfeed.org/version/…");
        }
        List<String> warnings = new ArrayList<>();
        JsonNode itemNodes = root.path("items");
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < itemNodes.size(); i++) {
            JsonNode node = itemNodes.get(i);
            if (node.isObject()) {
                items.add(item(node, baseUrl, feedZone));
            } else {
                warnings.add("item " + (i + 1) + " skipped: not an object");
            }
        }
        return new ParsedFeed("json_" + version.group(1),
                FeedText.plain(text(root, "title")), FeedLinks.resolve(baseUrl, text(root, "home_page_url")),
                FeedHints.NONE, items, warnings);
    }

    private static FeedItem item(JsonNode node, URI baseUrl, ZoneId feedZone) {
        URI url = FeedLinks.resolve(baseUrl, text(node, "url"));
        String id = FeedText.trimmed(text(node, "id"));
        String html = text(node, "content_html");
        String plain = text(node, "content_text");
        Instant updated = FeedDates.parse(text(node, "date_modified"), feedZone);
        Instant published = FeedDates.parse(text(node, "date_published"), feedZone);
        return new FeedItem(
                id != null ? id : url == null ? null : url.toString(),
                url,
                FeedText.plain(text(node, "title")),
                FeedText.plain(text(node, "summary")),
                html != null && !html.isBlank() ? html.strip() : plain == null ? null : FeedText.html(plain, "text"),
                author(node),
                published != null ? published : updated,
                updated,
                tags(node),
                image(node, baseUrl));
    }

    /** JSON Feed 1.1 {@code authors}, else 1.0 {@code author}. */
    private static String author(JsonNode node) {
        for (JsonNode author : node.path("authors")) {
            String name = FeedText.plain(text(author, "name"));
            if (name != null) {
                return name;
            }
        }
        return FeedText.plain(text(node.path("author"), "name"));
    }

    private static List<String> tags(JsonNode node) {
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode tag : node.path("tags")) {
            String name = tag.isValueNode() ? FeedText.plain(tag.asText()) : null;
            if (name != null) {
                tags.add(name);
            }
        }
        return List.copyOf(tags);
    }

    /** {@code image}, else {@code banner_image}, else an image attachment. */
    private static URI image(JsonNode node, URI baseUrl) {
        URI image = FeedLinks.resolve(baseUrl, text(node, "image"));
        if (image == null) {
            image = FeedLinks.resolve(baseUrl, text(node, "banner_image"));
        }
        for (JsonNode attachment : node.path("attachments")) {
            if (image == null && text(attachment, "mime_type") != null
                    && text(attachment, "mime_type").startsWith("image/")) {
                image = FeedLinks.resolve(baseUrl, text(attachment, "url"));
            }
        }
        return image;
    }

    /** The text of a string or number field, else null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() || value.isNumber() ? value.asText() : null;
    }
}
