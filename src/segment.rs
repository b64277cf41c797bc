//! Stage 1: paragraphs and sentences.
//!
//! Paragraphs are blocks separated by line breaks (a blank line, or one line
//! per paragraph as many article files have). A hard-wrapped line (three
//! words or more, or ending in a space, comma or hyphen, without final
//! punctuation) is joined to a next line that starts in lower case; short
//! lines such as list items stay apart. A paragraph break always ends a
//! sentence.
//!
//! Sentences come from one forward scan over the bytes of each paragraph
//! that stops only at bytes that can matter (`.`, `?`, `!`, capitals, the
//! lead bytes of `…`, bullets and CJK stops) and decides each candidate
//! boundary from its neighbourhood: the word before a full stop (an
//! abbreviation, an initial, a number, a URL), what follows it (lower case,
//! a capital, a digit, a quotation going on) and the word lists in
//! `src/lexicon/`. It runs in linear time and allocates nothing but the
//! output.

use crate::lexicon::{self, SegmenterList, WordTable, MAX_WORD};
use crate::span::Span;
use crate::swar::{find_byte, load8, zero_bytes, HI, LO, LOW7};
use std::sync::LazyLock;

/// The paragraphs of `text`, in order, each trimmed of surrounding
/// whitespace. Empty lines produce no paragraph.
///
/// ```
/// let text = "Headline\n\nFirst paragraph.\nSecond paragraph.\n";
/// let paras: Vec<&str> = whosaid::paragraphs(text).iter().map(|p| p.as_str(text)).collect();
/// assert_eq!(paras, ["Headline", "First paragraph.", "Second paragraph."]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 256 + 1);
    out.extend(Paragraphs::new(text));
    out
}

/// The paragraphs of a text, one line after another.
struct Paragraphs<'a> {
    text: &'a str,
    pos: usize,
    /// The paragraph being built, not yet known to be complete.
    cur: Option<Span>,
    /// Whether a lower-case line may continue `cur`.
    joinable: bool,
}

impl<'a> Paragraphs<'a> {
    fn new(text: &'a str) -> Self {
        Paragraphs {
            text,
            pos: 0,
            cur: None,
            joinable: false,
        }
    }
}

impl Iterator for Paragraphs<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        while self.pos < self.text.len() {
            let rest = &self.text[self.pos..];
            let len = find_byte(rest.as_bytes(), b'\n').map_or(rest.len(), |i| i + 1);
            let line = &rest[..len];
            let start = self.pos;
            self.pos += len;
            let trimmed = line.trim();
            if trimmed.is_empty() {
                self.joinable = false;
                if let Some(p) = self.cur.take() {
                    return Some(p);
                }
                continue;
            }
            let lead = line.len() - line.trim_start().len();
            let span = Span::new(start + lead, start + lead + trimmed.len());
            let starts_lower = trimmed.chars().next().is_some_and(|c| c.is_lowercase());
            let joined = self.joinable && starts_lower;
            self.joinable = !ends_sentence(trimmed) && looks_wrapped(line, trimmed);
            match self.cur.as_mut() {
                Some(p) if joined => p.end = span.end,
                _ => {
                    if let Some(p) = self.cur.replace(span) {
                        return Some(p);
                    }
                }
            }
        }
        self.cur.take()
    }
}

/// Whether a line ends like a finished sentence (so the next line is a new
/// paragraph even if it starts in lower case).
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(|c: char| lexicon::is_quote_mark(c) || c == ')')
        .ends_with(['.', '!', '?', ':', '…'])
}

/// Whether a line without final punctuation looks cut by a hard wrap rather
/// than an item of its own (a list line such as "contact manager"): it ends
/// in a space, a comma or a hyphen, or it has at least three words.
fn looks_wrapped(line: &str, trimmed: &str) -> bool {
    let body = line.trim_end_matches(['\n', '\r']);
    if body.len() > trimmed.len() && body.ends_with(char::is_whitespace) {
        return true;
    }
    if trimmed.ends_with([',', '-', ';']) {
        return true;
    }
    crate::text::words(trimmed).nth(2).is_some()
}

/// The sentences of `text`, in order, each trimmed of surrounding
/// whitespace. A paragraph break always ends a sentence; the text between
/// two sentences is whitespace only.
///
/// ```
/// let text = "Mr. Smith arrived at 9 a.m. on Monday. “Is it over?” she asked.";
/// let sents: Vec<&str> = whosaid::sentences(text).iter().map(|s| s.as_str(text)).collect();
/// assert_eq!(sents, ["Mr. Smith arrived at 9 a.m. on Monday.", "“Is it over?” she asked."]);
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 128 + 1);
    for p in Paragraphs::new(text) {
        sentences_in(text, p, &mut out);
    }
    out
}

/// Appends the sentences of the paragraph `para` of `text` to `out`.
pub(crate) fn sentences_in(text: &str, para: Span, out: &mut Vec<Span>) {
    let Some(p) = text.get(para.start..para.end) else {
        return;
    };
    let mut sc = Scanner {
        p,
        b: p.as_bytes(),
        base: para.start,
        out,
        start: 0,
        expect: None,
        next_item: usize::MAX,
        quiet_until: 0,
        closes: [(0, 0); 2],
    };
    sc.run();
}

/// Bytes the scan stops at: sentence punctuation, capitals (a caption or a
/// sentence run into the previous one) and the lead bytes of three- and
/// four-byte chars, among them the marks it knows (`…`, bullets, CJK
/// stops).
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[b'"' as usize] = true;
    let mut lead = 0xE2;
    while lead <= 0xFF {
        t[lead] = true;
        lead += 1;
    }
    let mut c = b'A';
    while c <= b'Z' {
        t[c as usize] = true;
        c += 1;
    }
    t
};

