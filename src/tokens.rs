//! Word tokens with byte spans, shared by the cue, mention and resolution
//! stages. The text is tokenised once per document.

use crate::lexicon::{self, Entry, Gender, WordTable};
use crate::quotes::Quotation;
use crate::span::Span;
use crate::swar::skip_alnum;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters and digits, with inner apostrophes, hyphens and the full
    /// stops of abbreviations and initials ("U.S.", "Mr.", "J.").
    Word,
    /// One punctuation character.
    Punct(char),
    /// The content of a quotation within one paragraph, as one token: no
    /// stage reads a cue or a speaker inside a quotation.
    Quoted,
}

/// One token, in 20 bytes: a text of punctuation alone has a token for
/// nearly every byte, and every stage reads them all. Offsets are kept in
/// 32 bits: [`tokenize`] makes tokens in the first 4 GiB of a text only.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    start: u32,
    end: u32,
    /// Index of the paragraph the token is in.
    pub para: u32,
    /// A word: the first sixteen of its entry's list flags, copied so that
    /// tests of them read the token alone (the rest are read from the
    /// entry), and above them the index of its entry in the table,
    /// [`NO_ENTRY`] if none. A punctuation token: the low sixteen bits of
    /// its char above sixteen zeros, so that it has no flag either.
    data: u32,
    /// A punctuation token: the bits of its char above the low sixteen.
    high: u8,
    /// The kind (`PUNCT`, `QUOTED`, or neither for a word) and, for a word,
    /// `UPPER`, `LOWER`, and which values the entry holds (`LEMMA`,
    /// `PRONOUN`, `FIRST_NAME`), so that words without them are told apart
    /// without reading the entry.
    bits: u8,
    /// Whether the token lies inside a top-level quotation (marks included).
    pub quoted: bool,
    /// Whether the word can be part of a capitalised name (set by the
    /// speakers stage once quotations are marked).
    pub name_part: bool,
}

impl Token {
    /// The token's bytes in the text.
    #[inline]
    pub fn span(&self) -> Span {
        Span {
            start: self.start as usize,
            end: self.end as usize,
        }
    }

    /// What the token is.
    pub fn kind(&self) -> Kind {
        match self.bits & KIND {
            PUNCT => Kind::Punct(char::from_u32(self.punct_char()).unwrap_or_default()),
            QUOTED => Kind::Quoted,
            _ => Kind::Word,
        }
    }

