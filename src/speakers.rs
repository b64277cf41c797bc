//! Stage 4: speaker mentions. Reads the mention of a speaker next to a
//! reporting verb (a name behind its title, an organisation, a descriptive
//! phrase such as "a senior Cruz adviser", or a pronoun) and keeps the
//! register of names in the document so that "Leavitt", "Ms. Leavitt" and
//! "Press Secretary Katherine Leavitt" are one entity, named by its
//! fullest form.

use crate::lexicon::{self, Gender};
use crate::span::Span;
use crate::tokens::Token;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What kind of thing a speaker is.
///
/// ```
/// use whosaid::{extract, SpeakerKind};
/// let doc = extract("“We are ready,” the White House said.");
/// assert_eq!(doc.speaker_of(&doc.quotes[0]).unwrap().kind, SpeakerKind::Organisation);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// A named organisation ("the White House", "the Kremlin").
    Organisation,
    /// A description or a collective ("officials", "a spokesman for X",
    /// "the statement").
    Group,
}

/// How a mention refers to its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionKind {
    Name,
    Pronoun(Gender),
    Description,
}

/// A mention of a speaker in the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mention {
    /// The whole surface mention, title included.
    pub span: Span,
    /// The name without its title (for a description, the whole phrase).
    pub name: Span,
    /// The title before the name, if any.
    pub title: Option<Span>,
    pub kind: MentionKind,
    pub speaker_kind: SpeakerKind,
    pub gender: Gender,
    /// Token range of the mention, for callers that continue the scan.
    pub first_token: usize,
}

/// Connectors that may stand inside a name ("Ban Ki-moon", "Charles de
/// Gaulle", "Secretary of State John Kerry").
const NAME_CONNECTORS: &[&str] = &[
    "de", "van", "von", "der", "den", "bin", "al", "da", "del", "della", "di", "du", "la", "le",
    "of", "dos", "das", "y",
];

/// Determiners that open a descriptive speaker phrase.
const DESCRIPTION_OPENERS: &[&str] = &[
    "a", "an", "the", "one", "two", "three", "several", "some", "many", "most", "other", "another",
    "his", "her", "their", "its", "our", "senior", "top", "both",
];

fn is_connector(w: &str) -> bool {
    NAME_CONNECTORS.contains(&w)
}

fn word<'t>(text: &'t str, tokens: &[Token], i: usize) -> &'t str {
    tokens.get(i).map_or("", |t| t.span.as_str(text))
}

/// Whether token `i` can be part of a capitalised name.
fn is_name_part(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.quoted || !t.is_word() {
        return false;
    }
    let w = t.span.as_str(text);
    if t.is_capitalised(text) {
        return !lexicon::is_not_name(w) && !is_possessive(w);
    }
    false
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
}

/// The speaker mention that ends at token `end` (inclusive), reading
/// leftwards no further than token `lo`: a pronoun, a name with its title,
/// an organisation or a descriptive phrase. An appositive or parenthesis
/// between the name and `end` ("Hugh Hill, a doctor at X,") is skipped.
pub(crate) fn mention_ending_at(
    text: &str,
    tokens: &[Token],
    end: usize,
    lo: usize,
) -> Option<Mention> {
    let mut j = end;
    let t = tokens.get(j)?;
    if t.quoted {
        return None;
    }
    // A parenthesis after a name: "Rep. Trey Gowdy (R-S.C.)".
    if t.is_punct(')') {
        let open = (lo..j).rev().take(12).find(|&k| tokens[k].is_punct('('))?;
        j = open.checked_sub(1)?;
        if j < lo {
            return None;
        }
        return mention_ending_at(text, tokens, j, lo);
    }
    // An appositive: "X, a doctor at Y, said".
    if t.is_punct(',') {
        let comma = (lo..j).rev().take(30).find(|&k| {
            tokens[k].is_punct(',') || tokens[k].quoted || is_clause_break(text, &tokens[k])
        })?;
        if !tokens[comma].is_punct(',') || comma == 0 || comma <= lo {
            return None;
        }
        let inner = mention_ending_at(text, tokens, comma - 1, lo)?;
        return (inner.kind == MentionKind::Name).then_some(inner);
    }
    let w = t.span.as_str(text);
    if let Some(g) = lexicon::pronoun_gender(w) {
        return Some(Mention {
            span: t.span,
            name: t.span,
            title: None,
            kind: MentionKind::Pronoun(g),
            speaker_kind: if g == Gender::Plural || g == Gender::Neuter {
                SpeakerKind::Group
            } else {
                SpeakerKind::Person
            },
            gender: g,
            first_token: j,
        });
    }
    if is_name_part(text, tokens, j) || (t.is_word() && t.is_capitalised(text) && is_possessive(w))
    {
        return name_ending_at(text, tokens, j, lo);
    }
    if t.is_lower(text) && lexicon::is_group_noun(w) {
        return description_ending_at(text, tokens, j, lo);
    }
    None
}

