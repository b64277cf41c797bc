//! Stage 3: reporting cues. Finds the reporting verbs of the text (from
//! the verb table in `lexicon/reporting_verbs.txt`), the phrases
//! "according to" and "in the words of", and any past tense standing where
//! only a report can ("“No!” the audience roared back."), outside
//! quotations.

use crate::lexicon::{self, ShortList};
use crate::tokens::Token;

/// A reporting cue found at a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    /// Index of the verb token (of "according" for "according to", of
    /// "words" for "in the words of").
    pub token: usize,
    /// The verb's lemma, or the phrase.
    pub lemma: &'static str,
}

/// The lemma of "in the words of X".
pub(crate) const IN_THE_WORDS_OF: &str = "in the words of";

/// The lemma of a statement noun used as a cue ("issued a statement:").
pub(crate) const STATEMENT: &str = "statement";

impl Cue {
    /// Whether the cue is "according to X" or "in the words of X": a
    /// phrase of two tokens with the speaker right after it.
    pub fn is_according_to(&self) -> bool {
        self.lemma == "according to" || self.lemma == IN_THE_WORDS_OF
    }

    /// Whether the cue is a statement noun before a quotation, whose
    /// speaker is the subject of its clause.
    pub fn is_statement(&self) -> bool {
        self.lemma == STATEMENT
    }
}

/// Determiners and possessives before which a verb form is a noun
/// ("the report", "a post", "his comment").
const DETERMINERS: ShortList = ShortList::new(&[
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "my", "our", "your", "whose",
    "no", "any", "every", "each", "another", "same", "such",
]);

/// Words of quantity or time after which an -ing form is a noun ("little
/// warning", "advance warning", "fair warning").
const ING_NOUN_MODIFIERS: ShortList = ShortList::new(&[
    "little", "much", "enough", "more", "less", "advance", "early", "fair", "prior", "ample",
]);

/// Lemmas of the verbs that answer a question ("replied", "answered").
const REPLY_LEMMAS: ShortList = ShortList::new(&["reply", "answer", "respond", "retort"]);

/// Reporting verbs that a negation before them makes a reply not made
/// ("did not respond", "never answered").
const UNMADE_REPLY_LEMMAS: ShortList = ShortList::new(&["respond", "reply", "answer", "return"]);

/// Whether a cue is a reply the text says was not made ("Aldana did not
/// respond to a request for comment"): no cue for the quotation before it.
pub(crate) fn is_unmade_reply(text: &str, tokens: &[Token], cue: &Cue) -> bool {
    UNMADE_REPLY_LEMMAS.contains(cue.lemma)
        && cue.token > 0
        && matches!(
            tokens[cue.token - 1].span().as_str(text),
            "not" | "n't" | "never"
        )
}

/// Whether a cue's lemma answers a question ("“…,” he replied").
pub(crate) fn is_reply(lemma: &str) -> bool {
    REPLY_LEMMAS.contains(lemma)
}