    #[inline]
    pub fn is_word(&self) -> bool {
        self.bits & KIND == 0
    }

    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.bits & KIND == PUNCT && self.punct_char() == u32::from(c)
    }

    /// The char of a punctuation token, as a number.
    #[inline]
    fn punct_char(&self) -> u32 {
        self.data >> 16 | u32::from(self.high) << 16
    }

    /// The token's text when it is one ASCII character: `matches!` on it
    /// tests what `matches!` on `span.as_str(text)` would, without
    /// slicing the text.
    #[inline]
    pub fn ascii_char(&self, text: &str) -> Option<u8> {
        if self.end.wrapping_sub(self.start) != 1 {
            return None;
        }
        text.as_bytes()
            .get(self.start as usize)
            .copied()
            .filter(u8::is_ascii)
    }

    /// Whether the token is a full stop, `!` or `?`: the marks that end a
    /// sentence (a `;` or `:` does not).
    #[inline]
    pub fn is_sentence_stop(&self, text: &str) -> bool {
        matches!(self.ascii_char(text), Some(b'.' | b'!' | b'?'))
    }

    /// Whether the token is a word that starts with an upper-case letter.
    #[inline]
    pub fn is_capitalised(&self) -> bool {
        self.bits & UPPER != 0
    }

    /// Whether the token is a word in lower case.
    #[inline]
    pub fn is_lower(&self) -> bool {
        self.bits & LOWER != 0
    }

    /// The first sixteen list flags of a word (none for other tokens).
    #[inline]
    fn flags(&self) -> u32 {
        self.data & 0xFFFF
    }

    /// Whether the word is on the word list `flag` names
    /// (`lexicon::TITLE`, …).
    #[inline]
    pub fn has(&self, flag: u32) -> bool {
        // Flags are constants at every call, so the branch folds away.
        if flag >> 16 == 0 {
            self.flags() & flag != 0
        } else {
            (self.flags() & flag != 0) || self.entry().is_some_and(|e| e.has(flag))
        }
    }

    /// The lemma, if the word is a reporting verb form.
    #[inline]
    pub fn lemma(&self) -> Option<&'static str> {
        if self.bits & LEMMA == 0 {
            return None;
        }
        self.entry().and_then(|e| e.lemma)
    }

    /// The gender, if the word is a subject pronoun.
    #[inline]
    pub fn pronoun(&self) -> Option<Gender> {
        if self.bits & PRONOUN == 0 {
            return None;
        }
        self.entry().and_then(|e| e.pronoun)
    }

    /// The usual gender, if the word is a given name.
    #[inline]
    pub fn first_name(&self) -> Option<Gender> {
        if self.bits & FIRST_NAME == 0 {
            return None;
        }
        self.entry().and_then(|e| e.first_name)
    }

    /// The word's entry in the word lists, if any.
    #[inline]
    fn entry(&self) -> Option<&'static Entry> {
        if !self.is_word() {
            return None;
        }
        lexicon::entries()
            .value((self.data >> 16) as usize)
            .and_then(Option::as_ref)
    }

    /// A token of `kind` at `span` in paragraph `para`, on no word list.
    /// `span` lies in the first 4 GiB of the text (see [`tokenize`]).
    #[inline]
    fn new(span: Span, kind: Kind, para: u32) -> Token {
        let (bits, data, high) = match kind {
            Kind::Word => (0, u32::from(NO_ENTRY) << 16, 0),
            Kind::Punct(c) => (PUNCT, u32::from(c) << 16, (u32::from(c) >> 16) as u8),
            Kind::Quoted => (QUOTED, 0, 0),
        };
        Token {
            start: span.start as u32,
            end: span.end as u32,
            para,
            data,
            high,
            bits,
            quoted: kind == Kind::Quoted,
            name_part: false,
        }
    }

    /// A word token starting with `first`, with what the word lists say
    /// about it: the entry at its index in the table.
    #[inline]
    fn word(span: Span, para: u32, first: char, entry: Option<(usize, &'static Entry)>) -> Token {
        let mut bits = if first.is_uppercase() { UPPER } else { 0 }
            | if first.is_lowercase() { LOWER } else { 0 };
        let (mut flags, mut index) = (0, NO_ENTRY);
        if let Some((i, e)) = entry.filter(|&(i, _)| i < usize::from(NO_ENTRY)) {
            index = i as u16;
            // The first sixteen flags; `has` reads the others from the
            // entry.
            flags = (e.flags() & 0xFFFF) as u16;
            bits |= if e.lemma.is_some() { LEMMA } else { 0 }
                | if e.pronoun.is_some() { PRONOUN } else { 0 }
                | if e.first_name.is_some() {
                    FIRST_NAME
                } else {
                    0
                };
        }
        Token {
            start: span.start as u32,
            end: span.end as u32,
            para,
            data: u32::from(flags) | u32::from(index) << 16,
            high: 0,
            bits,
            quoted: false,
            name_part: false,
        }
    }
}

/// Whether a word's bytes after its first letter are an apostrophe and an
/// upper-case letter ("’Entremont" of "d’Entremont").
fn elided_capital(rest: &[u8]) -> bool {
    let after = match rest {
        [b'\'', after @ ..] | [0xE2, 0x80, 0x99, after @ ..] => after,
        _ => return false,
    };
    after.first().is_some_and(u8::is_ascii_uppercase)
}

/// The end of the text that tokens can cover: their offsets take 32 bits.
const MAX_TOKEN_END: usize = u32::MAX as usize;

/// How far into the text [`tokenize`] makes tokens: the end of the last
/// paragraph that ends in the first 4 GiB (all of any shorter text).
pub(crate) fn tokenized_end(paras: &[Span]) -> usize {
    paras
        .iter()
        .take_while(|p| p.end <= MAX_TOKEN_END)
        .last()
        .map_or(0, |p| p.end)
}

/// The entry index of a word on no list.
const NO_ENTRY: u16 = u16::MAX;

