//! The results: [`Document`], [`Quote`], [`Speaker`], and the
//! [`Extractor`] that runs the pipeline stages in order.

use crate::lexicon::Gender;
use crate::quotes::QuoteStyle;
use crate::span::Span;
use crate::speakers::SpeakerKind;
use crate::stages;
use serde::{Deserialize, Serialize};

/// What kind of quotation a quote is.
///
/// ```
/// use whosaid::{extract, QuoteKind};
/// let doc = extract("“We won,” she said. He called it a “disaster” of a night.");
/// assert_eq!(doc.quotes[0].kind, QuoteKind::Direct);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The whole utterance stands inside the marks.
    Direct,
    /// A quoted fragment inside the writer's own sentence (reported speech).
    Mixed,
}

/// How a quote's speaker was found.
///
/// ```
/// use whosaid::{extract, Attribution};
/// let doc = extract("“One,” Ann Lee said. “Two.”");
/// assert_eq!(doc.quotes[0].attribution, Attribution::CueAfter);
/// assert_eq!(doc.quotes[1].attribution, Attribution::Continuation);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// A reporting cue after the quote named the speaker (`“Q,” X said`).
    CueAfter,
    /// A reporting cue before the quote named the speaker (`X said: “Q”`,
    /// `X said the plan was “dead”`).
    CueBefore,
    /// The cue's subject was a pronoun, resolved to an earlier entity.
    Pronoun,
    /// A dash signature after the quote (`“Q” — X`) or a name with a
    /// colon before it (`X: “Q”`, `Rep. Trey Gowdy (R-S.C.): “Q”`).
    Signature,
    /// No cue: a fragment taken as the words of its sentence's subject
    /// (`Clinton talked up her “50-state strategy”`).
    SentenceSubject,
    /// No cue: the quote opens a sentence after one whose speech event
    /// names its speaker (`Clinton touted her record. “We need …”`).
    PreviousSentence,
    /// The quote continues the previous quote of its paragraph.
    Continuation,
    /// The quote opens a paragraph after one whose last speaker it takes.
    PreviousParagraph,
    /// The quote is its paragraph, and the next paragraph opens with the
    /// speaker taking it up (`“Can you hear me?” ¶ Fire Officer Rodel
    /// Cuyugan shouted the words again and again …`).
    NextParagraph,
    /// The quote opens its paragraph with no speaker, and the sentence
    /// right after it names whose words they were (`“Q.” That quote from
    /// Commissioner Thomas Krebs appeared …`, `“Q.” ¶ Those were the words
    /// of Mayor Alma Ruiz.`).
    NextSentence,
    /// A headline quote whose words a quote of the body repeats: the
    /// body quote's speaker (`Band to reunite: ‘We’re older, not wiser’`
    /// over `“… We’re older, not wiser,” Morven Auchterlonie said`).
    Repeated,
    /// A speaker turn of a transcript, said by the one its label names
    /// (`KESSLER: …`, `A: …`); read when [`Options::transcripts`] is on.
    Transcript,
    /// A quotation nested in another, said by the one the reporting verb
    /// next to it names (`“My father told me, ‘Q,’ …”`); read when
    /// [`Options::nested_quotes`] is on.
    Nested,
    /// No speaker was found.
    None,
}

/// One speaker entity: every mention of it in the document is merged.
///
/// ```
/// let doc = whosaid::extract("Press Secretary Katherine Leavitt spoke. “Yes,” Leavitt said.");
/// let s = doc.speaker_of(&doc.quotes[0]).unwrap();
/// assert_eq!(s.name, "Katherine Leavitt");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The fullest form of the name found in the document, without title.
    pub name: String,
    /// Person, organisation or group.
    pub kind: SpeakerKind,
    /// The title seen before the name ("Press Secretary"), if any.
    pub title: Option<String>,
    /// The gender that titles, given names or pronouns revealed.
    pub gender: Gender,
}