/// Every cue of the text outside quotations, in order.
///
/// `headline` is the index of the first paragraph if it reads as a
/// headline, where capitalised verbs ("White House Says") count.
pub(crate) fn find(text: &str, tokens: &[Token], headline_para: Option<u32>) -> Vec<Cue> {
    let mut out = Vec::with_capacity(tokens.len() / 16 + 1);
    // The last token inside a quotation: a past tense reports by position
    // only a few tokens after one.
    let mut last_quoted = usize::MAX;
    for (i, t) in tokens.iter().enumerate() {
        if t.quoted {
            last_quoted = i;
            continue;
        }
        // Only a verb form, "according" or a statement noun can be a cue,
        // or a past tense where only a report can stand (see
        // `reports_by_position`).
        let near_quote = i.wrapping_sub(last_quoted) <= 7;
        if !t.is_word()
            || (t.lemma().is_none()
                && t.span().len() != "according".len()
                && !t.has(lexicon::STATEMENT_NOUN)
                && !(near_quote && t.is_lower()))
        {
            continue;
        }
        let w = t.span().as_str(text);
        if w.eq_ignore_ascii_case("according") {
            if tokens
                .get(i + 1)
                .is_some_and(|n| n.span().as_str(text).eq_ignore_ascii_case("to"))
            {
                out.push(Cue {
                    token: i,
                    lemma: "according to",
                });
            }
            continue;
        }
        // "in the words of a senior adviser, “…”".
        if w.eq_ignore_ascii_case("words")
            && i >= 2
            && tokens[i - 2].span().as_str(text).eq_ignore_ascii_case("in")
            && tokens[i - 1]
                .span()
                .as_str(text)
                .eq_ignore_ascii_case("the")
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.span().as_str(text).eq_ignore_ascii_case("of"))
        {
            out.push(Cue {
                token: i,
                lemma: IN_THE_WORDS_OF,
            });
            continue;
        }
        // "Trump issued a statement: “…”": the noun right before the
        // quotation (and its colon or comma) is the cue.
        if t.has(lexicon::STATEMENT_NOUN) && t.is_lower() {
            let mut k = i + 1;
            if tokens
                .get(k)
                .is_some_and(|n| n.para == t.para && (n.is_punct(':') || n.is_punct(',')))
            {
                k += 1;
            }
            if k > i + 1 && tokens.get(k).is_some_and(|n| n.para == t.para && n.quoted) {
                out.push(Cue {
                    token: i,
                    lemma: STATEMENT,
                });
                continue;
            }
        }
        let Some(lemma) = t.lemma() else {
            if near_quote && reports_by_position(text, tokens, i) {
                out.push(Cue {
                    token: i,
                    lemma: BY_POSITION,
                });
            }
            continue;
        };
        // "Asked about it, she said": a sentence-initial passive participle
        // is no cue.
        if t.is_capitalised()
            && w.ends_with("ed")
            && sentence_initial(text, tokens, i)
            && Some(t.para) != headline_para
        {
            continue;
        }
        if t.is_capitalised() && Some(t.para) != headline_para && !sentence_initial(text, tokens, i)
        {
            continue;
        }
        if is_plural_noun(text, tokens, i, w, lemma) {
            continue;
        }
        // "a spin-off could add 15% to the group's value", "it all adds
        // up": "add" before an amount or "up" is a sum, no report ("added
        // to People" is).
        if lemma == "add"
            && tokens.get(i + 1).is_some_and(|n| {
                let nw = n.span().as_str(text);
                n.para == t.para
                    && !n.quoted
                    && (nw == "up"
                        || crate::speakers::is_number(nw)
                        || nw.starts_with(|c: char| c.is_ascii_digit() || "$£€¥₹".contains(c)))
            })
        {
            continue;
        }
        // "was more pointed", "sounded less measured": a past form after
        // an adverb of degree is an adjective.
        if w.ends_with("ed") && i > 0 && DEGREE_ADVERBS.contains(tokens[i - 1].span().as_str(text))
        {
            continue;
        }
        // "said in a video posted on the association's website:": a past
        // form after a noun that "in" and a determiner open modifies it.
        if participle_after_in_phrase(text, tokens, i) {
            continue;
        }
        // ("A group calling itself Ahrar al-Sahil": a name the speaker
        // goes by reports nothing.)
        if lemma == "call"
            && tokens.get(i + 1).is_some_and(|n| {
                matches!(
                    n.span().as_str(text),
                    "itself" | "themselves" | "himself" | "herself"
                )
            })
            && tokens
                .get(i + 2)
                .is_some_and(|n| n.is_capitalised() && !n.quoted)
        {
            continue;
        }
        // "who asked to be identified only as Kerry", "asked not to be
        // named": a request about the speaker's name reports nothing.
        if lemma == "ask" {
            let at = |k: usize| tokens.get(k).map_or("", |n| n.span().as_str(text));
            let k = if at(i + 1) == "not" { i + 2 } else { i + 1 };
            if at(k) == "to" && at(k + 1) == "be" {
                continue;
            }
        }
        // "“…,” Trump went on, …": a verb that reports only with its
        // particle, and only where the clause ends with it.
        if let Some(&(_, particle)) = PARTICLE_VERBS.iter().find(|(l, _)| *l == lemma) {
            let with_particle = tokens
                .get(i + 1)
                .is_some_and(|n| n.span().as_str(text).eq_ignore_ascii_case(particle));
            // An adverb may follow the particle ("fired back forcefully:").
            let mut after = i + 2;
            if tokens.get(after).is_some_and(|n| {
                n.para == t.para && n.is_lower() && n.span().as_str(text).ends_with("ly")
            }) {
                after += 1;
            }
            let ends = tokens
                .get(after)
                .is_none_or(|n| n.para != t.para || !n.is_word() || n.quoted);
            // "back" makes a reply wherever the clause goes on ("shot back
            // with a laugh"); "went on about" is a rant.
            let about = particle == "on"
                && tokens
                    .get(after)
                    .is_some_and(|n| n.span().as_str(text) == "about");
            if !(with_particle && (ends || about || particle == "back")) {
                continue;
            }
        }
        // "had first read her work at school", "read the book twice": what
        // one reads that is no statement's noun is reading, no report
        // ("read a statement" is one).
        if lemma == "read" && t.is_lower() && reads_a_work(text, tokens, i) {
            continue;
        }
        // "a chance to read": after "to", a form is an infinitive whatever
        // its spelling ("back to boasting" is a gerund, and a cue).
        if i > 0
            && !w.ends_with("ing")
            && tokens[i - 1].span().as_str(text).eq_ignore_ascii_case("to")
            && !base_form_is_verb(text, tokens, i)
        {
            continue;
        }
        if is_noun_use(text, tokens, i)
            || (is_base_form(t, w, lemma) && !base_form_is_verb(text, tokens, i))
        {
            continue;
        }
        out.push(Cue { token: i, lemma });
    }
    out
}