fn is_clause_break(text: &str, t: &Token) -> bool {
    matches!(t.span.as_str(text), "." | "!" | "?" | ";" | ":")
}

/// A capitalised name ending at token `end`, with its title.
fn name_ending_at(text: &str, tokens: &[Token], end: usize, lo: usize) -> Option<Mention> {
    let para = tokens[end].para;
    let mut start = end;
    while start > lo {
        let k = start - 1;
        if tokens[k].para != para {
            break;
        }
        let w = word(text, tokens, k);
        if is_name_part(text, tokens, k) {
            start = k;
        } else if is_connector(w) && k > lo && is_name_part(text, tokens, k - 1) {
            start = k;
        } else if tokens[k].is_lower(text) && lexicon::is_title_word(w) && !is_connector(w) {
            // "former Sen. X", "campaign manager Jeff Weaver"
            start = k;
        } else {
            break;
        }
    }
    // Lower-case title words only count before capitalised words.
    while start < end
        && tokens[start].is_lower(text)
        && !lexicon::is_title_word(word(text, tokens, start))
    {
        start += 1;
    }
    while start < end && is_connector(word(text, tokens, start)) {
        start += 1;
    }
    let preceded_by_the = start > 0
        && word(text, tokens, start - 1).eq_ignore_ascii_case("the")
        && tokens[start - 1].para == para;
    // Title: the longest prefix ending in a title word that leaves a name.
    let mut name_start = start;
    for k in start..end {
        if lexicon::is_title_word(word(text, tokens, k)) {
            name_start = k + 1;
        }
    }
    // Connectors cannot start a name.
    while name_start < end && is_connector(word(text, tokens, name_start)) {
        name_start += 1;
    }
    let name = Span::new(tokens[name_start].span.start, tokens[end].span.end);
    let span = Span::new(tokens[start].span.start, tokens[end].span.end);
    let title = (name_start > start)
        .then(|| Span::new(tokens[start].span.start, tokens[name_start - 1].span.end));
    let name_words = &tokens[name_start..=end];
    let is_org = name_words
        .iter()
        .any(|t| lexicon::is_organisation_word(t.span.as_str(text)))
        || (preceded_by_the && title.is_none())
        || (name_words.len() == 1 && is_acronym(name.as_str(text)));
    let gender = if is_org {
        Gender::Neuter
    } else {
        gender_of(text, tokens, start, name_start)
    };
    let (span, title) = if preceded_by_the {
        (Span::new(tokens[start - 1].span.start, span.end), title)
    } else {
        (span, title)
    };
    Some(Mention {
        span,
        name,
        title,
        kind: MentionKind::Name,
        speaker_kind: if is_org {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Person
        },
        gender,
        first_token: start,
    })
}