/// Classes of a word in the segmenter's word lists (bits).
const ABBREVIATION: u16 = 1;
const PREPOSITIVE: u16 = 1 << 1;
const NUMERIC: u16 = 1 << 2;
const STARTER: u16 = 1 << 3;
const STRONG_STARTER: u16 = 1 << 4;
const CAPTION_LABEL: u16 = 1 << 5;
const WEEKDAY: u16 = 1 << 6;
const PREPOSITION: u16 = 1 << 7;
const HONORIFIC: u16 = 1 << 8;

/// All the segmenter's word lists in one table (the lexicon's packed-key
/// [`WordTable`]): one probe per word, no hashing of strings, no
/// allocation.
struct SegmenterWords {
    classes: WordTable<u16>,
    /// The first two letters of the words that can start a sentence with
    /// no full stop before them (strong starters, caption labels): bit
    /// `second` of entry `first`, letters counted from `a`.
    starts: [u32; 26],
}

impl SegmenterWords {
    fn build() -> SegmenterWords {
        let lists = [
            (SegmenterList::Abbreviation, ABBREVIATION),
            (SegmenterList::Prepositive, PREPOSITIVE),
            (SegmenterList::Numeric, NUMERIC),
            (SegmenterList::Starter, STARTER),
            (SegmenterList::StrongStarter, STRONG_STARTER),
            (SegmenterList::CaptionLabel, CAPTION_LABEL),
            (SegmenterList::Weekday, WEEKDAY),
            (SegmenterList::Preposition, PREPOSITION),
            (SegmenterList::Honorific, HONORIFIC),
        ];
        let count: usize = lists
            .iter()
            .map(|&(l, _)| lexicon::segmenter_words(l).count())
            .sum();
        let mut t = SegmenterWords {
            classes: WordTable::with_capacity(count),
            starts: [0; 26],
        };
        for (list, class) in lists {
            for w in lexicon::segmenter_words(list) {
                if let Some(c) = t.classes.entry(w) {
                    *c |= class;
                }
                if class & (STRONG_STARTER | CAPTION_LABEL) != 0 {
                    if let [a, b, ..] = w.as_bytes() {
                        if a.is_ascii_lowercase() && b.is_ascii_lowercase() {
                            t.starts[usize::from(a - b'a')] |= 1 << (b - b'a');
                        }
                    }
                }
            }
        }
        t
    }

    /// Whether a listed strong starter or caption label begins with the
    /// letters `a` and `b` (any case).
    fn may_start(&self, a: u8, b: u8) -> bool {
        let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
        a.is_ascii_lowercase()
            && b.is_ascii_lowercase()
            && self.starts[usize::from(a - b'a')] & (1 << (b - b'a')) != 0
    }

    fn get(&self, word: &str) -> u16 {
        self.classes.get(word).copied().unwrap_or(0)
    }
}

static WORDS: LazyLock<SegmenterWords> = LazyLock::new(SegmenterWords::build);

/// The classes of `word` (any case) in the segmenter's word lists.
fn classes(word: &str) -> u16 {
    WORDS.get(word)
}

/// The high bit of each byte of `x` that the scan must look at, the same
/// bytes as `INTERESTING` marks: `.`, `?`, `!`, `"`, `A`–`Z`, and lead
/// bytes from 0xE2 up.
#[inline(always)]
fn interesting_bytes(x: u64) -> u64 {
    let ascii = x & LOW7;
    let high = x & HI;
    let lead = high & (ascii + LO * (0x80 - 0x62));
    let upper = !high & (ascii + LO * (0x80 - b'A' as u64)) & !(ascii + LO * (0x80 - 0x5B)) & HI;
    let punct = zero_bytes(x ^ (LO * b'.' as u64))
        | zero_bytes(x ^ (LO * b'?' as u64))
        | zero_bytes(x ^ (LO * b'!' as u64))
        | zero_bytes(x ^ (LO * b'"' as u64));
    lead | upper | punct
}

/// The first byte at or after `i` and before `limit` that `INTERESTING`
/// marks, or `limit`: eight bytes at a time.
#[inline(always)]
fn next_interesting(b: &[u8], mut i: usize, limit: usize) -> usize {
    while i + 8 <= limit {
        let m = interesting_bytes(load8(b, i));
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < limit && !INTERESTING[b[i] as usize] {
        i += 1;
    }
    i
}

/// The longest token looked at before a full stop, in bytes.
const MAX_TOKEN: usize = 64;

/// How far ahead the next item of a numbered list is looked for, in bytes.
const MAX_ITEM: usize = 1000;

/// What a run of sentence punctuation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// One full stop.
    Period,
    /// Contains `?` or `!`.
    Question,
    /// Two or three dots or `…`; `spaced` for ". . .".
    Ellipsis { spaced: bool },
    /// Four dots or more: an ellipsis and a full stop.
    LongEllipsis,
}

/// How the text after a candidate boundary starts (after opening quotes
/// and brackets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    Lower,
    Upper,
    Digit,
    Bullet,
    Other,
}

/// What the word before a full stop is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Before {
    /// An ordinary word, a URL or an e-mail address.
    Word,
    /// A number such as "1,000" or "100.00".
    Number,
    /// One capital letter: an initial, or "I".
    Initial,
    /// One lower-case letter.
    Letter,
    /// Letters with inner full stops: "U.S", "a.m", "Ph.D".
    Dotted,
    /// A title before a name: "Mr", "Gen", "Mt".
    Prepositive,
    /// An abbreviation before numbers: "No", "p".
    Numeric,
    /// Another abbreviation, which may end a sentence: "Co", "Jr", "Calif".
    Abbreviation,
}