/// Whether "read" at token `i` has an object that is no statement: a
/// determiner or possessive and a few words of which none is a noun for a
/// statement or a document ("read her work at school"; "read a statement
/// at the rally" reports).
fn reads_a_work(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let Some(det) = tokens.get(i + 1).filter(|d| d.para == t.para && !d.quoted) else {
        return false;
    };
    let dw = det.span().as_str(text);
    // ("read Haddad's work": or a name in the possessive.)
    let owned = det.is_capitalised() && crate::text::is_possessive(dw);
    // (The determiners hold the possessive ones: "her work".)
    if !(owned || (det.is_lower() && is_determiner(dw))) {
        return false;
    }
    let mut object = tokens[i + 2..]
        .iter()
        .take(READ_OBJECT_WORDS)
        .take_while(|n| n.para == t.para && n.is_word() && !n.quoted && n.is_lower())
        .peekable();
    object.peek().is_some() && object.all(|n| !n.has(lexicon::STATEMENT_NOUN | lexicon::GROUP))
}

/// How many words the object of "read" may take up to its noun ("read
/// her first book").
const READ_OBJECT_WORDS: usize = 3;

/// Adverbs of degree, after which a past form is an adjective ("was more
/// pointed").
const DEGREE_ADVERBS: ShortList = ShortList::new(&[
    "more", "less", "most", "least", "very", "too", "so", "rather", "quite",
]);

/// How many words a noun phrase after "in" may run before a participle
/// that modifies it ("in a short video posted").
const IN_PHRASE_WORDS: usize = 3;

/// Whether token `i`, a past form, modifies the noun of a phrase that "in"
/// and a determiner open right after a verb ("said in a video posted on
/// its website", "wrote in a letter sent to parents"): no verb of a
/// clause.
fn participle_after_in_phrase(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if !crate::speakers::is_past_form(text, t) {
        return false;
    }
    let word = |k: usize| tokens[k].span().as_str(text);
    let mut k = i;
    while k > 0 && i - k < IN_PHRASE_WORDS {
        let p = &tokens[k - 1];
        if p.para != t.para || !p.is_lower() || p.quoted || p.lemma().is_some() {
            return false;
        }
        if is_determiner(word(k - 1)) {
            // (After a verb: "a man in the public gallery shouted" is a
            // clause's.)
            return k < i
                && k >= 3
                && word(k - 2).eq_ignore_ascii_case("in")
                && tokens[k - 3].lemma().is_some();
        }
        k -= 1;
    }
    false
}

/// The lemma given to a past tense that reports by its position alone
/// ("“No!” the audience roared back."): a verb of saying.
pub(crate) const BY_POSITION: &str = "say";

/// Irregular past tenses that report by position as the regular ones do
/// ("“Congresswoman, those were …” Mr. Whitby began.").
const IRREGULAR_PASTS: ShortList = ShortList::new(&["began", "broke"]);

/// Particles a verb of saying may take before the end of its clause
/// ("roared back", "called out").
const REPORT_PARTICLES: ShortList = ShortList::new(&["back", "out", "up", "in"]);