/// Bits of [`Token::bits`].
const LEMMA: u8 = 1;
const PRONOUN: u8 = 1 << 1;
const FIRST_NAME: u8 = 1 << 2;
const UPPER: u8 = 1 << 3;
const LOWER: u8 = 1 << 4;
/// The kind: a word has neither bit.
const KIND: u8 = 3 << 5;
const PUNCT: u8 = 1 << 5;
const QUOTED: u8 = 2 << 5;

/// Tokenises `text`, giving each token its paragraph. Quote marks,
/// dashes and other punctuation are single tokens; whitespace is skipped.
///
/// The content of each top-level quotation of `quotes` (in order, not
/// overlapping) becomes one [`Kind::Quoted`] token per paragraph it
/// touches, and [`Token::quoted`] is set on the tokens inside a quotation,
/// marks included, as they are made (one pass over the tokens fewer).
///
/// Paragraphs that end past the first 4 GiB of the text get no tokens (see
/// [`tokenized_end`]): token offsets take 32 bits.
pub(crate) fn tokenize(text: &str, paras: &[Span], quotes: &[Quotation]) -> Vec<Token> {
    // News text has a token every six bytes or so; room for one every four
    // (five bytes of tokens a byte of text) holds a text of initials or
    // short words without growing, and stays within the size the
    // allocator reuses from call to call.
    let covered = match (paras.first(), paras.last()) {
        (Some(f), Some(l)) => l.end.saturating_sub(f.start),
        _ => 0,
    };
    let mut out = Vec::with_capacity(covered / 4);
    let entries = lexicon::entries();
    let mut marker = QuotedMarker::new(quotes);
    let mut next = 0;
    for (pi, para) in paras.iter().enumerate() {
        if para.end > MAX_TOKEN_END {
            break;
        }
        let mut from = para.start;
        while from < para.end {
            // Quotations already passed, or empty, are done with.
            while quotes
                .get(next)
                .is_some_and(|q| q.content.end <= from || q.content.end <= q.content.start)
            {
                next += 1;
            }
            let q = quotes
                .get(next)
                .map(|q| q.content)
                .filter(|q| q.start < para.end);
            let until = q.map_or(para.end, |q| q.start.max(from));
            if until > from {
                let first = out.len();
                tokenize_para(text, Span::new(from, until), pi as u32, entries, &mut out);
                marker.mark(out.get_mut(first..).unwrap_or_default());
            }
            let Some(q) = q else {
                break;
            };
            // q.end > until: the quotation is not empty and not passed.
            let end = q.end.min(para.end);
            let first = out.len();
            out.push(Token::new(Span::new(until, end), Kind::Quoted, pi as u32));
            marker.mark(out.get_mut(first..).unwrap_or_default());
            from = end;
        }
    }
    out
}

/// Sets [`Token::quoted`] on tokens given in order of their spans: whether
/// a top-level quotation, marks included, contains the token.
struct QuotedMarker<'q> {
    outers: std::slice::Iter<'q, Quotation>,
    outer: Option<Span>,
}

impl<'q> QuotedMarker<'q> {
    fn new(quotes: &'q [Quotation]) -> Self {
        let mut outers = quotes.iter();
        let outer = outers.next().map(Quotation::outer);
        QuotedMarker { outers, outer }
    }

    /// Marks the next tokens; past the last quotation they keep the mark
    /// they were made with.
    #[inline]
    fn mark(&mut self, toks: &mut [Token]) {
        for t in toks {
            let span = t.span();
            while self.outer.is_some_and(|o| o.end <= span.start) {
                self.outer = self.outers.next().map(Quotation::outer);
            }
            let Some(o) = self.outer else {
                return;
            };
            t.quoted = o.contains(span);
        }
    }
}

/// What a character is to the tokenizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Whitespace, a control or an invisible character: skipped.
    Space,
    /// A letter or a digit.
    Alnum,
    /// Anything else: a token of its own.
    Punct,
}

/// The class of each ASCII byte.
static ASCII_CLASS: [Class; 128] = {
    let mut t = [Class::Punct; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            Class::Alnum
        } else if c.is_ascii_whitespace() || c.is_ascii_control() {
            Class::Space
        } else {
            Class::Punct
        };
        b += 1;
    }
    t
};