fn is_acronym(w: &str) -> bool {
    w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// Gender from a title (Mr., Mrs.) or a known given name.
fn gender_of(text: &str, tokens: &[Token], start: usize, name_start: usize) -> Gender {
    for t in &tokens[start..name_start] {
        match t
            .span
            .as_str(text)
            .to_ascii_lowercase()
            .trim_end_matches('.')
        {
            "mr" | "sir" | "lord" | "king" | "prince" | "father" | "congressman" | "spokesman"
            | "chairman" => return Gender::Male,
            "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "congresswoman"
            | "spokeswoman" | "chairwoman" => return Gender::Female,
            _ => {}
        }
    }
    tokens
        .get(name_start)
        .and_then(|t| lexicon::first_name_gender(t.span.as_str(text)))
        .unwrap_or(Gender::Unknown)
}

/// A descriptive phrase headed by the group noun at `end`: "officials",
/// "a senior Cruz adviser", "a spokesman for the campaign".
fn description_ending_at(text: &str, tokens: &[Token], end: usize, lo: usize) -> Option<Mention> {
    let para = tokens[end].para;
    let mut start = end;
    let mut opened = false;
    for _ in 0..6 {
        if start <= lo {
            break;
        }
        let k = start - 1;
        let t = &tokens[k];
        if t.para != para || t.quoted || !t.is_word() {
            break;
        }
        let w = t.span.as_str(text);
        if lexicon::is_not_name(w)
            && !DESCRIPTION_OPENERS
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w))
        {
            break;
        }
        if lexicon::verb_lemma(w).is_some() && t.is_lower(text) {
            break;
        }
        start = k;
        if DESCRIPTION_OPENERS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
            && !matches!(w, "senior" | "top" | "other")
        {
            opened = true;
            break;
        }
    }
    let head = word(text, tokens, end);
    let plural = head.ends_with('s');
    if !opened && !plural && start == end {
        // A bare singular noun ("spokesman said") is not a speaker.
        return None;
    }
    // "a spokesman for the campaign": the head may be the object of "for".
    if start >= lo + 2
        && matches!(
            word(text, tokens, start - 1),
            "for" | "of" | "at" | "from" | "with"
        )
    {
        if let Some(outer) = description_ending_at(text, tokens, start - 2, lo) {
            return Some(Mention {
                span: Span::new(outer.span.start, tokens[end].span.end),
                name: Span::new(outer.span.start, tokens[end].span.end),
                ..outer
            });
        }
    }
    let span = Span::new(tokens[start].span.start, tokens[end].span.end);
    Some(Mention {
        span,
        name: span,
        title: None,
        kind: MentionKind::Description,
        speaker_kind: SpeakerKind::Group,
        gender: if plural {
            Gender::Plural
        } else {
            Gender::Unknown
        },
        first_token: start,
    })
}

/// The speaker mention that starts at token `start` (after an inverted
/// verb: "said Mr. Burman", "said the White House"), reading no further
/// than token `hi` (exclusive).
pub(crate) fn mention_starting_at(
    text: &str,
    tokens: &[Token],
    start: usize,
    hi: usize,
) -> Option<Mention> {
    let t = tokens.get(start).filter(|_| start < hi)?;
    if t.quoted || !t.is_word() {
        return None;
    }
    let w = t.span.as_str(text);
    if let Some(g) = lexicon::pronoun_gender(w) {
        if matches!(g, Gender::Male | Gender::Female | Gender::Plural) {
            return mention_ending_at(text, tokens, start, start);
        }
        return None;
    }
    // Walk right over the name or the phrase, then read it leftwards.
    let mut end = start;
    let the = w.eq_ignore_ascii_case("the")
        || w.eq_ignore_ascii_case("a")
        || w.eq_ignore_ascii_case("an");
    let mut k = start + usize::from(the);
    let mut last_good = None;
    while k < hi && k < start + 8 {
        let tk = &tokens[k];
        if tk.quoted || !tk.is_word() || tk.para != t.para {
            break;
        }
        let wk = tk.span.as_str(text);
        if tk.is_capitalised(text)
            || lexicon::is_title_word(wk)
            || (the && tk.is_lower(text))
            || is_connector(wk)
        {
            if tk.is_capitalised(text) || lexicon::is_group_noun(wk) {
                last_good = Some(k);
            }
            end = k;
            k += 1;
            if the && lexicon::is_group_noun(wk) && tk.is_lower(text) {
                break;
            }
        } else {
            break;
        }
    }
    let end = last_good.unwrap_or(end);
    if end < start {
        return None;
    }
    let m = mention_ending_at(text, tokens, end, start)?;
    (m.first_token <= start + usize::from(the)).then_some(m)
}