/// Whether the past tense at token `i`, not a listed reporting verb,
/// reports a quotation by its position: right after a whole quotation (in
/// a capital) that ends in a comma, "!", "?" or a dash, with only its subject between (a
/// pronoun, a name, or a determiner and its nouns), and ending its clause,
/// perhaps with a particle ("“No!” the audience roared back.", "“…
/// branch level —” Mr. Whitby faltered.").
fn reports_by_position(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let w = t.span().as_str(text);
    let past = (crate::text::is_regular_past(w)) || IRREGULAR_PASTS.contains(w);
    if !t.is_lower() || !past || t.has(lexicon::GROUP) {
        return false;
    }
    let para = t.para;
    // The end of the clause, after an optional particle.
    let mut after = i + 1;
    if tokens
        .get(after)
        .is_some_and(|n| n.para == para && REPORT_PARTICLES.contains(n.span().as_str(text)))
    {
        after += 1;
    }
    let ends = tokens.get(after).is_none_or(|n| {
        n.para != para || matches!(n.ascii_char(text), Some(b'.' | b',' | b'!' | b';'))
    });
    if !ends {
        return false;
    }
    // The subject, back to the closing mark: up to four words, and an
    // age set off by commas ("''…,'' Mr. Wofford, 44, began.").
    let aged = i >= 3
        && tokens[i - 1].is_punct(',')
        && crate::referents::age_after(text, tokens, i - 3).is_some();
    let end = if aged { i - 3 } else { i };
    let mut k = end;
    while k > 0 && end - k < 4 {
        let p = &tokens[k - 1];
        if p.quoted || !p.is_word() || p.para != para || p.lemma().is_some() {
            break;
        }
        k -= 1;
    }
    if k == end || k < 2 {
        return false;
    }
    let first = &tokens[k];
    let fw = first.span().as_str(text);
    let subject = first.pronoun().is_some() && k + 1 == end
        || first.name_part
        || is_determiner(fw)
        || first.has(lexicon::TITLE);
    // The closing mark, and the content before it: a whole quote, not a
    // fragment of the writer's clause ("When he replied that it was
    // “still under review,” she interrupted.").
    let close = &tokens[k - 1];
    // (Past both marks of a closing '': "''…,'' Mr. Wofford began.")
    let mut c = k - 2;
    while c > 0 && c + 3 > k && tokens[c].quoted && tokens[c].kind() != crate::tokens::Kind::Quoted
    {
        c -= 1;
    }
    let content = &tokens[c];
    let said = content.span().as_str(text);
    subject
        && close.quoted
        && !close.is_word()
        && close.para == para
        && content.kind() == crate::tokens::Kind::Quoted
        && said.trim_start().starts_with(char::is_uppercase)
        && said.trim_end().ends_with([',', '!', '?', '—', '–', '-'])
}

/// Reporting verbs that report only with a particle right after them, at
/// the end of their clause ("she went on:", "“…,” he went on.", "Rubio
/// fired back forcefully:"), and that particle.
const PARTICLE_VERBS: &[(&str, &str)] = &[
    ("go", "on"),
    ("shoot", "back"),
    ("fire", "back"),
    ("hit", "back"),
    ("push", "back"),
    ("cut", "in"),
    ("pipe", "up"),
];

/// Forms of reporting verbs that no adjective or noun shares, so a verb
/// after a possessive ("Bellamy's said", "He's said").
pub(crate) const VERBS_AFTER_POSSESSIVE: ShortList = ShortList::new(&[
    "said", "says", "told", "tells", "wrote", "writes", "added", "adds",
]);

/// Words after which a verb's base form is a verb: "they say", "to say",
/// "will argue", "did not say".
const BASE_FORM_OPENERS: ShortList = ShortList::new(&[
    "i", "we", "you", "they", "to", "will", "would", "could", "can", "may", "might", "should",
    "must", "did", "do", "does", "not", "n't", "never", "also", "often", "still", "always", "let",
    "shall", "only", "just", "simply", "merely", "even", "ever", "usually", "rarely",
]);

/// Endings of a pronoun contracted with a modal ("she'd", "they'll"),
/// after which a verb's base form is a verb.
const CONTRACTED_MODALS: [&str; 4] = ["'d", "’d", "'ll", "’ll"];

fn is_base_form(t: &Token, w: &str, lemma: &str) -> bool {
    w.eq_ignore_ascii_case(lemma) && !t.has(lexicon::PAST_LIKE_BASE)
}

/// Objects of "had … to say" before a quotation ("had this to say",
/// "has plenty to say"): the infinitive is the subject's report.
pub(crate) const HAD_THIS_TO: ShortList = ShortList::new(&[
    "this",
    "that",
    "more",
    "much",
    "plenty",
    "little",
    "something",
]);

