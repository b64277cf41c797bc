//! Stage 5: attribution. Links each quotation to a reporting cue and its
//! speaker mention (after the quote, before it, or later in its clause),
//! resolves pronouns to the most recent compatible entity, and gives a
//! quote without a cue of its own to the speaker it continues.

use crate::cues::Cue;
use crate::document::{Attribution, QuoteKind, Speaker};
use crate::lexicon::{self, Gender};
use crate::quotes::Quotation;
use crate::span::Span;
use crate::speakers::{self, Mention, MentionKind, NameRegister, SpeakerKind};
use crate::tokens::Token;
use std::collections::HashMap;

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

/// What the resolver decided for one quotation.
#[derive(Debug, Clone)]
pub(crate) struct Decision {
    pub quote: Quotation,
    pub kind: QuoteKind,
    pub speaker: Option<usize>,
    pub mention: Option<Span>,
    pub cue: Option<Span>,
    pub attribution: Attribution,
    pub confidence: f32,
}

/// The entities of one document, merged by canonical name.
#[derive(Debug, Default)]
pub(crate) struct Entities {
    pub list: Vec<Speaker>,
    index: HashMap<(String, SpeakerKind), usize>,
}

impl Entities {
    fn get_or_add(
        &mut self,
        name: String,
        kind: SpeakerKind,
        title: Option<String>,
        gender: Gender,
    ) -> usize {
        let key = (name.to_lowercase(), kind);
        if let Some(&i) = self.index.get(&key) {
            let s = &mut self.list[i];
            if s.title.is_none() {
                s.title = title;
            }
            if s.gender == Gender::Unknown {
                s.gender = gender;
            }
            return i;
        }
        let i = self.list.len();
        self.list.push(Speaker {
            name,
            kind,
            title,
            gender,
        });
        self.index.insert(key, i);
        i
    }
}

/// The attribution stage over one document.
pub(crate) struct Resolver<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub register: &'a NameRegister,
    pub entities: Entities,
    events: Vec<Event>,
    /// (token position, entity) of every resolved speaker so far, in order.
    history: Vec<(usize, usize)>,
}

