//! Stage 2: where quote marks are paired.
//!
//! Marks of every style are paired with a stack per paragraph: “ ” ‘ ’ " '
//! « » ‹ › „ “ ‚ ‘ 「 」 『 』, and two apostrophes `''` (or two backticks)
//! as some archives write a double quote. Apostrophes (don't, Jones',
//! ’90s, rock ’n’ roll) are told from single quotes by their neighbours.
//! A quote left open at the end of a paragraph whose next paragraph opens
//! with a mark of the same family runs on into it, the news convention for
//! a quotation over several paragraphs. Anything else left open is closed
//! at the end of its paragraph when it is long enough to be speech, and
//! dropped otherwise: an unmatched mark never spoils the rest of the text.

use crate::span::Span;
use crate::swar::{eq_bytes, lead_bytes, load8, LO};
use serde::{Deserialize, Serialize};

/// The family of marks a quotation is written with.
///
/// ```
/// use whosaid::{extract, QuoteStyle};
/// let doc = extract("‘Go,’ he said.");
/// assert_eq!(doc.quotes[0].style, QuoteStyle::Single);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteStyle {
    /// “…”, "…", „…“, ''…'' and ``…''.
    Double,
    /// ‘…’, '…', ‚…‘.
    Single,
    /// «…», ‹…›.
    Guillemet,
    /// 「…」, 『…』.
    Corner,
    /// No marks: a speaker turn of a transcript ("KESSLER: …"), read when
    /// [`crate::Options::transcripts`] is on.
    Unmarked,
}

/// A pair of quote marks found in the text, before any attribution.
///
/// ```
/// let text = "He said “yes” twice.";
/// let marks = whosaid::quotations(text);
/// assert_eq!(marks.len(), 1);
/// assert_eq!(marks[0].content.as_str(text), "yes");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quotation {
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the quote was left open and closed at
    /// the end of its paragraph.
    pub close: Option<Span>,
    /// What lies between the marks.
    pub content: Span,
    /// The family of marks.
    pub style: QuoteStyle,
    /// How many quotations enclose this one (0 for a top-level quote).
    pub depth: u8,
}

impl Quotation {
    /// The span from the opening mark to the closing mark (or the content's
    /// end if there is none).
    ///
    /// ```
    /// let text = "“Hi,” she said.";
    /// let q = whosaid::quotations(text)[0];
    /// assert_eq!(q.outer().as_str(text), "“Hi,”");
    /// ```
    pub fn outer(&self) -> Span {
        Span::new(
            self.open.start,
            self.close.map_or(self.content.end, |c| c.end),
        )
    }
}

/// Every quotation in `text`, in order of their opening marks, nested ones
/// included (with `depth > 0`). Paragraphs are found as
/// [`crate::paragraphs`] finds them.
///
/// ```
/// let text = "“She told me ‘never’,” he said. Don't worry about Jones' ’90s car.";
/// let qs = whosaid::quotations(text);
/// assert_eq!(qs.len(), 2);
/// assert_eq!(qs[0].content.as_str(text), "She told me ‘never’,");
/// assert_eq!(qs[1].content.as_str(text), "never");
/// assert_eq!(qs[1].depth, 1);
/// ```
pub fn quotations(text: &str) -> Vec<Quotation> {
    pair(text, &crate::segment::paragraphs(text), false)
}

/// What one mark can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Either, to be decided by the stack (straight marks).
    Toggle,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    span: Span,
    style: QuoteStyle,
    role: Role,
    /// For „ and ‚, which close with a high mark.
    low: bool,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    mark: Mark,
    /// The number of the mark among the marks that opened (see [`Found`]).
    seq: usize,
    /// The paragraph the mark opened in.
    para: usize,
    /// The last paragraph the quote has run on into.
    last: usize,
}

/// The quotations found, put in the order of their opening marks as they
/// are found, without a sort. Marks open and close like brackets, so a
/// quotation comes out after the ones nested in it: those wait in
/// `pending` while a mark that opened before them is still open (only such
/// a mark can still make a quotation that goes before them).
#[derive(Debug, Default)]
struct Found {
    /// The quotations in order, up to the first mark still open, with
    /// their depth (only the top-level ones if `top_only`).
    quotes: Vec<Quotation>,
    top_only: bool,
    /// The ends of the quotations put in order so far that may enclose the
    /// next one, innermost last.
    ends: Vec<usize>,
    /// The quotations after it, in order, each with the number of its
    /// opening mark.
    pending: Vec<(usize, Quotation)>,
    /// How many marks have opened a quotation so far.
    opened: usize,
}