/// Adjectives before "to" and a reporting verb that leave the report to
/// the subject ("Trump was quick to add", "She was eager to point out").
pub(crate) const READY_ADJECTIVES: ShortList = ShortList::new(&[
    "quick", "eager", "careful", "keen", "happy", "glad", "proud",
]);

/// Whether the base form at token `i` is used as a verb: after a pronoun,
/// a modal or "to", or a plural subject ("officials say").
fn base_form_is_verb(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(p) = i
        .checked_sub(1)
        .map(|k| &tokens[k])
        .filter(|p| p.para == tokens[i].para && p.is_word())
    else {
        return false;
    };
    let w = p.span().as_str(text);
    // "instructed Mr. Kerry to continue", "calls from members to
    // publish": an infinitive after a noun is what someone is to do, not a
    // report; after a verb it is one ("went on to say", "declined to
    // comment", "is expected to announce").
    if w.eq_ignore_ascii_case("to") {
        // "used this question to demand": a verb form after a determiner
        // is a noun.
        let after_determiner = i
            .checked_sub(3)
            .is_some_and(|k| is_determiner(tokens[k].span().as_str(text)));
        // "had this to say".
        let had_this = i >= 3
            && HAD_THIS_TO.contains(tokens[i - 2].span().as_str(text))
            && matches!(tokens[i - 3].span().as_str(text), "had" | "has" | "have");
        return had_this
            || purpose_infinitive(text, tokens, i).is_some()
            || !after_determiner
                && i.checked_sub(2).map(|k| &tokens[k]).is_some_and(|b| {
                    let v = b.span().as_str(text);
                    b.para == tokens[i].para
                        && b.is_lower()
                        && (b.has(lexicon::FILLER)
                            || b.lemma().is_some()
                            || v.ends_with("ed")
                            || v.ends_with("ing")
                            || READY_ADJECTIVES.contains(v))
                });
    }
    // "the two write".
    let counted = crate::speakers::COUNTED.contains(w)
        && i >= 2
        && tokens[i - 2]
            .span()
            .as_str(text)
            .eq_ignore_ascii_case("the");
    // "The groups who wrote to her on Thursday say": after a plural noun's
    // relative clause, or a day after it ("Officials on Monday say").
    let word = |k: usize| tokens[k].span().as_str(text);
    let plural_noun = |k: usize| {
        tokens[k].is_lower() && is_plural_form(word(k)) && !crate::text::is_possessive(word(k))
    };
    let after_relative = || {
        (i.saturating_sub(RELATIVE_CLAUSE_WORDS)..i)
            .rev()
            .take_while(|&k| tokens[k].is_word() && !tokens[k].quoted)
            .find(|&k| word(k) == "who")
            .is_some_and(|k| k > 0 && plural_noun(k - 1))
    };
    let after_day = p.has(lexicon::WEEKDAY) && i >= 3 && word(i - 2) == "on" && plural_noun(i - 3);
    // "she'd say", "they'll tell you": a contracted modal.
    counted
        || BASE_FORM_OPENERS.contains_ignore_ascii_case(w)
        || CONTRACTED_MODALS.iter().any(|c| w.ends_with(c))
        // "officials say", but not "a records request".
        || (is_plural_form(w)
            && !crate::text::is_possessive(w)
            && w.len() > 3
            && !(i >= 2 && crate::speakers::is_indefinite(tokens[i - 2].span().as_str(text))))
        || after_day
        || after_relative()
}

/// How many words back a relative clause before a base form is looked
/// for ("groups who wrote to her on Thursday say").
const RELATIVE_CLAUSE_WORDS: usize = 10;

/// Tokens a purpose infinitive may stand after its verb: a preposition
/// and a short noun phrase ("took to the Senate floor to").
const PURPOSE_REACH: usize = 6;