/// One quotation with its attribution.
///
/// ```
/// let text = "“It is over,” Ann Lee said.";
/// let doc = whosaid::extract(text);
/// let q = &doc.quotes[0];
/// assert_eq!(q.text(text), "It is over,");
/// assert_eq!(q.cue.unwrap().as_str(text), "said");
/// assert_eq!(q.mention.unwrap().as_str(text), "Ann Lee");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted content, without the quote marks.
    pub span: Span,
    /// The content with its opening and closing marks.
    pub outer: Span,
    /// The family of marks.
    pub style: QuoteStyle,
    /// Direct or mixed.
    pub kind: QuoteKind,
    /// Index into [`Document::speakers`], `None` if unknown.
    pub speaker: Option<usize>,
    /// When the speaker is a description of a person the text named
    /// before ("the minister" after "Finance Minister Kofi Mensah"), that
    /// person: an index into [`Document::speakers`]. The speaker stays the
    /// description, as written.
    ///
    /// ```
    /// let text = "Finance Minister Kofi Mensah spoke first.\n\n“The worst is over,” the minister said.";
    /// let doc = whosaid::extract(text);
    /// let q = &doc.quotes[0];
    /// assert_eq!(doc.speaker_of(q).unwrap().name, "the minister");
    /// assert_eq!(doc.speakers[q.referent.unwrap()].name, "Kofi Mensah");
    /// ```
    #[serde(default)]
    pub referent: Option<usize>,
    /// The speaker's mention nearest the cue (may be a pronoun).
    pub mention: Option<Span>,
    /// The reporting cue ("said", "according to").
    pub cue: Option<Span>,
    /// How the speaker was found.
    pub attribution: Attribution,
    /// How sure the attribution is, in `[0, 1]`.
    pub confidence: f32,
}

impl Quote {
    /// The quoted text.
    ///
    /// ```
    /// let text = "He said “no.”";
    /// let doc = whosaid::extract(text);
    /// assert_eq!(doc.quotes[0].text(text), "no.");
    /// ```
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.as_str(text)
    }
}

/// Everything whosaid found in one text. Spans are byte ranges into that
/// text.
///
/// ```
/// let text = "Headline\n\n“We agree,” the Kremlin said.";
/// let doc = whosaid::extract(text);
/// assert_eq!(doc.paragraphs.len(), 2);
/// assert_eq!(doc.quotes.len(), 1);
/// assert_eq!(doc.speaker_of(&doc.quotes[0]).unwrap().name, "Kremlin");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Paragraph spans, in order.
    pub paragraphs: Vec<Span>,
    /// Sentence spans, in order.
    pub sentences: Vec<Span>,
    /// The quotations, in order of their opening marks.
    pub quotes: Vec<Quote>,
    /// The speaker entities the quotes refer to.
    pub speakers: Vec<Speaker>,
}

impl Document {
    /// The speaker of a quote of this document, if known.
    ///
    /// ```
    /// let doc = whosaid::extract("“Fine,” she said.");
    /// assert!(doc.speaker_of(&doc.quotes[0]).is_none());
    /// ```
    pub fn speaker_of(&self, quote: &Quote) -> Option<&Speaker> {
        quote.speaker.and_then(|i| self.speakers.get(i))
    }

    /// The person a quote's descriptive speaker stands for, if the text
    /// named that person before (see [`Quote::referent`]).
    ///
    /// ```
    /// let text = "Ayesha Farooqui, the Foreign Office spokesperson, briefed reporters.\n\n\
    ///             “We have shared the evidence,” the spokesperson said.";
    /// let doc = whosaid::extract(text);
    /// assert_eq!(doc.referent_of(&doc.quotes[0]).unwrap().name, "Ayesha Farooqui");
    /// ```
    pub fn referent_of(&self, quote: &Quote) -> Option<&Speaker> {
        quote.referent.and_then(|i| self.speakers.get(i))
    }
}

