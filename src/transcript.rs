//! Speaker turns of an interview or debate transcript: paragraphs that open
//! with a label and a colon ("A: …", "MAYOR ROSA ORTIZ: …", "KESSLER: …")
//! and give the speech with no quote marks. Read after attribution, only
//! when [`crate::Options::transcripts`] asks for them: news corpora count
//! only speech in quote marks.
//!
//! A text is a transcript when two of its paragraphs open with labels and
//! the labels differ, or both are "A". A label is "Q" or "A", or a name or title in
//! capitals, with an optional name in parentheses ("MODERATOR (ANNA
//! LUNDQVIST)"). "Q" turns are the interviewer's questions and are no
//! quotes; an "A" turn is said by the person the text names before its
//! first turn.

use crate::lexicon::{self, ShortList};
use crate::span::Span;
use crate::speakers::SpeakerKind;
use crate::tokens::Token;

/// Labels in capitals that head a paragraph without naming a speaker
/// ("CLAIM: …", "THE FACTS: …", "UPDATE: …"), in lower case.
const NOT_SPEAKERS: ShortList = ShortList::new(&[
    "claim",
    "claims",
    "fact",
    "facts",
    "the facts",
    "verdict",
    "rating",
    "update",
    "updated",
    "note",
    "editor's note",
    "editor’s note",
    "correction",
    "related",
    "watch",
    "read more",
    "photo",
    "photos",
    "video",
    "source",
    "sources",
    "background",
    "context",
    "analysis",
    "the bottom line",
    "bottom line",
    "why it matters",
    "what's next",
    "what’s next",
    "the big picture",
    "ps",
    "p.s.",
    "warning",
    "disclaimer",
    "caption",
    "credit",
    "q&a",
]);

/// The most words a label in capitals runs to.
const LABEL_WORDS: usize = 6;

/// What a turn's label says about its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// "Q": the interviewer's question.
    Question,
    /// "A": the interviewee's answer.
    Answer,
    /// A name or title in capitals, token range of its words (without a
    /// name in parentheses) and of the name in parentheses, if any.
    Named {
        words: (usize, usize),
        apposed: Option<(usize, usize)>,
    },
}

/// One speaker turn: its label and the speech after the colon, up to the
/// end of the paragraph.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Turn {
    pub label: Label,
    /// Token index of the label's first token.
    pub first: usize,
    /// The speech, without the label.
    pub speech: Span,
}

/// The speaker turns of a text, if it is a transcript: at least two
/// paragraphs open with a label, and two labels differ or two are "A".
pub(crate) fn turns(text: &str, tokens: &[Token]) -> Vec<Turn> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // The last token of the paragraph starting at `i`.
        let para = tokens[i].para;
        let end = i + tokens[i..].partition_point(|t| t.para == para);
        if let Some(turn) = turn_at(text, tokens, i, end) {
            out.push(turn);
        }
        i = end;
    }
    // The label as written ("Q", "A", "KESSLER"), compared in any case.
    let label_text = |t: &Turn| match t.label {
        Label::Question => "Q",
        Label::Answer => "A",
        Label::Named { words: (a, b), .. } => {
            Span::new(tokens[a].span().start, tokens[b - 1].span().end).as_str(text)
        }
    };
    let distinct = out.first().is_some_and(|f| {
        let first = label_text(f);
        out.iter()
            .any(|t| !label_text(t).eq_ignore_ascii_case(first))
    });
    // (An interview may give its questions in other words: "A:" turns
    // alone make a transcript too.)
    let answers = out.iter().filter(|t| t.label == Label::Answer).count();
    if out.len() < 2 || !(distinct || answers >= 2) {
        out.clear();
    }
    out
}

/// The turn of the paragraph whose tokens are `i..end`, if it opens with a
/// label and a colon and has speech after it.
fn turn_at(text: &str, tokens: &[Token], i: usize, end: usize) -> Option<Turn> {
    // The colon within the first few tokens.
    let colon = (i..end.min(i + LABEL_WORDS + 4)).find(|&k| tokens[k].is_punct(':'))?;
    if colon == i || colon + 1 >= end || tokens[i..colon].iter().any(|t| t.quoted) {
        return None;
    }
    // The speech: a whole quotation after the label is read with its marks
    // ("TRUMP: “…”" is a signature), not here.
    let first_speech = &tokens[colon + 1];
    if first_speech.quoted {
        return None;
    }
    let speech = Span::new(first_speech.span().start, tokens[end - 1].span().end);
    let word = |k: usize| tokens[k].span().as_str(text);
    let label = if let Some(qa) = qa_label(word(i)).filter(|_| colon == i + 1) {
        qa
    } else {
        // Words in capitals, then perhaps a name in parentheses.
        let open = (i..colon).find(|&k| tokens[k].is_punct('('));
        let words_end = open.unwrap_or(colon);
        let caps = |a: usize, b: usize| {
            b > a
                && b - a <= LABEL_WORDS
                && tokens[a..b].iter().all(|t| {
                    t.is_word() && {
                        let w = t.span().as_str(text);
                        w.chars().any(char::is_alphabetic)
                            && w.chars().all(|c| {
                                (c.is_alphabetic() && !c.is_lowercase())
                                    || matches!(c, '.' | '\'' | '’' | '-')
                            })
                    }
                })
        };
        if !caps(i, words_end) {
            return None;
        }
        let apposed = match open {
            Some(o) => {
                if !(colon == o + 1 || tokens[colon - 1].is_punct(')')) || !caps(o + 1, colon - 1) {
                    return None;
                }
                Some((o + 1, colon - 1))
            }
            None => None,
        };
        // At least two letters ("I: …" is no label), and no heading word.
        let label = Span::new(tokens[i].span().start, tokens[words_end - 1].span().end);
        let s = label.as_str(text);
        if s.chars().filter(|c| c.is_alphabetic()).count() < 2
            || NOT_SPEAKERS.contains_ignore_ascii_case(s)
        {
            return None;
        }
        Label::Named {
            words: (i, words_end),
            apposed,
        }
    };
    Some(Turn {
        label,
        first: i,
        speech,
    })
}

