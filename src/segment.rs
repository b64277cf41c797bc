//! Stage 1: paragraphs and sentences.
//!
//! Paragraphs are blocks separated by line breaks (a blank line, or one line
//! per paragraph as many article files have; a hard-wrapped line whose next
//! line starts in lower case is joined to it). Sentences start from the
//! UAX #29 sentence bounds of `unicode-segmentation` and are repaired for
//! news text: no break after a title or abbreviation, nor between a closing
//! quote and a lower-case continuation.

use crate::lexicon;
use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// The paragraphs of `text`, in order, each trimmed of surrounding
/// whitespace. Empty lines produce no paragraph.
///
/// ```
/// let text = "Headline\n\nFirst paragraph.\nSecond paragraph.\n";
/// let paras: Vec<&str> = whosaid::paragraphs(text).iter().map(|p| p.as_str(text)).collect();
/// assert_eq!(paras, ["Headline", "First paragraph.", "Second paragraph."]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut joinable = false;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            joinable = false;
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = Span::new(start + lead, start + lead + trimmed.len());
        let starts_lower = trimmed.chars().next().is_some_and(|c| c.is_lowercase());
        match out.last_mut() {
            Some(prev) if joinable && starts_lower => prev.end = span.end,
            _ => out.push(span),
        }
        joinable = !ends_sentence(trimmed);
    }
    out
}

/// Whether a line ends like a finished sentence (so the next line is a new
/// paragraph even if it starts in lower case).
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(|c: char| lexicon::is_quote_mark(c) || c == ')')
        .ends_with(['.', '!', '?', ':', '…'])
}

/// The sentences of `text`, in order, each trimmed of surrounding
/// whitespace. A paragraph break always ends a sentence.
///
/// ```
/// let text = "Mr. Smith arrived at 9 a.m. on Monday. “Is it over?” she asked.";
/// let sents: Vec<&str> = whosaid::sentences(text).iter().map(|s| s.as_str(text)).collect();
/// assert_eq!(sents, ["Mr. Smith arrived at 9 a.m. on Monday.", "“Is it over?” she asked."]);
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for p in paragraphs(text) {
        sentences_in(text, p, &mut out);
    }
    out
}

/// Appends the sentences of the paragraph `para` of `text` to `out`.
pub(crate) fn sentences_in(text: &str, para: Span, out: &mut Vec<Span>) {
    let ptext = para.as_str(text);
    let first = out.len();
    for (off, s) in ptext.split_sentence_bound_indices() {
        let trimmed = s.trim_end();
        let lead = s.len() - s.trim_start().len();
        if trimmed.trim_start().is_empty() {
            continue;
        }
        let span = Span::new(para.start + off + lead, para.start + off + trimmed.len());
        if out.len() > first {
            let prev = out[out.len() - 1];
            if should_join(text, prev, span) {
                let last = out.len() - 1;
                out[last].end = span.end;
                continue;
            }
        }
        out.push(span);
    }
}

/// Whether the UAX #29 break between `prev` and `next` is a false one.
fn should_join(text: &str, prev: Span, next: Span) -> bool {
    let p = prev.as_str(text);
    let n = next.as_str(text);
    let Some(first) = n.chars().next() else {
        return true;
    };
    if first.is_lowercase() {
        return true;
    }
    if let Some(word) = p.strip_suffix('.') {
        let last = word
            .rsplit(|c: char| c.is_whitespace() || c == '(' || lexicon::is_quote_mark(c))
            .next()
            .unwrap_or("");
        if lexicon::is_abbreviation(last) {
            return true;
        }
        // An initial such as "J." in "J. R. Smith".
        let mut cs = last.chars();
        if let (Some(c), None) = (cs.next(), cs.next()) {
            if c.is_uppercase() {
                return true;
            }
        }
    }
    false
}