/// Options of an [`Extractor`].
///
/// ```
/// let ex = whosaid::Extractor::builder().min_confidence(0.5).build();
/// assert_eq!(ex.options().min_confidence, 0.5);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Options {
    /// Quotes attributed with less confidence are left out (0 keeps all).
    pub min_confidence: f32,
    /// Whether quotes with no speaker are kept.
    pub keep_unattributed: bool,
    /// Whether sentences are computed (they cost time; quotes don't need
    /// them).
    pub sentences: bool,
    /// Whether quotes in a headline are kept. A headline quote often
    /// repeats, in short, a quote of the article's body: leave them out to
    /// count each utterance once.
    pub headline_quotes: bool,
    /// Whether the speaker turns of an interview or debate transcript
    /// ("A: …", "MAYOR ROSA ORTIZ: …"), speech with no quote marks, are
    /// quotes too (default: no; news corpora count only quoted speech).
    #[serde(default)]
    pub transcripts: bool,
    /// Whether a quotation nested in another, with a reporting verb next
    /// to it ("“My father told me, ‘Never quit,’ …”"), is a quote of its
    /// own too (default: no; news corpora count the outer quote only).
    #[serde(default)]
    pub nested_quotes: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_confidence: 0.0,
            keep_unattributed: true,
            sentences: true,
            headline_quotes: true,
            transcripts: false,
            nested_quotes: false,
        }
    }
}

/// Builds an [`Extractor`] with non-default options.
///
/// ```
/// let ex = whosaid::Extractor::builder().keep_unattributed(false).sentences(false).build();
/// let doc = ex.extract("“This is a long quote with no speaker at all.”");
/// assert!(doc.quotes.is_empty());
/// assert!(doc.sentences.is_empty());
/// ```
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    options: Options,
}

impl ExtractorBuilder {
    /// Leaves out quotes attributed with less than `c` confidence.
    ///
    /// ```
    /// let ex = whosaid::Extractor::builder().min_confidence(0.8).build();
    /// assert_eq!(ex.options().min_confidence, 0.8);
    /// ```
    pub fn min_confidence(mut self, c: f32) -> Self {
        self.options.min_confidence = c;
        self
    }

    /// Whether quotes with no speaker are kept (default: yes).
    ///
    /// ```
    /// let ex = whosaid::Extractor::builder().keep_unattributed(false).build();
    /// assert!(!ex.options().keep_unattributed);
    /// ```
    pub fn keep_unattributed(mut self, keep: bool) -> Self {
        self.options.keep_unattributed = keep;
        self
    }

    /// Whether [`Document::sentences`] is filled (default: yes).
    ///
    /// ```
    /// let ex = whosaid::Extractor::builder().sentences(false).build();
    /// assert!(ex.extract("One. Two.").sentences.is_empty());
    /// ```
    pub fn sentences(mut self, on: bool) -> Self {
        self.options.sentences = on;
        self
    }

    /// Whether quotes in the headline are kept (default: yes). The
    /// headline is a first paragraph that reads as one: short, in title
    /// case or without a final full stop, with more text after it. A
    /// headline quotation with no speaker ("Aide: FBI acted as 'judge and
    /// jury'") is a highlighted phrase and is never kept.
    ///
    /// ```
    /// let text = "Mayor Calls Storm Plan ‘A Disgrace’\n\nThe mayor spoke on Monday.";
    /// assert_eq!(whosaid::extract(text).quotes[0].text(text), "A Disgrace");
    /// let ex = whosaid::Extractor::builder().headline_quotes(false).build();
    /// assert!(ex.extract(text).quotes.is_empty());
    /// ```
    pub fn headline_quotes(mut self, keep: bool) -> Self {
        self.options.headline_quotes = keep;
        self
    }

    /// Whether the speaker turns of a transcript are quotes (default: no).
    /// A text is read as a transcript when two of its paragraphs open with
    /// different labels: "Q:" and "A:", or names in capitals
    /// ("DOUGLAS KESSLER:", "ORTIZ:"). An "A:" turn is said by the person
    /// the text names before the first turn; "Q:" turns are questions, no
    /// quotes.
    ///
    /// ```
    /// use whosaid::{Attribution, Extractor};
    /// let text = "Mayor Rosa Ortiz and Douglas Kessler debated on Tuesday.\n\n\
    ///             KESSLER: The plan is a giveaway.\n\n\
    ///             ORTIZ: It is not, and the numbers show it.";
    /// let doc = Extractor::builder().transcripts(true).build().extract(text);
    /// assert_eq!(doc.quotes.len(), 2);
    /// assert_eq!(doc.quotes[0].attribution, Attribution::Transcript);
    /// assert_eq!(doc.speaker_of(&doc.quotes[1]).unwrap().name, "Rosa Ortiz");
    /// assert!(whosaid::extract(text).quotes.is_empty());
    /// ```
    pub fn transcripts(mut self, on: bool) -> Self {
        self.options.transcripts = on;
        self
    }