/// Whether the infinitive at token `i` (after "to") says what the subject
/// went somewhere, or used something, to do: "took to Twitter to call",
/// "went on television to call", "used the speech to call". A noun before
/// "to" is then no one the infinitive's action is asked of ("instructed
/// Mr. Kerry to continue"); nor is the object of a reporting verb's
/// preposition ("called on Congress to label"). Gives the verb's token.
pub(crate) fn purpose_infinitive(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let para = tokens[i].para;
    let lo = i.saturating_sub(PURPOSE_REACH + 2);
    for k in (lo..i - 1).rev() {
        let t = &tokens[k];
        if t.para != para || !t.is_word() || t.quoted {
            return None;
        }
        let w = t.span().as_str(text);
        if matches!(w, "used" | "uses" | "using") {
            return (k + 2 < i).then_some(k);
        }
        if t.has(lexicon::COMPLEMENT) && t.is_lower() && k > 0 {
            let v = &tokens[k - 1];
            let vw = v.span().as_str(text);
            // (Not a report's own object: "called on Congress to"; "go"
            // reports only with its particle at a clause's end.) (A
            // report's time is no object: "interrupted at one point to
            // ask".)
            let verb = v.para == para
                && v.is_lower()
                && k + 2 < i
                && (matches!(vw, "went" | "go" | "goes" | "going")
                    || (v.has(lexicon::IRREGULAR_PAST)
                        || vw.ends_with("ed")
                        || vw.ends_with("ing"))
                        && (v.lemma().is_none() || w == "at"));
            return verb.then_some(k - 1);
        }
    }
    None
}

/// How many modifiers a possessive determiner and a base form read as a
/// noun may have between them ("its full-year sales forecast").
const OWNED_NOUN_MODIFIERS: usize = 3;

/// Whether the verb form at token `i` is a noun after a determiner: "the
/// report", "his comments".
fn is_noun_use(text: &str, tokens: &[Token], i: usize) -> bool {
    let para = tokens[i].para;
    let det = |k: usize| {
        let p = &tokens[k];
        p.para == para && is_determiner(p.span().as_str(text))
    };
    // "the report", and "a nervous call": a base form after a determiner
    // and an adjective (a lower-case word that is no verb form or filler;
    // "the statement said" is a verb).
    let w = tokens[i].span().as_str(text);
    let base = (!tokens[i].has(lexicon::PAST_LIKE_BASE)
        && tokens[i].lemma().is_some_and(|l| w.eq_ignore_ascii_case(l)))
        // "the mass shooting": an -ing form there is a noun too.
        || w.ends_with("ing");
    // "the congressman's alleged “paramours”": after a possessive, an
    // adjective or a noun.
    let possessive = i.checked_sub(1).is_some_and(|k| {
        let p = &tokens[k];
        // (Not a contracted "is": "He's claiming".)
        p.para == para
            && p.is_word()
            && p.pronoun().is_none()
            && crate::text::is_possessive(p.span().as_str(text))
    });
    // ("“…,” another said", "Another called it “…”": "another" standing
    // for a person before a past form.)
    let another = |k: usize| {
        !base
            && tokens[k]
                .span()
                .as_str(text)
                .eq_ignore_ascii_case("another")
    };
    // ("a source close to her said": "her" is an object there, before a
    // past form that no noun follows.)
    let object_her = |k: usize| {
        tokens[k].span().as_str(text) == "her"
            && !base
            && tokens.get(i + 1).is_none_or(|n| {
                n.para != para
                    || !n.is_word()
                    || n.quoted
                    || n.pronoun().is_some()
                    || n.has(lexicon::FILLER | lexicon::CONJUNCTION | lexicon::SUBORDINATOR)
            })
    };
    // ("the line of questioning": an -ing form after "of" and a noun with
    // its determiner, or with one adjective or a number's compound between
    // them, "a 35-year history of welcoming refugees"; not "accused him of
    // saying", "accused the debate moderators of asking".)
    let modifier = |k: usize| {
        let t = &tokens[k];
        t.para == para
            && ((t.is_lower() && t.lemma().is_none() && !t.has(lexicon::FILLER))
                || crate::text::is_number_compound(t.span().as_str(text)))
    };
    let of_noun = w.ends_with("ing")
        && i >= 3
        && tokens[i - 1].span().as_str(text) == "of"
        && tokens[i - 2].para == para
        && tokens[i - 2].is_lower()
        && tokens[i - 2].lemma().is_none()
        && (det(i - 3)
            // (A thing's noun, not "the debate moderators of asking".)
            || (i >= 4
                && modifier(i - 3)
                && det(i - 4)
                && !is_plural_form(tokens[i - 2].span().as_str(text))));
    // ("gives pilots little warning", "with no advance warning": an -ing
    // form after a word of quantity or time is a noun.)
    let quantified = w.ends_with("ing")
        && i.checked_sub(1).is_some_and(|k| {
            tokens[k].para == para
                && ING_NOUN_MODIFIERS.contains_ignore_ascii_case(tokens[k].span().as_str(text))
        });
    // ("trimmed its full-year sales forecast, saying": a base form after a
    // possessive determiner and a few modifiers, none a noun that can
    // speak, ending its clause.)
    let owned = base
        && !w.ends_with("ing")
        && tokens.get(i + 1).is_some_and(|n| {
            n.para == para && matches!(n.ascii_char(text), Some(b',' | b'.' | b';'))
        })
        && (1..=OWNED_NOUN_MODIFIERS).any(|n| {
            i > n
                && crate::speakers::POSSESSIVE_DETERMINERS
                    .contains(tokens[i - n - 1].span().as_str(text))
                && tokens[i - n - 1].para == para
                && tokens[i - n..i].iter().all(|a| {
                    a.para == para
                        && a.is_word()
                        && a.is_lower()
                        && a.lemma().is_none()
                        && !a.has(lexicon::FILLER | lexicon::GROUP | lexicon::COMPLEMENT)
                        && !is_agent_noun(a.span().as_str(text))
                })
        });
    of_noun
        || quantified
        || owned
        || i.checked_sub(1)
            .is_some_and(|k| det(k) && !another(k) && !object_her(k))
        || (possessive
            && !tokens[i].has(lexicon::STATEMENT_NOUN)
            // ("Bellamy's said", "He's said": a company's name or a
            // contracted "has" before a verb no adjective shares.)
            && !VERBS_AFTER_POSSESSIVE.contains(w))
        || base
            && i.checked_sub(2).is_some_and(|k| {
                let a = &tokens[k + 1];
                // (Or a number's compound: "a 46-page ruling".)
                det(k)
                    && a.para == para
                    && (a.is_lower() || crate::text::is_number_compound(a.span().as_str(text)))
                    && a.lemma().is_none()
                    && !a.has(lexicon::FILLER | lexicon::GROUP)
                    // "the groups condemn": a plural noun, a verb after it.
                    && !is_plural_form(a.span().as_str(text))
                    // "the two write".
                    && !crate::speakers::COUNTED.contains(a.span().as_str(text))
            })
}