/// Whether `w` is letters with inner full stops, one to three letters
/// between two: "U.S", "a.m", "Ph.D".
fn is_dotted(w: &str) -> bool {
    if !w.is_ascii() {
        return w.split('.').all(|seg| {
            let seg = seg.trim_matches('-');
            !seg.is_empty() && seg.len() <= 3 && seg.chars().all(char::is_alphabetic)
        });
    }
    // The same test over the bytes, without splitting.
    let mut letters = 0;
    for &c in w.as_bytes() {
        if c == b'.' {
            if !(1..=3).contains(&letters) {
                return false;
            }
            letters = 0;
        } else if c.is_ascii_alphabetic() {
            letters += 1;
        } else {
            return false;
        }
    }
    (1..=3).contains(&letters)
}

/// Kinds of list numbering ("1.", "2)", "a.", "3.)").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    /// The number, or the letter as a byte.
    value: u32,
    letter: bool,
    /// The bytes after the number: ".", ")" or ".)".
    suffix: &'static str,
}

struct Scanner<'a, 'o> {
    p: &'a str,
    b: &'a [u8],
    base: usize,
    out: &'o mut Vec<Span>,
    /// Start of the current sentence: its first non-whitespace byte.
    start: usize,
    /// The list item expected next, after "1." or "a.".
    expect: Option<Marker>,
    /// Where the next list item starts, if one was found ahead.
    next_item: usize,
    /// End of a quotation embedded in the sentence, inside which no
    /// sentence ends.
    quiet_until: usize,
    /// The last search for a closing `”` and `"`: (from, found at), so
    /// that searches stay linear.
    closes: [(usize, usize); 2],
}

impl Scanner<'_, '_> {
    fn run(&mut self) {
        let n = self.b.len();
        let s = self.skip_ws(0);
        let mut i = self.begin(s);
        if let Some(next) = self.dateline() {
            i = next;
        }
        while i < n {
            let limit = self.next_item.min(n);
            i = next_interesting(self.b, i, limit);
            if i >= limit {
                if limit < n {
                    i = self.cut(limit, limit);
                    continue;
                }
                break;
            }
            i = match self.b[i] {
                b'.' | b'?' | b'!' => self.terminator(i),
                b'"' => self.quote(i, 1),
                b'A'..=b'Z' => self.capital(i),
                _ => self.multibyte(i),
            };
        }
        self.push(n);
    }

    // ------------------------------------------------------------ helpers

    /// The classes of `w` in the segmenter's word lists, as [`classes`]
    /// gives them; when `w` is a slice of this paragraph, its key is read
    /// in place.
    fn classes_of(&self, w: &str) -> u16 {
        let off = (w.as_ptr() as usize).wrapping_sub(self.p.as_ptr() as usize);
        match self.b.get(off..) {
            Some(rest) if w.len() <= MAX_WORD && rest.as_ptr() == w.as_ptr() => {
                lexicon::word_key_at(rest, w.len())
                    .and_then(|k| WORDS.classes.get_key(k))
                    .copied()
                    .unwrap_or(0)
            }
            _ => classes(w),
        }
    }

    /// The classes of the word at bytes `a..e` of the paragraph, as
    /// [`Self::classes_of`] gives them, with the key read in place.
    #[inline]
    fn classes_at(&self, a: usize, e: usize) -> u16 {
        match self.b.get(a..) {
            Some(rest) if e > a && e - a <= MAX_WORD => lexicon::word_key_at(rest, e - a)
                .and_then(|k| WORDS.classes.get_key(k))
                .copied()
                .unwrap_or(0),
            _ => self.p.get(a..e).map_or(0, classes),
        }
    }

