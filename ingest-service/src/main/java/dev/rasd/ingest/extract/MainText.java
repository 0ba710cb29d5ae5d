package dev.rasd.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of an article page by content heuristics, in the spirit of Readability:
 * <ol>
 *   <li>drop what is never article text: scripts, styles, navigation, asides, footers, forms, iframes, figures,
 *       and elements whose class or id names chrome ({@link #CHROME_NAMES}: share bars, related articles,
 *       comments, ads, menus, …) unless they are long and also named as content;</li>
 *   <li>score each paragraph ({@code <p>}, or a block holding text directly) of at least {@value #MIN_PARAGRAPH}
 *       characters: one point, one per comma, one per 100 characters (at most three); add the score to its parent
 *       and half to its grandparent;</li>
 *   <li>weigh each container by its class and id (±25 for content or chrome names) and by the share of its text
 *       that is not link text; the best one is the article, joined by siblings that score at least a fifth of
 *       it (bodies split by an ad slot);</li>
 *   <li>inside, drop blocks that are mostly links (related-article lists) and paragraphs that only label an ad
 *       slot, and keep the rest as paragraphs.</li>
 * </ol>
 * A chrome-named block holding most of the page is a layout wrapper and is kept; a body split into several
 * containers is read from their common ancestor ({@link #commonAncestor}); hidden blocks are never text; and when
 * chrome names leave no article, the page is read again without them.
 */
final class MainText {

    /** Class or id words that name page chrome rather than article text. */
    static final Set<String> CHROME_NAMES = Set.of("share", "sharing", "social", "related", "comment", "comments",
            "ad", "ads", "advert", "advertisement", "adslot", "banner", "promo", "sponsor", "sponsored",
            "newsletter", "subscribe", "breadcrumb", "breadcrumbs", "sidebar", "widget", "cookie", "popup", "modal",
            "menu", "nav", "navbar", "footer", "tags", "recommended", "trending", "popular", "outbrain", "taboola",
            "toolbar", "masthead", "pagination", "print", "skip", "caption", "gallery", "credit", "byline",
            "timestamp");

    /** Class or id words that name article text. */
    static final Set<String> CONTENT_NAMES = Set.of("article", "body", "content", "entry", "main", "post", "story",
            "text", "detail", "details");

    private static final String NEVER_TEXT = "script, style, noscript, template, nav, aside, footer, form, iframe,"
            + " svg, button, input, select, textarea, object, embed, canvas, video, audio, figure, header,"
            + " [role=navigation], [role=complementary], [role=contentinfo], [aria-hidden=true], [hidden],"
            + " [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    private static final int MIN_PARAGRAPH = 25;
    /** Chrome-named blocks at least this long that are also content-named are kept: they are the article. */
    private static final int LONG_CONTENT = 500;
    private static final double LINK_HEAVY = 0.5;
    /** A chrome-named element holding more than this share of the page's text wraps the page: it is kept. */
    private static final double WRAPPER_SHARE = 0.5;
    private static final Set<String> AD_LABELS = Set.of("ad", "ads", "advert", "advertisement", "advertising",
            "sponsored", "sponsored content", "story continues below advertisement", "إعلان", "اعلان", "إعلانات");
    private static final int MAX_AD_LABEL = 40;
    private static final double RIVAL_SHARE = 0.3;
    private static final int MIN_RIVALS = 1;
    private static final double RIVALS_SHARE_OF_TEXT = 0.6;

    private MainText() {}

    /**
     * The paragraphs of the page's main text; empty when no block looks like article text. When removing
     * chrome-named blocks leaves less than an article's worth of text ({@link ArticleExtractor#MIN_MAIN_TEXT}), the
     * names misled (a theme that calls its post column a {@code widget}): the page is read again with them kept.
     */
    static List<String> paragraphs(Document page) {
        List<String> paragraphs = paragraphs(page, true);
        if (HtmlText.join(paragraphs).length() < ArticleExtractor.MIN_MAIN_TEXT) {
            paragraphs = paragraphs(page, false);
        }
        return paragraphs;
    }

    private static List<String> paragraphs(Document page, boolean dropChrome) {
        Element body = page.body().clone();
        body.select(NEVER_TEXT).remove();
        if (dropChrome) {
            removeChrome(body);
        }
        Map<Element, Double> scores = score(body);
        Element best = scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .map(top -> commonAncestor(top, scores))
                .orElse(null);
        if (best == null) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element part : withSiblings(best, scores)) {
            part.select("ul, ol, div, p, table, section").stream()
                    .filter(block -> linkDensity(block) > LINK_HEAVY)
                    .toList()
                    .forEach(Element::remove);
            HtmlText.paragraphs(part).stream().filter(p -> !isAdLabel(p)).forEach(paragraphs::add);
        }
        return paragraphs;
    }

    private static void removeChrome(Element body) {
        int pageText = body.text().length();
        List<Element> chrome = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            Set<String> words = nameWords(element);
            if (words.stream().anyMatch(CHROME_NAMES::contains) && !isContent(element, words, pageText)) {
                chrome.add(element);
            }
        }
        chrome.forEach(Element::remove);
    }

    /**
     * Whether a chrome-named element is the article all the same: long and also content-named, or a wrapper holding
     * most of the page's text ({@code non-ad-column}, {@code widget-wrap}, a theme's {@code penci_sidebar} layout),
     * which no share bar or ad slot does.
     */
    private static boolean isContent(Element element, Set<String> words, int pageText) {
        int length = element.text().length();
        return words.stream().anyMatch(CONTENT_NAMES::contains) && length >= LONG_CONTENT
                || length > pageText * WRAPPER_SHARE;
    }

    private static Map<Element, Double> score(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element block : body.select("p, pre, blockquote, td, div, section, article")) {
            String text = block.normalName().equals("p") ? block.text() : block.ownText();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double points = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element parent = block.normalName().equals("p") ? block.parent() : block;
            if (parent == null) {
                continue;
            }
            scores.merge(parent, points, Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) {
                scores.merge(grandparent, points / 2, Double::sum);
            }
        }
        scores.replaceAll((container, points) -> (points + nameWeight(container)) * (1 - linkDensity(container)));
        return scores;
    }

    /**
     * The block that holds the whole article when its paragraphs come in several containers (a body cut into
     * columns or sections between figures and ads): the nearest ancestor of {@code top} that holds at least
     * {@value #MIN_RIVALS} rival (another candidate scoring at least {@value #RIVAL_SHARE} of {@code top}) and whose
     * text is mostly theirs and {@code top}'s, so that a page wrapper with a few teasers does not qualify; else
     * {@code top} itself.
     */
    private static Element commonAncestor(Element top, Map<Element, Double> scores) {
        double bar = scores.get(top) * RIVAL_SHARE;
        Set<Element> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        scores.forEach((candidate, score) -> {
            if (score >= bar) {
                candidates.add(candidate);
            }
        });
        // the outermost candidates only, so that nested ones are not counted twice
        List<Element> rivals = candidates.stream()
                .filter(c -> c != top && c.parents().stream().noneMatch(candidates::contains)
                        && !c.parents().contains(top) && !top.parents().contains(c))
                .toList();
        if (rivals.size() < MIN_RIVALS) {
            return top;
        }
        int topText = top.text().length();
        for (Element ancestor : top.parents()) {
            if (ancestor.normalName().equals("body")) {
                break;
            }
            List<Element> inside = rivals.stream().filter(rival -> rival.parents().contains(ancestor)).toList();
            int candidateText = topText + inside.stream().mapToInt(rival -> rival.text().length()).sum();
            if (inside.size() >= MIN_RIVALS && candidateText >= ancestor.text().length() * RIVALS_SHARE_OF_TEXT) {
                return ancestor;
            }
        }
        return top;
    }

    private static List<Element> withSiblings(Element best, Map<Element, Double> scores) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = scores.getOrDefault(best, 0.0) / 5;
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best || scores.getOrDefault(sibling, 0.0) >= threshold && threshold > 0) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /** A paragraph that is only the label of an ad slot ("Advertisement", "إعلان"), left where the ad was. */
    private static boolean isAdLabel(String paragraph) {
        return paragraph.length() <= MAX_AD_LABEL
                && AD_LABELS.contains(paragraph.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", "").strip());
    }

    private static double nameWeight(Element element) {
        Set<String> words = nameWords(element);
        double weight = 0;
        if (words.stream().anyMatch(CONTENT_NAMES::contains)) {
            weight += 25;
        }
        if (words.stream().anyMatch(CHROME_NAMES::contains)) {
            weight -= 25;
        }
        return weight;
    }

    private static Set<String> nameWords(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(names.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int linkLength = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, (double) linkLength / length);
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،') {
                commas++;
            }
        }
        return commas;
    }
}
