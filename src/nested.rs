//! Quotations nested in quotations ("“My father told me, ‘Never quit on
//! your neighbors,’ and I never have,” said Dana Whitlow"), read when
//! [`crate::Options::nested_quotes`] asks for them: the inner quotation is
//! the words of someone the outer speaker quotes, found from the reporting
//! verb next to it inside the outer quotation.

use crate::lexicon::ShortList;
use crate::quotes::Quotation;
use crate::span::Span;
use crate::tokens::Token;

/// How many tokens before the inner quotation its reporting verb may be
/// ("told me," "told the board," before it).
const CUE_REACH: usize = 4;

/// How many words the subject of the inner report may have ("my father",
/// "this lady from Ohio").
const SUBJECT_WORDS: usize = 5;

/// Who an inner quotation's words are, as its outer quotation reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reporter {
    /// The outer speaker quotes themselves ("I told him, ‘…’").
    Outer,
    /// Someone the outer speaker names or describes ("my father told me,
    /// ‘…’", "Tobias said, ‘…’"); the span is the subject as written.
    Other(Span),
}

/// The reporting verb of the inner quotation `q` and who it says speaks,
/// read in `words`, the tokens of the outer quotation's content (the
/// inner one a single token): the verb right before it ("my father told
/// me, ‘…’", "she writes: ‘…’") or right after it ("‘…,’ he said"), with
/// its subject inside the outer quotation.
pub(crate) fn inner_report(text: &str, words: &[Token], q: &Quotation) -> Option<(Span, Reporter)> {
    let open = words.partition_point(|t| t.span().start < q.open.start);
    let close = q.close?;
    let after_close = words.partition_point(|t| t.span().start < close.end);
    // (Not a verb that names, `naming_words.txt`: "people call it ‘the
    // Whitlow plan’".)
    let verb = |k: usize| {
        let t = &words[k];
        t.is_word() && t.is_lower() && t.lemma().is_some() && !t.has(crate::lexicon::NAMING)
    };
    // Before: "told me," "said:" "writes," and the subject before the verb.
    let before = (open.saturating_sub(CUE_REACH)..open)
        .rev()
        .find(|&k| verb(k));
    if let Some(v) = before {
        // Only an object pronoun and punctuation between the verb and
        // the mark ("told me,", "asked him:"), or a short object set off
        // by a comma or colon ("told the board,").
        let between = &words[v + 1..open];
        let set_off = between
            .last()
            .is_some_and(|t| t.is_punct(',') || t.is_punct(':'));
        let between_ok = between
            .iter()
            .all(|t| !t.is_word() || OBJECTS.contains_ignore_ascii_case(t.span().as_str(text)))
            || set_off;
        if between_ok {
            if let Some(r) = subject_before(text, words, v) {
                return Some((words[v].span(), r));
            }
        }
    }
    // After: "‘…,’ my father said", "‘…,’ he told me" (not after a full
    // stop: a new sentence).
    let mut k = after_close;
    if words.get(k).is_some_and(|t| t.is_punct('.')) {
        return None;
    }
    while k < words.len() && !words[k].is_word() && k < after_close + 2 {
        k += 1;
    }
    let first = k;
    // (Not a relative clause about the quotation: "‘the plan,’ which I
    // find funny".)
    if words
        .get(first)
        .is_some_and(|t| t.has(crate::lexicon::RELATIVE))
    {
        return None;
    }
    while k < words.len() && k < first + SUBJECT_WORDS && words[k].is_word() && !verb(k) {
        k += 1;
    }
    if k < words.len() && k > first && verb(k) {
        let span = Span::new(words[first].span().start, words[k - 1].span().end);
        return Some((words[k].span(), reporter(text, words, first, k, span)));
    }
    None
}

/// Object pronouns that may come between a verb and the quotation it
/// reports ("told me, ‘…’").
const OBJECTS: ShortList = ShortList::new(&["me", "us", "him", "her", "them", "you"]);

/// The subject of the verb at token `v`, from the start of its clause
/// inside the outer quotation (its first token, or the token after a
/// comma or a sentence's end).
fn subject_before(text: &str, tokens: &[Token], v: usize) -> Option<Reporter> {
    let mut s = v;
    while s > 0 && tokens[s - 1].is_word() && v - s < SUBJECT_WORDS {
        s -= 1;
    }
    // The clause must start there, at the outer quote's start or after
    // punctuation, not in the middle of a longer phrase.
    if s == v || (s > 0 && tokens[s - 1].is_word()) {
        return None;
    }
    // "and then my father said": a joining word (`conjunctions.txt`) is
    // no part of it.
    while s < v && tokens[s].has(crate::lexicon::CONJUNCTION) {
        s += 1;
    }
    // "He looked at me and said": the subject of the first verb.
    let mut end = v;
    if let Some(and) = (s + 1..v).find(|&k| tokens[k].span().as_str(text) == "and") {
        end = (s + 1..and).find(|&k| is_verb_form(text, &tokens[k]))?;
    }
    if s == end {
        return None;
    }
    let span = Span::new(tokens[s].span().start, tokens[end - 1].span().end);
    Some(reporter(text, tokens, s, end, span))
}

/// Whether a token reads as a verb: a reporting verb, a past tense or a
/// present in -s ("looked", "came", "says").
fn is_verb_form(text: &str, t: &Token) -> bool {
    let w = t.span().as_str(text);
    t.is_lower()
        && (t.lemma().is_some()
            || crate::speakers::is_past_form(text, t)
            || (w.len() > 3 && crate::cues::is_plural_form(w)))
}

/// The outer speaker for "I" and "we", anyone else as written.
fn reporter(text: &str, tokens: &[Token], s: usize, v: usize, span: Span) -> Reporter {
    let first_person = v == s + 1 && matches!(tokens[s].span().as_str(text), "I" | "we" | "We");
    if first_person {
        Reporter::Outer
    } else {
        Reporter::Other(span)
    }
}