/// Whether a word ends like a plural ("groups", but not "mass"), or is
/// one of the irregular plurals of people ("women", "fishermen",
/// "people", "children").
pub(crate) fn is_plural_form(w: &str) -> bool {
    // (Not "obvious", "status".)
    (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
        || (w.len() > 3 && w.ends_with("men"))
        || matches!(w, "men" | "people" | "children" | "folk")
}

/// Auxiliaries and common verbs that follow a plural subject ("talks
/// were", "reports have").
const VERB_AFTER_SUBJECT: ShortList = ShortList::new(&[
    "are", "were", "have", "had", "will", "would", "could", "can", "may", "might", "should",
    "must", "do", "did", "resume", "begin", "began", "broke", "fell", "stalled",
]);

/// Reporting verbs whose -s form is never a plural noun: "the clip says",
/// "the memo warns" are verbs whatever comes before them.
const NEVER_NOUNS: ShortList = ShortList::new(&[
    "say",
    "tell",
    "add",
    "write",
    "explain",
    "insist",
    "argue",
    "suggest",
    "warn",
    "admit",
    "acknowledge",
    "declare",
    "conclude",
    "continue",
    "recall",
    "accuse",
    "contend",
    "assert",
    "maintain",
    "describe",
    "agree",
    "complain",
    "concede",
    "predict",
    "urge",
    "reveal",
    "mention",
    "allege",
    "criticize",
    "criticise",
    "praise",
    "emphasize",
    "emphasise",
    "confirm",
    "deny",
]);

/// Whether an -s form at token `i` is a plural noun: its left neighbour
/// (past fillers) is a lower-case word that is neither a pronoun nor a noun
/// that can speak ("the broadest terms", "investigative reports", but "the
/// report says", "she says").
fn is_plural_noun(text: &str, tokens: &[Token], i: usize, w: &str, lemma: &str) -> bool {
    let third_person = w.len() > lemma.len() && is_plural_form(w);
    if !third_person || NEVER_NOUNS.contains(lemma) {
        return false;
    }
    let para = tokens[i].para;
    // "Nuclear talks resumed", "Media reports said", "Budget talks
    // resume": a verb right after it makes it the subject; not in a
    // relative clause, whose verb may take a clause with a gap ("which
    // Mozloom thinks will lead").
    let relative = tokens[i.saturating_sub(4)..i]
        .iter()
        .any(|t| t.para == para && (t.has(lexicon::RELATIVE) || t.span().as_str(text) == "what"))
        || i.checked_sub(1)
            .is_some_and(|k| tokens[k].pronoun().is_some());
    if !relative
        && tokens.get(i + 1).is_some_and(|n| {
            let nw = n.span().as_str(text);
            n.para == para
                && n.is_lower()
                && (n.lemma().is_some()
                    || VERB_AFTER_SUBJECT.contains(nw)
                    || (crate::text::is_regular_past(nw)))
        })
    {
        return true;
    }
    // "He called the civilian volunteers “…”": the object of a naming
    // verb, its determiner and a modifier or two before the form.
    let named = (i.saturating_sub(4)..i).any(|d| {
        d > 0
            && is_determiner(tokens[d].span().as_str(text))
            && tokens[d - 1].has(lexicon::NAMING)
            && tokens[d - 1].is_lower()
            && tokens[d - 1].para == para
            && tokens[d + 1..i].iter().all(|t| t.is_word() && t.is_lower())
    });
    if named {
        return true;
    }
    let mut k = i;
    // Fillers are skipped, a few at most.
    while k > 0 && k + 6 > i {
        k -= 1;
        let t = &tokens[k];
        if t.para != para || !t.is_word() {
            return false;
        }
        let p = t.span().as_str(text);
        if t.has(lexicon::FILLER) || (p.ends_with("ly") && !t.has(lexicon::GROUP)) {
            continue;
        }
        // "so many Republican claims", "of Democratic claims": a
        // capitalised modifier after a determiner, a quantifier or a
        // preposition.
        // So after a verb: "dismissed Western reports of heavy losses".
        // So after a number: "classified 12 Marlow emails as".
        let number = k > 0
            && tokens[k - 1].para == para
            && tokens[k - 1].is_word()
            && crate::speakers::is_number(tokens[k - 1].span().as_str(text));
        if t.is_capitalised() && number {
            return true;
        }
        if t.is_capitalised()
            && k > 0
            && tokens[k - 1].para == para
            && tokens[k - 1].is_lower()
            && (is_determiner(tokens[k - 1].span().as_str(text))
                || tokens[k - 1].has(lexicon::QUANTIFIER | lexicon::COMPLEMENT)
                || tokens[k - 1].lemma().is_some()
                || {
                    let v = tokens[k - 1].span().as_str(text);
                    crate::text::is_regular_past(v)
                })
            // "The Department of Agriculture notes": the "of" inside a
            // name.
            && !(tokens[k - 1].span().as_str(text) == "of"
                && k > 1
                && tokens[k - 2].para == para
                && tokens[k - 2].is_capitalised())
        {
            return true;
        }
        return t.is_lower()
            && !t.has(lexicon::GROUP)
            && !is_agent_noun(p)
            && !has_noun_ending(p)
            && t.pronoun().is_none()
            && !t.has(lexicon::RELATIVE);
    }
    false
}

/// Whether a lower-case word looks like a noun for a person, who can be
/// the subject of an -s verb: "the New York businessman says", "the
/// writer notes" (but "the broadest terms"). Nouns in -ant and -ent
/// ("president", "consultant") are in `groups.txt`: as endings they are
/// as often adjectives ("his recent remarks").
fn is_agent_noun(w: &str) -> bool {
    w.len() > 4
        && ["man", "woman", "er", "or", "ist", "ian"]
            .iter()
            .any(|end| w.ends_with(end))
}

/// Whether a lower-case word ends like an abstract noun, which can be
/// the subject of an -s verb: "the petition accuses", "the government
/// says" (but "the broadest terms").
fn has_noun_ending(w: &str) -> bool {
    w.len() > 5
        && ["tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence"]
            .iter()
            .any(|end| w.ends_with(end))
}

/// Whether `w` is a determiner or possessive before which a verb form is
/// a noun ("the talks", "his claims").
pub(crate) fn is_determiner(w: &str) -> bool {
    DETERMINERS.contains_ignore_ascii_case(w)
}

/// Whether token `i` starts its sentence (after a closing quote and comma,
/// "Said Mr. Smith:" and the like).
fn sentence_initial(text: &str, tokens: &[Token], i: usize) -> bool {
    match i.checked_sub(1).map(|j| &tokens[j]) {
        None => true,
        Some(p) => {
            p.para != tokens[i].para
                || matches!(p.span().as_str(text), "." | "!" | "?" | ":" | "—" | "–")
                || p.quoted
        }
    }
}