/// The class of `c`, with no table search for ASCII, Latin-1, the
/// General Punctuation block (curly quotes, dashes, spaces) and the CJK
/// corner marks, the non-ASCII characters news text is made of. Agrees with [`class_by_tables`] on
/// every char (a test checks them all).
#[inline]
fn class(c: char) -> Class {
    match c as u32 {
        u @ 0..=0x7F => ASCII_CLASS[u as usize],
        0x80..=0xA0 | 0xAD => Class::Space,
        0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE => Class::Alnum,
        0xA1..=0xBF | 0xD7 | 0xF7 => Class::Punct,
        0xC0..=0x24F => Class::Alnum,
        0x2000..=0x200F | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x2060 => Class::Space,
        0x2010..=0x206F => Class::Punct,
        // 〈 〉 《 》 「 」 『 』 【 】, the brackets and quote marks of CJK
        // text.
        0x3008..=0x3011 => Class::Punct,
        _ => class_by_tables(c),
    }
}

/// The class of `c` from the Unicode tables of `char`.
fn class_by_tables(c: char) -> Class {
    if c.is_whitespace() || c.is_control() || is_invisible(c) {
        Class::Space
    } else if c.is_alphanumeric() || is_combining_mark(c) {
        Class::Alnum
    } else {
        Class::Punct
    }
}

/// Whether `c` is a combining mark, part of the letter before it: text in
/// decomposed form (NFD, as macOS pastes it) writes "É" as "E" and U+0301.
fn is_combining_mark(c: char) -> bool {
    matches!(
        c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
    )
}

/// Words in brackets that mark a retired officer after a title ("Col.
/// (Rtd)"), compared in any case.
/// (Its full stop is dropped before the comparison: "(ret.)".)
const RETIRED_MARKS: [&str; 4] = ["retd", "rtd", "ret", "retired"];

/// The length of a retired officer's mark in brackets opening `b`
/// ("(retd)", "(Rtd.)"), if `b` opens with one.
fn retired_mark_len(b: &[u8]) -> Option<usize> {
    let close = b.iter().take(10).position(|&c| c == b')')?;
    let inner = b.get(1..close)?;
    let inner = inner.strip_suffix(b".").unwrap_or(inner);
    RETIRED_MARKS
        .iter()
        .any(|m| m.as_bytes().eq_ignore_ascii_case(inner))
        .then_some(close + 1)
}

/// The char at byte `i` of `p` (a char boundary) and its length, with a
/// fast path for ASCII.
#[inline]
fn char_at(p: &str, i: usize) -> Option<(char, usize)> {
    let b = *p.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((b as char, 1));
    }
    let c = p.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Whether `c` is a letter or a digit (`char::is_alphanumeric`, without
/// a table search for the characters news text is made of).
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    class(c) == Class::Alnum
}

