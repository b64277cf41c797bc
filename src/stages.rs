//! The pipeline stage by stage, for the per-stage benches
//! (`benches/pipeline.rs`): each function takes what the stages before it
//! produced, so that one stage can be timed alone. [`crate::Extractor`]
//! runs them in order; this module is hidden from the documentation and
//! outside the stable API.
//!
//! ```
//! use whosaid::stages;
//! let text = "“We agree,” Ann Lee said.";
//! let seg = stages::segment(text, true);
//! let paired = stages::pair(text, &seg);
//! let matched = stages::match_cues_and_speakers(text, &seg, &paired);
//! let resolved = stages::resolve(text, &paired, &matched, &whosaid::Options::default());
//! assert_eq!(resolved.quotes().len(), 1);
//! assert_eq!(resolved.speakers()[0].name, "Ann Lee");
//! ```

use crate::cues::{self, Cue};
use crate::document::{Options, Quote, Speaker};
use crate::lexicon::Gender;
use crate::quotes::{self, Quotation};
use crate::resolve::Resolver;
use crate::segment;
use crate::span::Span;
use crate::speakers::{self, NameRegister, SpeakerKind};
use crate::tokens::{self, Token};

/// What segmentation found: paragraphs and sentences.
///
/// ```
/// let seg = whosaid::stages::segment("One. Two.\n\nThree.", true);
/// assert_eq!(seg.paragraphs().len(), 2);
/// assert_eq!(seg.sentences().len(), 3);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    pub(crate) paragraphs: Vec<Span>,
    pub(crate) sentences: Vec<Span>,
}

impl Segmented {
    /// The paragraph spans.
    ///
    /// ```
    /// assert_eq!(whosaid::stages::segment("A\n\nB", false).paragraphs().len(), 2);
    /// ```
    pub fn paragraphs(&self) -> &[Span] {
        &self.paragraphs
    }

    /// The sentence spans (empty unless asked for).
    ///
    /// ```
    /// assert!(whosaid::stages::segment("A. B.", false).sentences().is_empty());
    /// ```
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }
}

/// Stage 1: the paragraphs of `text` and, if `sentences`, its sentences.
///
/// ```
/// let seg = whosaid::stages::segment("Mr. Li spoke. He left.", true);
/// assert_eq!(seg.sentences().len(), 2);
/// ```
pub fn segment(text: &str, sentences: bool) -> Segmented {
    let paragraphs = segment::paragraphs(text);
    let sentences = if sentences {
        // News sentences run to a hundred bytes or so.
        let mut s = Vec::with_capacity(text.len() / 64 + 1);
        for p in &paragraphs {
            segment::sentences_in(text, *p, &mut s);
        }
        s
    } else {
        Vec::new()
    };
    Segmented {
        paragraphs,
        sentences,
    }
}

/// What quote pairing found: the top-level quotations.
///
/// ```
/// let text = "“She said ‘no’,” he said.";
/// let seg = whosaid::stages::segment(text, false);
/// assert_eq!(whosaid::stages::pair(text, &seg).quotations().len(), 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Paired {
    pub(crate) top: Vec<Quotation>,
    /// The quotations nested in others, in order of their opening marks.
    pub(crate) nested: Vec<Quotation>,
}

impl Paired {
    /// The top-level quotations, in order.
    ///
    /// ```
    /// let text = "He called it “done”.";
    /// let seg = whosaid::stages::segment(text, false);
    /// let paired = whosaid::stages::pair(text, &seg);
    /// assert_eq!(paired.quotations()[0].content.as_str(text), "done");
    /// ```
    pub fn quotations(&self) -> &[Quotation] {
        &self.top
    }
}

/// Stage 2: the quote marks of `text` paired within and across the
/// paragraphs of `seg`; quotations nested in others are left out.
///
/// ```
/// let text = "“One,” she said. “Two.”";
/// let seg = whosaid::stages::segment(text, false);
/// assert_eq!(whosaid::stages::pair(text, &seg).quotations().len(), 2);
/// ```
pub fn pair(text: &str, seg: &Segmented) -> Paired {
    // (Nested quotations are few: the list of all becomes the top-level
    // one in place, with no second copy of it.)
    let mut top = quotes::pair(text, &seg.paragraphs, false);
    let nested = top.iter().filter(|q| q.depth > 0).copied().collect();
    top.retain(|q| q.depth == 0);
    Paired { top, nested }
}