impl Found {
    /// Records the quotation opened by the mark numbered `seq`; `open` is
    /// the stack of the marks still open.
    #[inline]
    fn emit(&mut self, seq: usize, q: Quotation, open: &[Open]) {
        if self.pending.is_empty() && open.first().is_none_or(|o| o.seq > seq) {
            self.place(q);
            return;
        }
        // The quotations pending after it opened while a mark open when it
        // opened was still open: at most [`MAX_OPEN`] insertions pass over
        // each, so the search from the end and the moves stay linear.
        let mut at = self.pending.len();
        while at > 0 && self.pending[at - 1].0 > seq {
            at -= 1;
        }
        self.pending.insert(at, (seq, q));
    }

    /// Moves the pending quotations that no open mark can precede any
    /// more to the output.
    #[inline(always)]
    fn flush(&mut self, open: &[Open]) {
        if self.pending.is_empty() {
            return;
        }
        self.flush_pending(open);
    }

    /// [`Self::flush`] when something is pending.
    fn flush_pending(&mut self, open: &[Open]) {
        let until = open.first().map_or(usize::MAX, |o| o.seq);
        // The first open mark leaves only when all do: then everything
        // goes, else nothing.
        if self.pending.first().is_some_and(|&(s, _)| s < until) {
            let n = self.pending.partition_point(|&(s, _)| s < until);
            let mut pending = std::mem::take(&mut self.pending);
            for (_, q) in pending.drain(..n) {
                self.place(q);
            }
            self.pending = pending;
        }
    }

    /// Puts the next quotation in order, with its depth.
    ///
    /// Depth counts the quotations that really enclose a quote, not marks
    /// left open around it (an apostrophe read as a single quote in "in 't
    /// Veld" does not make the next quote nested). A quote starting inside
    /// another is nested in it, so top-level quotes never overlap.
    #[inline]
    fn place(&mut self, mut q: Quotation) {
        while self.ends.last().is_some_and(|&e| e <= q.open.start) {
            self.ends.pop();
        }
        q.depth = self.ends.len().min(usize::from(u8::MAX)) as u8;
        self.ends.push(q.outer().end);
        if q.depth == 0 || !self.top_only {
            self.quotes.push(q);
        }
    }

    /// The quotations in the order of their opening marks, once no mark is
    /// open.
    fn in_order(mut self) -> Vec<Quotation> {
        self.flush(&[]);
        self.quotes
    }
}

