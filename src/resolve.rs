//! Stage 5: attribution. Links each quotation to a reporting cue and its
//! speaker mention (after the quote, before it, or later in its clause),
//! resolves pronouns to the most recent compatible entity, and gives a
//! quote without a cue of its own to the speaker it continues.

use crate::cues::Cue;
use crate::document::{Attribution, Quote, QuoteKind, Speaker};
use crate::lexicon::HashMap;
use crate::lexicon::{self, Gender};
use crate::quotes::Quotation;
use crate::span::Span;
use crate::speakers::{self, Mention, MentionKind, NameRegister, SpeakerKind};
use crate::tokens::Token;

// Confidence of each rule: the share of its attributions that were right
// (quote real, speaker right) on the PolNeAR development set, rounded; a
// pronoun or a description as the cue's subject costs a little more.
/// Forms of "be" that make an -ing verb a finite progressive ("is
/// pledging"), not a participle.
const PROGRESSIVE_AUXILIARIES: lexicon::ShortList =
    lexicon::ShortList::new(&["is", "was", "are", "were", "am", "be", "been", "'s", "’s"]);

/// Forms of "be" before a past participle that make it passive ("was
/// told", "would be assessed"), or before an adjective of readiness ("was
/// quick to add"); not
/// "'s", which is as often "has" ("she's told reporters").
const PASSIVE_AUXILIARIES: lexicon::ShortList =
    lexicon::ShortList::new(&["was", "were", "been", "is", "are", "be"]);

/// Spans of time: after "for" and a number, an adverb between an
/// auxiliary and its verb ("has for months described"); before a
/// preposition, a phrase of time opening a clause ("An hour into the
/// session,", "Minutes later,").
const TIME_SPANS: lexicon::ShortList = lexicon::ShortList::new(&[
    "days", "weeks", "months", "years", "decades", "hours", "ages", "hour", "minute", "minutes",
    "moment", "moments", "seconds", "day", "week", "month", "year",
]);

/// How many tokens back from a name with an appositive the opening phrase
/// it may close is looked for ([`Resolver::introduced_with_appositive`]).
const APPOSITIVE_OPENING_REACH: usize = 40;

/// How many tokens back from a person named as an object the pronoun
/// opening its sentence may stand.
const PRONOUN_SUBJECT_REACH: usize = 40;

/// How many tokens before its quote a statement said to be issued by
/// someone may stand.
const STATEMENT_ISSUER_TOKENS: usize = 80;

/// How many paragraphs before a question the one who replies to it, when
/// no one else is named near it, last spoke.
const REPLIER_PARAGRAPHS_BACK: u32 = 6;

/// How many words after a reporting verb a "that" is looked for, after a
/// quotation closed by a full stop (see `closed_quote_report_own`).
const CLOSED_REPORT_THAT_WORDS: usize = 7;

/// How many tokens an opening phrase of "Asked" may run before the
/// pronoun of its sentence (see `Resolver::in_asked_opening`).
const ASKED_OPENING_TOKENS: usize = 24;

/// How many tokens back a pronoun no one else fits looks for the "by" of
/// a questioning participle ("Cross-examined by …"; see
/// `Resolver::examiner_before`).
const EXAMINER_TOKENS_BACK: usize = 160;

/// How many words an appositive after a named object may run before the
/// "who" of its relative clause ("her husband, Anselmo Quist, a retired
/// high school principal, who").
const WHO_AFTER_APPOSITIVE: usize = 8;

/// How many mentions before an unnamed subject in its paragraph are read
/// for a named person it yields to.
const UNNAMED_YIELD_MENTIONS: usize = 8;

/// How far back (in bytes) a couple named by given names sharing a
/// surname is what "her husband" looks for, and the introduction of a
/// spouse or a child what "her husband" or "his mother" looks for.
const SPOUSE_REACH: usize = 4000;

/// How many tokens back a pronoun looks for the dash opening the aside it
/// stands in ("— no relation to Gary and Walter, though, as he put it").
const DASH_ASIDE_REACH: usize = 16;

/// Verbs of report other than "say" that close a sentence whose fragments
/// they give their subject ("…, the inquiry concluded").
const CLOSING_REPORTS: lexicon::ShortList = lexicon::ShortList::new(&[
    "conclude", "find", "state", "write", "add", "note", "argue", "claim", "warn",
]);

/// How many tokens such a verb other than "say" may have after it before
/// the sentence ends ("concluded on Wednesday.").
const CLOSING_TAIL: usize = 4;

/// How many words after its article an appositive's noun for a body may
/// stand ("Karaqum Energy, a private coal company").
const APPOSED_NOUN_WORDS: usize = 4;

/// How many full names before a titled surname [`Resolver::titled_namesake`]
/// reads for the one given that title.
const TITLED_NAMESAKE_MENTIONS: usize = 400;

/// Nouns for the written words a body gives out, in whose sentence a name
/// with no given name that speaks is a body's ("In written testimony,
/// Veritas BioAnalytics said").
const BODY_STATEMENTS: lexicon::ShortList =
    lexicon::ShortList::new(&["statement", "testimony", "filing", "submission", "release"]);

/// How many words the phrase of place after an apposed name may take
/// before the comma closing it ("Prof. Han Seo-yeon of the university’s
/// department of materials science, said").
const APPOSED_PLACE_WORDS: usize = 10;

/// How many plain words (or a plural's apostrophe) a description read in
/// part may still run over before its verb ("a staff nurse with 12 years"
/// and "’ experience said").
const DESCRIPTION_REST: usize = 3;

/// How many words after a subject's "was" its clause may say it died
/// ("was among those who died").
const DEATH_REACH: usize = 5;

/// How many tokens after a name's report "statement" or "its" may stand
/// ("Minera Cordillera Sur said in a statement").
const STATEMENT_REACH: usize = 6;

/// How many tokens after a body's report its sentence is read for "the
/// company’s" that says the name is the company's.
const SENTENCE_NOUN_REACH: usize = 30;

/// How many tokens after a name's verb its clause's "its" may stand
/// ("Sinar Logam Timur denied that its operations …").
const ITS_REACH: usize = 6;

/// How many tokens before its cue a quoted question may close for the
/// cue's unnamed speaker to be the one who asked it.
const QUOTED_QUESTION_REACH: usize = 5;

/// How many words before its first comma a question may address someone
/// in ("Mr Sârbulescu,", "Dr. Anna Kowalczyk,").
const VOCATIVE_WORDS: usize = 4;

/// Object pronouns that can name the source after "according to", with
/// their gender ("According to him, …").
const OBJECT_PRONOUNS: [(&str, Gender); 3] = [
    ("him", Gender::Male),
    ("her", Gender::Female),
    ("them", Gender::Plural),
];

/// Verbs of habit or liking before "to" and a reporting verb, skipped to
/// reach the subject ("used to say", "likes to tell").
const HABIT_VERBS: lexicon::ShortList = lexicon::ShortList::new(&[
    "used", "likes", "liked", "loves", "loved", "tends", "tended",
]);

/// Adjectives for how someone spoke, after "was" ("Afterward, Mr. Oduya
/// was blunt.", "An adviser was more candid."): the sentence sets up the
/// quotation that follows.
const MANNER_OF_SPEAKING: lexicon::ShortList = lexicon::ShortList::new(&[
    "blunt",
    "blunter",
    "candid",
    "direct",
    "frank",
    "succinct",
    "terse",
    "pointed",
    "harsh",
    "harsher",
    "defiant",
    "emphatic",
    "unapologetic",
    "sharper",
    "brief",
    "diplomatic",
]);

/// How many paragraphs back "the company" looks for the organisation
/// that spoke.
const BODY_PARAGRAPHS_BACK: u32 = 4;

/// How many speech events back it looks at most (in a text of one long
/// paragraph, paragraphs bound nothing).
const BODY_EVENTS_BACK: usize = 64;

/// How many tokens back it looks for a sentence that opened with the body.
const BODY_TOKENS_BACK: usize = 400;

/// How many tokens back a description of a kind of body ("the hospital")
/// looks for the one body of that kind the text named.
const BODY_KIND_TOKENS_BACK: usize = 1500;

/// How many tokens back that look-up goes when a body of another kind
/// opened a sentence near the description ("Zoomr said …. The ministry
/// defended the levy").
const BODY_KIND_NEAR_TOKENS: usize = 200;

/// How many tokens a phrase after "but" or "and" may run before the
/// verb it shares the sentence's subject with ("but in response to a
/// shareholder question on the company's strategy said").
const PHRASE_AFTER_CONJUNCTION: usize = 12;

/// How many words a phrase of time or place between a passive verb and
/// its "by" may take ([`Resolver::agent_by`]).
const AGENT_PHRASE_WORDS: usize = 6;

/// Participles that open a sentence with a question or news put to its
/// subject ("Asked whether she …, Garstang said", "Pressed by X on …,").
const ASKED_OPENERS: lexicon::ShortList =
    lexicon::ShortList::new(&["Asked", "Told", "Pressed", "Questioned"]);

/// How many tokens after "Asked by" the asker's name may come, past a
/// description it is apposed to ("Asked by the Castlebridge MP, Tom
/// Gajewski,").
const ASKER_DESCRIPTION_TOKENS: usize = 8;

/// How many tokens before a name the "by" of an agent's phrase may stand
/// ([`Resolver::in_agent_phrase`]).
const AGENT_PHRASE_TOKENS: usize = 16;

/// How many speech events before a reply its reported question is looked
/// for ([`Resolver::reported_question_replier`]).
const QUESTION_EVENTS_BACK: usize = 8;

/// How many tokens after "asked" the description of the one asked may
/// run ("asked the volcanologist"; [`Resolver::asked_description`]).
const ASKED_DESCRIPTION_TOKENS: usize = 6;

/// How many tokens back from "when" of "when Tapper asked whether" the
/// sentence whose subject is the one asked is looked for
/// ([`Resolver::when_asked_subject`]).
const WHEN_ASKED_SENTENCE: usize = 40;

/// How many tokens before an event an "asked whether" may stand for the
/// event to be read inside the question.
const QUESTION_REACH: usize = 8;

/// How many tokens an "Asked whether …" phrase may run before its comma
/// ([`Resolver::asked_gender`]).
const OPENING_QUESTION_TOKENS: usize = 24;

/// How many tokens into the paragraph after a lone quotation its speaker's
/// name and verb may run ([`Resolver::said_in_next_paragraph`]).
const NEXT_PARAGRAPH_SPEAKER_TOKENS: usize = 16;

/// Nouns that take up a quotation just given ("shouted the words again",
/// "put the question to …").
const QUOTE_NOUNS: lexicon::ShortList = lexicon::ShortList::new(&[
    "words",
    "question",
    "questions",
    "line",
    "plea",
    "remark",
    "warning",
    "message",
    "chant",
    "command",
    "order",
    "greeting",
    "prayer",
    "cry",
    "quote",
    "quotation",
    "remarks",
    "comment",
    "comments",
    "assessment",
    "admission",
]);

/// How many tokens after a name its appositive may run ("Tui Connect, New
/// Zealand's second-largest telecommunications company,").
const APPOSITIVE_TOKENS: usize = 12;

/// How many tokens after the headline the text's company is looked for
/// in ([`Resolver::headline_company`]).
const HEADLINE_COMPANY_TOKENS: usize = 3000;

/// Nouns for a person's office or staff after their name in the
/// possessive ("Pinheiro’s office did not respond"): the sentence is about
/// that person, whom a pronoun after it may take up.
const POSSESSED_STAFF_NOUNS: lexicon::ShortList = lexicon::ShortList::new(&[
    "office",
    "campaign",
    "team",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "staff",
    "aides",
    "aide",
]);

/// How many tokens the agent after "by" may take at the end of a
/// description before "who" ("a walkout by opposition members, who").
const WHO_AGENT_TOKENS: usize = 6;

/// How many tokens an exchange's turn may give its attribution before the
/// colon and the quotation ("Osei-Whitman replied: “…”").
const TURN_ATTRIBUTION_TOKENS: usize = 8;

/// How many speech events back a pronoun with no antecedent near looks
/// for the one speaker of its gender.
const SOLE_SPEAKER_EVENTS: usize = 64;

/// Nouns of a recording, whose "of" object a participle after it is
/// about ("playing audio of the nominee telling donors …").
const RECORDING_NOUNS: lexicon::ShortList = lexicon::ShortList::new(&[
    "audio",
    "video",
    "videos",
    "footage",
    "clip",
    "clips",
    "recording",
    "recordings",
    "tape",
    "tapes",
    "videotape",
]);

/// Verbs of seeing, showing or recalling, whose object a participle after
/// it is about ("a video shows Smith saying", "recounts an aide telling").
/// Honours a given name follows ("Sir Keir", "Dame Elspeth").
const HONOURS: lexicon::ShortList = lexicon::ShortList::new(&["sir", "dame"]);

/// Nouns for a record of someone's words before "of" ("according to a
/// copy of her remarks"): the source of a quote, not its speaker.
const RECORD_NOUNS: lexicon::ShortList =
    lexicon::ShortList::new(&["copy", "transcript", "recording", "text"]);

/// Nouns for a record of someone's words, besides [`RECORD_NOUNS`], that
/// "according to" may name after them ("according to a press release from
/// her office", "according to audio obtained by …"), backing the report
/// that gave them.
const ACCORDING_RECORD_NOUNS: lexicon::ShortList = lexicon::ShortList::new(&[
    "release",
    "audio",
    "recordings",
    "transcripts",
    "video",
    "footage",
    "filings",
    "documents",
    "records",
    "minutes",
]);

/// Nouns for things that bear words, whose participle ("banners reading
/// “…”", "a sign saying") says no person's words.
const SIGN_NOUNS: lexicon::ShortList = lexicon::ShortList::new(&[
    "banner",
    "banners",
    "sign",
    "signs",
    "placard",
    "placards",
    "billboard",
    "billboards",
    "t-shirt",
    "t-shirts",
    "shirts",
    "stickers",
    "graffiti",
]);

const PERCEPTION_VERBS: lexicon::ShortList = lexicon::ShortList::new(&[
    "shows",
    "showing",
    "showed",
    "show",
    "shown",
    "saw",
    "see",
    "sees",
    "seen",
    "heard",
    "hear",
    "hears",
    "caught",
    "captured",
    "depicts",
    "depicted",
    "features",
    "featured",
    "recounts",
    "recounted",
    "recalls",
    "recalled",
    "remembers",
    "remembered",
]);

/// Words that name something with "as" after them ("known as “Polaris”",
/// "markets as “SaltCell”").
const NAMING_BEFORE_AS: lexicon::ShortList = lexicon::ShortList::new(&[
    "known", "markets", "marketed", "market", "bills", "billed", "brands", "branded",
]);

/// How many lower-case words an aside between a name and "who" may have
/// ("Graham Toller, now retired, who said").
const ASIDE_WORDS: usize = 3;

/// How many words may stand between a naming word and its "as" ("known
/// to everyone in the village as “…”").
const NAMING_PHRASE_WORDS: usize = 6;

/// Subordinators of a clause of time or cause, whose speech is its own,
/// not the words a report before it gives ("said she was tough after a
/// voter told her …").
const TIME_OR_CAUSE: lexicon::ShortList = lexicon::ShortList::new(&[
    "after", "before", "when", "because", "since", "while", "until",
]);

/// Nouns of a stretch of time, which "that" before them points to
/// ("later that evening"), opening no clause.
const TIME_UNITS: lexicon::ShortList = lexicon::ShortList::new(&[
    "day",
    "night",
    "morning",
    "afternoon",
    "evening",
    "week",
    "weekend",
    "month",
    "year",
    "time",
]);

/// Past participles that give a thing its name: they introduce the title
/// of a work ("a book called ''…''") and a label ("a pattern called the
/// “lipstick effect”", "a tactic dubbed “redboxing”").
const NAMING_PARTICIPLES: lexicon::ShortList = lexicon::ShortList::new(&[
    "called",
    "titled",
    "entitled",
    "named",
    "dubbed",
    "nicknamed",
    "termed",
    "labeled",
    "labelled",
    "branded",
]);

/// How many speech events before a quote "the statement" reads for its
/// sender (the paragraphs bound it too, but one paragraph may be a whole
/// text).
const STATEMENT_EVENTS_BACK: usize = 32;

/// Reporting verbs that give a thing a name ("called the pledge “a
/// promise …”", "dubbed it"): the name is the subject's words, whoever
/// owns the thing named.
const NAMING_VERBS: lexicon::ShortList =
    lexicon::ShortList::new(&["call", "dub", "label", "brand", "term"]);

/// Reporting verbs of a request, whose "that he" or "that she" is someone
/// else ("asking that she be allowed to stay").
const REQUEST_VERBS: lexicon::ShortList = lexicon::ShortList::new(&[
    "ask",
    "urge",
    "demand",
    "request",
    "call",
    "beg",
    "recommend",
    "suggest",
    "propose",
    "order",
    "plead",
    "petition",
    "press",
    "push",
    "insist",
]);

/// How many paragraphs back a document's author is looked for.
const DOCUMENT_PARAGRAPHS_BACK: u32 = 6;

/// How many tokens the agent's name after a document's "issued by" may
/// run ("the Office of the Inspector General").
const DOCUMENT_AGENT_TOKENS: usize = 10;

/// How many tokens after a document's noun its verb that publishes may
/// stand ("A joint statement from three app companies, circulated by").
const DOCUMENT_VERB_TOKENS: usize = 8;

/// How many words may come between a document's "by" or "from" and its
/// agent's name ("by the industry group Platform Economy Forum").
const DOCUMENT_AGENT_WORDS_BEFORE: usize = 3;

/// How many tokens back a document's author is looked for (bounds the
/// search in a text of one long paragraph).
const DOCUMENT_TOKENS_BACK: usize = 1500;

/// How many words before a document's noun the verb that sent it may come
/// ("had submitted a joint letter").
const SENT_OBJECT_REACH: usize = 4;

/// How many words a participle's phrase on a description may run before
/// the comma of the name apposed to it ("One of the swimmers left out of
/// the relay squad, Luca Bertoldi,").
const PARTICIPLE_PHRASE_TOKENS: usize = 8;

/// How many tokens before a report's subject its sentence may open with
/// the statement it was made in ("In a communique read on state
/// television …, the government described").
const STATEMENT_NOUN_REACH: usize = 24;

/// How many tokens before an inner report's subject the sentence of the
/// report holding it may open ("The Golden Reed Academy, which has faced
/// years of criticism that …, said in a statement that this year's results
/// reflected “…”").
const REPORT_HOLDER_REACH: usize = 48;

/// How many tokens before a participle the "with" of its subject may be
/// ("with Rep. Delia Harrigan (R-Ala.), who chairs …, accusing").
const WITH_REACH: usize = 30;

/// How many words after a document's noun its publishing agent's "by"
/// may come ("a report released last month by …").
const PUBLISHED_BY_REACH: usize = 6;

const CONF_CUE_AFTER: f32 = 0.92;
const CONF_CUE_BEFORE: f32 = 0.84;
const CONF_CUE_LATER: f32 = 0.7;
const CONF_NESTED: f32 = 0.6;
const CONF_CONTINUATION: f32 = 0.86;
const CONF_PREVIOUS_SENTENCE: f32 = 0.72;
const CONF_PREVIOUS_PARAGRAPH: f32 = 0.58;
const CONF_SENTENCE_SUBJECT: f32 = 0.46;
const CONF_SIGNATURE: f32 = 0.5;
/// How many tokens back "this person" looks for the unnamed source it
/// takes up.
const SOURCE_TOKENS_BACK: usize = 120;
/// How many tokens after a report's verb the owner of a statement noun
/// that opens the reported clause may stand ("said his running mate
/// presidential nominee Donald Trump’s tweet … was “…”").
const OWNER_AFTER_REPORT: usize = 6;

/// How many tokens before a fragment a statement noun's owner is looked
/// for ("Corvo's claim that the dam was “…”"), and before a whole quote
/// after a colon, which may close a long clause.
const OWNER_REACH: usize = 12;
const OWNER_REACH_COLON: usize = 28;
/// How many tokens a description's phrase may run before its verb ("A
/// former defence minister accused of taking bribes during the purchase
/// of military helicopters at the height of the civil war told").
const SUBJECT_PHRASE_TOKENS: usize = 20;

/// How many tokens before a coordinated verb the subordinator of its
/// clause may stand ("when a protester in the public gallery stood and
/// shouted").
const SUBORDINATE_REACH: usize = 16;

/// How many tokens before a participle's comma the subordinator of a
/// clause of time or cause that gives the participle its subject may
/// stand ("… after the Court of Appeal overturned an injunction that had
/// blocked the walkout, ruling").
const SUBORDINATE_CLAUSE_REACH: usize = 24;

/// How many tokens may stand between such a clause's subject and its
/// first verb ("in the public gallery").
const SUBORDINATE_PHRASE: usize = 6;

/// How many tokens an appositive after such a clause's subject may run
/// ("when Oskar Makela, the restaurant critic for the Courier, gave").
const SUBORDINATE_APPOSITIVE: usize = 12;

/// How many tokens such a clause's first verb and its object may run
/// before the conjunction ("gave it five stars and described").
const SUBORDINATE_OBJECT: usize = 6;

/// Adverbs of time that may open an appositive before its indefinite
/// ("Dr Wambui Njoroge-Atkins, now a lecturer in Edinburgh,").
const APPOSITIVE_ADVERBS: lexicon::ShortList =
    lexicon::ShortList::new(&["now", "then", "formerly", "currently", "later", "once"]);

/// How many words the title and name a question ends by addressing may
/// take ("Ms. Nakamura-Boateng", "Deputy Minister Ana Ruiz").
const ADDRESSEE_WORDS: usize = 4;

/// How many tokens before a verb coordinated in a "who" clause the
/// "who" may stand ("X, who campaigned … and called").
const RELATIVE_REACH: usize = 16;

/// How many tokens back from a place in an appositive its person's name
/// may end ("Avraham Gutfreund, a sofer, or scribe, based in Jerusalem").
const APPOSITIVE_REACH: usize = 12;
/// A headline quote repeated in the body takes at most this much of the
/// body quote's confidence.
const CONF_REPEATED: f32 = 0.8;
/// How many bytes of body quotations a headline quote is looked for in.
const REPEAT_SEARCH_BYTES: usize = 64 * 1024;
/// How many headline quotes are looked for in the body.
const REPEAT_HEADLINE_QUOTES: usize = 8;
const CONF_UNRESOLVED: f32 = 0.55;
const CONF_NONE: f32 = 0.15;
/// A transcript turn under a name ("KESSLER: …").
const CONF_TRANSCRIPT_NAMED: f32 = 0.9;
/// A transcript's "A: …" turn, said by the person the text names first.
const CONF_TRANSCRIPT_ANSWER: f32 = 0.75;
const PENALTY_PRONOUN: f32 = 0.12;
const PENALTY_DESCRIPTION: f32 = 0.05;

/// How many tokens back a "they" looks for the group opening a sentence.
const PLURAL_LOOKBACK: usize = 80;

/// Whether `s` holds a letter or a digit (quote marks, the commonest
/// non-ASCII characters around quotes, are passed over cheaply).
fn has_word_char(s: &str) -> bool {
    s.chars().any(|c| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            !lexicon::is_quote_mark(c) && c.is_alphanumeric()
        }
    })
}

/// A quote of the quotation `q`, with no speaker yet.
fn unattributed(q: &Quotation, kind: QuoteKind) -> Quote {
    Quote {
        span: q.content,
        outer: q.outer(),
        style: q.style,
        kind,
        speaker: None,
        referent: None,
        mention: None,
        cue: None,
        attribution: Attribution::None,
        confidence: CONF_NONE,
    }
}

/// A quote of the quotation `q` said by `entity`, whom a mention after it
/// names (`next_paragraph`, `next_sentence`): at the confidence of a
/// speaker carried over from the paragraph before.
fn named_after_quote(
    q: &Quotation,
    kind: QuoteKind,
    entity: usize,
    mention: Span,
    cue: Option<Span>,
    attribution: Attribution,
) -> Quote {
    Quote {
        speaker: Some(entity),
        mention: Some(mention),
        cue,
        attribution,
        confidence: CONF_PREVIOUS_PARAGRAPH,
        ..unattributed(q, kind)
    }
}

/// Whether `quoted` names the person called `name` (by its last word):
/// as a person, not as the modifier of a noun ("Trump supporters", "Trump
/// Tower").
/// A company's full name `full` as its mention `name` gives it when only
/// its legal form follows ("Trans-Lowland Rail" for "Trans-Lowland Rail
/// Ltd"): the words the text uses for it, as readers and annotators do.
fn without_legal_form<'a>(full: &'a str, name: &'a str) -> &'a str {
    let Some(rest) = full.strip_prefix(name) else {
        return full;
    };
    let legal = !rest.is_empty()
        && rest.starts_with([' ', ','])
        && crate::text::words(rest)
            .all(|w| lexicon::entry(w).is_some_and(|e| e.has(lexicon::LEGAL_FORM)));
    if legal {
        name
    } else {
        full
    }
}

fn names_inside(quoted: &str, name: &str) -> bool {
    if quoted.is_empty() {
        return false;
    }
    let last = speakers::last_word(name);
    // "“…the looming presence of Barbara Bush,”" does not name "John Ellis
    // Bush": the quotation's surname follows another known given name.
    // (The given name after an initial: "Everett" of "J. Everett Marsh".)
    let first = crate::text::words(name)
        .find(|w| !speakers::is_initial(w))
        .filter(|&w| w != last);
    let mut nested = NestedQuotes::new(quoted);
    let by_surname = !last.is_empty()
        && crate::text::word_positions(quoted, last).any(|end| {
            if nested.inside(end) {
                return false;
            }
            let before = crate::text::words(&quoted[..end - last.len()]).next_back();
            if first.is_some_and(|g| {
                before.is_some_and(|b| b != g && lexicon::first_name_gender(b).is_some())
            }) {
                return false;
            }
            // ("“Some people have asked me if I am an Anywar”": after an
            // article, a surname names a family, not the person.)
            if before.is_some_and(|b| matches!(b, "a" | "an" | "another")) {
                return false;
            }
            let next = crate::text::words(&quoted[end..]).next().unwrap_or("");
            let next = next.trim_matches(|c: char| !c.is_alphanumeric());
            let modifier = next.chars().next().is_some_and(char::is_uppercase)
                || lexicon::entry(next).is_some_and(|e| e.has(lexicon::GROUP));
            !modifier
        });
    // "“Gloria gave up,” she said" after "Gloria Hebert": a person called
    // by a given name the word lists know.
    let given = first.filter(|&w| lexicon::first_name_gender(w).is_some());
    by_surname
        || given.is_some_and(|w| {
            let mut nested = NestedQuotes::new(quoted);
            crate::text::word_positions(quoted, w).any(|end| {
                let next = crate::text::words(&quoted[end..]).next().unwrap_or("");
                !next.starts_with(|c: char| c.is_uppercase()) && !nested.inside(end)
            })
        })
}

/// Tells whether bytes of a quotation's text lie inside a quotation nested
/// in it ("‘The gaffer shouted, “Stay up, Eilidh!” so I stayed up’": the
/// name is the coach's words, not the speaker's), by the curly marks
/// opened and not closed before them. Asked for bytes in increasing order,
/// it reads the text once. (A closing single mark is also an apostrophe,
/// so an unclosed single mark may read as closed: outside.)
struct NestedQuotes<'q> {
    quoted: &'q str,
    read: usize,
    double: i32,
    single: i32,
    prev: char,
}

impl<'q> NestedQuotes<'q> {
    fn new(quoted: &'q str) -> Self {
        NestedQuotes {
            quoted,
            read: 0,
            double: 0,
            single: 0,
            prev: ' ',
        }
    }

    /// Whether byte `at` (no earlier than the last one asked) is inside.
    fn inside(&mut self, at: usize) -> bool {
        let upto = at.min(self.quoted.len());
        if upto > self.read {
            for c in self.quoted.get(self.read..upto).unwrap_or("").chars() {
                match c {
                    '“' => self.double += 1,
                    '”' => self.double -= 1,
                    '‘' if !self.prev.is_alphanumeric() => self.single += 1,
                    '’' => self.single -= 1,
                    _ => {}
                }
                self.prev = c;
            }
            self.read = upto;
        }
        self.double > 0 || self.single > 0
    }
}

/// Whether a word can stand between a speaker and its verb: a listed
/// filler or an adverb in -ly ("angrily said").
fn is_filler(t: &Token, text: &str) -> bool {
    let w = t.span().as_str(text);
    // An adverb in -ly, not a noun ("family", "ally", "a Spanish daily");
    // not a surname the text gave after a given name ("George Will … Will
    // wrote").
    (t.has(lexicon::FILLER) && !(t.name_part && t.is_capitalised()))
        || (t.is_lower()
            && w.len() > 4
            && w.ends_with("ly")
            && !t.has(lexicon::GROUP | lexicon::ORGANISATION))
}

/// A reporting verb with its speaker: one speech event of the text.
#[derive(Debug, Clone, Copy)]
struct Event {
    cue: Cue,
    mention: Option<Mention>,
    /// The entity the mention resolves to.
    entity: Option<usize>,
    /// First token of the event (mention or cue, whichever comes first).
    first: usize,
    /// Last token of the event.
    last: usize,
}

/// The entities of one document, merged by canonical name.
#[derive(Debug, Default)]
pub(crate) struct Entities {
    pub list: Vec<Speaker>,
    /// The last entity added with each hash of a lower-cased name and
    /// kind; entities of equal hashes are chained through `next` and told
    /// apart by comparing names, so lookups never allocate.
    index: HashMap<u64, usize>,
    /// For each entity, the one added before it with the same hash.
    next: Vec<Option<usize>>,
}

/// A hash of a name, case-insensitively, and a kind (FNV-1a over the
/// lower-cased characters; an ASCII name is hashed byte by byte, to the
/// same value).
fn entity_key(name: &str, kind: SpeakerKind) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ kind as u64;
    if name.is_ascii() {
        for b in name.bytes() {
            h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(PRIME);
        }
    } else {
        for c in name.chars().flat_map(char::to_lowercase) {
            h = (h ^ u64::from(c)).wrapping_mul(PRIME);
        }
    }
    h
}

/// Whether `needle` occurs in `hay`, ASCII letters compared without case.
fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    !n.is_empty() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// The subject pronoun of a person of gender `g` ("he", "she"; none for
/// others).
fn subject_pronoun(g: Gender) -> &'static str {
    match g {
        Gender::Male => "he",
        Gender::Female => "she",
        _ => "",
    }
}

/// The object pronoun of a person of gender `g` ("him", "her"; none for
/// others).
fn object_pronoun(g: Gender) -> &'static str {
    match g {
        Gender::Male => "him",
        Gender::Female => "her",
        _ => "",
    }
}

/// The other of the two genders of a person: female for male, male for
/// any other.
fn other_gender(g: Gender) -> Gender {
    if g == Gender::Male {
        Gender::Female
    } else {
        Gender::Male
    }
}

/// Whether the last sentence of a quotation opens as a question does,
/// with a question's word or an auxiliary ("Why did you not ask?", "Did
/// you see him?"), not as a statement with a tag ("We had a good talk,
/// right?").
fn opens_question(quote: &str) -> bool {
    let last = quote
        .trim_end()
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rfind(['.', '!', '?'])
        .map_or(quote, |i| &quote[i + 1..]);
    crate::text::words(last).next().is_some_and(|w| {
        let w = w.to_ascii_lowercase();
        lexicon::QUESTION_WORDS.contains(&w) || speakers::AUXILIARIES.contains(&w)
    })
}

/// Whether two names are equal once lower-cased.
fn same_name(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
    }
}

impl Entities {
    /// The entities named `name` of kind `kind`, latest first (one name
    /// may be two people: "Mr. Thompson" and "Mrs. Thompson").
    /// `head` is the last entity added under the name's key.
    fn named<'s>(
        &'s self,
        head: Option<usize>,
        name: &'s str,
        kind: SpeakerKind,
    ) -> impl Iterator<Item = usize> + 's {
        std::iter::successors(head, |&i| self.next.get(i).copied().flatten()).filter(move |&i| {
            let s = &self.list[i];
            s.kind == kind && same_name(&s.name, name)
        })
    }

    /// The latest person entity named `name` of gender `g`, if the text
    /// has one already.
    fn person_of_gender(&self, name: &str, g: Gender) -> Option<usize> {
        let kind = SpeakerKind::Person;
        let head = self.index.get(&entity_key(name, kind)).copied();
        self.named(head, name, kind)
            .find(|&i| self.list[i].gender == g)
    }

    /// Whether a person named `name` alone came with a title ("President
    /// Harcastle"), looked up by name.
    fn is_titled_person(&self, name: &str) -> bool {
        let kind = SpeakerKind::Person;
        let head = self.index.get(&entity_key(name, kind)).copied();
        self.named(head, name, kind)
            .any(|i| self.list[i].title.is_some())
    }

    /// Whether the entity named `name` of kind `kind` has a gender that
    /// clashes with `gender`.
    fn clashes(&self, name: &str, kind: SpeakerKind, gender: Gender) -> bool {
        let head = self.index.get(&entity_key(name, kind)).copied();
        self.named(head, name, kind)
            .next()
            .is_some_and(|i| speakers::gender_clash(self.list[i].gender, gender))
    }

    /// The entity named `name` of kind `kind`, added if new; a title or a
    /// gender learnt here fills what the entity lacked.
    pub(crate) fn get_or_add(
        &mut self,
        name: &str,
        kind: SpeakerKind,
        title: Option<&str>,
        gender: Gender,
    ) -> usize {
        let key = entity_key(name, kind);
        let head = self.index.get(&key).copied();
        // "Mr. Thompson" and "Mrs. Thompson" are two people.
        let found = self
            .named(head, name, kind)
            .find(|&i| !speakers::gender_clash(self.list[i].gender, gender));
        if let Some(i) = found {
            let s = &mut self.list[i];
            if s.title.is_none() {
                s.title = title.map(str::to_string);
            }
            if s.gender == Gender::Unknown {
                s.gender = gender;
            }
            return i;
        }
        let i = self.list.len();
        self.list.push(Speaker {
            name: crate::text::display_name(name).into_owned(),
            kind,
            title: title.map(str::to_string),
            gender,
        });
        self.next.push(head);
        self.index.insert(key, i);
        i
    }
}

/// The entities of an interview: (interviewer, interviewee), either of
/// them unknown.
type Interview = (Option<usize>, Option<usize>);

/// The attribution stage over one document.
pub(crate) struct Resolver<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub register: &'a NameRegister<'a>,
    pub entities: Entities,
    events: Vec<Event>,
    /// (token position, entity) of the speaker of every speech event, in
    /// text order.
    history: Vec<(usize, usize)>,
    /// (token position, entity) of the speaker of every quote attributed so
    /// far, in text order: kept apart from `history`, which is complete
    /// before the first quote is attributed, so that both stay sorted.
    quoted_history: Vec<(usize, usize)>,
    /// The headline's quotations that found no speaker, waiting for a body
    /// quote that repeats their words ([`Resolver::take_up_headline_repeats`]).
    headline_unattributed: Vec<Quote>,
    /// The headline paragraph, if the text has one.
    headline: Option<u32>,
    /// The (interviewer, interviewee) of an exchange printed as "Q:" and
    /// "A:" turns with quote marks, found at its first quote.
    qa_people: Option<Interview>,
    /// The (interviewer, interviewee) of a printed interview whose bare
    /// quote paragraphs are its questions and answers, found at its first
    /// question; `Some(None)` when the text is no such interview.
    interview: Option<Option<Interview>>,
    /// The company the headline names, read at the first description of
    /// a company that needs it; `Some(None)` when it names none.
    headline_company: Option<Option<HeadlineCompany>>,
}

/// The company a headline names ([`Resolver::headline_company`]).
struct HeadlineCompany {
    /// Its fullest name in the text.
    name: Span,
    /// The first token where a name opens with the headline's word.
    opened_at: usize,
    /// (token, noun's token) where the text says it is a company: its
    /// full name as a company's (no noun), a noun before it or in its
    /// appositive.
    nouns: Vec<(usize, Option<usize>)>,
}

impl<'a> Resolver<'a> {
    pub fn new(
        text: &'a str,
        tokens: &'a [Token],
        register: &'a NameRegister<'a>,
        headline: Option<u32>,
    ) -> Self {
        Resolver {
            text,
            tokens,
            register,
            entities: Entities::default(),
            events: Vec::new(),
            history: Vec::new(),
            quoted_history: Vec::new(),
            headline_unattributed: Vec::new(),
            headline,
            qa_people: None,
            interview: None,
            headline_company: None,
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| t.span().as_str(self.text))
    }

    /// First token of the clause holding token `i`: after the last
    /// sentence-final mark, quotation or paragraph break before it.
    fn clause_start(&self, i: usize) -> usize {
        self.clause_start_from(i, false)
    }

    /// Like [`Self::clause_start`], but a fragment quoted inside the
    /// sentence ("to fight “Black Lives Matter” violence") does not end the
    /// clause; a quote that ends a sentence or is a whole utterance does.
    fn clause_start_past_fragments(&self, i: usize) -> usize {
        self.clause_start_from(i, true)
    }

    /// Whether the word at token `k`, right after a quoted fragment whose
    /// comma is inside the marks, is the next verb of the same subject
    /// ("… supports “pay raises,” opposes …"): a lower-case form in -s or
    /// -ed in the same paragraph that reports nothing ("“…,” says X" ends
    /// a quotation instead) and joins nothing ("“…,” and Beck promised").
    fn list_goes_on(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| {
            let w = t.span().as_str(self.text);
            t.para == self.tokens[k - 1].para
                && t.is_word()
                && t.is_lower()
                && (w.ends_with('s') || crate::text::is_regular_past(w))
                && t.lemma().is_none()
                && t.pronoun().is_none()
                && !t.has(lexicon::CONJUNCTION | lexicon::COMPLEMENT | lexicon::RELATIVE)
        })
    }

    fn clause_start_from(&self, i: usize, past_fragments: bool) -> usize {
        let para = self.tokens.get(i).map_or(0, |t| t.para);
        let mut k = i;
        let limit = i.saturating_sub(80);
        while k > limit {
            let t = &self.tokens[k - 1];
            if t.para != para || matches!(t.ascii_char(self.text), Some(b'.' | b'!' | b'?' | b';'))
            {
                break;
            }
            if t.quoted {
                if !past_fragments {
                    break;
                }
                let mut q = k - 1;
                while q > 0 && self.tokens[q - 1].quoted && self.tokens[q - 1].para == para {
                    q -= 1;
                }
                let content = self.tokens[q..k]
                    .iter()
                    .find(|t| t.kind() == crate::tokens::Kind::Quoted)
                    .map_or("", |t| t.span().as_str(self.text));
                let fragment = q > 0
                    && self.tokens[q - 1].para == para
                    && self.tokens[q - 1].is_word()
                    // "on ABC's “This Week”": a title after a possessive.
                    && (self.tokens[q - 1].is_lower() || crate::text::is_possessive(self.tokens[q - 1].span().as_str(self.text)))
                    && (!content.trim_end().ends_with(['.', '!', '?', ','])
                        // "supports “pay raises,” opposes …": a comma of
                        // a list inside the marks, the clause going on.
                        || (content.trim_end().ends_with(',')
                            && content.starts_with(|c: char| c.is_lowercase())
                            && self.list_goes_on(k)))
                    && content.len() < 80;
                // "her new film, “Blue Hour,” was": a title inside the
                // clause, whatever its punctuation.
                let title = q > 0
                    && self.tokens[q - 1].para == para
                    && content.len() < 80
                    && crate::text::title_case_words(content.trim_end_matches([',', '.']), 12)
                        .is_some();
                if !(fragment || title) {
                    break;
                }
                k = q;
                continue;
            }
            k -= 1;
        }
        k
    }

    /// Reads the speech events of the whole text, resolving their speakers
    /// in order.
    /// The gender of a possessive in a phrase right after the verb at
    /// token `v` ("said in her interview", "wrote on his blog").
    fn possessive_after_verb(&self, v: usize) -> Gender {
        let para = self.tokens[v].para;
        let near = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.para == para && t.is_lower())
        };
        if !(near(v + 1) && near(v + 2) && self.tokens[v + 1].has(lexicon::COMPLEMENT)) {
            return Gender::Unknown;
        }
        match self.word(v + 2) {
            "her" => Gender::Female,
            "his" => Gender::Male,
            _ => Gender::Unknown,
        }
    }

    pub fn read_events(&mut self, cues: &[Cue]) {
        self.events.reserve(cues.len());
        self.history.reserve(cues.len());
        self.entities.list.reserve(cues.len());
        self.entities.next.reserve(cues.len());
        self.entities.index.reserve(cues.len());
        for cue in cues {
            let (mention, first, last) = match self.inherited_subject(cue) {
                Some(prev) => (prev.mention, cue.token, cue.token),
                None => self.subject_of(cue),
            };
            let mut ev = Event {
                cue: *cue,
                mention,
                entity: None,
                first,
                last,
            };
            if let Some(mut m) = mention {
                // ("Dragomir said in her on-court interview": the
                // possessive after the verb tells which Dragomir.)
                if m.kind == MentionKind::Name && m.gender == Gender::Unknown {
                    m.gender = self.possessive_after_verb(cue.token);
                }
                ev.entity = self.resolve(&m, cue.token);
            }
            if let Some(e) = ev.entity {
                self.history.push((cue.token, e));
                // "Nighswander said he had spoken with …", "Szabados said
                // she was still making up her mind": a person named right
                // before a report whose subject is "he" or "she" is likely
                // of that gender.
                let mut k = cue.token + 1;
                if self.word(k) == "that" {
                    k += 1;
                }
                // (Not a request: "wrote a letter asking that she be
                // allowed to stay" is about someone else.)
                let of_self = !REQUEST_VERBS.contains(cue.lemma);
                let g = match self.word(k) {
                    "he" if of_self => Gender::Male,
                    "she" if of_self => Gender::Female,
                    _ => Gender::Unknown,
                };
                // (Not when a relative of that gender stands between the
                // name and the verb: "Sione Taufaeteau, whose daughter has
                // asthma, said she had missed 23 days".)
                let g = match mention {
                    Some(m)
                        if g != Gender::Unknown
                            && (self.token_end(m.span.end) + 1..cue.token).any(|j| {
                                self.tokens[j].is_lower()
                                    && lexicon::noun_gender(self.word(j)) == Some(g)
                            }) =>
                    {
                        Gender::Unknown
                    }
                    // (Nor when a noun of kin of the other gender introduced
                    // the name: "His daughter, Guadalupe Castañeda, 44,
                    // thinks he should raise it".)
                    Some(m)
                        if speakers::kin_noun_before(self.text, self.tokens, m.first_token)
                            .and_then(|(j, _)| lexicon::noun_gender(self.word(j)))
                            .is_some_and(|k| speakers::gender_clash(k, g)) =>
                    {
                        Gender::Unknown
                    }
                    _ => g,
                };
                if self.entities.list[e].kind == SpeakerKind::Person
                    && mention.is_some_and(|m| m.kind == MentionKind::Name)
                {
                    self.learn_gender(e, g);
                }
            }
            self.events.push(ev);
        }
    }

    /// "Nefzi said, adding, …": a participle after a comma shares the
    /// speaker of the cue before it in the same clause.
    fn inherited_subject(&self, cue: &Cue) -> Option<Event> {
        let v = cue.token;
        // (", according to X" names its own source.)
        if !self.word(v).ends_with("ing")
            || cue.is_according_to()
            || v == 0
            || !self.tokens[v - 1].is_punct(',')
        {
            return None;
        }
        let lo = self.past_introduction(self.clause_start(v), v);
        // The main clause's event: the first of the clause ("Sanders has
        // denounced supporters that level sexist attacks, saying"), after
        // its introductory phrase ("Alongside BLM calls for action, …").
        // (Not a report inside a relative clause: "addressing a crowd that
        // his campaign estimated at 4,000, sharpened …, saying".)
        let prev = self.events_from(lo, self.events.len()).iter().find(|e| {
            e.mention.is_some_and(|m| {
                m.first_token == 0
                    || !matches!(self.word(m.first_token - 1), "that" | "which" | "whom")
            })
        })?;
        Some(*prev)
    }

    /// Whether, among the events from index `ev_cursor` whose cues lie in
    /// tokens `ai..hi`, a participle after a comma follows another cue
    /// ("asks as a guy walks in, saying").
    fn participle_after_cue(&self, ev_cursor: usize, ai: usize, hi: usize) -> bool {
        let mut cues = self.events[ev_cursor..]
            .iter()
            .take_while(|e| e.cue.token < hi)
            .filter(|e| e.cue.token >= ai);
        cues.next().is_some()
            && cues.any(|e| {
                let v = e.cue.token;
                self.word(v).ends_with("ing")
                    && self.tokens[v - 1].is_punct(',')
                    && !e.cue.is_according_to()
            })
    }

    /// The events read so far up to index `end` whose cue is at or after
    /// token `lo`, in order: the speech events of a clause starting there.
    fn events_from(&self, lo: usize, end: usize) -> &[Event] {
        let before = &self.events[..end.min(self.events.len())];
        &before[before.partition_point(|e| e.cue.token < lo)..]
    }

    /// The speaker mention of a cue and the token range of the event.
    fn subject_of(&self, cue: &Cue) -> (Option<Mention>, usize, usize) {
        let v = cue.token;
        let toks = self.tokens;
        if cue.is_according_to() {
            let start = v + 2;
            // "According to him, …": an object pronoun that ends the phrase.
            let w = self.word(start);
            let g = OBJECT_PRONOUNS
                .iter()
                .find(|(p, _)| p.eq_ignore_ascii_case(w))
                .map(|&(_, g)| g);
            if let Some(g) = g.filter(|_| toks.get(start + 1).is_none_or(|n| !n.is_word())) {
                let m = speakers::pronoun_mention(toks[start].span(), start, g);
                return (Some(m), v, start);
            }
            let hi = (start + 12).min(toks.len());
            // "According to conservative talk radio host Rush Limbaugh":
            // the name after a few lower-case words that describe its
            // person (no preposition among them: "a spokesman for Trump"
            // is no Trump).
            let named = (start + 1..hi.min(start + 7))
                .take_while(|&k| {
                    let t = &toks[k - 1];
                    t.is_word()
                        && !t.quoted
                        && t.para == toks[start].para
                        && (t.is_lower() || k - 1 == start)
                        && !t.has(lexicon::COMPLEMENT | lexicon::RELATIVE)
                        && !crate::text::is_possessive(t.span().as_str(self.text))
                })
                .find(|&k| toks[k].name_part && toks[k].is_capitalised())
                .filter(|_| toks[start].is_lower())
                .and_then(|k| speakers::mention_starting_at(self.text, toks, k, hi))
                // (Ending the phrase: "a Quinnipiac poll" is a poll.)
                .filter(|m| {
                    m.is_person_name()
                        && toks
                            .get(self.token_end(m.span.end) + 1)
                            .is_none_or(|n| !(n.is_word() && n.is_lower()))
                });
            if let Some(m) = named {
                return (Some(m), v, self.token_end(m.span.end));
            }
            let m = speakers::mention_starting_at(self.text, toks, start, hi);
            // ("according to his chief press secretary, Aminu Musa
            // Jibrin": the name apposed to the description.)
            let apposed = m
                .filter(|m| m.kind == MentionKind::Description)
                .and_then(|m| {
                    // (Past the rest of its title: "press secretary".)
                    let comma = (self.token_end(m.span.end) + 1..hi)
                        .take_while(|&k| toks[k].is_punct(',') || toks[k].is_lower())
                        .find(|&k| toks[k].is_punct(','))?;
                    // (A person's noun before the comma, and the name
                    // closed after it: not "according to the statement,
                    // Kelly met …".)
                    let noun = &toks[comma - 1];
                    let w = noun.span().as_str(self.text);
                    if !(noun.has(lexicon::TITLE)
                        || speakers::is_person_word(w)
                        || speakers::has_person_ending(w))
                    {
                        return None;
                    }
                    speakers::mention_starting_at(self.text, toks, comma + 1, hi).filter(|n| {
                        n.first_token == comma + 1
                            && n.is_person_name()
                            && toks.get(self.token_end(n.span.end) + 1).is_none_or(|c| {
                                c.para != toks[comma].para
                                    || matches!(c.ascii_char(self.text), Some(b',' | b'.' | b')'))
                            })
                    })
                });
            if let Some(n) = apposed {
                return (Some(n), v, self.token_end(n.span.end));
            }
            // ("according to a copy of her remarks": a record of someone's
            // words is no speaker; the report it backs names one.)
            let record = m.is_some_and(|m| {
                let head = self.token_end(m.span.end);
                (head.saturating_sub(2)..=head)
                    .any(|k| RECORD_NOUNS.contains_ignore_ascii_case(self.word(k)))
                    && (self.word(head + 1) == "of" || self.word(head) == "of")
            });
            if record {
                return (None, v, v);
            }
            let last = m.map_or(v + 1, |m| self.token_end(m.span.end));
            return (m, v, last);
        }
        // "RIA quoted Dmitry Peskov as saying": the person quoted is the
        // speaker, for "quoted" and for the "saying" after it.
        if let Some(found) = self.quoted_as_saying(cue) {
            return found;
        }
        // "Maria Vance was told by Pierce", "the jury was told": in the
        // passive the subject is the listener; the speaker follows "by",
        // or goes unnamed.
        // "as described by FBI Director James Comey" is passive too.
        let w = self.word(v);
        if v > 0
            && (self.is_passive(v)
                || (self.word(v - 1) == "as" && self.word(v + 1) == "by")
                || self.reduced_passive(v))
            && !w.ends_with("ing")
            && !w.ends_with('s')
            && !cue.is_statement()
            && !cue.is_according_to()
        {
            let toks = self.tokens;
            if let Some(by) = self.agent_by(v) {
                let hi = (by + 12).min(toks.len());
                // ("by the then Minister of State for Housing, Ciarán
                // Dineen,": "the then" dates the office.)
                let from = if self.word(by + 1) == "the" && self.word(by + 2) == "then" {
                    by + 3
                } else {
                    by + 1
                };
                if let Some(m) = speakers::mention_starting_at(self.text, toks, from, hi) {
                    // (The event ends at its verb when the words it gives
                    // come before the agent.)
                    let end = if by == v + 1 {
                        self.token_end(m.span.end)
                    } else {
                        v
                    };
                    return (Some(m), v, end);
                }
            }
            return (None, v, v);
        }
        let lo = self.clause_start_past_fragments(v);
        // ("whether he regretted having described the deal as “…”": a
        // perfect participle's subject is that of the verb it follows.)
        if v >= lo + 3
            && self.word(v - 1) == "having"
            && speakers::is_past_form(self.text, &toks[v - 2])
        {
            if let Some(m) = speakers::mention_ending_at(self.text, toks, v - 3, lo)
                .filter(|m| m.is_person_name() || matches!(m.kind, MentionKind::Pronoun(_)))
            {
                return (Some(m), m.first_token, v);
            }
        }
        if cue.is_statement() {
            // ("…, in her daughters’ words, “…”": the possessor of the
            // words after "in" says them.)
            let in_words = (v.saturating_sub(5)..v)
                .rev()
                .find(|&k| self.word(k) == "in")
                .filter(|&k| {
                    toks[k + 1..v]
                        .iter()
                        .all(|t| !t.quoted && t.para == toks[v].para)
                });
            if let Some(k) = in_words {
                let p = &toks[v - 1];
                let stem = crate::text::possessive_stem(self.word(v - 1));
                let owner = if p.is_punct('’') || p.is_punct('\'') {
                    speakers::mention_ending_at(self.text, toks, v - 2, k + 1)
                } else if let Some(stem) = stem.filter(|_| p.is_lower() && v >= k + 3) {
                    // ("in her grandchildren’s words": a description.)
                    let span = Span::new(toks[k + 1].span().start, p.span().start + stem.len());
                    Some(speakers::description_mention(
                        span,
                        k + 1,
                        SpeakerKind::Group,
                        Gender::Unknown,
                    ))
                } else {
                    speakers::statement_owner(self.text, toks, v, k + 1)
                };
                if let Some(m) = owner.filter(|m| m.first_token == k + 1) {
                    return (Some(m), k, v);
                }
            }
            // The subject of the clause that issued the statement.
            let m = self
                .clause_subject(lo, v)
                .or_else(|| self.first_subject(lo, v))
                .map(|m| speakers::joint_speakers(self.text, toks, m, lo, v));
            return (m, m.map_or(v, |m| m.first_token), v);
        }
        // Left: skip fillers ("also", "has", "Tuesday", "angrily"), and a
        // time ago ("less than two weeks ago").
        let mut j = v;
        loop {
            if j > lo + 2
                && self.word(j - 1) == "to"
                && HABIT_VERBS.contains_ignore_ascii_case(self.word(j - 2))
                // Not the passive "is used to describe".
                && !(PASSIVE_AUXILIARIES.contains(self.word(j - 3))
                    || matches!(self.word(j - 3), "be" | "being"))
            {
                // "My grandmother used to say", "He likes to say".
                j -= 2;
            } else if let Some(k) = (j == v && j > lo + 3 && self.word(j - 1) == "to")
                .then(|| crate::cues::purpose_infinitive(self.text, toks, j))
                .flatten()
                .filter(|&k| k > lo)
            {
                // "Lewandowski took to Twitter to call", "Keane used the
                // speech to call": the subject of the verb the purpose
                // infinitive follows.
                j = k;
            } else if j > lo + 3
                && self.word(j - 1) == "to"
                && (crate::cues::READY_ADJECTIVES.contains_ignore_ascii_case(self.word(j - 2))
                    || (self.tokens[j - 2].is_lower()
                        && crate::text::is_regular_past(self.word(j - 2))))
                && PASSIVE_AUXILIARIES.contains(self.word(j - 3))
            {
                // "Trump was quick to add that …", and a passive: "Trump was
                // prompted to say", "she was forced to admit".
                j -= 3;
            } else if j > lo + 3
                && self.word(j - 1) == "to"
                && crate::cues::HAD_THIS_TO.contains(self.word(j - 2))
                && matches!(self.word(j - 3), "had" | "has" | "have")
            {
                // "A paper from the institute had this to say:".
                j -= 3;
            } else if j > lo
                && self.tokens[j - 1].is_word()
                && is_filler(&self.tokens[j - 1], self.text)
                // (Not a noun after "the": "… for most of the morning has
                // told".)
                && !(j > lo + 1 && self.word(j - 2).eq_ignore_ascii_case("the"))
            {
                j -= 1;
            } else if let Some(k) = (j > lo + 2 && TIME_SPANS.contains(self.word(j - 1)))
                .then(|| {
                    // "has for months described", "had for two years
                    // called": a span of time after "for".
                    (j.saturating_sub(3).max(lo + 1)..j - 1)
                        .rev()
                        .find(|&k| self.word(k) == "for")
                        .filter(|&k| (k + 1..j - 1).all(|x| speakers::is_number(self.word(x))))
                })
                .flatten()
            {
                j = k;
            } else if j > lo + 2
                && matches!(self.word(j - 1), "long" | "since")
                && matches!(self.word(j - 2), "has" | "have" | "had")
            {
                // "which analysts have long described as", "she has since
                // said": an adverb of the perfect.
                j -= 1;
            } else if j > lo + 1 && self.word(j - 1).eq_ignore_ascii_case("ago") {
                j -= 1;
                let stop = j.saturating_sub(5).max(lo);
                while j > stop
                    && self.tokens[j - 1].is_word()
                    && !self.tokens[j - 1].is_capitalised()
                {
                    j -= 1;
                }
            } else {
                break;
            }
        }
        // "Heaney, known as “Coach H,” said", "Holloway-Pike, on his
        // podcast, “Holloway at High Noon,” called": a title whose comma
        // inside the marks closes an appositive; the subject opens the
        // clause.
        if j > lo && toks[j - 1].quoted {
            let mut q = j - 1;
            while q > lo && toks[q - 1].quoted {
                q -= 1;
            }
            let title = toks[q..j]
                .iter()
                .find(|t| t.kind() == crate::tokens::Kind::Quoted)
                .map(|t| t.span().as_str(self.text).trim_end())
                .filter(|c| c.ends_with(','))
                .and_then(|c| crate::text::title_case_words(c.trim_end_matches(','), 12));
            if q > lo && title.is_some() {
                // ("Holloway-Pike himself, …": past a reflexive.)
                if let Some(m) = self.clause_subject(lo, q).filter(|m| {
                    let e = self.token_end(m.span.end) + 1;
                    let reflexive = matches!(
                        self.word(e),
                        "himself" | "herself" | "itself" | "themselves"
                    );
                    let e = if reflexive { e + 1 } else { e };
                    toks.get(e).is_some_and(|t| t.is_punct(','))
                }) {
                    return (Some(m), m.first_token, v);
                }
            }
        }
        // "Blaylock was heckled at a diner; praised the mayor as “…”": a
        // verb opening a clause after a semicolon has no subject of its own
        // (nor one after it).
        if j == lo {
            if let Some(m) = self.listed_subject(lo) {
                return (Some(m), v, v);
            }
        }
        // "resident Imran Qureshi, who said “…”": the verb of a relative
        // clause is said by the relative's antecedent.
        // (A named one set off by a comma: "a candidate who said" is often
        // someone the sentence's own speaker quotes.)
        // "Beck, who last week called him “…”", "Ellen Marsh, who as
        // senator called …": a short adverbial may follow "who".
        // ("Wilfred Guidry, 74, a retired shrimper who said": or the name
        // before an appositive that ends in the noun before "who".)
        // ("the Manitoba Arts Council, which said in a statement": "which"
        // after a body's name set off by a comma.)
        let which = |k: usize| self.word(k) == "which" && toks[k - 1].is_punct(',');
        let who = (j.saturating_sub(4).max(lo + 2)..j).rev().find(|&k| {
            (self.word(k) == "who" || which(k))
                && (toks[k - 1].is_punct(',')
                    || toks[k - 1].is_lower()
                    || speakers::is_dash(toks, k - 1))
                && toks[k + 1..j].iter().all(|t| {
                    // Not a subject of its own ("Bannon, who Beck on
                    // Wednesday called …").
                    t.is_word()
                        && !t.quoted
                        && t.lemma().is_none()
                        && !t.is_capitalised()
                        && t.pronoun().is_none()
                        // (Nor after "which": "which her campaign has
                        // described as".)
                        && !(which(k) && crate::cues::is_determiner(t.span().as_str(self.text)))
                })
        });
        // ("Katie Packer, who is chairman of Our Principles PAC said": a
        // "who is" clause naming an office may run longer, through a name,
        // its closing comma left out.)
        let who = who.or_else(|| {
            (j.saturating_sub(RELATIVE_REACH).max(lo + 2)..j.saturating_sub(2))
                .rev()
                .find(|&k| {
                    toks[k].has(lexicon::RELATIVE)
                        && self.word(k) == "who"
                        && toks[k - 1].is_punct(',')
                        && matches!(self.word(k + 1), "is" | "was")
                        && toks[k + 2..j]
                            .iter()
                            .all(|t| t.is_word() && !t.quoted && t.lemma().is_none())
                })
        });
        // ("Garrick Tannehill, who campaigned with him in Reno last month
        // and called him “…”": or a verb coordinated with the relative
        // clause's own, no comma between.)
        let who = who.or_else(|| {
            (j > lo + 3
                && matches!(self.word(j - 1), "and" | "but")
                && !self.word(v).ends_with("ing"))
            .then(|| {
                (j.saturating_sub(RELATIVE_REACH).max(lo + 2)..j - 1)
                    .rev()
                    .find(|&k| {
                        self.word(k) == "who"
                            && toks[k - 1].is_punct(',')
                            && toks[k + 1..j - 1].iter().all(|t| t.is_word() && !t.quoted)
                    })
            })
            .flatten()
        });
        // ("Rufus Tennant, who also worked on that play and who describes
        // …": a second relative clause shares the first one's antecedent.)
        let who = who.map(|w| {
            if w > lo + 1 && self.word(w - 1) == "and" && self.word(w) == "who" {
                // ("Moses Ssewanyana, a motorcycle taxi driver who learned
                // the game from a cousin and who describes himself": or
                // right after a description's noun.)
                (w.saturating_sub(RELATIVE_REACH).max(lo + 2)..w - 1)
                    .rev()
                    .find(|&k| {
                        self.word(k) == "who"
                            && (toks[k - 1].is_punct(',') || toks[k - 1].is_lower())
                    })
                    .unwrap_or(w)
            } else {
                w
            }
        });
        if let Some(w) = who {
            // A name, of a person or a body ("a clash with Democrats, who
            // called it …"), also after a preposition ("drew fire from Sen.
            // Ann Ruiz, who said"); after "which", a body's name only. So
            // is a plural description set off by the comma ("rated
            // inadequate by inspectors, who found").
            let body = which(w);
            // ("promoted by Polestar Concerts, which said": any name before
            // "which" is a body's.)
            let named = |m: &Mention| {
                (m.is_person_name() && !body)
                    || (m.kind == MentionKind::Name
                        && (m.speaker_kind != SpeakerKind::Person || body))
                    || (m.kind == MentionKind::Description
                        && m.gender == Gender::Plural
                        && !body
                        && toks[w - 1].is_punct(',')
                        && toks[w - 2].is_lower()
                        && !toks[m.first_token..w]
                            .iter()
                            .any(|t| t.has(lexicon::RELATIVE)))
            };
            let end = if toks[w - 1].is_punct(',') {
                Some(w - 2)
            } else if speakers::is_dash(toks, w - 1) {
                // ("Karim Bouhlel — no relation — who wrote": past an aside
                // between dashes.)
                (lo + 1..w - 1)
                    .rev()
                    .take(crate::referents::DASH_ASIDE_TOKENS)
                    .find(|&k| speakers::is_dash(toks, k))
                    .and_then(|k| k.checked_sub(1))
            } else {
                speakers::mention_ending_at(self.text, toks, w - 1, lo)
                    .filter(|d| {
                        d.kind == MentionKind::Description
                            && d.first_token >= lo + 2
                            && toks[d.first_token - 1].is_punct(',')
                    })
                    .map(|d| d.first_token - 2)
            };
            // (Past an age: "Wilfred Guidry, 74, who said".)
            // ("Graham Toller, now retired, who said": or a short aside of
            // lower-case words after a person's name.)
            let end = end.map(|e| {
                if e >= lo + 2 && speakers::is_number(self.word(e)) && toks[e - 1].is_punct(',') {
                    return e - 2;
                }
                let aside = (e.saturating_sub(ASIDE_WORDS + 1).max(lo + 1)..e)
                    .rev()
                    .take_while(|&c| toks[c].is_punct(',') || toks[c].is_lower())
                    .find(|&c| toks[c].is_punct(','))
                    .filter(|&c| {
                        toks[c + 1..=e]
                            .iter()
                            .all(|t| t.is_lower() && t.lemma().is_none() && !t.quoted)
                            && speakers::mention_ending_at(self.text, toks, e, lo).is_none()
                            && speakers::mention_ending_at(self.text, toks, c - 1, lo)
                                .is_some_and(|p| p.is_person_name())
                    });
                aside.map_or(e, |c| c - 1)
            });
            // ("Bernd Ostwald, head of Institut Wahlblick, who called": a
            // person before a body's appositive is who "who" means.)
            let person_before = || {
                (self.word(w) == "who" && toks[w - 1].is_punct(','))
                    .then(|| speakers::mention_ending_at(self.text, toks, w - 1, lo))
                    .flatten()
                    .filter(|p| p.first_token >= lo && p.is_person_name())
            };
            // ("sentenced by a judge who called his scheme “…”": a
            // description of one person after "by", the agent, heads it.)
            let described = || {
                (self.word(w) == "who" && toks[w - 1].is_lower() && toks[w - 1].has(lexicon::GROUP))
                    .then(|| speakers::mention_ending_at(self.text, toks, w - 1, lo))
                    .flatten()
                    .filter(|d| {
                        d.kind == MentionKind::Description
                            && d.gender != Gender::Plural
                            && d.first_token > lo
                            && self.word(d.first_token - 1) == "by"
                    })
            };
            let antecedent = end.and_then(|end| {
                speakers::mention_ending_at(self.text, toks, end, lo)
                    // ("amid a walkout by Opposition members, who called":
                    // the agent after "by", not the noun before it.)
                    .map(|m| {
                        if m.kind != MentionKind::Description {
                            return m;
                        }
                        (m.first_token + 1..end)
                            .rev()
                            .take(WHO_AGENT_TOKENS)
                            .find(|&k| toks[k].is_lower() && self.word(k) == "by")
                            .and_then(|b| {
                                speakers::mention_ending_at(self.text, toks, end, b + 1)
                                    .filter(|a| a.first_token == b + 1)
                            })
                            .unwrap_or(m)
                    })
                    .filter(|m| m.first_token >= lo && named(m))
                    .map(|m| {
                        if m.first_token > lo && self.word(m.first_token - 1) == "of" {
                            person_before().unwrap_or(m)
                        } else if let Some(det) = (m.first_token.saturating_sub(1)..=m.first_token)
                            .rev()
                            .find(|&d| {
                                d >= lo + 2
                                    && speakers::is_indefinite(self.word(d))
                                    && toks[d - 1].is_punct(',')
                            })
                        {
                            // ("Sen. Carla Benavides, a Democrat from El
                            // Paso, who read": the person the appositive
                            // describes.)
                            speakers::mention_ending_at(self.text, toks, det - 2, lo)
                                .filter(|p| p.first_token >= lo && p.is_person_name())
                                .unwrap_or(m)
                        } else {
                            m
                        }
                    })
                    .or_else(|| {
                        toks[end]
                            .name_part
                            .then(|| speakers::name_ending_at(self.text, toks, end, lo))
                            .flatten()
                            .filter(|m| m.first_token >= lo && named(m))
                    })
                    // ("Gil Rocha, an opposition member of the national
                    // assembly, who posted": the person before an
                    // appositive that describes them.)
                    .or_else(|| {
                        let d =
                            speakers::mention_ending_at(self.text, toks, end, lo).filter(|d| {
                                d.kind == MentionKind::Description
                                    && d.first_token >= lo + 2
                                    && toks[d.first_token - 1].is_punct(',')
                                    && speakers::is_indefinite(self.word(d.first_token))
                            })?;
                        speakers::mention_ending_at(self.text, toks, d.first_token - 2, lo)
                            .filter(|p| p.first_token >= lo && p.is_person_name())
                    })
                    // ("Dr Kofi Nyamekye, an economist instructed by the
                    // authority, who estimated": or before an appositive
                    // whose noun a phrase follows.)
                    .or_else(|| {
                        let c = (end.saturating_sub(APPOSITIVE_REACH).max(lo + 2)..end)
                            .rev()
                            .find(|&c| !toks[c].is_word() || toks[c].quoted)?;
                        (toks[c].is_punct(',') && speakers::is_indefinite(self.word(c + 1)))
                            .then(|| speakers::mention_ending_at(self.text, toks, c - 1, lo))
                            .flatten()
                            .filter(|p| p.first_token >= lo && p.is_person_name())
                    })
                    // ("Avraham Gutfreund, a scribe based in Jerusalem, who
                    // called": nor a place after "in", in the appositive of
                    // a person named before it.)
                    .map(|m| {
                        // (A name of no title and no known given name
                        // after "in" is a place too: "based in Antwerp",
                        // "a nurse from Lower Hutt".)
                        let no_given = m.title.is_none()
                            && speakers::given_name_gender(m.name.as_str(self.text)).is_none();
                        // ("a Member of Parliament from the People's
                        // Democratic Front, who": past the name's
                        // possessive first word and "the".)
                        let mut p = m.first_token.saturating_sub(1);
                        if p > lo
                            && toks[p].is_capitalised()
                            && crate::text::is_possessive(self.word(p))
                        {
                            p -= 1;
                        }
                        if p > lo && self.word(p) == "the" {
                            p -= 1;
                        }
                        let place = m.first_token > lo
                            && (!m.is_person_name() || no_given)
                            && matches!(self.word(p), "in" | "at" | "from" | "near");
                        if !place {
                            return m;
                        }
                        // ("…, now a lecturer in Edinburgh, who": an
                        // adverb of time may open the appositive.)
                        // ("Curtis Ellingham, the director of a bike tour
                        // in Ohio, who": or "the".)
                        let indefinite_at = |k: usize| {
                            speakers::is_indefinite(self.word(k))
                                || self.word(k) == "the"
                                || (APPOSITIVE_ADVERBS.contains(self.word(k))
                                    && speakers::is_indefinite(self.word(k + 1)))
                        };
                        (lo + 1..m.first_token)
                            .rev()
                            .take(APPOSITIVE_REACH)
                            .filter(|&c| toks[c].is_punct(',') && indefinite_at(c + 1))
                            .find_map(|c| {
                                let person =
                                    |p: &Mention| p.first_token >= lo && p.is_person_name();
                                // ("a thesis by Dr Wambui Njoroge-Atkins, now
                                // a lecturer": or the name the description
                                // ends in.)
                                speakers::mention_ending_at(self.text, toks, c - 1, lo)
                                    .filter(person)
                                    .or_else(|| {
                                        toks[c - 1]
                                            .name_part
                                            .then(|| {
                                                speakers::name_ending_at(self.text, toks, c - 1, lo)
                                            })
                                            .flatten()
                                            .filter(person)
                                    })
                            })
                            .unwrap_or(m)
                    })
            });
            if let Some(m) = antecedent.or_else(described) {
                let m = self.described_of_place(&m, lo).unwrap_or(m);
                let m = if body && m.speaker_kind == SpeakerKind::Person {
                    Mention {
                        speaker_kind: SpeakerKind::Organisation,
                        gender: Gender::Neuter,
                        ..m
                    }
                } else {
                    m
                };
                return (Some(m), m.first_token, v);
            }
        }
        // "Boreing said the club will meet, but said, …", "Clinton slammed
        // the shift and accused Sanders of …": a verb after a coordinating
        // word (`conjunctions.txt`) shares the subject of an earlier one.
        if j > lo && toks[j - 1].is_word() && toks[j - 1].has(lexicon::CONJUNCTION) {
            // (Not the verb of an opening phrase: "In a statement posted on
            // Instagram, she wished them well but said".)
            let main = self.past_introduction(lo, j);
            let prev = self
                .events
                .last()
                .filter(|e| e.cue.token >= main && e.cue.token < j)
                .and_then(|e| e.mention);
            // ("Holbrook said officers would welcome it, but warned": after
            // a comma, a verb right after "but" shares the subject of the
            // report whose words held the last event, not that event's.)
            let reporter = || {
                let n = self.events.len();
                let last = self.events.last()?;
                let outer = self.events[..n - 1]
                    .iter()
                    .rev()
                    .find(|e| e.cue.token >= main && e.cue.token < last.first)?;
                let reported =
                    (outer.cue.token + 1..last.first).all(|k| toks[k].is_word() && !toks[k].quoted);
                // ("said the new price reflected “market realities” and
                // urged": or after a fragment quoted at the end of the
                // words reported.)
                (j >= 2
                    && (toks[j - 2].is_punct(',') || toks[j - 2].quoted)
                    && last.cue.token >= main
                    && last.cue.token < j
                    && reported
                    && lexicon::lemma_is(outer.cue.lemma, lexicon::SPEECH_VERB))
                .then_some(outer.mention)
                .flatten()
                .filter(|m| m.is_person_name())
            };
            // ("Proceedings were halted when a protester in the gallery
            // stood and shouted": the subject of a subordinate clause whose
            // short first verb the conjunction follows.)
            // ("The break came later, when Oskar Makela, the critic for
            // the Courier, gave it five stars and described": past an
            // appositive, and a short object after the verb.)
            let subordinate = || {
                let m = self.subordinate_opening(lo + 1, j - 1, SUBORDINATE_REACH)?;
                let from = self.past_appositive(self.token_end(m.span.end) + 1, j - 1);
                // The verb ("stood", "stood up"), past a short phrase after
                // the subject ("in the public gallery").
                let verb = (from..j - 1)
                    .take(SUBORDINATE_PHRASE)
                    .find(|&k| speakers::is_past_form(self.text, &toks[k]))?;
                let object = toks[verb + 1..j - 1]
                    .iter()
                    .all(|t| t.is_word() && !t.quoted && !t.is_capitalised());
                (j - 1 - verb <= 2 || (j - 1 - verb <= SUBORDINATE_OBJECT && object)).then_some(m)
            };
            let subject = reporter()
                .or(prev)
                .or_else(subordinate)
                .or_else(|| self.clause_subject(lo, j - 1))
                .or_else(|| self.first_subject(lo, j - 1))
                .or_else(|| self.listed_subject(lo));
            if let Some(m) = subject {
                return (Some(m), v, v);
            }
        }
        // "“Q” that Sanders can catch Clinton, said Steve Elmendorf": in a
        // clause opened by a quote, a name after the verb beats the names
        // before its comma.
        if j > lo + 1
            && toks[j - 1].is_punct(',')
            && lo > 0
            && toks[lo - 1].quoted
            && toks[lo].is_lower()
        {
            if let Some(found) = self.inverted_subject(cue, lo, j) {
                return found;
            }
        }
        // "As Akhil Amar, a law professor at Yale, put it": in a clause
        // opened by "as", the mention right after it is the subject.
        // (The comma may close a title in the appositive: "As economist
        // Marta Veen, author of “The Quiet Crash,” put it".)
        if j > lo + 1 && self.word(lo).eq_ignore_ascii_case("as") && self.comma_before(j) {
            let hi = j - 1;
            if let Some(m) =
                speakers::mention_starting_at(self.text, toks, lo + 1, hi).filter(|m| {
                    m.kind == MentionKind::Name
                        && toks
                            .get(self.token_end(m.span.end) + 1)
                            .is_some_and(|t| t.is_punct(','))
                })
            {
                return (Some(m), m.first_token, v);
            }
        }
        let participle = self.is_participle(v);
        // "marched under banners reading “…”": a sign's words, no one's.
        if participle && j == v && j > lo && SIGN_NOUNS.contains_ignore_ascii_case(self.word(j - 1))
        {
            return (None, v, v);
        }
        // "Federal mandates are a burden, said Wilcox, an Orlando
        // Republican": after a comma, a mention right after the verb that
        // ends the clause is the speaker of the words reported before it.
        // (Not after a name and its appositive right after a quotation:
        // "“…?” Rosa Villaseñor, a mother of three, asked Mayor Clifford
        // Yarnell" is hers.)
        if j > lo + 1 && toks[j - 1].is_punct(',') && !participle {
            let apposed_after_quote = || {
                speakers::mention_ending_at(self.text, toks, j - 1, lo).is_some_and(|m| {
                    m.is_person_name()
                        && m.first_token > 0
                        && toks[m.first_token - 1].quoted
                        && toks[m.first_token - 1].para == toks[j].para
                })
            };
            if let Some(found) = self
                .inverted_after_paraphrase(cue)
                .filter(|_| !apposed_after_quote())
            {
                return found;
            }
        }
        // "X, a doctor at Y, said" and "X issued a statement saying": the
        // subject of the clause is the speaker.
        if j > lo && (toks[j - 1].is_punct(',') || participle) {
            // A name right before the verb or between appositive commas
            // beats a descriptive clause subject ("The leader of the ADL,
            // Jonathan Greenblatt, warned").
            // (Or a body's name between appositive commas: "The
            // opposition party, the Rally for Democracy and Progress,
            // said".)
            let near = speakers::mention_ending_at(self.text, toks, j - 1, lo).filter(|m| {
                m.first_token >= lo
                    && (m.is_person_name()
                        || (m.first_token > lo
                            && m.speaker_kind == SpeakerKind::Organisation
                            && m.kind == MentionKind::Name
                            && toks[m.first_token - 1].is_punct(',')))
            });
            // ("The paper’s corresponding author, Prof. Han Seo-yeon of
            // the university’s department of materials science, said": or
            // a person apposed after the first comma, with a phrase of
            // place up to the comma before the verb.)
            let near = near.or_else(|| {
                if !toks[j - 1].is_punct(',') {
                    return None;
                }
                let c = (lo..j - 1).find(|&k| toks[k].is_punct(','))?;
                let m = speakers::mention_starting_at(self.text, toks, c + 1, j - 1)
                    .filter(|m| m.is_person_name() && m.first_token == c + 1)?;
                let after = self.token_end(m.span.end) + 1;
                (matches!(self.word(after), "of" | "at" | "from")
                    && j - 1 - after <= APPOSED_PLACE_WORDS
                    && toks[after..j - 1]
                        .iter()
                        .all(|t| t.is_word() && !t.quoted && t.lemma().is_none()))
                .then_some(m)
            });
            // "Prosecutors said Smith sent a message saying": after a
            // statement noun, the participle says what the noun's sender
            // wrote: the nearest named subject before it.
            if participle && toks[j - 1].has(lexicon::STATEMENT_NOUN) {
                let sender = (lo..j - 1).rev().find_map(|k| {
                    let verb_next = toks.get(k + 1).is_some_and(|n| {
                        let w = n.span().as_str(self.text);
                        n.is_lower()
                            && (n.lemma().is_some()
                                || !n.has(
                                    lexicon::COMPLEMENT
                                        | lexicon::NOT_NAME
                                        | lexicon::TITLE
                                        | lexicon::GROUP,
                                )
                                || matches!(w, "had" | "has"))
                    });
                    // ("Its interior minister, Milan Radovanovic, left …,
                    // but his ministry later issued a statement calling":
                    // or a body's noun.)
                    // (Its verb may come after an adverb: "later issued".)
                    let verb_at = |q: usize| {
                        toks.get(q).is_some_and(|n| {
                            n.is_lower()
                                && (n.lemma().is_some() || speakers::is_past_form(self.text, n))
                        })
                    };
                    let body = toks[k].is_lower()
                        && crate::referents::is_body_noun(self.word(k))
                        && (verb_at(k + 1)
                            || (toks
                                .get(k + 1)
                                .is_some_and(|a| a.is_lower() && a.lemma().is_none())
                                && verb_at(k + 2)));
                    ((toks[k].name_part && verb_next) || body)
                        .then(|| speakers::mention_ending_at(self.text, toks, k, lo))
                        .flatten()
                        .filter(|m| {
                            m.is_person_name()
                                || (body
                                    && m.kind == MentionKind::Description
                                    && m.first_token >= lo)
                        })
                });
                if let Some(m) = sender {
                    return (Some(m), m.first_token, v);
                }
            }
            // "…, with Sen. Howard Kimbrell of Kansas accusing her of …",
            // "with Rep. Delia Harrigan (R-Ala.), who chairs the panel,
            // accusing": the person after "with" is the participle's
            // subject, with no report between.
            if participle {
                // (Opening the clause or after its comma: not "tangled with
                // Trump once, saying".)
                let with = (lo.max(j.saturating_sub(WITH_REACH))..j)
                    .rev()
                    .find(|&k| self.word(k).eq_ignore_ascii_case("with"))
                    .filter(|&k| k == lo || toks[k - 1].is_punct(','));
                // ("with the state’s Corrective Services Minister, Bronwyn
                // Tallis, saying": or the name apposed to an office.)
                if let Some(m) = with
                    .and_then(|w| speakers::mention_starting_at(self.text, toks, w + 1, j))
                    .map(|m| self.apposed_person(&m, j).map_or(m, |(n, _)| n))
                    .filter(|m| m.is_person_name())
                {
                    let e = self.token_end(m.span.end) + 1;
                    let quiet = !toks[e.min(j)..j].iter().any(|t| {
                        t.quoted
                            || (t.is_lower() && t.lemma().is_some())
                            || matches!(t.ascii_char(self.text), Some(b'.' | b';'))
                    });
                    if quiet {
                        return (Some(m), m.first_token, v);
                    }
                }
            }
            // A participle's subject is the first subject of its sentence
            // ("Trump told a rally in Iowa, calling …"), not the nearest name.
            // "Anna Sowerby backed the plan, while Colin Ashworth opposed
            // it, saying …": a clause of its own after "while" or "but"
            // gives the participle its subject.
            let inner = self.inner_clause_start(lo, j - 1);
            // ("… and Ortiz responded by calling her a “…”": the subject
            // of the verb the participle's "by" follows.)
            // ("When a reporter asked …, Mbugua paused before answering":
            // or its "before", "after" or "without".)
            let by_verb = (participle
                && j >= lo + 3
                && matches!(self.word(j - 1), "by" | "before" | "after" | "without"))
            .then(|| {
                let verb = &toks[j - 2];
                (verb.is_lower()
                    && (verb.lemma().is_some() || speakers::is_past_form(self.text, verb)))
                .then(|| speakers::mention_ending_at(self.text, toks, j - 3, lo))
                .flatten()
            })
            .flatten()
            .filter(|m| m.is_person_name() && m.first_token >= lo);
            if let Some(m) = by_verb {
                return (Some(m), m.first_token, v);
            }
            // ("… can go ahead after the Court of Appeal overturned an
            // injunction that had blocked the walkout, ruling": the subject
            // of a clause of time or cause closing before the comma.)
            let subordinate_named = (participle && toks[j - 1].is_punct(','))
                .then(|| {
                    let sub = (lo + 1..j - 1)
                        .rev()
                        .take(SUBORDINATE_CLAUSE_REACH)
                        .find(|&k| toks[k].is_lower() && TIME_OR_CAUSE.contains(self.word(k)))?;
                    let m = speakers::mention_starting_at(self.text, toks, sub + 1, j - 1)?;
                    let verb = toks.get(self.token_end(m.span.end) + 1)?;
                    (m.first_token == sub + 1
                        && m.kind == MentionKind::Name
                        && verb.is_lower()
                        && speakers::is_past_form(self.text, verb)
                        && !(sub..j - 1).any(|k| toks[k].is_punct(',') || toks[k].quoted))
                    .then_some(m)
                })
                .flatten();
            if let Some(m) = subordinate_named {
                return (Some(m), m.first_token, v);
            }
            let subject = if participle {
                inner
                    .and_then(|k| {
                        // ("…, and one congregant wrote to him describing":
                        // or someone it introduces, before the clause's
                        // verb.)
                        let introduced = || {
                            (speakers::is_indefinite(self.word(k)) || self.word(k) == "one")
                                .then(|| {
                                    (k + 1..j).find(|&x| {
                                        toks[x].is_lower()
                                            && (toks[x].lemma().is_some()
                                                || speakers::is_past_form(self.text, &toks[x]))
                                    })
                                })
                                .flatten()
                                .and_then(|x| {
                                    speakers::mention_ending_at(self.text, toks, x - 1, k)
                                })
                                .filter(|m| {
                                    m.first_token == k && m.kind == MentionKind::Description
                                })
                        };
                        self.first_subject(k, j - 1)
                            .filter(|m| m.kind == MentionKind::Name && m.first_token == k)
                            .or_else(introduced)
                    })
                    .or_else(|| {
                        // ("Asked whether fatigue played a part — Okpalaugo
                        // was on the floor for 46 minutes — coach Renata
                        // Szilvássy said …, before adding": not a subject
                        // inside an aside between dashes.)
                        self.first_subject(lo, j - 1).map(|m| {
                            let m = self.apposed_person(&m, j - 1).map_or(m, |(n, _)| n);
                            let opened = (lo..m.first_token).any(|k| speakers::is_dash(toks, k));
                            let closed = (self.token_end(m.span.end) + 1..j - 1)
                                .find(|&k| speakers::is_dash(toks, k))
                                .filter(|_| opened);
                            closed
                                .and_then(|c| self.first_subject(c + 1, j - 1))
                                .unwrap_or(m)
                        })
                    })
                    .or_else(|| self.clause_subject(lo, j - 1))
                    .map(|m| self.subject_heard(m, j - 1).unwrap_or(m))
            } else {
                // ("Republicans hold a majority, and Sen. Ansel Grimsby,
                // D-N.M., a moderate, told": the subject of the clause
                // after the comma and its conjunction.)
                inner
                    .and_then(|k| {
                        // ("…, but an Orvlandic official, speaking on
                        // condition of anonymity, described": or a
                        // description opening it.)
                        self.clause_subject(k, j - 1).filter(|m| {
                            m.first_token == k
                                && (m.is_person_name() || m.kind == MentionKind::Description)
                        })
                    })
                    .or_else(|| self.clause_subject(lo, j - 1))
            };
            // "with Donald Trump tweeting": a name right before the
            // participle is its subject.
            // Not an object ("tweeted back at Trump pointing out"), but
            // "with" opens the construction.
            // ("with Rep. Jim Caskey (R-TN) calling": a party tag may
            // close the name.)
            // ("A recording shows Rep. Miles Corbett, a Nevada Republican,
            // telling": after a verb of seeing or showing, the apposed
            // object is the participle's subject.)
            let seen = |n: &Mention| {
                let f = n.first_token;
                f > 0
                    && (PERCEPTION_VERBS.contains_ignore_ascii_case(self.word(f - 1))
                        || (f > 1
                            && self.word(f - 1) == "of"
                            && RECORDING_NOUNS.contains_ignore_ascii_case(self.word(f - 2))))
            };
            // (Ending right before it: "alongside Gwarzo under banners
            // reading" is the banners' reading.)
            let bare = participle
                && ((toks[j - 1].is_word()
                    && near.is_some_and(|n| self.token_end(n.span.end) + 1 == j))
                    || toks[j - 1].is_punct(')')
                    || (toks[j - 1].is_punct(',') && near.as_ref().is_some_and(seen)))
                && near.is_some_and(|n| {
                    n.first_token == 0 || {
                        let p = &toks[n.first_token - 1];
                        !p.has(lexicon::COMPLEMENT) || self.word(n.first_token - 1) == "with"
                    }
                });
            // "with one poster writing": so is a description opened by
            // "with".
            // "with one of her ads asking": a quantifier and "of" may come
            // first.
            let with_description = (participle && toks[j - 1].is_word())
                .then(|| speakers::mention_ending_at(self.text, toks, j - 1, lo))
                .flatten()
                .filter(|d| d.kind == MentionKind::Description && d.first_token > lo)
                .and_then(|d| {
                    let f = d.first_token;
                    if self.word(f - 1) == "with" {
                        return Some(d);
                    }
                    // ("with many marchers and spectators chanting": or
                    // two plural nouns joined, a quantifier before them.)
                    let joined = (f >= lo + 3 && self.word(f - 1) == "and")
                        .then(|| {
                            let a = &toks[f - 2];
                            (a.is_lower()
                                && a.lemma().is_none()
                                && crate::cues::is_plural_form(a.span().as_str(self.text)))
                            .then_some(f - 2)
                        })
                        .flatten()
                        .map(|a| a - usize::from(toks[a - 1].has(lexicon::QUANTIFIER)))
                        .filter(|&a| a > lo && self.word(a - 1) == "with");
                    if let Some(a) = joined {
                        let span = Span::new(toks[a].span().start, d.span.end);
                        return Some(Mention {
                            span,
                            name: span,
                            first_token: a,
                            ..d
                        });
                    }
                    let counted = f >= lo + 3
                        && self.word(f - 1) == "of"
                        && (toks[f - 2].has(lexicon::QUANTIFIER)
                            || self.word(f - 2).eq_ignore_ascii_case("one"))
                        && self.word(f - 3) == "with";
                    counted.then(|| {
                        let span = Span::new(toks[f - 2].span().start, d.span.end);
                        Mention {
                            span,
                            name: span,
                            first_token: f - 2,
                            ..d
                        }
                    })
                });
            // "…, when Mr. Tull, who had lost the primary, called for": a
            // name opening a subordinate clause is its verb's subject.
            // ("…, as the Conservative leader, Fiona Castlereagh, accused":
            // or a name apposed to a description opening one.)
            let subordinate = near.is_some_and(|n| {
                let f = n.first_token;
                f > lo
                    && (toks[f - 1].has(lexicon::SUBORDINATOR)
                        // ("in what Bay Buchanan, a treasurer, called": a
                        // free relative clause too.)
                        || self.word(f - 1) == "what"
                        || (f > lo + 2
                            && toks[f - 1].is_punct(',')
                            && speakers::mention_ending_at(self.text, toks, f - 2, lo)
                                .is_some_and(|d| {
                                    d.kind == MentionKind::Description
                                        && d.first_token > lo
                                        && toks[d.first_token - 1].has(lexicon::SUBORDINATOR)
                                })))
            });
            // ("The video shows a protester telling officers", "Lindgaard
            // recounts an aide telling her": so is a description seen.)
            let seen_description = (participle && toks[j - 1].is_word())
                .then(|| speakers::mention_ending_at(self.text, toks, j - 1, lo))
                .flatten()
                .filter(|d| d.kind == MentionKind::Description && d.first_token > lo && seen(d));
            // ("She had barely finished when a young man near the back,
            // wearing a lanyard from the youth wing, shouted": a
            // description opening a subordinate clause, past its
            // participle phrase.)
            if near.is_none() && toks[j - 1].is_punct(',') {
                if let Some(m) = self.subordinate_description(lo, j - 1) {
                    return (Some(m), m.first_token, v);
                }
            }
            let pick = match (near, subject) {
                _ if with_description.is_some() => with_description,
                _ if seen_description.is_some() => seen_description,
                (Some(n), _) if bare || subordinate => Some(n),
                // ("The third candidate, evangelical pastor and state
                // legislator Elias Wanderley, sought …, calling": a name
                // apposed to the description that opens the sentence.)
                (Some(n), Some(s))
                    if participle
                        && s.kind == MentionKind::Description
                        && n.is_person_name()
                        && n.first_token > self.token_end(s.span.end) + 1
                        && toks[self.token_end(s.span.end) + 1].is_punct(',')
                        && toks[self.token_end(s.span.end) + 2..n.first_token]
                            .iter()
                            .all(|t| t.is_word() && t.is_lower() && !t.quoted)
                        && toks
                            .get(self.token_end(n.span.end) + 1)
                            .is_some_and(|t| t.is_punct(',')) =>
                {
                    Some(n)
                }
                (_, Some(s)) if participle => Some(s),
                // (So does one after a body that opens the clause: "In a
                // statement to a local newspaper, the Evansville Courier,
                // a spokesman, Tyler Brandywine, said".)
                // (And one after a party or a nationality: "The ranking
                // Democrat, Rep. Corrine Bligh (D-MD), accused".)
                // (Not an agent in the appositive: "The government
                // delegation, headed by Aldo Ferrante, said".)
                (Some(n), Some(s))
                    if (s.kind == MentionKind::Description
                        && !(n.first_token > s.first_token
                            && self.in_agent_phrase(s.first_token, n.first_token)))
                        // ("The party’s National Publicity Secretary,
                        // Comrade Chinedu Ubani, said": or a title alone,
                        // or capitalised words after a possessive.)
                        // ("The National Coordinator of the Forum, Chief
                        // Samson Ikuru, said": or capitalised words after
                        // "The", no person's name.)
                        || (n.first_token > s.first_token
                            && n.is_person_name()
                            && (speakers::is_title_alone(toks, &s)
                                // ("the Minister for Sport, Arts and
                                // Recreation, Nomvula Dubazana, called":
                                // or the last word of a list in a title.)
                                || (s.first_token > 0
                                    && self.word(s.first_token - 1) == "and"
                                    && self.token_end(s.span.end) == s.first_token
                                    && s.title.is_none()
                                    && speakers::given_name_gender(s.name.as_str(self.text))
                                        .is_none())
                                // ("The Health and Social Care Secretary,
                                // Priya Kaushik, told": or the words of a
                                // title after its "and".)
                                || (s.first_token > 0
                                    && self.word(s.first_token - 1) == "and"
                                    && toks[self.token_end(s.span.end)].has(lexicon::TITLE)
                                    && speakers::given_name_gender(self.word(s.first_token))
                                        .is_none())
                                || (s.speaker_kind == SpeakerKind::Person
                                    && self.word(s.first_token) == "The")
                                || (s.first_token > 0
                                    && crate::text::is_possessive(self.word(s.first_token - 1)))))
                        || (s.speaker_kind == SpeakerKind::Organisation
                            && n.speaker_kind == SpeakerKind::Person)
                        || (n.first_token > s.first_token
                            && toks[self.token_end(s.span.end)]
                                .has(lexicon::PARTY | lexicon::GROUP))
                        // ("At the General Hospital, Ogbere, the Chief
                        // Medical Director, Dr. Titilayo Akande, said": or a
                        // lone word no one is named by after an opening
                        // phrase's comma, a place, before the full name.)
                        || (n.first_token > s.first_token
                            && n.is_person_name()
                            && n.name.as_str(self.text).contains(' ')
                            && s.kind == MentionKind::Name
                            && s.title.is_none()
                            && self.token_end(s.span.end) == s.first_token
                            && s.first_token > lo
                            && toks[s.first_token - 1].is_punct(',')
                            && speakers::given_name_gender(s.name.as_str(self.text)).is_none()
                            && !self.register.is_surname(s.name.as_str(self.text)))
                        // ("a floor speech in which Brisbois, now the
                        // nominee, called": a name opening a relative
                        // clause.)
                        || (n.first_token > s.first_token
                            && matches!(self.word(n.first_token - 1), "which" | "whom"))
                        // ("Mendoza recalled that when she recruited her,
                        // the coach, Ray Sapolu, told": or in the clause a
                        // verb reports with "that".)
                        || (n.first_token > s.first_token
                            && (s.first_token + 1..n.first_token).any(|k| {
                                self.word(k) == "that"
                                    && toks[k - 1].is_lower()
                                    && toks[k - 1].lemma().is_some()
                            })) =>
                {
                    Some(n)
                }
                // ("The building's owner, property company Harcourt Terrace
                // Holdings, said": a body's name apposed to a description.)
                (None, Some(s))
                    if s.kind == MentionKind::Description
                        || s.speaker_kind == SpeakerKind::Group =>
                {
                    let body = toks[j - 1]
                        .is_punct(',')
                        .then(|| speakers::mention_ending_at(self.text, toks, j - 2, lo))
                        .flatten()
                        .filter(|b| {
                            b.kind == MentionKind::Name
                                && b.speaker_kind == SpeakerKind::Organisation
                                && b.first_token > s.first_token
                                // (Apposed, not an agent: "A legal opinion
                                // …, obtained by the AP, said".)
                                // (The description may run past the name's
                                // start when it reads leftwards: none then.)
                                && toks
                                    .get(self.token_end(s.span.end) + 1..b.first_token)
                                    .is_some_and(|between| {
                                        between.iter().all(|t| {
                                            t.is_punct(',')
                                                || (t.is_word()
                                                    && !t.has(lexicon::COMPLEMENT)
                                                    && !t.span().as_str(self.text).ends_with("ed"))
                                        })
                                    })
                        });
                    // ("Officials at Homeland Security Investigations, a
                    // division of Immigration and Customs Enforcement,
                    // said": or the subject's whole phrase before its
                    // appositive.)
                    let whole = || {
                        speakers::mention_ending_at(self.text, toks, j - 1, lo).filter(|w| {
                            w.kind == MentionKind::Description
                                && w.first_token == s.first_token
                                && w.span.end > s.span.end
                        })
                    };
                    body.or_else(whole).or(Some(s))
                }
                // ("Lucien Guidroz died “peacefully” on Sunday, his nephew,
                // Andre Guidroz, said": a name set off by commas before a
                // verb closing a clause with a verb of its own.)
                (Some(n), Some(s))
                    if !participle
                        && n.kind == MentionKind::Name
                        && n.first_token > s.first_token + 2
                        && toks[n.first_token - 1].is_punct(',')
                        && toks[j - 1].is_punct(',')
                        && toks.get(self.token_end(s.span.end) + 1).is_some_and(|t| {
                            // ("died": a short regular past too.)
                            // ("Acme had publicly endorsed it, and its
                            // chief executive, Noemi Fonseca, wrote": or
                            // an auxiliary.)
                            t.is_lower()
                                && t.lemma().is_none()
                                && (speakers::is_past_form(self.text, t)
                                    || t.span().as_str(self.text).ends_with("ed")
                                    || matches!(
                                        t.span().as_str(self.text),
                                        "had" | "has" | "have" | "was" | "were" | "is" | "are"
                                    ))
                        }) =>
                {
                    Some(n)
                }
                // ("Shipping analyst Ingeborg Halvorsen, of Oslo-based
                // Tidewater Intelligence, said": not the object of the
                // name's "of" phrase.)
                (Some(n), Some(s))
                    if n.is_person_name() && s.first_token > n.first_token && {
                        // (Past a place it is based in: "of Oslo-based".)
                        let mut p = s.first_token;
                        while p > n.first_token
                            && crate::referents::is_placed_modifier(self.word(p - 1))
                        {
                            p -= 1;
                        }
                        p > n.first_token && toks[p - 1].has(lexicon::COMPLEMENT)
                    } =>
                {
                    Some(n)
                }
                (_, Some(s)) => Some(s),
                (n, None) if toks[j - 1].is_punct(',') => n,
                _ => None,
            };
            if let Some(m) = pick {
                return (Some(m), m.first_token, v);
            }
        }
        if j > lo {
            // ("A European diplomat who attended the summit as an observer
            // said": a role after "as" inside the subject's relative clause
            // is no subject.)
            let role = |m: &Mention| {
                let f = m.first_token;
                m.kind == MentionKind::Description
                    && f > lo + 1
                    && self.word(f - 1) == "as"
                    && !toks[f - 2].is_punct(',')
                    && toks[lo..f].iter().any(|t| t.has(lexicon::RELATIVE))
            };
            // ("The family of a man shot by police called": nor the agent
            // of a participle inside the subject.)
            let agent = |m: &Mention| {
                let f = m.first_token;
                f > lo + 1
                    && self.word(f - 1) == "by"
                    && (speakers::is_past_form(self.text, &toks[f - 2])
                        // ("taken", "written", "shown"; "shot", a cue
                        // with its particle only)
                        || (toks[f - 2].is_lower()
                            && self.word(f - 2).len() > 3
                            && (self.word(f - 2).ends_with("en")
                                || self.word(f - 2).ends_with("wn")
                                || (toks[f - 2].lemma().is_some()
                                    && !self.word(f - 2).ends_with('s')
                                    && !self.word(f - 2).ends_with("ing")))))
                    && !(f >= 3 && PASSIVE_AUXILIARIES.contains(self.word(f - 3)))
                    // (Not the sender of a document, who speaks: "A
                    // fundraising email sent by Tamsin Okafor-Lind on
                    // Tuesday warned".)
                    && !toks[lo..f - 2].iter().any(|t| t.has(lexicon::STATEMENT_NOUN))
            };
            // ("At University Hospital Ardmore, a staff nurse with 12
            // years’ experience said": or, ending in no mention, the
            // description opening the clause past its introduction, with
            // its phrase up to the verb.)
            let before = speakers::mention_ending_at(self.text, toks, j - 1, lo).or_else(|| {
                let start = self.past_introduction(lo, j - 1);
                let d = speakers::mention_starting_at(self.text, toks, start, j - 1)
                    .filter(|d| d.kind == MentionKind::Description && d.first_token == start)?;
                let after = self.token_end(d.span.end) + 1;
                // (Its phrase may be read in part: "a staff nurse with 12
                // years", then "’ experience".)
                let rest_plain = after < j
                    && j - after <= DESCRIPTION_REST
                    && toks[after..j].iter().all(|t| {
                        (t.is_word()
                            && t.is_lower()
                            && t.lemma().is_none()
                            && !t.quoted
                            // (No verb: not "Sanders supporters are",
                            // "A spokesman for Platte River declined".)
                            && !speakers::is_past_form(self.text, t)
                            && !speakers::AUXILIARIES.contains(t.span().as_str(self.text)))
                            || t.is_punct('’')
                            || t.is_punct('\'')
                    });
                if rest_plain {
                    return Some(speakers::headed_by(d, toks[j - 1].span().end));
                }
                self.description_with_phrase(&d, after, j + 1)
            });
            // ("The daughter of the late playwright Desmond Clement has
            // said": a person named after "of the late" is the one whose
            // relative speaks.)
            let before = match before {
                Some(m) if m.is_person_name() && m.first_token > lo + 3 => {
                    let f = m.first_token;
                    let late = (f.saturating_sub(4).max(lo + 1)..f).find(|&l| {
                        self.word(l) == "late"
                            && self.word(l - 1) == "the"
                            && toks[l + 1..f].iter().all(|t| t.is_lower() && t.is_word())
                    });
                    late.filter(|&l| l >= lo + 3 && self.word(l - 2) == "of")
                        .and_then(|l| {
                            speakers::mention_ending_at(self.text, toks, l - 3, lo)
                                .filter(|d| d.kind == MentionKind::Description)
                        })
                        .map(|d| speakers::headed_by(d, m.span.end))
                        .or(Some(m))
                }
                other => other,
            };
            // ("A State Department inspector general's report issued
            // earlier this year found": a stretch of time before the verb
            // is no speaker; the description opening the clause is, with
            // its phrase up to the verb.)
            let before = match before {
                Some(m)
                    if m.kind == MentionKind::Description
                        && m.first_token > lo
                        && self.token_end(m.span.end) == m.first_token + 1
                        && matches!(
                            self.word(m.first_token),
                            "this" | "last" | "next" | "that" | "each" | "every"
                        )
                        && TIME_UNITS.contains(self.word(m.first_token + 1)) =>
                {
                    let start = self.past_introduction(lo, m.first_token);
                    speakers::mention_starting_at(self.text, toks, start, m.first_token)
                        .filter(|d| d.kind == MentionKind::Description && d.first_token == start)
                        .map(|d| speakers::headed_by(d, m.span.end))
                }
                other => other,
            };
            // ("The Inspector of Custodial Services, whose 2021 report on
            // Barrowdale warned": a statement of the antecedent of
            // "whose" speaks for it.)
            if let Some(owner) = before
                .filter(|m| {
                    let f = m.first_token;
                    f >= 3
                        && self.word(f - 1) == "whose"
                        && toks[f - 2].is_punct(',')
                        && toks[f..j].iter().any(|t| {
                            t.has(lexicon::STATEMENT_NOUN)
                                || crate::referents::AUTHORED_NOUNS
                                    .contains(t.span().as_str(self.text))
                        })
                })
                .and_then(|m| {
                    let a = m.first_token - 3;
                    speakers::mention_ending_at(self.text, toks, a, self.sentence_start(a, 24))
                })
                .filter(|o| o.kind == MentionKind::Name || o.kind == MentionKind::Description)
            {
                return (Some(owner), owner.first_token, v);
            }
            // "Karthik Bhandiwad did not speak, but in response to a
            // shareholder question said", "… and at a press conference
            // after the meeting said": a description after a preposition,
            // in a phrase that a preposition opens right after "but" or
            // "and", is its object; the verb's subject is the sentence's.
            let object = |m: &Mention| {
                let f = m.first_token;
                let preposition = |k: usize| {
                    toks[k].is_lower()
                        && toks[k].has(lexicon::COMPLEMENT)
                        && !toks[k].has(lexicon::SUBORDINATOR)
                };
                m.kind == MentionKind::Description
                    && f > lo
                    && toks[f - 1].is_lower()
                    && toks[f - 1].has(lexicon::COMPLEMENT)
                    && (f.saturating_sub(PHRASE_AFTER_CONJUNCTION).max(lo + 1)..f)
                        .rev()
                        .take_while(|&k| toks[k].is_word() && toks[k].is_lower())
                        .any(|k| matches!(self.word(k - 1), "but" | "and") && preposition(k))
            };
            if let Some(m) = before.filter(object) {
                let start = self.sentence_start(m.first_token, 40);
                if let Some(s) = self
                    .first_subject(start, m.first_token - 1)
                    .filter(|s| s.first_token < m.first_token && s.is_person_name())
                {
                    return (Some(s), s.first_token, v);
                }
            }
            if let Some(a) = before.filter(|a| agent(a) && a.first_token > lo + 2) {
                // The subject is the description the clause opens with
                // (past a dateline), up to the agent.
                let start = if self.opens_paragraph(lo) {
                    speakers::dateline_end(self.text, toks, lo).unwrap_or(lo)
                } else {
                    lo
                };
                if let Some(s) = (start + 2 < a.first_token)
                    .then(|| {
                        speakers::mention_starting_at(self.text, toks, start, a.first_token - 2)
                    })
                    .flatten()
                    .filter(|s| s.first_token == start && s.kind == MentionKind::Description)
                {
                    let s = speakers::headed_by(s, a.span.end);
                    return (Some(s), s.first_token, v);
                }
            }
            if let Some(m) = before
                .filter(|m| !role(m) && !agent(m))
                .map(|m| speakers::joint_speakers(self.text, toks, m, lo, j))
            {
                if m.first_token >= lo {
                    // "Anthony Anton, president of the Washington Restaurant
                    // Association stated": an appositive left open.
                    // (Not the subject of a relative clause: "her bill,
                    // which several Republicans have called “…”", "in
                    // what the coroner described as".)
                    let relative = (m.first_token.saturating_sub(2).max(lo)..m.first_token)
                        .any(|k| matches!(self.word(k), "that" | "which" | "whom" | "what"));
                    if m.speaker_kind != SpeakerKind::Person && !relative {
                        // (With no report between the name and the
                        // mention: not "Frank Delucca, an electrician,
                        // said … until a friend told him".)
                        if let Some(s) = self.clause_subject(lo, j - 1).filter(|s| {
                            // (Not past a quotation in the name's own
                            // clause: "Haley, a governor, is an “…” who has
                            // won twice, the editorial board said".)
                            let open = (self.token_end(s.span.end) + 1..m.first_token)
                                .all(|k| !toks[k].quoted);
                            open && s.is_person_name()
                                && !speakers::is_title_alone(toks, s)
                                // (Not the object of an opening phrase:
                                // "Turning to Hoxha, the judge said".)
                                && (s.first_token == 0 || !toks[s.first_token - 1].is_lower())
                                // (Nor an agent: "In a notice signed by the
                                // Managing Director, Mr. Rajesh Lalwani, the
                                // management said".)
                                && !self.in_agent_phrase(lo, s.first_token)
                                && toks
                                    .get(self.token_end(s.span.end) + 1)
                                    .is_some_and(|t| t.is_punct(','))
                                && self
                                    .events
                                    .get(
                                        self.events
                                            .partition_point(|e| e.cue.token <= s.first_token),
                                    )
                                    .is_none_or(|e| e.cue.token >= m.first_token)
                        }) {
                            return (Some(s), s.first_token, v);
                        }
                    }
                    // "The woman who found the body told police", "The
                    // man accused of setting fire to a synagogue said": the
                    // subject is the description the clause opens with,
                    // with its relative clause or participle phrase.
                    // (Not past a subject pronoun right before the verb:
                    // "Its title came from a saying he repeated" is his.)
                    let own_subject = matches!(m.kind, MentionKind::Pronoun(_))
                        && matches!(
                            self.word(m.first_token),
                            "he" | "she" | "they" | "we" | "I" | "it"
                        );
                    if let Some(s) = (!own_subject)
                        .then(|| self.subject_with_clause(lo, m))
                        .flatten()
                    {
                        return (Some(s), s.first_token, v);
                    }
                    // ("An aid worker who asked not to be named because she
                    // was not authorized to speak to reporters said": not a
                    // preposition's object in the relative clause of the
                    // subject, however long the clause.)
                    // (Not a clause's subject after a subordinator: "after
                    // a judge said".)
                    // ("A Meridian executive who spoke on condition of
                    // anonymity because he was not authorized to discuss
                    // the matter said": nor a verb's object there.)
                    if m.first_token > lo
                        && toks[m.first_token - 1].is_lower()
                        && (toks[m.first_token - 1].has(lexicon::COMPLEMENT)
                            || toks[m.first_token - 1].lemma().is_some()
                            || (m.first_token >= lo + 2 && self.word(m.first_token - 2) == "to"))
                        && !toks[m.first_token - 1].has(lexicon::SUBORDINATOR)
                    {
                        // (Not when the clause closed at a comma before
                        // the main verb: "a Democrat who is sponsoring a
                        // bill, said the testimony described" is the
                        // subject of "said".)
                        let r = (lo + 1..m.first_token)
                            .find(|&r| self.word(r) == "who" && !toks[r - 1].is_punct(','))
                            .filter(|&r| {
                                !(r + 1..m.first_token)
                                    .any(|k| toks[k].lemma().is_some() && toks[k - 1].is_punct(','))
                            });
                        if let Some(s) = r
                            .and_then(|r| speakers::mention_ending_at(self.text, toks, r - 1, lo))
                            .filter(|s| {
                                s.first_token >= lo
                                    && matches!(
                                        s.kind,
                                        MentionKind::Name | MentionKind::Description
                                    )
                            })
                        {
                            return (Some(s), s.first_token, v);
                        }
                    }
                    // "A campaign ad released Thursday accuses": the day
                    // skipped as a filler belongs to the participle.
                    let mut m = m;
                    let last = self.token_end(m.span.end);
                    if m.kind == MentionKind::Description && self.is_participle_head(last) {
                        let mut e = last;
                        while e + 1 < v && toks[e + 1].has(lexicon::WEEKDAY) {
                            e += 1;
                        }
                        m.span.end = toks[e].span().end;
                        m.name.end = m.span.end;
                    }
                    return (Some(m), m.first_token, v);
                }
            }
        }
        if let Some(found) = self.inverted_subject(cue, lo, j) {
            return found;
        }
        // "Council tax to rise as leader warns of ‘…’": a bare role right
        // before the verb of a headline.
        if j > lo && Some(toks[v].para) == self.headline {
            if let Some(m) = speakers::bare_role(self.text, toks, j - 1) {
                return (Some(m), m.first_token, v);
            }
        }
        // "A doctor with 30 years of experience said": a description and
        // its phrase up to the verb.
        // (Not "an official who asked …": the verb of a relative clause
        // has its subject outside it.)
        if j > lo + 2 && !toks[j - 1].has(lexicon::RELATIVE) {
            if let Some(m) = self.subject_phrase(lo, j, toks[j - 1].span().end) {
                return (Some(m), m.first_token, v);
            }
        }
        // "An official who asked not to be named said": the subject
        // before a relative clause that runs up to the verb.
        if j > lo + 2 && !self.word(v - 1).eq_ignore_ascii_case("to") {
            // ("The Fraternal Order of Police lodge that represents
            // Pinecrest officers called": or "that" before a verb's form.)
            // (With no comma or other clause between: not "a debate that
            // ended with a walkout by Opposition members, who accused".)
            // (Nor an object's clause: "a matriarch that rangers call".)
            let that_verb = |r: usize| {
                self.word(r) == "that"
                    && r + 2 < v
                    && toks[r + 1..v]
                        .iter()
                        .all(|t| t.is_word() && !t.quoted && !t.has(lexicon::RELATIVE))
                    && toks
                        .get(r + 1)
                        .is_some_and(|n| speakers::is_relative_clause_verb(self.text, n))
            };
            // ("a Republican whose state has reported infections": not the
            // verb of a "whose" clause itself, whose subject is its noun;
            // "A farmer whose herd was culled said" is the farmer's.)
            let whose_own_verb = |r: usize| {
                self.word(r) == "whose"
                    && !toks[r + 2..j]
                        .iter()
                        .any(|t| t.lemma().is_some() || speakers::is_past_form(self.text, t))
            };
            let r = (lo.max(j.saturating_sub(12)) + 1..j - 1).rev().find(|&r| {
                ((toks[r].has(lexicon::RELATIVE) && self.word(r).starts_with("who"))
                    || that_verb(r))
                    && !toks[r - 1].is_punct(',')
                    && !whose_own_verb(r)
            });
            if let Some(r) = r {
                if let Some(m) = speakers::mention_ending_at(self.text, toks, r - 1, lo)
                    .filter(|m| {
                        m.first_token >= lo && m.kind != MentionKind::Pronoun(Gender::Unknown)
                    })
                    // ("The Fraternal Order of Police lodge that …": or a
                    // body's name opening the clause, before its noun.)
                    .or_else(|| {
                        speakers::mention_starting_at(self.text, toks, lo, r).filter(|m| {
                            m.first_token == lo
                                && m.kind == MentionKind::Name
                                && m.speaker_kind == SpeakerKind::Organisation
                                && self.token_end(m.span.end) + 2 == r
                        })
                    })
                {
                    // ("The groups who wrote to her on Thursday say": a
                    // description with its clause, when the clause tells
                    // who they are, not how they spoke.)
                    let m = if m.kind == MentionKind::Description
                        && toks[r..v]
                            .iter()
                            .all(|t| t.is_word() && !t.quoted && !t.has(lexicon::SOURCING))
                    {
                        speakers::headed_by(m, toks[v - 1].span().end)
                    } else {
                        m
                    };
                    return (Some(m), m.first_token, v);
                }
            }
        }
        (None, v, v)
    }

    /// "The court heard he wore a high-visibility jacket …, telling
    /// victims": after a hearing that opens the sentence ("The court
    /// heard", "The jury was told"), the subject of the clause heard,
    /// before token `hi`, is who the participle's words are.
    fn subject_heard(&self, m: Mention, hi: usize) -> Option<Mention> {
        let toks = self.tokens;
        let mut k = self.token_end(m.span.end) + 1;
        if matches!(self.word(k), "was" | "were") && self.word(k + 1) == "told" {
            k += 1;
        } else if self.word(k) != "heard" {
            return None;
        }
        k += 1;
        if self.word(k) == "that" {
            k += 1;
        }
        if k >= hi || !toks[k].is_word() {
            return None;
        }
        speakers::mention_starting_at(self.text, toks, k, hi).filter(|s| {
            s.first_token == k
                && (s.is_person_name() || matches!(s.kind, MentionKind::Pronoun(_)))
                && toks
                    .get(self.token_end(s.span.end) + 1)
                    .is_some_and(|v| v.is_lower())
        })
    }

    /// The description opening the clause at `lo` when `m`, the mention
    /// before a verb, ends a relative clause or participle phrase about it
    /// ("The woman who found the body", "A spokeswoman for the company
    /// that owns the building", "The man accused of setting fire to a
    /// synagogue"): the whole phrase, as one description.
    fn subject_with_clause(&self, lo: usize, m: Mention) -> Option<Mention> {
        if m.first_token <= lo + 1 {
            return None;
        }
        // ("A group calling itself Ahrar al-Sahil said": the name the
        // description goes by, read whole from the description.)
        if m.kind == MentionKind::Name
            && m.first_token >= lo + 3
            && matches!(
                (self.word(m.first_token - 2), self.word(m.first_token - 1)),
                ("calling", "itself" | "themselves" | "himself" | "herself") | ("known", "as")
            )
        {
            let start = self.past_introduction(lo, m.first_token);
            let hi = self.token_end(m.span.end) + 1;
            if let Some(n) = speakers::mention_starting_at(self.text, self.tokens, start, hi)
                .filter(|n| n.first_token == m.first_token)
            {
                return Some(n);
            }
        }
        // ("Outside the synod hall, a campaign group that has fought the
        // plan said": past an introductory phrase.)
        let start = self.past_introduction(lo, m.first_token);
        if m.first_token <= start + 1 {
            return None;
        }
        self.subject_phrase(start, m.first_token, m.span.end)
    }

    /// Whether token `k`, read as the head of a description, is a past
    /// participle after its noun ("A campaign ad released", "A legal
    /// opinion drafted"), with a day or a preposition after it.
    fn is_participle_head(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        let w = self.word(k);
        t.is_lower()
            && crate::text::is_regular_past(w)
            && !t.has(lexicon::GROUP | lexicon::TITLE)
            && self
                .tokens
                .get(k + 1)
                .is_some_and(|n| n.has(lexicon::COMPLEMENT | lexicon::WEEKDAY))
    }

    /// The description opening the clause at `lo`, with what follows its
    /// head up to token `upto` (the phrase ending at byte `end`), when that
    /// is a relative clause ("who found the body", "that owns the
    /// building"), a participle phrase ("representing Mr. Abramson",
    /// "accused of setting fire to …") or a prepositional phrase ("with 30
    /// years of experience", "in the Justice Department's civil rights
    /// division"), with no punctuation inside.
    fn subject_phrase(&self, lo: usize, upto: usize, end: usize) -> Option<Mention> {
        let toks = self.tokens;
        let s = speakers::mention_starting_at(self.text, toks, lo, upto)?;
        // A description, or a group named by a plural ("Residents who live
        // near the plant").
        let described = s.kind == MentionKind::Description
            || (s.kind == MentionKind::Name && s.speaker_kind == SpeakerKind::Group);
        if !described || s.first_token != lo {
            return None;
        }
        // Nor a clause on how the source spoke ("who asked not to be
        // named"), which is no part of the description.
        // (A sum is words too: "accused of taking $4.2 million".)
        let currency = |t: &Token| matches!(t.span().as_str(self.text), "$" | "€" | "£" | "%");
        if !toks[lo..upto]
            .iter()
            .all(|t| (t.is_word() || currency(t)) && !t.quoted && !t.has(lexicon::SOURCING))
        {
            return None;
        }
        let mut after = self.token_end(s.span.end) + 1;
        // "A legal opinion drafted for the firm": a past participle read
        // as the head opens the phrase after the noun.
        if after > lo + 1 && after < upto && self.is_participle_head(after - 1) {
            after -= 1;
        }
        if upto - lo > SUBJECT_PHRASE_TOKENS {
            return None;
        }
        // A relative clause of a few words, with no clause of its own
        // after it ("The lawyer who ran three marathons before his knee
        // blew out is …").
        // (Not an object relative, whose own subject comes next and says
        // the verb: "a figure that analysts have disputed".)
        // ("The mother of a boy who died …": past an "of" phrase of a
        // few words with no verb.)
        let reach = if self.word(after) == "of" {
            (after + 1..(after + 5).min(upto))
                .find(|&k| self.word(k) == "who")
                .filter(|&k| {
                    toks[after + 1..k]
                        .iter()
                        .all(|t| t.is_word() && !t.is_capitalised() && t.lemma().is_none())
                })
                .unwrap_or(after)
        } else {
            after
        };
        let relative = (lo + 1..=reach.min(upto)).any(|k| {
            toks[k].has(lexicon::RELATIVE)
                && matches!(self.word(k), "who" | "that" | "which")
                && upto - k <= if self.word(k) == "who" { RELATIVE_REACH } else { 8 }
                && !(self.word(k) != "who"
                    && toks.get(k + 1).is_some_and(|n| {
                        n.is_word()
                            && n.lemma().is_none()
                            && !n.has(lexicon::FILLER)
                            && (n.is_capitalised()
                                || n.has(lexicon::GROUP)
                                || speakers::DESCRIPTION_OPENERS
                                    .contains_ignore_ascii_case(n.span().as_str(self.text))
                                || toks
                                    .get(k + 2)
                                    .is_some_and(|v| v.lemma().is_some() || v.has(lexicon::FILLER)))
                    }))
                // ("The mother of a boy who died after waiting five hours
                // in a hospital has told": a subordinator before a
                // participle opens no clause.)
                && !toks.get(k + 1..upto).unwrap_or_default().iter().enumerate().any(|(i, t)| {
                    // ("A postwoman who was savaged by a dog as she
                    // delivered letters says": nor before a pronoun for
                    // the person the clause is about.)
                    (t.has(lexicon::SUBORDINATOR)
                        && !toks.get(k + 2 + i).is_some_and(|n| {
                            n.is_lower()
                                && (n.span().as_str(self.text).ends_with("ing")
                                    || matches!(n.span().as_str(self.text), "he" | "she"))
                        }))
                        || t.has(lexicon::RELATIVE)
                        // ("A diplomat who has been briefed on the
                        // discussions said": a person's clause may be
                        // passive.)
                        || (self.word(k) != "who"
                            && PASSIVE_AUXILIARIES.contains(t.span().as_str(self.text)))
                })
        });
        // A participle or prepositional phrase has no verb of its own
        // ("One operative inside Trump Tower tried to …" is a clause), nor
        // a second clause joined to it ("The FBI looked for a link and did
        // not find …": "looked" is the verb).
        let verbless = || {
            toks.get(after + 1..upto).is_some_and(|rest| {
                rest.iter().enumerate().all(|(i, t)| {
                    let w = t.span().as_str(self.text);
                    // "in the talks": a verb form after a determiner is a
                    // noun.
                    let noun =
                        i > 0 && crate::cues::is_determiner(rest[i - 1].span().as_str(self.text));
                    // ("the Kenya Marine and Fisheries Research Institute":
                    // "and" inside a name.)
                    let in_name = i > 0
                        && rest[i - 1].is_capitalised()
                        && rest.get(i + 1).is_some_and(Token::is_capitalised);
                    // ("Protesters gathered outside the mosque after a
                    // senior cleric described": a subordinate clause with
                    // a subject of its own.)
                    let clause = t.is_lower()
                        && t.has(lexicon::SUBORDINATOR)
                        && toks.get(after + 2 + i).is_some_and(|n| {
                            crate::cues::is_determiner(n.span().as_str(self.text))
                                || n.is_capitalised()
                                || n.pronoun().is_some()
                        });
                    !((t.has(lexicon::INFLECTED_VERB) && !noun)
                        || (t.is_lower() && crate::text::is_regular_past(w))
                        || (t.is_lower() && t.has(lexicon::CONJUNCTION) && !in_name)
                        || clause
                        || w == "not"
                        || w == "n't")
                })
            })
        };
        let w = self.word(after);
        // (Not a preposition in "-ing": "The senator during a town hall
        // in Iowa called" is the senator.)
        let participle = after < upto
            && toks[after].is_lower()
            && !toks[after].has(lexicon::COMPLEMENT)
            && w.len() > 4
            && (w.ends_with("ing")
                || (w.ends_with("ed")
                    && toks[after + 1].has(lexicon::COMPLEMENT)
                    // Not the clause's verb: "The spokesman declined to
                    // elaborate".
                    && !speakers::is_past_before_infinitive(self.text, toks, after)))
            && verbless();
        // ("A sergeant on duty said": or "on" before a bare noun, not a
        // day: "The senator on Monday said".)
        // (Nor a title's phrase before the name: "Opposition spokesman
        // on health Eamon Cuddihy said".)
        let on_bare_noun = w == "on"
            && toks.get(after + 1).is_some_and(|n| {
                n.is_lower()
                    && !n.has(lexicon::WEEKDAY)
                    && !crate::cues::is_determiner(n.span().as_str(self.text))
            })
            && toks.get(after + 2).is_none_or(|n| !n.is_capitalised());
        let preposition = after < upto
            && (matches!(
                w,
                "in" | "with" | "at" | "from" | "near" | "inside" | "outside"
            ) || on_bare_noun)
            && verbless();
        (relative || participle || preposition).then(|| {
            let span = Span::new(s.span.start, end);
            Mention {
                span,
                name: span,
                title: None,
                kind: MentionKind::Description,
                ..s
            }
        })
    }

    /// The person in "X quoted Y as saying" for the cue "quoted" or
    /// "saying" (with the event's token range).
    fn quoted_as_saying(&self, cue: &Cue) -> Option<(Option<Mention>, usize, usize)> {
        let toks = self.tokens;
        let v = cue.token;
        // From "saying", back over "as" and the person to "quoted".
        let quoted = if cue.lemma == "say" && self.word(v.checked_sub(1)?) == "as" {
            (v.saturating_sub(12)..v - 1)
                .rev()
                .find(|&k| toks[k].para == toks[v].para && toks[k].lemma() == Some("quote"))?
        } else if cue.lemma == "quote" {
            v
        } else {
            return None;
        };
        // "Kim Song-chol was quoted by KCNA as saying": in the passive the
        // person quoted is the subject.
        if self.word(quoted + 1) == "by"
            && quoted >= 2
            && PASSIVE_AUXILIARIES.contains(self.word(quoted - 1))
        {
            let lo = self.clause_start(quoted - 1);
            let m = speakers::mention_ending_at(self.text, toks, quoted - 2, lo)?;
            return Some((Some(m), m.first_token, quoted));
        }
        let hi = (quoted + 10).min(toks.len());
        // ("State media quoted him as saying": an object pronoun.)
        let object = OBJECT_PRONOUNS
            .iter()
            .find(|(p, _)| *p == self.word(quoted + 1))
            .map(|&(_, g)| speakers::pronoun_mention(toks[quoted + 1].span(), quoted + 1, g));
        let m =
            object.or_else(|| speakers::mention_starting_at(self.text, toks, quoted + 1, hi))?;
        let mut end = self.token_end(m.span.end);
        // "quoted the defence minister, Ivan Petrov, as saying": the mention
        // is the name in apposition, and its comma comes before "as".
        if self.word(end + 1) == "," {
            end += 1;
        }
        let as_saying = self.word(end + 1) == "as"
            && toks.get(end + 2).is_some_and(|t| {
                t.lemma()
                    .is_some_and(|l| lexicon::lemma_is(l, lexicon::SPEECH_VERB))
            });
        as_saying.then_some((Some(m), quoted, end))
    }

    /// The speaker named after the verb ("said Mr. Burman", "said the
    /// White House"), only straight after a quote ("“Q,” said X", "“Q”,
    /// said X") or at the start of a clause; never for a participle, whose
    /// right-hand side is its object ("blaming X"), nor for a verb whose
    /// object is the addressee ("told reporters").
    fn inverted_subject(
        &self,
        cue: &Cue,
        lo: usize,
        j: usize,
    ) -> Option<(Option<Mention>, usize, usize)> {
        let v = cue.token;
        let toks = self.tokens;
        let participle = self.is_participle(v);
        // "“peanuts,” compared to what …": a speaker never follows a
        // preposition after the verb.
        if toks.get(v + 1).is_some_and(|t| t.has(lexicon::COMPLEMENT)) {
            return None;
        }
        let mut k = v + 1;
        while k < toks.len()
            && toks[k].is_word()
            && toks[k].has(lexicon::FILLER)
            && !self.word(k).eq_ignore_ascii_case("he")
        {
            k += 1;
        }
        let quoted = |k: usize| toks.get(k).is_some_and(|t| t.quoted);
        let comma_before = toks.get(j.wrapping_sub(1)).is_some_and(|t| t.is_punct(','));
        // (Not a fragment running on inside its clause: "he had “never
        // once” attacked a rival" is no "“…,” said X"; but "Heaney, known
        // as “Coach H,” said" closes a phrase with its comma.)
        // (Back to the opening mark of the quotation that ends at `e`
        // only: "signs that read “Robots Don’t Pay Taxes.” “We’ve given
        // everything,” said X" runs on from the slogan, not the words.)
        let inside_clause = |e: usize| {
            let mut q = e;
            while q > 0 && quoted(q - 1) && toks[q].kind() != crate::tokens::Kind::Quoted {
                q -= 1;
            }
            if q > 0 && quoted(q - 1) && toks[q].kind() == crate::tokens::Kind::Quoted {
                q -= 1;
            }
            let runs_on = toks[q..=e]
                .iter()
                .find(|t| t.kind() == crate::tokens::Kind::Quoted)
                .is_some_and(|t| !t.span().as_str(self.text).trim_end().ends_with(','));
            runs_on
                && q > 0
                && toks[q - 1].is_word()
                && toks[q - 1].is_lower()
                && toks[q - 1].para == toks[e].para
        };
        let after_quote = j == lo
            || (quoted(j.wrapping_sub(1)) && !inside_clause(j - 1))
            // "“Q” for Clinton, said Kunin": the clause opened with a quote.
            || (comma_before && lo > 0 && quoted(lo - 1))
            || (comma_before && quoted(j.wrapping_sub(2)));
        if after_quote
            && !participle
            && !lexicon::lemma_is(cue.lemma, lexicon::ADDRESSEE_VERB)
            && k < toks.len()
            && toks[k].para == toks[v].para
        {
            let hi = (k + 10).min(toks.len());
            if let Some(m) = speakers::mention_starting_at(self.text, toks, k, hi) {
                let hi = (k + 24).min(toks.len());
                let m = speakers::joint_speakers(self.text, toks, m, k, hi);
                let last = self.token_end(m.span.end);
                return Some((Some(m), v, last));
            }
        }
        None
    }

    /// Whether the verb at token `v` is a participle ("…, saying"), not
    /// a progressive with its auxiliary ("Sanders, …, is pledging"), or a
    /// perfect participle ("…, having described him as").
    fn is_participle(&self, v: usize) -> bool {
        let before = || v.checked_sub(1).map(|k| self.word(k));
        if self.word(v).ends_with("ing") {
            !before().is_some_and(|w| PROGRESSIVE_AUXILIARIES.contains_ignore_ascii_case(w))
        } else {
            before() == Some("having")
        }
    }

    /// The speaker named right after verb `cue` when the name closes its
    /// clause ("…, said Wilcox.", "…, said Wilcox, a Republican"): no
    /// object of the verb ("said Clinton was lying") nor addressee ("told
    /// CNN").
    fn inverted_after_paraphrase(&self, cue: &Cue) -> Option<(Option<Mention>, usize, usize)> {
        let v = cue.token;
        if lexicon::lemma_is(cue.lemma, lexicon::ADDRESSEE_VERB) {
            return None;
        }
        let toks = self.tokens;
        let hi = (v + 11).min(toks.len());
        let m = speakers::mention_starting_at(self.text, toks, v + 1, hi)?;
        // A name: a description there is as often the verb's object.
        if m.first_token != v + 1 || m.kind != MentionKind::Name {
            return None;
        }
        let m = speakers::joint_speakers(self.text, toks, m, v, (v + 24).min(toks.len()));
        let last = self.token_end(m.span.end);
        let closes = toks.get(last + 1).is_none_or(|n| {
            n.para != toks[v].para || matches!(n.ascii_char(self.text), Some(b'.' | b',' | b';'))
        });
        closes.then_some((Some(m), v, last))
    }

    /// The person's name apposed to subject `m`, a description or a
    /// party's word, set off by commas before token `hi` ("The
    /// subcommittee’s ranking Democrat, Rep. Miles Kessane of Vandalia,
    /// came …"), with the token before its closing comma.
    fn apposed_person(&self, m: &Mention, hi: usize) -> Option<(Mention, usize)> {
        // (The cheap test first: this runs for every clause's subject.)
        // ("The Finance Minister, Jane Smith, said in a statement": or an
        // office in capitals after "the", read as a name.)
        let end = self.token_end(m.span.end);
        // ("His Chief Press Secretary, Tunde Olatunji-Bello, speaking by
        // telephone,": or after a possessive determiner.)
        let office = m.kind == MentionKind::Name
            && self.tokens[end].is_capitalised()
            && self.tokens[end].has(lexicon::TITLE)
            && (self.word(m.first_token).eq_ignore_ascii_case("the")
                || speakers::POSSESSIVE_DETERMINERS
                    .contains_ignore_ascii_case(self.word(m.first_token))
                || (m.first_token > 0
                    && (speakers::POSSESSIVE_DETERMINERS
                        .contains_ignore_ascii_case(self.word(m.first_token - 1))
                        // ("the state’s Corrective Services Minister,
                        // Bronwyn Tallis,": or a noun's possessive.)
                        || (self.tokens[m.first_token - 1].is_lower()
                            && crate::text::is_possessive(self.word(m.first_token - 1))))));
        if m.kind != MentionKind::Description && m.name.as_str(self.text).contains(' ') && !office {
            return None;
        }
        // (A party's word alone reads as a person's name: "Democrat".)
        let party = m.first_token == end && self.tokens[end].has(lexicon::PARTY);
        if !(m.kind == MentionKind::Description || party || office) {
            return None;
        }
        // ("One of the swimmers left out of the relay squad, Luca Bertoldi,
        // won": past a participle's phrase on the description.)
        let comma = if self.tokens.get(end + 1).is_some_and(|t| {
            m.kind == MentionKind::Description && speakers::is_past_form(self.text, t)
        }) {
            (end + 2..hi.min(end + 2 + PARTICIPLE_PHRASE_TOKENS))
                .find(|&k| !self.tokens[k].is_word() || self.tokens[k].quoted)?
        } else {
            end + 1
        };
        if !self.tokens.get(comma).is_some_and(|t| t.is_punct(',')) {
            return None;
        }
        // ("The opposition party, the Rally for Democracy and Progress,
        // said": a body's name apposed to a noun for a body.)
        if m.kind == MentionKind::Description
            && crate::referents::is_body_noun(speakers::head_noun(m.name.as_str(self.text)))
        {
            let close = (comma + 1..hi.min(comma + 2 + speakers::APPOSED_BODY_TOKENS))
                .find(|&k| !self.tokens[k].is_word() || self.tokens[k].quoted)
                .filter(|&k| self.tokens[k].is_punct(','));
            if let Some(b) = close
                .and_then(|c| speakers::apposed_body_name(self.text, self.tokens, comma + 1, c))
            {
                return Some((b, close? - 1));
            }
        }
        let n = speakers::mention_starting_at(self.text, self.tokens, comma + 1, hi)
            .filter(|n| n.is_person_name() && n.first_token == comma + 1)?;
        let close = speakers::past_place(self.text, self.tokens, self.token_end(n.span.end) + 1);
        (close <= hi && self.tokens.get(close).is_some_and(|t| t.is_punct(',')))
            .then_some((n, close - 1))
    }

    /// The mention that opens the clause starting at token `lo` (after
    /// conjunctions and fillers), if it is followed by a comma, a
    /// parenthesis or a verb, and ends before token `hi`.
    fn clause_subject(&self, lo: usize, hi: usize) -> Option<Mention> {
        let mut s = lo;
        // (Not "On" of "On Monday, …": an introductory phrase, skipped
        // whole below.)
        let introduces = |s: usize| {
            self.tokens[s].has(lexicon::CLAUSE_OPENER)
                && (s + 1..hi.min(s + 6)).any(|k| self.tokens[k].is_punct(','))
        };
        while s < hi
            && self.tokens[s].is_word()
            && ((is_filler(&self.tokens[s], self.text) && !introduces(s))
                || self.tokens[s].has(lexicon::CONJUNCTION))
        {
            s += 1;
        }
        // "In a statement Tuesday, Trump said": skip the introductory
        // phrase up to its comma.
        let s = self.past_introduction(s, hi);
        let mut m = speakers::mention_starting_at(self.text, self.tokens, s, hi)?;
        // "Maricopa County (Ariz.) Sheriff Joe Arpaio": a place and its
        // state in parentheses before the title and name.
        let mut end = self.token_end(m.span.end);
        if self.tokens.get(end + 1).is_some_and(|t| t.is_punct('(')) {
            let close = (end + 2..hi.min(end + 8)).find(|&k| self.tokens[k].is_punct(')'));
            if let Some(c) = close.filter(|&c| {
                self.tokens
                    .get(c + 1)
                    .is_some_and(|t| t.is_capitalised() && c + 1 < hi)
            }) {
                if let Some(n) = speakers::mention_starting_at(self.text, self.tokens, c + 1, hi)
                    .filter(|n| n.is_person_name())
                {
                    m = n;
                    end = self.token_end(m.span.end);
                }
            }
        }
        if let Some((n, n_end)) = self.apposed_person(&m, hi) {
            m = n;
            end = n_end;
        }
        let next = self.tokens.get(end + 1)?;
        let follows = next.is_punct(',') || next.is_punct('(') || (next.is_lower() && end + 1 < hi);
        // ("Indian artificial intelligence start-ups warned": a people's
        // word before a noun's modifier is an adjective, no name.)
        let adjective = m.first_token == end
            && m.title.is_none()
            && self.tokens[end].has(lexicon::GROUP)
            && !crate::cues::is_plural_form(self.word(end))
            && next.is_lower()
            && !next.has(lexicon::COMPLEMENT | lexicon::CONJUNCTION | lexicon::RELATIVE)
            && next.lemma().is_none()
            && !speakers::is_past_form(self.text, next)
            && !is_filler(next, self.text);
        (follows && !adjective && m.first_token >= lo && end < hi && !self.is_dateline(&m))
            .then_some(m)
    }

    /// Whether a mention is the dateline opening a paragraph, in capitals
    /// ("WASHINGTON, …", "JACKSON, Miss. — …"): a place, no subject.
    fn is_dateline(&self, m: &Mention) -> bool {
        self.opens_paragraph(m.first_token) && crate::text::in_capitals(m.span.as_str(self.text))
    }

    /// Whether token `k` is the first of its paragraph.
    fn opens_paragraph(&self, k: usize) -> bool {
        k == 0
            || self
                .tokens
                .get(k)
                .is_some_and(|t| t.para != self.tokens[k - 1].para)
    }

    /// The first mention between tokens `lo` and `hi` that stands as a
    /// subject: a name or pronoun not after a preposition, followed by a
    /// lower-case word, a comma or a parenthesis.
    fn first_subject(&self, lo: usize, hi: usize) -> Option<Mention> {
        // "Amid the uproar, The Blaze's Matt Walsh …, saying": the subject
        // comes after an introductory phrase.
        let lo = self.past_introduction(lo, hi);
        // A subject followed by its verb first ("…, Trump went after
        // Bush"), else one followed by a comma ("Trump, who…").
        self.first_subject_followed(lo, hi, false)
            .or_else(|| self.first_subject_followed(lo, hi, true))
    }

    fn first_subject_followed(&self, lo: usize, hi: usize, comma: bool) -> Option<Mention> {
        let mut k = lo;
        while k < hi {
            let t = &self.tokens[k];
            let after_prep =
                k > lo && (self.tokens[k - 1].has(lexicon::COMPLEMENT) || self.after_place(k));
            let pronoun = t
                .pronoun()
                .is_some_and(|g| matches!(g, Gender::Male | Gender::Female | Gender::Plural));
            // A name is read from its first word ("through Center City"
            // is not "City").
            let name = t.is_capitalised()
                && !t.has(lexicon::NOT_NAME)
                && !(k > lo && self.tokens[k - 1].name_part);
            // "The Florida senator …, saying": a description opening the
            // clause.
            let opening = k == lo && t.is_word();
            // ("The police chief in this St. Louis suburb fired": not a
            // name that modifies the noun of a phrase opened by "this" or
            // "a".)
            let modifier = name
                && k > lo
                && matches!(self.word(k - 1), "this" | "these" | "those" | "a" | "an");
            let candidate = t.is_word() && !after_prep && !modifier && (pronoun || name || opening);
            if candidate {
                if let Some(mut m) = speakers::mention_starting_at(self.text, self.tokens, k, hi) {
                    let end = self.token_end(m.span.end);
                    // "Senator Bernie Sanders of Vermont endorsed": the
                    // place after "of" belongs to the name.
                    let mut after = end + 1;
                    // ("The director of the National Disease Control Agency
                    // defended …, telling": a description's body after
                    // "the" too.)
                    let the = usize::from(
                        m.kind == MentionKind::Description && self.word(after + 1) == "the",
                    );
                    if self.word(after) == "of"
                        && self
                            .tokens
                            .get(after + 1 + the)
                            .is_some_and(|t| t.name_part)
                    {
                        after += 1 + the;
                        while after < hi && self.tokens[after].name_part {
                            after += 1;
                        }
                        // ("The head of Services Australia has apologised
                        // …, telling": and to a description, whole.)
                        if m.kind == MentionKind::Description {
                            m = speakers::headed_by(m, self.tokens[after - 1].span().end);
                        }
                    }
                    // ("Republicans on Capitol Hill seized on …, arguing",
                    // "One operative inside Trump Tower": a group's or a
                    // description's place goes with it.)
                    if after == end + 1
                        && (m.kind == MentionKind::Description
                            || m.speaker_kind == SpeakerKind::Group)
                        && matches!(
                            self.word(after),
                            "in" | "on" | "at" | "inside" | "outside" | "from" | "near"
                        )
                        && {
                            // (Past "the": "Democrats on the Harbour Council".)
                            let the = usize::from(self.word(after + 1) == "the");
                            self.tokens
                                .get(after + 1 + the)
                                .is_some_and(|t| t.name_part)
                        }
                    {
                        let mut e = after + 1 + usize::from(self.word(after + 1) == "the");
                        while e < hi && self.tokens[e].name_part {
                            e += 1;
                        }
                        after = e;
                        m = speakers::headed_by(m, self.tokens[e - 1].span().end);
                    }
                    // "Sen. Bernie Sanders (I-Vt.) visited": past a short
                    // parenthesis after the name.
                    if self.tokens.get(after).is_some_and(|t| t.is_punct('(')) {
                        if let Some(close) =
                            (after + 1..hi.min(after + 8)).find(|&k| self.tokens[k].is_punct(')'))
                        {
                            after = close + 1;
                        }
                    }
                    // Followed by a verb-like word, not a preposition.
                    let follows = self.tokens.get(after).is_some_and(|n| {
                        // An auxiliary counts ("Trump has delivered").
                        let verbish = n.is_lower()
                            && (n.lemma().is_some()
                                || n.has(lexicon::FILLER)
                                || !n.has(lexicon::NOT_NAME));
                        // "Mr. Trump, who said …, issued", "The two
                        // lawmakers, however, argue": the mention opening
                        // the clause, before a comma, is its subject.
                        // "The cleric Anwar Awlaki, who …": read from
                        // the clause's first word.
                        let opening = (m.first_token == lo || k == lo) && n.is_punct(',');
                        after < hi
                            && (verbish
                                || opening
                                || (comma && (n.is_punct(',') || n.is_punct('('))))
                    });
                    if follows
                        && !self.is_dateline(&m)
                        && (m.kind != MentionKind::Description || m.first_token == lo)
                    {
                        return Some(m);
                    }
                    // ("A former board member of a Cambridge biotech company
                    // told …, writing": a description opening the clause
                    // with its prepositional phrase, up to the verb.)
                    if m.kind == MentionKind::Description && m.first_token == lo {
                        if let Some(d) = self.description_with_phrase(&m, after, hi) {
                            return Some(d);
                        }
                    }
                    k = end + 1;
                    continue;
                }
            }
            k += 1;
        }
        None
    }

    /// The gender of the subject pronoun right after the question word of
    /// an "Asked whether …" phrase that opens the sentence and ends right
    /// before the subject at token `first` ("Asked whether she expected
    /// further closures, Garstang said": female).
    fn asked_gender(&self, first: usize) -> Option<Gender> {
        let toks = self.tokens;
        if first < 4 || !toks[first - 1].is_punct(',') {
            return None;
        }
        let start = self.sentence_start(first, OPENING_QUESTION_TOKENS);
        if !ASKED_OPENERS.contains(self.word(start))
            || !speakers::opens_sentence(self.text, toks, start)
        {
            return None;
        }
        let phrase = start + 1..first - 1;
        if toks[phrase.clone()]
            .iter()
            .any(|t| t.quoted || t.is_punct(','))
        {
            return None;
        }
        phrase
            .clone()
            .find(|&k| lexicon::QUESTION_OPENERS.contains(self.word(k)) && k + 1 < phrase.end)
            .and_then(|k| match self.word(k + 1) {
                "he" => Some(Gender::Male),
                "she" => Some(Gender::Female),
                _ => None,
            })
    }

    /// Whether the mention at token `first` stands in an agent's phrase
    /// opened after token `lo`: "by" after a past participle, a few
    /// tokens before it, past the titles and appositives of the agents
    /// ("headed by Aldo Ferrante", "signed by the FLC President, Comrade
    /// Osaro Uwaifo, and the General Secretary, Comrade Hauwa Ringim").
    fn in_agent_phrase(&self, lo: usize, first: usize) -> bool {
        (first.saturating_sub(AGENT_PHRASE_TOKENS).max(lo + 1)..first)
            .rev()
            .take_while(|&k| !self.tokens[k].quoted && !speakers::is_dash(self.tokens, k))
            .any(|k| {
                self.word(k) == "by"
                    && (speakers::is_past_form(self.text, &self.tokens[k - 1])
                        || self.word(k - 1).ends_with("en"))
            })
    }

    /// The description `m` with the prepositional phrase at token `after`
    /// that ends at a verb ("A former board member" of "A former board
    /// member of a Cambridge biotech company told"), before token `hi`.
    fn description_with_phrase(&self, m: &Mention, after: usize, hi: usize) -> Option<Mention> {
        if !matches!(self.word(after), "of" | "for" | "at" | "from" | "with") {
            return None;
        }
        let verb = (after + 1..hi.min(after + 8)).find(|&q| {
            let t = &self.tokens[q];
            // (Past a plural's apostrophe: "with 12 years’ experience".)
            let apostrophe = t.is_punct('’') || t.is_punct('\'');
            (!t.is_word() && !apostrophe)
                || (t.is_lower() && (t.lemma().is_some() || t.has(lexicon::FILLER)))
        })?;
        if verb <= after + 1 || !self.tokens[verb].is_word() {
            return None;
        }
        speakers::mention_ending_at(self.text, self.tokens, verb - 1, m.first_token)
            .filter(|d| d.kind == MentionKind::Description && d.first_token == m.first_token)
    }

    /// The first token after the introductory phrase ("In a statement,",
    /// "Amid the uproar,") that opens the clause at `lo`, if it has one
    /// and its comma comes before `hi`.
    fn past_introduction(&self, lo: usize, hi: usize) -> usize {
        let mut s = lo;
        // "JACKSON, Miss. — A federal judge …": past a dateline.
        if self.opens_paragraph(lo) {
            if let Some(end) = speakers::dateline_end(self.text, self.tokens, lo) {
                if end < hi {
                    s = end;
                }
            }
        }
        // "At a rally in Portsmouth, N.H., on Tuesday, Sanders …": a state
        // after the place, and a second phrase, are skipped too.
        for _ in 0..3 {
            let Some(t) = self.tokens.get(s).filter(|_| s < hi) else {
                break;
            };
            let state = s > lo && t.has(lexicon::PLACE);
            // ("In the Senate, where Democrats hold a narrow majority,
            // the chairwoman …": a relative clause on the phrase.)
            let relative = s > lo && matches!(self.word(s), "where" | "when" | "which");
            // ("Standing on a hay wagon, Sandemose …": a participle
            // opening the clause.)
            let w = self.word(s);
            let participle = t.is_capitalised()
                && w.len() > 5
                && w.ends_with("ing")
                && t.first_name().is_none()
                && self.tokens.get(s + 1).is_some_and(|n| n.is_lower());
            // ("An hour into the session, a protester …", "Minutes later,
            // …": a stretch of time and its preposition.)
            let time = || {
                (s..(s + 3).min(hi)).any(|k| {
                    matches!(
                        self.word(k + 1),
                        "into" | "after" | "later" | "before" | "earlier" | "in"
                    ) && TIME_SPANS.contains_ignore_ascii_case(self.word(k))
                })
            };
            if !t.has(lexicon::CLAUSE_OPENER) && !state && !relative && !participle && !time() {
                break;
            }
            // ("In 2021 the museum rejected …": a year after the opener,
            // no comma before the subject's article.)
            let year = |k: usize| {
                self.tokens.get(k).is_some_and(|y| {
                    let w = y.span().as_str(self.text);
                    w.len() == 4 && w.parse::<u32>().is_ok_and(|n| (1800..=2100).contains(&n))
                })
            };
            if t.is_capitalised()
                && year(s + 1)
                && s + 2 < hi
                && crate::cues::is_determiner(self.word(s + 2))
            {
                s += 2;
                break;
            }
            match (s..hi).find(|&k| self.tokens[k].is_punct(',')) {
                Some(c) => s = c + 1,
                None => break,
            }
        }
        s
    }

    /// Whether token `k` is the state after a place ("in Carson, Calif.,
    /// highlighting"): a place word (`places.txt`, with the states'
    /// abbreviations) between commas, after a name that follows a
    /// preposition.
    fn after_place(&self, k: usize) -> bool {
        if k < 3
            || !self.tokens[k].has(lexicon::PLACE)
            || !self.tokens[k - 1].is_punct(',')
            || !self.tokens.get(k + 1).is_some_and(|n| n.is_punct(','))
        {
            return false;
        }
        let mut j = k - 2;
        while j > 0 && self.tokens[j].name_part {
            j -= 1;
        }
        j + 2 < k && self.tokens[j].has(lexicon::COMPLEMENT)
    }

    /// Index of the token that ends at byte `end`.
    fn token_end(&self, end: usize) -> usize {
        self.tokens
            .partition_point(|t| t.span().end <= end)
            .saturating_sub(1)
    }

    /// Whether a name mention says which of two namesakes it means by
    /// age: `Some(true)` for "the elder Pritchett" (or "the older"),
    /// `Some(false)` for "the younger Pritchett".
    fn seniority(&self, m: &Mention) -> Option<bool> {
        let at = m.title.map_or(m.name.start, |t| t.start);
        // (From the mention's first token, a step or two: this runs for
        // every name resolved.)
        let mut k = m.first_token.min(self.tokens.len());
        while self.tokens.get(k).is_some_and(|t| t.span().start < at) {
            k += 1;
        }
        self.seniority_at(k)
    }

    /// [`Self::seniority`] of a name whose first token, its title's if it
    /// has one, is `k`: "the elder Pritchett" (where "elder" may read as a
    /// title of its own), "the elder Mr. Ulrich", "the younger Lanteigne".
    fn seniority_at(&self, k: usize) -> Option<bool> {
        let senior = |w: &str| {
            if w.eq_ignore_ascii_case("elder") || w.eq_ignore_ascii_case("older") {
                Some(true)
            } else if w.eq_ignore_ascii_case("younger") {
                Some(false)
            } else {
                None
            }
        };
        let (elder, the) = match senior(self.word(k)) {
            Some(e) => (e, k.checked_sub(1)?),
            None => (senior(self.word(k.checked_sub(1)?))?, k.checked_sub(2)?),
        };
        self.word(the).eq_ignore_ascii_case("the").then_some(elder)
    }

    /// The entity a mention refers to.
    fn resolve(&mut self, m: &Mention, at: usize) -> Option<usize> {
        let text = self.text;
        // ("A Conservative MP said", "said a Labour MSP": a party and a
        // title after an article describe someone, and name no one.)
        if let Some(d) = self.party_title_description(m) {
            return Some(self.entities.get_or_add(
                d.as_str(text),
                SpeakerKind::Group,
                None,
                Gender::Unknown,
            ));
        }
        match m.kind {
            MentionKind::Name => {
                let name = m.name.as_str(text);
                let title = m.title.map(|t| t.as_str(text));
                // "Orvane said" after "Orvane Devices Corp.": the company's
                // full name (a lone word no person's name is known by).
                // ("Unite has asked" after "the union Unite": a body.)
                if m.speaker_kind == SpeakerKind::Person && self.register.is_body(text, name) {
                    // (By its fullest name: "Kestrel Rock, which is betting
                    // …" after "Kestrel Rock Research"; first a company's the
                    // name opens, "Vigilant Lens" of "Vigilant Lens
                    // Technologies".)
                    let name = self
                        .register
                        .company_named(text, name)
                        .or_else(|| self.register.fullest(text, name, Gender::Unknown))
                        .map_or(name, |f| without_legal_form(f.as_str(text), name));
                    return Some(self.entities.get_or_add(
                        name,
                        SpeakerKind::Organisation,
                        None,
                        Gender::Unknown,
                    ));
                }
                // "The PCM said" after "the Progressive Civic Movement
                // (PCM)": the name its initials stand for.
                if let Some(full) = self.register.spelt_out(name) {
                    return Some(self.entities.get_or_add(
                        full.as_str(text),
                        SpeakerKind::Organisation,
                        None,
                        Gender::Unknown,
                    ));
                }
                // (The company first: most texts name none.)
                let company = self.register.company_named(text, name).filter(|_| {
                    // ("Chippewa Landing said" after "Chippewa Landing
                    // LLC": several words too, when no given name opens
                    // them.)
                    m.speaker_kind != SpeakerKind::Person
                        || (m.title.is_none()
                            && (!name.contains(' ') || speakers::given_name_gender(name).is_none())
                            && m.gender == Gender::Unknown
                            && self
                                .register
                                .fullest_near(text, name, Gender::Unknown, m.name.start)
                                .is_none_or(|f| f.as_str(text) == name))
                });
                if let Some(c) = company {
                    return Some(self.entities.get_or_add(
                        without_legal_form(c.as_str(text), name),
                        SpeakerKind::Organisation,
                        None,
                        Gender::Unknown,
                    ));
                }
                if m.speaker_kind != SpeakerKind::Person {
                    return Some(
                        self.entities
                            .get_or_add(name, m.speaker_kind, title, m.gender),
                    );
                }
                // "Cyril explained …" after "Malkia Cyril": a given name
                // used as a surname gives no gender.
                let mut m_gender = m.gender;
                // (A gender the text told otherwise stays: "Dragomir said
                // in her interview".)
                // ("Dr Nestor said" after "Aoibheann Nestor": a title that
                // tells no gender does not make the surname a given name.)
                if m.title
                    .is_none_or(|t| speakers::title_gender(t.as_str(text)).is_none())
                    && !name.contains(' ')
                    && self.register.is_surname(name)
                    && speakers::given_name_gender(name).is_some()
                {
                    m_gender = Gender::Unknown;
                }
                // "Asked whether she expected further closures, Garstang
                // said": the one asked is the subject, of the gender the
                // question's pronoun gives.
                if m_gender == Gender::Unknown && m.title.is_none() && !name.contains(' ') {
                    m_gender = self.asked_gender(m.first_token).unwrap_or(Gender::Unknown);
                }
                // ("Dame Elspeth said": an honour goes before a given name.)
                let honour = m.title.is_some_and(|t| {
                    HONOURS.contains_ignore_ascii_case(t.as_str(text).trim_end_matches('.'))
                });
                // "the elder Pritchett": of namesakes, the one the text
                // tells is the elder.
                let by_seniority = self.seniority(m).and_then(|elder| {
                    crate::referents::namesake_by_seniority(
                        text,
                        self.tokens,
                        self.register,
                        speakers::last_word(name),
                        elder,
                        // ("The elder Wickramaratne, who captains the
                        // Lions, admitted that dropping his brother …": or
                        // the gender of a possessive in the clause.)
                        match m.gender {
                            Gender::Unknown => speakers::own_possessive_gender(
                                text,
                                self.tokens,
                                self.token_end(m.name.end),
                            )
                            .unwrap_or(Gender::Unknown),
                            g => g,
                        },
                    )
                });
                // "Okwudiba, 31, said": of namesakes, the one of that age.
                let by_age = || {
                    let after = self.token_end(m.name.end) + 1;
                    (!name.contains(' '))
                        .then(|| crate::referents::age_after(text, self.tokens, after))
                        .flatten()
                        .and_then(|age| {
                            crate::referents::namesake_by_age(
                                text,
                                self.tokens,
                                self.register,
                                name,
                                age,
                            )
                        })
                };
                let full = by_seniority
                    .or_else(by_age)
                    .or_else(|| {
                        honour
                            .then(|| {
                                self.register.by_given_name(
                                    text,
                                    name,
                                    m_gender,
                                    m.name.start,
                                    true,
                                )
                            })
                            .flatten()
                    })
                    .or_else(|| {
                        self.register
                            .fullest_near(text, name, m_gender, m.name.start)
                    })
                    // ("Nurul Aisyah Rahman … said Ms Nurul": where no full
                    // name ends with the word after an honorific, Malay and
                    // Indonesian usage, it is the given name of one that
                    // opens with it.)
                    .or_else(|| {
                        (m.title
                            .is_some_and(|t| speakers::is_surname_honorific(t.as_str(text)))
                            && !name.contains(' ')
                            && !self.register.is_surname(name))
                        .then(|| {
                            self.register
                                .by_given_name(text, name, m_gender, m.name.start, true)
                        })
                        .flatten()
                    })
                    .map_or(name, |s| s.as_str(text));
                let gender = if m_gender == Gender::Unknown {
                    speakers::given_name_gender(full)
                        .unwrap_or_else(|| self.register.addressed_gender(text, full))
                } else {
                    m_gender
                };
                // "Mrs. Weitz" after "Rep. Abner Weitz … Mr. Weitz said":
                // the full name is his; she is someone else of that name.
                let full =
                    if full != name && self.entities.clashes(full, SpeakerKind::Person, gender) {
                        name
                    } else {
                        full
                    };
                // ("Albert and Edna Butterworth … said Mr Butterworth" before
                // or after "Their eldest son, Keith Butterworth": not a
                // namesake the text introduces later, or as a relative.)
                if full != name
                    && !name.contains(' ')
                    && self.register.later_or_relative(text, full, m.name.start)
                {
                    if let Some(paired) =
                        self.register
                            .paired_before(text, name, m_gender, m.name.start)
                    {
                        return Some(self.entities.get_or_add(
                            &paired,
                            SpeakerKind::Person,
                            title,
                            m_gender,
                        ));
                    }
                }
                // "Brenda" or "Mr Rafferty-Ives" after "Brenda and Maureen
                // Atherley", "Colm and Bernadette Rafferty-Ives".
                if full == name {
                    if let Some(paired) = self.register.paired_name(text, name, gender) {
                        return Some(self.entities.get_or_add(
                            &paired,
                            SpeakerKind::Person,
                            title,
                            gender,
                        ));
                    }
                }
                Some(
                    self.entities
                        .get_or_add(full, SpeakerKind::Person, title, gender),
                )
            }
            // "A German tourist, who gave his name only as Jonas, said": the
            // name the relative clause gives.
            MentionKind::Description => {
                let last = self.token_end(m.span.end);
                if let Some(name) = speakers::name_given_after(text, self.tokens, last) {
                    let name = name.as_str(text);
                    let gender = speakers::given_name_gender(name).unwrap_or(m.gender);
                    return Some(
                        self.entities
                            .get_or_add(name, SpeakerKind::Person, None, gender),
                    );
                }
                Some(self.entities.get_or_add(
                    m.name.as_str(text),
                    SpeakerKind::Group,
                    None,
                    m.gender,
                ))
            }
            // The antecedent comes before the pronoun, not between it and
            // its verb ("he supported Obama and said").
            MentionKind::Pronoun(g) => {
                let at = at.min(self.token_at(m.name.start));
                // "Curtis Vandermeer, he said, was …": a parenthetical
                // report is not about the subject it interrupts.
                let p = m.first_token;
                let toks = self.tokens;
                let interrupted = (p >= 2
                    && toks[p - 1].is_punct(',')
                    && toks[p - 2].name_part
                    && toks.get(p + 1).is_some_and(|v| v.lemma().is_some())
                    && toks.get(p + 2).is_some_and(|c| c.is_punct(',')))
                .then(|| speakers::mention_ending_at(self.text, toks, p - 2, p.saturating_sub(8)))
                .flatten()
                .filter(Mention::is_person_name);
                if g == Gender::Neuter {
                    if let Some(e) = self.statement_antecedent(p) {
                        return Some(e);
                    }
                }
                if let Some(e) = self.document_sender(p, g) {
                    return Some(e);
                }
                if g == Gender::Neuter {
                    if let Some(e) = self.body_subject_before(p) {
                        return Some(e);
                    }
                }
                match interrupted {
                    Some(n) => self.resolve_pronoun_outside(g, at, n.name.as_str(self.text)),
                    // ("The farmers’ collective submitted a memorandum.
                    // “…,” they wrote": a body opening a sentence before,
                    // when no group or person fits "they".)
                    None => self.resolve_pronoun(g, at).or_else(|| {
                        (g == Gender::Plural)
                            .then(|| self.body_subject_before(p))
                            .flatten()
                            // (A body's, not a lone word read as a name's:
                            // "Wages remain low".)
                            .filter(|&e| {
                                let s = &self.entities.list[e];
                                s.kind != SpeakerKind::Person && s.name.contains(' ')
                            })
                    }),
                }
            }
        }
    }

    /// "a letter from Ruttledge to the court, in which he wrote": a
    /// pronoun of gender `g` at token `p`, right after "in which" on a
    /// document from a named person, stands for that person.
    fn document_sender(&mut self, p: usize, g: Gender) -> Option<usize> {
        let toks = self.tokens;
        if p < 4
            || !matches!(g, Gender::Male | Gender::Female)
            || self.word(p - 1) != "which"
            || self.word(p - 2) != "in"
            || !toks[p - 3].is_punct(',')
        {
            return None;
        }
        let comma = p - 3;
        let lo = p.saturating_sub(16);
        let noun = (lo..comma)
            .rev()
            .find(|&k| toks[k].is_lower() && toks[k].has(lexicon::STATEMENT_NOUN))?;
        let from = (noun + 1..comma).find(|&k| self.word(k) == "from")?;
        let m = speakers::mention_starting_at(self.text, toks, from + 1, comma)
            .filter(Mention::is_person_name)?;
        let e = self.resolve(&m, p)?;
        (!speakers::gender_clash(g, self.entities.list[e].gender)).then_some(e)
    }

    /// "The Ministry of Justice rejected the findings. In a statement, it
    /// said …": the body a sentence of the pronoun's paragraph opens with,
    /// nearest first, for "it", when no one spoke between. A name with no
    /// given name known is a body's there. `p` is the pronoun's token.
    fn body_subject_before(&mut self, p: usize) -> Option<usize> {
        let toks = self.tokens;
        let para = toks[p].para;
        // (A one-word name read as a person's, only in a sentence before:
        // in "Onyeama called the bonuses, offered under a program it has
        // branded …", "it" is someone else; "Johannesburg Water has
        // blamed …, as well as what it called …" is the body.)
        let own = self.sentence_start(p, 80);
        let m = (p.saturating_sub(BODY_TOKENS_BACK)..p)
            .rev()
            .take_while(|&k| toks[k].para == para)
            .filter(|&k| speakers::opens_sentence(self.text, toks, k))
            .find_map(|k| {
                // ("The hospital has offered …": a body's description up to
                // its noun, whatever follows.)
                let body_end = (k + 1..(k + 5).min(p)).find(|&j| {
                    crate::referents::names_a_body(
                        self.text,
                        toks,
                        Span::new(toks[k].span().start, toks[j].span().end),
                    ) && toks.get(j + 1).is_none_or(|n| {
                        // (Nor a body's name going on: "The Ministry of
                        // Justice".)
                        let w = n.span().as_str(self.text);
                        !(n.is_lower()
                            && (n.has(lexicon::GROUP | lexicon::TITLE | lexicon::ORGANISATION)
                                || crate::referents::is_body_noun(w)))
                            && !(matches!(w, "of" | "for") || n.is_capitalised())
                    })
                });
                if let Some(j) = body_end {
                    let span = Span::new(toks[k].span().start, toks[j].span().end);
                    return Some(speakers::description_mention(
                        span,
                        k,
                        SpeakerKind::Organisation,
                        Gender::Neuter,
                    ));
                }
                speakers::mention_starting_at(self.text, toks, k, p).filter(|m| match m.kind {
                    MentionKind::Name => {
                        m.speaker_kind == SpeakerKind::Organisation
                            || (m.speaker_kind == SpeakerKind::Person
                                && (k < own || m.name.as_str(self.text).contains(' '))
                                && m.title.is_none()
                                && m.gender == Gender::Unknown
                                && speakers::given_name_gender(m.name.as_str(self.text)).is_none())
                    }
                    MentionKind::Description => {
                        crate::referents::names_a_body(self.text, toks, m.span)
                    }
                    MentionKind::Pronoun(_) => false,
                })
            })?;
        // (A description for the body named before it: "The company has
        // offered 5.5 per cent, which it says is …" after "Carrick Port
        // Holdings".)
        let named = (m.kind == MentionKind::Description)
            .then(|| self.body_spoken_before(m.span))
            .flatten();
        let e = named.or_else(|| self.resolve(&m, p))?;
        // (No one else spoke between: its own report may.)
        let name = &self.entities.list[e].name;
        let from = self
            .history
            .partition_point(|&(pos, _)| pos < m.first_token);
        let to = self.history.partition_point(|&(pos, _)| pos < p);
        let alone = self.history[from..to]
            .iter()
            .all(|&(_, o)| self.entities.list[o].name == *name);
        // (A name read as a person's is a body's, taken up by "it".)
        if alone {
            self.learn_gender(e, Gender::Neuter);
        }
        alone.then_some(e)
    }

    /// "Jurors were shown a text message Mossop sent. It read: “…”": "It"
    /// opening a sentence after one that names a statement stands for the
    /// statement's sender, named right after the noun ("a statement she
    /// wrote"), as its possessor ("Ashford's letter") or as the subject of
    /// that sentence ("The company sent a letter"); else for the statement
    /// itself ("the letter"). `p` is the pronoun's token.
    fn statement_antecedent(&mut self, p: usize) -> Option<usize> {
        let toks = self.tokens;
        // ("issued a statement. “Republicans have chosen the past,” it
        // said": or "it" right after a quote opening the next sentence.)
        let mut at = p;
        while at > 0 && toks[at - 1].quoted && p - at < 4 {
            at -= 1;
        }
        if !speakers::opens_sentence(self.text, toks, at) {
            return None;
        }
        let start = self.sentence_start(at.checked_sub(2)?, 40);
        if toks[start].para + 1 < toks[p].para {
            return None;
        }
        let p = at;
        let k = (start..p).rev().find(|&k| {
            let t = &toks[k];
            t.is_lower() && !t.quoted && t.has(lexicon::STATEMENT_NOUN)
        })?;
        // ("the company wrote in its statement. It added": the pronoun
        // before the noun already stands for its sender.)
        if k > 0 && matches!(self.word(k - 1), "its" | "his" | "her" | "their") {
            return None;
        }
        // "a text message Mossop sent", "a statement she wrote".
        let sender = self
            .sender_after(k, p)
            .or_else(|| speakers::statement_owner(self.text, toks, k, start))
            .or_else(|| self.clause_subject(start, k));
        if let Some(m) = sender {
            return self.resolve(&m, k);
        }
        // ("“…,” the coalition said in a statement. It called": the one a
        // report in the sentence names, before the noun.)
        let from = self.events.partition_point(|e| e.cue.token < start);
        if let Some(e) = self.events[from..]
            .iter()
            .take_while(|e| e.cue.token < k)
            .filter_map(|e| e.entity)
            .last()
        {
            return Some(e);
        }
        let d = speakers::mention_ending_at(self.text, toks, k, start)
            .filter(|d| d.kind == MentionKind::Description)?;
        self.resolve(&d, k)
    }

    /// The subject of predicates listed after semicolons, for the clause
    /// opening at token `lo` right after one ("Mr. Trump has denounced the
    /// pope; praised Saddam Hussein …; and declared that torture
    /// ''works''"): the subject that opens the sentence, past an
    /// introductory phrase.
    fn listed_subject(&self, lo: usize) -> Option<Mention> {
        if lo == 0 || !self.tokens[lo - 1].is_punct(';') {
            return None;
        }
        let s = self.sentence_start(lo - 1, 60);
        let opens = self.past_introduction(s, lo - 1);
        self.first_subject(s, lo - 1)
            .filter(|m| m.first_token == opens && m.kind != MentionKind::Pronoun(Gender::Neuter))
    }

    /// Whether the quotation opening at token `oi` follows a naming
    /// participle right after a noun ("a pattern sometimes called the
    /// “lipstick effect”", "a tactic dubbed “redboxing”"): a label, as
    /// after "so-called", with no one reporting it.
    fn names_after_noun(&self, oi: usize) -> bool {
        let Some(mut k) = oi.checked_sub(1) else {
            return false;
        };
        if matches!(self.word(k), "the" | "a" | "an") {
            k = k.saturating_sub(1);
        }
        if !NAMING_PARTICIPLES.contains(self.word(k)) {
            return false;
        }
        // Past adverbs ("sometimes", "widely", "also"), not an auxiliary
        // ("what one conservative has dubbed": a verb with its subject).
        let mut n = k;
        while n > 0 && {
            let a = self.word(n - 1);
            (a.len() > 4 && a.ends_with("ly"))
                || matches!(a, "sometimes" | "often" | "also" | "now")
        } {
            n -= 1;
        }
        let Some(noun) = n.checked_sub(1).map(|n| &self.tokens[n]) else {
            return false;
        };
        let nw = noun.span().as_str(self.text);
        noun.is_word()
            && noun.is_lower()
            && noun.para == self.tokens[k].para
            && noun.pronoun().is_none()
            && noun.lemma().is_none()
            && !noun.has(lexicon::COMPLEMENT | lexicon::CONJUNCTION | lexicon::FILLER | lexicon::GROUP)
            && !crate::text::is_regular_past(nw)
            // (A noun after a determiner: "a pattern", "the tactic".)
            && (n.saturating_sub(4)..n - 1)
                .any(|d| matches!(self.word(d), "a" | "an" | "the" | "this" | "that" | "what"))
    }

    /// The most recent entity a pronoun of gender `g` can refer to.
    fn resolve_pronoun(&mut self, g: Gender, at: usize) -> Option<usize> {
        self.resolve_pronoun_outside(g, at, "")
    }

    /// Like [`Self::resolve_pronoun`], for the speaker of `quoted`: a
    /// person named inside the quotation is not its speaker.
    fn resolve_pronoun_outside(&mut self, g: Gender, at: usize, quoted: &str) -> Option<usize> {
        // (The "he" or "she" who asks a question is the examiner first.)
        let asks = quoted.trim_end().ends_with('?')
            || self.tokens.get(at + 1).and_then(Token::lemma) == Some("ask");
        if asks {
            return self
                .examiner_before(g, at, quoted)
                .or_else(|| self.pronoun_antecedent(g, at, quoted));
        }
        self.pronoun_antecedent(g, at, quoted)
            .or_else(|| self.examiner_before(g, at, quoted))
    }

    /// "Cross-examined by Oluwaseun Adebayo KC, for the defence, she
    /// accepted …. ¶ “…?” he asked": when no one else fits a pronoun of
    /// gender `g` at token `at`, the person named after the "by" of a
    /// participle opening a sentence just before (the one who questions),
    /// if the pronoun fits them and `quoted` does not name them.
    fn examiner_before(&mut self, g: Gender, at: usize, quoted: &str) -> Option<usize> {
        if !matches!(g, Gender::Male | Gender::Female) || at >= self.tokens.len() {
            return None;
        }
        let para = self.tokens[at].para;
        let toks = self.tokens;
        let by = (at.saturating_sub(EXAMINER_TOKENS_BACK).max(1)..at)
            .rev()
            .take_while(|&k| toks[k].para + 1 >= para)
            .find(|&k| {
                let p = &toks[k - 1];
                // (Its sentence may open after a quotation: "“…” Cross-examined
                // by".)
                self.word(k) == "by"
                    && p.is_capitalised()
                    && crate::text::is_regular_past(self.word(k - 1))
                    && (speakers::opens_sentence(self.text, toks, k - 1)
                        || (k >= 2 && toks[k - 2].quoted))
            })?;
        let m = speakers::mention_starting_at(self.text, toks, by + 1, at)
            .filter(|m| m.is_person_name() && m.first_token == by + 1)?;
        // (Not when the one examined is of the pronoun's gender: "Asked by
        // Hargrove whether she supported a carbon tax, she hesitated. “…?”
        // she asked" is hers.)
        let examined = (by + 1..at)
            .take_while(|&k| !toks[k].is_sentence_stop(self.text))
            .find_map(|k| toks[k].pronoun().filter(|_| toks[k - 1].is_punct(',')));
        if examined == Some(g) {
            return None;
        }
        let examiner = speakers::SubjectMention {
            token: self.token_end(m.span.end),
            name: m.name,
            gender: m.gender,
            standalone: true,
            subject: false,
            unnamed: false,
            proper: false,
            possessor: false,
        };
        self.person_for_pronoun(examiner, g, &|name: &str| names_inside(quoted, name))
    }

    /// "That did little to reassure Lapointe-Morin. “…,” she said": the one
    /// person named in the sentence that opens the paragraph of the
    /// pronoun at token `at`, known to be of the pronoun's gender `g`, when
    /// that sentence has no person for its subject, names no one else, and
    /// the pronoun's quotation follows it at once.
    fn object_opening_paragraph(
        &mut self,
        g: Gender,
        at: usize,
        named_inside: &dyn Fn(&str) -> bool,
    ) -> Option<usize> {
        let para = self.tokens.get(at)?.para;
        let start = self.tokens.partition_point(|t| t.para < para);
        let q = (start..at).find(|&k| self.tokens[k].quoted)?;
        // (One sentence before the quotation, its full stop last.)
        let stop = |k: usize| self.tokens[k].is_sentence_stop(self.text);
        // (No pronoun in it: "Asked by Whitcombe whether …, she paused.")
        if q <= start + 1
            || !stop(q - 1)
            || (start..q - 1).any(|k| stop(k) || self.tokens[k].pronoun().is_some())
            || (q..at).any(|k| !self.tokens[k].quoted && !self.tokens[k].is_punct(','))
        {
            return None;
        }
        let subjects = &self.register.subjects;
        let lo = subjects.partition_point(|m| m.token < start);
        let hi = subjects.partition_point(|m| m.token < q);
        if subjects[lo..hi].iter().any(|m| m.subject || m.unnamed) {
            return None;
        }
        let mut found: Option<&str> = None;
        for m in &subjects[lo..hi] {
            let name = m.name.as_str(self.text);
            let full = self
                .register
                .fullest(self.text, name, Gender::Unknown)
                .map_or(name, |f| f.as_str(self.text));
            let known = speakers::given_name_gender(full).or_else(|| {
                self.entities
                    .person_of_gender(full, g)
                    .map(|e| self.entities.list[e].gender)
            });
            match (known, found) {
                (Some(k), None) if k == g && !m.possessor => found = Some(full),
                (Some(k), Some(f)) if k == g && f == full => {}
                _ => return None,
            }
        }
        let full = found.filter(|f| !named_inside(f))?.to_string();
        Some(self.named_person(&full))
    }

    /// [`Self::resolve_pronoun_outside`] by the people and reports before
    /// the pronoun.
    fn pronoun_antecedent(&mut self, g: Gender, at: usize, quoted: &str) -> Option<usize> {
        let named_inside = |name: &str| names_inside(quoted, name);
        let para = self.tokens.get(at).map_or(0, |t| t.para);
        let compatible = |s: &Speaker| match g {
            // A person, or one described but not named ("A former
            // Pellston executive said … “…,” he said"; "the senator" is
            // someone named before).
            // So is a relative of the pronoun's gender ("the brother of one
            // victim said …. “…,” he said").
            Gender::Male | Gender::Female => {
                (s.kind == SpeakerKind::Person
                    || (s.kind == SpeakerKind::Group && {
                        let head = speakers::head_noun(&s.name);
                        (s.gender == Gender::Unknown
                            && crate::text::words(&s.name)
                                .next()
                                .is_some_and(speakers::is_indefinite)
                            // ("A 15-year-old at a school in Tollbridge":
                            // an age is a person's.)
                            && (speakers::is_person_word(head)
                                || head.ends_with("-year-old")
                                || speakers::is_one_of_people(&s.name))
                            // (Not "a company spokeswoman" for "he".)
                            && !lexicon::noun_gender(head)
                                .is_some_and(|n| speakers::gender_clash(g, n)))
                            || lexicon::noun_gender(head) == Some(g)
                    }))
                    && !speakers::gender_clash(g, s.gender)
            }
            // Not a singular description ("their client would plead").
            // A body of people is "they" too ("The crowd …. “Theo!” they
            // chanted").
            Gender::Plural => {
                s.kind == SpeakerKind::Organisation
                    || (s.kind == SpeakerKind::Group
                        && (s.gender != Gender::Unknown
                            || speakers::COLLECTIVES
                                .contains_ignore_ascii_case(speakers::head_noun(&s.name))))
            }
            // "Google said it would appeal": a one-word name never read
            // as a person's is an organisation to "it".
            // So is a singular description ("The ministry said it …").
            Gender::Neuter => {
                s.kind == SpeakerKind::Organisation
                    || (s.kind == SpeakerKind::Group && s.gender == Gender::Unknown)
                    || (s.kind == SpeakerKind::Person
                        && s.gender == Gender::Unknown
                        && !s.name.contains(' ')
                        && speakers::given_name_gender(&s.name).is_none())
            }
            Gender::Unknown => false,
        };
        if g == Gender::Unknown {
            return None;
        }
        // Whether the pronoun's verb replies ("“…,” he replied").
        let replying = self
            .tokens
            .get(at + 1)
            .and_then(Token::lemma)
            .is_some_and(crate::cues::is_reply);
        // (A person's pronoun: the aside's owner, the subject named after
        // it, the epithet before it.)
        if matches!(g, Gender::Male | Gender::Female) {
            let person = self
                .dash_aside_owner(g, at, &named_inside)
                .or_else(|| self.cataphoric_subject(g, at, &named_inside))
                .or_else(|| self.epithet_subject_before(g, at, &named_inside))
                .or_else(|| self.object_opening_paragraph(g, at, &named_inside));
            if person.is_some() {
                return person;
            }
        }
        // "The White House criticized the move. Analysts at Goldman Sachs
        // raised their forecast. “…,” they wrote": a group opening a
        // sentence of the pronoun's paragraph beats anyone before it.
        // (People named together before their verb, in the paragraph
        // before too: "Nancy Foner and Richard Alba suggest …. In the
        // United States, they write".)
        let near_group = if g == Gender::Plural {
            self.plural_subject_mention(at, para, 1).filter(|&(k, m)| {
                self.tokens[k].para == para
                    || (m.speaker_kind != SpeakerKind::Organisation
                        && m.span.as_str(self.text).contains(" and ")
                        && speakers::last_word(m.span.as_str(self.text))
                            .starts_with(char::is_uppercase))
            })
        } else {
            None
        };
        // Walk back through speakers and subject mentions together, most
        // recent first.
        let subjects = &self.register.subjects;
        let mut si = subjects.partition_point(|m| m.token < at);
        let mut hi = self.history.partition_point(|&(pos, _)| pos < at);
        let mut qi = self.quoted_history.partition_point(|&(pos, _)| pos < at);
        // A person named as an object, of a known matching gender, if no
        // speaker or subject fits.
        let mut fallback: Option<speakers::SubjectMention> = None;
        let mut fallback_known: Option<speakers::SubjectMention> = None;
        // A subject whose verb is a past perfect tells the background
        // ("Pollard had not responded. “…,” he said"): it yields to a
        // person in the foreground just before it, in the pronoun's
        // paragraph.
        let mut background: Option<usize> = None;
        // A subject said to have died, taken up if no one else fits.
        let mut dead: Option<usize> = None;
        // A person of the pronoun's gender named in its paragraph, as an
        // object, outranks an earlier antecedent of unknown gender ("For
        // Kevin Allton, … Warhol was a legend. He said" after a speaker
        // Kiara Perkins).
        let known_here = |m: Option<speakers::SubjectMention>| {
            m.is_some_and(|m| self.tokens.get(m.token).is_some_and(|t| t.para == para))
        };
        loop {
            // The later of the last event and the last attributed quote.
            let from_event = hi.checked_sub(1).map(|k| self.history[k]);
            let from_quote = qi.checked_sub(1).map(|k| self.quoted_history[k]);
            let quote_first = match (from_event, from_quote) {
                (Some(a), Some(b)) => b.0 > a.0,
                (None, Some(_)) => true,
                _ => false,
            };
            let h = if quote_first { from_quote } else { from_event };
            let m = si.checked_sub(1).map(|k| subjects[k]);
            let take_history = match (h, m) {
                (None, None) => break,
                // "Gingrich noted that both Obama and Biden have …. He
                // said": the speaker outranks the subjects of the words
                // reported in the same sentence.
                // So does the speaker of a quoted fragment in that
                // sentence ("Landry said he had “no idea” what Haines
                // meant. “…,” he said").
                (Some((hp, e)), Some(m)) => {
                    hp >= m.token
                        || (self.reports_in_sentence(hp, m.token)
                            && (compatible(&self.entities.list[e])
                                // ("the president said the decree would
                                // allow … in Guayas, Los Ríos and Manabí.
                                // “…,” he said": or a definite description
                                // of a person, who the text named before.)
                                || (matches!(g, Gender::Male | Gender::Female) && {
                                    let s = &self.entities.list[e];
                                    s.kind == SpeakerKind::Group
                                        && !speakers::gender_clash(g, s.gender)
                                        && crate::text::words(&s.name)
                                            .next()
                                            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                                        && lexicon::entry(speakers::head_noun(&s.name))
                                            .is_some_and(|t| t.has(lexicon::TITLE))
                                })))
                        || (quote_first
                            && from_event.is_some_and(|(ep, ee)| {
                                ee == e
                                    && self.reports_in_sentence(ep, m.token)
                                    && compatible(&self.entities.list[e])
                            }))
                }
                (Some(_), None) => true,
                (None, Some(_)) => false,
            };
            let pos = if take_history {
                h.map_or(0, |x| x.0)
            } else {
                m.map_or(0, |x| x.token)
            };
            let p = self.tokens.get(pos).map_or(0, |t| t.para);
            if para.saturating_sub(p) > 4 || (background.is_some() && para.saturating_sub(p) > 0) {
                break;
            }
            if take_history {
                let mut e = h.map_or(0, |x| x.1);
                if quote_first {
                    qi -= 1;
                } else {
                    hi -= 1;
                    // (A headline's report is no antecedent for the body's
                    // pronouns: "Minister urges calm" then "“…,” he said".)
                    if Some(p) == self.headline && p != para {
                        continue;
                    }
                    // ("Before Kang could answer, Park leaned into the
                    // microphone": words not yet said are no report.)
                    if self.unrealised_report(pos) || self.in_asked_opening(pos, at) {
                        continue;
                    }
                    // "Landry said he had no idea what Haines was referring
                    // to. “…,” he said": an event inside the words another
                    // reports in its sentence yields to the reporter.
                    // (Not one in a clause inside the reporter's subject:
                    // "Mbanefo, who lives in the flat where she wrote the
                    // novel, said …".)
                    let subject_first = self
                        .events
                        .binary_search_by_key(&pos, |ev| ev.cue.token)
                        .ok()
                        .and_then(|i| self.events[i].mention)
                        .map(|m| m.first_token);
                    // (Not past the comma closing an opening clause of
                    // time: "When a reporter asked whether …, Mbugua paused
                    // before answering".)
                    let main_clause = |rp: usize| {
                        subject_first.is_some_and(|f| {
                            let lo = self.clause_start(rp);
                            self.tokens[lo].is_capitalised()
                                && self.tokens[lo].has(lexicon::SUBORDINATOR)
                                && (rp..f).any(|k| self.tokens[k].is_punct(','))
                        })
                    };
                    if let Some(&(rp, re)) = hi.checked_sub(1).and_then(|k| self.history.get(k)) {
                        if re != e
                            && subject_first.is_none_or(|f| f > rp)
                            && !main_clause(rp)
                            && self.reports_in_sentence(rp, pos)
                            && compatible(&self.entities.list[re])
                            && !named_inside(&self.entities.list[re].name)
                        {
                            e = re;
                        }
                    }
                }
                // A one-word name read as a person is "it" only in the
                // pronoun's paragraph.
                let far_for_it = g == Gender::Neuter
                    && self.entities.list[e].kind != SpeakerKind::Organisation
                    && p != para;
                // "A reporter asked Sanders …. He replied": an unnamed
                // questioner is not the one who answers.
                // (But one who asks again: "a critic asked the question
                // …. “…?” he asked".)
                // ("When a reporter asked whether he had spoken to his
                // father, he replied": nor the one read as saying the
                // words of the question.)
                let in_question = || {
                    (pos.saturating_sub(QUESTION_REACH).max(1)..pos).any(|k| {
                        self.tokens[k].lemma() == Some("ask")
                            && self.tokens[k - 1].is_word()
                            && lexicon::QUESTION_OPENERS.contains(self.word(k + 1))
                    })
                };
                // ("“What's the exit plan, governor?” the reporter pressed."
                // then "“…,” she said": nor one whose quoted question closes
                // just before the cue.)
                let questioner = self.entities.list[e].kind == SpeakerKind::Group
                    && (self.tokens.get(pos).and_then(Token::lemma) == Some("ask")
                        || in_question()
                        || (p < para && self.after_quoted_question(pos)))
                    && self.tokens.get(at + 1).and_then(Token::lemma) != Some("ask");
                // ("“…?” asked Noor Belloumi. ¶ “…,” he replied": one who
                // replies is never the one whose quoted question it
                // answers, named or not.)
                let questioner =
                    questioner || (p + 1 >= para && replying && self.after_quoted_question(pos));
                // "Joanne Brightman shook her head when a reporter read the
                // statement aloud": an unnamed speaker in a clause of time
                // or cause inside a named person's sentence is background.
                let questioner = questioner
                    || (self.entities.list[e].kind == SpeakerKind::Group
                        && self.event_in_inner_clause(pos));
                if let Some((_, m)) = near_group.filter(|&(k, _)| k > pos) {
                    return Some(self.group_entity(&m));
                }
                // "Castellucci asked Vandergriff whether he had been
                // audited. “…,” he said": the one asked answers.
                if !quote_first && p + 1 >= para {
                    if let Some(o) = self.asked_object(pos, g, &named_inside) {
                        return Some(o);
                    }
                }
                // "The witness … said he had gone along …. “…,” he said":
                // a description that stands for someone named before is
                // that person.
                // (Read once: linked, or a description of no one named
                // before, `Some(None)`.)
                let described = (!quote_first)
                    .then(|| self.description_at(pos, g))
                    .flatten();
                let linked = described
                    .flatten()
                    .map(|full| self.named_person(full.as_str(self.text)))
                    .filter(|&d| {
                        !speakers::gender_clash(g, self.entities.list[d].gender)
                            && !named_inside(&self.entities.list[d].name)
                    });
                if let Some(d) = linked.filter(|_| !far_for_it && !questioner) {
                    self.learn_gender(d, g);
                    return Some(d);
                }
                // "…, according to a Garside aide." then "“…,” he said": an
                // unnamed source that only told of someone's words is no
                // he or she a quote takes up.
                let source_only = matches!(g, Gender::Male | Gender::Female)
                    && !quote_first
                    && self.entities.list[e].kind == SpeakerKind::Group
                    && self.word(pos).eq_ignore_ascii_case("according")
                    && crate::text::words(&self.entities.list[e].name)
                        .next()
                        .is_some_and(speakers::is_indefinite);
                if source_only {
                    continue;
                }
                if (compatible(&self.entities.list[e]) || described == Some(None))
                    && !named_inside(&self.entities.list[e].name)
                    && !far_for_it
                    && !questioner
                {
                    if self.entities.list[e].gender == Gender::Unknown && known_here(fallback_known)
                    {
                        break;
                    }
                    // ("Danielle Vautour's resignation letter … describes a
                    // meeting at which a member of council accused her of
                    // “…”. ¶ “…,” she wrote": an unnamed speaker whose
                    // report's object is the pronoun's "her" or "him"
                    // yields to one of that gender named before it in its
                    // paragraph.)
                    let object = object_pronoun(g);
                    // ("Bethany Sorensen … said she bought an SUV …. A
                    // mechanic later estimated it had …. “…,” she said": or
                    // whose report says nothing of its own speaker's
                    // gender, "said she heard".)
                    let of_own_gender =
                        (pos + 1..pos + 3).any(|k| self.word(k) == subject_pronoun(g));
                    let unnamed = self.entities.list[e].kind == SpeakerKind::Group
                        && self.entities.list[e].gender == Gender::Unknown
                        && !object.is_empty()
                        && (self.word(pos + 1) == object
                            || (!of_own_gender
                                && crate::text::words(&self.entities.list[e].name)
                                    .all(|w| lexicon::noun_gender(w).is_none())))
                        && crate::text::words(&self.entities.list[e].name)
                            .next()
                            .is_some_and(speakers::is_indefinite);
                    if unnamed && self.named_before_in_paragraph(pos, g) {
                        continue;
                    }
                    // ("“…,” the governor said" paragraphs before "To
                    // political science professor Brigid Harrison, …. “…,”
                    // she said": a description of no known gender in an
                    // earlier paragraph yields to a person named after it
                    // close to the pronoun.)
                    if p < para
                        && (fallback_known.is_some() || fallback.is_some())
                        && !compatible(&self.entities.list[e])
                    {
                        break;
                    }
                    // "“…,” Haukaas said." then "…, prompting Lindahl to
                    // appeal for civility. “…,” he said": a person of the
                    // pronoun's gender the text names in full, named in
                    // the pronoun's paragraph with no report there before
                    // it, outranks a speaker of an earlier paragraph.
                    if p < para
                        && fallback_known.is_some_and(|m| {
                            let name = m.name.as_str(self.text);
                            let full = self
                                .register
                                .fullest(self.text, name, g)
                                .map_or(name, |f| f.as_str(self.text));
                            // (Not the object of a preposition: "whether
                            // he would vote for Mr. Harcastle".)
                            let first = self.titled_start(m.name);
                            let after_preposition =
                                first > 0 && self.tokens[first - 1].has(lexicon::COMPLEMENT);
                            known_here(Some(m))
                                && !m.possessor
                                && !after_preposition
                                && full.contains(' ')
                                && !same_name(&self.entities.list[e].name, full)
                        })
                    {
                        break;
                    }
                    if background == Some(e) {
                        continue;
                    }
                    if !quote_first && background.is_none() && self.is_past_perfect(pos) {
                        background = Some(e);
                        continue;
                    }
                    self.learn_gender(e, g);
                    return Some(e);
                }
                // "Daniel Brandon died in 2018. … Brandon said she would
                // keep fighting. “…,” she said": a surname read as one
                // person, in the pronoun's paragraph, is the namesake of the
                // pronoun's gender.
                if let Some(e) = self.namesake_of_gender(e, g, p == para, at) {
                    if !named_inside(&self.entities.list[e].name) {
                        return Some(e);
                    }
                }
            } else {
                si -= 1;
                let m = subjects[si];
                // "A reporter asked whether she had been lucky. “Very,” she
                // said": an unnamed questioner is not the one who answers.
                let questioner =
                    m.unnamed && self.tokens.get(m.token + 1).and_then(Token::lemma) == Some("ask");
                // ("Asked by Dr Nestor whether any work had been done, he
                // replied": nor one who asks in a phrase opening the
                // sentence.)
                // ("Asked by the Castlebridge MP, Tom Gajewski, whether":
                // past a description the name is apposed to.)
                let questioner = questioner || {
                    let f = self.titled_start(m.name);
                    (f.saturating_sub(ASKER_DESCRIPTION_TOKENS)..f).any(|b| {
                        b > 0
                            && self.word(b) == "by"
                            && ASKED_OPENERS.contains(self.word(b - 1))
                            && speakers::opens_sentence(self.text, self.tokens, b - 1)
                            && (b + 1 == f
                                // ("Asked by an Irish reporter whether":
                                // or after an article.)
                                || (b + 2 == f && speakers::is_indefinite(self.word(b + 1)))
                                || (self.tokens[f - 1].is_punct(',')
                                    && (b + 1..f - 1).all(|k| {
                                        !lexicon::QUESTION_OPENERS.contains(self.word(k))
                                            && !self.tokens[k].is_punct(',')
                                    })))
                    })
                };
                // (Nor one named after the cue of a quoted question, for a
                // reply: "“…?” asked Noor Belloumi. ¶ “…,” he replied".)
                let questioner = questioner
                    || (replying
                        && self.tokens[m.token].para + 1 >= para
                        && self.after_quoted_question(self.titled_start(m.name).saturating_sub(1)));
                if !matches!(g, Gender::Male | Gender::Female)
                    || speakers::gender_clash(g, m.gender)
                    || self.subject_of_inner_clause(si, g)
                    || questioner
                {
                    continue;
                }
                // "Castellucci asked Vandergriff whether he had been
                // audited. “…,” he said": the one asked answers.
                if let Some(e) = m
                    .subject
                    .then(|| self.asked_object(m.token + 1, g, &named_inside))
                    .flatten()
                {
                    return Some(e);
                }
                if !m.subject {
                    let known = m.gender == g
                        || speakers::given_name_gender(m.name.as_str(self.text)) == Some(g);
                    // "she drew Senator Omar Brandt's anger - he called
                    // her …": a possessor of the pronoun's gender in its
                    // own sentence.
                    // (Or of a gender unknown, opening the sentence: "But
                    // Quillfeather's pitch, … what he calls “…”".)
                    let opening = || {
                        speakers::opens_sentence_past_conjunction(
                            self.text,
                            self.tokens,
                            self.token_at(m.name.start),
                        )
                    };
                    // (Not "Trump's support … “…,” she says": a fuller name
                    // of the other gender.)
                    // (Nor past a quotation: "Trump's support means
                    // “…,” she said" is the one who says so.)
                    let fits = known
                        || (m.gender == Gender::Unknown
                            && opening()
                            && !(m.token..at).any(|k| self.tokens[k].quoted)
                            && !self
                                .register
                                .fullest(self.text, m.name.as_str(self.text), Gender::Unknown)
                                .map_or(m.name, |f| f)
                                .as_str(self.text)
                                .split(' ')
                                .next()
                                .and_then(speakers::given_name_gender)
                                .is_some_and(|known| speakers::gender_clash(g, known)));
                    // (Not one after the pronoun in its sentence: "When he
                    // took the stage after Mr. Vander Plaats's
                    // introduction, he said …. “…,” he said".)
                    let pronoun_before = || {
                        let first = self.token_at(m.name.start);
                        (self.sentence_start(first, 24)..first)
                            .any(|k| !self.tokens[k].quoted && self.tokens[k].pronoun() == Some(g))
                    };
                    if m.possessor
                        && fits
                        && self.reports_in_sentence(m.token, at)
                        && !pronoun_before()
                    {
                        let name = m.name.as_str(self.text);
                        let full = self
                            .register
                            .fullest(self.text, name, g)
                            .or_else(|| self.register.fullest(self.text, name, Gender::Unknown));
                        let full = full.map_or(name, |f| f.as_str(self.text));
                        if !named_inside(full) {
                            return Some(self.entities.get_or_add(
                                full,
                                SpeakerKind::Person,
                                None,
                                g,
                            ));
                        }
                    }
                    // ("Abderhalden’s team will return …. Asked whether
                    // …, she paused." then "“…,” she said": a possessor
                    // opening a sentence just before, whom the text has
                    // already given the pronoun's gender.)
                    // ("On a shelf behind Urrutia’s desk sits a battered
                    // copy …. “…,” she says": or one in the pronoun's own
                    // paragraph, after no pronoun of its gender.)
                    if m.possessor
                        && ((para.saturating_sub(self.tokens[m.token].para) <= 1 && opening())
                            || (self.tokens[m.token].para == para && !pronoun_before()))
                    {
                        let name = m.name.as_str(self.text);
                        let full = self
                            .register
                            .fullest(self.text, name, g)
                            .map_or(name, |f| f.as_str(self.text));
                        if let Some(e) = self
                            .entities
                            .person_of_gender(full, g)
                            .filter(|&e| !named_inside(&self.entities.list[e].name))
                        {
                            return Some(e);
                        }
                        // ("Pinheiro’s office did not respond …. On
                        // Thursday, he posted": or one of no gender known
                        // whose office or staff the sentence is about.)
                        // ("Holm’s memo, first reported by …, warned donors
                        // …. “…,” she wrote": or whose document it is.)
                        let staff = self.tokens.get(m.token + 1).is_some_and(|t| {
                            let w = t.span().as_str(self.text);
                            t.para == self.tokens[m.token].para
                                && (POSSESSED_STAFF_NOUNS.contains(w)
                                    || (t.is_lower()
                                        && (crate::referents::is_document_noun(w)
                                            || t.has(lexicon::STATEMENT_NOUN))))
                        });
                        if staff
                            && !named_inside(full)
                            && !self.entities.clashes(full, SpeakerKind::Person, g)
                            && speakers::given_name_gender(full)
                                .is_none_or(|known| !speakers::gender_clash(g, known))
                        {
                            return Some(self.entities.get_or_add(
                                full,
                                SpeakerKind::Person,
                                None,
                                g,
                            ));
                        }
                    }
                    if m.possessor && !m.standalone {
                        continue;
                    }
                    // Of unknown gender only if named close by, and not
                    // as a place ("in Berlin").
                    let close = para.saturating_sub(self.tokens[m.token].para) <= 1;
                    let first_tok = self.token_at(m.name.start);
                    let place =
                        first_tok > 0 && self.tokens[first_tok - 1].has(lexicon::COMPLEMENT);
                    // "courtesy of Wes Tandy, a delegate from Ohio …. “…,”
                    // he said": a person introduced here with an appositive,
                    // after the last speaker, close before the pronoun.
                    // (Not the object of a named subject: "George
                    // Zimmerman is selling the gun he used to kill Trayvon
                    // Martin, an unarmed teenager".)
                    // (Unless the object's relative clause names the
                    // subject by the other gender: "Anima trains under
                    // coach Birendra Toppo, who first spotted her".)
                    let other = object_pronoun(other_gender(g));
                    // ("Ferreira-Quist, 57, was introduced by her husband,
                    // Anselmo Quist, a retired principal, who choked up as
                    // he described their first date": or says the
                    // pronoun itself of the object, past its appositive.)
                    let own = subject_pronoun(g);
                    let who = if self.word(m.token + 2) == "who" {
                        Some(m.token + 2)
                    } else {
                        (m.token + 3..(m.token + 3 + WHO_AFTER_APPOSITIVE).min(self.tokens.len()))
                            .take_while(|&k| {
                                let t = &self.tokens[k];
                                t.para == self.tokens[m.token].para && !t.quoted && t.is_lower()
                                    || t.is_punct(',')
                            })
                            .find(|&k| self.word(k) == "who" && self.tokens[k - 1].is_punct(','))
                    };
                    let subject_named_other = who.is_some_and(|w| {
                        (w + 1..(w + 8).min(self.tokens.len()))
                            .take_while(|&k| {
                                self.tokens[k].para == self.tokens[m.token].para
                                    && !self.tokens[k].is_punct('.')
                            })
                            .any(|k| {
                                let x = self.word(k);
                                x == other || (w > m.token + 2 && x == own)
                            })
                    });
                    let named_subject = !subject_named_other
                        && subjects[..si]
                            .iter()
                            .rev()
                            .take_while(|s| self.reports_in_sentence(s.token, m.token))
                            .any(|s| s.subject && !s.unnamed);
                    // (Nor the object of "she" opening the sentence: "She
                    // had sat next to Senator Joan Pickett, a Maine
                    // Republican", however long the sentence: "She has
                    // gone public again since the start of the campaign
                    // of his wife, Hanna Renfrew, who …".)
                    let pronoun_subject = {
                        let first = self.token_at(m.name.start);
                        let k = self.sentence_start(first, PRONOUN_SUBJECT_REACH);
                        self.tokens[k].pronoun() == Some(g)
                            && speakers::opens_sentence(self.text, self.tokens, k)
                    };
                    if close
                        && !m.possessor
                        && !named_subject
                        && !pronoun_subject
                        && self.introduced_with_appositive(&m)
                    {
                        let name = m.name.as_str(self.text);
                        if !named_inside(name) {
                            return Some(self.entities.get_or_add(
                                name,
                                SpeakerKind::Person,
                                None,
                                g,
                            ));
                        }
                    }
                    // ("The union posted a video showing Huntington walking
                    // the picket line. “…,” he told the crowd": one seen
                    // doing something in the pronoun's paragraph.)
                    let shown = {
                        let first = self.titled_start(m.name);
                        self.tokens[m.token].para == para
                            && first > 0
                            && PERCEPTION_VERBS.contains_ignore_ascii_case(self.word(first - 1))
                            && self.word(m.token + 1).ends_with("ing")
                    };
                    if shown && m.gender == Gender::Unknown {
                        if let Some(e) = self.person_for_pronoun(m, g, &named_inside) {
                            return Some(e);
                        }
                    }
                    if known && fallback_known.is_none() {
                        fallback_known = Some(m);
                    } else if close && !place && fallback.is_none() {
                        fallback = Some(m);
                    }
                    continue;
                }
                // "A reporter asked Sanders how he felt. He replied":
                // an unnamed person yields to one named after it.
                // (Not to one named inside its own subject, before its
                // verb: "The judge presiding over the trial of former
                // owner Milan Ristić opened … what she called".)
                let past_its_verb = |f: Option<speakers::SubjectMention>| {
                    f.is_some_and(|f| {
                        (m.token + 1..f.token).any(|k| {
                            let t = &self.tokens[k];
                            t.lemma().is_some() || speakers::is_past_form(self.text, t)
                        })
                    })
                };
                if m.unnamed
                    && ((known_here(fallback) && past_its_verb(fallback))
                        || (known_here(fallback_known) && past_its_verb(fallback_known)))
                {
                    continue;
                }
                // ("Danielle Vautour's resignation letter … describes a
                // meeting at which a member of council accused her …. “…,”
                // she wrote": or to one of the pronoun's gender named
                // before it in its own paragraph.)
                if m.unnamed && self.named_before_in_paragraph(m.token, g) {
                    continue;
                }
                // ("Asked what her granddaughter thought now, she said":
                // nor one inside the question put to the pronoun's person.)
                if self.in_asked_opening(m.token, at) {
                    continue;
                }
                // ("Ron Shewchuk … attended the news conference. His father
                // died of the disease in 1999. ¶ “…,” he said": an unnamed
                // person who died is no one who speaks after.)
                if !m.proper
                    && self.tokens.get(m.token).is_some_and(Token::is_lower)
                    && matches!(self.word(m.token + 1), "died" | "passed")
                {
                    continue;
                }
                let name = m.name.as_str(self.text);
                // ("Col. Pavlovic paused" after "Col. Dragana Pavlovic" and
                // the farmer Bojan Pavlovic: of namesakes, the one given its
                // title.)
                // ("The elder Abruzzese was more succinct. “…,” he said": of
                // namesakes, the one the text tells is the elder.)
                let senior = || {
                    let elder = self.seniority_at(self.titled_start(m.name))?;
                    crate::referents::namesake_by_seniority(
                        self.text,
                        self.tokens,
                        self.register,
                        speakers::last_word(name),
                        elder,
                        g,
                    )
                };
                // ("Rono, who retired …" then "Mercy Jelagat Kibet … broke
                // down as she addressed": of namesakes, not one of the
                // pronoun's gender the text names only after it, "Mrs
                // Priscah Jepkemboi Rono".)
                let pronoun_at = self.tokens.get(at).map_or(usize::MAX, |t| t.span().start);
                let full = self.titled_namesake(m.name).or_else(senior).or_else(|| {
                    self.register.fullest(self.text, name, g).filter(|f| {
                        let f = f.as_str(self.text);
                        name != speakers::last_word(f)
                            || self.register.namesakes(name).nth(1).is_none()
                            || self
                                .register
                                .full_mentions()
                                .iter()
                                .take_while(|s| s.start < pronoun_at)
                                .any(|s| s.as_str(self.text) == f)
                    })
                });
                // "Kessing dodged the question. “…,” he said": a lone
                // surname opening a clause of the pronoun's paragraph
                // names a person too.
                // (Not "Clinton" for "he" where the text names Hillary
                // Clinton.)
                // (So is one inside its sentence that already names a
                // person who spoke with a title: "President Harcastle said
                // …" then "Late Wednesday, Harcastle took to Twitter".)
                let mid_sentence = {
                    let first = self.token_at(m.name.start);
                    first == m.token
                        && !speakers::opens_sentence(self.text, self.tokens, first)
                        && self.entities.is_titled_person(name)
                };
                // Followed by its verb, not by the noun it modifies
                // ("Philippine coast guard spokesman …").
                // ("Obama seems to agree": a present verb the lists do not
                // know too.)
                let verb_follows = || {
                    self.tokens.get(m.token + 1).is_some_and(|t| {
                        let w = t.span().as_str(self.text);
                        t.is_lower()
                            && (t.lemma().is_some()
                                || t.has(lexicon::FILLER)
                                || speakers::is_past_form(self.text, t)
                                || (w.len() > 3
                                    && w.ends_with('s')
                                    && !w.ends_with("ss")
                                    && lexicon::entry(w).is_none()))
                    })
                };
                let here = (m.proper || mid_sentence)
                    && full.is_none()
                    && self
                        .register
                        .fullest(self.text, name, Gender::Unknown)
                        .is_none()
                    && self.tokens.get(m.token).is_some_and(|t| {
                        t.para == para
                            && !t.has(lexicon::PLACE | lexicon::PARTY | lexicon::ORGANISATION)
                    })
                    && verb_follows();
                // ("Mavimbela then gathered her papers …. Outside, she
                // said": or one its own clause gave the pronoun's gender,
                // close before it.)
                // (Followed by its verb: not a capitalised preposition read
                // as a name, "Along with her husband, …".)
                let own_gender = m.gender == g
                    && matches!(g, Gender::Male | Gender::Female)
                    && verb_follows()
                    && para.saturating_sub(self.tokens[m.token].para) <= 1;
                let Some(full) = full.or((m.standalone || here || own_gender).then_some(m.name))
                else {
                    // A lone surname in subject position ("Hull did not
                    // back down"), if nothing better is found.
                    if fallback.is_none() {
                        fallback = Some(m);
                    }
                    continue;
                };
                let full = full.as_str(self.text);
                let gender = speakers::given_name_gender(full).unwrap_or(m.gender);
                if speakers::gender_clash(g, gender) || named_inside(full) {
                    continue;
                }
                // (Not one named inside the subject's own relative clause or
                // appositive: "Kryeziu, who took over from long-serving boss
                // Henrik Vrioni, has staked … that he has said".)
                let in_own_aside = |f: Option<speakers::SubjectMention>| {
                    f.is_some_and(|f| {
                        self.tokens
                            .get(m.token + 1)
                            .is_some_and(|c| c.is_punct(','))
                            && speakers::aside_end(self.text, self.tokens, m.token + 2)
                                .is_some_and(|close| f.token > m.token && f.token < close)
                    })
                };
                if gender == Gender::Unknown
                    && known_here(fallback_known)
                    && !in_own_aside(fallback_known)
                {
                    break;
                }
                // ("Mr. Gerlach" after "Walt and Bonnie Gerlach": the one of
                // the couple the pronoun's gender picks.)
                let paired = (!full.contains(' '))
                    .then(|| self.register.paired_name(self.text, full, g))
                    .flatten();
                let e = match paired {
                    Some(p) => self.entities.get_or_add(&p, SpeakerKind::Person, None, g),
                    None => self
                        .entities
                        .get_or_add(full, SpeakerKind::Person, None, gender),
                };
                // A person already read as the other gender ("he said"
                // before) is not this pronoun's.
                if speakers::gender_clash(g, self.entities.list[e].gender) {
                    continue;
                }
                if background == Some(e) {
                    continue;
                }
                if background.is_none() && self.in_past_perfect(m.token) {
                    background = Some(e);
                    continue;
                }
                // ("Her cousin, Nasima Khatun, was among those who died.
                // “…,” she said": the dead say nothing new; they are taken
                // up only when no one else fits, as in an obituary.)
                if self.said_to_have_died(m.token) {
                    dead = dead.or(Some(e));
                    continue;
                }
                self.learn_gender(e, g);
                return Some(e);
            }
        }
        if let Some(e) = background.or(dead) {
            self.learn_gender(e, g);
            return Some(e);
        }
        if g == Gender::Plural {
            return self.plural_subject_before(at, para);
        }
        let Some(m) = fallback_known
            .or(fallback)
            .filter(|m| !named_inside(m.name.as_str(self.text)))
        else {
            // "Adeyemi-Clarke said …" and, six paragraphs of other
            // speakers later, "she was emphatic. ‘No,’ she said": the
            // one speaker of the pronoun's gender so far, however far
            // back.
            return self.sole_speaker_of_gender(g, at, &named_inside);
        };
        let name = m.name.as_str(self.text);
        // ("Wayne Lapointe … Lapointe said" and, paragraphs later, a
        // "she": not a surname whose given name is of the other gender,
        // unless the text calls its person so near it: "Walz approaches
        // it … She said" is Marty Walz.)
        let near = self.tokens[m.token].para + 1 >= para;
        let other_gender = !near
            && self
                .register
                .fullest(self.text, name, Gender::Unknown)
                .and_then(|f| speakers::given_name_gender(f.as_str(self.text)))
                .is_some_and(|known| speakers::gender_clash(g, known));
        if other_gender {
            return self.sole_speaker_of_gender(g, at, &named_inside);
        }
        let full = self.register.fullest(self.text, name, g).unwrap_or(m.name);
        let full = full.as_str(self.text);
        Some(self.entities.get_or_add(full, SpeakerKind::Person, None, g))
    }

    /// The one person of gender `g` (he or she) among the speakers of the
    /// last [`SOLE_SPEAKER_EVENTS`] events before token `at`, if only one
    /// is of that gender and not named inside the quotation.
    fn sole_speaker_of_gender(
        &self,
        g: Gender,
        at: usize,
        named_inside: &dyn Fn(&str) -> bool,
    ) -> Option<usize> {
        if !matches!(g, Gender::Male | Gender::Female) {
            return None;
        }
        let end = self.history.partition_point(|&(pos, _)| pos < at);
        let mut found = None;
        for &(_, e) in self.history[end.saturating_sub(SOLE_SPEAKER_EVENTS)..end].iter() {
            let ent = &self.entities.list[e];
            if ent.kind != SpeakerKind::Person || ent.gender != g || found == Some(e) {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(e);
        }
        found.filter(|&e| !named_inside(&self.entities.list[e].name))
    }

    /// Whether the subject ending at token `k` has a past perfect for its
    /// verb ("Pollard had not responded", "His son, a welder, had been
    /// laid off"), past an appositive set off by commas.
    fn in_past_perfect(&self, k: usize) -> bool {
        let toks = self.tokens;
        let mut v = k + 1;
        if toks.get(v).is_some_and(|t| t.is_punct(',')) {
            let Some(close) = (v + 1..toks.len().min(v + 10)).find(|&j| toks[j].is_punct(','))
            else {
                return false;
            };
            v = close + 1;
        }
        if !toks
            .get(v)
            .is_some_and(|t| t.para == toks[k].para && self.word(v) == "had")
        {
            return false;
        }
        // The verb after "had" and its adverbs.
        let n = v
            + 1
            + (v + 1..toks.len().min(v + 4))
                .take_while(|&n| toks[n].has(lexicon::FILLER) || self.word(n) == "not")
                .count();
        let w = self.word(n);
        toks.get(n).is_some_and(Token::is_lower)
            && (crate::text::is_regular_past(w) || toks[n].lemma().is_some() || w == "been")
            && self.is_past_perfect(n)
    }

    /// Whether the clause of the subject ending at token `k` says it died:
    /// "Nasima Khatun, … was among those who died", "Ruiz died in …", "was
    /// killed", "was found dead".
    fn said_to_have_died(&self, k: usize) -> bool {
        let toks = self.tokens;
        let mut v = k + 1;
        // (Past the comma closing an apposed name, "Her cousin, Nasima
        // Khatun, was", or an appositive after it, "Khatun, a machinist,
        // was".)
        if toks.get(v).is_some_and(|t| t.is_punct(',')) {
            if matches!(self.word(v + 1), "was" | "is" | "had" | "died") {
                v += 1;
            } else {
                match speakers::aside_end(self.text, toks, v + 1) {
                    Some(close) => v = close + 1,
                    None => return false,
                }
            }
        }
        let Some(t) = toks
            .get(v)
            .filter(|t| t.para == toks[k].para && t.is_lower())
        else {
            return false;
        };
        if self.word(v) == "died" {
            return true;
        }
        matches!(self.word(v), "was" | "is" | "had")
            && (v + 1..toks.len().min(v + 1 + DEATH_REACH))
                .take_while(|&n| toks[n].para == t.para && toks[n].is_word() && !toks[n].quoted)
                .any(|n| matches!(self.word(n), "died" | "killed" | "dead"))
    }

    /// For the speaker of the event at cue token `pos`, a definite
    /// description of a person whose gender may be `g`: `Some` of the
    /// full name of the person it stands for ("The witness" after "Joost
    /// Vandermeulen, 38, is the government's central witness"), `Some(None)`
    /// when it stands for no one named before ("The elections director
    /// said her office …": someone new, whom a later pronoun takes up);
    /// `None` for any other speaker.
    fn description_at(&self, pos: usize, g: Gender) -> Option<Option<Span>> {
        if !matches!(g, Gender::Male | Gender::Female) {
            return None;
        }
        let events = self.events_from(pos, self.events.len());
        let m = events
            .first()
            .filter(|e| e.cue.token == pos)
            .and_then(|e| e.mention)?;
        let name = m.name.as_str(self.text);
        // Definite: "the …", or owned by a name ("The Commission's tech
        // chief", "the White House's spokeswoman").
        let mut words = crate::text::words(name);
        let definite = words.next().is_some_and(|w| {
            w.eq_ignore_ascii_case("the")
                || crate::text::is_possessive(w)
                || (w.starts_with(char::is_uppercase)
                    && words
                        .take(3)
                        .take_while(|w| w.starts_with(char::is_uppercase))
                        .any(crate::text::is_possessive))
        });
        // ("the 15-year-old": an age is a person too.)
        let head = speakers::head_noun(name);
        let person = m.kind == MentionKind::Description
            && definite
            && (speakers::is_person_word(head) || head.ends_with("-year-old"))
            && !speakers::gender_clash(g, lexicon::noun_gender(head).unwrap_or(Gender::Unknown));
        let found = person
            .then(|| crate::referents::referent(self.text, self.tokens, self.register, m.span));
        // (An age stands for someone named before or says nothing: no new
        // person.)
        if found == Some(None) && head.ends_with("-year-old") {
            return None;
        }
        found
    }

    /// Whether the verb at token `v` is a past perfect ("had not
    /// responded", "had told") of a main clause.
    fn is_past_perfect(&self, v: usize) -> bool {
        (v.saturating_sub(3)..v)
            .rev()
            .take_while(|&k| {
                let t = &self.tokens[k];
                t.para == self.tokens[v].para
                    && t.is_word()
                    && (t.has(lexicon::FILLER) || self.word(k) == "not")
            })
            .find(|&k| self.word(k) == "had")
            .is_some_and(|had| self.opens_main_clause(had))
    }

    /// Whether only the subject stands between the start of its sentence
    /// and token `k`: no verb that reports it ("said the family had
    /// agreed") nor a word that subordinates it.
    fn opens_main_clause(&self, k: usize) -> bool {
        let start = self.sentence_start(k, 12);
        speakers::opens_sentence(self.text, self.tokens, start)
            && self.tokens[start..k].iter().all(|t| {
                !t.quoted
                    && t.lemma().is_none()
                    && !t.has(lexicon::SUBORDINATOR | lexicon::RELATIVE)
            })
    }

    /// The first token of the sentence holding token `k`, looking back
    /// `most` tokens at most (then the token it stopped at).
    fn sentence_start(&self, k: usize, most: usize) -> usize {
        (k.saturating_sub(most)..=k)
            .rev()
            .find(|&i| speakers::opens_sentence(self.text, self.tokens, i))
            .unwrap_or(k.saturating_sub(most))
    }

    /// "Asked by the presenter, Vikram Sehrawat, whether …, the
    /// 24-year-old grinned. “…,” he said": the person an epithet stands for
    /// when it is the subject of the sentence just before the pronoun's
    /// quote, opening it or after a comma, before its verb.
    /// (`g` is the gender of "he" or "she": the caller asks for no other.)
    fn epithet_subject_before(
        &mut self,
        g: Gender,
        at: usize,
        named_inside: &dyn Fn(&str) -> bool,
    ) -> Option<usize> {
        let toks = self.tokens;
        let para = toks.get(at)?.para;
        let mut end = at.checked_sub(1)?;
        while end > 0 && toks[end].quoted && toks[end].para == para {
            end -= 1;
        }
        if end + 1 == at || toks[end].para != para || !toks[end].is_sentence_stop(self.text) {
            return None;
        }
        let lo = self.clause_start(end);
        let m = (lo + 1..end)
            // ("the Argentine was still going": or the past of "be" or
            // "have".)
            .filter(|&v| {
                toks[v].is_lower()
                    && (speakers::is_past_form(self.text, &toks[v])
                        || matches!(self.word(v), "was" | "had"))
            })
            .find_map(|v| {
                speakers::mention_ending_at(self.text, toks, v - 1, lo).filter(|m| {
                    let k = m.first_token;
                    m.kind == MentionKind::Description
                        && self.word(k).eq_ignore_ascii_case("the")
                        && (k == lo || toks[k - 1].is_punct(','))
                })
            })?;
        let full = crate::referents::referent(self.text, toks, self.register, m.span)?;
        let name = full.as_str(self.text);
        if named_inside(name) {
            return None;
        }
        let known = speakers::given_name_gender(name).unwrap_or(Gender::Unknown);
        if speakers::gender_clash(g, known) || self.entities.clashes(name, SpeakerKind::Person, g) {
            return None;
        }
        // (The person, as for a description that spoke before: see
        // `description_at`.)
        Some(self.named_person(name))
    }

    /// "Asked what she hoped audiences would take away, Verhaegen
    /// paused": a pronoun in a phrase opening its sentence, with no name
    /// before it there, stands for the person named right after the
    /// phrase's comma as the sentence's subject.
    /// (`g` is the gender of "he" or "she": the caller asks for no other.)
    fn cataphoric_subject(
        &mut self,
        g: Gender,
        at: usize,
        named_inside: &dyn Fn(&str) -> bool,
    ) -> Option<usize> {
        let toks = self.tokens;
        let start = self.sentence_start(at, 16);
        // (A place after a preposition is no one: "Asked in Telluride what
        // she hoped".)
        let someone_before = (start..at).any(|k| {
            toks[k].quoted
                || (toks[k].name_part
                    && k > start
                    && !toks[k - 1].name_part
                    && !toks[k - 1].has(lexicon::COMPLEMENT))
        });
        if start == at || someone_before {
            return None;
        }
        let para = toks[at].para;
        let comma = (at + 1..toks.len().min(at + 16))
            .take_while(|&k| toks[k].para == para && !toks[k].is_punct('.') && !toks[k].quoted)
            .find(|&k| toks[k].is_punct(','))?;
        // ("Still, she said, Pinemark had been slower": a parenthetical
        // report is the pronoun's own, no phrase before a subject.)
        if comma == at + 2 && toks[at + 1].lemma().is_some() && toks[at - 1].is_punct(',') {
            return None;
        }
        let subjects = &self.register.subjects;
        let si = subjects.partition_point(|m| m.token <= comma);
        let m = *subjects.get(si)?;
        if !m.subject || m.unnamed || self.titled_start(m.name) != comma + 1 {
            return None;
        }
        self.person_for_pronoun(m, g, named_inside)
    }

    /// The one full name, of several sharing the surname of `name`, that
    /// the text gives with the title `name` has ("Col. Pavlovic" for "Col.
    /// Dragana Pavlovic", not the farmer Bojan Pavlovic).
    fn titled_namesake(&self, name: Span) -> Option<Span> {
        let first = self.token_at(name.start);
        let title = self.word(first.checked_sub(1)?);
        if !self.tokens[first - 1].has(lexicon::TITLE) || name.as_str(self.text).contains(' ') {
            return None;
        }
        let surname = name.as_str(self.text);
        // (Only where several share it.)
        self.register.namesakes(surname).nth(1)?;
        let mut found: Option<Span> = None;
        // (The full names before it, nearest first, a bounded number: this
        // runs for each titled surname a pronoun's walk meets.)
        let mentions = self.register.full_mentions();
        let before = mentions.partition_point(|f| f.start < name.start);
        for &full in mentions[..before]
            .iter()
            .rev()
            .take(TITLED_NAMESAKE_MENTIONS)
        {
            if speakers::last_word(full.as_str(self.text)) != surname {
                continue;
            }
            let k = self.token_at(full.start);
            if k > 0 && self.word(k - 1).eq_ignore_ascii_case(title) {
                match found {
                    Some(f) if f.as_str(self.text) != full.as_str(self.text) => return None,
                    _ => found = Some(full),
                }
            }
        }
        found
    }

    /// Whether a quoted question closes just before token `k`, in its
    /// paragraph ("“What's the exit plan, governor?” the reporter
    /// pressed", "“…?” asked Noor Belloumi"). (The quotation's words are
    /// one token, before its closing mark's.)
    fn after_quoted_question(&self, k: usize) -> bool {
        let para = self.tokens.get(k).map_or(u32::MAX, |t| t.para);
        (k.saturating_sub(QUOTED_QUESTION_REACH)..k)
            .rev()
            .filter(|&j| self.tokens[j].quoted)
            .take(2)
            .any(|j| self.word(j).ends_with('?') && self.tokens[j].para == para)
    }

    /// The person a pronoun at token `at` inside an aside between dashes
    /// stands for: the one named right before the aside opens ("Ryan
    /// Huddlestone — no relation to Gary and Walter, though, as he put it,
    /// “…” — worked"), of the pronoun's gender or none known.
    /// (`g` is the gender of "he" or "she": the caller asks for no other.)
    fn dash_aside_owner(
        &mut self,
        g: Gender,
        at: usize,
        named_inside: &dyn Fn(&str) -> bool,
    ) -> Option<usize> {
        let para = self.tokens.get(at)?.para;
        let open = (at.saturating_sub(DASH_ASIDE_REACH)..at)
            .rev()
            .take_while(|&k| {
                self.tokens[k].para == para
                    && !matches!(self.tokens[k].ascii_char(self.text), Some(b'.'))
            })
            .find(|&k| speakers::is_dash(self.tokens, k))?;
        // (An aside that closes after the pronoun, after the name that
        // opens its sentence: not "in close touch with Clinton – although
        // … she laughed".)
        let closes = (at + 1..(at + 2 * DASH_ASIDE_REACH).min(self.tokens.len()))
            .take_while(|&k| self.tokens[k].para == para)
            .any(|k| speakers::is_dash(self.tokens, k));
        if !closes {
            return None;
        }
        let lo = self.sentence_start(open, DASH_ASIDE_REACH);
        let m = speakers::mention_ending_at(self.text, self.tokens, open.checked_sub(1)?, lo)
            .filter(|m| {
                m.is_person_name()
                    && speakers::opens_sentence(self.text, self.tokens, self.titled_start(m.name))
            })?;
        let name = m.name.as_str(self.text);
        let full = self
            .register
            .fullest_near(self.text, name, g, m.name.start)
            .map_or(name, |f| f.as_str(self.text));
        let known = speakers::given_name_gender(full).unwrap_or(m.gender);
        if speakers::gender_clash(g, known) || named_inside(full) {
            return None;
        }
        Some(self.entities.get_or_add(full, SpeakerKind::Person, None, g))
    }

    /// The first token of a name with the titles before it ("Mr." of
    /// "Mr. Roarke").
    fn titled_start(&self, name: Span) -> usize {
        let mut first = self.token_at(name.start);
        while first > 0 && self.tokens[first - 1].has(lexicon::TITLE) {
            first -= 1;
        }
        first
    }

    /// The first token of the last clause of its own between tokens `lo`
    /// and `hi`, opened by a comma and "but", "and", "while" or the like
    /// ("Anna Sowerby backed the plan, while Colin Ashworth opposed it").
    fn inner_clause_start(&self, lo: usize, hi: usize) -> Option<usize> {
        (lo + 1..hi)
            .rev()
            .find(|&k| {
                matches!(
                    self.word(k),
                    "while" | "whereas" | "but" | "although" | "though" | "and"
                ) && self.tokens[k - 1].is_punct(',')
            })
            .map(|k| k + 1)
    }

    /// Whether token `pos` lies in an opening phrase of "Asked" (or
    /// "Pressed") before the pronoun at token `at` in its sentence ("Asked
    /// what her granddaughter thought now, she said"): a mention or report
    /// inside the question put to the pronoun's person.
    fn in_asked_opening(&self, pos: usize, at: usize) -> bool {
        if pos >= at || at >= self.tokens.len() {
            return false;
        }
        // (Its sentence may open after a quotation: "“…” Asked what …".)
        let opens = |k: usize| {
            speakers::opens_sentence(self.text, self.tokens, k) || self.tokens[k - 1].quoted
        };
        (at.saturating_sub(ASKED_OPENING_TOKENS).max(1)..pos)
            .rev()
            .find(|&k| {
                self.tokens[k].is_capitalised()
                    && matches!(self.word(k), "Asked" | "Pressed" | "Questioned")
            })
            .is_some_and(|k| {
                opens(k) && !(k..at).any(|j| self.tokens[j].is_sentence_stop(self.text))
            })
            && (pos..at).any(|k| self.tokens[k].is_punct(','))
    }

    /// Whether the speech event at cue token `pos` is one a clause of
    /// "before" or "until" says had not happened, its verb after a modal
    /// ("Before Kang could answer", "until the minister would comment").
    fn unrealised_report(&self, pos: usize) -> bool {
        pos >= 1
            && matches!(self.word(pos - 1), "could" | "would" | "can")
            && self
                .events
                .binary_search_by_key(&pos, |ev| ev.cue.token)
                .ok()
                .and_then(|i| self.events[i].mention)
                .is_some_and(|m| {
                    m.first_token >= 1 && {
                        let w = self.word(m.first_token - 1);
                        w.eq_ignore_ascii_case("before") || w.eq_ignore_ascii_case("until")
                    }
                })
    }

    /// Whether subject mention `si` of the register opens a clause of
    /// time or cause inside a sentence whose main clause has a subject of
    /// its own before it, one a pronoun of gender `g` can take up ("Gov.
    /// Carl Benning entered the hall shortly before Ridley finished."):
    /// the background, no antecedent for a pronoun after the sentence.
    fn subject_of_inner_clause(&self, si: usize, g: Gender) -> bool {
        let subjects = &self.register.subjects;
        let m = subjects[si];
        // (Past its title: "before Mr. Roarke finished".)
        let first = self.titled_start(m.name);
        let Some(sub) = first.checked_sub(1) else {
            return false;
        };
        let start = self.sentence_start(first, 24);
        // (The main clause's verb between: not "Long before Hallander
        // took the stage".)
        // ("Reid raised the example of Obama, just as President Abraham
        // Lincoln did": or a comparison.)
        let comparison = sub > start + 1
            && self.word(sub) == "as"
            && (self.word(sub - 1) == "just" || self.tokens[sub - 1].is_punct(','));
        // ("She has gone public again as Clinton has emerged": a clause of
        // "as" after a pronoun of the gender opening the sentence.)
        let pronoun_main = sub > start + 1
            && self.tokens[start].pronoun() == Some(g)
            && speakers::opens_sentence(self.text, self.tokens, start);
        let as_clause = pronoun_main && self.word(sub) == "as" && self.word(sub - 1) != "such";
        m.subject
            && sub > start
            && (TIME_OR_CAUSE.contains_ignore_ascii_case(self.word(sub)) || comparison || as_clause)
            && (pronoun_main
            // (The last subject before it, past objects: "Zubiaurre was
            // less happy with referee Oliver Trenchard, who waved away
            // Hull’s appeals when Tsabari went down".)
            || subjects[..si]
                .iter()
                .rev()
                .take_while(|s| s.token >= start)
                .find(|s| s.subject)
                .is_some_and(|s| {
                s.subject
                    && s.token >= start
                    && s.token + 1 < sub
                    && s.gender != Gender::Plural
                    && !s.unnamed
                    && !self.tokens[s.token].has(lexicon::GROUP)
                    && !speakers::gender_clash(g, s.gender)
            }))
    }

    /// "One resident of nearby Meteghan, who said": the description of a
    /// person whose "of" (or "in", "from", "at"; and a word such as
    /// "nearby") the name `m` follows,
    /// when `m` is one word of no title or known given name: a place, not
    /// the antecedent of "who".
    fn described_of_place(&self, m: &Mention, lo: usize) -> Option<Mention> {
        let toks = self.tokens;
        if m.title.is_some()
            || self.token_end(m.span.end) != m.first_token
            || speakers::given_name_gender(m.name.as_str(self.text)).is_some()
        {
            return None;
        }
        // ("One caseworker in Wichita, who spoke …": or "in", "from" or
        // "at".)
        let place_preposition = |k: usize| matches!(self.word(k), "of" | "in" | "from" | "at");
        let mut of = m.first_token.checked_sub(1)?;
        if toks[of].is_lower() && !place_preposition(of) {
            of = of.checked_sub(1)?;
        }
        if of < lo + 1 || !place_preposition(of) || !toks[of - 1].is_lower() {
            return None;
        }
        speakers::mention_ending_at(self.text, toks, of - 1, lo).filter(|d| {
            d.kind == MentionKind::Description
                && d.first_token >= lo
                && (speakers::is_person_word(self.word(of - 1))
                    || (speakers::has_person_ending(self.word(of - 1))
                        && !toks[of - 1].has(lexicon::STATEMENT_NOUN)
                        && !crate::referents::is_document_noun(self.word(of - 1))))
        })
    }

    /// Whether `m`, a full name out of subject position, is the first
    /// mention of its person, set off by an appositive that says who they
    /// are ("Wes Tandy, a delegate from Ohio") or a relative clause ("Teodora
    /// Vasilescu, who won …").
    fn introduced_with_appositive(&self, m: &speakers::SubjectMention) -> bool {
        let name = m.name.as_str(self.text);
        let first = self
            .register
            .fullest(self.text, name, m.gender)
            .is_some_and(|f| f.start == m.name.start && f.as_str(self.text) == name);
        let opens_appositive = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                t.is_lower()
                    && (speakers::is_indefinite(t.span().as_str(self.text))
                        || matches!(t.span().as_str(self.text), "the" | "who")
                        || t.has(lexicon::TITLE))
            })
        };
        // ("Anneke Lötter, no relation to the MPL, a professional nurse",
        // "Ruth Ames, 61, a retired nurse": or after a short aside, in
        // lower case or an age.)
        let after_aside = || {
            (m.token + 3..m.token + 8)
                .take_while(|&k| self.tokens.get(k).is_some_and(|t| !t.quoted))
                .find(|&k| self.tokens[k].is_punct(','))
                .is_some_and(|c| opens_appositive(c + 1))
        };
        let apposed = self
            .tokens
            .get(m.token + 1)
            .is_some_and(|t| t.is_punct(','))
            && (opens_appositive(m.token + 2)
                || (self.tokens.get(m.token + 2).is_some_and(|t| {
                    t.is_lower() || speakers::is_number(t.span().as_str(self.text))
                }) && after_aside()));
        // ("Moments after his side had lost at Wexley Park, the manager
        // walked into the press room": not a name closing an opening
        // phrase, whose comma the sentence's subject follows.)
        // (Of a phrase with no verb, or a clause its subordinator opens:
        // not "On Tuesday it heard from former assistant Blessing Mutasa,
        // who …".)
        let closes_opening = || {
            let start = self.sentence_start(m.token, APPOSITIVE_OPENING_REACH);
            self.past_introduction(start, m.token + 3) == m.token + 2
                && ((start..(start + 3).min(m.token))
                    .any(|k| self.tokens[k].has(lexicon::SUBORDINATOR))
                    || !self.tokens[start..m.token].iter().any(|t| {
                        t.is_lower()
                            && (t.lemma().is_some() || speakers::is_past_form(self.text, t))
                    }))
        };
        first && apposed && name.contains(' ') && !closes_opening()
    }

    /// The namesake of entity `e`, a person of the other gender, that the
    /// text names in full with gender `g` before token `at`, if `here`
    /// (the pronoun's paragraph).
    fn namesake_of_gender(&mut self, e: usize, g: Gender, here: bool, at: usize) -> Option<usize> {
        let s = &self.entities.list[e];
        if !here
            || !matches!(g, Gender::Male | Gender::Female)
            || s.kind != SpeakerKind::Person
            || !speakers::gender_clash(g, s.gender)
        {
            return None;
        }
        let full = self
            .register
            .fullest(self.text, speakers::last_word(&s.name), g)?;
        // (Named before the pronoun: not "The pastor's wife, Loretta
        // Bettis," in a later paragraph.)
        if self
            .tokens
            .get(at)
            .is_some_and(|t| full.start >= t.span().start)
        {
            return None;
        }
        let full = full.as_str(self.text);
        (full != s.name).then(|| self.entities.get_or_add(full, SpeakerKind::Person, None, g))
    }

    /// "Protesters gathered outside. “…,” they chanted": the group that
    /// opens one of the sentences before token `at`, in its paragraph or
    /// the one before, the nearest first.
    fn plural_subject_before(&mut self, at: usize, para: u32) -> Option<usize> {
        let (_, found) = self.plural_subject_mention(at, para, 1)?;
        Some(self.group_entity(&found))
    }

    /// The group entity of a plural mention.
    fn group_entity(&mut self, m: &Mention) -> usize {
        let name = m.name.as_str(self.text);
        self.entities
            .get_or_add(name, SpeakerKind::Group, None, Gender::Plural)
    }

    /// The plural group opening a sentence before token `at`, at most
    /// `paras_back` paragraphs before `para`, nearest first, with its token.
    fn plural_subject_mention(
        &self,
        at: usize,
        para: u32,
        paras_back: u32,
    ) -> Option<(usize, Mention)> {
        let lo = at.saturating_sub(PLURAL_LOOKBACK);
        (lo..at).rev().find_map(|k| {
            let t = &self.tokens[k];
            if para.saturating_sub(t.para) > paras_back || t.quoted || !t.is_word() {
                return None;
            }
            // ("On Monday, about 200 residents marched": or after an
            // opening phrase.)
            if !speakers::opens_sentence(self.text, self.tokens, k)
                && !speakers::after_opening_phrase(self.text, self.tokens, k)
            {
                return None;
            }
            let hi = (k + 10).min(at);
            let m = speakers::mention_starting_at(self.text, self.tokens, k, hi)?;
            // ("Nancy Foner and Richard Alba suggest …. In the United
            // States, they write": or people named together, before
            // their verb.)
            let joint = (m.kind == MentionKind::Name)
                .then(|| speakers::joint_speakers(self.text, self.tokens, m, k, (k + 24).min(at)))
                .filter(|j| {
                    j.span != m.span
                        && self
                            .tokens
                            .get(self.token_end(j.span.end) + 1)
                            .is_some_and(|v| v.is_lower() && !v.has(lexicon::COMPLEMENT))
                });
            if let Some(j) = joint {
                return Some((k, j));
            }
            // (Not a possessor: "The farmers’ collective, Saragaon
            // Shetkari Sangh, submitted".)
            let possessor = self
                .tokens
                .get(self.token_end(m.span.end) + 1)
                .is_some_and(|a| a.is_punct('’') || a.is_punct('\''));
            (m.kind != MentionKind::Pronoun(Gender::Plural)
                && m.speaker_kind == SpeakerKind::Group
                && m.gender == Gender::Plural
                && !possessor)
                .then_some((k, m))
        })
    }

    /// Whether the subject at token `subject` is in the words the speech
    /// event at token `cue` reports: after it, in the same sentence.
    fn reports_in_sentence(&self, cue: usize, subject: usize) -> bool {
        // A quotation that ends with a full stop ends the sentence too.
        let ends_sentence = |t: &Token| {
            matches!(t.ascii_char(self.text), Some(b'.' | b'!' | b'?' | b';'))
                || (t.kind() == crate::tokens::Kind::Quoted
                    && crate::text::ends_sentence(t.span().as_str(self.text)))
        };
        cue < subject
            && subject - cue <= 40
            && self.tokens[cue].para == self.tokens[subject].para
            && !self.tokens[cue..subject].iter().any(ends_sentence)
    }

    fn learn_gender(&mut self, e: usize, g: Gender) {
        let s = &mut self.entities.list[e];
        if s.gender == Gender::Unknown && matches!(g, Gender::Male | Gender::Female) {
            s.gender = g;
        }
        // A one-word name taken up by "it" is an organisation, no longer
        // a "he" or "she".
        if g == Gender::Neuter && s.kind == SpeakerKind::Person {
            s.kind = SpeakerKind::Organisation;
            s.gender = Gender::Neuter;
        }
    }

    /// Adds to `quotes` the quotations nested in them ([`crate::nested`])
    /// whose reporting verb inside the outer quote says whose words they
    /// are, in text order.
    pub fn add_nested(&mut self, nested: &[Quotation], quotes: &mut Vec<Quote>) {
        let mut added = Vec::new();
        let mut i = 0;
        while i < nested.len() {
            let first = &nested[i];
            // The outer quote the next ones sit in, attributed and kept.
            let at = quotes.partition_point(|p| p.outer.start <= first.open.start);
            let Some(outer) = at.checked_sub(1).map(|k| &quotes[k]).filter(|p| {
                p.span.start <= first.open.start
                    && first.outer().end <= p.span.end
                    && p.speaker.is_some()
            }) else {
                i += 1;
                continue;
            };
            let end = i + nested[i..].partition_point(|q| q.open.start < outer.span.end);
            // The outer quotation is one token: its words are read once,
            // each quotation right inside it one token among them.
            let inner: Vec<Quotation> = nested[i..end]
                .iter()
                .filter(|q| q.depth == first.depth && q.outer().end <= outer.span.end)
                .copied()
                .collect();
            i = end.max(i + 1);
            let words = crate::tokens::tokenize(self.text, &[outer.span], &inner);
            let (own, own_mention, at) = (
                outer.speaker,
                outer.mention,
                self.token_at(outer.outer.start),
            );
            for q in &inner {
                let Some((verb, reporter)) = crate::nested::inner_report(self.text, &words, q)
                else {
                    continue;
                };
                let (speaker, mention) = match reporter {
                    crate::nested::Reporter::Outer => (own, own_mention),
                    // (Not the outer speaker: "he" who speaks of himself
                    // says "I".)
                    crate::nested::Reporter::Other(span) => {
                        let e = self.reported_by(span, at).filter(|&e| Some(e) != own);
                        (e, Some(span))
                    }
                };
                added.push(Quote {
                    span: q.content,
                    outer: q.outer(),
                    style: q.style,
                    kind: QuoteKind::Direct,
                    speaker,
                    referent: None,
                    mention,
                    cue: Some(verb),
                    attribution: Attribution::Nested,
                    confidence: CONF_NESTED,
                });
            }
        }
        if added.is_empty() {
            return;
        }
        quotes.extend(added);
        quotes.sort_by_key(|q| q.outer.start);
    }

    /// The entity of the one an outer quotation says spoke, named by
    /// `span` inside it (before token `at`): a person's name, a pronoun's
    /// antecedent, or a description as written ("my father").
    fn reported_by(&mut self, span: Span, at: usize) -> Option<usize> {
        let words = span.as_str(self.text);
        if let Some(g) = lexicon::entry(words).and_then(|e| e.pronoun) {
            return self.resolve_pronoun(g, at);
        }
        let named = crate::text::words(words).all(|w| w.starts_with(char::is_uppercase))
            && speakers::given_name_gender(words.split(' ').next().unwrap_or("")).is_some();
        Some(if named {
            let g = speakers::given_name_gender(words).unwrap_or(Gender::Unknown);
            let full = self
                .register
                .fullest(self.text, words, g)
                .map_or(words, |f| f.as_str(self.text));
            self.entities.get_or_add(full, SpeakerKind::Person, None, g)
        } else {
            self.entities
                .get_or_add(words, SpeakerKind::Group, None, Gender::Unknown)
        })
    }

    /// Adds the speaker turns of a transcript ([`crate::transcript`]) to
    /// `quotes`, in text order; a quotation inside a turn is the turn's
    /// speaker quoting someone, nested, and gives way to it.
    pub fn add_turns(&mut self, quotes: &mut Vec<Quote>) {
        let turns = crate::transcript::turns(self.text, self.tokens);
        let Some(first) = turns.first() else {
            return;
        };
        let answerer = self.interviewee_before(first.first);
        // (surname, or title of a name in parentheses; entity) of the
        // labels read so far, compared in any case.
        let mut labelled: Vec<(String, usize)> = Vec::new();
        let mut added = Vec::with_capacity(turns.len());
        for turn in &turns {
            let (speaker, mention, confidence) = match turn.label {
                crate::transcript::Label::Question => continue,
                crate::transcript::Label::Answer => (
                    answerer,
                    Some(self.tokens[turn.first].span()),
                    CONF_TRANSCRIPT_ANSWER,
                ),
                crate::transcript::Label::Named { words, apposed } => {
                    let (name, title) =
                        crate::transcript::label_name(self.text, self.tokens, words, apposed);
                    let surname = speakers::last_word(&name).to_string();
                    let known = labelled
                        .iter()
                        .find(|(s, _)| same_name(s, &surname))
                        .map(|&(_, e)| e);
                    let e = match known {
                        // "KESSLER" after "DOUGLAS KESSLER".
                        Some(e) if !name.contains(' ') => e,
                        _ => {
                            // "TRUMP" where the text names Donald Trump.
                            let at = self.tokens[turn.first].span().start;
                            let full = (!name.contains(' '))
                                .then(|| {
                                    self.register.fullest_near(
                                        self.text,
                                        &name,
                                        Gender::Unknown,
                                        at,
                                    )
                                })
                                .flatten()
                                .map(|s| s.as_str(self.text).to_string());
                            let name = full.unwrap_or(name);
                            let kind = crate::transcript::label_kind(&name);
                            let gender =
                                speakers::given_name_gender(&name).unwrap_or(Gender::Unknown);
                            self.entities
                                .get_or_add(&name, kind, title.as_deref(), gender)
                        }
                    };
                    labelled.retain(|(s, _)| !same_name(s, &surname));
                    labelled.push((surname, e));
                    // "MODERATOR" after "MODERATOR (ANNA LUNDQVIST)".
                    if let Some(t) = title.filter(|_| apposed.is_some()) {
                        labelled.retain(|(s, _)| !same_name(s, &t));
                        labelled.push((t, e));
                    }
                    let last = apposed.map_or(words.1, |a| a.1 + 1);
                    let span = Span::new(
                        self.tokens[words.0].span().start,
                        self.tokens[last - 1].span().end,
                    );
                    (Some(e), Some(span), CONF_TRANSCRIPT_NAMED)
                }
            };
            added.push(Quote {
                span: turn.speech,
                outer: turn.speech,
                style: crate::quotes::QuoteStyle::Unmarked,
                kind: QuoteKind::Direct,
                speaker,
                referent: None,
                mention,
                cue: None,
                attribution: Attribution::Transcript,
                confidence,
            });
        }
        if added.is_empty() {
            return;
        }
        // Both in text order: one walk finds the turn around each quote.
        let mut t = 0;
        quotes.retain(|q| {
            while added.get(t).is_some_and(|a| a.span.end <= q.outer.start) {
                t += 1;
            }
            !added
                .get(t)
                .is_some_and(|a| a.span.start <= q.outer.start && q.outer.end <= a.span.end)
        });
        quotes.extend(added);
        quotes.sort_by_key(|q| q.outer.start);
    }

    /// Token index of the first token starting at or after byte `b`.
    fn token_at(&self, b: usize) -> usize {
        self.tokens.partition_point(|t| t.span().start < b)
    }

    /// Attributes the top-level quotations, in order.
    /// Links each quote whose speaker is a description of a person named
    /// before to that person ([`crate::referents`]); a quote of the same
    /// speaker without such a description (a pronoun, a continuation)
    /// keeps the last referent found for it.
    pub fn link_referents(&mut self, quotes: &mut [Quote]) {
        // (speaker entity, its last referent), a few at a time.
        let mut last: Vec<(usize, usize)> = Vec::new();
        // The last unnamed speaker introduced by an indefinite ("One GOP
        // senator", "a person close to her"), with its paragraph.
        let mut unnamed: Option<(usize, u32)> = None;
        for q in quotes.iter_mut() {
            let Some(speaker) = q.speaker else {
                continue;
            };
            let para = self
                .tokens
                .get(self.token_at(q.outer.start))
                .map_or(0, |t| t.para);
            let name = &self.entities.list[speaker].name;
            if self.entities.list[speaker].kind != SpeakerKind::Person
                && crate::text::words(name)
                    .next()
                    .is_some_and(speakers::is_indefinite)
            {
                unnamed = Some((speaker, para));
            }
            // ("Here are six things the Oregon Democrat has said" then
            // "1. “…”": a quote with no mention of its own reads the one of
            // the speech event that gave it its speaker.)
            // ("Her husband said she had …. “…,” he said": or a pronoun's.)
            let own = q.mention.filter(|m| {
                self.tokens
                    .get(self.token_at(m.start))
                    .is_none_or(|t| t.pronoun().is_none())
            });
            let mention = own.or_else(|| {
                let at = self.token_at(q.outer.start);
                let before = self.events.partition_point(|e| e.cue.token < at);
                self.events[..before]
                    .iter()
                    .rev()
                    .take(SOLE_SPEAKER_EVENTS)
                    .find(|e| e.entity == Some(speaker))
                    .and_then(|e| e.mention)
                    .filter(|m| !matches!(m.kind, MentionKind::Pronoun(_)))
                    .map(|m| m.span)
                    // ("His daughter shook her head. “…,” she said": or the
                    // relative a pronoun took up as a subject.)
                    // ("The judge presiding over the trial … opened jury
                    // selection with what she called": or an unnamed
                    // description.)
                    .or_else(|| {
                        let kin = speakers::possessive_noun(name)
                            .and_then(|(_, n)| lexicon::kin(n))
                            .is_some();
                        let subjects = &self.register.subjects;
                        let before = subjects.partition_point(|s| s.token < at);
                        subjects[..before]
                            .iter()
                            .rev()
                            .take(SOLE_SPEAKER_EVENTS)
                            .find(|s| {
                                (kin || s.unnamed) && s.name.as_str(self.text) == name.as_str()
                            })
                            .map(|s| s.name)
                    })
            });
            let found = mention.and_then(|m| {
                crate::referents::referent(self.text, self.tokens, self.register, m)
                    .or_else(|| {
                        crate::referents::acronym_referent(self.text, self.tokens, self.register, m)
                    })
                    .or_else(|| {
                        crate::referents::cataphoric_referent(
                            self.text,
                            self.tokens,
                            self.register,
                            m,
                        )
                    })
                    .or_else(|| {
                        crate::referents::headline_referent(
                            self.text,
                            self.tokens,
                            self.register,
                            m,
                            self.headline,
                        )
                    })
                    // ("“…,” the diner owner said": the quote's own
                    // speaker may be a writer's variation.)
                    .or_else(|| {
                        own.filter(|&o| o == m).and_then(|o| {
                            crate::referents::variation_referent(
                                self.text,
                                self.tokens,
                                self.register,
                                o,
                            )
                        })
                    })
            });
            // ("Figueiredo, 57, now works …. the coach said" after
            // "Wanderley Figueiredo Santos": a referent found as a first
            // surname alone is the full name it opens.)
            let found = found.map(|s| {
                let n = s.as_str(self.text);
                if n.contains(' ') {
                    return s;
                }
                self.register
                    .first_surname_referent(n, Gender::Unknown)
                    .unwrap_or(s)
            });
            // ("Ms. Quispe said" after "Hilaria Quispe Mamani": a first
            // surname alone, when the given name before it is unknown.)
            let found = found.or_else(|| {
                let e = &self.entities.list[speaker];
                (e.kind == SpeakerKind::Person && !e.name.contains(' '))
                    .then(|| self.register.first_surname_referent(&e.name, e.gender))
                    .flatten()
            });
            let linked = if let Some(full) = found {
                Some(self.named_person(full.as_str(self.text)))
            } else if let Some(body) = mention.and_then(|m| {
                crate::referents::body_named_within(self.text, self.tokens, m)
                    .or_else(|| crate::referents::body_named_after(self.text, self.tokens, m))
            }) {
                // "the state-run Xinhua news agency said": the body its
                // own words name; "… in what their union described as
                // “…”" then "the Academic Staff Union said": the one named
                // after.
                Some(self.entities.get_or_add(
                    body.as_str(self.text),
                    SpeakerKind::Organisation,
                    None,
                    Gender::Neuter,
                ))
            } else if let Some(e) = self.described_relative(speaker).and_then(|(owner, noun)| {
                let spouse = !matches!(noun, "mother" | "father");
                spouse
                    .then(|| self.spouse_in_pair(owner, q.outer.start))
                    .flatten()
                    .or_else(|| self.relative_introduced(owner, noun, q.outer.start))
            }) {
                // "Roland and Beatrice Hollingrake …. Her husband said",
                // "Graeme Rydberg and his wife, Shona Rydberg, …. Her
                // husband nodded", "Teodora Lorincz …. Her son, Matyas
                // Lorincz, said …. “…,” his mother said".
                Some(e)
            } else if let Some(e) = unnamed
                .filter(|&(e, p)| p + 1 >= para && e != speaker)
                .map(|(e, _)| e)
                .filter(|&e| self.takes_up(speaker, e))
            {
                // "One GOP senator told Fox News …. “…,” the senator said":
                // the unnamed speaker the description takes up.
                Some(e)
            } else if let Some(e) = self.source_introduced_before(speaker, q.outer.start) {
                // "A second adviser was blunter. “…,” this person said".
                Some(e)
            } else if let Some(e) = mention.and_then(|m| self.document_agent(m)) {
                // "A statement issued by the Lok Sabha Secretariat said",
                // "A report released by the Office of the Inspector
                // General … described": the agent that issued it.
                Some(e)
            } else if let Some(e) = self.document_author(speaker, q.outer.start) {
                // "Søderholm wrote in a memo to staff …. The memo adds",
                // "an email Dale Pruett sent …. “…,” the email read".
                Some(e)
            } else if let Some((e, mention)) = self.statement_sender(speaker, q.outer.start) {
                // "Andalar said in a statement that …. “…,” the statement
                // said": the one who issued it; the person a description
                // of it stands for ("In a statement, the president said").
                // (Or the body a description of it stands for: "The
                // hospital said in a statement …. “…,” the statement said".)
                // (A sender named in full is who it is: "his nephew,
                // Andre Guidroz, said in a statement".)
                let named = self.entities.list[e].kind == SpeakerKind::Person
                    && self.entities.list[e].name.contains(' ');
                let person = mention.filter(|_| !named).and_then(|m| {
                    crate::referents::referent(self.text, self.tokens, self.register, m)
                });
                // (Or the one the sender's description was found to stand
                // for: "The paper’s corresponding author, Prof. Han
                // Seo-yeon of …, said in a statement".)
                let stood_for = last.iter().rev().find(|&&(s, _)| s == e).map(|&(_, r)| r);
                Some(match (person, mention) {
                    (Some(full), _) => self.named_person(full.as_str(self.text)),
                    (None, Some(m)) => self.body_spoken_before(m).or(stood_for).unwrap_or(e),
                    (None, None) => stood_for.unwrap_or(e),
                })
            } else {
                // "Acme Corp. reported higher profit. “…,” the company
                // said": the organisation that spoke last before.
                mention.and_then(|m| self.body_spoken_before(m))
            };
            match linked {
                Some(e) if e != speaker => {
                    q.referent = Some(e);
                    last.retain(|&(s, _)| s != speaker);
                    last.push((speaker, e));
                }
                Some(_) => {}
                None => {
                    // (By name too: "The Spaniard" read by a cue is a
                    // description, "the Spaniard smiled … he said" a
                    // subject, two entities of one description.)
                    let name = &self.entities.list[speaker].name;
                    q.referent = last
                        .iter()
                        .rev()
                        .find(|&&(s, _)| {
                            s == speaker || same_name(&self.entities.list[s].name, name)
                        })
                        .map(|&(_, e)| e);
                }
            }
        }
    }

    /// Headline quotes whose words a quote of the body repeats take that
    /// quote's speaker when the headline gave them none or only a weak one
    /// (a signature, a sentence's subject, the quote before's): `Kittiwake Parade to reunite:
    /// ‘We’re older, not wiser’` is the words of the band member who says
    /// them below. The words must run two or more, compared ignoring ASCII
    /// case (headlines are often in title case).
    /// The headline's quotes that found no speaker here are left out.
    pub fn take_up_headline_repeats(&mut self, quotes: &mut Vec<Quote>) {
        let Some(h) = self.headline else {
            return;
        };
        let waiting = std::mem::take(&mut self.headline_unattributed);
        let waited = !waiting.is_empty();
        if waited {
            // (Headline quotes come before the body's; both lists are in
            // text order.)
            quotes.extend(waiting);
            quotes.sort_by_key(|q| q.outer.start);
        }
        let para_of = |q: &Quote| {
            self.tokens
                .get(self.token_at(q.outer.start))
                .map(|t| t.para)
        };
        let body = quotes.partition_point(|q| para_of(q).is_some_and(|p| p <= h));
        let (head, rest) = quotes.split_at_mut(body);
        for q in head.iter_mut().take(REPEAT_HEADLINE_QUOTES) {
            // (A headline's second quote carried on from its first is
            // weak too: "Guzmán touts ‘Nevada Works’; Republicans see
            // ‘empty promises’".)
            let weak = matches!(
                q.attribution,
                Attribution::None
                    | Attribution::Signature
                    | Attribution::SentenceSubject
                    | Attribution::Continuation
            );
            let words = q
                .span
                .as_str(self.text)
                .trim_matches(|c: char| !c.is_alphanumeric());
            if !weak || crate::text::words(words).nth(1).is_none() {
                continue;
            }
            let mut budget = REPEAT_SEARCH_BYTES;
            let found = rest.iter().find(|b| {
                let s = b.span.as_str(self.text);
                let within = budget > 0;
                budget = budget.saturating_sub(s.len());
                within && b.speaker.is_some() && contains_ignore_ascii_case(s, words)
            });
            if let Some(b) = found {
                q.speaker = b.speaker;
                q.referent = b.referent;
                q.mention = b.mention;
                q.cue = None;
                q.attribution = Attribution::Repeated;
                q.confidence = b.confidence.min(CONF_REPEATED);
            }
        }
        if waited {
            quotes.retain(|q| q.speaker.is_some() || para_of(q).is_none_or(|p| p > h));
        }
    }

    /// The unnamed source a generic "this person" or "the source" speaker
    /// takes up: an indefinite description opening a sentence of the
    /// quote's paragraph or the one before, before byte `at` ("A second
    /// adviser was blunter. “…,” this person said"), the nearest; for a
    /// definite description of a person ("the official"), one with its
    /// noun ("One Democratic official in Washington … was blunter").
    fn source_introduced_before(&mut self, speaker: usize, at: usize) -> Option<usize> {
        let name = &self.entities.list[speaker].name;
        let mut words = crate::text::words(name);
        let det = words.next()?;
        let head = words.next()?;
        if words.next().is_some()
            || !(det.eq_ignore_ascii_case("this") || det.eq_ignore_ascii_case("the"))
        {
            return None;
        }
        // ("One Democratic official in Washington … was blunter. “…,” the
        // official said": or the noun of the description itself.)
        let any_head = matches!(head, "person" | "source");
        if !any_head && !speakers::is_person_word(head) {
            return None;
        }
        let k = self.token_at(at);
        let para = self.tokens.get(k)?.para;
        let toks = self.tokens;
        let m = (k.saturating_sub(SOURCE_TOKENS_BACK)..k)
            .rev()
            .take_while(|&j| toks[j].para + 1 >= para)
            .filter(|&j| {
                toks[j].is_capitalised()
                    && speakers::is_indefinite(self.word(j))
                    && speakers::opens_sentence(self.text, toks, j)
            })
            .find_map(|j| {
                // (The whole description a speech event read there: "A
                // person close to her said".)
                let at = self.events.partition_point(|e| e.cue.token < j);
                self.events[at..]
                    .iter()
                    .take(4)
                    .filter_map(|e| e.mention)
                    .find(|m| m.first_token == j)
                    .or_else(|| speakers::mention_starting_at(self.text, toks, j, k))
                    .filter(|m| m.kind == MentionKind::Description && m.first_token == j)
                    .filter(|m| {
                        any_head
                            || speakers::head_noun(m.name.as_str(self.text))
                                .eq_ignore_ascii_case(head)
                    })
            })?;
        Some(
            self.entities
                .get_or_add(m.name.as_str(self.text), SpeakerKind::Group, None, m.gender),
        )
    }

    /// Whether the definite description `speaker` ("the senator", "the
    /// person") takes up the unnamed speaker `unnamed` ("One GOP senator",
    /// "a person close to her"): the same head noun.
    fn takes_up(&self, speaker: usize, unnamed: usize) -> bool {
        let (d, u) = (
            &self.entities.list[speaker].name,
            &self.entities.list[unnamed].name,
        );
        crate::text::words(d)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && speakers::head_noun(d).eq_ignore_ascii_case(speakers::head_noun(u))
    }

    /// The sender of the statement a description "the statement" or "the
    /// ministry statement" stands for: the speaker of the last report
    /// made "in a statement" in the quote's paragraph or the two before
    /// ("Andalar said in a statement that …", "In a statement, the
    /// ministry said …"), with the mention that names it. `speaker` is the
    /// description's entity, `at` the byte where its quote opens.
    fn statement_sender(&self, speaker: usize, at: usize) -> Option<(usize, Option<Span>)> {
        let described = &self.entities.list[speaker];
        if described.kind == SpeakerKind::Person
            || !speakers::head_noun(&described.name).eq_ignore_ascii_case("statement")
        {
            return None;
        }
        let k = self.token_at(at);
        let para = self.tokens.get(k).map_or(0, |t| t.para);
        let before = self.events.partition_point(|e| e.last < k);
        // (Not when the text said who issued it: "a separate statement
        // issued by the Sanders campaign", not the last one who spoke.)
        let toks = self.tokens;
        let issued_by = (k.saturating_sub(STATEMENT_ISSUER_TOKENS)..k)
            .rev()
            .filter(|&j| toks[j].is_lower() && !toks[j].quoted && self.word(j) == "statement")
            .take(2)
            .any(|j| {
                crate::referents::PUBLISHING_VERBS.contains(self.word(j + 1))
                    && (j + 2..(j + 5).min(k)).any(|b| self.word(b) == "by")
            });
        if issued_by {
            return None;
        }
        // (Not the description's own report before its quote: "The
        // statement added: “…”".)
        let recent = || {
            self.events[..before]
                .iter()
                .rev()
                .filter(|e| e.entity != Some(speaker))
                .take(STATEMENT_EVENTS_BACK)
                .take_while(|e| self.tokens[e.cue.token].para + 2 >= para)
        };
        let sender = |e: &Event| e.entity.map(|x| (x, e.mention.map(|m| m.span)));
        let other = |&(e, _): &(usize, Option<Span>)| {
            let s = &self.entities.list[e];
            e != speaker && !speakers::head_noun(&s.name).eq_ignore_ascii_case("statement")
        };
        let statement_noun = |j: usize| {
            let t = &self.tokens[j];
            t.is_lower() && t.has(lexicon::STATEMENT_NOUN) && !t.quoted
        };
        recent()
            .filter(|e| {
                // A word for a statement near the report, before or after
                // its verb, in its sentence ("in a statement", "in a
                // written response"; "In a communique read on state
                // television …, the government described": from the
                // sentence's start).
                let lo = self
                    .sentence_start(e.first, STATEMENT_NOUN_REACH)
                    .min(e.first.saturating_sub(4));
                let hi = (e.last + 5).min(self.tokens.len());
                (lo..hi).any(statement_noun)
            })
            // ("The Larder Network … said in a statement that 41 of its
            // member food banks had reported …": the report whose words
            // hold another is the statement's.)
            .map(|e| {
                let s = self.sentence_start(e.first, REPORT_HOLDER_REACH);
                let from = self.events.partition_point(|o| o.cue.token < s);
                self.events[from..]
                    .iter()
                    .take_while(|o| o.cue.token < e.cue.token)
                    .find(|o| {
                        o.entity.is_some_and(|x| x != speaker)
                            && o.first >= s
                            && self.tokens[o.cue.token].para == self.tokens[e.cue.token].para
                            && (o.cue.token..e.first).any(statement_noun)
                    })
                    .unwrap_or(e)
            })
            .find_map(sender)
            .filter(other)
            // ("The Arts Council said its budget had been cut …." then
            // "“…,” a statement said": else the body that reported in the
            // paragraph just before.)
            .or_else(|| {
                recent()
                    .take_while(|e| self.tokens[e.cue.token].para + 1 >= para)
                    .find_map(sender)
                    .filter(|&(e, _)| self.entities.list[e].kind == SpeakerKind::Organisation)
                    .filter(other)
            })
    }

    /// The agent a document's description names after its noun with a
    /// verb that publishes and "by" ("A statement issued by the Lok Sabha
    /// Secretariat", "A report released by the Office of the Inspector
    /// General"), in the mention `m` or right after its noun.
    fn document_agent(&mut self, m: Span) -> Option<usize> {
        let toks = self.tokens;
        let first = self.token_at(m.start);
        let head = (first..(first + 4).min(toks.len())).find(|&k| {
            toks[k].is_lower()
                && (toks[k].has(lexicon::STATEMENT_NOUN)
                    || crate::referents::is_document_noun(self.word(k)))
        })?;
        // ("A statement from the Platform Economy Forum": or "from" right
        // after the noun.)
        // ("A joint statement from three app companies, circulated by the
        // industry group Platform Economy Forum,": or a verb that
        // publishes a few words on, in the same clause.)
        let para = toks[head].para;
        let agent_after = |at: usize| {
            let hi = (at + DOCUMENT_AGENT_TOKENS).min(toks.len());
            speakers::mention_starting_at(self.text, toks, at, hi).filter(|a| {
                a.kind == MentionKind::Name && a.first_token <= at + DOCUMENT_AGENT_WORDS_BEFORE
            })
        };
        let published_by = || {
            let v = (head + 1..(head + 1 + DOCUMENT_VERB_TOKENS).min(toks.len()))
                .take_while(|&k| {
                    let t = &toks[k];
                    t.para == para
                        && !t.quoted
                        && !matches!(t.ascii_char(self.text), Some(b'.' | b';' | b'?' | b'!'))
                })
                .find(|&k| {
                    toks[k].is_lower()
                        && crate::referents::PUBLISHING_VERBS.contains(self.word(k))
                        && self.word(k + 1) == "by"
                })?;
            agent_after(v + 2)
        };
        let a = (self.word(head + 1) == "from")
            .then(|| agent_after(head + 2))
            .flatten()
            .or_else(published_by)?;
        Some(self.resolve(&a, a.first_token).unwrap_or_else(|| {
            self.entities
                .get_or_add(a.name.as_str(self.text), a.speaker_kind, None, a.gender)
        }))
    }

    /// The author of the document a description `speaker` names ("the
    /// memo", "the letter", "the complaint"), for a quote opening at byte
    /// `at`: the subject of a report the document's noun stands by ("In a
    /// memo to staff, Søderholm wrote"), the name the noun is sent or
    /// written by ("an email Dale Pruett sent", "a letter from …", "Dale
    /// Pruett's email"), or for a suit the party that sued ("Tessaract
    /// Medical Inc. sued …"), in the paragraphs before.
    fn document_author(&mut self, speaker: usize, at: usize) -> Option<usize> {
        let described = &self.entities.list[speaker];
        if described.kind == SpeakerKind::Person {
            return None;
        }
        let mut words = crate::text::words(&described.name);
        let first = words.next()?;
        let noun = words.next()?;
        if words.next().is_some()
            || !(first.eq_ignore_ascii_case("the") || first.eq_ignore_ascii_case("that"))
            || !crate::referents::AUTHORED_NOUNS.contains_ignore_ascii_case(noun)
        {
            return None;
        }
        let k = self.token_at(at);
        let para = self.tokens.get(k)?.para;
        let toks = self.tokens;
        let lo = toks
            .partition_point(|t| t.para + DOCUMENT_PARAGRAPHS_BACK < para)
            .max(k.saturating_sub(DOCUMENT_TOKENS_BACK));
        let is_noun = |j: usize| {
            let t = &toks[j];
            t.is_lower()
                && !t.quoted
                && self
                    .word(j)
                    .strip_suffix('s')
                    .unwrap_or(self.word(j))
                    .eq_ignore_ascii_case(noun)
        };
        // The last time the text used the noun before, not the
        // description's own.
        let own = self.events.partition_point(|e| e.last < k);
        let own_first = self.events[..own]
            .iter()
            .rev()
            .take_while(|e| e.cue.token >= lo)
            .find(|e| e.entity == Some(speaker))
            .map_or(k, |e| e.first);
        // A report in the noun's sentence ("In a memo sent to staff, …,
        // Søderholm wrote that …").
        let sentence = |j: usize| {
            let p = toks[j].para;
            let a = self.sentence_start(j, j - lo);
            let b = (j..k)
                .find(|&i| toks[i].para != p || toks[i].is_punct('.'))
                .unwrap_or(k);
            (a, b)
        };
        let named = |j: usize, b: usize| {
            speakers::mention_starting_at(self.text, toks, j, b)
                .filter(|m| m.kind == MentionKind::Name && m.first_token == j)
        };
        // Each earlier use of the noun, the latest first.
        let mut found = None;
        // (The description's own words first: "The complaint, filed on
        // Tuesday by Marguerite Sabbagh, … alleges".)
        let own_noun = (own_first + 1 < k && is_noun(own_first + 1)).then_some(own_first + 1);
        let earlier = (lo..own_first.min(k)).rev().filter(|&j| is_noun(j)).take(8);
        for used in own_noun.into_iter().chain(earlier) {
            let (a, b) = sentence(used);
            let from = self.events[..own].partition_point(|e| e.cue.token < a);
            let reported = self.events[from..own]
                .iter()
                .take_while(|e| e.cue.token < b)
                .find_map(|e| {
                    e.entity.filter(|&x| {
                        // ("The fire district said in a separate Facebook
                        // post": a body described is one.)
                        let s = &self.entities.list[x];
                        x != speaker
                            && (s.kind != SpeakerKind::Group
                                || crate::referents::is_body_noun(speakers::head_noun(&s.name)))
                    })
                });
            if let Some(e) = reported {
                return Some(e);
            }
            // "an email Dale Pruett sent", "a letter from Maximilian
            // Draeger", "Dale Pruett's email".
            let after = used + 1;
            let sent = named(after, b).filter(|m| {
                let v = self.token_end(m.span.end) + 1;
                matches!(
                    self.word(v),
                    "sent" | "wrote" | "signed" | "emailed" | "posted"
                )
            });
            let from = (self.word(after) == "from")
                .then(|| named(after + 1, b))
                .flatten();
            // ("A report released last month by the city's Office of
            // Inspector General": the agent of its publishing.)
            let apposed = used == own_first + 1 && toks.get(after).is_some_and(|t| t.is_punct(','));
            let by = (after + usize::from(apposed)
                ..b.min(after + usize::from(apposed) + PUBLISHED_BY_REACH))
                .take_while(|&i| {
                    (toks[i].is_lower() || toks[i].has(lexicon::WEEKDAY)) && !toks[i].quoted
                })
                .find(|&i| self.word(i) == "by")
                .filter(|&i| {
                    toks[after..i].iter().any(|t| {
                        crate::referents::PUBLISHING_VERBS.contains(t.span().as_str(self.text))
                    })
                })
                .and_then(|i| {
                    (i + 1..b.min(i + 4))
                        .find(|&c| toks[c].is_capitalised())
                        .filter(|&c| toks[i + 1..c].iter().all(|t| t.is_word()))
                        .and_then(|c| named(c, b))
                });
            let owner = (used > 0 && toks[used - 1].is_capitalised())
                .then(|| crate::text::possessive_stem(self.word(used - 1)))
                .flatten()
                .and_then(|_| speakers::mention_ending_at(self.text, toks, used - 1, a))
                .filter(|m| m.kind == MentionKind::Name);
            // ("Fourteen utilities … had submitted a joint letter to the
            // committee": the subject of the verb that sent it.)
            let subject = || {
                (used.saturating_sub(SENT_OBJECT_REACH).max(a)..used)
                    .any(|i| {
                        toks[i].is_lower()
                            && crate::referents::PUBLISHING_VERBS.contains(self.word(i))
                    })
                    .then(|| {
                        self.clause_subject(a, used)
                            .or_else(|| self.first_subject(a, used))
                    })
                    .flatten()
            };
            found = sent.or(from).or(by).or(owner).or_else(subject);
            if found.is_some() {
                break;
            }
        }
        // ("Chief Justice Mandisa Ntuli, who wrote to the Judge President
        // …. “…,” the letter read": a letter not named before is the one
        // the last person who wrote, in the paragraph before, wrote.)
        if found.is_none() && crate::referents::LETTER_NOUNS.contains_ignore_ascii_case(noun) {
            found = (lo..k)
                .rev()
                .take_while(|&v| toks[v].para + 1 >= para)
                .find(|&v| self.word(v) == "wrote")
                .and_then(|v| {
                    let end = if v >= 3 && self.word(v - 1) == "who" && toks[v - 2].is_punct(',') {
                        v - 3
                    } else {
                        v.checked_sub(1)?
                    };
                    toks[end]
                        .name_part
                        .then(|| speakers::name_ending_at(self.text, toks, end, lo))
                        .flatten()
                        .filter(|m| m.kind == MentionKind::Name)
                });
        }
        // A suit's author: the party that sued or filed it.
        if found.is_none() && crate::referents::SUIT_NOUNS.contains_ignore_ascii_case(noun) {
            found = (lo..k).rev().find_map(|v| {
                (matches!(self.word(v), "sued" | "filed") && v > 0 && toks[v - 1].name_part)
                    .then(|| speakers::mention_ending_at(self.text, toks, v - 1, lo))
                    .flatten()
                    .filter(|m| m.kind == MentionKind::Name)
            });
        }
        // ("Fenbridgeshire Police posted a fresh appeal on social media.
        // “…,” the post said": a post's author is the subject that posted
        // it, in this paragraph or the one before; so is a caption's.)
        if found.is_none() && matches!(noun, "post" | "tweet" | "caption") {
            found = (lo..k)
                .rev()
                .take_while(|&v| toks[v].para + 1 >= para)
                .find(|&v| matches!(self.word(v), "posted" | "tweeted") && toks[v].is_lower())
                .and_then(|v| {
                    let s = self.sentence_start(v, v - lo);
                    speakers::mention_ending_at(self.text, toks, v.checked_sub(1)?, s)
                        .filter(|m| self.token_end(m.span.end) + 1 == v)
                })
                .filter(|m| m.kind == MentionKind::Name || m.kind == MentionKind::Description);
        }
        let m = found?;
        self.resolve(&m, m.first_token)
    }

    /// The gender of the possessive and the noun of a description of a
    /// spouse or a parent, `speaker` ("her husband": female, "husband";
    /// "his mother": male, "mother").
    fn described_relative(&self, speaker: usize) -> Option<(Gender, &'static str)> {
        let described = &self.entities.list[speaker];
        // (The cheap test first: this runs for every description.)
        let name = described.name.as_bytes();
        if described.kind == SpeakerKind::Organisation
            || name.len() < 8
            || !(name[..4].eq_ignore_ascii_case(b"her ") || name[..4].eq_ignore_ascii_case(b"his "))
        {
            return None;
        }
        let (owner, noun) = speakers::possessive_noun(&described.name)?;
        let noun = [
            "husband", "wife", "spouse", "partner", "mother", "father", "sister", "brother", "son",
            "daughter",
        ]
        .into_iter()
        .find(|&n| n == noun)?;
        Some((owner, noun))
    }

    /// The spouse a description "her husband" or "his wife" stands for
    /// when the text named a couple by given names sharing a surname not
    /// long before ("Roland and Beatrice Hollingrake …. Her husband said"):
    /// the one of the two who is not of the possessive's gender `owner`
    /// (see [`Self::described_relative`]). `at` is the byte where the quote
    /// opens.
    fn spouse_in_pair(&mut self, owner: Gender, at: usize) -> Option<usize> {
        let text = self.text;
        let pairs = &self.register.pairs;
        let &(g1, g2, sn) = pairs[..pairs.partition_point(|p| p.2.end <= at)]
            .last()
            .filter(|p| at - p.2.end <= SPOUSE_REACH)?;
        let gender = |g: Span| lexicon::first_name_gender(g.as_str(text));
        let spouse = match (gender(g1), gender(g2)) {
            (Some(a), _) if a == owner => g2,
            (_, Some(b)) if b == owner => g1,
            _ => return None,
        };
        let name = speakers::given_and_surname(text, spouse, sn);
        Some(self.named_person(&name))
    }

    /// The spouse a description "her husband" or "his wife" stands for
    /// when the text introduced her as his wife, or him as her husband,
    /// not long before ("Graeme Rydberg, 61, and his wife, Shona Rydberg,
    /// …. Her husband nodded"), or the parent "his mother" stands for when
    /// the text introduced him as her son: the person named before that
    /// "his" or "her" (see [`crate::referents::introducer`]). `owner` and
    /// `noun` are the description's (see
    /// [`Self::described_relative`]), `at` the byte where its quote opens.
    fn relative_introduced(&mut self, owner: Gender, noun: &str, at: usize) -> Option<usize> {
        let text = self.text;
        // "Her husband" looks for a woman introduced as "his wife", "his
        // mother" for a man introduced as "her son".
        let (introduced, by) = match (owner, noun) {
            (Gender::Female, "husband") => ("wife", "his"),
            (Gender::Male, "wife") => ("husband", "her"),
            (Gender::Male, "mother") => ("son", "her"),
            (Gender::Female, "mother") => ("daughter", "her"),
            (Gender::Male, "father") => ("son", "his"),
            (Gender::Female, "father") => ("daughter", "his"),
            // ("Kadri Kaljulaid … her younger brother, Rasmus Kaljulaid ….
            // His sister said": a sibling the other was introduced by.)
            (Gender::Male, "sister") => ("brother", "her"),
            (Gender::Female, "sister") => ("sister", "her"),
            (Gender::Male, "brother") => ("brother", "his"),
            (Gender::Female, "brother") => ("sister", "his"),
            // ("Dennis Mulrooney … his father, Pat, …. “…,” his son said":
            // a child the parent was introduced by.)
            (Gender::Male, "son") => ("father", "his"),
            (Gender::Female, "son") => ("mother", "his"),
            (Gender::Male, "daughter") => ("father", "her"),
            (Gender::Female, "daughter") => ("mother", "her"),
            _ => return None,
        };
        let mentions = self.register.full_mentions();
        let before = mentions.partition_point(|s| s.end <= at);
        let owner = mentions[..before]
            .iter()
            .rev()
            .take_while(|s| at - s.end <= SPOUSE_REACH)
            .find_map(|s| {
                crate::referents::introducer(
                    text,
                    self.tokens,
                    self.register,
                    self.token_at(s.start),
                    |w| w == introduced,
                    Some(by),
                    s.as_str(text),
                )
                .or_else(|| self.possessor_in_appositive(s, introduced))
            })?;
        let name = owner.as_str(text).to_string();
        Some(self.named_person(&name))
    }

    /// "Yuko Matsunaga, Kenji's wife,": the full name of the possessor whose
    /// `noun` the appositive right after the name `s` calls its person.
    fn possessor_in_appositive(&self, s: &Span, noun: &str) -> Option<Span> {
        let after = self.token_at(s.end);
        let toks = self.tokens;
        let [comma, owner, kin] = toks.get(after..after + 3)? else {
            return None;
        };
        if !comma.is_punct(',') || !owner.is_capitalised() || kin.span().as_str(self.text) != noun {
            return None;
        }
        let stem = crate::text::possessive_stem(owner.span().as_str(self.text))?;
        self.register
            .fullest(self.text, stem, Gender::Unknown)
            .filter(|f| f.start < s.start)
    }

    /// Whether the clause a name opens, before its verb, calls its subject
    /// "its" after the verb and before any other name: "Sinar Logam Timur
    /// denied that its operations had harmed the bay".
    fn its_in_clause(&self, m: &Mention) -> bool {
        let after = self.token_end(m.span.end) + 1;
        let verb = self.tokens.get(after).is_some_and(|t| {
            t.is_lower() && (t.lemma().is_some() || speakers::is_past_form(self.text, t))
        });
        verb && (after + 1..(after + ITS_REACH).min(self.tokens.len()))
            .map_while(|k| {
                let t = &self.tokens[k];
                (t.para == self.tokens[after].para
                    && !t.quoted
                    && !t.name_part
                    && !matches!(t.ascii_char(self.text), Some(b'.' | b';' | b'?' | b'!')))
                .then_some(k)
            })
            .any(|k| self.word(k) == "its")
    }

    /// The organisation of the last speech event before `mention`, in its
    /// paragraph or the two before, when the mention is a description of a
    /// body ("the company").
    fn body_spoken_before(&mut self, mention: Span) -> Option<usize> {
        if !crate::referents::names_a_body(self.text, self.tokens, mention) {
            return None;
        }
        let at = self.token_at(mention.start);
        let para = self.tokens.get(at)?.para;
        let before = self.history.partition_point(|&(pos, _)| pos < at);
        let described = mention.as_str(self.text);
        let head = speakers::last_word(described);
        let named = |name: &str| crate::referents::description_fits_body(described, name);
        // (Or a name read as a person's with no given name known, that
        // spoke "in a statement": "Minera Cordillera Sur said in a
        // statement", "In written testimony, Veritas BioAnalytics said".)
        // ("In a statement posted on its website, Skyreach said": in its
        // sentence, before the verb too; a one-word name, only with "its"
        // there.)
        let in_statement = |pos: usize, one_word: bool| {
            let p = self.tokens[pos].para;
            let (mut statement, mut its, mut own_noun) = (false, false, false);
            for k in
                self.sentence_start(pos, 16)..(pos + SENTENCE_NOUN_REACH).min(self.tokens.len())
            {
                let t = &self.tokens[k];
                if t.para == p && t.is_lower() && !t.quoted {
                    let near = k < pos + STATEMENT_REACH;
                    statement |= near && BODY_STATEMENTS.contains(self.word(k));
                    its |= near && self.word(k) == "its";
                    // ("Kōyōsha said a final volume would be published, …
                    // at the company’s gallery": the description's own
                    // noun, in the possessive, in the report's sentence.)
                    own_noun |= k > 0
                        && self.word(k - 1) == "the"
                        && crate::text::possessive_stem(self.word(k))
                            .is_some_and(|s| s.eq_ignore_ascii_case(head));
                }
            }
            (statement && (its || !one_word)) || own_noun
        };
        // (An organisation that spoke; else one a sentence opened with;
        // else the unknown name that spoke in a statement.)
        let recent = || {
            self.history[..before]
                .iter()
                .rev()
                .take(BODY_EVENTS_BACK)
                .take_while(|&&(pos, _)| self.tokens[pos].para + BODY_PARAGRAPHS_BACK >= para)
        };
        let spoke = recent()
            .find(|&&(_, e)| {
                let s = &self.entities.list[e];
                s.kind == SpeakerKind::Organisation && named(&s.name)
            })
            .copied();
        // "Brightway Stores will close 120 stores, the company announced":
        // or the organisation a sentence opened with, in the mention's
        // paragraph or the one before.
        // ("Shares of Halvard Outdoor Co. fell 14%. … the company said":
        // or else the last one named there or in the paragraph before whose
        // name says it is a body.)
        let toks = self.tokens;
        // (A name after a noun for a body is one: "Danish carrier Nordlys
        // Line".)
        let body_noun_before = |k: usize| {
            k > 0 && toks[k - 1].is_lower() && crate::referents::is_body_noun(self.word(k - 1))
        };
        // (Or the description's own noun after it: "The Save Our Acute
        // Services group …. the group wrote".)
        let head_after = |m: &Mention| {
            let n = self.token_end(m.span.end) + 1;
            toks.get(n).is_some_and(|t| t.is_lower()) && self.word(n).eq_ignore_ascii_case(head)
        };
        // (Or a company's first word, its full name known: "Crestline
        // operates 212 stores" after "Crestline Outfitters".)
        let organisation_at = |k: usize| {
            speakers::mention_starting_at(self.text, toks, k, at).filter(|m| {
                m.kind == MentionKind::Name
                    && (m.speaker_kind == SpeakerKind::Organisation
                        || body_noun_before(m.first_token)
                        || head_after(m)
                        // (Or one whose name says it is that kind of body:
                        // "Tyneford United" for "the club".)
                        || crate::referents::name_says_kind(m.name.as_str(self.text), head)
                        // (Or one its own clause calls "its": "Sinar Logam
                        // Timur denied that its operations had harmed".)
                        || self.its_in_clause(m)
                        // (Or one the text put a body's noun before
                        // anywhere: "the app Pulsewell".)
                        || self.register.is_body(self.text, m.name.as_str(self.text))
                        || self
                            .register
                            .company_named(self.text, m.name.as_str(self.text))
                            .is_some())
                    && !self.is_dateline(m)
                    && !speakers::is_street_name(m.name.as_str(self.text))
                    && named(m.name.as_str(self.text))
                    // (Not a person's title and given name: "Sir Hugh
                    // Mackellar has resigned as chair of Strathbogie &
                    // Dalziel".)
                    && !(m.speaker_kind == SpeakerKind::Person
                        && m.title.is_some()
                        && speakers::given_name_gender(m.name.as_str(self.text)).is_some())
                    // (Not a noun for people opening a sentence: "Nurses at
                    // Harbourview Regional Medical Center will walk out".)
                    && !(m.span.end == toks[m.first_token].span().end
                        && toks[m.first_token].has(lexicon::GROUP)
                        && !toks[m.first_token].has(lexicon::ORGANISATION))
                    // (Nor a body's word opening a sentence before a noun:
                    // "Daily room cleaning has become …".)
                    && !(m.span.end == toks[m.first_token].span().end
                        && toks[m.first_token].has(lexicon::ORGANISATION)
                        && speakers::opens_sentence(self.text, toks, m.first_token)
                        && toks.get(m.first_token + 1).is_some_and(|n| {
                            n.is_word()
                                && n.is_lower()
                                && n.lemma().is_none()
                                && !n.has(lexicon::COMPLEMENT | lexicon::FILLER)
                        }))
            })
        };
        let near = |paragraphs: u32| {
            (at.saturating_sub(BODY_TOKENS_BACK)..at)
                .rev()
                .take_while(move |&k| toks[k].para + paragraphs >= para)
                // (Not in a headline: "Nurses vote to strike at Harbourview
                // hospital" names no body "Nurses".)
                .filter(|&k| {
                    Some(toks[k].para) != self.headline
                        && toks[k].name_part
                        && (k == 0 || !toks[k - 1].name_part || toks[k - 1].para != toks[k].para)
                })
        };
        // ("U.S. Customs and Border Protection did not respond …. “…,” the
        // agency said": one opening a sentence of the mention's own
        // paragraph beats one that spoke in a paragraph before.)
        let here = || {
            near(0)
                .filter(|&k| speakers::opens_sentence(self.text, toks, k))
                .find_map(organisation_at)
        };
        // (Unless its name is of no kind the description's noun says, and
        // one opening a sentence just before is: "Eastwind Air has been
        // fined …. “…,” the airline said" after "Stonebrook said".)
        let kind_fits = |name: &str| {
            crate::referents::fits_any_body(head) || crate::referents::name_fits_head(name, head)
        };
        let spoke_fits = spoke.is_none_or(|(_, e)| kind_fits(&self.entities.list[e].name));
        // ("The Bozdak mine is owned by Karaqum Energy, a private company
        // that supplies …. In a statement, the company said": a name the
        // mention's paragraph apposed to its noun beats any body that spoke
        // before.)
        // (Not the end of a longer name: "Mercy" of "Hands of Mercy, a
        // charity".)
        let apposed_here = near(0).find_map(|k| {
            if k >= 2 && matches!(self.word(k - 1), "of" | "for") && toks[k - 2].name_part {
                return None;
            }
            let m = speakers::mention_starting_at(self.text, toks, k, at)
                .filter(|m| m.kind == MentionKind::Name && m.first_token == k)?;
            let e = self.token_end(m.span.end);
            (toks.get(e + 1).is_some_and(|c| c.is_punct(','))
                && speakers::is_indefinite(self.word(e + 2))
                && (e + 3..(e + 3 + APPOSED_NOUN_WORDS).min(at))
                    .take_while(|&x| toks[x].is_word())
                    // ("Brightforge Workers United, a union formed last
                    // year" for "the group": a noun that fits any body,
                    // any body's noun.)
                    .any(|x| {
                        self.word(x).eq_ignore_ascii_case(head)
                            || (crate::referents::fits_any_body(head)
                                && toks[x].is_lower()
                                && crate::referents::is_body_noun(self.word(x)))
                    }))
            .then_some(m)
        });
        if let Some(m) = apposed_here {
            return Some(self.entities.get_or_add(
                m.name.as_str(self.text),
                SpeakerKind::Organisation,
                None,
                Gender::Unknown,
            ));
        }
        if let Some((pos, e)) = spoke.filter(|_| spoke_fits) {
            if toks[pos].para == para {
                return Some(e);
            }
            return match here() {
                Some(m) => self.resolve(&m, at),
                None => Some(e),
            };
        }
        let opened = near(1)
            .filter(|&k| speakers::opens_sentence(self.text, toks, k))
            .find_map(organisation_at)
            .or_else(|| {
                // (Not a wire's credit, "BEIJING (AP) —", nor one spoken
                // or written to: "a statement emailed to WGPC News".)
                near(2)
                    .filter(|&k| {
                        // (Nor a person's firm: "Evan Rudnicki of Hallam
                        // Securities".)
                        let persons = k >= 2
                            && self.word(k - 1) == "of"
                            && toks[k - 2].name_part
                            && !toks[k - 2].has(lexicon::ORGANISATION | lexicon::TITLE)
                            && speakers::name_ending_at(self.text, toks, k - 2, 0).is_some_and(
                                |m| m.is_person_name() && m.name.as_str(self.text).contains(' '),
                            );
                        k == 0
                            || !(toks[k - 1].is_punct('(')
                                || matches!(self.word(k - 1), "to" | "with" | "by")
                                || persons)
                    })
                    .find_map(|k| {
                        organisation_at(k).filter(|m| {
                            let name =
                                || toks[k..].iter().take_while(|t| t.span().end <= m.name.end);
                            // ("the campaign" is no "Democratic House"; a
                            // firm's "&" says it is one: "Hartwell & Price";
                            // so does a noun for a body before it: "Danish
                            // carrier Nordlys Line", "startup VoltRide".)
                            let kind = body_noun_before(k).then(|| self.word(k - 1));
                            (name().any(|t| t.has(lexicon::ORGANISATION))
                                || m.name.as_str(self.text).contains(" & ")
                                || kind.is_some()
                                || head_after(m))
                                && (crate::referents::name_fits_head(
                                    m.name.as_str(self.text),
                                    head,
                                ) || kind.is_some_and(|w| w.eq_ignore_ascii_case(head)))
                        })
                    })
            });
        // ("Altamaha Regional Medical Center will stop …" paragraphs
        // before "the hospital said": else the one body named before
        // whose name says it is that kind of body, not any body.)
        let of_its_kind = |back: usize| {
            if crate::referents::fits_any_body(head) {
                return None;
            }
            let mut one: Option<Mention> = None;
            let mut last_start = usize::MAX;
            // Each body's word, then the name it is in, from its start.
            // (Not in a headline in title case: "Newspaper Says …".)
            for w in (at.saturating_sub(back)..at).filter(|&w| {
                toks[w].has(lexicon::ORGANISATION)
                    && toks[w].name_part
                    && toks[w].is_capitalised()
                    && Some(toks[w].para) != self.headline
            }) {
                let k = crate::referents::body_name_start(self.text, toks, w, 0);
                if k == last_start {
                    continue;
                }
                last_start = k;
                let Some(m) = speakers::mention_starting_at(self.text, toks, k, at).filter(|m| {
                    m.kind == MentionKind::Name
                        && m.speaker_kind == SpeakerKind::Organisation
                        && crate::referents::description_fits_body(
                            described,
                            m.name.as_str(self.text),
                        )
                        && crate::referents::name_fits_head(m.name.as_str(self.text), head)
                }) else {
                    continue;
                };
                match one {
                    Some(o) if o.name.as_str(self.text) != m.name.as_str(self.text) => {
                        return None;
                    }
                    _ => one = Some(m),
                }
            }
            one
        };
        // (A body of another kind that spoke, when none fits better.)
        // ("Zoomr said …. The ministry defended the levy": the one body
        // of the kind named before, "the Lagos State Ministry of
        // Transportation", beats a body of another kind opening a
        // sentence.)
        // (Near it only: the look-up reads every body's name.)
        let opened = match (opened, spoke) {
            (Some(o), _) if !kind_fits(o.name.as_str(self.text)) => {
                of_its_kind(BODY_KIND_NEAR_TOKENS).or(spoke.is_none().then_some(o))
            }
            (None, _) => of_its_kind(BODY_KIND_TOKENS_BACK),
            (o, _) => o,
        };
        if let (None, Some((_, e))) = (opened, spoke) {
            return Some(e);
        }
        let stated = match opened {
            Some(opened) => return self.resolve(&opened, at),
            None => recent()
                .find(|&&(pos, e)| {
                    let s = &self.entities.list[e];
                    s.kind == SpeakerKind::Person
                        && s.gender == Gender::Unknown
                        && speakers::given_name_gender(&s.name).is_none()
                        && in_statement(pos, !s.name.contains(' '))
                        && named(&s.name)
                })
                .map(|&(_, e)| e),
        };
        let taken_up = || {
            // ("Kingsmere Land said the development would include …. In
            // a statement, the company said": or the name read as a
            // person's, no given name known, that spoke last, in the
            // mention's paragraph, with no "he" or "she" since.)
            recent()
                .next()
                .filter(|&&(pos, e)| {
                    let s = &self.entities.list[e];
                    s.kind == SpeakerKind::Person
                        && s.gender == Gender::Unknown
                        && speakers::given_name_gender(&s.name).is_none()
                        && self.tokens[pos].para == para
                        && !self.tokens[pos..at].iter().any(|t| {
                            !t.quoted
                                && t.pronoun()
                                    .is_some_and(|g| matches!(g, Gender::Male | Gender::Female))
                        })
                        && named(&s.name)
                })
                .map(|&(_, e)| e)
        };
        if stated.is_some() {
            return stated;
        }
        // (Read before the text's company is looked for, which needs
        // `self` whole.)
        let last = taken_up();
        self.company_of_the_text(mention, at).or(last)
    }

    /// "Kittiwake to close 38 stores as profits fall" over "Kittiwake, the
    /// Manchester-based fashion chain, is to close …" and, paragraphs on
    /// with no body named near, "the company said": a description of a
    /// company stands for the company the headline names
    /// ([`Self::headline_company`]) when the text said before the
    /// description, at token `at`, that it is a company of the
    /// description's kind.
    fn company_of_the_text(&mut self, mention: Span, at: usize) -> Option<usize> {
        let text = self.text;
        let described = mention.as_str(text);
        let head = speakers::last_word(described);
        if !crate::referents::is_company_noun(head) {
            return None;
        }
        if self.headline_company.is_none() {
            self.headline_company = Some(self.headline_company());
        }
        let company = self.headline_company.as_ref()?.as_ref()?;
        // ("The Port Amberley-based platform" for "Cryptocurrency exchange
        // Vaultline": a body placed so is the text's company, of any
        // company's noun.)
        let generic = crate::referents::fits_any_body(head)
            || crate::text::words(described).any(crate::referents::is_placed_modifier);
        let said = company.opened_at < at
            && company.nouns.iter().any(|&(k, noun)| {
                k < at && (generic || noun.is_some_and(|n| self.word(n).eq_ignore_ascii_case(head)))
            });
        let name = company.name.as_str(text);
        let kind = speakers::last_word(name);
        // (A body's noun of another kind is refused by the description's
        // own fit: "the company" is no union; so is a name of a body's
        // word no company has: "the company" is no "Meridian Times".)
        let other_kind = !crate::referents::is_company_noun(kind)
            && lexicon::entry(kind)
                .is_some_and(|e| e.has(lexicon::ORGANISATION) && !e.has(lexicon::COMPANY));
        if !said || other_kind || !crate::referents::description_fits_body(described, name) {
            return None;
        }
        Some(
            self.entities
                .get_or_add(name, SpeakerKind::Organisation, None, Gender::Unknown),
        )
    }

    /// The company a headline names, read once per text: the first word of
    /// the headline that opens a name in the text's first
    /// [`HEADLINE_COMPANY_TOKENS`] ("Garrowby rebuffs Thistlecombe
    /// approach" is about Garrowby), by its fullest name there, with where
    /// the text says it is a company: its full name as a company's
    /// ("Halvard Instruments Inc"), a company's noun before it ("the app
    /// Flocka") or in its appositive ("Kittiwake, the … fashion chain,").
    /// No name of a person, a place, a party or a body of the word lists.
    fn headline_company(&self) -> Option<HeadlineCompany> {
        let (text, toks) = (self.text, self.tokens);
        let headline = self.headline?;
        let first_body = toks.partition_point(|t| t.para <= headline);
        let window = first_body..(first_body + HEADLINE_COMPANY_TOKENS).min(toks.len());
        let candidate = |t: &Token| {
            let w = t.span().as_str(text);
            t.name_part
                && t.is_capitalised()
                && !t.quoted
                && !t.has(
                    lexicon::NOT_NAME
                        | lexicon::TITLE
                        | lexicon::PLACE
                        | lexicon::GROUP
                        | lexicon::PARTY
                        | lexicon::ORGANISATION,
                )
                && speakers::given_name_gender(w).is_none()
                && !self.register.is_surname(w)
        };
        let company_noun = |k: usize| {
            (toks[k].is_lower() && crate::referents::is_company_noun(self.word(k))).then_some(k)
        };
        toks[..first_body]
            .iter()
            .filter(|t| t.para == headline && candidate(t))
            .find_map(|h| {
                let word = h.span().as_str(text);
                let full = self.register.company_named(text, word);
                // (A company's full name opens with the word wherever the
                // text gives it: "Ardent Minerals chief executive Brendan
                // Killen".)
                let mut company = HeadlineCompany {
                    name: full.unwrap_or(h.span()),
                    opened_at: if full.is_some() { 0 } else { usize::MAX },
                    nouns: full.map(|_| (0, None)).into_iter().collect(),
                };
                for k in window.clone() {
                    let t = &toks[k];
                    if t.span().as_str(text) != word
                        || t.quoted
                        || (k > 0 && toks[k - 1].name_part && toks[k - 1].para == t.para)
                    {
                        continue;
                    }
                    let Some(m) = speakers::mention_starting_at(text, toks, k, window.end)
                        .filter(|m| m.kind == MentionKind::Name && m.title.is_none())
                    else {
                        continue;
                    };
                    if full.is_none() {
                        if company.opened_at == usize::MAX {
                            company.opened_at = k;
                            company.name = m.name;
                        } else if company.name.len() < m.name.len() {
                            company.name = m.name;
                        }
                    }
                    if let Some(n) = k.checked_sub(1).and_then(company_noun) {
                        company.nouns.push((k, Some(n)));
                    }
                    // A noun in an appositive after the name, up to its
                    // closing comma ("Loopline, the short-video app with about
                    // 400 million monthly users,").
                    let end = self.token_end(m.span.end);
                    let words = (end + 2..(end + APPOSITIVE_TOKENS).min(toks.len()))
                        .take_while(|&a| toks[a].para == t.para && !toks[a].quoted);
                    let closed = words
                        .clone()
                        .find(|&a| !toks[a].is_word())
                        .is_some_and(|c| toks[c].is_punct(','));
                    if toks.get(end + 1).is_some_and(|c| c.is_punct(',')) && closed {
                        for a in words.take_while(|&a| toks[a].is_word()) {
                            if let Some(n) = company_noun(a) {
                                company.nouns.push((k, Some(n)));
                            }
                        }
                    }
                }
                (company.opened_at != usize::MAX).then_some(company)
            })
    }

    pub fn attribute(&mut self, quotes: &[Quotation]) -> Vec<Quote> {
        let mut out: Vec<Quote> = Vec::with_capacity(quotes.len());
        let mut ev_cursor = 0;
        // Quotations come in text order and do not overlap, so the tokens
        // at their marks are found by walking one cursor forward: linear in
        // all, where a binary search per mark would not be.
        let mut tok_cursor = 0;
        let mut seek = |b: usize| {
            while tok_cursor < self.tokens.len() && self.tokens[tok_cursor].span().start < b {
                tok_cursor += 1;
            }
            tok_cursor
        };
        // The end of the last quotation that was a word in a list of
        // words ("words such as “ambassador,” “attack” and …").
        let mut last_listed: Option<usize> = None;
        for (qi, q) in quotes.iter().enumerate() {
            // Marks around no letter or digit quote nothing.
            if !has_word_char(q.content.as_str(self.text)) {
                continue;
            }
            let oi = seek(q.open.start);
            let ai = seek(q.outer().end);
            let para_open = self.tokens.get(oi).map_or(0, |t| t.para);
            let para_close = self
                .tokens
                .get(ai.saturating_sub(1))
                .map_or(para_open, |t| t.para);
            // ("“Amanzi! Amanzi!” (Water! Water!) they chanted": past a
            // translation in parentheses right after the quote.)
            let ai = if self
                .tokens
                .get(ai)
                .is_some_and(|t| t.is_punct('(') && t.para == para_close)
            {
                (ai + 1..(ai + 16).min(self.tokens.len()))
                    .take_while(|&k| self.tokens[k].para == para_close && !self.tokens[k].quoted)
                    .find(|&k| self.tokens[k].is_punct(')'))
                    .map_or(ai, |c| c + 1)
            } else {
                ai
            };
            // (Past a name or label of a few words in marks inside the
            // clause: "“…,” Texas delegate Bill Eastland, wearing a cowboy
            // hat and “Ted Cruz” campaign pins, said".)
            // (One only, found by a search that leaves the cursor alone.)
            let mut next_open = quotes
                .get(qi + 1)
                .map_or(usize::MAX, |n| seek(n.open.start));
            if next_open < self.tokens.len()
                && speakers::in_short_inner_quote(self.text, self.tokens, next_open)
            {
                next_open = quotes.get(qi + 2).map_or(usize::MAX, |n| {
                    self.tokens
                        .partition_point(|t| t.span().start < n.open.start)
                });
            }
            while ev_cursor < self.events.len() && self.events[ev_cursor].cue.token < oi {
                ev_cursor += 1;
            }
            let kind = self.kind_of(q, oi);
            // Post window: from the closing mark to the end of the clause.
            let mut hi = ai;
            // "“We will act. Nobody will be spared”. She said …": a full
            // stop right after a whole quote is the quote's own, as if
            // inside the marks.
            let stop_outside = kind == QuoteKind::Direct
                && self
                    .tokens
                    .get(ai)
                    .is_some_and(|t| t.para == para_close && t.is_sentence_stop(self.text));
            if stop_outside {
                hi += 1;
            }
            let mut clause_ended = false;
            while hi < self.tokens.len()
                && hi < next_open
                && self.tokens[hi].para == para_close
                && hi < ai + 40
            {
                let w = self.tokens[hi].ascii_char(self.text);
                hi += 1;
                if matches!(w, Some(b'.' | b'!' | b'?' | b';')) {
                    clause_ended = true;
                    break;
                }
            }
            let first_word = (ai..hi).find(|&k| self.tokens[k].is_word());
            // A quote that ends its sentence, followed by a new sentence
            // that runs into the next quote ("“Q1.” He added, “Q2.”"): that
            // cue introduces the next quote.
            let ends_sentence =
                stop_outside || crate::text::ends_sentence(q.content.as_str(self.text));
            let new_sentence = first_word.is_some_and(|k| self.tokens[k].is_capitalised());
            // (Not a clause that runs on past its verb to a quote of its
            // own: "“Q1?” Nora Fisk said, but her husband was dozing, and as
            // Hume went on about “Q2,” …".)
            // (And not a cue set off by its comma whose clause runs on to a
            // title: "“…, right?” Clinton remarked, alluding to his turn in
            // “The Revenant.”"; one that introduces the next quote comes
            // right before it, after a comma or a colon, or runs into it:
            // "Reid said both are “non-entities”".)
            let introduces_next = ends_sentence
                    && new_sentence
                    && !clause_ended
                    && hi == next_open
                    && hi <= ai + 16
                    && self.tokens.get(hi).is_some_and(|t| t.para == para_close)
                    && (self.tokens.get(hi - 1).is_some_and(|t| {
                        t.is_punct(',') || t.is_punct(':') || t.lemma().is_some()
                    }) || !self.events[ev_cursor..]
                        .iter()
                        .take_while(|e| e.cue.token < hi)
                        .any(|e| e.cue.token >= ai && self.word(e.cue.token + 1) == ","))
                    // ("“Q1?” Clinton asks as a guy walks in, saying he's
                    // “Q2”": the participle of a later cue is what runs
                    // into the next quote, after a cue of the first.)
                    && !self.participle_after_cue(ev_cursor, ai, hi);
            // The events after the quote in its clause: a range of the
            // sorted event list, no copy.
            let post_end = if introduces_next {
                ev_cursor
            } else {
                ev_cursor + self.events[ev_cursor..].partition_point(|e| e.cue.token < hi)
            };
            let after_quote = |e: &&Event| e.cue.token >= ai && e.first >= ai;
            let post = &self.events[ev_cursor..post_end];
            // "Sanders called it “arbitrary.” Hendler warned …": a fragment
            // that ends the writer's sentence has no cue in the next one.
            let fragment_ends_sentence = kind == QuoteKind::Mixed && ends_sentence && new_sentence;
            // "While Baker called the plan “a triumph,” Lee called it “a
            // disaster.”": a verb after the quote whose object runs on to
            // the next quote is that quote's cue.
            let takes_next = |e: &Event| {
                kind == QuoteKind::Mixed
                    && !clause_ended
                    && hi == next_open
                    && self
                        .tokens
                        .get(e.cue.token + 1)
                        .is_some_and(|t| t.is_word() && !t.quoted && t.para == para_close)
            };
            let first_post = post
                .iter()
                .find(after_quote)
                .copied()
                .filter(|e| !fragment_ends_sentence && !takes_next(e));
            let later_post = post
                .iter()
                .filter(after_quote)
                .find(|e| e.entity.is_some())
                .copied()
                .filter(|_| !fragment_ends_sentence);
            // "“…” Ohio Gov. John Kasich said he would have fired him": after
            // a quote closed with no comma, a verb with a report of its own
            // is no cue of the quote.
            let unpunctuated = !q
                .content
                .as_str(self.text)
                .trim_end()
                .ends_with([',', '?', '!', '—', '-', '–']);
            // ("“… barricades.” Deputies said two motorists had been pulled
            // …": after a sentence closed inside the marks, or a determiner
            // or a number opening the words reported; not the one
            // addressed, "told the court".)
            let closed = q.content.as_str(self.text).trim_end().ends_with('.');
            let reports_own = |e: &Event| {
                let next = self.word(e.cue.token + 1);
                unpunctuated
                    && (matches!(next, "that" | "he" | "she" | "they" | "it" | "we" | "I")
                        || (closed
                            && self
                                .tokens
                                .get(e.cue.token + 1)
                                .is_some_and(Token::is_lower)
                            && !lexicon::lemma_is(e.cue.lemma, lexicon::ADDRESSEE_VERB)
                            && (crate::cues::is_determiner(next)
                                || speakers::is_number(next)
                                // ("“… professional.” The partner of an
                                // inmate said family visits had been
                                // cancelled": or a bare noun opening a
                                // clause that runs on.)
                                || self.bare_noun_opens_report(e.cue.token + 1)))
                        || (closed && self.closed_quote_report_own(e)))
            };
            // ("blasted the bill as “…,” according to a press release from
            // her office": a record named after the words, when a report
            // before them in the sentence has a subject, only backs it.)
            let record_source =
                |e: &Event| e.cue.is_according_to() && self.record_backs_report(e, oi, ev_cursor);
            // ("“…” Aldana did not respond to a request for comment.": nor a
            // reply not made.)
            let unmade = |e: &Event| crate::cues::is_unmade_reply(self.text, self.tokens, &e.cue);
            let first_post =
                first_post.filter(|e| !reports_own(e) && !record_source(e) && !unmade(e));
            let later_post =
                later_post.filter(|e| !reports_own(e) && !record_source(e) && !unmade(e));
            // "Clinton responded: “Q.” Her critics cited it…": a cue right
            // before the quote beats one in the next sentence.
            let cue_just_before = ev_cursor > 0 && {
                let e = &self.events[ev_cursor - 1];
                e.mention.is_some()
                    && (e.last + 1 == oi
                        // ("which analysts have described as “non-core”,
                        // Orla Hennessy said")
                        || (e.last + 2 == oi
                            && matches!(self.word(oi - 1), ":" | "," | "that" | "as")))
            };
            let mut decision = None;
            // "a clip that Judge Mosman called “distasteful,” Santilli
            // expressed …": a fragment right after its verb is that verb's.
            // ("Ray Doolittle said he was “not convinced” the developer's
            // traffic study reflected …": or a few words after it, in the
            // words it reports.)
            let cue_few_words_before = ev_cursor > 0 && {
                let e = &self.events[ev_cursor - 1];
                let between = e.last + 1..oi;
                e.mention.is_some()
                    && e.last + 3 <= oi
                    && oi - e.last <= 4
                    && self.tokens[between.clone()]
                        .iter()
                        .all(|t| t.is_word() && !t.quoted && t.is_lower())
                    && matches!(
                        self.word(between.start),
                        "he" | "she" | "it" | "they" | "we"
                    )
                    && matches!(
                        self.word(between.start + 1),
                        "was" | "is" | "were" | "are" | "had" | "has" | "would" | "will"
                    )
            };
            let fragment_after_cue =
                (cue_just_before || cue_few_words_before) && kind == QuoteKind::Mixed;
            // "When he replied that the board was “still reviewing it,” she
            // interrupted.": a fragment reported in a clause of time or
            // cause opening the sentence is that clause's, not the main
            // clause's after it.
            // (Inside it: no comma between its report and the fragment.)
            // ("While Mr. Ryan laid out a vision for “a reformed tax
            // code,” Ben Carson attacked …": or a fragment in such a clause
            // with a subject of its own, closed by its comma.)
            let reported_in_subordinate = kind == QuoteKind::Mixed && {
                let lo = self.clause_start(oi);
                TIME_OR_CAUSE.contains_ignore_ascii_case(self.word(lo))
                    && (self.events_from(lo, ev_cursor).iter().any(|e| {
                        e.mention.is_some() && !(e.last..oi).any(|k| self.tokens[k].is_punct(','))
                    }) || ((self.comma_before(ai)
                        || self.tokens.get(ai).is_some_and(|t| t.is_punct(',')))
                        && self.subordinate_subject(lo, oi).is_some()))
            };
            if let Some(e) = first_post.as_ref().filter(|e| {
                Some(e.first) == first_word
                    && e.mention.is_some()
                    && !(cue_just_before && ends_sentence && new_sentence)
                    && !fragment_after_cue
                    && !reported_in_subordinate
            }) {
                decision = Some(self.decide(q, kind, e, Attribution::CueAfter, CONF_CUE_AFTER));
            }
            // "a pledge that drew a shout of “We've heard that before!”
            // from the back of the hall": a chant's words are of those it
            // comes from, not of the clause's reporting verb.
            // ("from the back of the hall" names no one: no speaker.)
            if decision.is_none() && self.chant_of(oi) && self.word(ai) == "from" {
                let hi = (ai + 10).min(self.tokens.len());
                let chant = Some(self.tokens[oi - 2].span());
                let from = speakers::mention_starting_at(self.text, self.tokens, ai + 1, hi)
                    .filter(|m| m.kind != MentionKind::Pronoun(Gender::Unknown))
                    .and_then(|m| self.subject_quote(q, kind, &m, oi));
                decision = Some(match from {
                    Some(d) => Quote {
                        cue: chant,
                        attribution: Attribution::CueAfter,
                        confidence: CONF_CUE_LATER,
                        ..d
                    },
                    None => Quote {
                        cue: chant,
                        ..unattributed(q, kind)
                    },
                });
            }
            // "“Nobody reads the agenda,” was her reply.": a statement
            // noun owned by a possessive after the quote.
            if decision.is_none()
                && matches!(self.word(ai), "was" | "is" | "came")
                && self
                    .tokens
                    .get(ai + 2)
                    .is_some_and(|t| t.is_lower() && t.has(lexicon::STATEMENT_NOUN))
            {
                if let Some(m) = speakers::statement_owner(self.text, self.tokens, ai + 2, ai + 1) {
                    decision = self.owned_quote(q, kind, ai + 2, &m);
                }
            }
            // "“…” – that was the verdict of Dr Jane Okoro", "“…,” came the
            // reply from the ministry": a statement noun after the quote
            // whose "of" or "from" names its speaker.
            if decision.is_none() && ai < self.tokens.len() {
                let mut k = ai;
                if speakers::is_dash(self.tokens, k) || self.tokens[k].is_punct(',') {
                    k += 1;
                }
                if matches!(self.word(k), "that" | "this" | "That" | "This") {
                    k += 1;
                }
                if matches!(self.word(k), "was" | "is" | "came") {
                    k += 1;
                    if matches!(self.word(k), "the" | "a") {
                        k += 1;
                    }
                    let noun = self
                        .tokens
                        .get(k)
                        .is_some_and(|t| t.is_lower() && t.has(lexicon::STATEMENT_NOUN));
                    if noun && matches!(self.word(k + 1), "of" | "from") {
                        let hi = (k + 14).min(self.tokens.len());
                        if let Some(m) =
                            speakers::mention_starting_at(self.text, self.tokens, k + 2, hi)
                        {
                            decision = self.owned_quote(q, kind, k, &m).map(|d| Quote {
                                attribution: Attribution::CueAfter,
                                ..d
                            });
                        }
                    }
                }
            }
            // "Obama's “if you like your plan, you can keep it” promise":
            // words between a possessive and a statement noun.
            if decision.is_none() {
                let lo = self.clause_start(oi.saturating_sub(1));
                if let Some(m) = speakers::owner_around(self.text, self.tokens, oi, ai, lo) {
                    decision = self.owned_quote(q, kind, ai, &m);
                }
            }
            // "Pollsters agree - Carl Bialik: “Q”": a name right before a
            // colon beats a cue further back.
            if decision.is_none() && oi >= 2 && self.tokens[oi - 1].is_punct(':') {
                let lo = self.clause_start(oi - 1);
                // Opening its clause or after a dash: not the object of a
                // verb or a preposition ("asked Alan Brightwater:", "added
                // about Carson:", "wrote on X, formerly Twitter:"); but
                // "Frank quotes Alfred Kahn:" names the speaker.
                // The whole mention is a name ("A friend told the Daily
                // Mail:" is a clause, not a name).
                let placed = speakers::mention_ending_at(self.text, self.tokens, oi - 2, lo)
                    .is_some_and(|m| {
                        let first = m.first_token;
                        m.kind == MentionKind::Name
                            && (first <= lo
                                || speakers::is_dash(self.tokens, first - 1)
                                || (self.tokens[first - 1].lemma() == Some("quote")
                                    && m.span.end == self.tokens[oi - 2].span().end))
                    });
                let named = placed
                    && speakers::mention_ending_at(self.text, self.tokens, oi - 2, oi - 2)
                        .is_some_and(|m| m.is_person_name());
                if named {
                    decision = self.signature(q, kind, oi, ai, hi);
                }
            }
            // Pre window: the clause before the opening mark.
            if decision.is_none() {
                let mut lo = self.clause_start_past_fragments(oi);
                // "He said:" ending the previous paragraph or sentence.
                if lo == oi
                    && oi > 0
                    && self.tokens[oi - 1].is_punct(':')
                    && !self.tokens[oi - 1].quoted
                {
                    lo = self.clause_start(oi - 1);
                }
                // (Not an event inside a relative clause set off by commas
                // that closes before the quote: "his plan, which the Tax
                // Foundation estimates would cost $170 billion, would not
                // be “…”" is his.)
                let closed_relative = |e: &Event| {
                    e.first >= 2
                        && matches!(self.word(e.first - 1), "which" | "who" | "whom")
                        && self.tokens[e.first - 2].is_punct(',')
                        && (e.last + 1..oi).any(|k| self.tokens[k].is_punct(','))
                };
                // (Nor, for a fragment, the event of a clause of time that
                // closes with its comma before the main clause: "As
                // Blumenthal spoke, the NRA was …, whipping lawmakers
                // against “any and all gun control”". "As Obama put it,"
                // gives the main clause its speaker.)
                let closed_time_clause = |e: &Event| {
                    kind == QuoteKind::Mixed
                        && e.first > 0
                        && (TIME_OR_CAUSE.contains_ignore_ascii_case(self.word(e.first - 1))
                            || (self.word(e.first - 1).eq_ignore_ascii_case("as")
                                && matches!(self.word(e.cue.token), "spoke" | "talked")))
                        && self.tokens.get(e.last + 1).is_some_and(|t| t.is_punct(','))
                };
                let mut pre = self.events[..ev_cursor]
                    .iter()
                    .rev()
                    .take_while(|e| e.cue.token >= lo)
                    .find(|e| {
                        e.mention.is_some()
                            && e.last < oi
                            && !closed_relative(e)
                            && !closed_time_clause(e)
                    });
                // "Trump said that Clinton once described the deal as “the
                // gold standard”": a fragment in reported speech is the
                // words as the outer speaker reports them.
                // But "promised what Helena Varga called a “reset”": the
                // label of a "what" clause is its own speaker's.
                let what_clause = |inner: &Event| {
                    inner.first > 0
                        && self.word(inner.first - 1).eq_ignore_ascii_case("what")
                        && oi <= inner.last + 3
                };
                // ("Ryan said he was “very encouraged” and Trump called it a
                // “great meeting”": a report joined by "and" or "but" after
                // the outer report's own quote is a clause of its own.)
                let coordinated = |inner: &Event| {
                    inner.first > 0
                        && matches!(self.word(inner.first - 1), "and" | "but" | "while")
                        && self
                            .events_from(lo, ev_cursor)
                            .first()
                            .is_some_and(|outer| {
                                (outer.last + 1..inner.first).any(|k| self.tokens[k].quoted)
                            })
                };
                if kind == QuoteKind::Mixed {
                    if let Some(inner) = pre.filter(|e| !what_clause(e) && !coordinated(e)) {
                        let outer = self.events_from(lo, ev_cursor).iter().find(|e| {
                            e.mention.is_some()
                                && e.last < inner.first
                                && lexicon::lemma_is(e.cue.lemma, lexicon::SPEECH_VERB)
                                && !(e.last..inner.first).any(|k| {
                                    // ("said the centre would …, and that
                                    // the company had committed to “…”": a
                                    // comma before a second "that" clause
                                    // of the same report.)
                                    let and_that = matches!(self.word(k + 1), "and" | "but")
                                        && self.word(k + 2) == "that";
                                    (self.tokens[k].is_punct(',') && !and_that)
                                        || self.tokens[k].is_punct(';')
                                        // "said she was tough after a voter
                                        // told her …": a clause of time or
                                        // cause is no reported speech.
                                        // (But "said that when Warren
                                        // railed, “…”" reports it.)
                                        || (self.tokens[k].has(lexicon::SUBORDINATOR)
                                            && TIME_OR_CAUSE.contains(self.word(k))
                                            && !(e.last..k).any(|x| self.word(x) == "that"))
                                })
                        });
                        if outer.is_some() {
                            pre = outer;
                        }
                    }
                }
                // "The FBI did not find “ties of any consequence,” aside
                // from …, said the bureau's director": a report closing the
                // sentence gives every fragment in it to its speaker.
                // ("…, which analysts have described as “non-core”, Orla
                // Hennessy said": not past the verb of a relative clause
                // right before the fragment.)
                let own_relative = fragment_after_cue
                    && self.events[ev_cursor - 1].first > 0
                    && matches!(
                        self.word(self.events[ev_cursor - 1].first - 1),
                        "which" | "that" | "whom" | "what"
                    );
                let closing = (kind == QuoteKind::Mixed && !own_relative)
                    .then(|| self.sentence_closing_report(ai, ev_cursor))
                    .flatten();
                // "Senator Lina Corvo’s claim that the dam was “…”": a
                // statement noun owned by a possessive before a fragment,
                // past any verb of its own clause.
                // "When I asked a council member why, her answer was
                // blunt: “…”": so is a whole quote after the noun's colon.
                // ("Barrett’s dictum to his interns was, “…”": so after
                // "was" and a comma.)
                let colon = oi > 0
                    && (self.tokens[oi - 1].is_punct(':')
                        || (oi > 1
                            && self.tokens[oi - 1].is_punct(',')
                            && matches!(self.word(oi - 2), "was" | "is")));
                let owned = (kind == QuoteKind::Mixed || colon)
                    // (A whole quote after a colon may close a long
                    // clause: "a text message Rosalind Carrowby sent to her
                    // brother, …, minutes before she was killed: “…”".)
                    .then(|| {
                        let reach = if colon {
                            OWNER_REACH_COLON
                        } else {
                            OWNER_REACH
                        };
                        self.owned_statement(lo, oi, reach)
                    })
                    .flatten()
                    // (A "that" clause far back yields to a report after
                    // the quote: "her argument that she is no “regional”
                    // candidate, as Sanders' campaign manager suggested".)
                    .filter(|(k, _)| oi - k <= OWNER_REACH || colon || later_post.is_none())
                    // (A spoken answer, not a document that speaks for
                    // itself: "Hoff's letter makes a case: “…”".)
                    // (But a document its sender is named after: "a text
                    // message Rosalind Carrowby sent …: “…”".)
                    .filter(|(k, m)| {
                        kind == QuoteKind::Mixed
                            || !self.tokens[*k].has(lexicon::GROUP)
                            || m.first_token > *k
                    })
                    // A verb after the noun is the owner's words only in
                    // its "that" clause ("Corvo's claim that Dunn said"),
                    // not after an opening phrase ("In his email to
                    // members, Trumka said").
                    .filter(|(k, m)| {
                        // (Not the subject of the reported clause: "said
                        // that Rubio's claim that … is “simply not true.”")
                        // (Nor one right after the report's verb whose
                        // quote follows a copula: "said Sanvitale’s
                        // suggestion that … was “unfortunate and untrue”".)
                        // ("said his running mate Donald Trump’s tweet to
                        // invite Flowers was only “to mock” Clinton": past
                        // words of no verb to the owner, and an adverb
                        // after the copula.)
                        let copula =
                            |j: usize| matches!(self.word(j), "was" | "is" | "were" | "are");
                        let cop = if oi > 0 && copula(oi - 1) {
                            Some(oi - 1)
                        } else {
                            (oi > 1
                                && copula(oi - 2)
                                && (is_filler(&self.tokens[oi - 1], self.text)
                                    || matches!(self.word(oi - 1), "only" | "just" | "not")))
                            .then(|| oi - 2)
                        };
                        let after_report = pre.is_some_and(|e| {
                            e.last < m.first_token
                                && m.first_token - e.last <= OWNER_AFTER_REPORT
                                && self.tokens[e.last + 1..m.first_token].iter().all(|t| {
                                    t.is_word()
                                        && !t.quoted
                                        && t.lemma().is_none()
                                        && !speakers::is_past_form(self.text, t)
                                })
                        });
                        let opens_report = (m.first_token > 0
                            && self.word(m.first_token - 1) == "that")
                            || (after_report
                                && cop.is_some_and(|c| {
                                    // (The noun's own clause has its verb
                                    // before: not "said Trump’s claim that
                                    // she was “corrupt”"; an infinitive's
                                    // clause ends at the copula.)
                                    (self.word(*k + 1) == "to" && c > *k + 2)
                                        || (*k + 2..c).any(|j| {
                                            let t = &self.tokens[j];
                                            t.is_lower()
                                                && (t.lemma().is_some()
                                                    || speakers::is_past_form(self.text, t))
                                        })
                                }));
                        // ("Kaplan-Dubé called Marchand-Roy's pledge to cap
                        // increases at three per cent “a promise …”": what
                        // a naming verb calls the noun is its subject's.)
                        let named_so = pre.is_some_and(|e| {
                            e.last < m.first_token && NAMING_VERBS.contains(e.cue.lemma)
                        });
                        !named_so
                            && pre.is_none_or(|e| {
                                (e.first > *k && (*k + 1..e.first).any(|j| self.complementiser(j)))
                                // "The candidates say … Comey's conclusion
                                // that she was “extremely careless”": the
                                // quote is in the noun's own clause.
                                // ("go beyond Trump's pledge to be
                                // “neutral”": or its infinitive.)
                                || (e.last < *k
                                    && (self.word(*k + 1) == "that"
                                        || (self.word(*k + 1) == "to"
                                            && self.tokens.get(*k + 2).is_some_and(|t| {
                                                t.is_lower()
                                                    && !t.quoted
                                                    && !crate::cues::is_determiner(
                                                        t.span().as_str(self.text),
                                                    )
                                            })))
                                    && !opens_report)
                                || (colon && e.last < m.first_token)
                            })
                    });
                if let Some(e) = closing {
                    decision = Some(self.decide(q, kind, e, Attribution::CueAfter, CONF_CUE_LATER));
                } else if let Some((k, m)) = owned {
                    decision = self.owned_quote(q, kind, k, &m);
                } else if let Some(e) = pre {
                    decision =
                        Some(self.decide(q, kind, e, Attribution::CueBefore, CONF_CUE_BEFORE));
                }
            }
            if decision.is_none() {
                if let Some(e) = later_post.as_ref().filter(|_| !reported_in_subordinate) {
                    decision = Some(self.decide(q, kind, e, Attribution::CueAfter, CONF_CUE_LATER));
                }
            }
            if decision.is_none() && kind == QuoteKind::Mixed {
                decision = self.fronted_participle(q, kind, oi, ai);
            }
            if decision.is_none() {
                decision = self.signature(q, kind, oi, ai, hi);
            }
            if decision.is_none() {
                decision = self.continuation(q, kind, oi, &out);
            }
            if decision.is_none() {
                decision = self.previous_sentence(q, kind, oi, ev_cursor);
            }
            let mut d = decision.unwrap_or_else(|| unattributed(q, kind));
            // "who had called the audit “a witch hunt” and “pointless,”
            // praised the report": a fragment joined to the one before by
            // "and", "or" or a comma is that one's, not a later verb's.
            if kind == QuoteKind::Mixed && d.attribution == Attribution::CueAfter {
                if let Some(prev) = out.last().filter(|p| {
                    p.kind == QuoteKind::Mixed
                        && p.speaker.is_some()
                        && self
                            .text
                            .get(p.outer.end..q.outer().start)
                            .is_some_and(|gap| matches!(gap.trim(), "and" | "or" | ","))
                }) {
                    d = Quote {
                        span: d.span,
                        outer: d.outer,
                        style: d.style,
                        kind,
                        ..*prev
                    };
                }
            }
            // "He said, “Andy Warhol was the center of …”": a person named
            // inside the quotation is not the "he" who speaks it.
            if d.attribution == Attribution::Pronoun {
                if let Some(alt) = self.speaker_outside(q, &d) {
                    d.speaker = Some(alt);
                }
                // "“Mr. Oduya, would you raise taxes?” Ms. Kwiatkowski
                // asked." then "“Not one cent,” he replied.": a reply to
                // a question is of the one it asks.
                if let Some(alt) = self
                    .replier(&d, out.last())
                    .or_else(|| self.reported_question_replier(&d))
                {
                    d.speaker = Some(alt);
                    self.retarget_report(d.cue, alt);
                }
                // ("“…,” she replied, “but …”": the second piece of a
                // quote split by its pronoun's report is the first's.)
                if let Some(prev) = out
                    .last()
                    .filter(|p| p.attribution == Attribution::Pronoun && p.mention == d.mention)
                {
                    d.speaker = prev.speaker;
                }
            }
            // "a collection called ''Yuge!: 30 Years of Doonesbury''":
            // after a naming word, a title even where it stands alone.
            // So after a word for a work and its comma ("wrote in her
            // memoir, “Becoming Me.”").
            let named = oi.checked_sub(1).is_some_and(|k| {
                (self.tokens[k].is_word()
                    && NAMING_PARTICIPLES.contains_ignore_ascii_case(self.word(k)))

                    // "known as “Polaris”", "which it markets as “SaltCell,”".
                    // ("known throughout the backstretch as “Bo.”": past a
                    // short phrase.)
                    || (self.word(k) == "as"
                        && (k.saturating_sub(NAMING_PHRASE_WORDS)..k)
                            .rev()
                            .take_while(|&j| self.tokens[j].is_word() && !self.tokens[j].quoted)
                            .any(|j| NAMING_BEFORE_AS.contains_ignore_ascii_case(self.word(j))))
                    || (self.tokens[k].is_punct(',')
                        && k > 0
                        && self.tokens[k - 1].has(lexicon::WORK)
                        && self.tokens[k - 1].is_lower())
            });
            // "Her book, “Dark Waters,” has sold": a quote inside the
            // writer's sentence that ends no sentence of its own reads as
            // a title when in title case, whatever its kind.
            let inside = oi > 0
                && (self.tokens[oi - 1].is_word() || self.tokens[oi - 1].is_punct(','))
                && self.tokens[oi - 1].para == self.tokens[oi].para
                && !crate::text::ends_sentence(q.content.as_str(self.text))
                && !q.content.as_str(self.text).trim_end().ends_with(['!', '?']);
            // (Not a chant: "led the crowd in a chant of “USA! USA!”".)
            let title = !self.chant_of(oi)
                && (kind == QuoteKind::Mixed || named || inside)
                && (self.is_title_of_work(q, oi)
                    || (named
                        && crate::text::title_case_words(
                            q.content.as_str(self.text).trim_end_matches([',', '.']),
                            3,
                        )
                        .is_some()))
                || self.is_nickname(q, oi, ai)
                || (d.cue.is_none()
                    && self
                        .paragraph_of(oi)
                        .is_some_and(|p| self.is_heading(q, p, out.last())));
            let listed = self.is_listed_word(q, oi, last_listed);
            if listed {
                last_listed = Some(q.outer().end);
            }
            // "its so-called “sanctuary” policies": a label, whatever
            // its case.
            let so_called = (oi > 0 && self.word(oi - 1).eq_ignore_ascii_case("so-called"))
                || self.names_after_noun(oi);
            let quotation = !self.in_markup(q) && !title && !so_called && !listed;
            let keep = quotation
                && (d.speaker.is_some()
                    || d.cue.is_some()
                    || self.looks_like_speech(q)
                    || self.named_or_in_speech(oi, hi));
            if keep && d.speaker.is_none() && d.cue.is_none() {
                if let Some(s) = self
                    .said_in_next_paragraph(q, kind, oi, ai)
                    .or_else(|| self.source_named_after(q, kind, oi, ai))
                    .or_else(|| self.sentence_subject(q, kind, oi))
                {
                    d = s;
                }
            }
            // ("“…” ¶ Those were the words of the board's chairman": a
            // source named right after beats the last speaker before.)
            if keep && d.attribution == Attribution::PreviousParagraph {
                if let Some(s) = self.source_named_after(q, kind, oi, ai) {
                    d = s;
                }
            }
            // A headline's quotation with no speaker is a phrase it
            // highlights ("FBI director acted as 'judge and jury'"); the
            // body quotes it with its speaker if anyone said it. One that
            // stands as a sentence of its own is the words of whoever says
            // them below (“We're not the villains here”: nurses' leader on
            // the strike), even one that reads as no sentence where the
            // headline opens with it and a colon (“Every shift feels like
            // triage”: nurses prepare to strike).
            if d.speaker.is_none() && Some(para_open) == self.headline {
                if kind == QuoteKind::Direct
                    && (keep || (quotation && self.opens_headline_with_colon(q)))
                {
                    self.headline_unattributed.push(d);
                }
                continue;
            }
            if keep {
                if let Some(e) = d.speaker {
                    self.quoted_history.push((oi, e));
                }
                out.push(d);
            }
        }
        out
    }

    /// "In declaring the tariffs “an act of vandalism,” Senator Odile
    /// Marchetti broke with her party", "While denouncing the “reckless
    /// spending” of his rivals, Greaves has …": a fragment in a participle
    /// phrase opening the sentence is said by the subject of the clause
    /// after the phrase's comma.
    fn fronted_participle(
        &mut self,
        q: &Quotation,
        kind: QuoteKind,
        oi: usize,
        ai: usize,
    ) -> Option<Quote> {
        let first = self.clause_start(oi);
        if oi > first + 8 || !speakers::opens_sentence(self.text, self.tokens, first) {
            return None;
        }
        let w0 = self.word(first);
        let participle = |k: usize| {
            let w = self.word(k);
            self.tokens.get(k).is_some_and(|t| t.is_word()) && w.len() > 4 && w.ends_with("ing")
        };
        let opened = participle(first)
            || (matches!(
                w0,
                "In" | "While" | "By" | "After" | "Before" | "When" | "Since"
            ) && participle(first + 1));
        if !opened {
            return None;
        }
        let para = self.tokens[oi].para;
        let comma = (ai..self.tokens.len().min(ai + 20))
            .take_while(|&k| self.tokens[k].para == para && !self.tokens[k].quoted)
            .find(|&k| self.tokens[k].is_punct(','))
            .or_else(|| {
                // The comma may close the quotation (`“… vandalism,”`).
                let c = q.content.as_str(self.text);
                c.trim_end().ends_with(',').then_some(ai.saturating_sub(1))
            })?;
        let m = self.clause_subject(comma + 1, (comma + 14).min(self.tokens.len()))?;
        if m.kind == MentionKind::Description && m.speaker_kind != SpeakerKind::Person {
            return None;
        }
        let verb = if participle(first) { first } else { first + 1 };
        let mut d = self.subject_quote(q, kind, &m, oi)?;
        d.cue = Some(self.tokens[verb].span());
        d.attribution = if matches!(m.kind, MentionKind::Pronoun(_)) {
            Attribution::Pronoun
        } else {
            Attribution::CueBefore
        };
        d.confidence = CONF_CUE_LATER;
        Some(d)
    }

    /// Whether a comma ends the text before token `j`, outside a quotation
    /// or as the last mark inside one (`“The Quiet Crash,” put it`).
    fn comma_before(&self, j: usize) -> bool {
        let Some(p) = j.checked_sub(1).map(|k| &self.tokens[k]) else {
            return false;
        };
        // Past the closing mark, one token or two (NYT's '').
        p.is_punct(',')
            || (p.quoted
                && !p.is_word()
                && self.tokens[j.saturating_sub(3)..j - 1]
                    .iter()
                    .rev()
                    .find(|t| t.kind() == crate::tokens::Kind::Quoted)
                    .is_some_and(|t| t.span().as_str(self.text).trim_end().ends_with(',')))
    }

    /// Whether token `j` is a "that" opening a clause, not one before a
    /// noun of time ("remarks at a dinner later that evening").
    fn complementiser(&self, j: usize) -> bool {
        self.word(j) == "that" && !TIME_UNITS.contains_ignore_ascii_case(self.word(j + 1))
    }

    /// The statement noun owned by a possessive in the clause from token
    /// `lo` before the quotation at token `oi` ("Corvo’s claim that",
    /// "Quist's answer was that", "her remark:"), and its owner.
    /// (A noun whose "that" clause runs on to the quotation may stand
    /// further back: "O'Reilly's aside that the slaves who built the White
    /// House, whom Michelle Obama referred to in her address, were
    /// ''well fed''".)
    fn owned_statement(&self, lo: usize, oi: usize, reach: usize) -> Option<(usize, Mention)> {
        let start = lo.max(oi.saturating_sub(reach.max(OWNER_REACH_COLON)));
        for k in (start + 1..oi).rev() {
            let t = &self.tokens[k];
            if t.quoted {
                return None;
            }
            if !(t.is_lower() && t.has(lexicon::STATEMENT_NOUN)) {
                continue;
            }
            if oi - k > reach && self.word(k + 1) != "that" {
                return None;
            }
            // ("Sandemose made her closing argument with a promise to bring
            // “adult supervision” back": the subject of the clause the
            // noun's "with" is in.)
            let with_one =
                k >= 2 && matches!(self.word(k - 1), "a" | "an") && self.word(k - 2) == "with";
            return speakers::statement_owner(self.text, self.tokens, k, lo)
                .or_else(|| self.sender_after(k, oi))
                .or_else(|| {
                    with_one
                        .then(|| self.clause_subject(lo, k - 2))
                        .flatten()
                        .filter(Mention::is_person_name)
                })
                .map(|m| (k, m));
        }
        None
    }

    /// The sender named right after the statement noun at token `k`,
    /// before its verb and before token `hi`: "a text message Mossop
    /// sent", "a statement she wrote".
    fn sender_after(&self, k: usize, hi: usize) -> Option<Mention> {
        let toks = self.tokens;
        speakers::mention_starting_at(self.text, toks, k + 1, hi).filter(|m| {
            matches!(m.kind, MentionKind::Name | MentionKind::Pronoun(_))
                && toks
                    .get(self.token_end(m.span.end) + 1)
                    .is_some_and(|v| v.lemma().is_some() || speakers::is_past_form(self.text, v))
        })
    }

    /// The quote given to the owner `m` of the statement noun at token `k`.
    fn owned_quote(
        &mut self,
        q: &Quotation,
        kind: QuoteKind,
        k: usize,
        m: &Mention,
    ) -> Option<Quote> {
        let entity = self.resolve(m, k)?;
        // "her claim": a person named before, not an unnamed one.
        if matches!(m.kind, MentionKind::Pronoun(_))
            && self.entities.list[entity].kind != SpeakerKind::Person
        {
            return None;
        }
        Some(Quote {
            speaker: Some(entity),
            referent: None,
            mention: Some(m.span),
            cue: Some(self.tokens[k].span()),
            attribution: if matches!(m.kind, MentionKind::Pronoun(_)) {
                Attribution::Pronoun
            } else {
                Attribution::CueBefore
            },
            confidence: CONF_CUE_LATER,
            ..unattributed(q, kind)
        })
    }

    /// The report that closes the sentence after token `from` with "…,
    /// said X." or "…, X said.", if any: the outer speaker of everything
    /// quoted in the sentence before it.
    fn sentence_closing_report(&self, from: usize, ev_cursor: usize) -> Option<&Event> {
        let para = self.tokens.get(from.checked_sub(1)?)?.para;
        // The sentence ends at a final mark outside quotations, or at one
        // closing a quotation before a capital (`“… delay.” Clinton
        // plans …`).
        let quote_ends_sentence = |k: usize| {
            let t = &self.tokens[k];
            t.kind() == crate::tokens::Kind::Quoted
                && crate::text::ends_sentence(t.span().as_str(self.text))
                // Past its closing mark: a capital or another quotation.
                && self.tokens.get(k + 2).is_none_or(|n| {
                    n.para != t.para || n.quoted || n.is_capitalised()
                })
        };
        let end = (from.saturating_sub(2)..self.tokens.len().min(from + 80)).find(|&k| {
            let t = &self.tokens[k];
            t.para != para
                || (k >= from && !t.quoted && t.is_sentence_stop(self.text))
                || quote_ends_sentence(k)
        })?;
        if self.tokens[end].para != para {
            return None;
        }
        let e = self.events[ev_cursor..]
            .iter()
            .take_while(|e| e.cue.token < end)
            .filter(|e| e.first > from)
            .last()?;
        let tail_quiet = (e.last + 1..end).all(|k| !self.tokens[k].quoted) && end <= e.last + 8;
        // ("The government’s response was “too slow” …, the National
        // Pandemic Inquiry concluded": any verb of report, not only
        // "said".)
        (e.mention.is_some()
            && (e.cue.lemma == "say"
                || e.cue.is_according_to()
                // (Its subject before it: not "a study …, concluded this
                // year".)
                || (CLOSING_REPORTS.contains(e.cue.lemma)
                    && e.mention.is_some_and(|m| {
                        m.kind != MentionKind::Pronoun(Gender::Unknown)
                            && m.first_token < e.cue.token
                    })
                    // (Closing it with no object: not "…, actress America
                    // Ferrera wrote a viral blog against the mogul".)
                    && end <= e.last + CLOSING_TAIL
                    && !crate::cues::is_determiner(self.word(e.cue.token + 1))))
            // The comma may close a quotation (`“casually,” said X`).
            && self.comma_before(e.first)
            && tail_quiet)
            .then_some(e)
    }

    /// Another antecedent for the pronoun that attributed `d`, when the
    /// one found is named inside the quotation itself.
    fn speaker_outside(&mut self, q: &Quotation, d: &Quote) -> Option<usize> {
        let content = q.content.as_str(self.text);
        if !names_inside(content, &self.entities.list[d.speaker?].name) {
            return None;
        }
        let pronoun = self.token_at(d.mention?.start);
        let g = self.tokens.get(pronoun)?.pronoun()?;
        let at = self.token_at(d.cue?.start);
        self.resolve_pronoun_outside(g, at, content)
    }

    /// Who a pronoun that replies ("“…,” he replied") stands for after the
    /// question quoted before it (`prev`): the one the question calls by
    /// name or the person named near it, if of the pronoun's gender.
    fn replier(&mut self, d: &Quote, prev: Option<&Quote>) -> Option<usize> {
        // (Asked: not "as if to say, “Did you see me pull that off?”".)
        let prev = prev.filter(|p| self.is_asked_question(p) || self.is_addressed_question(p))?;
        let asker = prev.speaker?;
        // ("“Is it unsafe now?” Lugg asked. ¶ “It is fragile,” he said.":
        // a plain report too, when its pronoun took up the one who asked,
        // who does not answer their own question.)
        // ("“You could see him clearly, couldn’t you, Mr Parata?” Ms
        // Hollingworth asked. ¶ “…,” he said": or one after a question that
        // calls the one it asks by title and name.)
        // ("A reporter asked Okonkwo-Reilly: “…?” He paused. ¶ “…,” he
        // said": or one after a question its report puts to a person by
        // name.)
        let lemma = self.cue_lemma(d)?;
        if !(crate::cues::is_reply(lemma)
            || (lemma == "say"
                && (d.speaker == Some(asker)
                    || self.ends_addressing(prev)
                    || self.opening_address(prev).is_some()
                    || self.asked_by_name(prev))))
        {
            return None;
        }
        let question = prev.text(self.text);
        let at = self.token_at(prev.outer.start);
        let here = self.token_at(d.outer.start);
        if self.tokens.get(here)?.para > self.tokens.get(at)?.para + 1 {
            return None;
        }
        let g = self
            .tokens
            .get(self.token_at(d.mention?.start))?
            .pronoun()?;
        // (Or else the last other speaker the pronoun fits: "Under
        // cross-examination by Ruairi Feighery, she was questioned …. “…?”
        // Feighery asked. “No,” she replied.")
        let fits = |s: &Self, e: usize| {
            e != asker
                && s.entities.list[e].kind == SpeakerKind::Person
                && !speakers::gender_clash(g, s.entities.list[e].gender)
        };
        // ("“…?” Parata asked the volcanologist. “…,” she replied": the
        // person the description asked stands for.)
        if let Some(other) = self.asked_description(prev) {
            return fits(self, other).then_some(other);
        }
        let para = self.tokens[at].para;
        let spoke = self.other_speaker_before(at, para, asker, g, true);
        if let Some(other) = self.answerer(at, question, asker) {
            // ("“…?” he asked. “…,” she replied" after "“…,” she said,
            // pointing at the second accused, Hassan Dida Galgalo": one
            // who spoke before, known to be of the pronoun's gender, over
            // one only named whose gender is not known.)
            // (Not one the question is put to by name: "asked Governor
            // Mirela Dragomir-Hale, ‘…?’ and she answered".)
            let unknown = self.entities.list[other].gender == Gender::Unknown;
            // (Nor one the question opens by calling by name: "“Sreya,
            // have you …?”".)
            let name = &self.entities.list[other].name;
            let put_to = prev.cue.is_some_and(|c| {
                self.text
                    .get(c.end..prev.outer.start)
                    .is_some_and(|between| between.contains(speakers::last_word(name)))
            }) || self.opening_address(prev).is_some_and(|address| {
                crate::text::words(address).any(|w| crate::text::words(name).any(|n| n == w))
            });
            if let Some(s) = spoke.filter(|&s| unknown && !put_to && s != other) {
                return Some(s);
            }
            return fits(self, other).then_some(other);
        }
        spoke
    }

    /// Makes the report whose verb spans `cue` the words of entity `e`, in
    /// the events and the speakers' history, once a reply is found to be
    /// another's than its pronoun first took up: the turns after it
    /// alternate from the one who replied.
    fn retarget_report(&mut self, cue: Option<Span>, e: usize) {
        let Some(cue) = cue else {
            return;
        };
        let k = self.token_at(cue.start);
        if let Ok(i) = self.events.binary_search_by_key(&k, |ev| ev.cue.token) {
            self.events[i].entity = Some(e);
        }
        let h = self.history.partition_point(|&(pos, _)| pos < k);
        if let Some(entry) = self.history.get_mut(h).filter(|(pos, _)| *pos == k) {
            entry.1 = e;
        }
    }

    /// The person a definite description right after the "asked" of
    /// question `q`'s report stands for ("“…?” Parata asked the
    /// volcanologist"), by its referent.
    fn asked_description(&mut self, q: &Quote) -> Option<usize> {
        let ask = self.token_at(q.cue?.start);
        if self.tokens.get(ask)?.lemma() != Some("ask") {
            return None;
        }
        let (span, _) = self.description_after_ask(ask)?;
        let full = crate::referents::referent(self.text, self.tokens, self.register, span)?;
        Some(self.named_person(full.as_str(self.text)))
    }

    /// The definite description right after the "asked" at token `ask`
    /// ("asked the volcanologist later"), and the token of its last word:
    /// the words after "the" up to a filler, a preposition or a question's
    /// word ("later", "in", "whether"), the last its head.
    fn description_after_ask(&self, ask: usize) -> Option<(Span, usize)> {
        if self.word(ask + 1) != "the" {
            return None;
        }
        let para = self.tokens[ask].para;
        let last = (ask + 2..(ask + ASKED_DESCRIPTION_TOKENS).min(self.tokens.len()))
            .take_while(|&k| {
                let t = &self.tokens[k];
                t.para == para
                    && t.is_word()
                    && !t.quoted
                    && t.lemma().is_none()
                    && !is_filler(t, self.text)
                    && !t.has(lexicon::COMPLEMENT | lexicon::CONJUNCTION | lexicon::RELATIVE)
                    && !lexicon::QUESTION_OPENERS.contains(self.word(k))
            })
            .last()?;
        let span = Span::new(
            self.tokens[ask + 1].span().start,
            self.tokens[last].span().end,
        );
        Some((span, last))
    }

    /// The last person other than `asker` who spoke before token `at`, in
    /// the paragraphs up to [`REPLIER_PARAGRAPHS_BACK`] before `para`, whom
    /// a pronoun of gender `g` fits (`same_gender`: whose gender is known
    /// to be `g`).
    fn other_speaker_before(
        &self,
        at: usize,
        para: u32,
        asker: usize,
        g: Gender,
        same_gender: bool,
    ) -> Option<usize> {
        self.history[..self.history.partition_point(|&(pos, _)| pos < at)]
            .iter()
            .rev()
            .take_while(|&&(pos, _)| self.tokens[pos].para + REPLIER_PARAGRAPHS_BACK >= para)
            .map(|&(_, e)| e)
            .find(|&e| {
                let s = &self.entities.list[e];
                e != asker
                    && s.kind == SpeakerKind::Person
                    && !speakers::gender_clash(g, s.gender)
                    && (!same_gender || s.gender == g)
            })
    }

    /// Who a pronoun that replies stands for after a question reported,
    /// not quoted, just before it with no one addressed ("A reporter asked
    /// whether the minister could still claim …. ¶ “Yes,” he replied."),
    /// when the pronoun took up the one who asked: the last other person
    /// it fits who spoke.
    fn reported_question_replier(&mut self, d: &Quote) -> Option<usize> {
        let reply = self.cue_lemma(d).is_some_and(crate::cues::is_reply);
        // (Or a plain report that answers: see `when_asked_subject`.)
        if !reply && d.text(self.text).trim_end().ends_with('?') {
            return None;
        }
        let here = self.token_at(d.outer.start);
        let para = self.tokens.get(here)?.para;
        let g = self
            .tokens
            .get(self.token_at(d.mention?.start))?
            .pronoun()?;
        let before = self.events.partition_point(|e| e.cue.token < here);
        // (The question's own words may hold reports: "asked whether the
        // minister could still claim".)
        // (A few reports back at most: one paragraph may be a whole text.)
        let asked = self.events[..before]
            .iter()
            .rev()
            .take(QUESTION_EVENTS_BACK)
            .take_while(|e| self.tokens[e.cue.token].para + 1 >= para)
            .find(|e| e.cue.lemma == "ask")?;
        let k = asked.cue.token;
        let asker = asked.entity?;
        // (Only when the pronoun took up the one who asked: "Nora Blake
        // caused a stir when a voter asked if she might …. ¶ “…,” she
        // replied" is Blake's already.)
        // (By a shorter form of the asker's description: "A reporter" of
        // "A reporter from the Kestrel Valley Courier".)
        let took_up = d.speaker.is_some_and(|e| {
            let (a, b) = (&self.entities.list[e].name, &self.entities.list[asker].name);
            e == asker
                || same_name(a, b)
                || b.strip_prefix(a.as_str())
                    .is_some_and(|r| r.starts_with(' '))
        });
        let reported = took_up
            && lexicon::QUESTION_WORDS.contains(self.word(k + 1))
            && !self.tokens[k..here].iter().any(|t| t.quoted);
        if !reported {
            return None;
        }
        if !reply {
            let m = asked.mention?;
            return self.when_asked_subject(m, k, g, asker);
        }
        self.other_speaker_before(asked.first, para, asker, g, false)
    }

    /// "Ryan did not exude confidence when Tapper asked whether …. ¶ “…,”
    /// he said": the subject of the main clause a clause of time opened by
    /// "when" and its question `ask` (asked by `m`, entity `asker`) follow,
    /// if a person the pronoun of gender `g` fits: the one asked answers.
    fn when_asked_subject(
        &mut self,
        m: Mention,
        ask: usize,
        g: Gender,
        asker: usize,
    ) -> Option<usize> {
        let when = m.first_token.checked_sub(1)?;
        if !self.word(when).eq_ignore_ascii_case("when") || self.token_end(m.span.end) + 1 != ask {
            return None;
        }
        let start = self.sentence_start(when, WHEN_ASKED_SENTENCE);
        let s = self.clause_subject(start, when)?;
        let e = self.resolve(&s, s.first_token)?;
        let p = &self.entities.list[e];
        (e != asker && p.kind == SpeakerKind::Person && !speakers::gender_clash(g, p.gender))
            .then_some(e)
    }

    /// Whether the "according to" of event `e` after the quotation opening
    /// at token `oi` names a record of words ("a press release from her
    /// office", "audio obtained by …", "court filings") while a report
    /// before the quotation, in its sentence, has a subject of its own.
    fn record_backs_report(&self, e: &Event, oi: usize, ev_cursor: usize) -> bool {
        let Some(m) = e.mention else {
            return false;
        };
        let head = self.token_end(m.span.end);
        let record = (m.first_token..=head).any(|k| {
            let t = &self.tokens[k];
            t.is_lower()
                && (RECORD_NOUNS.contains(self.word(k))
                    || ACCORDING_RECORD_NOUNS.contains(self.word(k)))
        });
        if !record || ev_cursor == 0 {
            return false;
        }
        let pre = &self.events[ev_cursor - 1];
        pre.mention.is_some()
            && !pre.cue.is_according_to()
            && pre.last < oi
            && self.sentence_start(oi, REPORT_HOLDER_REACH) <= pre.first
    }

    /// Whether a person of gender `g` that the text names is mentioned
    /// before token `at` in its paragraph.
    fn named_before_in_paragraph(&self, at: usize, g: Gender) -> bool {
        if !matches!(g, Gender::Male | Gender::Female) {
            return false;
        }
        let para = self.tokens[at].para;
        let subjects = &self.register.subjects;
        subjects[..subjects.partition_point(|s| s.token < at)]
            .iter()
            .rev()
            .take(UNNAMED_YIELD_MENTIONS)
            .take_while(|s| self.tokens[s.token].para == para)
            .any(|s| {
                !s.unnamed
                    && s.gender == g
                    && s.name.as_str(self.text).starts_with(char::is_uppercase)
                    && s.name.as_str(self.text).contains(' ')
            })
    }

    /// The lemma of a quote's reporting verb, if it has one.
    fn cue_lemma(&self, q: &Quote) -> Option<&'static str> {
        self.tokens.get(self.token_at(q.cue?.start))?.lemma()
    }

    /// Whether question `q`'s report names the one it is put to right
    /// after its "asked" ("a reporter asked Okonkwo-Reilly: “…?”").
    fn asked_by_name(&self, q: &Quote) -> bool {
        q.cue
            .is_some_and(|cue| self.named_after_ask(self.token_at(cue.start)).is_some())
    }

    /// The register's mention of the person named right after the verb at
    /// token `ask`, past a title ("asked Mr. Vandergriff").
    fn named_after_ask(&self, ask: usize) -> Option<speakers::SubjectMention> {
        let subjects = &self.register.subjects;
        subjects
            .get(subjects.partition_point(|s| s.token <= ask))
            .filter(|o| !o.subject && self.titled_start(o.name) == ask + 1)
            .copied()
    }

    /// Whether a quote is a question someone asked, not a rhetorical one
    /// ("“…, right?” said Murphy"): its verb is "ask", or "put" with a
    /// question ("put a question to Ms Nwachukwu: “…?”").
    fn is_asked_question(&self, q: &Quote) -> bool {
        if !q.text(self.text).trim_end().ends_with('?') {
            return false;
        }
        match self.cue_lemma(q) {
            Some("ask") => true,
            Some("put") => {
                let k = self.token_at(q.cue.map_or(0, |c| c.start));
                (k + 1..k + 4).any(|j| matches!(self.word(j), "question" | "questions"))
            }
            _ => false,
        }
    }

    /// Whether a quote going on from its speaker's words is a question
    /// that ends by addressing someone by title and name ("“Is that your
    /// policy, Ms. Nakamura-Boateng?”") or opens by calling them by name.
    fn is_addressed_question(&self, q: &Quote) -> bool {
        (q.attribution == Attribution::Continuation && self.ends_addressing(q))
            // ("Mr Mehrotra then turned to … Sreya Bandyopadhyay. “Sreya,
            // have you …?”": or one, given to the sentence before, that
            // opens by calling someone by name.)
            || (matches!(
                q.attribution,
                Attribution::Continuation | Attribution::PreviousSentence
            ) && self.opening_address(q).is_some())
    }

    /// The words a question opens by calling someone by before its comma,
    /// when they end in a name the text gave a person in full ("Sreya" of
    /// "“Sreya, have you ever read …?”" after "the Bengali novelist Sreya
    /// Bandyopadhyay").
    fn opening_address(&self, q: &Quote) -> Option<&'a str> {
        let text: &'a str = self.text;
        let s = q.text(text).trim_end();
        if !s.ends_with('?') {
            return None;
        }
        let (address, _) = s.split_once(", ")?;
        let at = q.outer.start;
        let calls = crate::text::words(address).count() <= ADDRESSEE_WORDS
            && crate::text::words(address).all(|w| w.starts_with(char::is_uppercase))
            && crate::text::words(address).next_back().is_some_and(|w| {
                self.register
                    .fullest(text, w, Gender::Unknown)
                    .or_else(|| {
                        self.register
                            .by_given_name(text, w, Gender::Unknown, at, true)
                    })
                    .is_some_and(|f| f.as_str(text).contains(' '))
            });
        calls.then_some(address)
    }

    /// Whether a quote is a question that ends by addressing someone by
    /// title and name ("“…, couldn’t you, Mr Parata?”").
    fn ends_addressing(&self, q: &Quote) -> bool {
        let s = q.text(self.text).trim_end();
        let Some(body) = s.strip_suffix('?') else {
            return false;
        };
        let Some((_, addressee)) = body.rsplit_once(", ") else {
            return false;
        };
        let mut words = crate::text::words(addressee);
        words.next().is_some_and(|w| {
            lexicon::entry(w).is_some_and(|e| e.has(lexicon::TITLE))
                && w.starts_with(char::is_uppercase)
        }) && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && crate::text::words(addressee).count() <= ADDRESSEE_WORDS
    }

    fn decide(
        &self,
        q: &Quotation,
        kind: QuoteKind,
        e: &Event,
        how: Attribution,
        base: f32,
    ) -> Quote {
        let conf = match e.mention.map(|m| m.kind) {
            _ if e.entity.is_none() => CONF_UNRESOLVED,
            Some(MentionKind::Pronoun(_)) => base - PENALTY_PRONOUN,
            // A description named by a cue further on in the clause is
            // right only half the time (PolNeAR): it sinks below the
            // weaker rules.
            Some(MentionKind::Description) if base <= CONF_CUE_LATER => {
                base - 3.0 * PENALTY_DESCRIPTION
            }
            Some(MentionKind::Description) => base - PENALTY_DESCRIPTION,
            _ => base,
        };
        Quote {
            speaker: e.entity,
            referent: None,
            mention: e.mention.map(|m| m.span),
            cue: Some(if e.cue.is_according_to() {
                // "according to", "in the words of".
                let first = if e.cue.lemma == crate::cues::IN_THE_WORDS_OF {
                    e.cue.token - 2
                } else {
                    e.cue.token
                };
                Span::new(
                    self.tokens[first].span().start,
                    self.tokens[e.cue.token + 1].span().end,
                )
            } else {
                self.tokens[e.cue.token].span()
            }),
            attribution: if matches!(e.mention.map(|m| m.kind), Some(MentionKind::Pronoun(_))) {
                Attribution::Pronoun
            } else {
                how
            },
            confidence: conf,
            ..unattributed(q, kind)
        }
    }

    /// A speaker signed without a verb: a dash and a name after the quote
    /// (`“Q” — X`), or a name or clause ending in a colon before it
    /// (`X: “Q”`, `Rep. Trey Gowdy (R-S.C.): “Q”`).
    fn signature(
        &mut self,
        q: &Quotation,
        kind: QuoteKind,
        oi: usize,
        ai: usize,
        hi: usize,
    ) -> Option<Quote> {
        let toks = self.tokens;
        // The dash must follow the quote in its own paragraph.
        let close_para = toks.get(ai.checked_sub(1)?).map(|t| t.para);
        let is_dash = |t: &Token| matches!(t.span().as_str(self.text), "—" | "―" | "–" | "-");
        let dash = toks
            .get(ai)
            .filter(|t| Some(t.para) == close_para && is_dash(t));
        // Or on a short line of its own after the quote's paragraph
        // ("“…”" then "- Mayor Elin Sato.").
        let line_end = toks
            .get(ai)
            .filter(|t| close_para.is_some_and(|p| t.para == p + 1) && is_dash(t))
            .map(|t| {
                (ai..toks.len().min(ai + 14))
                    .take_while(|&k| toks[k].para == t.para)
                    .last()
                    .map_or(ai, |k| k + 1)
            });
        let short_line = line_end.filter(|&end| {
            end < toks.len().min(ai + 14) || toks.get(end).is_none_or(|n| n.para != toks[ai].para)
        });
        // A signature ends where its name does, at punctuation, the
        // paragraph's end or a participle ("–@realDonaldTrump taking a
        // question"); not a clause with its verb ("— the balloons
        // cascaded down on the crowd").
        let signs_off = |m: &Mention| {
            let last = self.token_end(m.span.end);
            let verb_inside = (m.first_token + 1..=last).any(|k| {
                let w = toks[k].span().as_str(self.text);
                toks[k].is_lower()
                    && crate::text::is_regular_past(w)
                    && !NAMING_PARTICIPLES.contains(w)
            });
            !verb_inside
                && toks.get(last + 1).is_none_or(|n| {
                    n.para != toks[ai].para
                        || n.quoted
                        || !n.is_word()
                        || (n.is_lower() && n.span().as_str(self.text).ends_with("ing"))
                })
        };
        let signed = dash.and_then(|d| {
            speakers::mention_starting_at(self.text, toks, ai + 1, hi.max(ai + 2))
                .filter(signs_off)
                .map(|m| (m, d.span()))
        });
        let (mention, cue) = if let Some(signed) = signed {
            signed
        } else if let Some(end) = short_line {
            // The name is the line, up to a place or a full stop ("- Ruth
            // Okafor, Dayton."); not a heading between dashes ("– Major
            // powers' 'playing field' –").
            let m = speakers::mention_starting_at(self.text, toks, ai + 1, end).filter(|m| {
                let after = self.token_end(m.span.end) + 1;
                m.kind == MentionKind::Name
                    && (after >= end
                        || toks[after].is_punct(',')
                        || toks[after].is_punct('(')
                        || (toks[after].is_punct('.') && after + 1 >= end))
            })?;
            (m, toks[ai].span())
        } else if let Some(comma) = oi.checked_sub(1).map(|k| &toks[k]).filter(|t| {
            (t.is_punct(',') || is_dash(t))
                && !t.quoted
                && kind == QuoteKind::Direct
                && self.looks_like_speech(q)
        }) {
            // "Clinton shared her worry with an audience in the Hamptons,
            // “I do not know …”", "When Trump finally wrapped up — “…” —":
            // a sentence that runs into a quotation without a cue gives it
            // to its named subject.
            let mut lo = self.clause_start(oi - 1);
            // A dash may break into a clause of time ("When Trump finally
            // wrapped up — “…” —"); a comma ends it.
            if is_dash(comma) && TIME_OR_CAUSE.contains_ignore_ascii_case(self.word(lo)) {
                lo += 1;
            }
            let m = self
                .clause_subject(lo, oi - 1)
                .filter(|m| m.is_person_name())?;
            (m, comma.span())
        } else {
            let colon = oi
                .checked_sub(1)
                .map(|k| &toks[k])
                .filter(|t| t.is_punct(':') && !t.quoted)?;
            if let Some(question) = self.qa_label(oi - 1) {
                return Some(self.qa_turn(q, kind, question, oi));
            }
            let lo = self.clause_start(oi - 1);
            // "CNN President On Trump: “…”", "Gillibrand on Hillary's
            // Speeches: “…”": the name opening a label "X on Y" speaks.
            let on = (lo + 1..oi - 1)
                .find(|&k| matches!(self.word(k), "on" | "On"))
                .and_then(|k| speakers::mention_ending_at(self.text, toks, k - 1, lo))
                .filter(|m| m.first_token == lo && m.kind == MentionKind::Name);
            let m = oi
                .checked_sub(2)
                .and_then(|end| speakers::mention_ending_at(self.text, toks, end, lo))
                .filter(|_| on.is_none())
                // Not the object of a verb ("One told the Daily Mail:"),
                // unless the verb opens the clause ("Stated Stone:") or
                // quotes the name ("Frank quotes Alfred Kahn:").
                // ("From the report: “…”": the source a label opened by
                // "From" names.)
                // (Nor a preposition's: "weighed in on X:".)
                .filter(|m| {
                    let before = &toks[m.first_token.max(1) - 1];
                    let verb = before.lemma();
                    let preposition = |t: &Token| {
                        matches!(
                            t.span().as_str(self.text),
                            "on" | "in" | "at" | "to" | "about" | "against"
                        )
                    };
                    // ("defends the loan on live TV:": past an adjective.)
                    let object = preposition(before)
                        || (m.first_token >= 2
                            && before.is_lower()
                            && verb.is_none()
                            && preposition(&toks[m.first_token - 2]));
                    m.first_token == lo
                        || (m.kind == MentionKind::Name
                            && !object
                            && (verb.is_none() || verb == Some("quote") || m.first_token == lo + 1))
                        || (m.first_token == lo + 1 && self.word(lo) == "From")
                })
                // "Ormond tried to answer, but the moderator cut him off:":
                // the subject of the clause the colon ends.
                .or_else(|| {
                    self.inner_clause_start(lo, oi - 1).and_then(|k| {
                        self.clause_subject(k, oi - 1)
                            .filter(|m| m.first_token == k)
                    })
                })
                .or_else(|| on.or_else(|| self.clause_subject(lo, oi - 1)))?;
            // "Ashford's response: “…”": the owner of the statement.
            let m = if oi >= 2
                && toks[oi - 2].is_lower()
                && toks[oi - 2].has(lexicon::STATEMENT_NOUN)
            {
                speakers::statement_owner(self.text, toks, oi - 2, lo).unwrap_or(m)
            } else {
                m
            };
            (m, colon.span())
        };
        // A pronoun signs only right before the mark ("he: “…”"), or as
        // the possessor of a statement noun ("Her response: “…”").
        if matches!(mention.kind, MentionKind::Pronoun(_))
            && mention.first_token + 1 < oi
            && !toks
                .get(mention.first_token + 1)
                .is_some_and(|t| t.has(lexicon::STATEMENT_NOUN))
        {
            return None;
        }
        let entity = self.resolve(&mention, oi)?;
        Some(Quote {
            speaker: Some(entity),
            referent: None,
            mention: Some(mention.span),
            cue: Some(cue),
            attribution: Attribution::Signature,
            confidence: CONF_SIGNATURE,
            ..unattributed(q, kind)
        })
    }

    /// The (interviewer, interviewee) of a printed interview, if the text
    /// is one: it says it "has been edited for length and clarity" or the
    /// like. The interviewee is the first person it names in full
    /// ([`crate::transcript::interviewee`]); the interviewer the one it
    /// "spoke with" or "talked to" before token `oi`, if named.
    fn printed_interview(&mut self, oi: usize) -> Option<Interview> {
        if let Some(found) = self.interview {
            return found;
        }
        let found = crate::text::notes_edited_interview(self.text).then(|| {
            let toks = self.tokens;
            let interviewee = self.interviewee_before(oi);
            let with = (1..oi).find(|&k| {
                matches!(self.word(k - 1), "spoke" | "talked" | "sat")
                    && matches!(self.word(k), "with" | "to")
            });
            let interviewer = with
                .and_then(|k| speakers::mention_starting_at(self.text, toks, k + 1, oi))
                .filter(|m| m.kind == MentionKind::Name)
                .and_then(|m| self.resolve(&m, oi));
            (interviewer, interviewee)
        });
        self.interview = Some(found);
        found
    }

    /// The person named right after "asked" at cue token `ask`, if a
    /// pronoun of gender `g` can stand for them.
    fn asked_object(
        &mut self,
        ask: usize,
        g: Gender,
        named_inside: &dyn Fn(&str) -> bool,
    ) -> Option<usize> {
        if self.tokens.get(ask).and_then(Token::lemma) != Some("ask") {
            return None;
        }
        // ("Gilmour asked him whether his mother had ever enjoyed one.
        // “She has a system,” he replied": "him", of the reply's gender, is
        // the last other speaker before the one who asks.)
        if OBJECT_PRONOUNS
            .iter()
            .any(|&(p, pg)| pg == g && p == self.word(ask + 1))
            && lexicon::QUESTION_OPENERS.contains(self.word(ask + 2))
        {
            let asker = self
                .events
                .binary_search_by_key(&ask, |e| e.cue.token)
                .ok()
                .and_then(|i| self.events[i].entity);
            let before = self.history.partition_point(|&(pos, _)| pos < ask);
            return self.history[..before]
                .iter()
                .rev()
                .take(8)
                .map(|&(_, e)| e)
                .find(|&e| {
                    let s = &self.entities.list[e];
                    Some(e) != asker
                        && s.kind == SpeakerKind::Person
                        && !speakers::gender_clash(g, s.gender)
                        && !named_inside(&s.name)
                });
        }
        // ("Odhiambo asked the witness whether she had seen any of the
        // attackers. “…,” she said": or the person a description stands
        // for.)
        if let Some((span, last)) = self.description_after_ask(ask) {
            if !lexicon::QUESTION_OPENERS.contains(self.word(last + 1)) {
                return None;
            }
            let full = crate::referents::referent(self.text, self.tokens, self.register, span)?;
            let e = self.named_person(full.as_str(self.text));
            let p = &self.entities.list[e];
            if speakers::gender_clash(g, p.gender) || named_inside(&p.name) {
                return None;
            }
            self.learn_gender(e, g);
            return Some(e);
        }
        let o = self.named_after_ask(ask)?;
        // A question ("asked Vandergriff whether …"), not a request
        // ("asked Mr. Vega to continue the talks").
        if !lexicon::QUESTION_OPENERS.contains(self.word(o.token + 1)) {
            return None;
        }
        self.person_for_pronoun(o, g, named_inside)
    }

    /// The person subject mention `m` names, by the fullest form of its
    /// name, if a pronoun of gender `g` can stand for them and they are
    /// not named inside the quotation (`named_inside`); the pronoun's
    /// gender is learnt for them.
    fn person_for_pronoun(
        &mut self,
        m: speakers::SubjectMention,
        g: Gender,
        named_inside: &dyn Fn(&str) -> bool,
    ) -> Option<usize> {
        let name = m.name.as_str(self.text);
        let full = self
            .register
            .fullest(self.text, name, g)
            .map_or(name, |f| f.as_str(self.text));
        // ("Margaret Tsang … asked Tsang whether …. “…,” he said": not a
        // surname whose only full name is of the other gender.)
        if full == name
            && self
                .register
                .fullest(self.text, name, Gender::Unknown)
                .and_then(|f| speakers::given_name_gender(f.as_str(self.text)))
                .is_some_and(|other| speakers::gender_clash(g, other))
        {
            return None;
        }
        let gender = speakers::given_name_gender(full).unwrap_or(m.gender);
        if speakers::gender_clash(g, gender) || named_inside(full) {
            return None;
        }
        let e = self
            .entities
            .get_or_add(full, SpeakerKind::Person, None, gender);
        if speakers::gender_clash(g, self.entities.list[e].gender) {
            return None;
        }
        self.learn_gender(e, g);
        Some(e)
    }

    /// Whether the speech event at cue token `pos` has its speaker open a
    /// clause of time or cause ("when a reporter read …") in a sentence
    /// that names someone before it.
    fn event_in_inner_clause(&self, pos: usize) -> bool {
        let Ok(i) = self.events.binary_search_by_key(&pos, |e| e.cue.token) else {
            return false;
        };
        let Some(m) = self.events[i].mention else {
            return false;
        };
        let f = m.first_token;
        f >= 2 && TIME_OR_CAUSE.contains_ignore_ascii_case(self.word(f - 1)) && {
            let start = self.sentence_start(f - 1, 24);
            let subjects = &self.register.subjects;
            subjects[subjects.partition_point(|s| s.token < start)..]
                .iter()
                .take_while(|s| s.token < f - 1)
                .any(|s| s.subject && !s.unnamed && s.name.as_str(self.text).contains(' '))
        }
    }

    /// Whether the colon at token `colon` ends a "Q" or "A" label opening
    /// its paragraph ([`crate::transcript::qa_label`]): `Some(true)` for a
    /// question.
    fn qa_label(&self, colon: usize) -> Option<bool> {
        let k = colon.checked_sub(1)?;
        let opens = k == 0 || self.tokens[k - 1].para != self.tokens[k].para;
        crate::transcript::qa_label(self.word(k))
            .filter(|_| opens)
            .map(|l| l == crate::transcript::Label::Question)
    }

    /// A quote after a "Q:" or "A:" label (`Q: “…”` then `A: “…”`): a
    /// question is the interviewer's, the person last named in full
    /// before the exchange other than the interviewee ("Host Dana Kirsch
    /// pressed her"); an answer is the interviewee's, the first person the
    /// text names in full ([`crate::transcript::interviewee`]).
    fn qa_turn(&mut self, q: &Quotation, kind: QuoteKind, question: bool, oi: usize) -> Quote {
        let (interviewer, interviewee) = match self.qa_people {
            Some(people) => people,
            None => {
                let people = self.find_qa_people(oi);
                self.qa_people = Some(people);
                people
            }
        };
        let speaker = if question { interviewer } else { interviewee };
        let Some(e) = speaker else {
            return unattributed(q, kind);
        };
        let label = self.tokens[oi - 2].span();
        Quote {
            speaker: Some(e),
            referent: None,
            mention: Some(label),
            cue: Some(self.tokens[oi - 1].span()),
            attribution: Attribution::Signature,
            confidence: CONF_TRANSCRIPT_ANSWER,
            ..unattributed(q, kind)
        }
    }

    /// The (interviewer, interviewee) of the exchange whose first labelled
    /// quote opens at token `oi`.
    fn find_qa_people(&mut self, oi: usize) -> Interview {
        let first = oi - 2;
        let answers = crate::transcript::interviewee(self.text, self.tokens, first, self.headline);
        let asks = self.register.subjects
            [..self.register.subjects.partition_point(|s| s.token < first)]
            .iter()
            .rev()
            .map(|s| {
                self.register
                    .fullest_near(self.text, s.name.as_str(self.text), s.gender, s.name.start)
                    .unwrap_or(s.name)
                    .as_str(self.text)
            })
            .find(|name| name.contains(' ') && Some(*name) != answers);
        let interviewee = answers.map(|name| self.named_person(name));
        let interviewer = asks.map(|name| self.named_person(name));
        (interviewer, interviewee)
    }

    /// The entity of a person known by `name`, of the gender its given
    /// name shows.
    fn named_person(&mut self, name: &str) -> usize {
        let g = speakers::given_name_gender(name).unwrap_or(Gender::Unknown);
        self.entities.get_or_add(name, SpeakerKind::Person, None, g)
    }

    /// The interviewee of a transcript or printed interview whose first
    /// turn is at token `first` ([`crate::transcript::interviewee`]).
    fn interviewee_before(&mut self, first: usize) -> Option<usize> {
        crate::transcript::interviewee(self.text, self.tokens, first, self.headline)
            .map(|name| self.named_person(name))
    }

    /// A quote with no cue of its own: the speaker of the previous quote in
    /// its paragraph, or of the last speech in the previous paragraph.
    fn continuation(
        &mut self,
        q: &Quotation,
        kind: QuoteKind,
        oi: usize,
        done: &[Quote],
    ) -> Option<Quote> {
        let para = self.tokens.get(oi)?.para;
        let mk = |speaker, mention, conf, how| Quote {
            speaker: Some(speaker),
            referent: None,
            mention,
            cue: None,
            attribution: how,
            confidence: conf,
            ..unattributed(q, kind)
        };
        if let Some(prev) = done.last() {
            let prev_para = self
                .tokens
                .get(self.token_at(prev.outer.start))
                .map_or(u32::MAX, |t| t.para);
            let prev_end_para = self
                .tokens
                .get(self.token_at(prev.outer.end).saturating_sub(1))
                .map_or(u32::MAX, |t| t.para);
            if let Some(s) = prev.speaker {
                if prev_end_para == para || prev_para == para {
                    let from = self.token_at(prev.outer.end);
                    let ends = crate::text::ends_sentence(prev.text(self.text));
                    if let Some(m) = self.new_subject_since(from, oi, s, ends) {
                        return self.subject_quote(q, kind, &m, oi);
                    }
                    return Some(mk(
                        s,
                        prev.mention,
                        CONF_CONTINUATION,
                        Attribution::Continuation,
                    ));
                }
            }
        }
        // The last speaker of the previous paragraph, if nothing in this
        // paragraph before the quote names another one.
        let first_in_para = self.tokens[..oi]
            .iter()
            .rev()
            .take(4)
            .take_while(|t| t.para == para)
            .count();
        // A short fragment opening a paragraph ("The “SNL” sketch aired",
        // "“Refoulement” (forcible return) is forbidden") is a scare quote
        // or a name, no words carried over.
        // A sentence of two words or more that is the whole paragraph
        // ("“We were awful.”") is speech however short.
        let sentence_paragraph = first_in_para == 0
            && self.paragraph_of(oi).is_some_and(|p| {
                self.text
                    .get(q.outer().end..p.end)
                    .is_some_and(|rest| rest.trim().is_empty())
            })
            && q.content.as_str(self.text).starts_with(char::is_uppercase)
            && crate::text::words(q.content.as_str(self.text))
                .nth(1)
                .is_some()
            && crate::text::ends_sentence(q.content.as_str(self.text));
        // "Reyburn paused. “…”": a person opening a sentence of the quote's
        // own paragraph names the speaker (`previous_sentence`).
        let set_up_here = first_in_para > 0
            && self.tokens[oi - 1].is_punct('.')
            && self
                .clause_subject(self.clause_start(oi - 1), oi - 1)
                .is_some_and(|m| m.is_person_name());
        if (first_in_para > 3 && !self.verbless_lead(oi))
            || set_up_here
            || para == 0
            || !(self.looks_like_speech(q) || sentence_paragraph)
        {
            return None;
        }
        // "Afterward, Mr. Oduya was blunt." and then the quote: a short
        // sentence closing the paragraph before, with a person as its
        // subject and no report, sets up the speaker.
        if sentence_paragraph {
            if let Some(d) = self.set_up_by(q, kind, oi) {
                return Some(d);
            }
        }
        // A printed interview: a bare question followed by a bare answer
        // is the interviewer's, the answer after it the interviewee's.
        if first_in_para == 0 {
            if let Some((asker, answerer)) = self.printed_interview(oi) {
                let content = q.content.as_str(self.text).trim_end();
                if content.ends_with('?') && self.paragraph_is_quote(para + 1) {
                    return Some(match asker {
                        Some(e) => mk(
                            e,
                            None,
                            CONF_PREVIOUS_PARAGRAPH,
                            Attribution::PreviousParagraph,
                        ),
                        None => unattributed(q, kind),
                    });
                }
                let after_question = done.last().is_some_and(|d| {
                    d.cue.is_none()
                        && self.tokens[self.token_at(d.outer.start)].para + 1 == para
                        && d.text(self.text).trim_end().ends_with('?')
                });
                if let Some(e) = answerer.filter(|_| after_question) {
                    return Some(mk(
                        e,
                        None,
                        CONF_PREVIOUS_PARAGRAPH,
                        Attribution::PreviousParagraph,
                    ));
                }
            }
        }
        // "The email from chief executive Farid Rasuli, titled “…”, was
        // shared widely." then the email's words.
        if first_in_para == 0 {
            if let Some(e) = self.document_just_before(oi) {
                return Some(mk(
                    e,
                    None,
                    CONF_PREVIOUS_PARAGRAPH,
                    Attribution::PreviousParagraph,
                ));
            }
        }
        let (pos, mut e) = self.last_speaker_before(oi)?;
        // "Schoen elaborated in an editorial that superdelegates would …":
        // of the speech events in that last sentence, the main clause's.
        let quoted = self
            .quoted_history
            .binary_search_by_key(&pos, |&(p, _)| p)
            .is_ok();
        if !quoted {
            let lo = self.clause_start(pos);
            let main = self
                .events_from(lo, self.events.len())
                .iter()
                .take_while(|x| x.cue.token < pos)
                .find(|x| x.entity.is_some() && self.reports_in_sentence(x.cue.token, pos));
            if let Some(m) = main.and_then(|m| m.entity) {
                e = m;
            }
        }
        let p = self.tokens.get(pos)?.para;
        // "Kessler interviewed Dale Voss. “Do you regret it?” Kessler
        // asked." then "“Not at all.”": the answer is the other person's.
        if p + 1 == para {
            if let Some(prev) = done
                .last()
                .filter(|d| d.speaker == Some(e) && self.is_asked_question(d))
            {
                let asked_at = self.token_at(prev.outer.start);
                let question = prev.text(self.text);
                if let Some(other) = self.answerer(asked_at, question, e) {
                    return Some(mk(
                        other,
                        None,
                        CONF_PREVIOUS_PARAGRAPH,
                        Attribution::PreviousParagraph,
                    ));
                }
            }
        }
        // "Senator Mahal asked who had approved the purchases." then
        // "“The delegate,” Dr Forbes said." then "“And who is the
        // delegate?”": a bare question after the answer to a question
        // reported without quote marks is the asker's.
        if p + 1 == para
            && p >= 1
            && first_in_para == 0
            && q.content.as_str(self.text).trim_end().ends_with('?')
            && !self.paragraph_has_quote(p - 1)
        {
            if let Some(asker) = self.reported_asker(p - 1, e) {
                return Some(mk(
                    asker,
                    None,
                    CONF_PREVIOUS_PARAGRAPH,
                    Attribution::PreviousParagraph,
                ));
            }
        }
        if p + 1 == para {
            if let Some(other) = self.exchange_turn(q, done, e, p) {
                return Some(mk(
                    other,
                    None,
                    CONF_PREVIOUS_PARAGRAPH,
                    Attribution::PreviousParagraph,
                ));
            }
        }
        if p + 1 == para || (p + 2 == para && self.paragraph_is_quote(para - 1)) {
            return Some(mk(
                e,
                None,
                CONF_PREVIOUS_PARAGRAPH,
                Attribution::PreviousParagraph,
            ));
        }
        // "“You never forget it,” Pen says." then "The work was mostly
        // routine." then "“There was nothing I could do.”": a paragraph
        // of narration that names no one between keeps the speaker.
        let spoke_last = done.last().is_some_and(|d| {
            d.speaker == Some(e)
                && self
                    .tokens
                    .get(self.token_at(d.outer.start))
                    .is_some_and(|t| t.para == p)
        });
        if p + 2 == para && spoke_last && !self.names_anyone(para - 1) {
            return Some(mk(
                e,
                None,
                CONF_PREVIOUS_PARAGRAPH,
                Attribution::PreviousParagraph,
            ));
        }
        None
    }

    /// Whether the words opening the quote's paragraph up to a colon
    /// right before it say when or where, with no verb and no one named
    /// ("Then, later that month on CNN: “…”"): the last speaker goes on.
    fn verbless_lead(&self, oi: usize) -> bool {
        let Some(colon) = oi.checked_sub(1).filter(|&k| self.tokens[k].is_punct(':')) else {
            return false;
        };
        let lo = self.clause_start(colon);
        let para = self.tokens[oi].para;
        self.opens_paragraph(lo)
            && colon - lo <= 10
            && self.tokens[lo..colon].iter().all(|t| {
                t.para == para
                    && !t.quoted
                    && (!t.is_word()
                        || (t.lemma().is_none()
                            && t.pronoun().is_none()
                            && !t.has(lexicon::TITLE | lexicon::GROUP)
                            && !speakers::is_past_form(self.text, t)
                            && t.first_name().is_none()))
            })
    }

    /// The person a short sentence closing the paragraph before the
    /// quotation at token `oi` sets up as its speaker ("Afterward, Mr.
    /// Oduya was blunt."): the named subject of a sentence of a few words
    /// with no report in it.
    fn set_up_by(&mut self, q: &Quotation, kind: QuoteKind, oi: usize) -> Option<Quote> {
        let last = oi.checked_sub(1)?;
        let end = &self.tokens[last];
        if end.para + 1 != self.tokens[oi].para || end.quoted || !end.is_punct('.') {
            return None;
        }
        let lo = self.clause_start(last);
        // "A Benitez adviser, who requested anonymity, was blunter.": a
        // sentence on how its subject spoke sets up the quote, however
        // long its subject.
        let manner = last >= lo + 2 && {
            let mut k = last - 1;
            if MANNER_OF_SPEAKING.contains_ignore_ascii_case(self.word(k)) {
                if matches!(self.word(k - 1), "more" | "less") {
                    k -= 1;
                }
                k > lo && matches!(self.word(k - 1), "was" | "were")
            } else {
                false
            }
        };
        // ("Rep. Shannon Ocampo was asked about the threat.": asked, she
        // answers.)
        let events = self.events_from(lo, self.events.len());
        let events = &events[..events.partition_point(|e| e.cue.token < last)];
        let asked = events.len() == 1
            && events[0].cue.lemma == "ask"
            && self.is_passive(events[0].cue.token);
        let longest = if manner {
            24
        } else if asked {
            // (The question may be long: "…, was asked whether she would
            // push for a vote to remove leadership if that happened.")
            40
        } else {
            10
        };
        if last - lo > longest || self.tokens[lo..last].iter().any(|t| t.quoted) {
            return None;
        }
        // (A report inside the subject's own clause leaves its verb: "who
        // asked not to be named, was blunt".)
        if !events.is_empty() && !manner && !asked {
            return None;
        }
        // ("Afterward," "In a statement Tuesday," and other openings set
        // off by a comma.)
        // (Not a name and its appositive: "Philippa Grandcourt, Republican
        // of Kansas, was more pointed.")
        let after_opening = (lo..last.min(lo + 6))
            .find(|&k| self.tokens[k].is_punct(','))
            .filter(|&c| {
                !speakers::mention_starting_at(self.text, self.tokens, lo, c)
                    .is_some_and(|m| m.is_person_name() && self.token_end(m.span.end) + 1 == c)
            })
            .map_or(lo, |c| c + 1);
        let subject_from = |from: usize| {
            self.clause_subject(from, last).filter(|m| {
                m.first_token == from
                    && (m.is_person_name()
                        || (manner
                            && (m.kind == MentionKind::Description
                                || matches!(m.kind, MentionKind::Pronoun(_)))))
            })
        };
        // (Or the comma was an appositive's, after a subject that says
        // how it spoke: "A Benitez adviser, who requested anonymity, was
        // blunter.")
        let m = subject_from(after_opening)
            .or_else(|| (manner || asked).then(|| subject_from(lo)).flatten())?;
        let mut d = self.subject_quote(q, kind, &m, oi)?;
        // A person the text names in full, not a capitalised word opening
        // a line ("Fill in the gaps.").
        if !manner
            && !d
                .speaker
                .is_some_and(|e| self.entities.list[e].name.contains(' ') || m.title.is_some())
        {
            return None;
        }
        d.attribution = Attribution::PreviousParagraph;
        d.confidence = CONF_PREVIOUS_PARAGRAPH;
        Some(d)
    }

    /// Whose turn a bare quote paragraph is in an exchange whose last
    /// quote, in paragraph `p`, is entity `e`'s and the one before, in the
    /// paragraph before, another person's: that other person's, when
    /// this quote is a question after the answer to a question ("“How
    /// many were removed?” Tolliver asked." then "“I don't have that
    /// number,” Moreno-Banks replied." then "“You don't have it, or you
    /// don't want to say it?”"), or when it answers such a bare question.
    /// So when the exchange has gone on in bare turns, paragraph by
    /// paragraph, since a question ("“Who is paying?” Winterbourne asked."
    /// then "“The Postal Service.”" then "“So the ratepayers are.”").
    fn exchange_turn(&self, q: &Quotation, done: &[Quote], e: usize, p: u32) -> Option<usize> {
        let para_of = |d: &Quote| {
            self.tokens
                .get(self.token_at(d.outer.start))
                .map(|t| t.para)
        };
        // The last quote of each of the paragraphs before, nearest first.
        let mut turns = done.iter().rev().filter_map(|d| Some((para_of(d)?, d)));
        let (lp, last) = turns.next()?;
        let mut turns = turns.skip_while(|&(tp, _)| tp == lp);
        let (bp, before) = turns.next()?;
        let asks = |d: &Quote| d.text(self.text).trim_end().ends_with('?');
        let other = before.speaker.filter(|&b| b != e)?;
        let bare = |d: &Quote| d.attribution == Attribution::PreviousParagraph;
        // (A bare question set up by a sentence of its own, "Sen. Jedediah
        // Crumpacker … was unmoved.", may come a paragraph later.)
        // ("Kilbride followed up: “Do you think he’s qualified?”" then
        // "“I think he’s qualified to own a boat.”": a bare answer to a
        // question put just after the other's words.)
        // (Not one said: "“We had a good talk, right?” Kessler said." and
        // the speaker goes on.)
        // ("“Why did you not ask?” van der Merwe said." then "“Because
        // …”": but one that opens with a question's word is put to the
        // other.)
        let answer_to_bare = asks(last)
            && (bare(last)
                || (last.cue.is_some() && self.cue_lemma(last) != Some("say"))
                || (self.paragraph_is_turn(lp)
                    && self.paragraph_is_turn(bp)
                    && opens_question(last.text(self.text))));
        let set_up = answer_to_bare && bp + 2 == p && !self.paragraph_is_quote(p - 1);
        if last.speaker != Some(e) || lp != p || (bp + 1 != p && !set_up) {
            return None;
        }
        let asker_again = q.content.as_str(self.text).trim_end().ends_with('?') && asks(before);
        // (Turns in paragraphs one after another, a question among the
        // last three, one of the last two bare.)
        let earlier = turns
            .find(|&(tp, _)| tp != bp)
            .filter(|&(tp, _)| tp + 2 == p)
            .map(|(_, d)| d);
        // (Paragraphs that open with their quotes: "Voss then left the
        // studio. “We had a good talk, right?” Kessler said." ends the
        // exchange.)
        // ("“After.”" then "“Yes.”": or two bare turns of two people.)
        let in_turns = self.paragraph_is_turn(lp)
            && self.paragraph_is_turn(bp)
            && (bare(last) || bare(before))
            && (asks(last)
                || asks(before)
                || earlier.is_some_and(asks)
                || (bare(last) && bare(before)));
        // ("“…?” Mr. Kellerhals asked." then "“…,” Judge Ashenfelter
        // replied." then "“So the answer is yes.”": the asker again, after
        // a reply to the asker's question.)
        // (Or to a question the text says was asked: "“…?” Lombardi
        // asked." then "“…,” Greco said.")
        let after_reply = asks(before)
            && (self.cue_lemma(before) == Some("ask")
                || done
                    .iter()
                    .rev()
                    .take_while(|d| para_of(d) == Some(lp))
                    .any(|d| self.cue_lemma(d).is_some_and(crate::cues::is_reply)))
            && self.paragraph_is_turn(lp)
            && self.paragraph_is_turn(bp);
        // ("“…,” Balcázar replied." then "“So you misled them,” the
        // senator said." then "“No, senator. …”": a bare turn that calls
        // the last speaker by a word of their name is the other's.)
        let addresses_last =
            self.paragraph_is_turn(lp) && self.paragraph_is_turn(bp) && self.calls_by_name(q, e);
        // ("“…,” he said." then "“…,” Blackstaff replied." then "“… You
        // played the game, you know that.”": a bare turn that speaks to
        // someone after a reply is the one replied to.)
        let answers_reply = self.paragraph_is_turn(lp)
            && self.paragraph_is_turn(bp)
            && self.cue_lemma(last).is_some_and(crate::cues::is_reply)
            && crate::text::words(q.content.as_str(self.text)).any(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .eq_ignore_ascii_case("you")
            });
        (asker_again
            || answer_to_bare
            || in_turns
            || after_reply
            || addresses_last
            || answers_reply)
            .then_some(other)
    }

    /// Whether quotation `q` calls entity `e` by the last word of its name
    /// ("“No, senator.”" for "the senator", "“Well, Mr. Tull, …”" for
    /// Jack Tull, "“Senator, …”"): the word opening the quotation before a
    /// comma, or after a comma (and maybe a title) before a comma or the
    /// end of a sentence.
    fn calls_by_name(&self, q: &Quotation, e: usize) -> bool {
        let word = speakers::last_word(&self.entities.list[e].name).to_ascii_lowercase();
        if word.len() < 3 {
            return false;
        }
        let content = q.content.as_str(self.text).to_ascii_lowercase();
        content.match_indices(&word).any(|(i, _)| {
            let after = &content[i + word.len()..];
            let before = content[..i].trim_end();
            // (Past a title: "Mr.", "Dr.")
            let before = match before.rsplit_once(' ') {
                Some((head, last)) if last.ends_with('.') && last.len() <= 4 => head.trim_end(),
                _ if before.ends_with('.') && before.len() <= 4 => "",
                _ => before,
            };
            (before.is_empty() && after.starts_with(','))
                || (before.ends_with(',') && after.starts_with([',', '.', '!', '?']))
        })
    }

    /// The last person of paragraph `para` other than `not` who asked
    /// something there ("Senator Mahal asked who had approved …").
    fn reported_asker(&self, para: u32, not: usize) -> Option<usize> {
        let start = self.tokens.partition_point(|t| t.para < para);
        let end = self.tokens.partition_point(|t| t.para <= para);
        let i = self.events.partition_point(|ev| ev.cue.token < start);
        self.events[i..]
            .iter()
            .take_while(|ev| ev.cue.token < end)
            .filter(|ev| ev.cue.lemma == "ask")
            .filter_map(|ev| ev.entity)
            .filter(|&x| x != not && self.entities.list[x].kind == SpeakerKind::Person)
            .last()
    }

    /// Whether paragraph `p` has a quotation in it.
    fn paragraph_has_quote(&self, p: u32) -> bool {
        let start = self.tokens.partition_point(|t| t.para < p);
        self.tokens[start..]
            .iter()
            .take_while(|t| t.para == p)
            .any(|t| t.quoted)
    }

    /// Whether paragraph `p` names anyone: a capitalised name or a
    /// pronoun in subject position, or a person's mention.
    fn names_anyone(&self, p: u32) -> bool {
        let start = self.tokens.partition_point(|t| t.para < p);
        self.tokens[start..]
            .iter()
            .take_while(|t| t.para == p)
            .any(|t| t.name_part || t.pronoun().is_some())
    }

    /// The person a question asked at token `at` by entity `asker` is put
    /// to: the last other person named in full in its paragraph or the
    /// one before ("Kessler interviewed Dale Voss …").
    fn answerer(&mut self, at: usize, question: &str, asker: usize) -> Option<usize> {
        let para = self.tokens.get(at)?.para;
        let subjects = &self.register.subjects;
        let k = subjects.partition_point(|m| m.token < at);
        let asker_name = self.entities.list[asker].name.clone();
        // (A surname alone by the full name the text gave it: "Stilwell
        // testified" after "Warren Stilwell".)
        let full = |m: &speakers::SubjectMention| {
            let name = m.name.as_str(self.text);
            self.register
                .fullest(self.text, name, m.gender)
                .map_or(name, |f| f.as_str(self.text))
        };
        let someone_else = |m: &&speakers::SubjectMention| {
            let name = full(m);
            name.contains(' ')
                && !same_name(name, &asker_name)
                && speakers::last_word(name) != speakers::last_word(&asker_name)
        };
        let other = |m: &&speakers::SubjectMention| {
            self.tokens[m.token].para + 2 >= para && someone_else(m)
        };
        // The one the question calls by name, given name or surname
        // ("“Dale, good morning. …?”", "“Mr. Oduya, would you …?”"), named
        // in full however far back.
        let calls = |m: &&speakers::SubjectMention, words: &str| {
            let name = m.name.as_str(self.text);
            let given = crate::text::words(name).next();
            let surname = Some(speakers::last_word(name));
            // (Capitalised words only: "the" of "the Taiwanese teenager"
            // calls no one.)
            crate::text::words(words).any(|w| {
                let w = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
                w.starts_with(char::is_uppercase) && (Some(w) == given || Some(w) == surname)
            })
        };
        // (First the one it opens by addressing, before a comma: "“Mr
        // Sârbulescu, did you sit on the board of Trans-Dravonian Gas
        // …?”".)
        let address = question
            .split_once(',')
            .map(|(a, _)| a)
            .filter(|a| crate::text::words(a).count() <= VOCATIVE_WORDS);
        let called_in = |words: &str| {
            subjects[..k]
                .iter()
                .rev()
                .take(48)
                .filter(someone_else)
                .find(|m| calls(m, words))
        };
        let called = address.and_then(called_in).or_else(|| called_in(question));
        let m = called.or_else(|| {
            subjects[..k]
                .iter()
                .rev()
                .take(12)
                .filter(other)
                .find(|m| !m.possessor)
        })?;
        let name = full(m);
        let gender = m.gender;
        Some(
            self.entities
                .get_or_add(name, SpeakerKind::Person, None, gender),
        )
    }

    /// Whether a sentence begins between tokens `from` and `oi` whose
    /// subject names a person other than entity `e` ("“…,” Sanders said.
    /// Meanwhile, Clinton endorsed the deal, although she has “serious
    /// concerns”"): the quote then is no continuation of `e`'s words.
    fn new_subject_since(
        &self,
        from: usize,
        oi: usize,
        e: usize,
        prev_ends: bool,
    ) -> Option<Mention> {
        let stop = (from..oi).rev().find(|&k| {
            let t = &self.tokens[k];
            !t.quoted && t.is_sentence_stop(self.text)
        });
        let start = match stop {
            Some(k) => k + 1,
            None if prev_ends => from,
            None => return None,
        };
        let m = self.first_subject(start, oi)?;
        let name = m.name.as_str(self.text);
        // A person for sure: a full name, a title, or a surname named in
        // full before.
        let person = m.is_person_name()
            && (name.contains(' ')
                || m.title.is_some()
                || self.register.fullest(self.text, name, m.gender).is_some());
        (person && speakers::last_word(name) != speakers::last_word(&self.entities.list[e].name))
            .then_some(m)
    }

    /// (token position, entity) of the last speaker, of an event or of an
    /// attributed quote, before token `i`.
    fn last_speaker_before(&self, i: usize) -> Option<(usize, usize)> {
        let last = |list: &[(usize, usize)]| {
            let k = list.partition_point(|&(pos, _)| pos < i);
            k.checked_sub(1).map(|k| list[k])
        };
        match (last(&self.history), last(&self.quoted_history)) {
            (Some(a), Some(b)) => Some(if b.0 >= a.0 { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// The sender of a document that opens the last sentence of the
    /// paragraph before the quote opening at token `oi`, a sentence with
    /// no report of its own ("The email from co-founder and chief
    /// executive Farid Rasuli, titled “…”, was shared widely on social
    /// media."): the quote is the document's words.
    fn document_just_before(&mut self, oi: usize) -> Option<usize> {
        let toks = self.tokens;
        let last = oi.checked_sub(1)?;
        if toks[last].para + 1 != toks[oi].para || toks[last].quoted || !toks[last].is_punct('.') {
            return None;
        }
        let s = self.sentence_start(last, 40);
        if toks[s].para != toks[last].para
            || !speakers::opens_sentence(self.text, toks, s)
            || !self
                .events_from(s, self.events.len())
                .iter()
                .all(|e| e.cue.token > last)
        {
            return None;
        }
        let noun = s + 1;
        if !matches!(self.word(s), "The" | "A" | "An")
            || !toks.get(noun).is_some_and(|t| t.is_lower())
            || !crate::referents::AUTHORED_NOUNS.contains(self.word(noun))
            || self.word(noun + 1) != "from"
        {
            return None;
        }
        // (Past the words of a job: "from co-founder and chief executive".)
        let m = (noun + 2..(noun + 8).min(last))
            .take_while(|&k| toks[k].is_word() && !toks[k].quoted)
            .find(|&k| toks[k].is_capitalised())
            .and_then(|k| speakers::mention_starting_at(self.text, toks, k, last))
            .filter(Mention::is_person_name)?;
        self.resolve(&m, noun)
    }

    /// The span of the paragraph holding token `i`, from its tokens.
    fn paragraph_of(&self, i: usize) -> Option<Span> {
        let p = self.tokens.get(i)?.para;
        let first = self.tokens.partition_point(|t| t.para < p);
        let last = self
            .tokens
            .partition_point(|t| t.para <= p)
            .checked_sub(1)?;
        Some(Span::new(
            self.tokens[first].span().start,
            self.tokens[last].span().end,
        ))
    }

    /// Whether token `k`, right after a reporting verb, is a bare noun
    /// opening the words the verb reports ("said family visits had been
    /// cancelled"): a lower-case word of no verb, preposition, filler or
    /// adverb, with a word after it in its sentence.
    fn bare_noun_opens_report(&self, k: usize) -> bool {
        let Some(t) = self.tokens.get(k) else {
            return false;
        };
        let w = t.span().as_str(self.text);
        t.is_word()
            && t.is_lower()
            && !t.quoted
            && t.lemma().is_none()
            && !t.has(lexicon::COMPLEMENT | lexicon::FILLER | lexicon::SUBORDINATOR)
            && !speakers::is_adverb(w)
            && !speakers::is_past_form(self.text, t)
            && self
                .tokens
                .get(k + 1)
                .is_some_and(|n| n.para == t.para && n.is_word() && !n.quoted && n.is_lower())
    }

    /// Whether event `e`, after a quotation closed by a full stop inside
    /// its marks, reports words of its own or none: an infinitive after a
    /// verb ("“… standing.” Testimony is expected to continue"), or a "that" clause
    /// a few words on ("“… going well.” The Commercial Affairs Department
    /// said in an earlier statement that some 170 people …").
    fn closed_quote_report_own(&self, e: &Event) -> bool {
        let k = e.cue.token;
        // (Not after "went on to" or "was quick to": "“…” She went on to
        // say".)
        if k >= 2
            && self.word(k - 1) == "to"
            && !self.tokens[k - 2].has(lexicon::FILLER)
            && !crate::cues::READY_ADJECTIVES.contains(self.word(k - 2))
        {
            return true;
        }
        let para = self.tokens[k].para;
        (k + 1..(k + CLOSED_REPORT_THAT_WORDS).min(self.tokens.len()))
            .take_while(|&j| {
                let t = &self.tokens[j];
                t.para == para && t.is_word() && !t.quoted
            })
            .any(|j| {
                self.word(j) == "that"
                    && self.tokens.get(j + 1).is_some_and(|n| {
                        let w = n.span().as_str(self.text);
                        n.is_word()
                            && (n.is_capitalised()
                                || crate::cues::is_determiner(w)
                                || n.has(lexicon::QUANTIFIER)
                                || speakers::is_number(w)
                                || n.pronoun().is_some())
                    })
            })
    }

    /// Whether paragraph `p` starts with a quotation mark.
    fn paragraph_is_quote(&self, p: u32) -> bool {
        let first = self.tokens.partition_point(|t| t.para < p);
        self.tokens
            .get(first)
            .is_some_and(|t| t.para == p && t.quoted)
    }

    /// Whether paragraph `p` is one turn of an exchange: a quote
    /// paragraph, or a short attribution and a colon before a quotation
    /// that ends it ("Osei-Whitman replied: “Senator, …”").
    fn paragraph_is_turn(&self, p: u32) -> bool {
        if self.paragraph_is_quote(p) {
            return true;
        }
        let toks = self.tokens;
        let first = toks.partition_point(|t| t.para < p);
        let end = toks.partition_point(|t| t.para <= p);
        let Some(q) = (first..end.min(first + TURN_ATTRIBUTION_TOKENS)).find(|&k| toks[k].quoted)
        else {
            return false;
        };
        q > first
            && toks[q - 1].is_punct(':')
            && (q..end)
                .rev()
                .find(|&k| toks[k].quoted)
                .is_some_and(|last| (last + 1..end).all(|k| !toks[k].is_word()))
    }

    /// Whether the quotation opening at token `oi` opens its paragraph,
    /// with no word before it but a dateline's.
    fn opens_its_paragraph(&self, oi: usize) -> bool {
        let toks = self.tokens;
        let first = toks.partition_point(|t| t.para < toks[oi].para);
        (first..oi).all(|k| !toks[k].is_word())
            || speakers::dateline_end(self.text, toks, first)
                .is_some_and(|e| (e..oi).all(|k| !toks[k].is_word()))
    }

    /// "LUMANGBAYAN CITY — “Can you hear me? Knock three times!” ¶ Fire
    /// Officer 2 Rodel Cuyugan shouted the words again and again …": a
    /// quotation that is its paragraph, with no speaker, is said by the
    /// person named opening the next paragraph, whose verb takes it up as
    /// "the words", "the question" or the like, or who opens it after
    /// "That was how".
    fn said_in_next_paragraph(
        &mut self,
        q: &Quotation,
        kind: QuoteKind,
        oi: usize,
        ai: usize,
    ) -> Option<Quote> {
        let toks = self.tokens;
        let para = toks[oi].para;
        let alone = self.opens_its_paragraph(oi)
            && toks
                .get(ai + 1..)
                .unwrap_or_default()
                .iter()
                .take_while(|t| t.para == para)
                .all(|t| !t.is_word());
        if !alone {
            return None;
        }
        let mut next = toks.partition_point(|t| t.para <= para);
        // ("“It looked like the sun had been switched off.” ¶ That was how
        // Leticia Hinojosa, the mayor of Cresthaven, described the
        // morning": the manner clause names who said it.)
        let how = toks.get(next + 2).is_some_and(|t| t.para == para + 1)
            && matches!(self.word(next), "That" | "This")
            && matches!(self.word(next + 1), "was" | "is")
            && self.word(next + 2) == "how";
        if how {
            next += 3;
        }
        let hi = (next + NEXT_PARAGRAPH_SPEAKER_TOKENS).min(toks.len());
        let m = speakers::mention_starting_at(self.text, toks, next, hi)
            .filter(|m| m.is_person_name() && toks[next].para == para + 1)?;
        let end = self.token_end(m.span.end);
        let verb = if how {
            // Past the name's appositive, to its verb.
            (end + 1..(end + 1 + NEXT_PARAGRAPH_SPEAKER_TOKENS).min(toks.len()))
                .take_while(|&k| toks[k].para == para + 1)
                .find(|&k| toks[k].is_lower() && toks[k].lemma().is_some())
        } else {
            Some(end + 1)
        };
        let taken_up = how
            || verb.is_some_and(|verb| {
                toks.get(verb).is_some_and(|t| t.is_lower() && t.is_word())
                    && (verb + 1..(verb + 4).min(hi)).any(|k| {
                        matches!(
                            self.word(k),
                            "the" | "those" | "that" | "these" | "his" | "her"
                        ) && QUOTE_NOUNS.contains(self.word(k + 1))
                    })
            });
        if !taken_up {
            return None;
        }
        let entity = self.resolve(&m, next)?;
        let cue = verb.map(|k| toks[k].span());
        Some(named_after_quote(
            q,
            kind,
            entity,
            m.span,
            cue,
            Attribution::NextParagraph,
        ))
    }

    /// "“I'd rather have a sister in a whorehouse …” That quote from
    /// Commissioner Thomas Krebs appeared …", "“…” ¶ Those were the words
    /// of Mayor Alma Ruiz", "“…” So said …": a quotation opening its
    /// paragraph with no speaker is said by the one the sentence right
    /// after it names as the source of the words.
    fn source_named_after(
        &mut self,
        q: &Quotation,
        kind: QuoteKind,
        oi: usize,
        ai: usize,
    ) -> Option<Quote> {
        let toks = self.tokens;
        let para = toks[oi].para;
        if !self.opens_its_paragraph(oi) || !crate::text::ends_sentence(q.content.as_str(self.text))
        {
            return None;
        }
        // The sentence after: in the paragraph, right after the closing
        // mark, or opening the next when the quotation is its paragraph.
        let n = (ai..toks.len()).find(|&k| toks[k].is_word())?;
        let same = toks[n].para == para && (ai..n).all(|k| !toks[k].is_punct(','));
        if !(same || toks[n].para == para + 1) || !toks[n].is_capitalised() {
            return None;
        }
        let w = |k: usize| self.word(k);
        let at = if matches!(w(n), "That" | "This" | "The" | "Those" | "These")
            && QUOTE_NOUNS.contains(w(n + 1))
        {
            // "That quote from …", "The remark, by …", "The words came
            // from …".
            let mut k = n + 2;
            if toks.get(k).is_some_and(|t| t.is_punct(','))
                || matches!(w(k), "came" | "come" | "comes")
            {
                k += 1;
            }
            matches!(w(k), "from" | "by" | "of").then_some(k + 1)
        } else if matches!(w(n), "Those" | "These" | "Such" | "They")
            && matches!(w(n + 1), "were" | "are")
            && w(n + 2) == "the"
            && QUOTE_NOUNS.contains(w(n + 3))
            && w(n + 4) == "of"
        {
            Some(n + 5)
        } else if w(n) == "So" && matches!(w(n + 1), "said" | "says") {
            Some(n + 2)
        } else {
            None
        }?;
        let hi = (at + NEXT_PARAGRAPH_SPEAKER_TOKENS).min(toks.len());
        let m = speakers::mention_starting_at(self.text, toks, at, hi).filter(|m| {
            (m.is_person_name() || m.kind == MentionKind::Description)
                && m.first_token >= at
                && toks[at].para == toks[n].para
        })?;
        let entity = self.resolve(&m, at)?;
        Some(named_after_quote(
            q,
            kind,
            entity,
            m.span,
            None,
            Attribution::NextSentence,
        ))
    }

    /// A quote opening a sentence in mid-paragraph with no cue of its own:
    /// the speaker of the last speech event of the sentence before
    /// (`Clinton touted her record. “We need …”`).
    fn previous_sentence(
        &mut self,
        q: &Quotation,
        kind: QuoteKind,
        oi: usize,
        ev_cursor: usize,
    ) -> Option<Quote> {
        let prev = self.tokens.get(oi.checked_sub(1)?)?;
        let para = self.tokens[oi].para;
        if prev.quoted || !prev.is_sentence_stop(self.text) {
            return None;
        }
        if prev.para != para {
            return self.subject_of_paragraph_before(q, kind, oi);
        }
        let lo = self.clause_start(oi - 1);
        // ("Asked whether she agreed, her daughter rolled her eyes. “…”":
        // not a verb in a question put to the subject, before its comma.)
        // ("When a reporter asked whether …, Hafstad shook her head. “…”":
        // nor one in a clause of time opening the sentence.)
        let asked_until = (self.tokens[lo].is_capitalised()
            && (ASKED_OPENERS.contains(self.word(lo))
                || TIME_OR_CAUSE.contains_ignore_ascii_case(self.word(lo))))
        .then(|| (lo..oi).find(|&k| self.tokens[k].is_punct(',')))
        .flatten()
        // ("Asked about guard Rahel Demissie, who limped off …, Savić was
        // brief.": past a relative clause on the phrase's last noun.)
        // ("Asked whether he would meet the union’s leader, Aiko Fujisawa,
        // the 61-year-old leaned back": or past a name apposed to it.)
        .map(|c| {
            let next_comma = || (c + 2..oi).find(|&k| self.tokens[k].is_punct(','));
            if matches!(self.word(c + 1), "who" | "which" | "whose") {
                next_comma().unwrap_or(c)
            } else if let Some(n) = next_comma()
                .filter(|&n| n - c <= 5 && (c + 1..n).all(|k| self.tokens[k].is_capitalised()))
            {
                n
            } else {
                c
            }
        })
        .unwrap_or(lo);
        // The main clause's event: the first of the sentence ("Nehlen
        // responded to reports that Trump planned to endorse …").
        let event = self
            .events_from(lo, ev_cursor)
            .iter()
            .find(|e| e.entity.is_some() && e.cue.token >= asked_until)
            .copied();
        if let Some(e) = event {
            let mut d = self.decide(
                q,
                kind,
                &e,
                Attribution::PreviousSentence,
                CONF_PREVIOUS_SENTENCE,
            );
            d.attribution = Attribution::PreviousSentence;
            return Some(d);
        }
        // No cue, but a person opens the sentence before ("Anna Ruiz
        // paused. “…”"), or a pronoun for one ("Asked whether he would
        // appeal, he shrugged. “…”").
        // (Or a description of one: "His father nodded. “…”".)
        let subject_from = if asked_until > lo {
            asked_until + 1
        } else {
            lo
        };
        // ("There was laughter from the gallery, and the tribunal chair,
        // Judge Harriet Fairbrook, intervened. “…”": the subject of a
        // last clause joined by a comma and "and" or "but".)
        let last_clause = (subject_from + 2..oi.saturating_sub(2))
            .rev()
            .find(|&k| self.tokens[k - 1].is_punct(',') && matches!(self.word(k), "and" | "but"))
            .map(|k| k + 1);
        let person = |m: &Mention| {
            m.is_person_name()
                || matches!(m.kind, MentionKind::Pronoun(Gender::Male | Gender::Female))
                || (m.kind == MentionKind::Description
                    && m.gender != Gender::Plural
                    && m.speaker_kind != SpeakerKind::Organisation
                    && {
                        let head = speakers::head_noun(m.name.as_str(self.text));
                        lexicon::kin(head).is_some()
                            || speakers::is_person_word(head)
                            // ("The 24-year-old shook her head. “…”": an
                            // epithet for someone named before.)
                            || crate::referents::referent(
                                self.text,
                                self.tokens,
                                self.register,
                                m.span,
                            )
                            .is_some()
                    })
        };
        let m = last_clause
            .and_then(|k| self.clause_subject(k, oi - 1).filter(|m| person(m)))
            .or_else(|| {
                self.clause_subject(subject_from, oi - 1)
                    .filter(|m| person(m))
            })?;
        let entity = self.resolve(&m, oi)?;
        Some(Quote {
            speaker: Some(entity),
            referent: None,
            mention: Some(m.span),
            attribution: Attribution::PreviousSentence,
            confidence: CONF_SENTENCE_SUBJECT,
            ..unattributed(q, kind)
        })
    }

    /// A whole quote opening its paragraph with no cue and no speaker
    /// before it, after a paragraph whose last sentence has a person for
    /// its subject: "In his remarks, he leaned into his small-town roots."
    /// then "“I grew up in a town of 1,100 people …”".
    fn subject_of_paragraph_before(
        &mut self,
        q: &Quotation,
        kind: QuoteKind,
        oi: usize,
    ) -> Option<Quote> {
        let para = self.tokens[oi].para;
        let prev = &self.tokens[oi - 1];
        if kind != QuoteKind::Direct || prev.para + 1 != para || !self.looks_like_speech(q) {
            return None;
        }
        let lo = self.clause_start(oi - 1);
        // ("… was asked about the criticism. Her answer ran to several
        // minutes." then "“…”": or the owner of a statement's noun
        // opening the sentence.)
        let owner = || {
            let g = speakers::possessive_pronoun_gender(self.word(lo))
                .filter(|&g| matches!(g, Gender::Male | Gender::Female))
                .filter(|_| self.tokens[lo].is_capitalised())?;
            self.tokens
                .get(lo + 1)
                .is_some_and(|n| n.is_lower() && n.has(lexicon::STATEMENT_NOUN))
                .then(|| speakers::pronoun_mention(self.tokens[lo].span(), lo, g))
        };
        let m = self
            .clause_subject(lo, oi - 1)
            .filter(|m| {
                m.is_person_name()
                    || matches!(m.kind, MentionKind::Pronoun(Gender::Male | Gender::Female))
            })
            .or_else(owner)?;
        let entity = self.resolve(&m, oi)?;
        if self.entities.list[entity].kind != SpeakerKind::Person {
            return None;
        }
        Some(Quote {
            speaker: Some(entity),
            referent: None,
            mention: Some(m.span),
            attribution: Attribution::PreviousParagraph,
            confidence: CONF_SENTENCE_SUBJECT,
            ..unattributed(q, kind)
        })
    }

    /// A fragment with no cue, taken as the words of the named subject of
    /// its sentence.
    /// The subject that opens a clause of time or contrast at token `lo`
    /// and runs on to token `hi` with no comma but an appositive's
    /// ("While Mr. Ryan, representing the governing wing, laid out a vision
    /// for"): a name or a pronoun right after the subordinator. (Not "When
    /// Sanders said …, he": a comma there ends the clause.)
    fn subordinate_subject(&self, lo: usize, hi: usize) -> Option<Mention> {
        let m = speakers::mention_starting_at(self.text, self.tokens, lo + 1, hi)?;
        let mut k = self.token_end(m.span.end) + 1;
        if self.tokens.get(k).is_some_and(|t| t.is_punct(',')) {
            k = (k + 1..hi.min(k + 12))
                .find(|&c| self.tokens[c].is_punct(','))
                .map_or(hi, |c| c + 1);
        }
        (m.first_token == lo + 1
            && matches!(m.kind, MentionKind::Name | MentionKind::Pronoun(_))
            && !(k..hi).any(|c| self.tokens[c].is_punct(',')))
        .then_some(m)
    }

    fn sentence_subject(&mut self, q: &Quotation, kind: QuoteKind, oi: usize) -> Option<Quote> {
        // "She then addressed the hecklers directly: “…”", "Senator Rae
        // Dunn made the following comment:" and the quote in the next
        // paragraph: a clause ending in a colon introduces a whole quote.
        let colon = oi > 0 && self.tokens[oi - 1].is_punct(':') && !self.tokens[oi - 1].quoted;
        // "the crowd broke into a chant of “Tax the rich!”": the words of
        // a chant are its subject's too.
        if kind != QuoteKind::Mixed && !colon && !self.chant_of(oi) {
            return None;
        }
        // ("Christie roused the crowd to chants of ''Lock her up!''", "led
        // the audience in a chant of …": the chant is of the group that
        // was brought to it.)
        if self.chant_of(oi) {
            let mut k = oi - 2;
            while k > 0 && k + 4 > oi - 2 && {
                let t = &self.tokens[k - 1];
                t.is_lower() && t.lemma().is_none() && !t.has(lexicon::COMPLEMENT)
            } {
                k -= 1;
            }
            // (After a noun, not a verb: "The crowd broke into chants".)
            let after_noun = k >= 2 && {
                let n = &self.tokens[k - 2];
                let w = self.word(k - 2);
                n.is_word()
                    && n.lemma().is_none()
                    && !n.has(lexicon::IRREGULAR_PAST)
                    && !w.ends_with("ed")
            };
            if after_noun && matches!(self.word(k - 1), "to" | "in" | "into") {
                let lo = self.clause_start(k - 1);
                if let Some(m) = speakers::mention_ending_at(self.text, self.tokens, k - 2, lo)
                    .filter(|m| {
                        m.kind == MentionKind::Description || m.speaker_kind == SpeakerKind::Group
                    })
                {
                    return self.subject_quote(q, kind, &m, oi);
                }
            }
        }
        let (mut lo, hi) = if colon {
            (self.clause_start(oi - 1), oi - 1)
        } else {
            (self.clause_start(oi), oi)
        };
        // ("As Blumenthal spoke, the NRA was …, whipping lawmakers against
        // “…”": past a clause of time that opens the sentence.)
        // ("While Mr. Ryan laid out a vision for “…,” Carson …": but a
        // fragment inside that clause is its own subject's.)
        if lo < hi && self.tokens[lo].has(lexicon::SUBORDINATOR) {
            if let Some(m) = (kind == QuoteKind::Mixed)
                .then(|| self.subordinate_subject(lo, hi))
                .flatten()
            {
                return self.subject_quote(q, kind, &m, oi);
            }
            if let Some(c) = (lo..hi).find(|&k| self.tokens[k].is_punct(',')) {
                lo = c + 1;
            }
        }
        // ("Ikpeazu’s parting words were a warning to the visitors: “…”":
        // before a colon, the owner of a statement noun that opens the
        // clause.)
        if colon {
            if let Some(m) = self
                .statement_owner_opening(lo, hi)
                .or_else(|| self.statement_source_opening(lo, hi))
            {
                return self.subject_quote(q, kind, &m, oi);
            }
        }
        // ("Hours later, in a second tweet, he struck a softer tone: “…”":
        // before a colon, the subject past the opening phrases.)
        let m = self
            .clause_subject(lo, hi)
            .or_else(|| colon.then(|| self.first_subject(lo, hi)).flatten())?;
        // "A group of teenagers was awarded a medal for “courageous
        // achievement”": the subject of a passive receives, it says
        // nothing. (But "Obama is reported to have called the Saudis
        // “free riders”" goes on to an active verb.)
        let verb = (self.token_end(m.span.end) + 1..hi).find(|&k| {
            let w = self.word(k);
            self.tokens[k].is_lower() && (self.tokens[k].lemma().is_some() || w.ends_with("ed"))
        });
        // (A progressive is active: "the NRA was going into overdrive".)
        if verb.is_some_and(|k| {
            self.is_passive(k)
                && !self.word(k).ends_with("ing")
                && !matches!(self.word(k + 1), "to" | "as")
        }) {
            return None;
        }
        // (A chant's subject chants: "The rally ended with chants of “…”"
        // names no one who did.)
        if self.chant_of(oi)
            && m.kind == MentionKind::Description
            && !self.tokens[self.token_end(m.span.end)].has(lexicon::GROUP)
        {
            return None;
        }
        self.subject_quote(q, kind, &m, oi)
    }

    /// The person whose statement noun, after a possessive and at most two
    /// words, opens the clause at `lo` before a verb, reading no further
    /// than `hi` ("Ikpeazu’s parting words were", "Her final message
    /// was").
    fn statement_owner_opening(&self, lo: usize, hi: usize) -> Option<Mention> {
        let toks = self.tokens;
        let noun = (lo + 1..(lo + 4).min(hi))
            .find(|&k| toks[k].is_lower() && toks[k].has(lexicon::STATEMENT_NOUN))?;
        let verb = toks.get(noun + 1)?;
        let copula = matches!(self.word(noun + 1), "was" | "were" | "is" | "are");
        if !copula || verb.quoted || (lo + 1..noun).any(|k| !toks[k].is_lower()) {
            return None;
        }
        speakers::statement_owner(self.text, toks, noun, lo).filter(|m| m.first_token == lo)
    }

    /// The one a statement noun opening the clause at `lo` "came from",
    /// reading no further than `hi` ("The first question came from a
    /// reporter for the Kestrel Bay Courier:").
    fn statement_source_opening(&self, lo: usize, hi: usize) -> Option<Mention> {
        let toks = self.tokens;
        let noun = (lo + 1..(lo + 4).min(hi)).find(|&k| {
            toks[k].is_lower()
                && (toks[k].has(lexicon::STATEMENT_NOUN) || QUOTE_NOUNS.contains(self.word(k)))
        })?;
        if !matches!(self.word(noun + 1), "came" | "comes" | "was" | "were")
            || self.word(noun + 2) != "from"
            || (lo + 1..noun).any(|k| !toks[k].is_lower())
        {
            return None;
        }
        speakers::mention_starting_at(self.text, toks, noun + 3, hi).filter(|m| {
            m.first_token >= noun + 3 && (m.is_person_name() || m.kind == MentionKind::Description)
        })
    }

    /// The description opening a subordinate clause between `lo` and the
    /// comma at `comma`, set off from the verb after the comma by a
    /// participle phrase ("when a young man near the back, wearing a
    /// lanyard, shouted").
    fn subordinate_description(&self, lo: usize, comma: usize) -> Option<Mention> {
        let toks = self.tokens;
        let open = (lo..comma)
            .rev()
            .take(SUBORDINATE_REACH)
            .find(|&k| toks[k].is_punct(','))?;
        if !speakers::is_present_participle(self.text, &toks[open + 1]) || open < lo + 2 {
            return None;
        }
        let m = self.subordinate_opening(lo, open, SUBORDINATE_PHRASE + 2)?;
        (m.kind == MentionKind::Description
            && m.gender != Gender::Plural
            && speakers::is_indefinite(self.word(m.first_token)))
        .then_some(m)
    }

    /// The mention opening the clause of the last subordinator in
    /// `lo..hi`, no more than `reach` tokens before `hi`, when only plain
    /// words (no cue, no quotation) follow it up to `hi` ("when a
    /// protester in the gallery", "when a young man near the back").
    fn subordinate_opening(&self, lo: usize, hi: usize, reach: usize) -> Option<Mention> {
        let toks = self.tokens;
        let sub = (lo..hi)
            .rev()
            .take(reach)
            .find(|&k| toks[k].is_lower() && toks[k].has(lexicon::SUBORDINATOR))?;
        let m = speakers::mention_starting_at(self.text, toks, sub + 1, hi)?;
        let from = self.past_appositive(self.token_end(m.span.end) + 1, hi);
        (m.first_token == sub + 1
            && toks
                .get(from..hi)
                .unwrap_or_default()
                .iter()
                .all(|t| t.is_word() && !t.quoted && t.lemma().is_none()))
        .then_some(m)
    }

    /// The token after the appositive between commas that opens at token
    /// `from`, before `hi` ("when Oskar Makela, the restaurant critic for
    /// the Courier, gave"); `from` itself when none opens there.
    fn past_appositive(&self, from: usize, hi: usize) -> usize {
        if from >= hi || !self.tokens[from].is_punct(',') {
            return from;
        }
        (from + 1..hi.min(from + 1 + SUBORDINATE_APPOSITIVE))
            .find(|&k| self.tokens[k].is_punct(','))
            .map_or(from, |c| c + 1)
    }

    /// The span of a description made of an article, a party and a title
    /// that mention `m`, read as a name, stands for ("A Conservative MP",
    /// "a Labour MSP", "A Social Left TD").
    fn party_title_description(&self, m: &Mention) -> Option<Span> {
        if m.kind != MentionKind::Name {
            return None;
        }
        let toks = self.tokens;
        let first = m.first_token;
        let last = self.token_end(m.span.end);
        let article = first.checked_sub(1)?;
        let words = &toks[first..=last];
        // (The party's words: a listed party, or capitalised words no one
        // is called by: "Social Left".)
        let fits = words.len() >= 2
            && words.last().is_some_and(|t| t.has(lexicon::TITLE))
            && ["a", "an", "one", "another"]
                .iter()
                .any(|a| self.word(article).eq_ignore_ascii_case(a))
            && words[..words.len() - 1].iter().all(|t| {
                t.has(lexicon::PARTY)
                    || (t.is_capitalised() && t.first_name().is_none() && !t.has(lexicon::TITLE))
            });
        fits.then(|| Span::new(toks[article].span().start, m.span.end))
    }

    /// The quote given to the subject `m` of its sentence, with no cue.
    fn subject_quote(
        &mut self,
        q: &Quotation,
        kind: QuoteKind,
        m: &Mention,
        oi: usize,
    ) -> Option<Quote> {
        let entity = self.resolve(m, oi)?;
        Some(Quote {
            speaker: Some(entity),
            referent: None,
            mention: Some(m.span),
            cue: None,
            attribution: Attribution::SentenceSubject,
            confidence: CONF_SENTENCE_SUBJECT,
            ..unattributed(q, kind)
        })
    }

    /// Whether a mixed quotation is the title of a work, not speech: a
    /// short run of capitalised words ("on CNN's “State of the Union”",
    /// "the film “The Big Short”"), outside a headline.
    fn is_title_of_work(&self, q: &Quotation, oi: usize) -> bool {
        if self
            .tokens
            .get(oi)
            .is_some_and(|t| Some(t.para) == self.headline)
        {
            return false;
        }
        let Some(words) = crate::text::title_case_words(q.content.as_str(self.text), 12) else {
            return false;
        };
        // One capitalised word is a title only where a title is expected:
        // after a possessive ("NBC's “Today”") or a word for a work.
        words >= 2 || {
            let prev = oi
                .checked_sub(1)
                .map(|k| &self.tokens[k])
                .filter(|t| t.is_word() && !t.quoted);
            prev.is_some_and(|t| {
                let w = t.span().as_str(self.text);
                (t.is_capitalised() && crate::text::is_possessive(w)) || t.has(lexicon::WORK)
            })
        }
    }

    /// Whether quotation `q` opens its paragraph and a colon follows it:
    /// a headline's “Words said”: who said them.
    fn opens_headline_with_colon(&self, q: &Quotation) -> bool {
        let before = self.text.get(..q.outer().start).unwrap_or_default();
        let line_start = before.trim_end_matches([' ', '\t']);
        (line_start.is_empty() || line_start.ends_with('\n'))
            && self
                .text
                .get(q.outer().end..)
                .is_some_and(|rest| rest.trim_start_matches([' ', ',', '.']).starts_with(':'))
    }

    /// Whether a short quotation is a word or phrase in a list of them,
    /// mentioned and not said: after "such as" or "like" ("searched for
    /// words such as “ambassador,” “attack” and “Libya”"), or after the
    /// previous listed word and a comma, "and" or "or".
    fn is_listed_word(&self, q: &Quotation, oi: usize, last_listed: Option<usize>) -> bool {
        let s = q.content.as_str(self.text);
        if crate::text::words(s).nth(3).is_some() || oi == 0 {
            return false;
        }
        let before = |k: usize| oi.checked_sub(k).map_or("", |i| self.word(i));
        let opens = (before(1) == "as" && before(2).eq_ignore_ascii_case("such"))
            || (before(1) == "like"
                && matches!(
                    before(2),
                    "words" | "terms" | "phrases" | "names" | "labels"
                ));
        let follows = last_listed.is_some_and(|end| {
            self.text
                .get(end..q.open.start)
                .is_some_and(|gap| matches!(gap.trim(), "" | "," | "and" | "or" | ", and" | ", or"))
        });
        opens || follows
    }

    /// Whether a quotation is a nickname inside a name ("Anthony “Tony”
    /// Russo"): one or two capitalised words between capitalised names.
    fn is_nickname(&self, q: &Quotation, oi: usize, ai: usize) -> bool {
        let name_at = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.name_part && t.para == self.tokens[oi].para)
        };
        // ("Geertruida “Truus” van Oostveen": past a particle too.)
        let particle = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| speakers::is_surname_particle(self.text, t))
        };
        oi > 0
            && name_at(oi - 1)
            && (name_at(ai) || (particle(ai) && name_at(ai + 1)))
            && crate::text::title_case_words(q.content.as_str(self.text), 3).is_some()
    }

    /// Whether a quotation is a heading rather than speech: a short
    /// paragraph of its own in single marks with no cue
    /// ("'All Bets Are Off.'").
    fn is_heading(&self, q: &Quotation, para: Span, last: Option<&Quote>) -> bool {
        let single = crate::quotes::QuoteStyle::Single;
        let s = q.content.as_str(self.text);
        // In sentence case only where speech is quoted in other marks
        // ("'A really tough decision.'" after ''…'' quotes): British
        // papers quote speech in single marks ("'It broke my heart.'").
        q.style == single
            && q.outer() == para
            && match crate::text::title_case_words(s, 8) {
                Some(_) => true,
                None => {
                    crate::text::words(s).nth(8).is_none() && last.is_none_or(|l| l.style != single)
                }
            }
    }

    /// Whether a quotation mark opens an attribute value of markup left in
    /// the text (`<tweet author="…">`), which is no quotation.
    fn in_markup(&self, q: &Quotation) -> bool {
        self.text[..q.open.start].ends_with('=')
    }

    /// Whether a fragment sits in a sentence with a reporting cue, or right
    /// after a word that presents it as words or a label ("called",
    /// "known as", "chants of").
    fn named_or_in_speech(&self, oi: usize, hi: usize) -> bool {
        let lo = self.clause_start(oi);
        let cue_near = self
            .events_from(lo, self.events.len())
            .first()
            .is_some_and(|e| e.cue.token < hi);
        let naming = oi
            .checked_sub(1)
            .is_some_and(|k| self.naming_at(k) || self.chant_of(oi));
        cue_near || naming
    }

    /// Whether the verb at token `v` is in the passive: after "was",
    /// "were", "been", "is" or "are", or in a headline, which drops the
    /// auxiliary, a past participle before "of", "for" or "over"
    /// ("Ministers accused of “quietly shelving” pledge").
    /// The "by" that names the agent of the passive verb at `v`, right
    /// after it or after the words it gives ("was told by Pierce", "has
    /// been called “strategic ambiguity” by Joshua Hendrick", "was
    /// described as “reckless” by the board").
    fn agent_by(&self, v: usize) -> Option<usize> {
        let mut k = v + 1;
        if self.word(k) == "as" {
            k += 1;
        }
        // ("labeled a “witch hunt” by Democrats": an article before the
        // quotation.)
        if matches!(self.word(k), "a" | "an" | "the")
            && self.tokens.get(k + 1).is_some_and(|t| t.quoted)
        {
            k += 1;
        }
        while self.tokens.get(k).is_some_and(|t| t.quoted) {
            k += 1;
        }
        // ("was described at its launch by …": past a short phrase of
        // time or place.)
        if matches!(
            self.word(k),
            "at" | "on" | "in" | "during" | "last" | "earlier"
        ) {
            let para = self.tokens.get(k)?.para;
            return (k + 1..(k + AGENT_PHRASE_WORDS).min(self.tokens.len()))
                .take_while(|&j| {
                    let t = &self.tokens[j];
                    t.para == para && t.is_word() && !t.quoted && t.lemma().is_none()
                })
                .find(|&j| self.word(j) == "by");
        }
        (self.word(k) == "by").then_some(k)
    }

    /// Whether the past participle at token `v` is a passive with no
    /// auxiliary, its quotation then its agent after it ("the inquiry —
    /// often labeled as a “witch hunt” by Democrats —"): after a comma, a
    /// dash or an adverb, and a quotation right before "by".
    fn reduced_passive(&self, v: usize) -> bool {
        let after_break = v > 0 && {
            let p = &self.tokens[v - 1];
            p.is_punct(',')
                || speakers::is_dash(self.tokens, v - 1)
                || (p.is_lower() && is_filler(p, self.text))
        };
        after_break
            && crate::text::is_regular_past(self.word(v))
            && self
                .agent_by(v)
                .is_some_and(|by| by > v + 1 && self.tokens[by - 1].quoted)
    }

    fn is_passive(&self, v: usize) -> bool {
        let w = self.word(v);
        (v > 0 && PASSIVE_AUXILIARIES.contains(self.word(v - 1)))
            || (Some(self.tokens[v].para) == self.headline
                && crate::text::is_regular_past(w)
                && matches!(self.word(v + 1), "of" | "for" | "over"))
    }

    /// Whether token `k` is a word that presents a quotation as words or a
    /// label ("called", "chants", "slogan").
    fn naming_at(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| t.is_word() && !t.quoted && t.has(lexicon::NAMING))
    }

    /// Whether the quotation opening at token `oi` follows a noun of
    /// spoken words and "of" ("broke into a chant of “Tax the rich!”").
    fn chant_of(&self, oi: usize) -> bool {
        oi >= 2 && self.word(oi - 1) == "of" && self.naming_at(oi - 2)
    }

    /// Whether an unattributed quotation reads as speech rather than a
    /// scare quote, a title or a nickname.
    fn looks_like_speech(&self, q: &Quotation) -> bool {
        let s = q.content.as_str(self.text);
        // Eight words are enough to tell.
        let words = crate::text::words(s).take(8).count();
        // Punctuation inside the marks, or a sentence's end right after
        // them ("“We will act. Nobody will be spared”. She said …").
        let punctuated = s
            .trim_end_matches(|c: char| lexicon::is_quote_mark(c))
            .ends_with(['.', '!', '?', ','])
            || self
                .text
                .get(q.outer().end..)
                .is_some_and(|r| r.starts_with(['.', '!', '?']));
        // ("“After.”", "“Yes.”": a turn of a dialogue is its paragraph
        // whole, its sentence closed inside the marks.)
        // (In a dialogue: the paragraph before quotes too.)
        let turn = || {
            let oi = self
                .tokens
                .partition_point(|t| t.span().start < q.open.start);
            s.trim_end().ends_with(['.', '!', '?'])
                && self.paragraph_of(oi).is_some_and(|p| p == q.outer())
                && self
                    .tokens
                    .get(oi)
                    .is_some_and(|t| t.para > 0 && self.paragraph_has_quote(t.para - 1))
        };
        // ("“No. Absolutely not.”": two sentences are speech, however
        // short.)
        let sentences = || {
            s.trim_end().ends_with(['.', '!', '?'])
                && s.char_indices().any(|(i, c)| {
                    matches!(c, '.' | '!' | '?')
                        && s[i + 1..].starts_with(' ')
                        && s[i + 2..].starts_with(char::is_uppercase)
                })
        };
        words >= 8
            || (words >= 4 && punctuated)
            || (words >= 1 && turn())
            || (words >= 2 && sentences())
    }

    /// Direct when the quote stands as a sentence or clause of its own,
    /// mixed when it is a fragment inside the writer's sentence.
    fn kind_of(&self, q: &Quotation, oi: usize) -> QuoteKind {
        let starts_lower = q
            .content
            .as_str(self.text)
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_lowercase);
        let para = self.tokens.get(oi).map_or(0, |t| t.para);
        let before = oi
            .checked_sub(1)
            .and_then(|k| self.tokens.get(k))
            .filter(|t| t.para == para);
        match before {
            None => QuoteKind::Direct,
            Some(t) if t.quoted => QuoteKind::Direct,
            Some(t) => {
                let w = t.span().as_str(self.text);
                let clause_start = matches!(w, ":" | "." | "!" | "?" | "—" | "–" | "(" | "[");
                let after_cue = (w == "," || t.lemma().is_some()) && !starts_lower;
                if clause_start || after_cue {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Mixed
                }
            }
        }
    }
}