fn tokenize_para(
    text: &str,
    para: Span,
    pi: u32,
    entries: &'static WordTable<Option<Entry>>,
    out: &mut Vec<Token>,
) {
    let p = para.as_str(text);
    let bytes = p.as_bytes();
    let base = para.start;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII straight from the table; anything else decoded.
        let (c, len, cls) = if b.is_ascii() {
            (char::from(b), 1, ASCII_CLASS[usize::from(b)])
        } else if let Some(&[0xE2, 0x80, t]) = bytes.get(i..i + 3) {
            // U+2000–U+203F (curly quotes, dashes, spaces) from its bytes.
            let c = char::from_u32(0x2000 | u32::from(t & 0x3F)).unwrap_or_default();
            (c, 3, class(c))
        } else {
            let Some(c) = p.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            (c, c.len_utf8(), class(c))
        };
        // "@sarah_dev_ops": a social-media handle is one word, and names
        // its owner as a capitalised name would (not the "@" of an e-mail
        // address).
        if b == b'@' && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            let handle = |x: &u8| x.is_ascii_alphanumeric() || *x == b'_';
            let len = bytes[i + 1..].iter().take_while(|x| handle(x)).count();
            if len > 0 {
                let end = i + 1 + len;
                out.push(Token::word(Span::new(base + i, base + end), pi, 'A', None));
                i = end;
                continue;
            }
        }
        // An HTML entity is one token of the char it writes ("&amp;" an
        // ampersand, "&nbsp;" a space), not a word between two marks.
        let (c, len, cls) = match (c == '&')
            .then(|| crate::text::html_entity(&p[i..]))
            .flatten()
        {
            Some((e, n)) => (e, n, class(e)),
            None => (c, len, cls),
        };
        // "Rear Admiral (retd) Komlan Amedzro", "Brig. Gen. (rtd)": the
        // mark of a retired officer between a title and the name is no
        // token, so that the title runs on into the name.
        if b == b'(' {
            if let Some(n) = retired_mark_len(&bytes[i..]) {
                if out
                    .last()
                    .is_some_and(|t: &Token| t.para == pi && t.is_capitalised())
                {
                    i += n;
                    continue;
                }
            }
        }
        match cls {
            Class::Space => i += len,
            Class::Punct => {
                out.push(Token::new(
                    Span::new(base + i, base + i + len),
                    Kind::Punct(c),
                    pi,
                ));
                i += len;
            }
            Class::Alnum => {
                let (end, hyphen) = word_end(p, i, len);
                // The key read in place from the text, sixteen bytes at a
                // time even near the end of the paragraph.
                let entry = text
                    .as_bytes()
                    .get(base + i..)
                    .and_then(|b| lexicon::word_key_at(b, end - i))
                    .and_then(|k| entries.find_key(k))
                    .and_then(|w| Some((w, entries.value(w)?.as_ref()?)));
                // (Not the words the lists know: `CAPITALS_NOT_WORDS`.)
                let entry = match entry {
                    Some(_)
                        if end - i <= 3
                            && b.is_ascii_uppercase()
                            && bytes
                                .get(i..end)
                                .is_some_and(|w| CAPITALS_NOT_WORDS.contains(&w)) =>
                    {
                        None
                    }
                    Some(e) => Some(e),
                    // "Secretary-General", "Attorney-General": a hyphenated
                    // word the lists do not hold is a title when its last
                    // part is one (the lists read no word over sixteen
                    // bytes).
                    None if hyphen => hyphenated_entry(&bytes[i..end], entries),
                    // ("Desirée", "José", "Zoë": a given name with accents
                    // the list holds without them.)
                    // (The cheap tests first: a capital opens a name; a
                    // Latin letter with an accent is two bytes, the first
                    // 0xC3; no curly apostrophe.)
                    None if (b.is_ascii_uppercase() || b == 0xC3)
                        && !bytes[i..end].is_ascii()
                        && bytes[i..end].contains(&0xC3)
                        && !bytes[i..end].contains(&0xE2) =>
                    {
                        folded_first_name(&bytes[i..end], entries)
                    }
                    None => None,
                };

                // "d’Entremont", "d'Alessandro": an elided particle before
                // a capital makes a capitalised name.
                // ("Mac an t-Saoir", "Ó h-Aodha": so does a Gaelic
                // mutation's letter and hyphen.)
                let c = if (matches!(b, b'd' | b'l')
                    && end > i + 2
                    && matches!(bytes[i + 1], b'\'' | 0xE2)
                    && elided_capital(&bytes[i + 1..end]))
                    || (matches!(b, b't' | b'h' | b'n')
                        && end > i + 3
                        && bytes[i + 1] == b'-'
                        && (bytes[i + 2].is_ascii_uppercase() || bytes[i + 2] == 0xC3))
                {
                    'D'
                } else {
                    c
                };
                out.push(Token::word(Span::new(base + i, base + end), pi, c, entry));
                i = end;
            }
        }
    }
}

/// Words in capitals that are a country, a trade or a body, not the words
/// the lists know in lower case: "said US Secretary of State …", "IT
/// minister", "the WHO", "IS said".
const CAPITALS_NOT_WORDS: [&[u8]; 4] = [b"US", b"IT", b"WHO", b"IS"];

/// The entry of a given name written with Latin accents that the word
/// lists hold without them ("Desirée" as "desiree", "José" as "jose"):
/// only a first name's, and only for a word of sixteen bytes or fewer
/// once folded. (Rare: kept out of the tokenizer's loop.)
#[cold]
#[inline(never)]
fn folded_first_name(
    word: &[u8],
    entries: &'static WordTable<Option<Entry>>,
) -> Option<(usize, &'static Entry)> {
    let mut buf = [0u8; 16];
    let folded = crate::text::fold_latin_word(std::str::from_utf8(word).ok()?, &mut buf)?;
    let key = crate::lexicon::word_key_at(folded.as_bytes(), folded.len())?;
    let w = entries.find_key(key)?;
    let e = entries.value(w)?.as_ref()?;
    e.first_name.is_some().then_some((w, e))
}

