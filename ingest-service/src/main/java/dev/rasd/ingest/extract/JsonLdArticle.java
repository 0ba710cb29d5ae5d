package dev.rasd.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in JSON-LD ({@code <script type="application/ld+json">}): the first node typed
 * {@code Article}, {@code BlogPosting} or any {@code *NewsArticle} ({@code NewsArticle}, {@code ReportageNewsArticle}
 * …), found at the top level, inside arrays, inside {@code @graph}, or as the {@code mainEntity} of a page. A script
 * that is not valid JSON is skipped; the others are still read. Text values are returned as written (trimmed;
 * {@code articleBody} may hold HTML) and null when absent or blank.
 *
 * @param headline {@code headline} (else {@code name})
 * @param articleBody {@code articleBody}
 * @param author the author names, joined by a comma: {@code author} as a string, an object with {@code name}, or an
 *     array of those
 * @param datePublished {@code datePublished} as written (the first, when it is an array); when the article has none,
 *     that of another node of the same script (the {@code WebPage} of a {@code @graph})
 * @param dateModified {@code dateModified} as written
 * @param image the first {@code image}: a URL string, an object with {@code url}, or an array of those
 * @param url {@code url}, else {@code mainEntityOfPage} (its {@code @id} when an object)
 */
public record JsonLdArticle(
        String headline,
        String articleBody,
        String author,
        String datePublished,
        String dateModified,
        String image,
        String url) {

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    /** The first article described in {@code page}'s JSON-LD, if any. */
    public static Optional<JsonLdArticle> find(Document page) {
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root;
            try {
                root = LENIENT.readTree(script.data().strip());
            } catch (JsonProcessingException e) {
                continue;
            }
            Optional<JsonNode> article = articleNode(root);
            if (article.isPresent()) {
                return article.map(node -> of(node, root));
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> articleNode(JsonNode root) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.add(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.poll();
            if (node.isArray()) {
                node.forEach(pending::add);
            } else if (node.isObject()) {
                if (isArticleType(node.get("@type"))) {
                    return Optional.of(node);
                }
                for (String nested : List.of("@graph", "mainEntity")) {
                    if (node.hasNonNull(nested)) {
                        pending.add(node.get(nested));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText("");
        int colon = name.lastIndexOf(':');
        int slash = name.lastIndexOf('/');
        String local = name.substring(Math.max(colon, slash) + 1);
        return local.equals("Article") || local.equals("BlogPosting") || local.endsWith("NewsArticle");
    }

    /** The article {@code node}, its date taken from elsewhere in {@code root} (a {@code WebPage} of the graph) when it has none. */
    private static JsonLdArticle of(JsonNode node, JsonNode root) {
        String headline = text(node.get("headline"));
        String datePublished = firstText(node.get("datePublished"));
        return new JsonLdArticle(
                headline != null ? headline : text(node.get("name")),
                text(node.get("articleBody")),
                authors(node.get("author")),
                datePublished != null ? datePublished : firstText(root.findValue("datePublished")),
                firstText(node.get("dateModified")),
                firstUrl(node.get("image")),
                url(node));
    }

    private static String authors(JsonNode author) {
        List<String> names = new ArrayList<>();
        collectNames(author, names);
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void collectNames(JsonNode author, List<String> names) {
        if (author == null) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> collectNames(a, names));
            return;
        }
        String name = author.isObject() ? text(author.get("name")) : text(author);
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    private static String firstUrl(JsonNode image) {
        if (image == null) {
            return null;
        }
        if (image.isArray()) {
            for (JsonNode candidate : image) {
                String url = firstUrl(candidate);
                if (url != null) {
                    return url;
                }
            }
            return null;
        }
        return image.isObject() ? text(image.has("url") ? image.get("url") : image.get("contentUrl")) : text(image);
    }

    private static String url(JsonNode node) {
        String url = text(node.get("url"));
        if (url != null) {
            return url;
        }
        JsonNode page = node.get("mainEntityOfPage");
        return page != null && page.isObject() ? text(page.get("@id")) : text(page);
    }

    /** The text of a value, or of the first element of an array of values (some sites list several dates). */
    private static String firstText(JsonNode value) {
        if (value != null && value.isArray()) {
            for (JsonNode element : value) {
                String text = text(element);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        return text(value);
    }

    private static String text(JsonNode value) {
        if (value == null || !value.isValueNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