/// Pairs the marks of `text` within and across the given paragraphs:
/// every quotation, or only the top-level ones if `top_only` (the
/// pipeline reads no other, and text made of marks nests many).
pub(crate) fn pair(text: &str, paras: &[Span], top_only: bool) -> Vec<Quotation> {
    let mut out = Found {
        quotes: Vec::with_capacity(text.len() / 128 + 1),
        top_only,
        ends: Vec::with_capacity(8),
        pending: Vec::new(),
        opened: 0,
    };
    let mut stack: Vec<Open> = Vec::with_capacity(8);
    for (pi, para) in paras.iter().enumerate() {
        // The marks are applied as the scan finds them. A quote run on
        // from the previous paragraph: the opening mark of this paragraph
        // continues it instead of opening a new one; anything else left
        // open is settled before the paragraph's first mark.
        let mut first = true;
        scan_marks(text, *para, |m| {
            if std::mem::take(&mut first) {
                if let Some(top) = stack.last_mut() {
                    if m.span.start == para.start
                        && m.style == top.mark.style
                        && m.role != Role::Close
                        && same_glyph_kind(text, m.span, top.mark.span)
                    {
                        top.last = pi;
                        return;
                    }
                    if m.style == top.mark.style
                        && m.style != QuoteStyle::Single
                        && same_glyph_kind(text, m.span, top.mark.span)
                        && closes_run_on(text, *para, m)
                    {
                        // The quote ran on without being reopened: its
                        // closing mark is here (`early." After the`).
                        top.last = pi;
                        apply(m, pi, &mut stack, &mut out);
                        return;
                    }
                    close_unclosed(text, &mut stack, paras, &mut out);
                }
            }
            if m.style == QuoteStyle::Single
                && m.role == Role::Close
                && is_apostrophe_in_quote(text, *para, m, &stack)
            {
                return;
            }
            apply(m, pi, &mut stack, &mut out);
        });
        if first {
            // No mark at all.
            close_unclosed(text, &mut stack, paras, &mut out);
        }
        // Anything still open here either runs on (decided at the next
        // paragraph) or is closed now; only one double/guillemet quote can
        // run on, so inner unclosed marks are settled now.
        while stack.len() > 1 {
            let top = stack.pop();
            settle(text, top, &stack, paras, &mut out);
        }
        // A single quote left open runs on only into a paragraph that
        // reopens it (British style); otherwise the next paragraph's
        // first mark settles it, and an unclosed single mark makes no
        // quote.
        if let Some(top) = stack.last() {
            let next_reopens = paras.get(pi + 1).is_some_and(|next| {
                let mut cs = next.as_str(text).chars();
                matches!(cs.next(), Some('\'' | '‘' | '‛' | '‚'))
                    && cs
                        .next()
                        .is_some_and(|c| c.is_alphanumeric() || c == '"' || c == '“')
            });
            if top.mark.style == QuoteStyle::Single && !next_reopens {
                let top = stack.pop();
                settle(text, top, &stack, paras, &mut out);
            }
        }
    }
    close_unclosed(text, &mut stack, paras, &mut out);
    // In order of their opening marks (each opens one quotation at most).
    out.in_order()
}

/// Whether `m`, the first mark of paragraph `para`, reads as a closing
/// mark: not an opener, right after a word or punctuation, and before a
/// space, punctuation or the paragraph's end. After a quote left open in
/// the paragraph before, such a mark closes that quote, which ran on
/// without being reopened.
fn closes_run_on(text: &str, para: Span, m: Mark) -> bool {
    let ptext = para.as_str(text);
    let before = char_before(ptext, m.span.start - para.start);
    let (after, _) = char_after(&ptext[m.span.end - para.start..]);
    m.role != Role::Open
        && before.is_some_and(|c| !is_space(c))
        && after.is_none_or(|c| is_space(c) || matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')'))
}

/// How far ahead [`is_apostrophe_in_quote`] looks for the closing mark.
const POSSESSIVE_LOOKAHEAD: usize = 300;