/// The entry of a hyphenated word's last part when that part is a
/// capitalised title ("Secretary-General" as "General", "co-Anchor"; not
/// "nanny-state"), or when it is a capitalised people's word and every
/// part before it one too or a capitalised adjective in "-ish"
/// ("Nigerian-American", "Swedish-Nigerian" as "American", "Nigerian": a
/// description, like "the American", not a name).
fn hyphenated_entry(
    word: &[u8],
    entries: &'static WordTable<Option<Entry>>,
) -> Option<(usize, &'static Entry)> {
    let lookup = |part: &[u8]| {
        if !part.first()?.is_ascii_uppercase() {
            return None;
        }
        lexicon::word_key_at(part, part.len())
            .and_then(|k| entries.find_key(k))
            .and_then(|w| Some((w, entries.value(w)?.as_ref()?)))
    };
    let h = word.iter().rposition(|&x| x == b'-')? + 1;
    let (w, e) = lookup(&word[h..])?;
    let people = |e: &Entry| e.flags() & lexicon::GROUP != 0;
    if e.flags() & lexicon::TITLE != 0
        || people(e)
            && word[..h - 1].split(|&x| x == b'-').all(|part| {
                part.first().is_some_and(u8::is_ascii_uppercase) && part.ends_with(b"ish")
                    || lookup(part).is_some_and(|(_, e)| people(e))
            })
    {
        Some((w, e))
    } else {
        None
    }
}

/// The end of the word of `p` that starts at byte `i` with a letter or
/// digit `len` bytes long: letters and digits, with inner apostrophes,
/// hyphens and ampersands, and the full stops of abbreviations and
/// initials; and whether a hyphen joins it.
#[inline]
fn word_end(p: &str, i: usize, len: usize) -> (usize, bool) {
    let bytes = p.as_bytes();
    let mut end = i + len;
    let mut hyphen = false;
    // Whether the word holds a full stop (only "U.S"-like runs put one in).
    let mut dotted_inside = false;
    loop {
        // Runs of ASCII letters and digits in one sweep.
        end = skip_alnum(bytes, end);
        let j = end;
        let (d, dlen) = match bytes.get(j) {
            None => break,
            // The commonest end of a word, settled at once.
            Some(b' ') => break,
            Some(&b) if b.is_ascii() => (char::from(b), 1),
            Some(_) => match p.get(j..).and_then(|r| r.chars().next()) {
                Some(d) => (d, d.len_utf8()),
                None => break,
            },
        };
        if is_alnum(d) {
            end = j + dlen;
        } else if matches!(u32::from(d), 0x80..=0xBF) && p[..j].ends_with(['Ã', 'Â']) {
            // "PeÃ±a", "TrÃ©vidic": UTF-8 read as Latin-1 ("ñ" as "Ã±"),
            // one word as it was.
            end = j + dlen;
        } else if matches!(d, '.' | ',' | '/')
            && j > i
            && bytes[j - 1].is_ascii_digit()
            && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
        {
            // "1.6", "9,000", "9/11": one number, not a full stop, a comma
            // or a slash.
            end = j + 1;
        } else if d == '/'
            && j == i + 1
            && bytes[i].is_ascii_lowercase()
            && bytes.get(j + 1).is_some_and(u8::is_ascii_lowercase)
            && bytes.get(j + 2).is_none_or(|b| !b.is_ascii_alphanumeric())
        {
            // "a/l", "s/o": one word, the "son of" or "daughter of" of a
            // Malaysian or Singaporean name ("Rajendran a/l Muthusamy").
            end = j + 2;
            break;
        } else if let Some((e, n)) = (d == '&')
            .then(|| crate::text::html_entity(&p[j..]))
            .flatten()
        {
            // An apostrophe or an ampersand written as an entity joins a
            // word as the char does ("O&#8217;Neil", "AT&amp;T"); a quote
            // mark or any other entity ends it.
            if matches!(e, '\'' | '’' | '&') && char_at(p, j + n).is_some_and(|(a, _)| is_alnum(a))
            {
                end = j + n;
            } else {
                break;
            }
        } else if matches!(d, '\'' | '’' | '-' | '&') {
            // Inner joiner: only if a letter follows.
            let after = char_at(p, j + dlen).map(|(a, _)| a);
            if after.is_some_and(is_alnum) && !(d == '\'' && after == Some('\'')) {
                hyphen |= d == '-';
                end = j + dlen;
            } else {
                break;
            }
        } else if d == '+'
            && bytes.get(i).is_some_and(u8::is_ascii_uppercase)
            && char_at(p, j + 1).is_none_or(|(a, _)| !is_alnum(a) && a != '+')
        {
            // "Disney+", "Brightwell+": a streaming service's plus is part
            // of its capitalised name.
            end = j + 1;
            break;
        } else if d == '.' {
            // "U.S." "a.m." "J." "Mr.": keep the full stop of an
            // abbreviation or an initial.
            let after = char_at(p, j + 1).map(|(a, _)| a);
            let dotted =
                after.is_some_and(char::is_alphabetic) && p[j + 1..].chars().nth(1) == Some('.');
            if dotted {
                // U.S: take ".S" and go on; the loop takes the next dot.
                end = j + 1;
                dotted_inside = true;
                continue;
            }
            let word = &p[i..end];
            let mut chars = word.chars();
            let short_initial =
                matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
            // The word list last, once the cheap tests have failed.
            // Before a comma or a parenthesis only a capitalised word
            // ("Inc.,", "Calif.)"): "he said.)" ends a sentence.
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            if short_initial
                || (capitalised && (after == Some(',') || after == Some(')')))
                || after.is_some_and(char::is_lowercase)
                || dotted_inside
                || lexicon::is_abbreviation_at(&bytes[i..], end - i)
            {
                end = j + 1;
            }
            break;
        } else {
            break;
        }
    }
    (end, hyphen)
}