/// The register of names in one document: every capitalised name outside
/// quotations, used to name an entity by its fullest form.
#[derive(Debug, Default)]
pub(crate) struct NameRegister {
    /// (position, full name span, gender) of names of two words or more.
    full: Vec<(usize, Span, Gender)>,
    /// Indices into `full` by the name's last word, in order of position.
    by_last: HashMap<String, Vec<usize>>,
}

/// How many names with the right last word [`NameRegister::fullest`]
/// looks at on each side of the mention: bounds the work per lookup on
/// texts that repeat one surname thousands of times.
const FULLEST_SCAN: usize = 64;

impl NameRegister {
    /// Collects the multi-word person names of the text.
    pub fn build(text: &str, tokens: &[Token]) -> NameRegister {
        let mut full = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if !is_name_part(text, tokens, i) {
                i += 1;
                continue;
            }
            let mut end = i;
            while end + 1 < tokens.len()
                && tokens[end + 1].para == tokens[i].para
                && (is_name_part(text, tokens, end + 1)
                    || (is_connector(word(text, tokens, end + 1))
                        && end + 2 < tokens.len()
                        && is_name_part(text, tokens, end + 2)))
            {
                end += 1;
            }
            if let Some(m) = name_ending_at(text, tokens, end, i) {
                let words = m.name.as_str(text).split_whitespace().count();
                if m.speaker_kind == SpeakerKind::Person && (2..=4).contains(&words) {
                    full.push((m.span.start, m.name, m.gender));
                }
            }
            i = end + 1;
        }
        let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (_, span, _)) in full.iter().enumerate() {
            by_last
                .entry(last_word(span.as_str(text)).to_string())
                .or_default()
                .push(i);
        }
        NameRegister { full, by_last }
    }

    /// The latest full name of a person before byte `pos` whose gender
    /// does not clash with `gender`.
    pub fn latest_before(&self, _text: &str, pos: usize, gender: Gender) -> Option<Span> {
        let end = self.full.partition_point(|(at, _, _)| *at < pos);
        self.full[..end]
            .iter()
            .rev()
            .take(8)
            .find(|(_, _, g)| !gender_clash(gender, *g))
            .map(|(_, s, _)| *s)
    }

    /// The fullest name of the person called `name` (its last word must
    /// agree), preferring the latest one before `pos` and one of a
    /// compatible gender.
    pub fn fullest(&self, text: &str, name: &str, gender: Gender, pos: usize) -> Option<Span> {
        let last = last_word(name);
        if last.is_empty() {
            return None;
        }
        let bucket = self.by_last.get(last)?;
        let name_words: Vec<&str> = name.split_whitespace().collect();
        // The mention's own words must all be in the full name, and the
        // genders must agree.
        let fits = |&&i: &&usize| {
            let (_, span, g) = self.full[i];
            let full = span.as_str(text);
            !gender_clash(gender, g)
                && name_words
                    .iter()
                    .all(|w| full.split_whitespace().any(|f| f == *w))
        };
        // Prefer the latest before the mention, then the first after it.
        let split = bucket.partition_point(|&i| self.full[i].0 <= pos);
        bucket[..split]
            .iter()
            .rev()
            .take(FULLEST_SCAN)
            .find(fits)
            .or_else(|| bucket[split..].iter().take(FULLEST_SCAN).find(fits))
            .map(|&i| self.full[i].1)
    }
}

/// Whether two genders cannot belong to one person.
pub(crate) fn gender_clash(a: Gender, b: Gender) -> bool {
    matches!(
        (a, b),
        (Gender::Male, Gender::Female) | (Gender::Female, Gender::Male)
    )
}

fn last_word(name: &str) -> &str {
    let mut words = name.split_whitespace().rev();
    let mut w = words.next().unwrap_or("");
    if matches!(w.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV") {
        w = words.next().unwrap_or(w);
    }
    w.trim_end_matches([',', '.'])
}