/// Whether the closing single mark `m` is an apostrophe: the second of
/// "'n'" ("rock 'n' roll"), or that of a plural possessive inside a quote
/// in single marks ("‘The teachers’ union won’t tell us anything,’ she
/// said"): after an "s" and before a lower-case word, inside a quote that
/// opens with a capital, with a mark after punctuation to close it
/// further on.
fn is_apostrophe_in_quote(text: &str, para: Span, m: Mark, stack: &[Open]) -> bool {
    let before = &text[para.start..m.span.start];
    // "rock 'n' roll", "fish ’n’ chips": the second mark of "'n'".
    if before.ends_with(" 'n") || before.ends_with(" ’n") {
        return true;
    }
    if !before.ends_with('s') {
        return false;
    }
    let mut after = text[m.span.end..para.end].chars();
    if !(after.next() == Some(' ') && after.next().is_some_and(char::is_lowercase)) {
        return false;
    }
    let Some(open) = stack
        .iter()
        .rev()
        .find(|o| o.mark.style == QuoteStyle::Single)
    else {
        return false;
    };
    if !text[open.mark.span.end..para.end]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
    {
        return false;
    }
    let mut end = (m.span.end + POSSESSIVE_LOOKAHEAD).min(para.end);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let ahead = &text[m.span.end..end];
    ahead.char_indices().any(|(i, c)| {
        matches!(c, '\'' | '’')
            && ahead[..i].ends_with(['.', ',', '!', '?'])
            && ahead[i + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(|n| n.is_whitespace() || matches!(n, ',' | '.' | ';' | ':' | ')'))
    })
}

/// Whether two marks are both straight (ASCII) or both typographic: a
/// quote left open in straight marks does not run on into a paragraph
/// opening with a curly one.
fn same_glyph_kind(text: &str, a: Span, b: Span) -> bool {
    a.as_str(text).is_ascii() == b.as_str(text).is_ascii()
}

fn close_unclosed(text: &str, stack: &mut Vec<Open>, paras: &[Span], out: &mut Found) {
    while let Some(o) = stack.pop() {
        settle(text, Some(o), stack, paras, out);
    }
}

/// Decides what an unclosed mark becomes: a quote to the end of the
/// paragraph it was left open in, if that reads like speech, or nothing.
/// `stack` holds the marks still open.
fn settle(text: &str, open: Option<Open>, stack: &[Open], paras: &[Span], out: &mut Found) {
    let Some(o) = open else { return };
    if let Some(q) = settled(text, o, paras) {
        out.emit(o.seq, q, stack);
    }
    out.flush(stack);
}

/// The quotation an unclosed mark makes, if it makes one (see [`settle`]).
fn settled(text: &str, o: Open, paras: &[Span]) -> Option<Quotation> {
    let (Some(para), Some(last)) = (paras.get(o.para), paras.get(o.last)) else {
        return None;
    };
    let content = Span::new(o.mark.span.end, last.end);
    let words = crate::text::words(content.as_str(text)).take(4).count();
    let at_start = o.mark.span.start == para.start
        || text[para.start..o.mark.span.start]
            .trim_end()
            .ends_with([':', ','])
        || text[para.start..o.mark.span.start].trim_end().is_empty();
    (o.mark.style != QuoteStyle::Single && at_start && words >= 4).then_some(Quotation {
        open: o.mark.span,
        close: None,
        content,
        style: o.mark.style,
        depth: 0,
    })
}

/// How many marks may stand open at once. Real quotations nest two or
/// three deep; beyond this an opening mark is ignored, which keeps the
/// search for a mark's partner short on text that is nothing but marks.
const MAX_OPEN: usize = 32;

#[inline]
fn apply(m: Mark, para: usize, stack: &mut Vec<Open>, out: &mut Found) {
    let closes = |o: &Open| o.mark.style == m.style && (m.role != Role::Open || o.mark.low);
    match m.role {
        Role::Open => {
            // „ … “: a high opener closes a low-9 quote.
            let low = stack
                .iter()
                .rposition(|o| o.mark.low && o.mark.style == m.style);
            close_or_open(low, m, para, stack, out);
        }
        Role::Close => {
            if let Some(pos) = stack.iter().rposition(closes) {
                finish(pos, m, stack, out);
            }
        }
        Role::Toggle => {
            let same = stack.iter().rposition(|o| o.mark.style == m.style);
            close_or_open(same, m, para, stack, out);
        }
    }
}

/// Closes the quote opened at `stack[pos]` with `m` if there is one, else
/// opens a quote with `m` (unless too many are open already).
#[inline]
fn close_or_open(pos: Option<usize>, m: Mark, para: usize, stack: &mut Vec<Open>, out: &mut Found) {
    match pos {
        Some(pos) => finish(pos, m, stack, out),
        None if stack.len() < MAX_OPEN => {
            stack.push(Open {
                mark: m,
                seq: out.opened,
                para,
                last: para,
            });
            out.opened += 1;
        }
        None => {}
    }
}

/// Closes the quote opened at `stack[pos]` with the mark `m`; marks opened
/// inside it and never closed are dropped.
#[inline]
fn finish(pos: usize, m: Mark, stack: &mut Vec<Open>, out: &mut Found) {
    stack.truncate(pos + 1);
    let Some(o) = stack.pop() else { return };
    out.emit(
        o.seq,
        Quotation {
            open: o.mark.span,
            close: Some(m.span),
            content: Span::new(o.mark.span.end, m.span.start),
            style: m.style,
            depth: pos.min(u8::MAX as usize) as u8,
        },
        stack,
    );
    out.flush(stack);
}

/// `char::is_whitespace`, without a table search for ASCII and the
/// General Punctuation block, the neighbours marks have in news text.
#[inline]
fn is_space(c: char) -> bool {
    match c as u32 {
        0..=0x7F => matches!(c, ' ' | '\t'..='\r'),
        0x2000..=0x206F => matches!(
            c as u32,
            0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F
        ),
        _ => c.is_whitespace(),
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(crate::tokens::is_alnum)
}

#[inline(always)]
fn is_space_or_none(c: Option<char>) -> bool {
    c.is_none_or(|c| is_space(c) || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/'))
}

/// Elisions written with a leading apostrophe: 'em, 'til, 'n', '90s.
fn is_elision(rest: &str) -> bool {
    // The longest elision has five letters: look at no more than six.
    let mut buf = [0u8; 6];
    let mut n = 0;
    for c in rest.chars().take_while(|&c| crate::tokens::is_alnum(c)) {
        if n == buf.len() || !c.is_ascii() {
            return false;
        }
        buf[n] = c.to_ascii_lowercase() as u8;
        n += 1;
    }
    let lower = &buf[..n];
    // One lower-case letter: 't, 's, 'n ("in 't Veld", "'s-Hertogenbosch");
    // not the word "a" ('a betrayal').
    let one_lower = n == 1 && rest.starts_with(|c: char| c.is_ascii_lowercase() && c != 'a');
    one_lower
        || matches!(
            lower,
            b"em" | b"til" | b"n" | b"tis" | b"twas" | b"cause" | b"bout" | b"round"
        )
        || ((2..=3).contains(&n)
            && lower[0].is_ascii_digit()
            && (lower.ends_with(b"s") || lower.iter().all(u8::is_ascii_digit)))
}

/// Whether a byte can start a quote mark: the ASCII marks, `&` of an HTML
/// entity, and the lead bytes of « » (C2), of the marks in U+2018–U+203A
/// (E2) and of 「 」 『 』 (E3). Every other byte is skipped undecoded.
fn may_start_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | b'&' | 0xC2 | 0xE2 | 0xE3)
}

/// The first byte at or after `i` that [`may_start_mark`], or `b.len()`:
/// eight bytes at a time over the text between marks.
fn next_mark_byte(b: &[u8], mut i: usize) -> usize {
    // Marks come in runs in some texts: the next byte first.
    if b.get(i).is_some_and(|&c| may_start_mark(c)) {
        return i;
    }
    while i + 8 <= b.len() {
        let x = load8(b, i);
        // `"` (0x22), `&` (0x26) and `'` (0x27) in one test, with `#`
        // (0x23), which the exact test below turns away.
        let m = eq_bytes(x & (LO * 0xFA), 0x22) | eq_bytes(x, b'`') | lead_bytes(x);
        if m == 0 {
            i += 8;
            continue;
        }
        // A lead byte may be one of no mark (é, —): look on after it.
        let j = i + (m.trailing_zeros() / 8) as usize;
        if may_start_mark(b[j]) {
            return j;
        }
        i = j + 1;
    }
    while i < b.len() && !may_start_mark(b[i]) {
        i += 1;
    }
    i
}

/// A quote mark written as an HTML entity at the start of `s` (`&quot;`,
/// `&#8220;`, `&#x201C;`, `&ldquo;`, as scrapers leave them): the mark and
/// the length of the entity.
pub(crate) fn entity_mark(s: &str) -> Option<(char, usize)> {
    crate::text::html_entity(s).filter(|&(c, _)| crate::lexicon::is_quote_mark(c))
}

/// How many zero-width characters are looked through to find a mark's
/// neighbour.
const INVISIBLE_RUN: usize = 8;

/// The char of U+2000–U+203F at byte `k` of `b` (a char boundary), unless
/// it is a zero-width one (U+200B–U+200F): the block of curly quotes and
/// dashes, read without a general decoding.
#[inline]
fn general_punctuation(b: &[u8], k: usize) -> Option<char> {
    match b.get(k..k + 3)? {
        &[0xE2, 0x80, t] if !(0x8B..=0x8F).contains(&t) => {
            char::from_u32(0x2000 | u32::from(t & 0x3F))
        }
        _ => None,
    }
}

/// The character before byte `i` of `p`, looking through zero-width
/// characters and decoding an entity that ends there.
#[inline(always)]
fn char_before(p: &str, i: usize) -> Option<char> {
    // An ASCII byte other than `;` (which may end an entity) is its own
    // answer.
    if let Some(&b) = i
        .checked_sub(1)
        .and_then(|k| p.as_bytes().get(k))
        .filter(|b| b.is_ascii() && **b != b';')
    {
        return Some(char::from(b));
    }
    // So is a char of U+2000–U+203F (curly quotes, dashes) but the
    // zero-width ones, read from its three bytes.
    if let Some(c) = i
        .checked_sub(3)
        .and_then(|k| general_punctuation(p.as_bytes(), k))
    {
        return Some(c);
    }
    let mut before = &p[..i];
    for _ in 0..INVISIBLE_RUN {
        let c = before.chars().next_back()?;
        if crate::tokens::is_invisible(c) {
            before = &before[..before.len() - c.len_utf8()];
            continue;
        }
        if c == ';' {
            let from = before.len().saturating_sub(10);
            if let Some(amp) = before.get(from..).and_then(|t| t.rfind('&')) {
                let at = from + amp;
                if let Some((m, len)) = entity_mark(&before[at..]) {
                    if at + len == before.len() {
                        return Some(m);
                    }
                }
            }
        }
        return Some(c);
    }
    None
}

/// The character at the start of `rest`, looking through zero-width
/// characters and decoding an entity, with the text from there on.
#[inline(always)]
fn char_after(rest: &str) -> (Option<char>, &str) {
    // An ASCII byte other than `&` is its own answer.
    if let Some(&b) = rest
        .as_bytes()
        .first()
        .filter(|b| b.is_ascii() && **b != b'&')
    {
        return (Some(char::from(b)), rest);
    }
    if let Some(c) = general_punctuation(rest.as_bytes(), 0) {
        return (Some(c), rest);
    }
    let mut rest = rest;
    for _ in 0..INVISIBLE_RUN {
        let Some(c) = rest.chars().next() else {
            return (None, rest);
        };
        if crate::tokens::is_invisible(c) {
            rest = &rest[c.len_utf8()..];
            continue;
        }
        if c == '&' {
            if let Some((m, _)) = entity_mark(rest) {
                return (Some(m), rest);
            }
        }
        return (Some(c), rest);
    }
    (None, rest)
}

/// Appends the quote marks of one paragraph to `marks`, each with the role
/// its neighbours allow; apostrophes are left out.
fn scan_marks(text: &str, para: Span, mut emit: impl FnMut(Mark)) {
    let ptext = para.as_str(text);
    let bytes = ptext.as_bytes();
    let mut i = 0;
    loop {
        i = next_mark_byte(bytes, i);
        if i >= bytes.len() {
            break;
        }
        // `i` is on a char boundary: the byte is ASCII or a lead byte.
        let raw = match bytes[i] {
            b if b.is_ascii() => char::from(b),
            // Curly quotes and dashes, and the zero-width chars among them.
            0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(&t) => char::from_u32(0x2000 | u32::from(t & 0x3F)).unwrap_or_default(),
                None => break,
            },
            _ => match ptext.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => c,
                None => break,
            },
        };
        let (c, len) = if raw == '&' {
            match entity_mark(&ptext[i..]) {
                Some(m) => m,
                None => {
                    i += 1;
                    continue;
                }
            }
        } else {
            (raw, raw.len_utf8())
        };
        // The neighbours are read only for the marks whose role they
        // decide.
        #[inline(always)]
        fn after(p: &str, j: usize) -> (Option<char>, &str) {
            char_after(p.get(j..).unwrap_or_default())
        }
        let next = || after(ptext, i + len);
        // The char right after a mark that is not an entity, when ASCII.
        let raw_next = bytes.get(i + len).filter(|_| raw == c).copied();
        let at = para.start + i;
        // A mark `off` bytes into the current character run, `len` long.
        let mut push = |off: usize, len: usize, style, role, low| {
            emit(Mark {
                span: Span::new(at + off, at + off + len),
                style,
                role,
                low,
            })
        };
        match c {
            // A curly mark facing the wrong way (a common typo, or an
            // encoding that lost the difference) takes the role its
            // neighbours show: “ after a word and before a space closes
            // (`here,“ said`), ” after a space and before a word opens.
            '“' | '‟' => {
                let role = if !is_space_or_none(char_before(ptext, i))
                    && next().0.is_none_or(|n| is_space(n) || n == ',' || n == '.')
                {
                    Role::Close
                } else {
                    Role::Open
                };
                push(0, len, QuoteStyle::Double, role, false)
            }
            '”' => {
                // ” written for “ before the words it opens: ` ”Yes,” she`;
                // and opening its paragraph, whatever follows (`” … in the
                // case of Wyoming,” wrote`): nothing there to close.
                let before = char_before(ptext, i);
                let role =
                    if before.is_none() || (is_space_or_none(before) && is_word_char(next().0)) {
                        Role::Open
                    } else {
                        Role::Close
                    };
                push(0, len, QuoteStyle::Double, role, false)
            }
            '„' => push(0, len, QuoteStyle::Double, Role::Open, true),
            '"' => push(0, len, QuoteStyle::Double, Role::Toggle, false),
            '`' if raw_next == Some(b'`') => {
                push(0, 2, QuoteStyle::Double, Role::Open, false);
                i += 2;
                continue;
            }
            '\'' if raw_next == Some(b'\'') => {
                // Three apostrophes: a single and a double quote together,
                // the single inside ("them,'''" closes both; "''' Tis"
                // opens both).
                let triple = ptext[i + 2..].starts_with('\'');
                if triple {
                    if is_space_or_none(char_before(ptext, i)) {
                        push(0, 2, QuoteStyle::Double, Role::Toggle, false);
                        push(2, 1, QuoteStyle::Single, Role::Open, false);
                    } else {
                        push(0, 1, QuoteStyle::Single, Role::Close, false);
                        push(1, 2, QuoteStyle::Double, Role::Toggle, false);
                    }
                    i += 3;
                } else {
                    push(0, 2, QuoteStyle::Double, Role::Toggle, false);
                    i += 2;
                }
                continue;
            }
            '«' => push(0, len, QuoteStyle::Guillemet, Role::Open, false),
            '»' => push(0, len, QuoteStyle::Guillemet, Role::Close, false),
            '‹' => push(0, len, QuoteStyle::Guillemet, Role::Open, false),
            '›' => push(0, len, QuoteStyle::Guillemet, Role::Close, false),
            '「' | '『' => push(0, len, QuoteStyle::Corner, Role::Open, false),
            '」' | '』' => push(0, len, QuoteStyle::Corner, Role::Close, false),
            '‚' => push(0, len, QuoteStyle::Single, Role::Open, true),
            '‘' | '‛' | '’' | '\'' => {
                let prev = char_before(ptext, i);
                let (next, rest) = next();
                if let Some(role) = single_role(c, prev, next, rest) {
                    push(0, len, QuoteStyle::Single, role, false);
                }
            }
            _ => {}
        }
        i += len;
    }
}