    /// Whether a quotation nested in another is a quote of its own too
    /// (default: no), when a reporting verb next to it inside the outer
    /// quotation says whose words they are: the outer speaker's own ("I
    /// told him, ‘…’"), or those of the one the outer speaker names or
    /// describes ("my father told me, ‘…’").
    ///
    /// ```
    /// use whosaid::{Attribution, Extractor};
    /// let text = "“My father told me, ‘Never quit on your neighbors,’ and I never \
    ///             have,” said Dana Whitlow.";
    /// let doc = Extractor::builder().nested_quotes(true).build().extract(text);
    /// assert_eq!(doc.quotes.len(), 2);
    /// let inner = &doc.quotes[1];
    /// assert_eq!(inner.text(text), "Never quit on your neighbors,");
    /// assert_eq!(inner.attribution, Attribution::Nested);
    /// assert_eq!(doc.speaker_of(inner).unwrap().name, "My father");
    /// assert_eq!(whosaid::extract(text).quotes.len(), 1);
    /// ```
    pub fn nested_quotes(mut self, on: bool) -> Self {
        self.options.nested_quotes = on;
        self
    }

    /// The extractor.
    ///
    /// ```
    /// let ex = whosaid::Extractor::builder().build();
    /// assert_eq!(ex.extract("“Hi there, friends,” Bo Li said.").quotes.len(), 1);
    /// ```
    pub fn build(self) -> Extractor {
        Extractor {
            options: self.options,
        }
    }
}

/// Runs the pipeline: paragraphs and sentences → quotations → cues →
/// speaker mentions → attribution. Cheap to create, `Send + Sync`, and
/// meant to be shared across threads; word lists and patterns are compiled
/// once per process on first use.
///
/// ```
/// let ex = whosaid::Extractor::new();
/// let text = "“We will win,” Sen. Ted Cruz said.";
/// let doc = ex.extract(text);
/// assert_eq!(doc.speaker_of(&doc.quotes[0]).unwrap().name, "Ted Cruz");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: Options,
}

impl Extractor {
    /// An extractor with default options.
    ///
    /// ```
    /// let ex = whosaid::Extractor::new();
    /// assert!(ex.options().keep_unattributed);
    /// ```
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// A builder for options.
    ///
    /// ```
    /// let ex = whosaid::Extractor::builder().min_confidence(0.7).build();
    /// assert_eq!(ex.options().min_confidence, 0.7);
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The options in force.
    ///
    /// ```
    /// assert_eq!(whosaid::Extractor::new().options().min_confidence, 0.0);
    /// ```
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Finds every quotation in `text` and its speaker. Quotes are read in
    /// the paragraphs that end in the first 4 GiB of the text; paragraphs
    /// and sentences cover all of it.
    ///
    /// ```
    /// let text = "“So the idea itself is correct,” he said.";
    /// let doc = whosaid::Extractor::new().extract(text);
    /// assert_eq!(doc.quotes[0].text(text), "So the idea itself is correct,");
    /// ```
    pub fn extract(&self, text: &str) -> Document {
        let seg = stages::segment(text, self.options.sentences);
        let paired = stages::pair(text, &seg);
        let matched = stages::match_cues_and_speakers(text, &seg, &paired);
        let resolved = stages::resolve(text, &paired, &matched, &self.options);
        Document {
            paragraphs: seg.paragraphs,
            sentences: seg.sentences,
            quotes: resolved.quotes,
            speakers: resolved.speakers,
        }
    }
}

/// Finds every quotation in `text` and its speaker with default options:
/// a shortcut for `Extractor::new().extract(text)`.
///
/// ```
/// let text = "“Today, President Trump and President Putin spoke,” Press Secretary Katherine Leavitt said.";
/// let doc = whosaid::extract(text);
/// let q = &doc.quotes[0];
/// assert_eq!(doc.speaker_of(q).unwrap().name, "Katherine Leavitt");
/// assert_eq!(doc.speaker_of(q).unwrap().title.as_deref(), Some("Press Secretary"));
/// ```
pub fn extract(text: &str) -> Document {
    Extractor::new().extract(text)
}