/// What cue and speaker matching found: the tokens, the reporting cues and
/// the register of names.
///
/// ```
/// let text = "“Yes,” Ann Lee said.";
/// let seg = whosaid::stages::segment(text, false);
/// let paired = whosaid::stages::pair(text, &seg);
/// let matched = whosaid::stages::match_cues_and_speakers(text, &seg, &paired);
/// assert_eq!(matched.cue_count(), 1);
/// ```
#[derive(Debug)]
pub struct Matched<'t> {
    tokens: Vec<Token>,
    cues: Vec<Cue>,
    register: NameRegister<'t>,
    headline: Option<u32>,
    /// Where the tokens end (see [`tokens::tokenized_end`]).
    tokenized_end: usize,
}

impl Matched<'_> {
    /// How many reporting cues the text holds outside quotations.
    ///
    /// ```
    /// let text = "Ann said it, and Bo told me so.";
    /// let seg = whosaid::stages::segment(text, false);
    /// let paired = whosaid::stages::pair(text, &seg);
    /// let matched = whosaid::stages::match_cues_and_speakers(text, &seg, &paired);
    /// assert_eq!(matched.cue_count(), 2);
    /// ```
    pub fn cue_count(&self) -> usize {
        self.cues.len()
    }
}

/// Stages 3 and 4: the tokens of `text` (quotations as one token each),
/// its reporting cues and the register of the names in it.
///
/// ```
/// let text = "“Yes,” Press Secretary Katherine Leavitt said, and left.";
/// let seg = whosaid::stages::segment(text, false);
/// let paired = whosaid::stages::pair(text, &seg);
/// let matched = whosaid::stages::match_cues_and_speakers(text, &seg, &paired);
/// assert_eq!(matched.cue_count(), 1);
/// ```
pub fn match_cues_and_speakers<'t>(text: &'t str, seg: &Segmented, paired: &Paired) -> Matched<'t> {
    let mut tokens = tokens::tokenize(text, &seg.paragraphs, &paired.top);
    speakers::mark_name_parts(text, &mut tokens);
    let headline = headline_paragraph(text, &seg.paragraphs);
    let cues = cues::find(text, &tokens, headline);
    let register = NameRegister::build(text, &tokens, headline);
    Matched {
        tokens,
        cues,
        register,
        headline,
        tokenized_end: tokens::tokenized_end(&seg.paragraphs),
    }
}

/// What resolution found: the quotes kept, with their speakers.
///
/// ```
/// let text = "“Yes,” Ann Lee said.";
/// let seg = whosaid::stages::segment(text, false);
/// let paired = whosaid::stages::pair(text, &seg);
/// let matched = whosaid::stages::match_cues_and_speakers(text, &seg, &paired);
/// let resolved = whosaid::stages::resolve(text, &paired, &matched, &Default::default());
/// assert_eq!(resolved.speakers()[0].name, "Ann Lee");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub(crate) quotes: Vec<Quote>,
    pub(crate) speakers: Vec<Speaker>,
}

impl Resolved {
    /// The quotes kept, in order.
    ///
    /// ```
    /// let text = "“Yes,” Ann Lee said.";
    /// let seg = whosaid::stages::segment(text, false);
    /// let paired = whosaid::stages::pair(text, &seg);
    /// let matched = whosaid::stages::match_cues_and_speakers(text, &seg, &paired);
    /// let resolved = whosaid::stages::resolve(text, &paired, &matched, &Default::default());
    /// assert_eq!(resolved.quotes()[0].text(text), "Yes,");
    /// ```
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// The speakers the quotes refer to.
    ///
    /// ```
    /// let text = "“Yes,” she said.";
    /// let seg = whosaid::stages::segment(text, false);
    /// let paired = whosaid::stages::pair(text, &seg);
    /// let matched = whosaid::stages::match_cues_and_speakers(text, &seg, &paired);
    /// let resolved = whosaid::stages::resolve(text, &paired, &matched, &Default::default());
    /// assert!(resolved.speakers().is_empty());
    /// ```
    pub fn speakers(&self) -> &[Speaker] {
        &self.speakers
    }
}