/// The label a "Q" or an "A" before a colon is: the interviewer's question
/// or the interviewee's answer.
pub(crate) fn qa_label(word: &str) -> Option<Label> {
    match word {
        "Q" => Some(Label::Question),
        "A" => Some(Label::Answer),
        _ => None,
    }
}

/// A word in capitals written as a name: "ORTIZ" → "Ortiz", "O'NEILL" →
/// "O'Neill", "RUIZ-MORENO" → "Ruiz-Moreno", "MCCAIN" → "McCain".
pub(crate) fn name_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut upper_next = true;
    for c in word.chars() {
        if upper_next {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        upper_next = matches!(c, '\'' | '’' | '-');
    }
    if out.len() > 2 && out.starts_with("Mc") && out.is_char_boundary(3) {
        let rest = out.split_off(2);
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_uppercase());
        }
        out.push_str(chars.as_str());
    }
    out
}

/// The name and title a label in capitals gives: "MAYOR ROSA ORTIZ" is
/// Rosa Ortiz, titled Mayor; "MODERATOR (ANNA LUNDQVIST)" is Anna
/// Lundqvist, titled Moderator; "KESSLER" is Kessler.
pub(crate) fn label_name(
    text: &str,
    tokens: &[Token],
    words: (usize, usize),
    apposed: Option<(usize, usize)>,
) -> (String, Option<String>) {
    let cased = |a: usize, b: usize| {
        tokens[a..b]
            .iter()
            .map(|t| name_case(t.span().as_str(text)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    if let Some((a, b)) = apposed {
        return (cased(a, b), Some(cased(words.0, words.1)));
    }
    // Title words first ("MAYOR", "SEN."), the name after them.
    let (a, b) = words;
    let title_end = (a..b)
        .take_while(|&k| tokens[k].has(lexicon::TITLE))
        .count();
    if title_end == 0 || a + title_end == b {
        return (cased(a, b), None);
    }
    (cased(a + title_end, b), Some(cased(a, a + title_end)))
}

/// The person an "A" turn is said by: the first person the text names in
/// full (a given name and a surname) before its first turn, token `before`,
/// outside the headline paragraph `headline`.
pub(crate) fn interviewee<'t>(
    text: &'t str,
    tokens: &[Token],
    before: usize,
    headline: Option<u32>,
) -> Option<&'t str> {
    let bodily = lexicon::TITLE | lexicon::ORGANISATION | lexicon::PLACE | lexicon::NOT_NAME;
    // ("Sunniva Brekke's firm": a possessive may end the name.)
    let part = |t: &Token| {
        (t.name_part || (t.is_capitalised() && crate::text::is_possessive(t.span().as_str(text))))
            && !t.has(bodily)
    };
    let k = (0..before.saturating_sub(1)).find(|&k| {
        let t = &tokens[k];
        Some(t.para) != headline && part(t) && part(&tokens[k + 1]) && tokens[k + 1].para == t.para
    })?;
    let mut end = k + 1;
    while end + 1 < before && part(&tokens[end + 1]) && tokens[end + 1].para == tokens[k].para {
        end += 1;
    }
    let name = Span::new(tokens[k].span().start, tokens[end].span().end).as_str(text);
    // "Sunniva Brekke's firm": the name without its possessive.
    Some(
        name.strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .unwrap_or(name),
    )
}

/// The kind of speaker a label names: a person, unless it is a title
/// alone ("MODERATOR", "PRESIDENT").
pub(crate) fn label_kind(name: &str) -> SpeakerKind {
    let title_alone =
        crate::text::words(name).all(|w| lexicon::entry(w).is_some_and(|e| e.has(lexicon::TITLE)));
    if title_alone {
        SpeakerKind::Group
    } else {
        SpeakerKind::Person
    }
}