    /// The byte length of the whitespace char at `j`, or 0.
    fn ws_len(&self, j: usize) -> usize {
        match self.b.get(j) {
            None => 0,
            Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) => 1,
            Some(&c) if c < 0x80 => 0,
            Some(_) => match self.char_at(j) {
                Some(c) if c.is_whitespace() => c.len_utf8(),
                _ => 0,
            },
        }
    }

    /// The char starting at byte `j`, if `j` is a char boundary.
    fn char_at(&self, j: usize) -> Option<char> {
        self.p.get(j..).and_then(|s| s.chars().next())
    }

    /// The first non-whitespace byte at or after `j`.
    fn skip_ws(&self, mut j: usize) -> usize {
        loop {
            let l = self.ws_len(j);
            if l == 0 {
                return j;
            }
            j += l;
        }
    }

    /// Ends the current sentence at `end` (trimmed) and starts the next at
    /// the first non-whitespace byte from `next`. Returns where to go on
    /// scanning.
    fn cut(&mut self, end: usize, next: usize) -> usize {
        self.push(end);
        let s = self.skip_ws(next);
        self.begin(s)
    }

    /// Appends the current sentence, ending at `end`, trimmed.
    fn push(&mut self, end: usize) {
        if let Some(s) = self.p.get(self.start..end) {
            let t = s.trim_end();
            if !t.is_empty() {
                let a = self.base + self.start;
                self.out.push(Span::new(a, a + t.len()));
            }
        }
    }

    /// Starts a sentence at `s`: skips a bullet and list numbering there,
    /// and looks ahead for the next item of a numbered list. Returns where
    /// to scan from.
    fn begin(&mut self, s: usize) -> usize {
        self.start = s;
        if self.next_item <= s {
            self.next_item = usize::MAX;
        }
        let mut j = s;
        let bl = self.bullet_len(j);
        if bl > 0 {
            j = self.skip_ws(j + bl);
        }
        let Some((m, end)) = self.marker(j) else {
            if bl == 0 {
                self.expect = None;
            }
            return j.max(s);
        };
        let first = if m.letter {
            m.value == u32::from(b'a') || m.value == u32::from(b'A')
        } else {
            m.value == 1
        };
        if first || self.expect == Some(m) {
            let next = Marker {
                value: m.value + 1,
                ..m
            };
            self.expect = Some(next);
            if self.next_item == usize::MAX || self.next_item <= end {
                self.next_item = self.find_marker(next, end).unwrap_or(usize::MAX);
            }
        }
        end
    }

    /// A list number at `j` ("12.", "3)", "b.", "1.)") followed by
    /// whitespace: the marker and the byte after it.
    fn marker(&self, j: usize) -> Option<(Marker, usize)> {
        let b = self.b;
        let mut k = j;
        let mut value = 0u32;
        while k < b.len() && k - j < 3 && b[k].is_ascii_digit() {
            value = value * 10 + u32::from(b[k] - b'0');
            k += 1;
        }
        let letter = k == j;
        if letter {
            match b.get(k) {
                Some(&c) if c.is_ascii_alphabetic() => {
                    value = u32::from(c);
                    k += 1;
                }
                _ => return None,
            }
        }
        let suffix = match (b.get(k), b.get(k + 1)) {
            (Some(b'.'), Some(b')')) => ".)",
            (Some(b'.'), _) => ".",
            (Some(b')'), _) => ")",
            _ => return None,
        };
        k += suffix.len();
        if self.ws_len(k) == 0 {
            return None;
        }
        Some((
            Marker {
                value,
                letter,
                suffix,
            },
            k,
        ))
    }

    /// Where the list item `m` starts after byte `from`, written after a
    /// space and followed by one ("… first item 2. The second …").
    fn find_marker(&self, m: Marker, from: usize) -> Option<usize> {
        let mut buf = [0u8; 16];
        let mut len = 0;
        buf[len] = b' ';
        len += 1;
        if m.letter {
            let c = u8::try_from(m.value).ok().filter(u8::is_ascii_alphabetic)?;
            buf[len] = c;
            len += 1;
        } else {
            if m.value == 0 || m.value > 999 {
                return None;
            }
            let mut div = 100;
            while div > m.value {
                div /= 10;
            }
            while div > 0 {
                // Each digit is below 10, so the cast keeps it.
                buf[len] = b'0' + (m.value / div % 10) as u8;
                len += 1;
                div /= 10;
            }
        }
        buf[len..len + m.suffix.len()].copy_from_slice(m.suffix.as_bytes());
        len += m.suffix.len();
        buf[len] = b' ';
        len += 1;
        let needle = std::str::from_utf8(&buf[..len]).ok()?;
        // Items of one list stand close together; a bounded search keeps
        // the scan linear when numbers recur without a list.
        let mut to = (from + MAX_ITEM).min(self.b.len());
        while !self.p.is_char_boundary(to) {
            to -= 1;
        }
        let rest = self.p.get(from..to)?;
        rest.find(needle).map(|i| from + i + 1)
    }

    /// The byte length of a bullet at `j`, or 0.
    fn bullet_len(&self, j: usize) -> usize {
        if !matches!(self.b.get(j), Some(&c) if c >= 0xE2) {
            return 0;
        }
        match self.char_at(j) {
            Some('•' | '‣' | '⁃' | '◦' | '▪' | '●' | '■' | '◆' | '►' | '▸') => {
                3
            }
            _ => 0,
        }
    }

    /// The byte length of a closing quote or bracket at `j`, or 0. An
    /// apostrophe followed by a letter ("Jr.'s") closes nothing.
    fn closer_len(&self, j: usize) -> usize {
        match self.b.get(j) {
            None => return 0,
            Some(b'"' | b')' | b']' | b'}') => return 1,
            Some(&c) if c < 0x80 && c != b'\'' => return 0,
            _ => {}
        }
        match self.char_at(j) {
            Some(c @ ('\'' | '’')) => {
                let after = self.char_at(j + c.len_utf8());
                if after.is_some_and(char::is_alphanumeric) {
                    0
                } else {
                    c.len_utf8()
                }
            }
            Some(c @ ('"' | '”' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）')) => {
                c.len_utf8()
            }
            _ => 0,
        }
    }

    /// How the text at `m` starts, skipping opening quotes and brackets;
    /// `true` with it when a bracket was skipped.
    fn next_kind(&self, m: usize) -> (Next, bool) {
        if let Some(&c) = self.b.get(m) {
            let second = self.b.get(m + 1).copied().unwrap_or(b' ');
            if c.is_ascii_lowercase() && !second.is_ascii_uppercase() && second < 0x80 {
                return (Next::Lower, false);
            }
            if c.is_ascii_uppercase() {
                return (Next::Upper, false);
            }
            if c.is_ascii_digit() {
                return (Next::Digit, false);
            }
        }
        let mut j = m;
        let mut bracket = false;
        for _ in 0..3 {
            match self.char_at(j) {
                Some(c @ ('"' | '\'' | '“' | '‘' | '«' | '„' | '¿' | '¡')) => {
                    j += c.len_utf8()
                }
                Some(c @ ('(' | '[')) => {
                    bracket = true;
                    j += c.len_utf8();
                }
                _ => break,
            }
        }
        if self.bullet_len(j) > 0 {
            return (Next::Bullet, bracket);
        }
        let Some(c) = self.char_at(j) else {
            return (Next::Other, bracket);
        };
        let kind = if c.is_lowercase() {
            // "iPhone", "eBay" start a sentence like a capital.
            match self.char_at(j + c.len_utf8()) {
                Some(d) if d.is_uppercase() => Next::Upper,
                _ => Next::Lower,
            }
        } else if c.is_uppercase() || (c.is_alphabetic() && !c.is_ascii()) {
            Next::Upper
        } else if c.is_ascii_digit() {
            Next::Digit
        } else {
            Next::Other
        };
        (kind, bracket)
    }

    /// The word (ASCII letters) at `j` after opening quotes and brackets,
    /// and the byte after it.
    fn word_at(&self, j: usize) -> (&str, usize) {
        let mut a = j;
        while a < self.b.len() && matches!(self.b[a], b'"' | b'\'' | b'(' | b'[') {
            a += 1;
        }
        // “ or ‘, read as bytes: E2 starts a char, so `a` is on a char
        // boundary when they match.
        if matches!(self.b.get(a..a + 3), Some([0xE2, 0x80, 0x9C | 0x98])) {
            a += 3;
        }
        let mut e = a;
        while e < self.b.len() && e - a < 24 && self.b[e].is_ascii_alphabetic() {
            e += 1;
        }
        (self.p.get(a..e).unwrap_or(""), e)
    }

    /// Whether the word at `m` starts a sentence after a full stop that may
    /// belong to an abbreviation: a common sentence starter (not an initial
    /// such as "A."), or a picture-credit label ("Image:").
    fn starter_at(&self, m: usize) -> bool {
        let (w, e) = self.word_at(m);
        if w.is_empty() {
            return false;
        }
        match self.b.get(e) {
            Some(b'.') if w.len() == 1 => false,
            Some(b':') => self.classes_of(w) & (CAPTION_LABEL | STARTER) != 0,
            _ => self.classes_of(w) & STARTER != 0,
        }
    }

    /// Whether a dash stands at `m`.
    fn dash_at(&self, m: usize) -> bool {
        matches!(self.char_at(m), Some('-' | '–' | '—'))
    }

    /// Whether the word at `m` starts a sentence, as [`Self::starter_at`]
    /// tells, or is a form of address ("Mr.", "Dr."): one walk over the
    /// word and one look-up in the word lists for both.
    fn starter_or_honorific_at(&self, m: usize) -> bool {
        let (w, e) = self.word_at(m);
        if w.is_empty() {
            return false;
        }
        let class = self.classes_of(w);
        match self.b.get(e) {
            // An initial ("A.") starts nothing, but may be a form of
            // address.
            Some(b'.') => (w.len() > 1 && class & STARTER != 0) || class & HONORIFIC != 0,
            Some(b':') => class & (CAPTION_LABEL | STARTER) != 0,
            _ => class & STARTER != 0,
        }
    }

    /// The word before the sentence punctuation at `i`, without opening
    /// quotes and brackets.
    /// A token longer than [`MAX_TOKEN`] bytes (a long URL, a run of
    /// symbols) counts as an empty one, an ordinary word, so that the walk
    /// back stays short.
    fn token_before(&self, i: usize) -> &str {
        let mut a = i;
        while a > self.start {
            // An ASCII byte is a space exactly when ASCII whitespace; the
            // other spaces end in non-ASCII bytes.
            let space = match self.b[a - 1] {
                c if c.is_ascii() => c.is_ascii_whitespace(),
                _ => self.space_before(a),
            };
            if space {
                break;
            }
            a -= 1;
            if i - a > MAX_TOKEN {
                return "";
            }
        }
        loop {
            match self.b.get(a..i) {
                Some([b'(' | b'[' | b'"' | b'\'', ..]) => a += 1,
                // “ ‘ „ – —
                Some([0xE2, 0x80, 0x9C | 0x98 | 0x9E | 0x93 | 0x94, ..]) => a += 3,
                // «
                Some([0xC2, 0xAB, ..]) => a += 2,
                _ => break,
            }
        }
        self.p.get(a..i).unwrap_or("")
    }

    /// Whether a whitespace char ends just before byte `a`: ASCII, the
    /// no-break space or the spaces of the U+2000 block.
    fn space_before(&self, a: usize) -> bool {
        let b = self.b;
        b[a - 1].is_ascii_whitespace()
            || (a >= 2 && b[a - 2..a] == [0xC2, 0xA0])
            || (a >= 3
                && b[a - 3] == 0xE2
                && b[a - 2] == 0x80
                && matches!(b[a - 1], 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF))
    }

    /// Whether the sentence so far (up to `i`) is a short introductory
    /// phrase such as "At 5 a.m.", which is no sentence of its own.
    fn intro_phrase(&self, i: usize) -> bool {
        // At most 4 words: look at no more than 5, so that the check stays
        // short in a long sentence.
        let Some(s) = self.p.get(self.start..i) else {
            return false;
        };
        let mut words = crate::text::words(s);
        let first = words.next().unwrap_or("");
        if self.classes_of(first) & PREPOSITION == 0 || first.contains(',') {
            return false;
        }
        let mut n = 1;
        for w in words.by_ref().take(4) {
            if w.contains(',') {
                return false;
            }
            n += 1;
        }
        n <= 4
    }

    // ------------------------------------------------------------ decisions

    /// A run of sentence punctuation starting at `i`.
    fn terminator(&mut self, i: usize) -> usize {
        let b = self.b;
        let n = b.len();
        // A dot inside a token ("a.m", "14.2", "example.com") ends nothing
        // unless a capitalised word is glued to it ("end.Next").
        if b[i] == b'.' {
            if let Some(&c) = b.get(i + 1) {
                if c.is_ascii_digit()
                    || c.is_ascii_lowercase()
                    || (c.is_ascii_uppercase() && !b.get(i + 2).is_some_and(u8::is_ascii_lowercase))
                {
                    return i + 1;
                }
            }
            // The commonest stop: one full stop, one space, then a
            // printable ASCII byte other than a dot. The general path below
            // comes to the same with no closer, `m = i + 2`.
            if b.get(i + 1) == Some(&b' ')
                && b.get(i + 2)
                    .is_some_and(|&c| c.is_ascii_graphic() && c != b'.')
            {
                if i == self.start || i + 1 < self.quiet_until {
                    return i + 1;
                }
                let m = i + 2;
                let (next, _) = self.next_kind(m);
                if self.period_breaks(i, false, m, next) {
                    return self.cut(i + 1, m);
                }
                // "Mr. Smith": the capital after the full stop and the space
                // is one `capital` passes over (no word before the space).
                if b[m].is_ascii_uppercase() && m < self.next_item {
                    return m + 1;
                }
                return i + 1;
            }
        }
        let mut j = i;
        let (mut dots, mut question, mut ellipsis, mut spaced) = (0u32, false, false, false);
        while j < n {
            match b[j] {
                b'.' => {
                    dots += 1;
                    j += 1;
                }
                b'?' | b'!' => {
                    question = true;
                    j += 1;
                }
                0xE2 if b.get(j + 1..j + 3) == Some(&[0x80, 0xA6]) => {
                    ellipsis = true;
                    j += 3;
                }
                b' ' if dots > 0
                    && b.get(j + 1) == Some(&b'.')
                    && (j + 2 >= n
                        || matches!(b[j + 2], b' ' | b'.')
                        || self.closer_len(j + 2) > 0) =>
                {
                    spaced = true;
                    j += 1;
                }
                _ => break,
            }
        }
        if i == self.start || j < self.quiet_until {
            // ". . . The practice": an ellipsis opening a sentence; or
            // inside a quotation embedded in the sentence.
            return j;
        }
        let kind = if question {
            Stop::Question
        } else if dots >= 4 || (ellipsis && dots > 0) {
            Stop::LongEllipsis
        } else if dots >= 2 || ellipsis {
            Stop::Ellipsis { spaced }
        } else {
            Stop::Period
        };
        let mut k = j;
        loop {
            let l = self.closer_len(k);
            if l == 0 {
                break;
            }
            k += l;
        }
        let closers = k > j;
        if k >= n {
            return n;
        }
        if self.ws_len(k) == 0 {
            if kind == Stop::Period && !closers && self.glued(i, k) {
                return self.cut(j, j);
            }
            return k;
        }
        let m = self.skip_ws(k);
        if m >= n {
            return n;
        }
        // "compounds. . . . The practice": a full stop, then an ellipsis
        // that opens the next sentence.
        if kind == Stop::LongEllipsis
            && spaced
            && i > 0
            && !b[i - 1].is_ascii_whitespace()
            && b.get(i + 1) == Some(&b' ')
        {
            if self.next_kind(m).0 == Next::Upper {
                return self.cut(i + 1, i + 1);
            }
            return k;
        }
        let (next, bracket) = self.next_kind(m);
        let brk = match kind {
            Stop::Period => self.period_breaks(i, closers, m, next),
            Stop::Question => self.question_breaks(i, j, closers, m, next),
            Stop::Ellipsis { spaced } => !spaced && !bracket && next == Next::Upper,
            Stop::LongEllipsis => next != Next::Lower,
        };
        if brk {
            self.cut(k, m)
        } else {
            k
        }
    }

    /// What the word before a full stop at `i` is.
    fn before(&self, i: usize) -> Before {
        // The common case first: ASCII letters after a space ("Mr", "J",
        // "said"), which [`Self::token_before`] would give unchanged and
        // the tests below would find neither a number, a link nor dotted.
        let b = self.b;
        let mut a = i;
        while a > self.start && b[a - 1].is_ascii_alphabetic() && i - a < MAX_TOKEN {
            a -= 1;
        }
        if a < i && (a == self.start || b[a - 1].is_ascii_whitespace()) {
            let first = b[a];
            let len = i - a;
            if len == 1 && first.is_ascii_uppercase() {
                return Before::Initial;
            }
            let class = self.classes_at(a, i);
            return if class & PREPOSITIVE != 0 {
                if first.is_ascii_uppercase() {
                    Before::Prepositive
                } else {
                    Before::Abbreviation
                }
            } else if class & NUMERIC != 0 {
                Before::Numeric
            } else if class & ABBREVIATION != 0 {
                Before::Abbreviation
            } else if len == 1 && first.is_ascii_lowercase() {
                Before::Letter
            } else {
                Before::Word
            };
        }
        let tok = self.token_before(i);
        let Some(first) = tok.chars().next() else {
            return Before::Word;
        };
        // One pass over the bytes for the tests below.
        let (mut link, mut digit, mut numeral, mut dot) = (false, false, true, false);
        for c in tok.bytes() {
            match c {
                b'@' | b'/' => link = true,
                b'0'..=b'9' => digit = true,
                b',' => {}
                b'.' => dot = true,
                _ => numeral = false,
            }
        }
        if link {
            return Before::Word;
        }
        if digit && numeral {
            return Before::Number;
        }
        if tok.len() == 1 && first.is_ascii_uppercase() {
            return Before::Initial;
        }
        if dot {
            // "non-U.S", "Mexico-U.S": the part after the last hyphen.
            let last = tok.rsplit('-').next().unwrap_or(tok);
            if is_dotted(last) {
                return Before::Dotted;
            }
        }
        let class = self.classes_of(tok);
        if class & PREPOSITIVE != 0 {
            // "Gen." before a name; lower-case "gen." may end a sentence.
            return if first.is_uppercase() {
                Before::Prepositive
            } else {
                Before::Abbreviation
            };
        }
        if class & NUMERIC != 0 {
            return Before::Numeric;
        }
        if class & ABBREVIATION != 0 {
            return Before::Abbreviation;
        }
        if tok.len() == 1 && first.is_ascii_lowercase() {
            return Before::Letter;
        }
        Before::Word
    }

    /// Whether a full stop at `i`, followed by whitespace and then `next`
    /// at `m`, ends the sentence.
    fn period_breaks(&self, i: usize, closers: bool, m: usize, next: Next) -> bool {
        let before = self.before(i);
        let plain = matches!(before, Before::Word | Before::Number);
        match next {
            // "the U.S. for 20 years", "“This is great.” she said": the
            // sentence goes on; after an ordinary word lower case starts a
            // new one, as in informal text.
            Next::Lower => !closers && (plain || before == Before::Numeric),
            Next::Digit => closers || plain,
            Next::Bullet => true,
            // "… a long game.” - Matthew Ingram": a dash goes on.
            Next::Other if self.dash_at(m) => false,
            Next::Other => closers || plain || before == Before::Numeric,
            Next::Upper => match before {
                Before::Word | Before::Number | Before::Numeric | Before::Letter => true,
                Before::Prepositive => false,
                Before::Initial => self.starter_at(m),
                Before::Dotted | Before::Abbreviation => {
                    self.starter_or_honorific_at(m) && !self.intro_phrase(i)
                }
            },
        }
    }

    /// Whether a run with `?` or `!` from `i` to `j` ends the sentence.
    fn question_breaks(&self, i: usize, j: usize, closers: bool, m: usize, next: Next) -> bool {
        match next {
            Next::Lower => {
                if closers {
                    return false;
                }
                // "Yahoo! in the accounting department": a name with "!"
                // inside a sentence.
                let tok = self.token_before(i);
                let named = self.b[i..j].contains(&b'!')
                    && tok.chars().next().is_some_and(char::is_uppercase)
                    && i - tok.len() > self.start;
                !named
            }
            Next::Upper => !(closers && self.attribution_at(m)),
            _ => true,
        }
    }

    /// Whether a reporting clause with a named speaker starts at `m`
    /// ("“Is it over?” Jane Smith asked."): up to three capitalised words,
    /// then a reporting verb.
    fn attribution_at(&self, m: usize) -> bool {
        let mut j = m;
        for _ in 0..4 {
            let (w, e) = self.word_at(j);
            if w.is_empty() {
                return false;
            }
            if w.as_bytes()[0].is_ascii_lowercase() {
                return lexicon::verb_lemma(w).is_some();
            }
            if self.classes_of(w) & STARTER != 0 {
                return false;
            }
            j = e;
            if self.b.get(j) == Some(&b'.') {
                j += 1;
            }
            if self.b.get(j) != Some(&b' ') {
                return false;
            }
            j += 1;
        }
        false
    }

    /// Whether a full stop at `i` glued to the next sentence at `k`
    /// ("end.Next", "1,000.That") ends a sentence: a capital then lower case
    /// follows, after a word of two chars or more, outside URLs and e-mail
    /// addresses.
    fn glued(&self, i: usize, k: usize) -> bool {
        let b = self.b;
        if !(b[k].is_ascii_uppercase() && b.get(k + 1).is_some_and(u8::is_ascii_lowercase)) {
            return false;
        }
        let tok = self.token_before(i);
        let last = tok.as_bytes().last().copied().unwrap_or(b' ');
        if tok.len() < 2
            || !(last.is_ascii_lowercase() || last.is_ascii_digit())
            || tok.contains(['.', '@', '/', ':'])
            || !matches!(self.before(i), Before::Word | Before::Number)
        {
            return false;
        }
        let mut e = k;
        let end = (k + MAX_TOKEN).min(b.len());
        while e < end && !b[e].is_ascii_whitespace() {
            match b[e] {
                b'@' | b'/' => return false,
                b'.' if b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric) => return false,
                _ => {}
            }
            e += 1;
        }
        true
    }

    /// A capital at `i`: a caption credit ("… demo Image: Nick Moreau.") or
    /// a sentence run into the previous one without a full stop ("… in any
    /// constituency In the New Territories …", "the food was great The
    /// service was slow").
    fn capital(&mut self, i: usize) -> usize {
        let b = self.b;
        if i < self.start + 2
            || b[i - 1] != b' '
            || !b[i - 2].is_ascii_alphanumeric()
            || i < self.quiet_until
            || !b.get(i + 1).is_some_and(u8::is_ascii_lowercase)
            || !WORDS.may_start(b[i], b[i + 1])
        {
            return i + 1;
        }
        let mut e = i + 1;
        while e < b.len() && e - i <= 16 && b[e].is_ascii_alphabetic() {
            e += 1;
        }
        let class = match b.get(e) {
            Some(b':') => CAPTION_LABEL,
            Some(b' ') if b.get(e + 1).is_some_and(u8::is_ascii_lowercase) => STRONG_STARTER,
            _ => return e,
        };
        let cut = self.classes_of(&self.p[i..e]) & class != 0;
        if cut {
            self.cut(i, i).max(e)
        } else {
            e
        }
    }

    /// An opening quotation mark at `i` (`len` bytes). A quotation embedded
    /// in the writer's sentence keeps its inner sentences in that sentence:
    /// one that starts in lower case ("says “many schools will quit. Then
    /// …” "), or comes right after a reporting verb without a comma
    /// ("said “All those …” "), unless it resumes an interrupted quotation
    /// (“…,” she said, “to show …”).
    fn quote(&mut self, i: usize, len: usize) -> usize {
        let b = self.b;
        let c = i + len;
        let opens = (i == 0 || b[i - 1].is_ascii_whitespace() || b[i - 1] == b'(')
            && c < b.len()
            && !b[c].is_ascii_whitespace();
        if !opens || i < self.quiet_until {
            return c;
        }
        let mut k = c;
        while k < b.len() && (b[k] == b'.' || b[k] == b' ') {
            k += 1;
        }
        if self.p.get(k..).is_some_and(|s| s.starts_with('…')) {
            k = self.skip_ws(k + 3);
        }
        let lower = b.get(k).is_some_and(u8::is_ascii_lowercase);
        let embedded = lower || {
            let mut a = i.saturating_sub(1);
            while a > self.start && b[a - 1].is_ascii_alphabetic() {
                a -= 1;
            }
            let w = self.p.get(a..i.saturating_sub(1)).unwrap_or("");
            i >= 2
                && b[i - 1] == b' '
                && lexicon::verb_lemma(w).is_some_and(|l| !l.eq_ignore_ascii_case(w))
        };
        if !embedded {
            return c;
        }
        let back = self.start.max(i.saturating_sub(300));
        let before = self.p.get(back..i).unwrap_or("");
        // A comma right before a mark: `,"` or `,”`.
        let bb = before.as_bytes();
        let mut from = 0;
        let resumed = loop {
            let Some(x) = bb.get(from..).and_then(|r| find_byte(r, b',')) else {
                break false;
            };
            let after = bb.get(from + x + 1..).unwrap_or_default();
            if after.starts_with(b"\"") || after.starts_with("”".as_bytes()) {
                break true;
            }
            from += x + 1;
        };
        if resumed {
            return c;
        }
        let (slot, mark) = if len == 1 { (1, "\"") } else { (0, "”") };
        let (from, found) = self.closes[slot];
        let close = if from <= c && c <= found {
            found
        } else {
            let f = self
                .p
                .get(c..)
                .and_then(|r| r.find(mark))
                .map_or(usize::MAX, |x| c + x);
            self.closes[slot] = (c, f);
            f
        };
        if close != usize::MAX {
            self.quiet_until = close;
        }
        c
    }

    /// A multi-byte char at `i`: `…`, a bullet, a CJK full stop, or another.
    fn multibyte(&mut self, i: usize) -> usize {
        // U+2000–U+203F, the quotes and dashes of news text, is passed over
        // without decoding, but for `…` (A6), `“` (9C) and the bullets `•`
        // (A2) and `‣` (A3).
        if let Some([0xE2, 0x80, t]) = self.b.get(i..i + 3) {
            if !matches!(t, 0xA6 | 0x9C | 0xA2 | 0xA3) {
                return i + 1;
            }
        }
        // So is U+3000–U+303F (「 」 『 』), but for `。` (82).
        if let Some([0xE3, 0x80, t]) = self.b.get(i..i + 3) {
            if *t != 0x82 {
                return i + 1;
            }
        }
        match self.char_at(i) {
            Some('…') => self.terminator(i),
            Some('“') => self.quote(i, 3),
            Some('。' | '！' | '？') => {
                if i == self.start {
                    return i + 3;
                }
                let mut k = i + 3;
                loop {
                    let l = self.closer_len(k);
                    if l == 0 {
                        break;
                    }
                    k += l;
                }
                if k >= self.b.len() {
                    return k;
                }
                self.cut(k, k).max(k)
            }
            Some(c) if self.bullet_len(i) > 0 => {
                if i > self.start && self.b[i - 1].is_ascii_whitespace() {
                    self.cut(i, i).max(i + c.len_utf8())
                } else {
                    i + c.len_utf8()
                }
            }
            _ => i + 1,
        }
    }

    /// A dateline that opens the paragraph and runs into the first
    /// sentence: "Thursday, May 7, 2015 On Tuesday, …" or "Evansville,
    /// Indiana - This past week …". Cuts after it and returns where to scan
    /// from.
    fn dateline(&mut self) -> Option<usize> {
        let b = self.b;
        let (w, e) = self.word_at(self.start);
        if b.get(e) == Some(&b',') && self.classes_of(w) & WEEKDAY != 0 {
            // The year: four digits followed by a space and a capital.
            let end = (e + 40).min(b.len());
            let mut j = e;
            while j + 4 < end {
                if b[j - 1] == b' '
                    && b[j..j + 4].iter().all(u8::is_ascii_digit)
                    && b[j + 4] == b' '
                    && b.get(j + 5).is_some_and(u8::is_ascii_uppercase)
                {
                    return Some(self.cut(j + 4, j + 4));
                }
                j += 1;
            }
            return None;
        }
        // A dash after a few capitalised words: stop at the first word that
        // is not capitalised, most paragraphs at their second word.
        let mut j = self.start;
        for _ in 0..10 {
            let c = match b.get(j) {
                Some(&c) => c,
                None => return None,
            };
            let mut e = j;
            while e < b.len() && self.ws_len(e) == 0 {
                e += 1;
            }
            let dash = matches!(&b[j..e], b"-" | b"--" | [0xE2, 0x80, 0x93 | 0x94]);
            let next = self.skip_ws(e);
            if dash {
                let ok = j > self.start
                    && self.dateline_prefix(j)
                    && next > e
                    && b.get(next).is_some_and(u8::is_ascii_uppercase);
                return ok.then(|| self.cut(e, e));
            }
            if !(c.is_ascii_uppercase() || c == b'(') || next == e {
                return None;
            }
            j = next;
        }
        None
    }

    /// Whether the paragraph's first `j` bytes look like a dateline: a few
    /// capitalised words with a comma, a bracket or a word in capitals
    /// ("WASHINGTON", "LONDON (Reuters)", "Evansville, Indiana").
    fn dateline_prefix(&self, j: usize) -> bool {
        let Some(prefix) = self.p.get(self.start..j) else {
            return false;
        };
        let mut words = 0;
        let mut marked = prefix.contains([',', '(']);
        for w in crate::text::words(prefix) {
            words += 1;
            let w = w.trim_matches(|c: char| matches!(c, ',' | '(' | ')' | '.'));
            let Some(c) = w.chars().next() else {
                continue;
            };
            if !c.is_uppercase() || !w.chars().all(|c| c.is_alphabetic() || "'’-.&".contains(c)) {
                return false;
            }
            if w.len() >= 3 && w.chars().all(|c| c.is_uppercase()) {
                marked = true;
            }
        }
        marked && (1..=8).contains(&words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_scan_marks_the_same_bytes_as_the_table() {
        for c in 0..=255u8 {
            for pos in 0..8 {
                let mut a = [b'x'; 8];
                a[pos] = c;
                let m = interesting_bytes(u64::from_le_bytes(a));
                let want = if INTERESTING[c as usize] {
                    0x80u64 << (8 * pos)
                } else {
                    0
                };
                assert_eq!(m, want, "byte {c:#x} at {pos}");
            }
        }
    }
}