/// The role of a single mark, or `None` for an apostrophe.
fn single_role(c: char, prev: Option<char>, next: Option<char>, rest: &str) -> Option<Role> {
    if is_word_char(prev) && is_word_char(next) {
        return None; // don't, rock’n’roll
    }
    let opens = is_space_or_none(prev) || prev.is_some_and(|p| matches!(p, '"' | '“' | '«'));
    if opens && !next.is_none_or(is_space) {
        if is_elision(rest) {
            return None;
        }
        return Some(if c == '’' { Role::Toggle } else { Role::Open });
    }
    if c == '‘' {
        return None;
    }
    if !is_space_or_none(prev) {
        // Jones' or a closing mark: the stack decides; a closer with no
        // opener is ignored.
        return Some(Role::Close);
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotations_come_in_the_order_of_their_opening_marks() {
        // Marks of every kind at random, nested and left open, over
        // paragraphs: the order is made as the marks close, without a sort.
        const PIECES: &[&str] = &[
            "“",
            "”",
            "‘",
            "’",
            "\"",
            "'",
            "«",
            "»",
            "„",
            "‚",
            "「",
            "」",
            "``",
            "''",
            " ",
            "word ",
            "Ann said ",
            "\n\n",
            ": ",
            ", ",
        ];
        let mut x = 7u64;
        for _ in 0..50 {
            let mut text = String::new();
            for _ in 0..400 {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(PIECES[(x >> 33) as usize % PIECES.len()]);
            }
            let qs = super::quotations(&text);
            assert!(
                qs.windows(2).all(|w| w[0].open.start < w[1].open.start),
                "{text}"
            );
        }
    }

    #[test]
    fn is_space_is_char_is_whitespace() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(super::is_space(c), c.is_whitespace(), "U+{:04X}", c as u32);
        }
    }
}