/// Stage 5: speech events read from the cues, each quotation attributed,
/// and the quotes kept that `options` asks for, with the speakers they
/// refer to. Quotes are read in the first 4 GiB of a text (the paragraphs
/// that end there).
///
/// ```
/// let text = "“We will win,” Sen. Ted Cruz said.";
/// let seg = whosaid::stages::segment(text, false);
/// let paired = whosaid::stages::pair(text, &seg);
/// let matched = whosaid::stages::match_cues_and_speakers(text, &seg, &paired);
/// let resolved = whosaid::stages::resolve(text, &paired, &matched, &Default::default());
/// assert_eq!(resolved.speakers()[0].name, "Ted Cruz");
/// ```
pub fn resolve(text: &str, paired: &Paired, matched: &Matched<'_>, options: &Options) -> Resolved {
    let mut resolver = Resolver::new(text, &matched.tokens, &matched.register, matched.headline);
    resolver.read_events(&matched.cues);
    // Tokens cover the first 4 GiB of a text: quotations past them are left
    // out (top-level quotations come in order and do not overlap).
    let end = matched.tokenized_end;
    let top = &paired.top[..paired.top.partition_point(|q| q.outer().end <= end)];
    let mut quotes = resolver.attribute(top);
    resolver.link_referents(&mut quotes);
    resolver.take_up_headline_repeats(&mut quotes);
    if options.transcripts {
        resolver.add_turns(&mut quotes);
    }
    if options.nested_quotes {
        let nested = &paired.nested[..paired.nested.partition_point(|q| q.outer().end <= end)];
        resolver.add_nested(nested, &mut quotes);
    }
    // Quotes in the headline, if they are to be left out, end here.
    let headline_end = match matched.headline {
        Some(h) if !options.headline_quotes => {
            let first = matched.tokens.partition_point(|t| t.para <= h);
            match first.checked_sub(1).and_then(|k| matched.tokens.get(k)) {
                Some(t) if t.para == h => t.span().end,
                _ => 0,
            }
        }
        _ => 0,
    };
    quotes.retain(|q| {
        q.confidence >= options.min_confidence
            && (q.speaker.is_some() || options.keep_unattributed)
            && q.outer.start >= headline_end
    });
    // Keep only the speakers the kept quotes refer to, renumbered; each is
    // moved out of the entity list the first time a quote names it.
    let mut list = resolver.entities.list;
    let mut map = vec![usize::MAX; list.len()];
    let mut speakers = Vec::new();
    let mut keep = |i: usize| -> Option<usize> {
        let m = map.get_mut(i)?;
        if *m == usize::MAX {
            *m = speakers.len();
            let taken = list.get_mut(i).map(|s| {
                std::mem::replace(
                    s,
                    Speaker {
                        name: String::new(),
                        kind: SpeakerKind::Group,
                        title: None,
                        gender: Gender::Unknown,
                    },
                )
            });
            speakers.extend(taken);
        }
        Some(*m)
    };
    for q in &mut quotes {
        q.speaker = q.speaker.and_then(&mut keep);
        q.referent = q.referent.and_then(&mut keep);
    }
    Resolved { quotes, speakers }
}

/// The first paragraph, if it reads as a headline: no final full stop (or
/// title case), and at least one more paragraph after it.
fn headline_paragraph(text: &str, paras: &[Span]) -> Option<u32> {
    let first = paras.first()?.as_str(text);
    let ends = first
        .trim_end_matches(|c: char| crate::lexicon::is_quote_mark(c))
        .ends_with(['.', '!', '?']);
    let (mut words, mut caps, mut lower) = (0, 0, 0);
    for w in crate::text::words(first) {
        words += 1;
        if words > 30 {
            // Too long for a headline.
            return None;
        }
        let cap = w.chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || crate::lexicon::is_quote_mark(c)
        });
        caps += usize::from(cap);
        let small = crate::text::TITLE_SMALL_WORDS.contains(&w);
        lower += usize::from(w.starts_with(char::is_lowercase) && !small);
    }
    // A sentence with a full stop is a headline only in title case: a
    // sentence full of names ("Mayor Sean McAllister met Gov. Kathy
    // Ruiz-Moreno in Albany.") has lower-case verbs.
    (paras.len() > 1 && (!ends || (caps * 3 >= words * 2 && lower == 0))).then_some(0)
}