impl<'a> Resolver<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token], register: &'a NameRegister) -> Self {
        Resolver {
            text,
            tokens,
            register,
            entities: Entities::default(),
            events: Vec::new(),
            history: Vec::new(),
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.span.as_str(self.text))
    }

    /// First token of the clause holding token `i`: after the last
    /// sentence-final mark, quotation or paragraph break before it.
    fn clause_start(&self, i: usize) -> usize {
        let para = self.tokens.get(i).map_or(0, |t| t.para);
        let mut k = i;
        let limit = i.saturating_sub(80);
        while k > limit {
            let t = &self.tokens[k - 1];
            if t.para != para
                || t.quoted
                || matches!(t.span.as_str(self.text), "." | "!" | "?" | ";")
            {
                break;
            }
            k -= 1;
        }
        k
    }

    /// Reads the speech events of the whole text, resolving their speakers
    /// in order.
    pub fn read_events(&mut self, cues: &[Cue]) {
        for cue in cues {
            let (mention, first, last) = self.subject_of(cue);
            let mut ev = Event {
                cue: *cue,
                mention,
                entity: None,
                first,
                last,
            };
            if let Some(m) = mention {
                ev.entity = self.resolve(&m, cue.token);
            }
            if let Some(e) = ev.entity {
                self.history.push((cue.token, e));
            }
            self.events.push(ev);
        }
    }

    /// The speaker mention of a cue and the token range of the event.
    fn subject_of(&self, cue: &Cue) -> (Option<Mention>, usize, usize) {
        let v = cue.token;
        let toks = self.tokens;
        if cue.is_according_to() {
            let start = v + 2;
            let hi = (start + 12).min(toks.len());
            let m = speakers::mention_starting_at(self.text, toks, start, hi);
            let last = m.map_or(v + 1, |m| self.token_end(m.span.end));
            return (m, v, last);
        }
        let lo = self.clause_start(v);
        // Left: skip fillers ("also", "has", "Tuesday").
        let mut j = v;
        while j > lo && self.tokens[j - 1].is_word() && lexicon::is_cue_filler(self.word(j - 1)) {
            j -= 1;
        }
        if j > lo {
            if let Some(m) = speakers::mention_ending_at(self.text, toks, j - 1, lo) {
                if m.first_token >= lo {
                    return (Some(m), m.first_token, v);
                }
            }
        }
        // Right: "said Mr. Burman", "said the White House".
        let mut k = v + 1;
        while k < toks.len()
            && toks[k].is_word()
            && lexicon::is_cue_filler(self.word(k))
            && !self.word(k).eq_ignore_ascii_case("he")
        {
            k += 1;
        }
        let after_quote = j == lo
            || toks
                .get(j.wrapping_sub(1))
                .is_some_and(|t| t.quoted || t.is_punct(','));
        if after_quote && k < toks.len() && toks[k].para == toks[v].para {
            let hi = (k + 10).min(toks.len());
            if let Some(m) = speakers::mention_starting_at(self.text, toks, k, hi) {
                let last = self.token_end(m.span.end);
                return (Some(m), v, last);
            }
        }
        (None, v, v)
    }

    /// Index of the token that ends at byte `end`.
    fn token_end(&self, end: usize) -> usize {
        self.tokens
            .partition_point(|t| t.span.end <= end)
            .saturating_sub(1)
    }

    /// The entity a mention refers to.
    fn resolve(&mut self, m: &Mention, at: usize) -> Option<usize> {
        let text = self.text;
        match m.kind {
            MentionKind::Name => {
                let name = m.name.as_str(text);
                let title = m.title.map(|t| t.as_str(text).to_string());
                if m.speaker_kind == SpeakerKind::Organisation {
                    return Some(self.entities.get_or_add(
                        name.to_string(),
                        m.speaker_kind,
                        title,
                        m.gender,
                    ));
                }
                let full = self
                    .register
                    .fullest(text, name, m.gender, m.span.start)
                    .map_or(name, |s| s.as_str(text));
                let gender = if m.gender == Gender::Unknown {
                    full.split_whitespace()
                        .next()
                        .and_then(lexicon::first_name_gender)
                        .unwrap_or(Gender::Unknown)
                } else {
                    m.gender
                };
                Some(
                    self.entities
                        .get_or_add(full.to_string(), SpeakerKind::Person, title, gender),
                )
            }
            MentionKind::Description => Some(self.entities.get_or_add(
                m.name.as_str(text).to_string(),
                SpeakerKind::Group,
                None,
                m.gender,
            )),
            MentionKind::Pronoun(g) => self.resolve_pronoun(g, at, m.span.start),
        }
    }

    /// The most recent entity a pronoun of gender `g` can refer to.
    fn resolve_pronoun(&mut self, g: Gender, at: usize, byte: usize) -> Option<usize> {
        let para = self.tokens.get(at).map_or(0, |t| t.para);
        let compatible = |s: &Speaker| match g {
            Gender::Male | Gender::Female => {
                s.kind == SpeakerKind::Person && !speakers::gender_clash(g, s.gender)
            }
            Gender::Plural => s.kind != SpeakerKind::Person,
            Gender::Neuter => s.kind == SpeakerKind::Organisation,
            Gender::Unknown => false,
        };
        if g == Gender::Unknown {
            return None;
        }
        for &(pos, e) in self.history.iter().rev() {
            let p = self.tokens.get(pos).map_or(0, |t| t.para);
            if para.saturating_sub(p) > 6 {
                break;
            }
            if compatible(&self.entities.list[e]) {
                self.learn_gender(e, g);
                return Some(e);
            }
        }
        if matches!(g, Gender::Male | Gender::Female) {
            // A person named before, not yet a speaker.
            let full = self.register.latest_before(self.text, byte, g)?;
            let name = full.as_str(self.text).to_string();
            let e = self.entities.get_or_add(name, SpeakerKind::Person, None, g);
            return Some(e);
        }
        None
    }

    fn learn_gender(&mut self, e: usize, g: Gender) {
        let s = &mut self.entities.list[e];
        if s.gender == Gender::Unknown && matches!(g, Gender::Male | Gender::Female) {
            s.gender = g;
        }
    }

    /// Token index of the first token starting at or after byte `b`.
    fn token_at(&self, b: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < b)
    }

    /// Attributes the top-level quotations, in order.
    pub fn attribute(&mut self, quotes: &[Quotation]) -> Vec<Decision> {
        let mut out: Vec<Decision> = Vec::with_capacity(quotes.len());
        let mut ev_cursor = 0;
        for (qi, q) in quotes.iter().enumerate() {
            let oi = self.token_at(q.open.start);
            let ai = self.token_at(q.outer().end);
            let para_open = self.tokens.get(oi).map_or(0, |t| t.para);
            let para_close = self
                .tokens
                .get(ai.saturating_sub(1))
                .map_or(para_open, |t| t.para);
            let next_open = quotes
                .get(qi + 1)
                .map_or(usize::MAX, |n| self.token_at(n.open.start));
            while ev_cursor < self.events.len() && self.events[ev_cursor].cue.token < oi {
                ev_cursor += 1;
            }
            let kind = self.kind_of(q, oi);
            // Post window: from the closing mark to the end of the clause.
            let mut hi = ai;
            while hi < self.tokens.len()
                && hi < next_open
                && self.tokens[hi].para == para_close
                && hi < ai + 40
            {
                let w = self.word(hi);
                hi += 1;
                if matches!(w, "." | "!" | "?" | ";") {
                    break;
                }
            }
            let first_word = (ai..hi).find(|&k| self.tokens[k].is_word());
            let post: Vec<&Event> = self.events[ev_cursor..]
                .iter()
                .take_while(|e| e.cue.token < hi)
                .filter(|e| e.cue.token >= ai && e.first >= ai)
                .collect();
            let mut decision = None;
            if let Some(e) = post
                .first()
                .filter(|e| Some(e.first) == first_word && e.entity.is_some())
            {
                decision = Some(self.decide(q, kind, e, Attribution::CueAfter, 0.9));
            }
            // Pre window: the clause before the opening mark.
            if decision.is_none() {
                let lo = self.clause_start(oi);
                let pre = self.events[..ev_cursor]
                    .iter()
                    .rev()
                    .take_while(|e| e.cue.token >= lo)
                    .find(|e| e.entity.is_some() && e.last < oi);
                if let Some(e) = pre {
                    decision = Some(self.decide(q, kind, e, Attribution::CueBefore, 0.85));
                }
            }
            if decision.is_none() {
                if let Some(e) = post.iter().find(|e| e.entity.is_some()) {
                    decision = Some(self.decide(q, kind, e, Attribution::CueAfter, 0.7));
                }
            }
            if decision.is_none() {
                decision = self.continuation(q, kind, oi, &out);
            }
            let d = decision.unwrap_or(Decision {
                quote: *q,
                kind,
                speaker: None,
                mention: None,
                cue: None,
                attribution: Attribution::None,
                confidence: 0.0,
            });
            if d.speaker.is_some() || self.looks_like_speech(q) {
                if let Some(e) = d.speaker {
                    self.history.push((oi, e));
                }
                out.push(d);
            }
        }
        out
    }

    fn decide(
        &self,
        q: &Quotation,
        kind: QuoteKind,
        e: &Event,
        how: Attribution,
        base: f32,
    ) -> Decision {
        let conf = match e.mention.map(|m| m.kind) {
            Some(MentionKind::Pronoun(_)) => base - 0.15,
            Some(MentionKind::Description) => base - 0.05,
            _ => base,
        };
        Decision {
            quote: *q,
            kind,
            speaker: e.entity,
            mention: e.mention.map(|m| m.span),
            cue: Some(if e.cue.is_according_to() {
                Span::new(
                    self.tokens[e.cue.token].span.start,
                    self.tokens[e.cue.token + 1].span.end,
                )
            } else {
                self.tokens[e.cue.token].span
            }),
            attribution: if matches!(e.mention.map(|m| m.kind), Some(MentionKind::Pronoun(_))) {
                Attribution::Pronoun
            } else {
                how
            },
            confidence: conf,
        }
    }

    /// A quote with no cue of its own: the speaker of the previous quote in
    /// its paragraph, or of the last speech in the previous paragraph.
    fn continuation(
        &self,
        q: &Quotation,
        kind: QuoteKind,
        oi: usize,
        done: &[Decision],
    ) -> Option<Decision> {
        let para = self.tokens.get(oi)?.para;
        let mk = |speaker, mention, conf, how| Decision {
            quote: *q,
            kind,
            speaker: Some(speaker),
            mention,
            cue: None,
            attribution: how,
            confidence: conf,
        };
        if let Some(prev) = done.last() {
            let prev_para = self
                .tokens
                .get(self.token_at(prev.quote.open.start))
                .map_or(u32::MAX, |t| t.para);
            let prev_end_para = self
                .tokens
                .get(self.token_at(prev.quote.outer().end).saturating_sub(1))
                .map_or(u32::MAX, |t| t.para);
            if let Some(s) = prev.speaker {
                if prev_end_para == para || prev_para == para {
                    return Some(mk(s, prev.mention, 0.8, Attribution::Continuation));
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
        if first_in_para > 3 || para == 0 {
            return None;
        }
        let (pos, e) = *self.history.iter().rev().find(|(pos, _)| *pos < oi)?;
        let p = self.tokens.get(pos)?.para;
        if p + 1 == para || (p + 2 == para && self.paragraph_is_quote(para - 1)) {
            return Some(mk(e, None, 0.6, Attribution::PreviousParagraph));
        }
        None
    }

    /// Whether paragraph `p` starts with a quotation mark.
    fn paragraph_is_quote(&self, p: u32) -> bool {
        let first = self.tokens.partition_point(|t| t.para < p);
        self.tokens
            .get(first)
            .is_some_and(|t| t.para == p && t.quoted)
    }

    /// Whether an unattributed quotation reads as speech rather than a
    /// scare quote, a title or a nickname.
    fn looks_like_speech(&self, q: &Quotation) -> bool {
        let s = q.content.as_str(self.text);
        let words = s.split_whitespace().count();
        words >= 8
            || (words >= 4
                && s.trim_end_matches(|c: char| lexicon::is_quote_mark(c))
                    .ends_with(['.', '!', '?', ',']))
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
                let w = t.span.as_str(self.text);
                if matches!(w, ":" | "." | "!" | "?" | "—" | "–") {
                    QuoteKind::Direct
                } else if w == "," && !starts_lower {
                    QuoteKind::Direct
                } else if t.is_word() && lexicon::verb_lemma(w).is_some() && !starts_lower {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Mixed
                }
            }
        }
    }
}