/// Zero-width and format characters that scraped text carries between
/// words and marks: skipped like spaces, looked through by the mark scanner.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'
            | '\u{200c}'
            | '\u{200d}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2060}'
            | '\u{feff}'
            | '\u{ad}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_stop_at_the_last_paragraph_that_ends_in_the_first_4_gib() {
        // Spans are numbers: a paragraph past 4 GiB needs no such text.
        let far = Span::new(u32::MAX as usize - 2, u32::MAX as usize + 5);
        let paras = [Span::new(0, 8), far];
        assert_eq!(tokenized_end(&paras), 8);
        let toks = tokenize("Hi there", &paras, &[]);
        assert_eq!(toks.len(), 2);
        assert_eq!(toks[1].span(), Span::new(3, 8));
        assert_eq!(
            tokenized_end(&[Span::new(0, u32::MAX as usize)]),
            u32::MAX as usize
        );
    }

    #[test]
    fn digits_joined_by_a_slash_are_one_word() {
        let text = "said 9/11 widow, 24/7 and/or";
        let toks = tokenize(text, &[Span::new(0, text.len())], &[]);
        let words: Vec<&str> = toks.iter().map(|t| t.span().as_str(text)).collect();
        assert_eq!(
            words,
            ["said", "9/11", "widow", ",", "24/7", "and", "/", "or"]
        );
    }

    #[test]
    fn a_punctuation_token_keeps_its_char_whole() {
        let text = "a 😀 ’ , b";
        let toks = tokenize(text, &[Span::new(0, text.len())], &[]);
        let kinds: Vec<Kind> = toks.iter().map(Token::kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::Word,
                Kind::Punct('😀'),
                Kind::Punct('’'),
                Kind::Punct(','),
                Kind::Word
            ]
        );
        assert!(toks[1].is_punct('😀') && !toks[1].is_punct('\u{F600}'));
        // Punctuation is on no word list, whatever its char.
        assert!(toks[1..4]
            .iter()
            .all(|t| !t.has(0xFFFF) && t.lemma().is_none()));
    }

    #[test]
    fn a_token_takes_20_bytes() {
        assert_eq!(std::mem::size_of::<Token>(), 20);
    }

    #[test]
    fn the_fast_classes_agree_with_the_unicode_tables_on_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(class(c), class_by_tables(c), "{:?} U+{:04X}", c, c as u32);
        }
    }
}
