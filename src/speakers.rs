//! Stage 4: speaker mentions. Reads the mention of a speaker next to a
//! reporting verb (a name behind its title, an organisation, a descriptive
//! phrase such as "a senior Cruz adviser", or a pronoun) and keeps the
//! register of names in the document so that "Leavitt", "Ms. Leavitt" and
//! "Press Secretary Katherine Leavitt" are one entity, named by its
//! fullest form.

use crate::lexicon::HashMap;
use crate::lexicon::{self, Gender, ShortList};
use crate::span::Span;
use crate::text::is_possessive;
use crate::tokens::Token;
use serde::{Deserialize, Serialize};

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

impl Mention {
    /// Whether the mention is a person's name ("Sen. Ann Cole", "Cole"),
    /// not a pronoun, a description or an organisation.
    pub(crate) fn is_person_name(&self) -> bool {
        self.kind == MentionKind::Name && self.speaker_kind == SpeakerKind::Person
    }
}

/// Connectors that may stand inside a name ("Ban Ki-moon", "Charles de
/// Gaulle", "Secretary of State John Kerry", Catalan "Vidal i Ferrer").
const NAME_CONNECTORS: ShortList = ShortList::new(&[
    "de", "van", "von", "der", "den", "bin", "binti", "binte", "bint", "ibn", "al", "el", "da",
    "del", "della", "di", "du", "la", "le", "of", "do", "dos", "das", "y", "i", "an", "a/l", "a/p",
    "s/o", "d/o",
]);

/// Words of a body's name a number follows as part of it ("UAW Local 600",
/// "Fraternal Order of Police Lodge 41", "American Legion Post 12").
const NUMBERED_BODY_WORDS: ShortList = ShortList::new(&["Local", "Lodge", "Post", "Chapter"]);

/// Capitalised particles that open a surname ("Ó Cearbhaill", "Ní
/// Bhraonáin", "Mac Giolla").
const SURNAME_PARTICLES: ShortList =
    ShortList::new(&["Ó", "Ní", "Nic", "Mac", "Mhic", "Uí", "Ua", "O", "Ni"]);

/// Whether `title` is an honorific that goes before a surname ("Mr.",
/// "Ms", "Mrs").
pub(crate) fn is_surname_honorific(title: &str) -> bool {
    SURNAME_HONORIFICS.contains(title.trim_end_matches('.'))
}

/// Honorifics before a surname ("Mr Sang"), with or without their full
/// stop.
const SURNAME_HONORIFICS: ShortList = ShortList::new(&["Mr", "Mrs", "Ms", "Mx", "Miss"]);

/// Words for "son of" and "daughter of" after a given name ("Hafiz bin
/// Othman", "Siti binti Yusof", "Rajendran a/l Muthusamy"): the person is
/// called by the given name.
const PATRONYMIC_WORDS: ShortList = ShortList::new(&[
    "bin", "binti", "binte", "bint", "ibn", "a/l", "a/p", "s/o", "d/o",
]);

/// Whether a full name has a word for "son of" or "daughter of" after its
/// given name or two ("Hafiz bin Othman", "Nurul Huda binte Ismail").
fn patronymic_after_given(full: &str) -> bool {
    crate::text::words(full)
        .skip(1)
        .take(2)
        .any(|w| PATRONYMIC_WORDS.contains(w))
}

/// Nouns for a social media account, which posts for its owner.
const ACCOUNT_NOUNS: ShortList = ShortList::new(&["account", "accounts", "feed", "handle", "page"]);

/// Collective nouns that speak without a determiner or a plural ending
/// ("police said", "staff wrote").
const PLURAL_COLLECTIVES: ShortList = ShortList::new(&["police", "staff", "personnel", "media"]);

/// Singular nouns for a body of people that "they" takes up ("The crowd
/// was chanting his name. “Theo!” they chanted.").
pub(crate) const COLLECTIVES: ShortList = ShortList::new(&[
    "crowd",
    "audience",
    "team",
    "family",
    "couple",
    "jury",
    "panel",
    "committee",
    "campaign",
    "group",
    "board",
    "band",
    "class",
    "congregation",
    "district",
    "coalition",
    "alliance",
    "delegation",
    "contingent",
    "bloc",
    "chorus",
    "caucus",
]);

/// Possessive determiners ("its minister", "their spokesman").
pub(crate) const POSSESSIVE_DETERMINERS: ShortList =
    ShortList::new(&["his", "her", "their", "its", "our", "my", "your"]);

/// Determiners that open a descriptive speaker phrase.
pub(crate) const DESCRIPTION_OPENERS: ShortList = ShortList::new(&[
    "a", "an", "the", "one", "two", "three", "several", "some", "many", "most", "other", "another",
    "his", "her", "their", "its", "our", "my", "your", "senior", "top", "both", "this", "that",
    "these", "those", "each", "multiple", "numerous", "various",
]);

/// Whether the word at token `k` is a capitalised rank opening a title
/// before a name ("Senior Sergeant Hemi Koroheke of Manawatū police"), no
/// determiner of a description.
fn title_rank_opening(text: &str, tokens: &[Token], k: usize) -> bool {
    matches!(word(text, tokens, k), "Senior" | "Top")
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.is_capitalised() && n.has(lexicon::TITLE))
}

/// Words that open a county's name ("County Clare", "Co Cork", "Co.
/// Donegal").
const COUNTY_WORDS: ShortList = ShortList::new(&["County", "Co", "Co."]);

/// Capitalised words for numbers that may end a name ("Channel One",
/// "Halcyon One", "Radio Four").
const NAME_NUMBERS: ShortList = ShortList::new(&[
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
]);

/// Whether token `i` is a capitalised number's word right after a
/// capitalised word of a name, inside a sentence ("Halcyon One").
#[inline(always)]
fn numbered_name_word(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    // (The cheap tests first: this runs on every word no name's.)
    i > 0
        && t.is_capitalised()
        && t.has(lexicon::NOT_NAME)
        && tokens[i - 1].name_part
        && tokens[i - 1].para == t.para
        && !t.quoted
        && NAME_NUMBERS.contains(t.span().as_str(text))
        && !opens_sentence(text, tokens, i)
}

/// Words that end a street's name ("Neely Tremlow Way", "Cutter
/// Street"): no person's.
const STREET_WORDS: ShortList = ShortList::new(&[
    "Street",
    "Avenue",
    "Road",
    "Lane",
    "Boulevard",
    "Way",
    "Drive",
    "Terrace",
    "Crescent",
]);

/// Whether a name ends in a word of a street's name ("Old Mission Road"):
/// a place, no body's nor person's.
pub(crate) fn is_street_name(name: &str) -> bool {
    crate::text::words(name).count() > 1 && STREET_WORDS.contains(last_word(name))
}

/// Nouns for things given names of their own, the name right after them
/// ("the research vessel Thalassa", "the rover Perseverance", "Storm
/// Ciarán"): no person, whom a later "she" could mean.
const NAMED_THINGS: ShortList = ShortList::new(&[
    "vessel",
    "ship",
    "boat",
    "yacht",
    "ferry",
    "tanker",
    "freighter",
    "trawler",
    "frigate",
    "destroyer",
    "submarine",
    "cruiser",
    "rover",
    "spacecraft",
    "probe",
    "satellite",
    "telescope",
    "aircraft",
    "hurricane",
    "storm",
    "cyclone",
    "typhoon",
    "tropical",
]);

/// Whether a word is an ordinal in figures ("1st", "9th", "22nd").
fn is_ordinal(w: &str) -> bool {
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.len() <= 3
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// Styles before a clergy title ("the Most Rev", "the Very Rev", "the
/// Right Rev"): part of the name's title, though no name.
const STYLES: ShortList = ShortList::new(&["Most", "Very", "Right"]);

/// Whether `w` is a style before a clergy title (see [`STYLES`]).
pub(crate) fn is_style(w: &str) -> bool {
    STYLES.contains(w)
}

/// Words a possessive pronoun makes a way of referring to a judge or a
/// peer ("her Honour said", "His Lordship added"): the two words stand for
/// the person as the pronoun alone would.
const FORMS_OF_ADDRESS: ShortList = ShortList::new(&["Honour", "Honor", "Lordship", "Ladyship"]);

/// The gendered pronoun mention of "his Honour" or "her Ladyship" ending
/// at token `j` (see [`FORMS_OF_ADDRESS`]).
fn form_of_address(text: &str, tokens: &[Token], j: usize, lo: usize) -> Option<Mention> {
    if j <= lo || !FORMS_OF_ADDRESS.contains(word(text, tokens, j)) {
        return None;
    }
    let g = match word(text, tokens, j - 1) {
        "his" | "His" => Gender::Male,
        "her" | "Her" => Gender::Female,
        _ => return None,
    };
    let span = Span::new(tokens[j - 1].span().start, tokens[j].span().end);
    Some(pronoun_mention(span, j - 1, g))
}

/// Whether `w` is an article, in either case.
fn is_article(w: &str) -> bool {
    matches!(w, "the" | "The" | "a" | "A" | "an" | "An")
}

fn is_connector(w: &str) -> bool {
    NAME_CONNECTORS.contains(w)
}

/// Whether a token is a lower-case particle that may open a surname
/// ("van" of "van Oostveen"), a connector of names other than "of".
pub(crate) fn is_surname_particle(text: &str, t: &Token) -> bool {
    let w = t.span().as_str(text);
    t.is_lower() && w != "of" && is_connector(w)
}

/// How many tokens before a second "of" in a body's name its "for the"
/// may stand ("the Commission for the Treatment of Prisoners of War").
const FOR_THE_REACH: usize = 6;

/// How many tokens before an office's list its title and "for" or "of"
/// may stand ("Minister for the Environment, Climate and Communications").
const OFFICE_LIST_REACH: usize = 8;

/// Whether the list of capitalised words ending before token `at` (its
/// "and" or its first word) follows an office's title and "for" or "of",
/// as in "Minister for the Environment, Climate and Communications".
fn office_list_before(text: &str, tokens: &[Token], at: usize) -> bool {
    (at.saturating_sub(OFFICE_LIST_REACH)..at)
        .rev()
        .take_while(|&i| {
            let t = &tokens[i];
            t.is_capitalised()
                || t.is_punct(',')
                || matches!(word(text, tokens, i), "and" | "the" | "for" | "of")
        })
        .any(|i| {
            i > 0
                && matches!(word(text, tokens, i), "for" | "of")
                && tokens[i - 1].has(lexicon::TITLE)
        })
}

/// Where the person's name starts in the words `from..=end` after the
/// last item of a list ("Communications Cathal Byrne"): at its first known
/// given name; or, when `after_office` and none is known, at its last two
/// words (three with a particle or an initial), if a word is left before
/// them for the item.
fn name_after_list_item(
    text: &str,
    tokens: &[Token],
    from: usize,
    end: usize,
    after_office: bool,
) -> Option<usize> {
    if let Some(g) = (from..end).find(|&g| tokens[g].first_name().is_some()) {
        return Some(g);
    }
    let mut first = end.checked_sub(1)?;
    let w = word(text, tokens, first);
    if SURNAME_PARTICLES.contains(w) || is_initial(w) {
        first = first.checked_sub(1)?;
    }
    (after_office && first > from).then_some(first)
}

/// Whether the connector at token `k` joins the name: "of" and "for" only
/// inside a title or an organisation ("Secretary of State", "Department
/// of Justice", "Minister for Education", "Center for American
/// Progress"), not before a place ("Tomblin of West Virginia").
fn joins_name(text: &str, tokens: &[Token], k: usize, lo: usize) -> bool {
    if tokens[k].quoted {
        return in_nickname(text, tokens, k, lo);
    }
    let w = word(text, tokens, k);
    // "Speaker of the House Anita Omondi", "Leader of the Opposition":
    // "the" after a title's "of"; or a body's ("the Ministry of the
    // Interior").
    if w == "the"
        && k >= lo + 2
        && word(text, tokens, k - 1) == "of"
        && (tokens[k - 2].has(lexicon::TITLE)
            || (tokens[k - 2].has(lexicon::ORGANISATION) && tokens[k - 2].is_capitalised()))
        && tokens.get(k + 1).is_some_and(Token::is_capitalised)
    {
        return true;
    }
    // "the U.S. Court of Appeals for the 9th Circuit", "the Committee
    // for the Protection of Journalists": "the" after a body's "for", and
    // an ordinal after that "the", before a capitalised word.
    let capitalised_next = |k: usize| {
        tokens
            .get(k + 1)
            .is_some_and(|n| n.is_capitalised() && n.para == tokens[k].para)
    };
    if w == "the"
        && k >= lo + 2
        && word(text, tokens, k - 1) == "for"
        && (capitalised_next(k)
            || tokens
                .get(k + 1)
                .is_some_and(|n| is_ordinal(n.span().as_str(text))))
    {
        return tokens[k - 2].is_capitalised() && joins_name(text, tokens, k - 1, lo);
    }
    if is_ordinal(w) && k >= lo + 3 && capitalised_next(k) && word(text, tokens, k - 1) == "the" {
        return word(text, tokens, k - 2) == "for" && joins_name(text, tokens, k - 1, lo);
    }
    // "Reporters Without Borders", "Doctors Across Borders": a
    // capitalised preposition after a plural that opens the name, before
    // a capitalised word.
    if tokens[k].is_capitalised()
        && tokens[k].has(lexicon::COMPLEMENT)
        && k > lo
        && tokens[k - 1].is_capitalised()
        && word(text, tokens, k - 1).ends_with('s')
        && (k - 1 == lo || !is_name_part(tokens, k - 2))
        && capitalised_next(k)
    {
        return true;
    }
    // ("Americans for Prosperity", "Brannock Families for Medical
    // Freedom": or "for" after a plural no given name opens.)
    if w == "for"
        && k > lo
        && tokens[k - 1].is_capitalised()
        && word(text, tokens, k - 1).ends_with('s')
        && !tokens[k - 1].has(lexicon::TITLE)
        && tokens[k - 1].first_name().is_none()
        && (k - 1 == lo || tokens[k - 2].first_name().is_none())
        && capitalised_next(k)
    {
        return true;
    }
    // ("the Friends of Grenmoor Museum", "Veterans of Foreign Wars": or
    // "of" after a plural noun for people opening the name.)
    if w == "of"
        && k > lo
        && tokens[k - 1].is_capitalised()
        && tokens[k - 1].has(lexicon::GROUP)
        && word(text, tokens, k - 1).ends_with('s')
        && (k - 1 == lo || !is_name_part(tokens, k - 2))
        && capitalised_next(k)
        // (Not a person's: "Supporters of Hillary Clinton".)
        && tokens[k + 1].first_name().is_none()
    {
        return true;
    }
    // ("the Freedom to Read Alliance", "the Right to Life Committee": or
    // "to" and a capitalised verb, in a name a body's word ends.)
    if w == "to" && k > lo && tokens[k - 1].is_capitalised() && capitalised_next(k) {
        return tokens[k - 1].first_name().is_none()
            && !tokens[k - 1].has(lexicon::TITLE)
            && tokens[k + 1..]
                .iter()
                .take(BODY_NAME_WORDS_BACK)
                .take_while(|t| t.name_part && t.para == tokens[k].para)
                .any(|t| t.has(lexicon::ORGANISATION));
    }
    // "Save Our Buses", "Protect Our Winters": a capitalised possessive
    // between a campaign's capitalised words.
    if matches!(w, "Our" | "Your" | "My")
        && k > lo
        && tokens[k - 1].is_capitalised()
        && tokens[k - 1].para == tokens[k].para
        && capitalised_next(k)
    {
        return true;
    }
    // "the Commission on Presidential Debates", "the Council on Foreign
    // Relations": "on" after a body's word.
    if w == "on" {
        return k > lo
            && tokens[k - 1].is_capitalised()
            && tokens[k - 1].has(lexicon::ORGANISATION)
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_capitalised() && n.para == tokens[k].para);
    }
    if !(is_connector(w) || w == "for") || k <= lo {
        return false;
    }
    // "Pieter van der Berg", "de la Cruz": particles in a row.
    let mut before = k - 1;
    if w != "of" && w != "for" {
        while before > lo
            && is_connector(word(text, tokens, before))
            && !matches!(word(text, tokens, before), "of")
        {
            before -= 1;
        }
    }
    // ("Geertruida “Truus” van Oostveen": or after a nickname.)
    let after_nickname = || tokens[before].quoted && in_nickname(text, tokens, before, lo);
    if !(is_name_part(tokens, before) || after_nickname()) {
        return false;
    }
    if w == "of" || w == "for" {
        // Only when everything before it in the run is title or
        // organisation words ("Secretary of State", "Bank of America"), not
        // after a person's name ("Peter T. King of New York").
        // A place may come before the organisation ("U.S. Department of
        // Agriculture").
        if !tokens[k - 1].has(lexicon::TITLE | lexicon::ORGANISATION) {
            // "Ministry of Defence of Valdoria", "Ministry of Foreign
            // Affairs of Japan": a second "of" after a body's "of" and a
            // few words with no given name among them.
            let mut b = k - 1;
            while b > lo && k - b < 4 && is_name_part(tokens, b - 1) {
                b -= 1;
            }
            // ("the Center for the Study of Hate": or after a body's "for
            // the".)
            if b >= lo + 3
                && word(text, tokens, b - 1) == "the"
                && word(text, tokens, b - 2) == "for"
                && tokens[b..k].iter().all(|t| t.first_name().is_none())
            {
                return joins_name(text, tokens, b - 1, lo);
            }
            // ("the Commission for the Treatment of Prisoners of War": or
            // after an "of" that itself follows a body's "for the".)
            let after_for_the = || {
                (b.saturating_sub(FOR_THE_REACH).max(lo + 1)..b - 2)
                    .any(|i| word(text, tokens, i) == "for" && word(text, tokens, i + 1) == "the")
            };
            return b >= lo + 2
                && word(text, tokens, b - 1) == "of"
                && (tokens[b - 2].has(lexicon::ORGANISATION) || after_for_the())
                && tokens[b..k].iter().all(|t| t.first_name().is_none())
                && joins_name(text, tokens, b - 1, lo);
        }
        // ("US Secretary of State": a country's initials too.)
        let title_like = |t: &Token| {
            t.has(lexicon::TITLE | lexicon::ORGANISATION | lexicon::PLACE)
                || (t.span().len() <= 3 && is_acronym(t.span().as_str(text)))
        };
        // ("the U.S. District Court for the Southern District": before a
        // body's "for", any words of its name but a given name.)
        // ("the Indiana State Board of Accounts": or before a body's word
        // and its "of", as before its "for".)
        let body_for = (w == "for" && !tokens[k - 1].has(lexicon::TITLE))
            || (w == "of" && tokens[k - 1].has(lexicon::ORGANISATION));
        let mut b = k - 1;
        while b > lo && is_name_part(tokens, b - 1) {
            b -= 1;
            // ("County Executive for Agriculture Dr Joyce Chepkwony": a
            // word that modifies the title after it.)
            let modifies_title = tokens[b + 1].has(lexicon::TITLE)
                && tokens[b].is_capitalised()
                && tokens[b].first_name().is_none();
            if !(title_like(&tokens[b])
                || modifies_title
                || (body_for && tokens[b].first_name().is_none()))
            {
                return false;
            }
        }
        return true;
    }
    true
}

/// Whether token `k` (a mark or the content of a quotation) is part of a
/// nickname quoted between a given name and a surname (`Juan “Chico”
/// Manriquez`): one capitalised word in marks, within the paragraph.
fn in_nickname(text: &str, tokens: &[Token], k: usize, lo: usize) -> bool {
    // The three tokens of the quotation: mark, content, mark.
    let content = match tokens[k].kind() {
        crate::tokens::Kind::Quoted => k,
        _ if tokens
            .get(k + 1)
            .is_some_and(|t| t.kind() == crate::tokens::Kind::Quoted) =>
        {
            k + 1
        }
        _ if k > 0 && tokens[k - 1].kind() == crate::tokens::Kind::Quoted => k - 1,
        _ => return false,
    };
    if content < lo + 2 || content + 2 >= tokens.len() {
        return false;
    }
    let (open, close) = (content - 1, content + 1);
    let c = tokens[content].span().as_str(text);
    // ("Tyrese “The Tempest” Anyaegbu": up to three capitalised words.)
    // ("Karin “the Wall” Sjölander": after a lower-case "the" too.)
    let c = c.strip_prefix("the ").unwrap_or(c);
    let words = || c.split(' ');
    let nickname = !c.is_empty()
        && c.len() <= 24
        && words().count() <= 3
        && words().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|ch| ch.is_alphabetic() || ch == '-' || ch == '.' || ch == '\'')
        });
    // ("Geertruida “Truus” van Oostveen": or a particle before the
    // surname.)
    let after = if tokens
        .get(close + 1)
        .is_some_and(|t| is_surname_particle(text, t))
    {
        close + 2
    } else {
        close + 1
    };
    nickname
        && after < tokens.len()
        && tokens[open].quoted
        && !tokens[open].is_word()
        && tokens[close].quoted
        && !tokens[close].is_word()
        && tokens[open - 1].para == tokens[after].para
        && is_name_part(tokens, open - 1)
        && is_name_part(tokens, after)
        // A known given name before it, or a given name unknown to the
        // list between a lower-case word, a title or the start of a
        // sentence and a surname that ends the name ("hooker Rawiri “Ra”
        // Henare told", "LEIDSEVEEN — Geertruida “Truus” van Oostveen
        // says").
        && (tokens[open - 1].first_name().is_some()
            || (!tokens[open - 1].has(
                lexicon::NOT_NAME | lexicon::ORGANISATION | lexicon::PLACE | lexicon::TITLE,
            ) && open >= 2
                && (tokens[open - 2].is_lower()
                    || tokens[open - 2].has(lexicon::TITLE)
                    || is_dash(tokens, open - 2)
                    || opens_sentence(text, tokens, open - 1))
                && tokens
                    .get(after + 1)
                    .is_none_or(|n| !n.is_capitalised() || n.para != tokens[after].para)))
}

/// Whether token `k`, an ampersand or "and" between capitalised words,
/// joins the name `run` after it to the words before it: an ampersand
/// always ("Procter & Gamble"), "and" only inside an organisation's name
/// ("Food and Drug Administration", "Department of Health and Human
/// Services"), never between two people ("Clinton and Sanders").
fn joins_organisation(
    text: &str,
    tokens: &[Token],
    k: usize,
    lo: usize,
    run: std::ops::RangeInclusive<usize>,
) -> bool {
    if tokens[k].is_punct(',') {
        return body_list_comma(text, tokens, k, lo);
    }
    let amp = tokens[k].is_punct('&');
    // (A list's last comma may come before its "and": "Sciences,
    // Engineering, and Medicine".)
    let item_before = k > lo
        && (is_name_part(tokens, k - 1)
            || (tokens[k - 1].is_punct(',') && body_list_comma(text, tokens, k - 1, lo)));
    if k <= lo || !(amp || word(text, tokens, k) == "and") || !item_before {
        return false;
    }
    if !tokens.get(*run.start()).is_some_and(Token::is_capitalised) {
        return false;
    }
    if amp {
        return true;
    }
    let mut b = k - 1;
    while b > lo
        && k - b < BODY_LIST_TOKENS
        && (is_name_part(tokens, b - 1)
            || joins_name(text, tokens, b - 1, lo)
            || (tokens[b - 1].is_punct(',') && body_list_comma(text, tokens, b - 1, lo)))
    {
        b -= 1;
    }
    // "Minister of Information and Culture Lai Bako": the office of a
    // title runs over "and".
    let office = (b..k).any(|i| {
        matches!(word(text, tokens, i), "of" | "for") && i > 0 && tokens[i - 1].has(lexicon::TITLE)
    });
    // An organisation's word heads the name ("Drug Administration") or
    // opens it before "of" or "for" ("Centers for Disease Control and
    // Prevention"); no title or given name on either side: "Phil Berger
    // and House Speaker Tim Moore", "Vicente Fox and Felipe Calderón" are
    // two people.
    let org = |t: &Token| t.has(lexicon::ORGANISATION) && t.is_capitalised();
    let head = org(&tokens[*run.end()]);
    // (Past a list's commas: "National Academies of Sciences, Engineering
    // and Medicine".)
    // (The words before the body's word then are no part of the list:
    // "National" may be a title's word.)
    let listed = tokens[b..k].iter().any(|t| t.is_punct(','));
    if listed {
        if let Some(i) =
            (b..k).find(|&i| org(&tokens[i]) && matches!(word(text, tokens, i + 1), "of" | "for"))
        {
            b = i;
        }
    }
    // ("the Lagos State Ministry of Innovation and Technology": or one's
    // word before "of" after capitalised words.)
    // (A title's word before it is the body's: "State", "National".)
    let placed_lead = (b..k).find(|&i| {
        org(&tokens[i])
            && matches!(word(text, tokens, i + 1), "of" | "for")
            && tokens[b..i].iter().all(Token::is_capitalised)
    });
    let lead = (org(&tokens[b]) && (b..k).any(|i| matches!(word(text, tokens, i), "of" | "for")))
        || placed_lead.is_some();
    // ("U.S. Customs and Border Protection": or one's word right before
    // "and".)
    let before = org(&tokens[k - 1]);
    let words = || {
        tokens[placed_lead.unwrap_or(b)..k]
            .iter()
            .chain(&tokens[run.clone()])
    };
    office
        || ((head || lead || before)
            && !words().any(|t| t.has(lexicon::TITLE) || t.first_name().is_some()))
}

/// Whether token `k` is an office's holder in the possessive ("Sheriff's",
/// "Auditor's", "Ombudsman's") right before token `next`, a body's word
/// ("Office", "Department"): a part of the body's name.
fn office_possessive(text: &str, tokens: &[Token], k: usize, next: usize) -> bool {
    let t = &tokens[k];
    // (The flags first: this runs at the left end of every name.)
    if !(next == k + 1
        && t.is_capitalised()
        && tokens
            .get(next)
            .is_some_and(|n| n.is_capitalised() && n.has(lexicon::ORGANISATION)))
    {
        return false;
    }
    let Some(stem) = crate::text::possessive_stem(t.span().as_str(text)) else {
        return false;
    };
    t.has(lexicon::TITLE)
        || lexicon::entry(stem).is_some_and(|e| e.has(lexicon::TITLE))
        || (has_person_ending(stem) && stem.len() > 4)
        || stem.ends_with("man")
}

/// How many tokens a mention read rightwards may run.
const MENTION_TOKENS: usize = 14;

/// How many tokens a body's name with a list after its "of" may run
/// ("the Ministry of Housing, Communities and Local Government").
const BODY_LIST_TOKENS: usize = 12;

/// Whether the comma at token `k` separates the items of a list inside
/// a body's name, after a body's word and its "of" or "for" ("the
/// National Academies of Sciences, Engineering and Medicine", "the
/// Department for Environment, Food and Rural Affairs"): capitalised
/// words on both sides, an "and" and a capitalised word closing the
/// list, no title or given name anywhere.
fn body_list_comma(text: &str, tokens: &[Token], k: usize, lo: usize) -> bool {
    let t = &tokens[k];
    if !t.is_punct(',') || k <= lo + 2 || !is_name_part(tokens, k - 1) {
        return false;
    }
    let plain = |i: usize| {
        let u = &tokens[i];
        u.para == t.para && !u.quoted && !u.has(lexicon::TITLE) && u.first_name().is_none()
    };
    let cap = |i: usize| i < tokens.len() && is_name_part(tokens, i) && tokens[i].is_capitalised();
    // Leftwards: the body's word and its "of" or "for", over names,
    // connectors and earlier commas of the list.
    let mut lead = false;
    let mut b = k;
    while b > lo && k - b < BODY_LIST_TOKENS {
        b -= 1;
        let u = &tokens[b];
        let w = word(text, tokens, b);
        if !plain(b)
            || !(is_name_part(tokens, b) || u.is_punct(',') || is_connector(w) || w == "for")
        {
            break;
        }
        if matches!(w, "of" | "for")
            && b > lo
            && tokens[b - 1].has(lexicon::ORGANISATION)
            && tokens[b - 1].is_capitalised()
        {
            lead = true;
            break;
        }
    }
    if !lead {
        return false;
    }
    // Rightwards: more items, then "and" (maybe after a comma) and the
    // last item.
    let mut i = k + 1;
    while i < tokens.len() && i <= k + BODY_LIST_TOKENS && plain(i) {
        if word(text, tokens, i) == "and" {
            return cap(i + 1) && plain(i + 1);
        }
        if !(cap(i) || tokens[i].is_punct(',') || is_connector(word(text, tokens, i))) {
            return false;
        }
        i += 1;
    }
    false
}

/// Whether token `k` is the apostrophe of a plural in the possessive,
/// a token of its own right after the plural's "s" ("Sanders’", "players'"),
/// past token `lo`.
pub(crate) fn is_plural_apostrophe(text: &str, tokens: &[Token], k: usize, lo: usize) -> bool {
    let t = &tokens[k];
    (t.is_punct('\'') || t.is_punct('’'))
        && k > lo
        && tokens[k - 1].para == t.para
        && word(text, tokens, k - 1).ends_with('s')
        && t.span().start == tokens[k - 1].span().end
}

/// Where a plural in the possessive that ends at token `k` starts, when it
/// is part of the name of a body, `run`, after it: "the Irish Farmers’
/// Association", "the National Nurses’ Union", "the Fishermen’s
/// Co-operative Society". (A singular possessive names an owner, not a
/// body: "Trump’s Campaign".)
fn plural_possessive_in_body(
    text: &str,
    tokens: &[Token],
    k: usize,
    lo: usize,
    run: std::ops::RangeInclusive<usize>,
) -> Option<usize> {
    // (The body's word heads the name or opens it: "the International
    // Workers’ Union of Canada".)
    let (first, head) = (&tokens[*run.start()], &tokens[*run.end()]);
    if !first.is_capitalised()
        || !(head.has(lexicon::ORGANISATION) && head.is_capitalised()
            || first.has(lexicon::ORGANISATION))
    {
        return None;
    }
    let t = &tokens[k];
    let plural =
        |p: &Token| p.is_capitalised() && p.first_name().is_none() && !p.has(lexicon::TITLE);
    // "Farmers’": the apostrophe of a regular plural is a token of its own.
    if t.is_punct('\'') || t.is_punct('’') {
        return (is_plural_apostrophe(text, tokens, k, lo) && plural(&tokens[k - 1]))
            .then(|| k - 1);
    }
    // "Children’s", "Fishermen’s": an irregular plural keeps its "’s".
    let stem = crate::text::possessive_stem(word(text, tokens, k))?;
    (t.is_word() && plural(t) && (stem.ends_with("men") || matches!(stem, "Children" | "People")))
        .then_some(k)
}

fn word<'t>(text: &'t str, tokens: &[Token], i: usize) -> &'t str {
    tokens.get(i).map_or("", |t| t.span().as_str(text))
}

/// Months that are also given names, as written ("May Lin Chow", "June
/// Okafor").
const MONTHS_AS_GIVEN_NAMES: ShortList = ShortList::new(&["May", "June", "April"]);

/// Whether token `i` can be part of a capitalised name (decided once per
/// token by [`mark_name_parts`]).
fn is_name_part(tokens: &[Token], i: usize) -> bool {
    tokens[i].name_part
}

/// Whether the token after `i`, in its paragraph, is a capitalised word
/// that may be a name's ("May Lin", "Chief Sunday Agbaje-Okoro").
fn name_word_follows(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| {
        n.para == tokens[i].para
            && !n.quoted
            && n.is_word()
            && n.is_capitalised()
            && !n.has(lexicon::NOT_NAME | lexicon::PLACE | lexicon::ORGANISATION)
    })
}

/// Whether the capitalised words after a middle name at `i` ("Said" of
/// "Mwanaisha Said Omar") are one or two that may be a name's (at least
/// one), followed by no capitalised word: a name, not a heading in title
/// case.
fn middle_name_run_ends(tokens: &[Token], i: usize) -> bool {
    let mut k = i;
    for _ in 0..2 {
        if !name_word_follows(tokens, k) || tokens[k + 1].has(lexicon::INFLECTED_VERB) {
            break;
        }
        k += 1;
    }
    k > i
        && tokens
            .get(k + 1)
            .is_none_or(|n| n.para != tokens[i].para || !n.is_capitalised())
}

/// Marks the tokens that can be part of a capitalised name: capitalised
/// words outside quotations that are not function words, reporting verbs,
/// possessives or a participle opening a sentence ("Reprising his role").
pub(crate) fn mark_name_parts(text: &str, tokens: &mut [Token]) {
    let mut surnames: Vec<&str> = Vec::new();
    for i in 0..tokens.len() {
        let t = &tokens[i];
        let part = !t.quoted
            && t.is_word()
            && (t.is_capitalised() || is_particle_name(t.span().as_str(text)))
            && {
                let w = t.span().as_str(text);
                let sentence_start = opens_sentence(text, tokens, i);
                // "Schilling describes": a reporting verb after it makes it a
                // name.
                // An adverb may come between ("Henning also said").
                let mut k = i + 1;
                if tokens.get(k).is_some_and(|n| {
                    n.para == t.para
                        && n.is_lower()
                        && (n.has(lexicon::FILLER) || is_adverb(n.span().as_str(text)))
                }) {
                    k += 1;
                }
                let verb_next = tokens.get(k).is_some_and(|n| {
                    n.para == t.para && n.is_lower() && n.has(lexicon::INFLECTED_VERB)
                });
                // (Not a given name: "Mohammed Saleh said", "Winifred".)
                // ("“… that's Priya.” Cross-examined by Oluwaseun Adebayo
                // KC": or after a quotation, before "by".)
                let after_quote = i > 0
                    && tokens[i - 1].quoted
                    && tokens[i - 1].para == t.para
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| n.span().as_str(text) == "by");
                let participle = (sentence_start || after_quote)
                    && w.len() > 5
                    && (w.ends_with("ing") || w.ends_with("ed"))
                    && t.first_name().is_none()
                    && !verb_next;
                let adverb = sentence_start && is_adverb(w);
                // ("the United States said": a place's word that is also a
                // verb's form, after a capitalised word of the place.)
                // ("the Organization of American States said": or of a
                // body's name.)
                let place_word = || {
                    t.has(lexicon::PLACE)
                        && !sentence_start
                        && i > 0
                        && tokens[i - 1].is_capitalised()
                        && tokens[i - 1].para == t.para
                };
                // ("the Court of Appeals said", "the Court of Claims": or
                // a word after a body's word and its "of".)
                let body_word = || {
                    t.has(lexicon::INFLECTED_VERB)
                        && !sentence_start
                        && i > 1
                        && tokens[i - 1].span().as_str(text) == "of"
                        && tokens[i - 2].is_capitalised()
                        && tokens[i - 2].has(lexicon::ORGANISATION)
                };
                // ("Ruthven Brands said", "Hallam Stores": or a word that
                // ends a company's name, after a word of the name.)
                let company_word = || {
                    t.has(lexicon::COMPANY)
                        && !sentence_start
                        && i > 0
                        && tokens[i - 1].name_part
                        && tokens[i - 1].para == t.para
                };
                // ("Tens of thousands of supporters": a quantifier is no
                // name.)
                !participle
                    && !adverb
                    && !t.has(lexicon::QUANTIFIER)
                    && (!t.has(lexicon::NOT_NAME | lexicon::INFLECTED_VERB)
                        || place_word()
                        || body_word()
                        || company_word())
                    && !is_possessive(w)
                    // ("Boston-based Nerivance Therapeutics": where a body
                    // is based is no word of its name.)
                    && !crate::referents::is_placed_modifier(w)
                    // ("Ninety-five Ukrainian servicemen returned": nor a
                    // number's word; the cheap test of its initial first.)
                    && !(matches!(
                        w.as_bytes().first(),
                        Some(b'O' | b'T' | b'F' | b'S' | b'E' | b'N')
                    ) && is_number(w))
            };
        // "Glassworkers Local 219", "UAW Local 600": a union local's
        // number; so a lodge's or a post's ("Fraternal Order of Police
        // Lodge 41", "American Legion Post 12").
        let part = part
            || (i > 0
                && text
                    .as_bytes()
                    .get(t.span().start)
                    .is_some_and(u8::is_ascii_digit)
                && NUMBERED_BODY_WORDS.contains(tokens[i - 1].span().as_str(text))
                && t.span().as_str(text).bytes().all(|b| b.is_ascii_digit())
                && tokens[i - 1].name_part
                && tokens[i - 1].para == t.para);
        // ("Channel One", "Halcyon One said": a number's word after a
        // word of the name.)
        let part = part || numbered_name_word(text, tokens, i);
        // "May Lin Chow was …": a month that is also a given name, opening
        // a sentence before a capitalised word that can be a name.
        let part = part
            || (t.is_capitalised()
                && t.has(lexicon::NOT_NAME)
                && MONTHS_AS_GIVEN_NAMES.contains(t.span().as_str(text))
                && opens_sentence(text, tokens, i)
                && name_word_follows(tokens, i));
        // ("Mr Sang said", "Mrs Will": any capitalised word after an
        // honorific is a surname, a verb's form too.)
        let part = part
            || (i > 0
                && tokens[i - 1].has(lexicon::TITLE)
                && !t.quoted
                && t.is_word()
                && t.is_capitalised()
                && tokens[i - 1].para == t.para
                && is_surname_honorific(tokens[i - 1].span().as_str(text))
                && !is_possessive(t.span().as_str(text)));
        // ("Chief Sunday Agbaje-Okoro": a weekday between a title and a
        // capitalised word is a given name.)
        let part = part
            || (t.is_capitalised()
                && t.has(lexicon::WEEKDAY)
                && i > 0
                && tokens[i - 1].has(lexicon::TITLE)
                && tokens[i - 1].is_capitalised()
                && tokens[i - 1].para == t.para
                && name_word_follows(tokens, i));
        // ("said Mwanaisha Said Omar, who sells": a capitalised verb's
        // form between a word of a name and one or two more, inside a
        // sentence, is a middle name; not in a heading in title case,
        // whose next words are function words: "Obama Said Trump Is".)
        let part = part
            || (i > 0
                && t.is_capitalised()
                && t.has(lexicon::INFLECTED_VERB)
                && tokens[i - 1].name_part
                && tokens[i - 1].para == t.para
                && !tokens[i - 1].has(lexicon::TITLE)
                // (After one given name inside a sentence: not "Glenn Beck
                // Blasts Drudge", "Trump Addresses Munich Attack".)
                && !opens_sentence(text, tokens, i - 1)
                && !(i >= 2 && tokens[i - 2].name_part && tokens[i - 2].para == t.para)
                && !opens_sentence(text, tokens, i)
                && middle_name_run_ends(tokens, i));
        tokens[i].name_part = part;
        // "Police Chief Darnell Weeks … Weeks said": a word that is no name
        // elsewhere ("weeks", "May") is a surname after a given name, and
        // then wherever it is capitalised; so is a surname in -ing or -ed
        // ("Alison Fleming … Fleming, who resigned, said"), which opens a
        // sentence like a participle.
        let t = &tokens[i];
        if let Some(p) = i.checked_sub(1).map(|k| &tokens[k]) {
            // After a known given name, a title ("Mr. More said"), or a
            // capitalised word inside a sentence when a verb follows
            // ("corporator Vasant More said").
            // (Or a middle name after a known given name: "Gilbert
            // Kiprono Sang", whose "Sang" is a verb's form elsewhere.)
            let named_before = || {
                p.first_name().is_some()
                    // (Not in a heading in title case: "Salma Hayek
                    // Described Her …".)
                    || (i >= 2
                        && tokens[i - 2].first_name().is_some()
                        && tokens[i - 2].para == t.para
                        && !part
                        && t.has(lexicon::INFLECTED_VERB)
                        // ("Peter Kiplagat Sang rose": or before a verb.)
                        && tokens.get(i + 1).is_none_or(|n| {
                            n.para != t.para
                                || !n.is_word()
                                || (n.is_lower()
                                    && (n.lemma().is_some()
                                        || n.has(lexicon::INFLECTED_VERB | lexicon::IRREGULAR_PAST)))
                        }))
                    || (p.has(lexicon::TITLE) && !part && t.has(lexicon::NOT_NAME))
                    || (!part
                        && t.has(lexicon::NOT_NAME)
                        && !opens_sentence(text, tokens, i - 1)
                        && tokens.get(i + 1).is_some_and(|n| {
                            n.para == t.para && n.is_lower() && n.has(lexicon::INFLECTED_VERB)
                        }))
            };
            if p.name_part
                && p.para == t.para
                && t.is_capitalised()
                && !t.quoted
                && surnames.len() < 16
                && named_before()
            {
                let w = t.span().as_str(text);
                let participle_like = w.len() > 5 && (w.ends_with("ing") || w.ends_with("ed"));
                if (!part && t.has(lexicon::NOT_NAME | lexicon::INFLECTED_VERB)) || participle_like
                {
                    surnames.push(w);
                }
            }
        }
        // ("Oh Min-jae … “…,” Oh replied": a family name the lists know as
        // another word before a hyphenated given name.)
        let t = &tokens[i];
        if t.is_capitalised()
            && t.has(lexicon::NOT_NAME)
            && t.has(lexicon::FAMILY_FIRST)
            && surnames.len() < 16
            && tokens.get(i + 1).is_some_and(|n| {
                n.para == t.para
                    && n.is_capitalised()
                    && !n.quoted
                    && n.span().as_str(text).contains('-')
            })
        {
            surnames.push(t.span().as_str(text));
        }
    }
    if surnames.is_empty() {
        return;
    }
    for t in tokens.iter_mut() {
        if !t.name_part
            && !t.quoted
            && t.is_capitalised()
            && surnames.contains(&t.span().as_str(text))
        {
            t.name_part = true;
        }
    }
}

/// The name after the particle of a hyphenated surname ("Masri" of
/// "el-Masri", "Jubouri" of "al-Jubouri").
fn particle_stem(w: &str) -> Option<&str> {
    let (particle, stem) = w.split_once('-')?;
    (NAME_CONNECTORS.contains_ignore_ascii_case(particle)
        && stem.chars().next().is_some_and(char::is_uppercase))
    .then_some(stem)
}

/// Whether a lower-case word is a name joined to its particle by a
/// hyphen ("al-Amr", "el-Sisi", "bin-Salman").
fn is_particle_name(w: &str) -> bool {
    // Particles have two or three letters: look no further than that for
    // the hyphen.
    let b = w.as_bytes();
    if b.get(2) != Some(&b'-') && b.get(3) != Some(&b'-') {
        return false;
    }
    w.split_once('-').is_some_and(|(particle, rest)| {
        is_connector(particle) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Endings of adverbs in -ly that no common surname shares ("Immediately",
/// "Finally", "Reportedly"; but "Connolly", "Beverly", "Daly").
const ADVERB_ENDINGS: &[&str] = &[
    "ally", "ately", "ently", "antly", "edly", "ously", "ively", "ingly", "fully", "lessly",
    "arly", "ably", "ibly", "ctly", "ntly", "stly", "tily", "sily", "dily", "vily", "pily", "rily",
    "gily", "kily", "zily", "rtly", "ghtly", "etly", "mply", "ndly", "rmly",
];

/// Whether a word reads as an adverb in -ly (see [`ADVERB_ENDINGS`]).
pub(crate) fn is_adverb(w: &str) -> bool {
    w.len() > 5 && ADVERB_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether token `j` is the first word of its clause: it opens the
/// paragraph or follows a quotation, clause punctuation, a coordinating
/// word or a subordinator.
fn opens_clause(text: &str, tokens: &[Token], j: usize) -> bool {
    match j.checked_sub(1).map(|k| &tokens[k]) {
        None => true,
        Some(p) if p.para != tokens[j].para || p.quoted => true,
        Some(p) => {
            matches!(
                p.span().as_str(text),
                "." | "!" | "?" | "," | ";" | ":" | "—" | "–" | "(" | "what"
            ) || p.has(lexicon::CONJUNCTION | lexicon::SUBORDINATOR)
                // ("PORT ESKER - Bruno Figueiro was …": a hyphen spaced
                // as a dash.)
                || is_dash(tokens, j - 1)
        }
    }
}

/// Whether a description is a part of a person's body after a possessive
/// pronoun ("“…” His voice cracked as he spoke", "Her eyes filled"): it
/// speaks for no one.
fn is_bodily(text: &str, tokens: &[Token], m: &Mention) -> bool {
    m.kind == MentionKind::Description
        && possessive_pronoun_gender(word(text, tokens, m.first_token)).is_some()
        && lexicon::BODILY_NOUNS.contains_ignore_ascii_case(head_noun(m.name.as_str(text)))
}

/// Whether a description opens with "that" right after a conjunction or a
/// reporting verb's inflected form ("said the move was welcome and that
/// staff would recommend"): a clause's "that", no determiner of the
/// description.
fn opens_with_complementiser(text: &str, tokens: &[Token], m: &Mention) -> bool {
    m.kind == MentionKind::Description
        && m.first_token > 0
        && word(text, tokens, m.first_token) == "that"
        && {
            let b = &tokens[m.first_token - 1];
            b.is_lower() && b.has(lexicon::CONJUNCTION | lexicon::INFLECTED_VERB)
        }
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
    let m = mention_ending_at_inner(text, tokens, end, lo)?;
    if is_bodily(text, tokens, &m) || opens_with_complementiser(text, tokens, &m) {
        return None;
    }
    // ("More than 200 actors wrote", "At least 30 officers said": a count's
    // two-word qualifier opens it.)
    if m.kind == MentionKind::Description && m.first_token > lo {
        let f = m.first_token;
        let (before, first) = (word(text, tokens, f - 1), word(text, tokens, f));
        let qualified =
            is_count_qualifier(before, first) && f < end && is_number(word(text, tokens, f + 1));
        if qualified {
            let span = Span::new(tokens[f - 1].span().start, m.span.end);
            return Some(Mention {
                span,
                name: span,
                first_token: f - 1,
                ..m
            });
        }
    }
    // ("Recruitment agent Rajesh Pillai of Kochi-based CareBridge Global
    // said": the person whose "of" phrase names the body they are with,
    // past where it is based.)
    if m.kind == MentionKind::Name {
        let mut p = m.first_token;
        while p > lo && crate::referents::is_placed_modifier(word(text, tokens, p - 1)) {
            p -= 1;
        }
        if p < m.first_token && p >= lo + 2 && word(text, tokens, p - 1) == "of" {
            if let Some(n) = mention_ending_at_inner(text, tokens, p - 2, lo)
                .filter(|n| n.first_token >= lo && n.is_person_name())
            {
                return Some(n);
            }
        }
    }
    // ("A neighbour of murdered pharmacist Teodor Marić told", "The mother
    // of one of the miners told": the person whose "of" phrase the found
    // name or description ends opens the clause and speaks.)
    if matches!(m.kind, MentionKind::Name | MentionKind::Description)
        && m.first_token >= lo + 3
        && (tokens[m.first_token - 1].is_lower()
            || crate::text::is_number_compound(word(text, tokens, m.first_token - 1)))
    {
        if let Some(d) = person_of_phrase(text, tokens, m.first_token, end, lo) {
            return Some(d);
        }
    }
    Some(m)
}

/// How many tokens an "of" phrase after a person's noun may run before
/// the name or description that ends it ("The mother of the youngest of
/// four miners killed in the collapse of …").
const OF_PHRASE_TOKENS: usize = 14;

/// The description of a person opening its clause with an "of" phrase
/// that runs to token `end` through lower-case words from token `first`
/// back ("A neighbour of murdered pharmacist Teodor Marić", "The mother
/// of one of the miners"): a determiner, at most one modifier, a noun for
/// a person and "of"; the outermost such description.
fn person_of_phrase(
    text: &str,
    tokens: &[Token],
    first: usize,
    end: usize,
    lo: usize,
) -> Option<Mention> {
    let para = tokens[first].para;
    // The description of a person whose noun is at token `n`, opening the
    // clause with a determiner right before it or before one modifier, as
    // a mention running to `end`.
    // (`participle`: before a participle's phrase, a noun the lists do
    // not know with a person's ending too, "An art dealer accused of".)
    let opening = |n: usize, participle: bool| {
        let noun = &tokens[n];
        let nw = noun.span().as_str(text);
        let person = lexicon::noun_gender(nw).is_some()
            || is_person_noun(noun, nw)
            || (!participle && noun.has(lexicon::GROUP) && !noun.has(lexicon::ORGANISATION))
            || (participle && lexicon::entry(nw).is_none() && has_person_ending(nw));
        if !noun.is_lower() || !person {
            return None;
        }
        let d = (n.saturating_sub(2).max(lo)..n).rev().find(|&d| {
            matches!(
                word(text, tokens, d),
                "The" | "the" | "A" | "a" | "An" | "an"
            )
        })?;
        ((d + 1 == n || tokens[d + 1].is_lower()) && (d == lo || opens_clause(text, tokens, d)))
            .then(|| {
                let span = Span::new(tokens[d].span().start, tokens[end].span().end);
                let gender = lexicon::noun_gender(nw).unwrap_or(Gender::Unknown);
                description_mention(span, d, SpeakerKind::Person, gender)
            })
    };
    let mut found = None;
    let mut k = first;
    while k > lo && first - k < OF_PHRASE_TOKENS {
        let t = &tokens[k - 1];
        let word_like = t.is_word() || crate::text::is_number_compound(t.span().as_str(text));
        if t.para != para || !word_like || t.quoted {
            break;
        }
        // ("An art dealer accused of selling forged landscapes attributed
        // to the painter Hendrik Vosmaer told": a participle right after
        // the person's noun, a verb's form or not, opens the phrase.)
        // (Not a clause's verb that a conjunction, a subordinator or a
        // day follows: "a woman asked for a photo and Clinton obliged", "A
        // contractor testified on Tuesday that Ashwood".)
        if k >= lo + 3
            && is_past_form(text, t)
            && !tokens[k..end]
                .iter()
                .any(|x| x.has(lexicon::CONJUNCTION | lexicon::SUBORDINATOR | lexicon::WEEKDAY))
        {
            if let Some(d) = opening(k - 2, true) {
                found = Some(d);
                break;
            }
        }
        // (A verb's participle before its preposition reads on too:
        // "landscapes attributed to".)
        if t.lemma().is_some() && !(is_past_form(text, t) && tokens[k].has(lexicon::COMPLEMENT)) {
            break;
        }
        // (A participle reads on, "killed in the collapse", "murdered
        // pharmacist"; a past form before its object is the clause's verb:
        // "The director … defended his decision".)
        if is_past_form(text, t)
            && (tokens[k].pronoun().is_some()
                || crate::cues::is_determiner(tokens[k].span().as_str(text)))
        {
            break;
        }
        k -= 1;
        // ("A first officer with a Delhi-based carrier told", "A nurse at
        // Northfield General said": or "with", "at" or "from".)
        // (Not a statement's: "the statement from the Gaming Unit said".)
        let of = word(text, tokens, k) == "of";
        if !(of || matches!(word(text, tokens, k), "with" | "at" | "from"))
            || k < lo + 2
            || (!of && tokens[k - 1].has(lexicon::STATEMENT_NOUN))
        {
            continue;
        }
        if let Some(d) = opening(k - 1, false) {
            found = Some(d);
        }
    }
    found
}

fn mention_ending_at_inner(text: &str, tokens: &[Token], end: usize, lo: usize) -> Option<Mention> {
    let mut j = end;
    let t = tokens.get(j)?;
    if t.quoted {
        return None;
    }
    if let Some(m) = sourced_description(text, tokens, end, lo) {
        return Some(m);
    }
    if let Some(m) = possessive_form_name(text, tokens, end, lo) {
        return Some(m);
    }
    // ("the area’s MP has said": a title in capitals after a possessive
    // and "the" is the person's office, no name.)
    if j >= lo + 2
        && t.is_capitalised()
        && t.has(lexicon::TITLE)
        && tokens[j - 1].is_lower()
        && crate::text::possessive_stem(word(text, tokens, j - 1)).is_some()
        && is_article(word(text, tokens, j - 2))
    {
        let span = Span::new(tokens[j - 2].span().start, t.span().end);
        return Some(description_mention(
            span,
            j - 2,
            SpeakerKind::Group,
            Gender::Unknown,
        ));
    }
    // "The president himself called it …": a reflexive after the subject
    // only stresses it.
    if j > lo
        && matches!(
            t.span().as_str(text),
            "himself" | "herself" | "itself" | "themselves"
        )
        && !tokens[j - 1].is_punct(',')
    {
        return mention_ending_at(text, tokens, j - 1, lo)
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun(_)));
    }
    // A parenthesis after a name: "Rep. Trey Gowdy (R-S.C.)".
    if t.is_punct(')') {
        let open = (lo..j).rev().take(12).find(|&k| tokens[k].is_punct('('))?;
        j = open.checked_sub(1)?;
        if j < lo {
            return None;
        }
        // "The Economic Community of Coastal States (ECOCS) condemned": a
        // body's name before its initials, from its first word.
        let mut first = j;
        while first > lo
            && j - first < 12
            && tokens[first - 1].para == t.para
            && (tokens[first - 1].is_capitalised()
                || INITIALS_CONNECTORS.contains(word(text, tokens, first - 1)))
        {
            first -= 1;
        }
        while first < j
            && (!tokens[first].is_capitalised()
                || word(text, tokens, first).eq_ignore_ascii_case("the"))
        {
            first += 1;
        }
        if name_before_initials(text, tokens, first) == Some(j) {
            let the = first > lo && word(text, tokens, first - 1).eq_ignore_ascii_case("the");
            let from = if the { first - 1 } else { first };
            return Some(body_name_mention(tokens, from, first, j));
        }
        return mention_ending_at(text, tokens, j, lo);
    }
    // A party tag after a name and a comma: "Sen. Hal Brockway, R-Wyo.,
    // says"; its place may be a city of words more ("D-Kansas City").
    if let Some(tag) = party_tag_ending_at(text, tokens, j, lo) {
        let comma = tag
            .checked_sub(1)
            .filter(|&c| c > lo && tokens[c].is_punct(','))?;
        return mention_ending_at(text, tokens, comma - 1, lo);
    }
    // An appositive between dashes: "Jason Sims — a teacher — says",
    // "Tom Baker -- who scored twice -- said".
    if is_dash(tokens, j) {
        let close = dash_start(tokens, j, lo);
        let open = (lo..close)
            .rev()
            .take(DASH_APPOSITIVE)
            .find(|&k| is_dash(tokens, k))?;
        let open = dash_start(tokens, open, lo);
        // ("The governors — 12 Democrats and 10 Republicans — wrote": a
        // description too.)
        let name = mention_ending_at(text, tokens, open.checked_sub(1)?, lo)?;
        return matches!(name.kind, MentionKind::Name | MentionKind::Description).then_some(name);
    }
    // An appositive: "X, a doctor at Y, said".
    if t.is_punct(',') {
        return appositive_subject(text, tokens, j, lo);
    }
    // "one of them said".
    if j >= lo + 2
        && ONE_OF_GROUP.contains(t.span().as_str(text))
        && word(text, tokens, j - 1) == "of"
        && ONE_OF.contains_ignore_ascii_case(word(text, tokens, j - 2))
        && (j - 2 <= lo || opens_clause(text, tokens, j - 2))
    {
        return Some(one_of_mention(tokens, j - 2, j));
    }
    // "“…,” another said", "Another called it “…”": one more of the
    // people just spoken of.
    if t.span().as_str(text).eq_ignore_ascii_case("another")
        && (j <= lo || opens_clause(text, tokens, j))
    {
        return Some(one_of_mention(tokens, j, j));
    }
    if let Some(g) = t.pronoun() {
        return Some(pronoun_mention(t.span(), j, g));
    }
    if let Some(m) = form_of_address(text, tokens, j, lo) {
        return Some(m);
    }
    // "“…,” someone called out": someone unnamed, opening the clause.
    if matches!(
        t.span().as_str(text),
        "someone" | "Someone" | "somebody" | "Somebody"
    ) && (j <= lo || opens_clause(text, tokens, j))
    {
        return Some(description_mention(
            t.span(),
            j,
            SpeakerKind::Group,
            Gender::Unknown,
        ));
    }
    // "“…,” the two write": a number of people just spoken of.
    if j > lo
        && COUNTED.contains(t.span().as_str(text))
        && word(text, tokens, j - 1).eq_ignore_ascii_case("the")
        && (j - 1 <= lo || opens_clause(text, tokens, j - 1))
    {
        let span = Span::new(tokens[j - 1].span().start, t.span().end);
        return Some(description_mention(
            span,
            j - 1,
            SpeakerKind::Group,
            Gender::Plural,
        ));
    }
    // "63 percent said", "About four in 10 said": a share of people
    // polled.
    if let Some(first) = share_ending_at(text, tokens, j, lo) {
        let span = Span::new(tokens[first].span().start, t.span().end);
        return Some(description_mention(
            span,
            first,
            SpeakerKind::Group,
            Gender::Plural,
        ));
    }
    // "“…,” one said": one of a group just spoken of.
    if ONE_OF.contains_ignore_ascii_case(t.span().as_str(text))
        && (j <= lo || opens_clause(text, tokens, j))
    {
        return Some(one_of_mention(tokens, j, j));
    }
    // "Some chanted", "and others said": a quantifier opening its clause
    // stands for people.
    if t.has(lexicon::QUANTIFIER) && (j <= lo || opens_clause(text, tokens, j)) {
        return Some(description_mention(
            t.span(),
            j,
            SpeakerKind::Group,
            Gender::Plural,
        ));
    }
    let m = if is_name_part(tokens, j) {
        let m = name_ending_at(text, tokens, j, lo)?;
        // "Farmers in Iowa and Nebraska said", "Officials from the Midwest
        // and the South said": names after a group and its preposition of
        // place are the group's, which speaks.
        if let Some(group) = group_from_places(text, tokens, m.first_token, lo) {
            let span = Span::new(group.span.start, m.span.end);
            return Some(Mention {
                span,
                name: span,
                ..group
            });
        }
        m
    } else if t.is_word() && !t.is_capitalised() {
        let Some(d) = description_ending_at(text, tokens, j, lo)
            .or_else(|| description_of_ending_at(text, tokens, j, lo))
        else {
            // "a woman in the back asked": a person before a place that is
            // no description itself.
            return (j >= lo + 3
                && word(text, tokens, j - 1).eq_ignore_ascii_case("the")
                && tokens[j - 2].has(lexicon::COMPLEMENT))
            .then(|| mention_ending_at(text, tokens, j - 3, lo))
            .flatten()
            .filter(|h| {
                h.kind == MentionKind::Description
                    && (lexicon::noun_gender(head_noun(h.name.as_str(text))).is_some()
                        || is_person_word(head_noun(h.name.as_str(text))))
            })
            .map(|h| headed_by(h, t.span().end));
        };
        // "One of the victims said": one person of the group.
        if let Some(one) = d.first_token.checked_sub(2).filter(|&o| {
            o >= lo
                && word(text, tokens, o + 1) == "of"
                && ONE_OF.contains_ignore_ascii_case(word(text, tokens, o))
                && (o == lo || opens_clause(text, tokens, o))
        }) {
            return Some(one_of_mention(tokens, one, j));
        }
        // "Bill Bruch, a delegate from Colorado said": the name before the
        // description is the speaker.
        if let Some(name) = appositive_name_before(text, tokens, d.first_token, lo) {
            return Some(name);
        }
        // "Protesters marching through the streets chanted": a participle
        // phrase after the speaker.
        if d.first_token >= lo + 3 && tokens[d.first_token - 1].has(lexicon::COMPLEMENT) {
            let p = d.first_token - 2;
            let pw = word(text, tokens, p);
            if tokens[p].is_lower()
                && tokens[p].lemma().is_none()
                && pw.len() > 4
                && (pw.ends_with("ing") || pw.ends_with("ed"))
            {
                if let Some(head) = mention_ending_at(text, tokens, p - 1, lo).filter(|h| {
                    h.speaker_kind != SpeakerKind::Person || h.kind == MentionKind::Name
                }) {
                    return Some(head);
                }
            }
        }
        // "Trump in his announcement speech called": a person before a
        // prepositional phrase is the speaker.
        // (Not the subject of a clause after a verb and its subordinator:
        // "The trial collapsed after jurors said".)
        if d.first_token >= lo + 2
            && tokens[d.first_token - 1].has(lexicon::COMPLEMENT)
            && tokens[d.first_token - 2].is_word()
            && !(tokens[d.first_token - 1].has(lexicon::SUBORDINATOR)
                && is_past_form(text, &tokens[d.first_token - 2]))
        {
            if let Some(head) = mention_ending_at(text, tokens, d.first_token - 2, lo) {
                // ("The senator during a town hall called": or anyone
                // before a phrase of time that opens no clause; not "a
                // fine after the man had posted", the man's words.)
                if head.is_person_name()
                    || TIME_PREPOSITIONS.contains(word(text, tokens, d.first_token - 1))
                {
                    return Some(head);
                }
                // "Neighbors of the family": a group noun heads it.
                if is_group_head(tokens, &head) {
                    return Some(headed_by(head, d.span.end));
                }
            }
        }
        return Some(d);
    } else {
        return None;
    };
    // "Rachel Berg of Monsey", "a spokesman for Trump": the head before a
    // prepositional phrase is the speaker.
    // (Not a phrase of time or comparison: "issued a statement after
    // Donald Trump told", "a man like Trump".)
    // (Nor across a comma: "The debate was tense, with Quillfeather
    // accusing".)
    // (Nor after a verb: "The loudest objection came from Councillor Ann
    // Briggs:".)
    // (A participle before its agent or place reads on: "A letter …
    // obtained by The Associated Press", "a student murdered in
    // Coldbrook".)
    // ("Sen. Hernán Gamarra Oriol of the center-right Alianza Republicana
    // called": past "the" and a hyphenated modifier before the name.)
    // ("A spokesperson for the federal Department of Marine Services": or
    // any lower-case modifier after "the" before a body's name.)
    let mut pp = m.first_token;
    while pp > lo + 2 && m.first_token - pp < 2 && {
        let t = &tokens[pp - 1];
        let w = t.span().as_str(text);
        t.para == tokens[m.first_token].para
            && t.is_lower()
            && t.lemma().is_none()
            && ((pp == m.first_token
                && (w.contains('-')
                    || (m.speaker_kind == SpeakerKind::Organisation
                        && pp >= 2
                        && word(text, tokens, pp - 2) == "the")))
                || (pp < m.first_token && w == "the"))
    } {
        pp -= 1;
    }
    let pp = if pp < m.first_token && word(text, tokens, pp) == "the" {
        pp
    } else {
        m.first_token
    };
    let verb_before = |t: &Token| t.is_lower() && t.has(lexicon::IRREGULAR_PAST);
    if pp >= lo + 2
        && tokens[pp - 1].has(lexicon::COMPLEMENT)
        && tokens[pp - 2].is_word()
        && !verb_before(&tokens[pp - 2])
        && !PHRASE_NOT_A_MODIFIER.contains(word(text, tokens, pp - 1))
    {
        // "Another source speaking to Fox News": a participle before the
        // preposition ends the description ("a scribe based in Jerusalem"
        // too).
        let mut head_end = pp - 2;
        if head_end > lo
            && {
                let w = word(text, tokens, head_end);
                w.ends_with("ing") || (w.ends_with("ed") && w.len() > 4)
            }
            && tokens[head_end].is_lower()
        {
            head_end -= 1;
            if let Some(d) = mention_ending_at(text, tokens, head_end, lo)
                .filter(|d| d.kind == MentionKind::Description)
            {
                return Some(d);
            }
        }
        match mention_ending_at(text, tokens, pp - 2, lo) {
            Some(head) if head.is_person_name() => return Some(head),
            // ("The Foreign Ministry in Beijing said": a body's name before
            // the place it sits in.)
            Some(head)
                if head.kind == MentionKind::Name
                    && head.speaker_kind == SpeakerKind::Organisation
                    && (!m.is_person_name()
                        || (m.title.is_none()
                            && given_name_gender(m.name.as_str(text)).is_none()))
                    && matches!(word(text, tokens, pp - 1), "in" | "at")
                    // (Opening the clause: not the tail of "Scientists at
                    // the Marine and Fisheries Institute in Hoima".)
                    && (head.first_token == lo || !tokens[head.first_token - 1].is_word()) =>
            {
                // (A one-word body keeps its place, as a group's: "Police
                // in Haryana".)
                let one_word = pp - 1 - head.first_token == 1;
                return Some(if one_word {
                    headed_by(head, m.span.end)
                } else {
                    head
                });
            }
            // ("The senator during a town hall in Iowa": a head found past
            // a phrase of time.)
            Some(head) if head.span.end < tokens[pp - 2].span().end => return Some(head),
            // "Lawyers for Marcus Reed", "Friends of Ann Lee": a group
            // noun opening the sentence, capitalised, heads it too.
            Some(head) if head.kind == MentionKind::Description || is_group_head(tokens, &head) => {
                return Some(headed_by(head, m.span.end));
            }
            _ => {}
        }
    }
    Some(person_of_body(text, tokens, &m, lo).unwrap_or(m))
}

/// How many capitalised words a body's name may have before the last
/// one read as a name ("Protection Now" before "Jordan").
const BODY_NAME_WORDS_BACK: usize = 3;

/// The person named before "of the" or "at the" and a body's name `m`
/// ("Peter Hollis of the conservative Lindell Institute said", "Judge
/// Constance Harwell of the United States Bankruptcy Court for the
/// District of Delaware said").
fn person_of_body(text: &str, tokens: &[Token], m: &Mention, lo: usize) -> Option<Mention> {
    // ("Leila Sabbagh of the charity Protection Now said": or a name read
    // as a person's after a noun for a body.)
    // ("… of the charity Protection Now Jordan put it": past the words of
    // its name no name is read in.)
    let mut name_start = m.first_token;
    while name_start > lo + 1
        && m.first_token - name_start < BODY_NAME_WORDS_BACK
        && tokens[name_start - 1].is_word()
        && tokens[name_start - 1].is_capitalised()
        && tokens[name_start - 1].para == tokens[m.first_token].para
    {
        name_start -= 1;
    }
    let after_body_noun = name_start > lo
        && tokens[name_start - 1].is_lower()
        && crate::referents::is_body_noun(word(text, tokens, name_start - 1));
    if m.kind != MentionKind::Name || (m.speaker_kind == SpeakerKind::Person && !after_body_noun) {
        return None;
    }
    // (An adjective or two, or a place, before the body's name.)
    let mut p = if after_body_noun {
        name_start
    } else {
        m.first_token
    };
    let p0 = p;
    while p > lo + 1
        && p0 - p < 3
        && tokens[p - 1].is_word()
        && ((tokens[p - 1].is_lower()
            && tokens[p - 1].lemma().is_none()
            && !tokens[p - 1].has(lexicon::COMPLEMENT | lexicon::GROUP | lexicon::TITLE))
            || (tokens[p - 1].is_capitalised() && tokens[p - 1].has(lexicon::PLACE))
            // ("the Amman-based charity")
            || crate::referents::is_placed_modifier(word(text, tokens, p - 1)))
    {
        p -= 1;
    }
    if p >= lo + 2
        && matches!(word(text, tokens, p - 1), "of" | "at")
        && word(text, tokens, p).eq_ignore_ascii_case("the")
    {
        return mention_ending_at(text, tokens, p - 2, lo).filter(Mention::is_person_name);
    }
    // ("… Court for the District of Delaware": the body's own "for the"
    // and its district.)
    if m.first_token >= lo + 3
        && word(text, tokens, m.first_token - 1) == "the"
        && word(text, tokens, m.first_token - 2) == "for"
    {
        let body = mention_ending_at(text, tokens, m.first_token - 3, lo)?;
        return person_of_body(text, tokens, &body, lo);
    }
    None
}

/// The gender of a possessive pronoun ("his", "Her", "their"; "its" for a
/// body's: "Acme did not object, although its response noted").
pub(crate) fn possessive_pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "his" | "His" => Some(Gender::Male),
        "her" | "Her" => Some(Gender::Female),
        "their" | "Their" => Some(Gender::Plural),
        "its" | "Its" => Some(Gender::Neuter),
        _ => None,
    }
}

/// The possessor named by token `k`: a possessive pronoun ("her") or a
/// name in the possessive ("Barbara Lin's"), as a mention of the person.
fn possessor(text: &str, tokens: &[Token], k: usize, lo: usize) -> Option<Mention> {
    let t = &tokens[k];
    let w = t.span().as_str(text);
    if let Some(g) = possessive_pronoun_gender(w) {
        return Some(pronoun_mention(t.span(), k, g));
    }
    if !t.is_capitalised() || !is_possessive(w) {
        return None;
    }
    let stem = crate::text::possessive_stem(w)?;
    let mut first = k;
    while first > lo && is_name_part(tokens, first - 1) && tokens[first - 1].para == t.para {
        first -= 1;
    }
    if first == k {
        return None;
    }
    let name = Span::new(tokens[first].span().start, t.span().start + stem.len());
    Some(possessor_mention(
        name,
        first,
        gender_of(text, tokens, first, first),
    ))
}

/// The owner of words quoted between a possessive and a statement noun
/// ("Obama's “if you like your plan, you can keep it” promise", "her
/// “basket of deplorables” remark"): the possessor at token `oi - 1`
/// before the opening mark, when the token `ai` after the closing mark is
/// such a noun.
pub(crate) fn owner_around(
    text: &str,
    tokens: &[Token],
    oi: usize,
    ai: usize,
    lo: usize,
) -> Option<Mention> {
    let p = oi.checked_sub(1).filter(|&p| p >= lo)?;
    let noun = tokens.get(ai)?;
    if !(noun.is_lower() && noun.has(lexicon::STATEMENT_NOUN) && noun.para == tokens[p].para) {
        return None;
    }
    // (The possessor before the opening mark as before a noun.)
    statement_owner(text, tokens, oi, lo)
}

/// The owner of a statement noun at token `k` ("Senator Lina Corvo’s
/// claim", "Quist's answer", "her remark"): the possessor before it, a
/// name in the possessive or a possessive pronoun.
pub(crate) fn statement_owner(
    text: &str,
    tokens: &[Token],
    k: usize,
    lo: usize,
) -> Option<Mention> {
    let mut p = k.checked_sub(1).filter(|&p| p >= lo)?;
    // "Trump's controversial pledge", "her latest tweets": past an
    // adjective or two.
    let adjective = |t: &Token| {
        let w = t.span().as_str(text);
        t.is_word()
            && t.is_lower()
            && t.lemma().is_none()
            && t.pronoun().is_none()
            && !is_possessive(w)
            && !crate::cues::is_determiner(w)
            && !t.has(
                lexicon::COMPLEMENT
                    | lexicon::CONJUNCTION
                    | lexicon::SUBORDINATOR
                    | lexicon::RELATIVE
                    | lexicon::STATEMENT_NOUN
                    | lexicon::GROUP
                    | lexicon::TITLE,
            )
    };
    while p > lo && k - p <= 2 && tokens[p].para == tokens[k].para && adjective(&tokens[p]) {
        p -= 1;
    }
    if let Some(m) = possessor(text, tokens, p, lo) {
        // "Secretary of State Hillary Clinton's claim": the name after
        // the title's words.
        let mut first = m.first_token;
        while first < p
            && (tokens[first].has(lexicon::TITLE | lexicon::PLACE)
                || is_connector(word(text, tokens, first)))
        {
            first += 1;
        }
        let name = Span::new(tokens[first].span().start, m.name.end);
        return Some(Mention {
            span: name,
            name,
            first_token: first,
            ..m
        });
    }
    let t = &tokens[p];
    let w = t.span().as_str(text);
    // "The Florida senator's answer": a described person in the
    // possessive, from its determiner.
    if t.is_lower() && is_possessive(w) {
        let stem = crate::text::possessive_stem(w).filter(|s| !s.is_empty())?;
        if !lexicon::entry(stem).is_some_and(|e| e.has(lexicon::GROUP | lexicon::TITLE)) {
            return None;
        }
        let det = (p.saturating_sub(4).max(lo)..p).rev().find(|&d| {
            let dw = word(text, tokens, d);
            dw.eq_ignore_ascii_case("the") || is_indefinite(dw)
        })?;
        if tokens[det + 1..p].iter().any(|x| !x.is_word()) {
            return None;
        }
        let span = Span::new(tokens[det].span().start, t.span().start + stem.len());
        return Some(description_mention(
            span,
            det,
            SpeakerKind::Person,
            Gender::Unknown,
        ));
    }
    // A surname alone in the possessive ("Quist's answer").
    if !t.is_capitalised() || !is_possessive(w) {
        return None;
    }
    let stem = crate::text::possessive_stem(w).filter(|s| s.len() > 1)?;
    if lexicon::entry(stem)
        .is_some_and(|e| e.has(lexicon::NOT_NAME | lexicon::PLACE | lexicon::ORGANISATION))
    {
        return None;
    }
    let name = Span::new(t.span().start, t.span().start + stem.len());
    Some(possessor_mention(name, p, Gender::Unknown))
}

/// Words for one unnamed member of a group just spoken of: "“…,” one
/// said", "said another", "one of them told me".
const ONE_OF: ShortList = ShortList::new(&["one", "another"]);

/// Number words, for shares of people ("four in 10", "Sixty-two
/// percent").
const NUMBER_WORDS: ShortList = ShortList::new(&[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
]);

/// Words that qualify a share ("About four in 10", "Only 52 percent").
const SHARE_QUALIFIERS: ShortList = ShortList::new(&[
    "about", "only", "nearly", "almost", "roughly", "some", "just", "fully", "around", "over",
]);

/// Whether two words qualify a count of people before its number ("More
/// than 200 actors", "At least 30 officers", "Fewer than 10").
fn is_count_qualifier(first: &str, second: &str) -> bool {
    matches!(
        (first, second),
        ("More" | "more" | "Fewer" | "fewer", "than") | ("At" | "at", "least")
    )
}

/// Whether `w` is a number, in digits or words ("52", "four",
/// "Sixty-two").
pub(crate) fn is_number(w: &str) -> bool {
    !w.is_empty()
        && (w
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            && w.bytes().any(|b| b.is_ascii_digit())
            || w.split('-')
                .all(|part| NUMBER_WORDS.contains_ignore_ascii_case(part)))
}

/// The first token of a share of people ending at token `j` ("63
/// percent", "About four in 10"), opening its clause, if it is one.
fn share_ending_at(text: &str, tokens: &[Token], j: usize, lo: usize) -> Option<usize> {
    let w = word(text, tokens, j);
    let mut first = if w == "percent" && j > lo && is_number(word(text, tokens, j - 1)) {
        j - 1
    } else if j >= lo + 2
        && is_number(w)
        && word(text, tokens, j - 1) == "in"
        && is_number(word(text, tokens, j - 2))
    {
        j - 2
    } else {
        return None;
    };
    if first > lo && SHARE_QUALIFIERS.contains_ignore_ascii_case(word(text, tokens, first - 1)) {
        first -= 1;
    }
    (first <= lo || opens_clause(text, tokens, first)).then_some(first)
}

/// Numbers that stand for the people just named ("the two wrote").
pub(crate) const COUNTED: ShortList = ShortList::new(&["two", "three", "four", "five"]);

/// The group "one of" takes a member from ("one of them").
const ONE_OF_GROUP: ShortList = ShortList::new(&["them", "those", "us"]);

/// The mention of one unnamed member of a group from token `first` ("one",
/// "another", "one of them") to token `last`.
fn one_of_mention(tokens: &[Token], first: usize, last: usize) -> Mention {
    let span = Span::new(tokens[first].span().start, tokens[last].span().end);
    description_mention(span, first, SpeakerKind::Group, Gender::Unknown)
}

/// The mention "one", "another" or "one of them" at tokens `first..`, if it
/// is whole: the pronoun after "of" ends it, or the word stands alone
/// before punctuation or the end of the text.
fn one_of_starting_at(text: &str, tokens: &[Token], first: usize) -> Option<Mention> {
    if !ONE_OF.contains_ignore_ascii_case(word(text, tokens, first)) {
        return None;
    }
    if word(text, tokens, first + 1) == "of" {
        // Not "One of those donors, …": the group is named after it.
        let whole = tokens
            .get(first + 3)
            .is_none_or(|n| !n.is_word() || n.para != tokens[first].para);
        return (whole && ONE_OF_GROUP.contains(word(text, tokens, first + 2)))
            .then(|| one_of_mention(tokens, first, first + 2));
    }
    // ("One, a retired nurse who lives on Elm Street, told": the one
    // described in the appositive.)
    if tokens.get(first + 1).is_some_and(|c| c.is_punct(','))
        && is_indefinite(word(text, tokens, first + 2))
        && !word(text, tokens, first + 2).eq_ignore_ascii_case("one")
    {
        let hi = tokens.len().min(first + 2 + ONE_APPOSED_WORDS);
        if let Some(d) = mention_starting_at(text, tokens, first + 2, hi)
            .filter(|d| d.kind == MentionKind::Description && d.first_token == first + 2)
        {
            return Some(d);
        }
    }
    tokens
        .get(first + 1)
        .is_none_or(|n| !n.is_word() || n.para != tokens[first].para)
        .then(|| one_of_mention(tokens, first, first))
}

/// How many tokens the description apposed to "One" may take ("One, a
/// retired nurse who lives on Elm Street,").
const ONE_APPOSED_WORDS: usize = 12;

/// A person's name in the possessive, without its ending, from token
/// `first`.
fn possessor_mention(name: Span, first: usize, gender: Gender) -> Mention {
    Mention {
        span: name,
        name,
        title: None,
        kind: MentionKind::Name,
        speaker_kind: SpeakerKind::Person,
        gender,
        first_token: first,
    }
}

/// A description spanning `span` from token `first`, named as written.
pub(crate) fn description_mention(
    span: Span,
    first: usize,
    speaker_kind: SpeakerKind,
    gender: Gender,
) -> Mention {
    Mention {
        span,
        name: span,
        title: None,
        kind: MentionKind::Description,
        speaker_kind,
        gender,
        first_token: first,
    }
}

/// A bare singular noun for a speaker at token `k` ("leader", "mayor") as
/// a description: a headline drops its articles ("Council tax to rise as
/// leader warns of ‘…’", "…, mayor says"), so there it speaks.
pub(crate) fn bare_role(text: &str, tokens: &[Token], k: usize) -> Option<Mention> {
    let t = tokens.get(k)?;
    let w = t.span().as_str(text);
    (t.is_word()
        && !t.quoted
        && t.is_lower()
        && t.has(lexicon::GROUP)
        && !t.has(lexicon::STATEMENT_NOUN)
        && !crate::cues::is_plural_form(w))
    .then(|| description_mention(t.span(), k, SpeakerKind::Group, Gender::Unknown))
}

/// A pronoun at token `k` as a mention: a person for "he" and "she", a
/// group for "they" and "it".
pub(crate) fn pronoun_mention(span: Span, k: usize, g: Gender) -> Mention {
    Mention {
        span,
        name: span,
        title: None,
        kind: MentionKind::Pronoun(g),
        speaker_kind: if g == Gender::Plural || g == Gender::Neuter {
            SpeakerKind::Group
        } else {
            SpeakerKind::Person
        },
        gender: g,
        first_token: k,
    }
}

/// How many tokens an appositive between dashes may run ("Gingrich —
/// mentioned by Newsmax as the leading choice for Republican presidential
/// nominee Donald Trump’s running mate — told").
const DASH_APPOSITIVE: usize = 24;

/// How many words the object of "familiar with" or "close to" may run in
/// a description that ends with it.
const SOURCING_OBJECT: usize = 6;

/// A description of an unnamed source whose phrase after the head ends at
/// token `end`: "a person familiar with the talks", "a source close to
/// her", "two people with knowledge of the plan", "an official briefed on
/// the matter". The object may be any words, a pronoun or a verb's form
/// ("talks") included.
fn sourced_description(text: &str, tokens: &[Token], end: usize, lo: usize) -> Option<Mention> {
    let para = tokens[end].para;
    let from = end.saturating_sub(SOURCING_OBJECT + 1).max(lo + 1);
    // The preposition of the phrase: "familiar with", "close to", "briefed
    // on", "with knowledge of".
    let (prep, head) = (from..end).rev().find_map(|p| {
        // (A flag first: the words are read only at a preposition.)
        if !tokens[p].has(lexicon::COMPLEMENT) {
            return None;
        }
        let before = word(text, tokens, p - 1);
        let ok = match word(text, tokens, p) {
            "with" => before == "familiar",
            "to" => before == "close",
            "on" => before == "briefed",
            "of" => before == "knowledge" && p >= lo + 2 && word(text, tokens, p - 2) == "with",
            _ => false,
        };
        // (Its head may stand before the text's first word: none then.)
        let head = if before == "knowledge" {
            p.checked_sub(3)
        } else {
            p.checked_sub(2)
        };
        ok.then_some(p).zip(head)
    })?;
    if head < lo
        || tokens[head..=end]
            .iter()
            .any(|t| t.para != para || t.quoted || !t.is_word())
        || tokens[prep + 1..=end]
            .iter()
            .any(|t| t.has(lexicon::RELATIVE))
    {
        return None;
    }
    // ("People familiar with …", "Someone close to her": a bare plural
    // or "someone" opening the clause is the head alone.)
    let h = &tokens[head];
    let hw = h.span().as_str(text);
    let lower = hw.to_ascii_lowercase();
    let plural = hw.ends_with('s') || lower == "people";
    let bare = (head == lo || opens_clause(text, tokens, head))
        && (matches!(lower.as_str(), "someone" | "somebody")
            || (plural && (h.has(lexicon::GROUP) || is_person_word(&lower))));
    let d = description_ending_at(text, tokens, head, lo).or_else(|| {
        bare.then(|| {
            let g = if plural {
                Gender::Plural
            } else {
                Gender::Unknown
            };
            description_mention(h.span(), head, SpeakerKind::Group, g)
        })
    })?;
    let span = Span::new(d.span.start, tokens[end].span().end);
    Some(Mention {
        span,
        name: span,
        ..d
    })
}

/// Whether token `k` is a dash between words: an em or en dash, or a
/// hyphen or two standing apart from the words ("Baker -- who …").
pub(crate) fn is_dash(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if t.is_punct('—') || t.is_punct('–') {
        return true;
    }
    if !t.is_punct('-') {
        return false;
    }
    let spaced_before = k == 0 || {
        let p = &tokens[k - 1];
        p.span().end < t.span().start || p.is_punct('-')
    };
    let spaced_after = tokens
        .get(k + 1)
        .is_none_or(|n| n.span().start > t.span().end || n.is_punct('-'));
    spaced_before && spaced_after
}

/// The first token of the dash ending at token `k` ("--" is two).
fn dash_start(tokens: &[Token], k: usize, lo: usize) -> usize {
    let mut s = k;
    while s > lo
        && tokens[s].is_punct('-')
        && tokens[s - 1].is_punct('-')
        && tokens[s - 1].span().end == tokens[s].span().start
    {
        s -= 1;
    }
    s
}

/// Whether a mention is a capitalised group noun that can head a phrase
/// ("Lawyers", "Friends", "Neighbors").
fn is_group_head(tokens: &[Token], head: &Mention) -> bool {
    head.speaker_kind == SpeakerKind::Group && tokens[head.first_token].has(lexicon::GROUP)
}

/// The description from `head` to byte `end`: the head with the phrase
/// after it ("Lawyers for Marcus Reed").
pub(crate) fn headed_by(head: Mention, end: usize) -> Mention {
    let span = Span::new(head.span.start, end);
    Mention {
        span,
        name: span,
        kind: MentionKind::Description,
        ..head
    }
}

/// The speaker before the comma at token `j` ("X, a doctor at Y, said"):
/// of the comma-separated segments before it (four at most), the nearest
/// one that is exactly a person's name ("the F.B.I. director, James B.
/// Comey, said"; "Senator Shelley Moore Capito, Republican of West
/// Virginia, called"), else the name before the last appositive.
fn appositive_subject(text: &str, tokens: &[Token], j: usize, lo: usize) -> Option<Mention> {
    // "dairy farmer Gerrit Vanderzwaag, who milks 140 cows near
    // Winchester, Ont., said": a relative clause set off by commas, its
    // own commas and all, follows its antecedent.
    // (A quotation may stand in the clause: "who marched under banners
    // reading “No Living Wage, No Work”,".)
    let who = (lo + 2..j)
        .rev()
        .take(RELATIVE_CLAUSE_REACH)
        .take_while(|&k| tokens[k].quoted || !is_clause_break(text, &tokens[k]))
        .find(|&k| {
            !tokens[k].quoted && word(text, tokens, k) == "who" && tokens[k - 1].is_punct(',')
        });
    if let Some(w) = who {
        if let Some(m) = mention_ending_at(text, tokens, w - 1, lo).filter(Mention::is_person_name)
        {
            return Some(m);
        }
    }
    let mut end = j; // exclusive end of the segment, at a comma
    let mut first_comma = None;
    for _ in 0..4 {
        let start = (lo..end)
            .rev()
            .take(30)
            .find(|&k| {
                tokens[k].is_punct(',')
                    || (tokens[k].quoted && !in_short_inner_quote(text, tokens, k))
                    || is_clause_break(text, &tokens[k])
            })
            .map_or(lo, |k| k + 1);
        if start >= end {
            break;
        }
        if let Some(name) = mention_ending_at(text, tokens, end - 1, start) {
            // (Lower-case words of a job may come first: "hedge fund
            // manager Paul Singer".)
            let exact = name.first_token == start
                || (start > 0 && name.span.start <= tokens[start].span().start)
                || (name.first_token > start
                    && name.first_token <= start + 4
                    && tokens[start..name.first_token].iter().all(|t| {
                        t.is_lower()
                            && t.lemma().is_none()
                            && !t.has(
                                lexicon::COMPLEMENT
                                    | lexicon::RELATIVE
                                    | lexicon::FILLER
                                    | lexicon::NOT_NAME,
                            )
                    }));
            // A bare label ("Republican of West Virginia" read as
            // "Republican") is no name.
            let last = tokens
                .partition_point(|t| t.span().end <= name.span.end)
                .saturating_sub(1);
            let named = tokens[name.first_token..=last.max(name.first_token)]
                .iter()
                .any(|t| t.is_capitalised() && !t.has(lexicon::TITLE | lexicon::PARTY));
            // ("The constituent, identified in local coverage as retired
            // logger Gus Vandersloot, replied": an appositive that
            // identifies the subject by name.)
            // ("A mother of three, and who asked to be identified only as
            // Kerry, said": or a relative clause whose passive does.)
            // ("a retired bus driver who gave his name only as Lorne": the
            // clause may follow the description's noun.)
            let who = (start..name.first_token).find(|&k| word(text, tokens, k) == "who");
            // ("a casual labourer who gave his name only as Shikuku": or
            // gives the name itself.)
            let names_itself = |w: usize| {
                (w + 1..name.first_token).any(|k| {
                    (word(text, tokens, k - 1) == "be"
                        && IDENTIFYING_PARTICIPLES.contains(word(text, tokens, k)))
                        || (matches!(word(text, tokens, k), "name" | "names")
                            && (w + 1..k).any(|g| {
                                matches!(word(text, tokens, g), "gave" | "gives" | "give")
                            }))
                })
            };
            // ("One victim, a teacher in Nakuru named Joseph Otieno Ouma,
            // said": or "named" right before the name.)
            let identified = ((IDENTIFYING_PARTICIPLES.contains(word(text, tokens, start))
                || who.is_some_and(names_itself))
                && (start + 1..name.first_token).any(|k| word(text, tokens, k) == "as"))
                || (name.first_token > start
                    && matches!(word(text, tokens, name.first_token - 1), "named" | "called"));
            if name.is_person_name() && (exact || identified) && named {
                // (The description's noun tells the gender of the name it
                // identifies: "A mother of three, …, identified as Kerry".)
                // ("who gave her name only as Angharad": or its
                // possessive.)
                let gender = match name.gender {
                    Gender::Unknown if identified => (start..name.first_token)
                        .find_map(|k| {
                            possessive_pronoun_gender(word(text, tokens, k))
                                .filter(|&g| matches!(g, Gender::Male | Gender::Female))
                        })
                        .or_else(|| {
                            (lo..start)
                                .filter(|&k| tokens[k].is_lower())
                                .find_map(|k| lexicon::noun_gender(word(text, tokens, k)))
                        })
                        .unwrap_or(Gender::Unknown),
                    g => g,
                };
                return Some(Mention { gender, ..name });
            }
        }
        if start == lo || !tokens[start - 1].is_punct(',') {
            break;
        }
        first_comma.get_or_insert(start - 1);
        end = start - 1;
    }
    // The name before the last appositive: "X, a doctor at Y, said".
    // ("A report into Severn Vale Hospitals Trust, published on
    // Wednesday, said": or a description opening the clause.)
    let comma = first_comma?;
    let inner = mention_ending_at(text, tokens, comma.checked_sub(1)?, lo)?;
    // ("The national employers’ body, the Universities Employers Council,
    // said": a body's name apposed to a noun for a body is the speaker.)
    if inner.kind == MentionKind::Description && inner.first_token == lo {
        let head = head_noun(inner.name.as_str(text));
        let body = (head == "body" || crate::referents::is_body_noun(head))
            .then(|| mention_ending_at(text, tokens, j.checked_sub(1)?, comma + 1))
            .flatten()
            .filter(|b| {
                b.kind == MentionKind::Name
                    && b.speaker_kind == SpeakerKind::Organisation
                    && b.first_token <= comma + 2
            })
            // ("The regional bloc, the Community of Sahel and Coastal
            // States, said", "Djibo’s party, the Rally for Democracy and
            // Progress, said": or the capitalised words between the commas,
            // whatever they are.)
            .or_else(|| {
                (head == "body" || crate::referents::is_body_noun(head))
                    .then(|| apposed_body_name(text, tokens, comma + 1, j))
                    .flatten()
            });
        if body.is_some() {
            return body;
        }
    }
    (inner.kind == MentionKind::Name
        || (inner.kind == MentionKind::Description && inner.first_token == lo))
        .then_some(inner)
}

/// A body's name filling the appositive between tokens `first` and the
/// comma at `comma`: "the" and capitalised words joined by lower-case
/// connectors ("the Community of Sahel and Coastal States", "the Rally
/// for Democracy and Progress").
pub(crate) fn apposed_body_name(
    text: &str,
    tokens: &[Token],
    first: usize,
    comma: usize,
) -> Option<Mention> {
    let name = first + usize::from(word(text, tokens, first).eq_ignore_ascii_case("the"));
    let last = comma.checked_sub(1)?;
    let para = tokens.get(first)?.para;
    let fits = name < last
        && last - name < APPOSED_BODY_TOKENS
        && tokens[name].is_capitalised()
        && tokens[last].is_capitalised()
        && tokens[name..=last].iter().all(|t| {
            t.para == para
                && !t.quoted
                && t.is_word()
                && !t.has(lexicon::TITLE)
                && (t.is_capitalised() || INITIALS_CONNECTORS.contains(t.span().as_str(text)))
        });
    fits.then(|| body_name_mention(tokens, first, name, last))
}

/// The most tokens a body's name apposed to a noun for a body may run.
pub(crate) const APPOSED_BODY_TOKENS: usize = 10;

/// Whether token `k` is part of a short quotation inside running words,
/// a name or a label of a few words ("wearing a cowboy hat and “Ted Cruz”
/// campaign pins"): its mark, its words and its mark between two words.
pub(crate) fn in_short_inner_quote(text: &str, tokens: &[Token], k: usize) -> bool {
    let mut a = k;
    while a > 0 && tokens[a - 1].quoted && k - a < 3 {
        a -= 1;
    }
    let mut b = k;
    while tokens.get(b + 1).is_some_and(|t| t.quoted) && b - a < 3 {
        b += 1;
    }
    let word = |i: Option<usize>| {
        i.and_then(|i| tokens.get(i))
            .is_some_and(|t| t.is_word() && !t.quoted && t.para == tokens[k].para)
    };
    b - a <= 2
        && word(a.checked_sub(1))
        && word(Some(b + 1))
        && tokens[a..=b].iter().all(|t| {
            let s = t.span().as_str(text);
            crate::text::words(s).take(5).count() <= 4 && !s.ends_with(['.', ',', '!', '?'])
        })
}

/// The name in `NAME, description` where the description starts at token
/// `desc_start`.
fn appositive_name_before(
    text: &str,
    tokens: &[Token],
    desc_start: usize,
    lo: usize,
) -> Option<Mention> {
    if desc_start < lo + 2 || !tokens[desc_start - 1].is_punct(',') {
        return None;
    }
    let name = mention_ending_at(text, tokens, desc_start - 2, lo)?;
    // "As Reyes attacked Ana Bell, the attendees chanted": a name that
    // ends an introductory phrase is no apposition.
    // (Nor one after a preposition or a participle opening the clause:
    // "Turning to Hoxha, the judge said".)
    let introduced = (lo..name.first_token).any(|k| {
        tokens[k].has(lexicon::CLAUSE_OPENER)
            || (k == lo && tokens[k].is_word() && word(text, tokens, k).ends_with("ing"))
    }) || (name.first_token > lo
        && tokens[name.first_token - 1].is_lower()
        && tokens[name.first_token - 1].has(lexicon::COMPLEMENT));
    (name.is_person_name() && !introduced && !is_title_alone(tokens, &name)).then_some(name)
}

/// Whether a name mention is a title alone ("Senator", "Mr. Mayor"): before
/// a comma, the one addressed ("Senator, critics say …"), no apposition.
pub(crate) fn is_title_alone(tokens: &[Token], m: &Mention) -> bool {
    tokens[m.first_token..]
        .iter()
        .take_while(|t| t.span().start < m.span.end)
        .all(|t| t.has(lexicon::TITLE))
}

fn is_clause_break(text: &str, t: &Token) -> bool {
    matches!(t.ascii_char(text), Some(b'.' | b'!' | b'?' | b';' | b':'))
}

/// A capitalised name ending at token `end`, with its title.
pub(crate) fn name_ending_at(
    text: &str,
    tokens: &[Token],
    end: usize,
    lo: usize,
) -> Option<Mention> {
    let para = tokens[end].para;
    let mut start = end;
    while start > lo {
        let k = start - 1;
        if tokens[k].para != para {
            break;
        }
        if is_name_part(tokens, k)
            || joins_name(text, tokens, k, lo)
            || joins_organisation(text, tokens, k, lo, start..=end)
        {
            start = k;
        } else if let Some(p) = plural_possessive_in_body(text, tokens, k, lo, start..=end) {
            start = p;
        } else if office_possessive(text, tokens, k, start) {
            // "the Maricopa County Sheriff's Office", "the Attorney
            // General's Office": an office's holder in the possessive
            // before a body's word is part of the body's name.
            start = k;
        } else if tokens[k].is_lower()
            && tokens[k].has(lexicon::TITLE)
            && !is_connector(word(text, tokens, k))
        {
            // "former Sen. X", "campaign manager Jeff Weaver"
            start = k;
        } else if k > lo + 1
            && start == k + 1
            && tokens[k].is_lower()
            && has_person_ending(word(text, tokens, k))
            && tokens[start].is_capitalised()
            && word(text, tokens, k - 1) == "and"
            && tokens[k - 2].is_lower()
            && tokens[k - 2].has(lexicon::TITLE)
        {
            // "the historian and broadcaster Sir Nicholas Harcourt": a noun
            // for a person joined by "and" to a title before the name.
            start = k - 2;
        } else if k > lo
            && word(text, tokens, k) == "and"
            && tokens[start].is_lower()
            && tokens[start].has(lexicon::TITLE)
            && tokens[k - 1].is_lower()
            && tokens[k - 1].has(lexicon::TITLE)
        {
            // ("the historian and author Sir Nicholas Harcourt": two
            // titles.)
            start = k;
        } else if start == k + 1
            && is_style(word(text, tokens, k))
            && tokens[start].has(lexicon::TITLE)
        {
            // "the Most Rev Cuthbert Ollerton", "the Very Rev": a style
            // before a clergy title.
            start = k;
        } else {
            break;
        }
    }
    // Lower-case title words only count before capitalised words.
    while start < end && tokens[start].is_lower() && !tokens[start].has(lexicon::TITLE) {
        start += 1;
    }
    while start < end && is_connector(word(text, tokens, start)) {
        start += 1;
    }
    // ("The 59-year-old Chief Constable": an age may come between.)
    let the_at = if start >= 2 && word(text, tokens, start - 1).ends_with("-year-old") {
        start - 2
    } else {
        start.saturating_sub(1)
    };
    let preceded_by_the = start > 0
        && word(text, tokens, the_at).eq_ignore_ascii_case("the")
        && tokens[the_at].para == para;
    // "the Prime Minister", "the Chief Executive": a title alone after
    // "the" is a description of the person, whose name may follow in
    // apposition.
    // "the Spaniard", "the Italian": a nationality alone too.
    // (A singular one: "the Palestinians" are a people.)
    let nationality = start == end
        && tokens[end].has(lexicon::GROUP)
        && !tokens[end].has(lexicon::ORGANISATION | lexicon::STATEMENT_NOUN)
        && !word(text, tokens, end).ends_with('s');
    // "the Mayor of London", "the Minister for Finance": an office after
    // "the" is a description too, not a person called "London".
    // (Not a body's name whose word comes first: "the National Academies
    // of Sciences".)
    let first_of = (start + 1..end).find(|&k| matches!(word(text, tokens, k), "of" | "for"));
    // ("Cabinet Secretary for Foreign Affairs": the title right before
    // its "of" or "for".)
    let office = first_of.is_some_and(|f| {
        (tokens[start].has(lexicon::TITLE) || tokens[f - 1].has(lexicon::TITLE))
            && (!tokens[f - 1].has(lexicon::ORGANISATION) || tokens[f - 1].has(lexicon::TITLE))
    });
    // "the 64-year-old Democrat", "the 31-year-old Scot": an age between
    // "the" and a party or a nationality.
    if start == end
        && start >= 2
        && (tokens[end].has(lexicon::PARTY) || nationality)
        && word(text, tokens, start - 1).ends_with("-year-old")
        && word(text, tokens, start - 2).eq_ignore_ascii_case("the")
        && tokens[start - 2].para == para
    {
        let span = Span::new(tokens[start - 2].span().start, tokens[end].span().end);
        return Some(description_mention(
            span,
            start - 2,
            SpeakerKind::Person,
            Gender::Unknown,
        ));
    }
    // ("Qatar’s Minister of State for Foreign Affairs, Khalid …": so is an
    // office after a capitalised possessive.)
    // ("Its Minister of Energy and Mines, Khamphone Inthavong,": or a
    // possessive determiner.)
    let owned_office = office
        && start > lo
        && tokens[start - 1].para == para
        && ((tokens[start - 1].is_capitalised() && is_possessive(word(text, tokens, start - 1)))
            || POSSESSIVE_DETERMINERS.contains_ignore_ascii_case(word(text, tokens, start - 1)));
    // ("the Labour MP", "the Dublin South-Central TD": a party or a
    // place before a title that ends it.)
    // (A title in capitals only: "the New Hampshire Union Leader" is a
    // newspaper.)
    let placed_title = end > start
        && tokens[end].has(lexicon::TITLE)
        && crate::text::in_capitals(word(text, tokens, end))
        && tokens[start..end]
            .iter()
            .all(|t| t.is_capitalised() && t.first_name().is_none() && !t.has(lexicon::TITLE));
    if owned_office
        || preceded_by_the
            && (nationality
                || office
                || placed_title
                || tokens[start..=end]
                    .iter()
                    .all(|t| t.has(lexicon::TITLE) && t.first_name().is_none()))
    {
        let first = if preceded_by_the { the_at } else { start - 1 };
        let span = Span::new(tokens[first].span().start, tokens[end].span().end);
        return Some(description_mention(
            span,
            first,
            SpeakerKind::Person,
            gender_of(text, tokens, start, end + 1),
        ));
    }
    // "the State Department", "the Government Accountability Office",
    // "the Republican National Committee": a body's name keeps its
    // words; no title or party is stripped from it.
    // So is one that ends in an "of" phrase after a body's word ("the
    // Ministry of Foreign Affairs of Japan").
    // ("the Office of Inspector General": or in an office, a title last.)
    // ("the Ministry of Housing, Communities and Local Government": or a
    // list after it, its commas in the name.)
    // ("the Organization of American States", "the Economic Community of
    // West African States": or a few capitalised words after "of".)
    let of_body = end >= start + 2
        && (start..end - 1).any(|k| {
            tokens[k].has(lexicon::ORGANISATION)
                && word(text, tokens, k + 1) == "of"
                && (word(text, tokens, end - 1) == "of"
                    || tokens[end].has(lexicon::TITLE)
                    || tokens[start..end].iter().any(|t| t.is_punct(','))
                    || (end <= k + 5
                        && tokens[k + 2..=end]
                            .iter()
                            .all(|t| t.is_capitalised() && t.first_name().is_none())))
        });
    // ("the Senate Committee on Foreign Relations": or "on" after one;
    // "the U.S. Court of Appeals for the 9th Circuit": or "for".)
    // (Not a person after the body's name and a title: "the Council on
    // American-Islamic Relations National Executive Director Nihad Awad".)
    let on_body = (start..end).any(|k| {
        tokens[k].has(lexicon::ORGANISATION)
            && tokens[k].is_capitalised()
            && matches!(word(text, tokens, k + 1), "on" | "for")
            && !tokens[k + 1..=end].iter().any(|t| {
                let w = t.span().as_str(text);
                t.has(lexicon::TITLE)
                    && (has_person_ending(w) || w.ends_with("man") || w.ends_with("ary"))
            })
    });
    let body = (tokens[end].has(lexicon::ORGANISATION) || of_body || on_body)
        && tokens[start..end].iter().all(|t| t.first_name().is_none());
    // Title: the longest prefix ending in a title word that leaves a name.
    let mut name_start = start;
    // "the Refugee Council Enver Solomon", "NBC News Chuck Todd": two
    // words after an organisation's word are a person's name.
    if end >= start + 2 && !body {
        let mut first = end - 1;
        if first > start && is_initial(word(text, tokens, first)) {
            first -= 1;
        }
        if first > start
            && tokens[first - 1].has(lexicon::ORGANISATION)
            && tokens[first - 1].is_capitalised()
            && tokens[first].name_part
            && !tokens[first].has(lexicon::ORGANISATION | lexicon::TITLE)
            // (Not a union's local: "the Technical Workers Guild Local
            // 412".)
            && !(NUMBERED_BODY_WORDS.contains(word(text, tokens, first))
                && word(text, tokens, end).bytes().all(|b| b.is_ascii_digit()))
        {
            name_start = first;
        }
    }
    // ("…, Climate and Communications Cathal Ó Súilleabháin": or a run
    // opening with the list's last item.)
    if !body
        && start > 0
        && word(text, tokens, start - 1) == "and"
        && office_list_before(text, tokens, start - 1)
    {
        if let Some(g) = name_after_list_item(text, tokens, start, end, true) {
            name_start = g;
        }
    }
    let list_item = name_start > start;
    for k in (start..end).take_while(|_| !body && !list_item) {
        let w = word(text, tokens, k);
        // ("Minister for the Environment, Climate and Communications Cathal
        // Byrne": the end of an office's list joined by "and" before a
        // given name is no part of the name.)
        if w == "and" && k > start && tokens[start..k].iter().all(|t| t.first_name().is_none()) {
            let list = office_list_before(text, tokens, start);
            if let Some(g) = name_after_list_item(text, tokens, k + 1, end, list) {
                name_start = g;
                break;
            }
        }
        // A given name or an initial starts the name: a title word after
        // it is a surname ("Peter T. King", "Steve King").
        // A given name right before a title is a place ("Virginia Gov.
        // Terry McAuliffe", "Georgia Rep. John Lewis").
        // ("Douglas Shire Mayor Trish Vandermolen": a place of a few
        // words.)
        let mut j = k + 1;
        while j < end.min(k + 3) && tokens[j].is_capitalised() && !tokens[j].has(lexicon::TITLE) {
            j += 1;
        }
        // (Not a title that only a suffix follows: "Martin Luther King
        // Jr.")
        let place = j < end
            && tokens[j].has(lexicon::TITLE)
            && !tokens[j].is_lower()
            && !tokens[j + 1..=end]
                .iter()
                .all(|t| SUFFIXES.contains(t.span().as_str(text).trim_end_matches('.')));
        // ("Dean of Students Patricia Ocheltree": a title that is also a
        // given name opens an office before "of" or "for".)
        let office = tokens[k].has(lexicon::TITLE)
            && matches!(word(text, tokens, k + 1), "of" | "for")
            && k + 1 < end;
        if (tokens[k].first_name().is_some() && !place && !office) || is_initial(w) {
            // "Billionaire Donald Trump said", "Rival Hillary Clinton": a
            // word opening the sentence before a given name describes
            // the person.
            // (Not before a post-nominal alone: "Farah Osman KC".)
            if k == start + 1
                && tokens[k].first_name().is_some()
                && tokens[start].first_name().is_none()
                && (k + 1..=end).any(|x| {
                    !POST_NOMINALS.contains(word(text, tokens, x).trim_end_matches('.'))
                })
                && !is_initial(word(text, tokens, start))
                && !lexicon::is_family_first(word(text, tokens, start))
                && !tokens[start].has(lexicon::PLACE | lexicon::ORGANISATION)
                // (Not in a body's name: "Hebridean Marine Services".)
                && !tokens[end].has(lexicon::ORGANISATION)
                && opens_sentence(text, tokens, start)
            {
                name_start = k;
            }
            break;
        }
        // "Minister of Education Stefania Giannini", "Speaker of the House
        // Paul Ryan": after a title's "of" or "for", the office runs up to
        // the last two words, or three with a middle initial.
        if (is_connector(w) || w == "for") && k > start && tokens[k - 1].has(lexicon::TITLE) {
            let mut first = end - 1;
            // (Or three with a middle initial or a surname's particle:
            // "Minister for Housing Donal Ó Cearbhaill".)
            // ("Minister for Culture Halima Abdi Farah": or three from a
            // given name the lists know.)
            if is_initial(word(text, tokens, first))
                || SURNAME_PARTICLES.contains(word(text, tokens, first))
                || (first > k + 2 && tokens[first - 1].first_name().is_some())
            {
                first -= 1;
            }
            if first > k + 1 {
                // "Undersecretary for Education Mr. Toccafondi": a title
                // of address before the name is no part of it.
                if tokens[first].has(lexicon::TITLE) && first < end {
                    first += 1;
                }
                name_start = first;
                break;
            }
        }
        // ("the Swede Mats Ekberg": a nationality after "the" describes
        // the person.)
        let nationality = k == start
            && k > 0
            && tokens[k].has(lexicon::GROUP)
            && !tokens[k].has(lexicon::ORGANISATION)
            && !w.ends_with('s')
            && k + 1 < end
            && !tokens[k + 1].has(lexicon::PLACE)
            && !tokens[k + 1..=end]
                .iter()
                .any(|t| t.has(lexicon::ORGANISATION))
            && word(text, tokens, k - 1).eq_ignore_ascii_case("the");
        if tokens[k].has(lexicon::TITLE | lexicon::PARTY) || nationality {
            name_start = k + 1;
        }
    }
    // A lower-case title before a body's name is none of it ("organizer
    // Alliance for …").
    if body {
        while name_start < end && tokens[name_start].is_lower() {
            name_start += 1;
        }
    }
    // "Counsel for Tessaract", "Minister for Sport": a title and its
    // office with no name after them describe a person.
    // (Not "CEO of Donald Trump": a person's name after it.)
    if name_start > start
        && matches!(word(text, tokens, name_start), "for" | "of")
        && tokens[name_start - 1].has(lexicon::TITLE)
        && tokens[name_start..=end]
            .iter()
            .all(|t| t.first_name().is_none() && !t.has(lexicon::TITLE))
    {
        let span = Span::new(tokens[start].span().start, tokens[end].span().end);
        return Some(description_mention(
            span,
            start,
            SpeakerKind::Group,
            Gender::Unknown,
        ));
    }
    // Connectors cannot start a name.
    while name_start < end && is_connector(word(text, tokens, name_start)) {
        name_start += 1;
    }
    // An abbreviated title alone ("Mr." before "Comey's") names no one.
    if name_start == end && tokens[end].has(lexicon::TITLE) {
        let w = word(text, tokens, end);
        if w.ends_with('.') {
            return None;
        }
        // "CEO warns": a title in capitals alone describes a person; it
        // is no organisation's name.
        if is_acronym(w) && name_start == start {
            return Some(description_mention(
                tokens[end].span(),
                start,
                SpeakerKind::Group,
                Gender::Unknown,
            ));
        }
    }
    // "Lorcan Ebbs SC", "Keir Starmer MP": post-nominals are no part of
    // the name (a suffix, "Jr.", is).
    let mut name_end = end;
    while name_end > name_start
        && POST_NOMINALS.contains(word(text, tokens, name_end).trim_end_matches('.'))
    {
        name_end -= 1;
    }
    let name = Span::new(tokens[name_start].span().start, tokens[name_end].span().end);
    let span = Span::new(tokens[start].span().start, tokens[end].span().end);
    let title = (name_start > start).then(|| {
        Span::new(
            tokens[start].span().start,
            tokens[name_start - 1].span().end,
        )
    });
    let name_words = &tokens[name_start..=end];
    let is_org = name_words
        .iter()
        .any(|t| t.has(lexicon::ORGANISATION) || t.is_punct('&'))
        // ("The 57-year-old Ferrucci said": not after an age.)
        || (preceded_by_the && title.is_none() && the_at + 1 == start)
        || (name_words.len() == 1 && is_acronym(name.as_str(text)));
    // "Pennsylvania", "North Korea": a place speaks as its government.
    // ("Ennis, Co Clare,", "County Donegal": a county's word opening a
    // name of two words makes a place too.)
    let is_place = title.is_none()
        && (name_words.iter().all(|t| t.has(lexicon::PLACE))
            || (name_words.len() == 2
                && COUNTY_WORDS.contains(word(text, tokens, name_start))
                && name_words[1].is_capitalised()));
    let is_org = is_org || is_place;
    // "Republicans", "Virginians", "Asian Americans": a people, not a
    // person.
    let last = name_words.last().map_or("", |t| t.span().as_str(text));
    let is_group = !is_org
        && title.is_none()
        && (last.ends_with("ians")
            || last.ends_with("icans")
            // "Environmentalists said", "Activists": a plural in -ists.
            || (last.len() > 6 && last.ends_with("ists") && name_words.len() == 1)
            // "Young Latinos", "Many Evangelicals": a plural group noun
            // after words that are no given name.
            || (last.ends_with('s')
                && name_words.last().is_some_and(|t| t.has(lexicon::GROUP))
                && name_words.iter().all(|t| t.first_name().is_none())));
    let gender = if is_org {
        Gender::Neuter
    } else if is_group {
        Gender::Plural
    } else {
        gender_of(text, tokens, start, name_start)
    };
    let (span, first_token) = if preceded_by_the {
        (
            Span::new(tokens[start - 1].span().start, span.end),
            start - 1,
        )
    } else {
        (span, start)
    };
    Some(Mention {
        span,
        name,
        title,
        kind: MentionKind::Name,
        speaker_kind: if is_org {
            SpeakerKind::Organisation
        } else if is_group {
            SpeakerKind::Group
        } else {
            SpeakerKind::Person
        },
        gender,
        first_token,
    })
}

/// An initial such as "T." in "Peter T. King".
pub(crate) fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

fn is_acronym(w: &str) -> bool {
    w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// Gender from a title (Mr., Mrs.) or a known given name.
/// The gender a title tells ("Mr", "Dame"), if it tells one; "Dr",
/// "Sen." and "Prof." tell none.
pub(crate) fn title_gender(title: &str) -> Option<Gender> {
    crate::text::words(title).find_map(|w| {
        let w = w.trim_end_matches('.');
        honour_gender(w).or_else(|| lexicon::noun_gender(w))
    })
}

/// Forms of address and ranks that say a man ("Mr", "Sir", "King").
const MALE_HONOURS: ShortList = ShortList::new(&["mr", "sir", "lord", "king", "prince", "father"]);

/// Forms of address and ranks that say a woman ("Mrs", "Dame", "Madam").
const FEMALE_HONOURS: ShortList = ShortList::new(&[
    "mrs", "ms", "miss", "dame", "madam", "madame", "lady", "queen", "princess",
]);

/// The gender a form of address or rank says, without its full stop
/// ("Mr", "Dame"), any case.
fn honour_gender(w: &str) -> Option<Gender> {
    if MALE_HONOURS.contains_ignore_ascii_case(w) {
        Some(Gender::Male)
    } else if FEMALE_HONOURS.contains_ignore_ascii_case(w) {
        Some(Gender::Female)
    } else {
        None
    }
}

fn gender_of(text: &str, tokens: &[Token], start: usize, name_start: usize) -> Gender {
    // Job titles in -man are also used for women ("Trump spokesman Hope
    // Hicks"): a known given name outranks them.
    let mut weak = Gender::Unknown;
    for t in &tokens[start..name_start] {
        // The word lower-cased on the stack (no title is longer).
        let w = t.span().as_str(text).trim_end_matches('.').as_bytes();
        let mut buf = [0u8; 16];
        let lower = buf.get_mut(..w.len()).map_or(&[][..], |b| {
            b.copy_from_slice(w);
            b.make_ascii_lowercase();
            b
        });
        if let Some(g) = std::str::from_utf8(lower).ok().and_then(honour_gender) {
            return g;
        }
        match lower {
            b"congressman" | b"spokesman" | b"chairman" => weak = Gender::Male,
            b"congresswoman" | b"spokeswoman" | b"chairwoman" => return Gender::Female,
            // "9/11 widow Terry Strada", "grandmother Jean Clarke": a
            // noun of kin outranks the given name.
            _ => {
                if let Some(g) = lexicon::noun_gender(t.span().as_str(text)) {
                    return g;
                }
            }
        }
    }
    let given = tokens.get(name_start).and_then(Token::first_name);
    // ("Willie Mae Harrell": the cheap test first, a diminutive in "-ie".)
    let mixed = given.is_some_and(|g| {
        word(text, tokens, name_start).ends_with("ie")
            && tokens.get(name_start + 1).is_some_and(|second| {
                diminutive_before_given_name(
                    word(text, tokens, name_start),
                    second.span().as_str(text),
                    g,
                )
            })
            && tokens.get(name_start + 2).is_some_and(|t| t.name_part)
    });
    if mixed {
        return weak;
    }
    given.unwrap_or(weak)
}

/// A description whose head takes an "of" phrase ending at token `end`
/// ("the secretary of state", "the director of communications"), when
/// the word after "of" is no head of its own.
fn description_of_ending_at(
    text: &str,
    tokens: &[Token],
    end: usize,
    lo: usize,
) -> Option<Mention> {
    if end < lo + 2
        || word(text, tokens, end - 1) != "of"
        || !tokens[end - 2].has(lexicon::GROUP | lexicon::TITLE)
    {
        return None;
    }
    let head = description_ending_at(text, tokens, end - 2, lo)?;
    let span = Span::new(head.span.start, tokens[end].span().end);
    Some(Mention {
        span,
        name: span,
        ..head
    })
}

/// Whether a word right after a relative "that" is the clause's own verb
/// ("that represents Pinecrest officers", "that ended with …"): a
/// lower-case past or -s form that no list reads as a noun for people or a
/// title ("that rangers call" opens with its subject).
pub(crate) fn is_relative_clause_verb(text: &str, t: &Token) -> bool {
    let w = t.span().as_str(text);
    t.is_lower()
        && t.lemma().is_none()
        && (crate::text::is_regular_past(w) || (w.ends_with('s') && !w.ends_with("ss")))
        && !t.has(lexicon::GROUP | lexicon::TITLE)
}

/// Prepositions whose phrase tells a time or makes a comparison, and so
/// does not describe the noun before it ("issued a statement after Donald
/// Trump told", "a man like Trump", "The senator during a town hall").
const PHRASE_NOT_A_MODIFIER: ShortList = ShortList::new(&[
    "after", "before", "during", "since", "until", "than", "like",
]);

/// Prepositions of time that open no clause ("during a town hall").
const TIME_PREPOSITIONS: ShortList = ShortList::new(&["during", "amid", "throughout"]);

/// Prepositions of place after a group of people ("farmers in Iowa").
const PLACE_PREPOSITIONS: ShortList =
    ShortList::new(&["in", "from", "across", "around", "near", "outside"]);

/// The group of people before a preposition of place and the names after
/// it, the first of which starts at token `first` ("Farmers in Iowa and
/// Nebraska", "Officials from the Midwest and the South"): the group's
/// description, when there is one.
fn group_from_places(text: &str, tokens: &[Token], first: usize, lo: usize) -> Option<Mention> {
    let para = tokens[first].para;
    let mut k = first;
    for _ in 0..4 {
        if k > lo && word(text, tokens, k - 1).eq_ignore_ascii_case("the") {
            k -= 1;
        }
        let joined = k > lo + 1
            && word(text, tokens, k - 1) == "and"
            && is_name_part(tokens, k - 2)
            && tokens[k - 2].para == para;
        if !joined {
            break;
        }
        k = name_ending_at(text, tokens, k - 2, lo)?.first_token;
    }
    if k < lo + 2
        || tokens[k - 1].para != para
        || !PLACE_PREPOSITIONS.contains(word(text, tokens, k - 1))
    {
        return None;
    }
    let noun = &tokens[k - 2];
    if !(noun.is_word() && noun.has(lexicon::GROUP) && word(text, tokens, k - 2).ends_with('s')) {
        return None;
    }
    description_ending_at(text, tokens, k - 2, lo).filter(|d| d.kind == MentionKind::Description)
}

/// A descriptive phrase headed by the group noun at `end`: "officials",
/// "a senior Cruz adviser", "a spokesman for the campaign".
fn description_ending_at(text: &str, tokens: &[Token], end: usize, lo: usize) -> Option<Mention> {
    // A verb heads no description ("A police spokesman declined to
    // comment": "declined" is no speaker).
    // (An inflected form: "advocate" and "thinking" may be nouns.)
    // (Nor a past form before an infinitive: "The spokesman declined to
    // elaborate".)
    let w = word(text, tokens, end);
    if !tokens[end].is_word()
        || (tokens[end].is_lower()
            && tokens[end]
                .lemma()
                .is_some_and(|l| l != w && !w.ends_with("ing"))
            && !tokens[end].has(lexicon::GROUP | lexicon::TITLE))
        || is_past_before_infinitive(text, tokens, end)
    {
        return None;
    }
    let para = tokens[end].para;
    let mut start = end;
    let mut opened = false;
    for _ in 0..6 {
        if start <= lo {
            break;
        }
        let k = start - 1;
        let t = &tokens[k];
        // "Sanders’ campaign": the apostrophe of a plural possessive is a
        // token of its own.
        // "The players' union": after a common noun it determines
        // nothing, and the phrase goes on to its determiner.
        if t.para == para && is_plural_apostrophe(text, tokens, k, lo) {
            start = k - 1;
            if tokens[k - 1].is_capitalised() {
                // ("the Social Democrats’ parliamentary leader": with the
                // rest of its name and its article.)
                while start > lo
                    && k - start < 3
                    && tokens[start - 1].para == para
                    && tokens[start - 1].is_capitalised()
                    && is_name_part(tokens, start - 1)
                    && !tokens[start - 1].has(lexicon::TITLE)
                {
                    start -= 1;
                }
                if start > lo && word(text, tokens, start - 1).eq_ignore_ascii_case("the") {
                    start -= 1;
                }
                opened = true;
                break;
            }
            continue;
        }
        if t.para != para || t.quoted || !t.is_word() {
            break;
        }
        let w = t.span().as_str(text);
        // ("The trial collapsed after jurors said": a subordinator opens
        // the clause the phrase is subject of.)
        if t.is_lower() && t.has(lexicon::SUBORDINATOR) && w != "that" {
            break;
        }
        // ("the world No 31": "No" before a number is no negation.)
        let numero = w == "No" && is_number(word(text, tokens, k + 1));
        if t.has(lexicon::NOT_NAME) && !DESCRIPTION_OPENERS.contains_ignore_ascii_case(w) && !numero
        {
            break;
        }
        // "state director": a verb's base form before a noun that speaks
        // is a noun too; so is one right after an article ("A state health
        // inspector").
        let modifier = t.lemma().is_some_and(|l| w == l)
            && !t.has(lexicon::FILLER)
            && (tokens[k + 1].has(lexicon::GROUP | lexicon::TITLE)
                || (k > lo && {
                    let d = word(text, tokens, k - 1);
                    d.eq_ignore_ascii_case("the") || is_indefinite(d)
                }));
        if (t.lemma().is_some() || t.has(lexicon::FILLER)) && t.is_lower() && !modifier {
            // "a reporter can be heard": not a noun phrase.
            if !tokens[end].has(lexicon::GROUP) {
                return None;
            }
            break;
        }
        start = k;
        // "Ryan's office", "Trump's campaign": a possessive determines it,
        // with the rest of its name ("Saudi Arabia's energy ministry",
        // "Chantelle Briggs's husband").
        if t.is_capitalised() && is_possessive(w) {
            // ("the Ohio Attorney General’s office": an office's holder
            // with the words of the office and its place.)
            let office = crate::text::possessive_stem(w)
                .and_then(lexicon::entry)
                .is_some_and(|e| e.has(lexicon::TITLE));
            // (A statement's possessor is read as the speaker elsewhere:
            // "Tom Reilly's reply:".)
            while start > lo
                && k - start < if office { 3 } else { 2 }
                && !tokens[end].has(lexicon::STATEMENT_NOUN)
                && tokens[start - 1].para == t.para
                && (is_name_part(tokens, start - 1)
                    || (office && tokens[start - 1].is_capitalised()))
                && (office || !tokens[start - 1].has(lexicon::TITLE))
                && !is_possessive(word(text, tokens, start - 1))
            {
                start -= 1;
            }
            opened = true;
            break;
        }
        // ("the region's most senior police officer": a superlative's
        // "most" after a possessive opens nothing.)
        let superlative = w == "most"
            && k > lo
            && tokens[k - 1].para == para
            && is_possessive(word(text, tokens, k - 1));
        if DESCRIPTION_OPENERS.contains_ignore_ascii_case(w)
            && !matches!(w, "senior" | "top" | "other")
            && !title_rank_opening(text, tokens, k)
            && !superlative
        {
            // ("a cluster that analysts have dubbed": "that" after a noun
            // is a relative pronoun, no determiner.)
            let relative = w == "that"
                && k > lo
                && tokens[k - 1].para == para
                && tokens[k - 1].is_lower()
                && tokens[k - 1].lemma().is_none()
                && !tokens[k - 1].has(lexicon::COMPLEMENT | lexicon::FILLER | lexicon::CONJUNCTION);
            if relative {
                // ("The Fraternal Order of Police lodge that represents
                // Pinecrest officers called": a verb after "that" opens
                // the relative clause, no description.)
                // (Not the head itself: "a matriarch that rangers call".)
                let verb = k + 1 < end
                    && tokens
                        .get(k + 1)
                        .is_some_and(|n| is_relative_clause_verb(text, n));
                if verb {
                    return None;
                }
                start = k + 1;
                break;
            }
            opened = true;
            break;
        }
    }
    let head = word(text, tokens, end);
    let known = tokens[end].has(lexicon::GROUP);
    let plural = crate::cues::is_plural_form(head);
    if !known && (!opened || tokens[end].has(lexicon::NOT_NAME | lexicon::FILLER)) {
        return None;
    }
    // ("the bank appeared increasingly worried": a past tense is the
    // verb, no head.)
    // (Not a participle before its phrase: "one Republican involved in
    // the planning", "the order released Friday"; nor one that is the
    // head: "those surveyed".)
    if !known
        && end > start + 1
        && tokens[end].is_lower()
        && crate::text::is_regular_past(head)
        && !tokens[end].has(lexicon::TITLE)
        && tokens.get(end + 1).is_some_and(|n| {
            n.para == tokens[end].para
                && n.is_lower()
                && !n.has(lexicon::COMPLEMENT | lexicon::WEEKDAY)
        })
    {
        return None;
    }
    if !opened && !plural && start == end && !PLURAL_COLLECTIVES.contains_ignore_ascii_case(head) {
        // A bare singular noun ("spokesman said") is not a speaker, but a
        // collective that takes a plural verb is ("police said").
        return None;
    }
    // "a spokesman for the campaign": the head may be the object of "for".
    // (Not of a phrase of time: "The senator during a town hall called"
    // is the senator.)
    if start >= lo + 2
        && tokens[start - 1].has(lexicon::COMPLEMENT)
        && !PHRASE_NOT_A_MODIFIER.contains(word(text, tokens, start - 1))
    {
        if let Some(outer) = description_ending_at(text, tokens, start - 2, lo) {
            return Some(Mention {
                span: Span::new(outer.span.start, tokens[end].span().end),
                name: Span::new(outer.span.start, tokens[end].span().end),
                ..outer
            });
        }
    }
    // "Her response:", "Barbara Lin's reply:": the words of the
    // possessor ("its consultation response noted": a word or two may
    // describe the noun).
    if start < end
        && end - start <= 3
        && tokens[end].has(lexicon::STATEMENT_NOUN)
        && tokens[start + 1..end]
            .iter()
            .all(|t| t.is_lower() && t.lemma().is_none() && !t.has(lexicon::GROUP))
    {
        if let Some(m) = possessor(text, tokens, start, lo) {
            return Some(m);
        }
    }
    // "the Fremantle Football Club's official account posted": an
    // account posts for its owner.
    // (A one-word name too: "Trump's Twitter account".)
    if ACCOUNT_NOUNS.contains(head) {
        if let Some(m) = (start..end)
            .find(|&k| is_possessive(word(text, tokens, k)))
            .and_then(|k| {
                possessor(text, tokens, k, lo).or_else(|| {
                    let t = &tokens[k];
                    let stem = crate::text::possessive_stem(t.span().as_str(text))?;
                    t.is_capitalised().then(|| {
                        let name = Span::new(t.span().start, t.span().start + stem.len());
                        possessor_mention(name, k, Gender::Unknown)
                    })
                })
            })
        {
            return Some(m);
        }
    }
    let span = Span::new(tokens[start].span().start, tokens[end].span().end);
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

/// A business named in the possessive ("Bellamy's", "Marks & Spencer's")
/// ending at token `end` as the subject of a verb right after it
/// ("Bellamy's said"): the name with its "'s".
fn possessive_form_name(text: &str, tokens: &[Token], end: usize, lo: usize) -> Option<Mention> {
    let t = &tokens[end];
    if !t.is_capitalised() || crate::text::possessive_stem(t.span().as_str(text)).is_none() {
        return None;
    }
    let verb_next = tokens.get(end + 1).is_some_and(|v| {
        v.para == t.para && crate::cues::VERBS_AFTER_POSSESSIVE.contains(v.span().as_str(text))
    });
    if !verb_next {
        return None;
    }
    let mut first = end;
    while first > lo
        && end - first < 3
        && tokens[first - 1].para == t.para
        && (tokens[first - 1].is_punct('&')
            || (tokens[first - 1].is_capitalised()
                && tokens[first - 1].name_part
                && !tokens[first - 1].has(lexicon::TITLE)))
    {
        first -= 1;
    }
    if tokens[first].is_punct('&') {
        first += 1;
    }
    let span = Span::new(tokens[first].span().start, t.span().end);
    Some(Mention {
        span,
        name: span,
        title: None,
        kind: MentionKind::Name,
        speaker_kind: SpeakerKind::Organisation,
        gender: Gender::Unknown,
        first_token: first,
    })
}

/// The mention of a body's name from token `first` (its "the", if any)
/// to token `last`, the name itself from token `name`.
fn body_name_mention(tokens: &[Token], first: usize, name: usize, last: usize) -> Mention {
    Mention {
        span: Span::new(tokens[first].span().start, tokens[last].span().end),
        name: Span::new(tokens[name].span().start, tokens[last].span().end),
        title: None,
        kind: MentionKind::Name,
        speaker_kind: SpeakerKind::Organisation,
        gender: Gender::Unknown,
        first_token: first,
    }
}

/// How many capitalised words after a body's "of" its name may run to a
/// verb's form ("the Council of Mediterranean States").
const BODY_OF_WORDS: usize = 4;

/// Lower-case words that may stand inside a body's name before its
/// initials ("Rally for the Republic (RPR)").
const INITIALS_CONNECTORS: ShortList = ShortList::new(&[
    "of", "for", "the", "a", "an", "and", "on", "in", "to", "de", "du", "des", "la", "le", "&",
]);

/// The last token of a body's name that opens at token `first` and is
/// followed by its initials in brackets ("Rally for the Republic (RPR)",
/// "Economic Community of Coastal States (ECOCS)"): the brackets say
/// where the name ends, whatever its words are. The initials open with
/// the first letter of one of the name's capitalised words; two
/// capitalised words at least.
fn name_before_initials(text: &str, tokens: &[Token], first: usize) -> Option<usize> {
    let para = tokens[first].para;
    let mut k = first;
    let mut capitalised = 0;
    while k < tokens.len() && k < first + 12 {
        let t = &tokens[k];
        if t.para != para || t.quoted {
            return None;
        }
        if t.is_punct('(') {
            break;
        }
        if t.is_capitalised() {
            capitalised += 1;
        } else if !INITIALS_CONNECTORS.contains(word(text, tokens, k)) {
            return None;
        }
        k += 1;
    }
    if capitalised < 2 || !tokens.get(k)?.is_punct('(') || !tokens[k - 1].is_capitalised() {
        return None;
    }
    let initials = word(text, tokens, k + 1);
    if !is_acronym(initials) || !tokens.get(k + 2)?.is_punct(')') {
        return None;
    }
    // (Perhaps of the name in another language, "Rally for the Republic
    // (RPR)", or of its words after a first few: "United Nations Office
    // for the Coordination of Humanitarian Affairs (OCHA)".)
    tokens[first..k]
        .iter()
        .any(|t| t.is_capitalised() && text.as_bytes()[t.span().start] == initials.as_bytes()[0])
        .then_some(k - 1)
}

/// The initials in the brackets that open at token `k` and the body's
/// name right before them ("PCM" and "Progressive Civic Movement" of
/// "the Progressive Civic Movement (PCM)").
fn initials_in_brackets<'t>(text: &'t str, tokens: &[Token], k: usize) -> Option<(&'t str, Span)> {
    if k == 0 || !tokens.get(k + 2)?.is_punct(')') {
        return None;
    }
    let initials = word(text, tokens, k + 1);
    if !is_acronym(initials) {
        return None;
    }
    let first = (k.saturating_sub(12)..k - 1).find(|&f| {
        tokens[f].is_capitalised()
            && tokens[f].para == tokens[k].para
            && name_before_initials(text, tokens, f) == Some(k - 1)
    })?;
    Some((
        initials,
        Span::new(tokens[first].span().start, tokens[k - 1].span().end),
    ))
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
    let m = mention_starting_at_inner(text, tokens, start, hi)?;
    if m.kind != MentionKind::Description {
        return Some(m);
    }
    if is_bodily(text, tokens, &m) {
        return None;
    }
    // ("A group calling itself Ahrar al-Sahil claimed", "a man known as
    // Tiger": the name the description goes by.)
    let end = tokens.partition_point(|t| t.span().end <= m.span.end);
    let by = match (word(text, tokens, end), word(text, tokens, end + 1)) {
        ("calling", "itself" | "themselves" | "himself" | "herself") | ("known", "as") => end + 2,
        _ => return Some(m),
    };
    let named = (by < hi && tokens[by].is_capitalised())
        .then(|| mention_starting_at_inner(text, tokens, by, hi))
        .flatten()
        .filter(|n| n.kind == MentionKind::Name && n.first_token == by);
    Some(match named {
        Some(n) if crate::referents::is_body_noun(head_noun(m.name.as_str(text))) => Mention {
            speaker_kind: SpeakerKind::Organisation,
            gender: Gender::Unknown,
            ..n
        },
        Some(n) => n,
        None => m,
    })
}

fn mention_starting_at_inner(
    text: &str,
    tokens: &[Token],
    start: usize,
    hi: usize,
) -> Option<Mention> {
    let t = tokens.get(start).filter(|_| start < hi)?;
    if t.quoted || !t.is_word() {
        return None;
    }
    let w = t.span().as_str(text);
    // "said another", "said one of them".
    // ("says one of them, Lowell Brandt, a corn grower": the name in
    // apposition.)
    if let Some(m) = one_of_starting_at(text, tokens, start) {
        return Some(apposed_name_or(text, tokens, m));
    }
    if let Some(g) = t.pronoun() {
        if matches!(g, Gender::Male | Gender::Female | Gender::Plural) {
            return mention_ending_at(text, tokens, start, start);
        }
        return None;
    }
    // "Hundreds of pro-Sanders demonstrators", "Some of the delegates": a
    // quantifier with the group it counts.
    if t.has(lexicon::QUANTIFIER) && word(text, tokens, start + 1).eq_ignore_ascii_case("of") {
        let group = mention_starting_at(text, tokens, start + 2, hi)
            .filter(|m| m.kind == MentionKind::Description)?;
        let span = Span::new(t.span().start, group.span.end);
        return Some(Mention {
            span,
            name: span,
            first_token: start,
            ..group
        });
    }
    // "Nearly 200 protesters", "About 40 residents", "3,000 workers": a
    // number, perhaps qualified, before a plural noun for people.
    // (Digits only, read before the word list.)
    let digits = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|n| text.as_bytes()[n.span().start].is_ascii_digit())
    };
    // ("More than 200 actors", "At least 30 officers": or two words.)
    let two_word_qualifier = || is_count_qualifier(w, word(text, tokens, start + 1));
    let counted = if digits(start) {
        Some(0)
    } else if digits(start + 1) && SHARE_QUALIFIERS.contains_ignore_ascii_case(w) {
        Some(1)
    } else {
        (digits(start + 2) && two_word_qualifier()).then_some(2)
    };
    if let Some(counted) = counted {
        let noun = start + counted + 1;
        if noun < hi
            && tokens[noun].is_lower()
            && tokens[noun].has(lexicon::GROUP)
            && word(text, tokens, noun).ends_with('s')
        {
            let span = Span::new(t.span().start, tokens[noun].span().end);
            return Some(description_mention(
                span,
                start,
                SpeakerKind::Group,
                Gender::Plural,
            ));
        }
    }
    // "Her response: “…”": the possessor of a statement noun that ends
    // the phrase.
    if tokens
        .get(start + 1)
        .is_some_and(|n| n.has(lexicon::STATEMENT_NOUN) && n.is_lower())
        && tokens.get(start + 2).is_none_or(|n| !n.is_word())
    {
        if let Some(m) = possessor(text, tokens, start, start) {
            return Some(m);
        }
    }
    // "Others, reacting to …, shouted": a quantifier alone before its
    // comma stands for people.
    if t.has(lexicon::QUANTIFIER) && tokens.get(start + 1).is_some_and(|n| n.is_punct(',')) {
        return mention_ending_at(text, tokens, start, start);
    }
    // Walk right over the name or the phrase, then read it leftwards.
    // Lower-case words may come between capitalised ones ("MSNBC host
    // Chris Matthews", "Montclair State University political scientist
    // Brigid Harrison").
    let the = DESCRIPTION_OPENERS.contains_ignore_ascii_case(w)
        && !matches!(w, "senior" | "top" | "other")
        && !title_rank_opening(text, tokens, start);
    // "said Rubio's deputy campaign manager, Rich Beeson": a possessive
    // opens a description like a determiner.
    if (the || (t.is_capitalised() && is_possessive(w))) && start + 1 < hi {
        if let Some(d) = determiner_phrase(text, tokens, start, hi) {
            return Some(d);
        }
    }
    let mut k = start + usize::from(the);
    // "said the Economic Community of Coastal States (ECOCS)": a body's
    // name up to its initials.
    if tokens
        .get(k)
        .is_some_and(|n| n.is_capitalised() && n.para == t.para)
    {
        if let Some(end) = name_before_initials(text, tokens, k).filter(|&e| e < hi) {
            return Some(body_name_mention(tokens, start, k, end));
        }
    }
    let mut last_good = None;
    let mut lower_run = 0;
    while k < hi && k < start + MENTION_TOKENS {
        let tk = &tokens[k];
        // "said Harlow & Finch chairman Archie Noble": an ampersand inside
        // an organisation's name.
        if tk.is_punct('&')
            && last_good == Some(k - 1)
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_capitalised() && n.para == t.para)
        {
            k += 1;
            continue;
        }
        // ("the Freedom to Read Alliance": "to" in a body's name.)
        if k > start
            && last_good == Some(k - 1)
            && word(text, tokens, k) == "to"
            && joins_name(text, tokens, k, start)
        {
            k += 1;
            continue;
        }
        // ("said the National Academies of Sciences, Engineering and
        // Medicine": a comma in a body's name.)
        if k > start && last_good == Some(k - 1) && body_list_comma(text, tokens, k, start) {
            k += 1;
            continue;
        }
        // ("said the Road Hauliers’ Federation": a plural's apostrophe
        // before a body's word in its name.)
        if k > start
            && last_good == Some(k - 1)
            && is_plural_apostrophe(text, tokens, k, start)
            && tokens[k - 1].is_capitalised()
            // (Not a place's: "The Philippines' Commission on …".)
            && !tokens[k - 1].has(lexicon::PLACE)
            && tokens.get(k + 1).is_some_and(|n| {
                n.para == t.para && n.is_capitalised() && n.has(lexicon::ORGANISATION)
            })
        {
            k += 1;
            continue;
        }
        if tk.quoted || !tk.is_word() || tk.para != t.para {
            break;
        }
        let wk = tk.span().as_str(text);
        if k > start && !the {
            if let Some(d) = possessed_description(text, tokens, start, k, hi) {
                return Some(d);
            }
        }
        // ("wrote Time magazine.": a body's noun after the name, ending
        // the clause.)
        if k > start
            && last_good == Some(k - 1)
            && tk.is_lower()
            && tk.has(lexicon::ORGANISATION)
            && tokens
                .get(k + 1)
                .is_none_or(|n| n.para != tk.para || !n.is_word())
        {
            last_good = Some(k);
            break;
        }
        if tk.is_capitalised() || tk.name_part {
            // ("said the Most Rev Cuthbert Ollerton": a style before a
            // clergy title.)
            let style = is_style(wk) && tokens.get(k + 1).is_some_and(|n| n.has(lexicon::TITLE));
            // ("the U.S. Court of Appeals for the 9th Circuit reversed": a
            // verb's form is a word of a body's name after its "of".)
            // ("the Council of Mediterranean States ended": or later in
            // the capitalised words after it.)
            let body_word = k > start + 1
                && (start + 1..k)
                    .rev()
                    .take(BODY_OF_WORDS)
                    .find(|&o| word(text, tokens, o) == "of")
                    .is_some_and(|o| {
                        tokens[o - 1].has(lexicon::ORGANISATION)
                            && tokens[o - 1].is_capitalised()
                            && tokens[o + 1..k].iter().all(Token::is_capitalised)
                    });
            // (Not a weekday read as a given name: "said Chief Sunday
            // Agbaje-Okoro".)
            let given_weekday = tk.has(lexicon::WEEKDAY) && tk.name_part;
            // ("said Mwanaisha Said Omar": nor a verb's form marked as a
            // middle name, with more of the name after it.)
            let middle_name = || {
                tk.name_part
                    && tk.has(lexicon::INFLECTED_VERB)
                    && !tk.has(lexicon::PLACE)
                    && tokens
                        .get(k + 1)
                        .is_some_and(|n| n.name_part && n.para == tk.para)
            };
            if (tk.has(lexicon::NOT_NAME)
                && !style
                && !given_weekday
                && !numbered_name_word(text, tokens, k)
                && !middle_name())
                || (tk.has(lexicon::INFLECTED_VERB) && !style && !body_word && !middle_name())
                || (k == start && !tk.name_part && is_adverb(wk))
            {
                break;
            }
            lower_run = 0;
            last_good = Some(k);
        } else if (tk.lemma().is_some() && !tk.has(lexicon::TITLE))
            || tk.has(lexicon::FILLER)
            // "said Pierre de Vos": a connector inside a name goes on.
            || is_connector(wk)
                && wk != "of"
                && !tokens[k + 1..]
                    .iter()
                    .take(3)
                    .find(|n| !is_connector(n.span().as_str(text)))
                    .is_some_and(|n| n.is_capitalised() && n.para == t.para)
            // "said Carly Fiorina during the debate": a preposition after
            // a name ends it ("of" is read by the head rule).
            || (last_good.is_some()
                && wk != "of"
                && tk.has(lexicon::CLAUSE_OPENER)
                && !joins_name(text, tokens, k, start))
            // "said Sen. Jim Whelan who represents Atlantic City": a
            // relative clause after a name ends it.
            || (last_good.is_some() && tk.has(lexicon::RELATIVE))
            // "says Stu Rothenberg of the non-partisan …": "of" after a
            // person's name (not after a title: "Secretary of State …").
            // ("said US Secretary of State …", "said German Minister of
            // Defence …": a country's initials or people before the title.)
            // (Not after a body's word: "said the Central Bank of
            // Sarvana".)
            || (wk == "of"
                && !(k > start && tokens[k - 1].has(lexicon::ORGANISATION))
                // (Nor after a plural noun for people opening the name:
                // "said the Friends of Grenmoor Museum".)
                && !(k == start + usize::from(the) + 1
                    && tokens[k - 1].is_capitalised()
                    && tokens[k - 1].has(lexicon::GROUP)
                    && word(text, tokens, k - 1).ends_with('s'))
                && tokens[start..k].iter().any(|t| {
                    t.name_part
                        && !t.has(
                            lexicon::TITLE
                                | lexicon::PARTY
                                | lexicon::ORGANISATION
                                | lexicon::PLACE,
                        )
                        && !(t.span().len() <= 3 && is_acronym(t.span().as_str(text)) && !the)
                }))
        {
            break;
        } else {
            // "The town released a statement": a past tense ends the phrase
            // and the word before it is its head.
            if the && lower_run > 0 && crate::text::is_regular_past(wk) {
                last_good = last_good.or(Some(k - 1));
                break;
            }
            // "Mr. Schultz generally supported Democrats": an adverb or a
            // past tense after a name is its predicate, not a job title.
            // ("Helena Dudek sued Acme Corp.", "… took Acme Corp. to
            // court": an irregular or a short past too.)
            if last_good.is_some()
                && ((wk.len() > 4 && (wk.ends_with("ly") || wk.ends_with("ed")))
                    || tk.has(lexicon::IRREGULAR_PAST))
                && !tk.has(lexicon::GROUP)
            {
                break;
            }
            lower_run += 1;
            if lower_run > 4 {
                break;
            }
            if the && tk.has(lexicon::GROUP) {
                last_good = Some(k);
                // A description ends at its head unless a name follows.
                if !tokens.get(k + 1).is_some_and(|n| n.is_capitalised()) {
                    break;
                }
            }
            // "Corporate lobbyists describe", "Trump supporters said",
            // "Nuclear proliferation experts have": a capitalised word and
            // a plural group noun, a lower-case modifier or two between.
            if !the
                && (k == start + 1 || (last_good == Some(start) && lower_run <= 2))
                && tk.has(lexicon::GROUP)
                && wk.ends_with('s')
            {
                last_good = Some(k);
                break;
            }
            // "Opposition leader in the council, M Nagaraju, alleged": so
            // is a noun for one person with no name after it.
            if !the
                && k == start + 1
                && tk.has(lexicon::TITLE | lexicon::GROUP)
                && tokens.get(k + 1).is_some_and(|n| {
                    n.para == tk.para
                        && !n.quoted
                        && (n.is_punct(',')
                            || (n.is_lower()
                                && (n.has(lexicon::COMPLEMENT) || n.lemma().is_some())))
                        || present_after_title(text, tokens, k + 1)
                })
            {
                last_good = Some(k);
                break;
            }
        }
        k += 1;
    }
    // "says the 30-year-old", "said the designer, who…": after a
    // determiner, the last word before the punctuation is the head.
    if last_good.is_none() && the && k > start + 1 && tokens.get(k).is_none_or(|t| !t.is_word()) {
        last_good = Some(k - 1);
    }
    // "said officials.", "said police": a bare group noun ending the
    // clause.
    if last_good.is_none()
        && !the
        && k == start + 1
        && t.is_lower()
        && t.has(lexicon::GROUP)
        && tokens.get(k).is_none_or(|t| !t.is_word())
    {
        last_good = Some(start);
    }
    let end = last_good?;
    let m = mention_ending_at(text, tokens, end, start)?;
    // "said Florida's Rick Wilson": a possessive before the name.
    let possessive = t.is_capitalised() && is_possessive(w);
    let fits = m.first_token <= end
        && (m.first_token <= start + usize::from(the || possessive) || m.kind == MentionKind::Name);
    if !fits {
        return None;
    }
    // "The firm's CEO, Paul Granger,", "the BJP MP from Gorakhpur, Ravi
    // Shukla": a title alone is a description of the person named after it.
    let title_only = m.kind == MentionKind::Name
        && tokens[end].has(lexicon::TITLE)
        && (tokens[end].is_lower() || crate::text::in_capitals(tokens[end].span().as_str(text)));
    if title_only {
        let named = apposed_name_or(text, tokens, m);
        if named.span != m.span {
            return Some(named);
        }
    }
    if m.kind == MentionKind::Description {
        return Some(apposed_name_or(
            text,
            tokens,
            with_post_modifier(text, tokens, m, end),
        ));
    }
    Some(m)
}

/// A description opened by a name in the possessive at token `k`, the
/// name starting at token `start` ("said Ann Hara's lawyer", "Kelly
/// Ayotte's campaign said"); the description keeps the name. Only a noun
/// that speaks heads it ("lawyer", "campaign", not "Mr. Kerry's actions");
/// a name in apposition after it is the mention instead ("Ann Hara's
/// lawyer, Tom Ruiz").
fn possessed_description(
    text: &str,
    tokens: &[Token],
    start: usize,
    k: usize,
    hi: usize,
) -> Option<Mention> {
    let t = &tokens[k];
    if !t.is_capitalised()
        || !is_possessive(t.span().as_str(text))
        || !tokens.get(k + 1).is_some_and(Token::is_lower)
        || !tokens[start..k]
            .iter()
            .all(|n| n.is_capitalised() && !n.has(lexicon::NOT_NAME))
    {
        return None;
    }
    let mut d = determiner_phrase(text, tokens, k, hi)?;
    if d.kind == MentionKind::Description {
        let head = tokens.partition_point(|t| t.span().end < d.name.end);
        if !tokens
            .get(head)
            .is_some_and(|h| h.has(lexicon::GROUP | lexicon::TITLE))
        {
            return None;
        }
        // "Sen. Kelly Ayotte's campaign": the name without its title.
        let named = tokens[start..k]
            .iter()
            .rposition(|n| n.has(lexicon::TITLE))
            .map_or(start, |i| start + i + 1);
        d.span = Span::new(tokens[start].span().start, d.span.end);
        d.name = Span::new(tokens[named].span().start, d.name.end);
        d.first_token = start;
    }
    Some(d)
}

/// Several people named together as one speaker ("Jan Kowalczyk and Ana
/// Lemos said", "said Kowalczyk, Lemos and Chen"): the mention `m` of one
/// of them widened over the names joined to it by "and" and commas, those
/// before it (down to token `lo`) or after it (up to `hi`). The speaker is
/// the group, named by all of them.
pub(crate) fn joint_speakers(
    text: &str,
    tokens: &[Token],
    m: Mention,
    lo: usize,
    hi: usize,
) -> Mention {
    // (The token the mention ends in, which may end inside it: "Greyfell"
    // of "Greyfell’s".)
    let last_of = |n: &Mention| {
        tokens
            .partition_point(|t| t.span().start < n.span.end)
            .saturating_sub(1)
    };
    // A person's name, not a title alone ("Pennsylvania Gov. and DNC
    // Chairman Ed Rendell" is one man).
    let person = |n: &Mention| n.is_person_name() && !tokens[last_of(n)].has(lexicon::TITLE);
    if !person(&m) {
        return m;
    }
    let para = tokens[m.first_token].para;
    // Names before: "Jan Kowalczyk and" before "Ana Lemos", commas before
    // the "and" ("Kowalczyk, Lemos and").
    let mut first = m;
    let mut anded = false;
    for _ in 0..4 {
        let f = first.first_token;
        let Some(k) = f
            .checked_sub(1)
            .filter(|&k| k > lo && tokens[k].para == para)
        else {
            break;
        };
        let w = word(text, tokens, k);
        let ok = (w == "and" && !anded) || (w == "," && anded);
        let n = (ok && tokens[k - 1].is_capitalised())
            .then(|| name_ending_at(text, tokens, k - 1, lo))
            .flatten()
            .filter(|n| {
                person(n)
                    && !n
                        .first_token
                        .checked_sub(1)
                        .is_some_and(|p| tokens[p].has(lexicon::COMPLEMENT))
                    // (Not an office's list: "Minister for the Environment,
                    // Climate and Communications Cathal Byrne".)
                    && !(w == "and"
                        && n.first_token + 1 == k
                        && tokens[n.first_token].first_name().is_none()
                        && office_list_before(text, tokens, k))
            });
        let Some(n) = n else {
            break;
        };
        first = n;
        anded = true;
    }
    // Names after: ", Lemos and Chen" after "Kowalczyk".
    let mut last = m;
    if !anded {
        for _ in 0..4 {
            let k = last_of(&last) + 1;
            let Some(w) = (k + 1 < hi && tokens[k].para == para)
                .then(|| word(text, tokens, k))
                .filter(|&w| w == "and" || w == ",")
            else {
                break;
            };
            let Some(n) = mention_starting_at(text, tokens, k + 1, hi)
                .filter(|n| person(n) && n.first_token == k + 1)
            else {
                break;
            };
            last = n;
            if w == "and" {
                anded = true;
                break;
            }
        }
    }
    if !anded {
        return m;
    }
    Mention {
        span: Span::new(first.span.start, last.span.end),
        name: Span::new(first.name.start, last.name.end),
        title: None,
        kind: MentionKind::Description,
        speaker_kind: SpeakerKind::Group,
        gender: Gender::Plural,
        first_token: first.first_token,
    }
}

/// The name in apposition after an inverted description ("wrote the
/// American ambassador at the time, John E. Herbst"), or the description.
fn apposed_name_or(text: &str, tokens: &[Token], m: Mention) -> Mention {
    // "the Labour MP for Leeds East, Ravi Shukla": a place or body after
    // the title.
    let after = past_place(
        text,
        tokens,
        tokens.partition_point(|t| t.span().end <= m.span.end),
    );
    if tokens.get(after).is_some_and(|t| t.is_punct(',')) {
        let hi = (after + 8).min(tokens.len());
        if let Some(n) = mention_starting_at(text, tokens, after + 1, hi) {
            // "One of them, a florist named Catalina Ruckstuhl-Hart,": the
            // name a description is given.
            // ("A spokesman for Mr. Pellegrew, a three-term Republican,": a
            // description opened by an article gives no name but one it is
            // called by.)
            let party = n.first_token + 1 >= tokens.partition_point(|t| t.span().end <= n.span.end)
                && tokens[n.first_token].has(lexicon::PARTY);
            let described = is_indefinite(word(text, tokens, after + 1)) && party;
            let named = named_after_description(text, tokens, n, hi);
            if named.is_none() && described {
                return m;
            }
            let n = named.unwrap_or(n);
            // Closed by punctuation: not the subject of a clause of its own
            // ("According to a person familiar with it, Mr. Sallis
            // “steered” …").
            // ("Dr. Amara Nwosu of Imperial College London." is closed
            // past its place.)
            let next = past_place(
                text,
                tokens,
                tokens.partition_point(|t| t.span().end <= n.span.end),
            );
            let closed = tokens
                .get(next)
                .is_none_or(|t| t.para != tokens[after].para || (!t.is_word() && !t.quoted));
            // (Right after the comma: not "The actor, who grew up in
            // Winnipeg,".)
            // (Nor an agent: "The government delegation, headed by Aldo
            // Ferrante,".)
            let in_clause = tokens[after + 1..n.first_token.max(after + 1)]
                .iter()
                .any(|t| t.has(lexicon::RELATIVE) || t.span().as_str(text) == "by");
            // ("The practice, Hanratty & Gilsenan, said": a body's name
            // apposed to a description of it.)
            let body = n.kind == MentionKind::Name
                && n.first_token == after + 1
                && n.speaker_kind == SpeakerKind::Organisation
                && m.kind == MentionKind::Description
                && m.speaker_kind != SpeakerKind::Person;
            if (n.is_person_name() || body) && closed && !in_clause {
                return n;
            }
        }
    }
    m
}

/// The person's name a description is given by "named" or "called"
/// ("a florist named Catalina Ruckstuhl-Hart"), with the description
/// read up to `hi` (exclusive) past its end.
fn named_after_description(text: &str, tokens: &[Token], d: Mention, hi: usize) -> Option<Mention> {
    if d.kind != MentionKind::Description {
        return None;
    }
    let first = d.first_token;
    let last = tokens.partition_point(|t| t.span().end <= d.span.end);
    // (The description may hold the name: "a florist named …" read whole.)
    let k = (first + 1..=last.min(hi.saturating_sub(1)))
        .find(|&k| matches!(word(text, tokens, k), "named" | "called"))?;
    let mut end = k;
    while end + 1 < hi.min(tokens.len())
        && tokens[end + 1].name_part
        && tokens[end + 1].para == tokens[k].para
    {
        end += 1;
    }
    (end > k)
        .then(|| name_ending_at(text, tokens, end, k + 1))
        .flatten()
        .filter(|m| m.first_token == k + 1 && m.is_person_name())
}

/// The name a relative clause after a description gives its person ("A
/// German tourist, who gave his name only as Jonas,", "My taxi driver,
/// whose name was Vince,", "a man who would give only his first name,
/// Sal,"): the capitalised words that close the clause, after "as", "was",
/// "is" or a comma, in a clause that says "name". `last` is the
/// description's last token.
pub(crate) fn name_given_after(text: &str, tokens: &[Token], last: usize) -> Option<Span> {
    name_tokens_given_after(text, tokens, last)
        .map(|(first, end)| Span::new(tokens[first].span().start, tokens[end].span().end))
}

/// [`name_given_after`] as the token range of the name, last included.
fn name_tokens_given_after(text: &str, tokens: &[Token], last: usize) -> Option<(usize, usize)> {
    let para = tokens[last].para;
    let mut k = last + 1;
    if tokens.get(k).is_some_and(|t| t.is_punct(',')) {
        k += 1;
    }
    if !matches!(word(text, tokens, k), "who" | "whose") {
        return None;
    }
    let from = k + 1;
    // The clause runs to its closing punctuation, a comma after the name.
    let close = (from..tokens.len().min(from + 14)).find(|&j| {
        let t = &tokens[j];
        // (A comma that follows no name is inside the clause: "who gave
        // only his first name, Sal,".)
        t.para != para
            || t.quoted
            || (!t.is_word() && (!t.is_punct(',') || tokens[j - 1].name_part))
    })?;
    // "who identified himself as a truck driver named Dwayne Kopecky from
    // Lansing,": the name after "named", wherever the clause goes on.
    if let Some(n) = (from..close).find(|&j| {
        word(text, tokens, j) == "named" && tokens.get(j + 1).is_some_and(|t| t.name_part)
    }) {
        let mut end = n + 1;
        while end + 1 < close && tokens[end + 1].name_part && tokens[end + 1].is_capitalised() {
            end += 1;
        }
        return Some((n + 1, end));
    }
    if !tokens[from..close]
        .iter()
        .any(|t| t.span().as_str(text) == "name")
    {
        return None;
    }
    let mut first = close;
    while first > from && tokens[first - 1].name_part && tokens[first - 1].is_capitalised() {
        first -= 1;
    }
    if first == close || first - from > 10 {
        return None;
    }
    let before = &tokens[first - 1];
    let introduced =
        before.is_punct(',') || matches!(before.span().as_str(text), "as" | "was" | "is");
    introduced.then_some((first, close - 1))
}

/// The full name of a person the text gives a given name and a surname
/// apart ("Brenda" and "Atherley" of "Brenda and Maureen Atherley").
pub(crate) fn given_and_surname(text: &str, given: Span, surname: Span) -> String {
    format!("{} {}", given.as_str(text), surname.as_str(text))
}

/// Given names coordinated before another person's full name ("Colm and
/// Bernadette Rafferty-Ives", "Tourists Hamish and Rebecca Ostergaard"):
/// (first given name, second given name, shared surname), when one of the
/// two given names is a known one.
fn coordinated_given_names(text: &str, tokens: &[Token]) -> Vec<(Span, Span, Span)> {
    let mut out = Vec::new();
    for k in 1..tokens.len().saturating_sub(3) {
        // (The cheap tests first: this runs on every token.)
        if !tokens[k + 1].name_part || tokens[k].span().len() != 3 || word(text, tokens, k) != "and"
        {
            continue;
        }
        let (g1, g2, sn) = (&tokens[k - 1], &tokens[k + 1], &tokens[k + 2]);
        let para = tokens[k].para;
        let names = [g1, g2, sn]
            .iter()
            .all(|t| t.para == para && t.is_word() && t.is_capitalised() && t.name_part);
        // Two words: "Maureen Atherley", not "Maureen Atherley Smith";
        // and no name before the first ("Sen. Ann Ruiz and Tom Lee").
        let ends = tokens
            .get(k + 3)
            .is_none_or(|t| t.para != para || !t.name_part);
        // (A common noun opening the sentence may come first: "Tourists
        // Hamish and Rebecca Ostergaard".)
        let alone = k < 2 || {
            let b = &tokens[k - 2];
            !b.name_part
                || b.para != para
                || (opens_sentence(text, tokens, k - 2)
                    && b.first_name().is_none()
                    && !b.has(lexicon::TITLE))
        };
        let known = g1.first_name().is_some() || g2.first_name().is_some();
        if names && ends && alone && known && sn.first_name().is_none() {
            out.push((g1.span(), g2.span(), sn.span()));
        }
    }
    out
}

/// How many given names of relatives a text may give ([`kin_surname`]).
const MAX_KIN_NAMES: usize = 16;

/// How many tokens back from a relative's noun the full name of the
/// person whose relative it is may stand.
const KIN_OWNER_TOKENS: usize = 40;

/// The noun for a relative apposed before the name opening at token
/// `first`, and the relation it names: past titles and one comma ("His
/// son, Officer Kyle Pritchett", "her mother, Dr. Loretta Bearspaw"), and
/// the lower-case words that describe the relative further ("his nephew
/// and longtime drummer, Andre Guidroz").
/// The possessive's gender and the noun of a description written as a
/// possessive and one noun ("her husband": female, "husband"; "their
/// son": plural, "son").
pub(crate) fn possessive_noun(name: &str) -> Option<(Gender, &str)> {
    let mut words = crate::text::words(name);
    let (Some(owner), Some(noun), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    let owner = match owner {
        "her" | "Her" => Gender::Female,
        "his" | "His" => Gender::Male,
        "their" | "Their" => Gender::Plural,
        _ => return None,
    };
    Some((owner, noun))
}

pub(crate) fn kin_noun_before(
    text: &str,
    tokens: &[Token],
    first: usize,
) -> Option<(usize, lexicon::Kin)> {
    let para = tokens.get(first)?.para;
    let mut k = first;
    let mut comma = false;
    while k > 0 && first - k < 4 {
        let t = &tokens[k - 1];
        // (Past an age too: "Her eldest son, 15-year-old Olivier".)
        if t.is_punct(',') && !comma {
            comma = true;
        } else if !((t.is_capitalised() && t.has(lexicon::TITLE))
            || (!comma
                && t.span().len() > 9
                && text.as_bytes()[t.span().start].is_ascii_digit()
                && t.span().as_str(text).ends_with("-year-old")))
        {
            break;
        }
        k -= 1;
    }
    // (The cheap test first: this runs on every name. A lower-case word
    // right before it.)
    if k == 0 || !tokens[k - 1].is_lower() || tokens[k - 1].para != para {
        return None;
    }
    // Back over the lower-case words only.
    (k.saturating_sub(KIN_WORDS_BEFORE)..k)
        .rev()
        .take_while(|&j| {
            let t = &tokens[j];
            t.is_word() && t.is_lower() && !t.quoted && t.para == para
        })
        .find_map(|j| Some((j, lexicon::kin(word(text, tokens, j))?)))
}

/// How many words before a name a noun for a relative apposed to it may
/// stand ([`kin_noun_before`]).
const KIN_WORDS_BEFORE: usize = 6;

/// How a name is introduced as someone's relative.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RelativeIntroduction {
    /// After "his", "her", "their" or "whose", or a noun in the
    /// possessive ("his nephew and longtime drummer, Andre Guidroz", "her
    /// son Tomas Reyes", "whose mother, Grace Eneh,", "the Minister’s
    /// brother, Kevin Minogue,").
    Possessed,
    /// After "His", "Her" or "Their" opening the sentence ("Their eldest
    /// son, Keith Butterworth,"): often the one the sentence is about, so
    /// no bar to the surname alone meaning them after a namesake; but not
    /// who a title and surname mean before a coordinated pair's partner
    /// ([`NameRegister::later_or_relative`]).
    Opening,
}

/// Whether and how the name opening at token `first` is apposed to a noun
/// for a relative ([`RelativeIntroduction`]).
fn relative_introduction(
    text: &str,
    tokens: &[Token],
    first: usize,
) -> Option<RelativeIntroduction> {
    let (j, _) = kin_noun_before(text, tokens, first)?;
    let words = j.saturating_sub(2)..j;
    let possessed = words.clone().any(|p| {
        let w = word(text, tokens, p);
        matches!(w, "his" | "her" | "their" | "whose")
            || (p > 0 && is_possessive(w) && word(text, tokens, p - 1) == "the")
    });
    if possessed {
        return Some(RelativeIntroduction::Possessed);
    }
    words
        .into_iter()
        .any(|p| matches!(word(text, tokens, p), "His" | "Her" | "Their"))
        .then_some(RelativeIntroduction::Opening)
}

/// The surname a given name at token `g` takes after "his"/"her", maybe
/// an adjective, and a noun for a relative ("his younger brother
/// Wiremu,", "her daughter, Amara."): that of the full name
/// `full_mentions` gives last before it in its paragraph, within
/// [`KIN_OWNER_TOKENS`].
fn kin_surname(text: &str, tokens: &[Token], g: usize, full_mentions: &[Span]) -> Option<Span> {
    let given = &tokens[g];
    // (The cheap tests first: this runs on every one-word name.)
    let mut k = g.checked_sub(1)?;
    if tokens[k].is_punct(',') {
        k = k.checked_sub(1)?;
    }
    let t = &tokens[k];
    if !t.is_lower() || t.para != given.para || lexicon::kin(t.span().as_str(text)).is_none() {
        return None;
    }
    let alone = tokens
        .get(g + 1)
        .is_none_or(|n| !n.name_part || n.para != given.para);
    if !given.is_capitalised() || given.quoted || !alone {
        return None;
    }
    // ("Petrinović's father, Zoran": a surname in the possessive, of a
    // full name given before.)
    let possessed = (k.saturating_sub(2)..k).rev().find_map(|j| {
        let o = &tokens[j];
        let stem = crate::text::possessive_stem(o.span().as_str(text))?;
        (o.is_capitalised() && o.para == t.para).then(|| {
            let start = o.span().start;
            Span::new(start, start + stem.len())
        })
    });
    if let Some(sn) = possessed {
        let surname = sn.as_str(text);
        return full_mentions[..full_mentions.partition_point(|s| s.start < sn.start)]
            .iter()
            .any(|f| f.as_str(text).len() > surname.len() && last_word(f.as_str(text)) == surname)
            .then_some(sn);
    }
    // ("Her twin sister, Kailani,": opening a sentence too.)
    let owner_word = |j: usize| matches!(word(text, tokens, j), "his" | "her" | "His" | "Her");
    let owner_at = if k >= 1 && owner_word(k - 1) {
        k - 1
    } else if k >= 2 && owner_word(k - 2) {
        // ("his younger brother", "her twin sister")
        k - 2
    } else {
        return None;
    };
    let before = full_mentions.partition_point(|s| s.start < tokens[owner_at].span().start);
    let owner = full_mentions[before.checked_sub(1)?];
    let owner_token = tokens.partition_point(|x| x.span().start < owner.start);
    // (In this paragraph or the one before: "said Ebo Quartey, 51, …" and
    // then "said his younger brother, Kojo,".)
    if tokens.get(owner_token).is_none_or(|o| o.para + 1 < t.para)
        || owner_at - owner_token > KIN_OWNER_TOKENS
    {
        return None;
    }
    let surname = last_word(owner.as_str(text));
    Some(Span::new(owner.end - surname.len(), owner.end))
}

/// A description opening its sentence whose relative clause gives the
/// person's name ("My taxi driver, whose name was Vince, had strong
/// views"), ending at token `i`: a subject mention of that name, for a
/// later pronoun.
fn named_by_clause(text: &str, tokens: &[Token], i: usize) -> Option<SubjectMention> {
    // The cheap tests first: this runs on every lower-case word. A comma
    // and a relative pronoun follow a noun for a person.
    if !tokens.get(i + 1).is_some_and(|c| c.is_punct(','))
        || !matches!(word(text, tokens, i + 2), "who" | "whose")
    {
        return None;
    }
    let t = &tokens[i];
    if t.quoted || !t.is_lower() || !is_person_noun(t, t.span().as_str(text)) {
        return None;
    }
    let opener = (i.saturating_sub(3)..i).find(|&k| {
        opens_sentence(text, tokens, k)
            && DESCRIPTION_OPENERS.contains_ignore_ascii_case(word(text, tokens, k))
    })?;
    if !tokens[opener + 1..i]
        .iter()
        .all(|m| m.para == t.para && m.is_word() && !m.quoted)
    {
        return None;
    }
    let (first, end) = name_tokens_given_after(text, tokens, i)?;
    let name = Span::new(tokens[first].span().start, tokens[end].span().end);
    Some(SubjectMention {
        token: end,
        name,
        gender: given_name_gender(name.as_str(text)).unwrap_or(Gender::Unknown),
        standalone: true,
        subject: true,
        unnamed: false,
        proper: false,
        possessor: false,
    })
}

/// The token after a place or body that token `k` opens with "for",
/// "from", "of", "in" or "at" and a few name words ("for Leeds East", "of
/// Imperial College London"), or `k` if it opens none.
pub(crate) fn past_place(text: &str, tokens: &[Token], k: usize) -> usize {
    if !tokens
        .get(k)
        .is_some_and(|t| matches!(t.span().as_str(text), "for" | "from" | "of" | "in" | "at"))
    {
        return k;
    }
    let mut e = k + 1;
    while e < tokens.len() && e <= k + 5 && is_name_part(tokens, e) {
        e += 1;
    }
    if e > k + 1 {
        e
    } else {
        k
    }
}

/// Words that follow the head noun of a description ("one Trump
/// confidant who…", "a source close to…", "an aide to…").
const HEAD_FOLLOWERS: ShortList = ShortList::new(&[
    "who", "that", "which", "whose", "of", "for", "to", "at", "in", "with", "from", "on", "close",
    "familiar", "speaking", "said", "says", "told", "tells",
]);

/// An inverted description opened by a determiner ("said one Trump
/// confidant", "wrote a Trump supporter who runs…"): its head is the first
/// lower-case word followed by punctuation or a word that ends a noun
/// phrase; a name in apposition after it wins.
fn determiner_phrase(text: &str, tokens: &[Token], start: usize, hi: usize) -> Option<Mention> {
    let para = tokens[start].para;
    let mut k = start + 1;
    // The last lower-case noun that can speak ("justice", "senator").
    let mut group_noun = None;
    while k < hi && k < start + 8 {
        let t = &tokens[k];
        // ("said the Social Democrats’ parliamentary leader, Markus
        // Brunnhuber": past the apostrophe of a plural possessive.)
        if is_plural_apostrophe(text, tokens, k, start)
            && tokens[k - 1].is_capitalised()
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_lower() && n.para == para)
        {
            k += 1;
            continue;
        }
        if t.para != para || t.quoted || !t.is_word() {
            return None;
        }
        if let Some(m) = coordinated_description(text, tokens, start, k) {
            return Some(apposed_name_or(text, tokens, m));
        }
        // "another leading advocate, Andrew Pincus": a verb's base form
        // that ends the phrase is its head noun.
        // So is one before a noun that speaks ("Trump’s Virginia state
        // director").
        // So is a document's noun before its phrase or at the end ("a
        // report from the inspector general", "according to the report.").
        // ("a report released by the auditor", "a document filed by
        // prosecutors": or before a participle and its preposition.)
        let participle_after = |n: &Token| {
            n.is_lower()
                && crate::text::is_regular_past(n.span().as_str(text))
                && tokens
                    .get(k + 2)
                    .is_some_and(|p| p.is_lower() && p.has(lexicon::COMPLEMENT))
        };
        let head_noun = t.lemma().is_some_and(|l| t.span().as_str(text) == l)
            && tokens.get(k + 1).is_none_or(|n| {
                n.para != para
                    || n.is_punct(',')
                    || (n.is_lower() && n.has(lexicon::GROUP | lexicon::TITLE))
                    || participle_after(n)
                    || (t.has(lexicon::GROUP)
                        && (!n.is_word()
                            || HEAD_FOLLOWERS.contains(n.span().as_str(text))
                            || n.span().as_str(text) == "by"))
            });
        if (t.lemma().is_some() && t.is_lower() && !head_noun) || t.has(lexicon::FILLER) {
            // "A police spokesman declined to comment but said": a verb
            // right after the noun that speaks ends the phrase there.
            if let Some(g) = group_noun.filter(|&g| g + 1 == k && t.is_lower()) {
                return mention_ending_at(text, tokens, g, start)
                    .filter(|m| m.first_token == start && m.kind == MentionKind::Description);
            }
            return None;
        }
        // "the justice sounded off on …", "The Republican candidate
        // appeared to …": words after a noun that speaks, up to a
        // preposition, are its predicate when the last of them is no such
        // noun; but a participle and its preposition modify the noun ("a
        // source involved in …", "a poll conducted in …").
        // ("The student union, which …": a body's word right after such a
        // noun, before a comma, is the head.)
        if t.is_lower()
            && t.has(lexicon::ORGANISATION)
            && group_noun == Some(k - 1)
            && tokens.get(k + 1).is_some_and(|n| n.is_punct(','))
        {
            return mention_ending_at(text, tokens, k, start)
                .filter(|m| m.first_token == start && m.kind == MentionKind::Description);
        }
        if !t.is_capitalised() && !t.has(lexicon::GROUP) {
            if let Some(g) = group_noun.filter(|&g| g < k) {
                let w = t.span().as_str(text);
                let participle = k == g + 1
                    && (w.ends_with("ed") || w.ends_with("ing"))
                    && tokens.get(k + 1).is_some_and(|n| {
                        let nw = n.span().as_str(text);
                        n.has(lexicon::COMPLEMENT) && !nw.eq_ignore_ascii_case("to")
                    });
                // "Clinton's aide rallied supporters": a past tense right
                // after the noun, with no preposition, is its verb.
                let past = k == g + 1 && crate::text::is_regular_past(w);
                let ends = !participle
                    && (past
                        || tokens.get(k + 1).is_none_or(|n| {
                            n.para != para
                                || !n.is_word()
                                || HEAD_FOLLOWERS.contains(n.span().as_str(text))
                        }));
                if ends {
                    return mention_ending_at(text, tokens, g, start)
                        .filter(|m| m.first_token == start && m.kind == MentionKind::Description);
                }
            }
        }
        if t.is_lower() && t.has(lexicon::GROUP) {
            group_noun = Some(k);
        }
        // "The FBI looked for a link": a past tense after a name is its
        // verb, no head noun ("the accused" has no name before it).
        let w = t.span().as_str(text);
        if k > start + 1
            && t.is_lower()
            && !t.has(lexicon::GROUP)
            && crate::text::is_regular_past(w)
            && tokens[k - 1].is_capitalised()
            // But "one Republican involved in the planning".
            && !tokens[k - 1].has(lexicon::PARTY)
        {
            return None;
        }
        // ("The Romanian center fouled out with 40 seconds left": after a
        // lower-case noun, a past tense with no preposition after it is
        // the verb, the noun the head; "a poll conducted in May" is not.)
        // ("The law’s chief sponsor went further": an irregular past too.)
        // ("The 24-year-old nodded.": an age as the head, before the end
        // of the sentence too.)
        // ("The world No. 1 shook her head": so is a ranking.)
        let aged = k > start + 1
            && (word(text, tokens, k - 1).ends_with("-year-old")
                || crate::referents::is_ranking(text, tokens, k - 1));
        if k > start + 1
            && is_past_form(text, t)
            && (tokens[k - 1].is_lower() || aged)
            && tokens.get(k + 1).is_some_and(|n| {
                n.para == para
                    && ((n.is_word() && !n.quoted && !n.has(lexicon::COMPLEMENT))
                        || (aged && n.is_punct('.')))
            })
        {
            return mention_ending_at(text, tokens, k - 1, start)
                .filter(|m| m.first_token == start && m.kind == MentionKind::Description);
        }
        if !t.is_capitalised() {
            let ends = tokens.get(k + 1).is_none_or(|n| {
                n.para != para
                    || n.quoted
                    || !n.is_word()
                    || HEAD_FOLLOWERS.contains(n.span().as_str(text))
                    || (head_noun && participle_after(n))
                    // ("The union representing the workers", "The firm
                    // managing the project": a present participle after a
                    // body's noun, or before its object's determiner.)
                    || (is_present_participle(text, n)
                        && (t.has(lexicon::ORGANISATION | lexicon::GROUP)
                            || crate::cues::is_determiner(word(text, tokens, k + 2))))
            });
            if ends {
                let m = mention_ending_at(text, tokens, k, start)?;
                if m.first_token != start || m.kind != MentionKind::Description {
                    return None;
                }
                return Some(apposed_name_or(
                    text,
                    tokens,
                    with_post_modifier(text, tokens, m, k),
                ));
            }
        }
        k += 1;
    }
    None
}

/// "said her uncle and trainer, Ante Vukšić", "said his wife and business
/// partner": a description whose head is two nouns joined by "and" at
/// token `and`, the second with at most one word before it and no
/// determiner, ending the phrase at punctuation. Read from the
/// description's opener at `start`; `None` unless the first noun ends a
/// description that starts there.
fn coordinated_description(
    text: &str,
    tokens: &[Token],
    start: usize,
    and: usize,
) -> Option<Mention> {
    if word(text, tokens, and) != "and" || and < start + 2 {
        return None;
    }
    let para = tokens[and].para;
    let noun = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.para == para
                && t.is_lower()
                && t.is_word()
                && !t.quoted
                && t.lemma().is_none()
                && !t.has(lexicon::RELATIVE | lexicon::FILLER | lexicon::COMPLEMENT)
                && !is_past_form(text, t)
                && !crate::cues::is_determiner(t.span().as_str(text))
        })
    };
    if !noun(and - 1) {
        return None;
    }
    let last = (and + 1..and + 3).take_while(|&k| noun(k)).last()?;
    // The description the first noun ends, read only once the phrase's
    // end is known.
    let first = || {
        mention_ending_at(text, tokens, and - 1, start)
            .filter(|m| m.first_token == start && m.kind == MentionKind::Description)
    };
    // ("said her friend and longtime neighbor Ante Vukšić": the name
    // the description is given.)
    if tokens
        .get(last + 1)
        .is_some_and(|n| n.para == para && n.is_capitalised() && !n.quoted)
    {
        let hi = (last + 1 + MENTION_TOKENS).min(tokens.len());
        return mention_starting_at(text, tokens, last + 1, hi)
            .filter(Mention::is_person_name)
            .filter(|_| first().is_some());
    }
    let closes = tokens
        .get(last + 1)
        .is_none_or(|n| n.para != para || (!n.is_word() && !n.quoted));
    if !closes {
        return None;
    }
    let m = first()?;
    let end = tokens[last].span().end;
    Some(Mention {
        span: Span::new(m.span.start, end),
        name: Span::new(m.name.start, end),
        ..m
    })
}

/// Whether a token is a present participle in lower case that reports
/// nothing ("representing", "managing").
pub(crate) fn is_present_participle(text: &str, t: &Token) -> bool {
    let w = t.span().as_str(text);
    t.is_lower() && w.len() > 5 && w.ends_with("ing") && t.lemma().is_none()
}

/// Whether a token is a past tense in lower case, regular ("entered")
/// or irregular (`irregular_pasts.txt`: "took", "came").
pub(crate) fn is_past_form(text: &str, t: &Token) -> bool {
    t.is_lower()
        && (crate::text::is_regular_past(t.span().as_str(text)) || t.has(lexicon::IRREGULAR_PAST))
}

/// Whether token `k` is a past form before an infinitive ("declined to
/// elaborate", "refused to say"): the verb of a clause, not a participle
/// modifying the noun before it ("a lawyer assigned to the case").
pub(crate) fn is_past_before_infinitive(text: &str, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.is_lower()
        && crate::text::is_regular_past(t.span().as_str(text))
        && word(text, tokens, k + 1) == "to"
        && tokens.get(k + 2).is_some_and(|v| {
            v.para == t.para
                && v.is_lower()
                && !crate::cues::is_determiner(v.span().as_str(text))
                && !is_number(v.span().as_str(text))
        })
}

/// Whether token `k`, right after a title, is a verb in the present
/// tense, as headlines write them ("Arizona governor vetoes water bill",
/// "Kenya minister signs"): a lower-case word in "-s" that is no noun
/// for people and heads no noun phrase of its own ("chief operations
/// officer").
fn present_after_title(text: &str, tokens: &[Token], k: usize) -> bool {
    let (Some(title), Some(t)) = (k.checked_sub(1).map(|h| &tokens[h]), tokens.get(k)) else {
        return false;
    };
    let w = t.span().as_str(text);
    title.has(lexicon::TITLE)
        && t.para == title.para
        && t.is_lower()
        && !t.quoted
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !t.has(lexicon::GROUP | lexicon::TITLE | lexicon::COMPLEMENT)
        && !tokens
            .get(k + 1)
            .is_some_and(|n| n.para == t.para && n.has(lexicon::TITLE | lexicon::GROUP))
}

/// A description with what follows its head up to the end of the clause
/// ("one Democrat familiar with the discussion", "a source close to the
/// campaign"), when that is a short phrase without a verb, or a relative
/// clause ("a GOP data expert who has worked for one of the rivals") up to
/// its punctuation or to the reporting verb after it.
fn with_post_modifier(text: &str, tokens: &[Token], m: Mention, head: usize) -> Mention {
    // (Headline style, with no article: "Arizona governor vetoes".)
    let article = DESCRIPTION_OPENERS.contains_ignore_ascii_case(word(text, tokens, m.first_token));
    if !article && present_after_title(text, tokens, head + 1) {
        return m;
    }
    let para = tokens[head].para;
    let mut end = head;
    let mut k = head + 1;
    // Token index of the relative pronoun, once one is met.
    let mut relative: Option<usize> = None;
    let mut verb_ended = false;
    while k < tokens.len() && k <= head + 16 {
        let t = &tokens[k];
        // ("who bought a winning $612 million ticket": a sum is words.)
        let sum = matches!(t.span().as_str(text), "$" | "€" | "£")
            && tokens
                .get(k + 1)
                .is_some_and(|n| is_number(n.span().as_str(text)));
        if t.para != para || t.quoted || !(t.is_word() || sum) {
            break;
        }
        match relative {
            None if t.has(lexicon::RELATIVE) => relative = Some(k),
            None => {
                // "The former secretary of state mocked …", "A spokesman
                // for the campaign declined …": a short "of" or "for"
                // phrase before the clause's verb is part of it.
                let w = t.span().as_str(text);
                // ("The opposition party on Tuesday rejected the results":
                // a day before the clause's verb ends the phrase.)
                if w == "on"
                    && tokens.get(k + 1).is_some_and(|n| n.has(lexicon::WEEKDAY))
                    && tokens
                        .get(k + 2)
                        .is_some_and(|v| v.is_lower() && v.para == para && is_past_form(text, v))
                {
                    verb_ended = true;
                    break;
                }
                // ("accused by the chair of a parliamentary committee on
                // Tuesday of “…”": a day before the charge's "of" ends the
                // phrase.)
                if end > head
                    && w == "on"
                    && tokens.get(k + 1).is_some_and(|n| n.has(lexicon::WEEKDAY))
                    && word(text, tokens, k + 2) == "of"
                {
                    verb_ended = true;
                    break;
                }
                // ("accused by the chair of a parliamentary committee of
                // presiding over …": a second "of" before a gerund is the
                // charge's.)
                if end > head + 1
                    && w == "of"
                    && tokens.get(k + 1).is_some_and(|n| {
                        n.is_lower() && n.para == para && n.span().as_str(text).ends_with("ing")
                    })
                {
                    verb_ended = true;
                    break;
                }
                let of_phrase = matches!(word(text, tokens, head + 1), "of" | "for");
                // The word right after "of" is its object ("secretary of
                // state"), whatever else it could be.
                let object = of_phrase && k == head + 2;
                let verb = !object
                    && (t.lemma().is_some() || (t.is_lower() && crate::text::is_regular_past(w)));
                if verb
                    && end >= head + 2
                    && k <= head + 5
                    && tokens[head].has(lexicon::GROUP | lexicon::TITLE)
                    && of_phrase
                    && !DESCRIPTION_OPENERS.contains_ignore_ascii_case(word(text, tokens, end))
                    && !tokens[k - 1].has(lexicon::COMPLEMENT)
                {
                    verb_ended = true;
                    break;
                }
                // A verb ends it; "to" and "on" are fillers only after a
                // verb ("went on to say"), here they are prepositions.
                // (Not a capitalised name: "of The Boston Herald".)
                if !object
                    && ((t.lemma().is_some() && !t.is_capitalised())
                        // (Not the month: "a poll conducted in May".)
                        || (t.has(lexicon::FILLER)
                            && !t.has(lexicon::COMPLEMENT)
                            && !t.is_capitalised()))
                {
                    // "a report from the inspector general to be released
                    // Thursday": an infinitive after the phrase ends it.
                    if k >= head + 3 && word(text, tokens, k - 1) == "to" {
                        end = k - 2;
                        verb_ended = true;
                        break;
                    }
                    return m;
                }
                if k > head + 10 {
                    return m;
                }
            }
            // "a source who asked not to be named said": a reporting verb
            // past the relative clause's own verb is the main verb.
            Some(r)
                if k > r + 2
                    && t.lemma().is_some()
                    && !tokens[k - 1].has(lexicon::FILLER | lexicon::CONJUNCTION) =>
            {
                verb_ended = true;
                break;
            }
            // ("A retired bus driver who bought a winning ticket came
            // forward Monday, saying": so does a past verb right after a
            // noun, the main clause's.)
            // (Not inside a clause of time or a second relative: "who ran
            // three marathons before his knee blew out"; nor the verb of
            // "whose" and its noun.)
            Some(r)
                if k > r + 2
                    && is_past_form(text, t)
                    && !(word(text, tokens, r) == "whose" && k <= r + 3)
                    && !tokens[r + 1..k]
                        .iter()
                        .any(|x| x.has(lexicon::SUBORDINATOR | lexicon::RELATIVE))
                    && {
                        let b = &tokens[k - 1];
                        let bw = b.span().as_str(text);
                        b.is_lower()
                            && b.lemma().is_none()
                            && b.pronoun().is_none()
                            && !b.has(lexicon::COMPLEMENT | lexicon::FILLER | lexicon::CONJUNCTION)
                            && !crate::cues::is_determiner(bw)
                            && !AUXILIARIES.contains(bw)
                            && !matches!(bw, "been" | "be" | "not")
                    } =>
            {
                verb_ended = true;
                break;
            }
            // "who oversaw investigations and described the deal as …": a
            // second verb coordinated with the clause's ends it.
            Some(r)
                if k > r + 2
                    && t.has(lexicon::CONJUNCTION)
                    && tokens.get(k + 1).is_some_and(|n| {
                        let w = n.span().as_str(text);
                        n.para == para
                            && n.is_lower()
                            && (n.lemma().is_some() || (crate::text::is_regular_past(w)))
                    }) =>
            {
                // "who identified him but spoke on the condition of
                // anonymity": a source's manner of speaking drops the
                // whole clause.
                let sourcing = tokens[k..]
                    .iter()
                    .take(8)
                    .take_while(|t| t.para == para && t.is_word())
                    .any(|t| t.has(lexicon::SOURCING));
                end = if sourcing { r - 1 } else { k - 1 };
                verb_ended = true;
                break;
            }
            // "who spoke on the condition of anonymity": how the source
            // spoke, not who it is.
            Some(r) if t.has(lexicon::SOURCING) => {
                end = r - 1;
                verb_ended = true;
                break;
            }
            Some(_) => {}
        }
        end = k;
        k += 1;
    }
    let stops = verb_ended || tokens.get(k).is_none_or(|t| t.para != para || !t.is_word());
    if end == head || !stops || relative == Some(end) {
        return m;
    }
    let span = Span::new(m.span.start, tokens[end].span().end);
    Mention {
        span,
        name: span,
        ..m
    }
}

/// A distinct full name (two words or more) of a person in the document.
#[derive(Debug, Clone, Copy)]
struct FullName {
    /// Byte position of its first occurrence.
    first_at: usize,
    /// Its first occurrence.
    name: Span,
    gender: Gender,
    /// How often it occurs.
    count: u32,
    /// Whether the text called the person by the surname alone while no
    /// namesake had yet been named ("said Brookover, 38" before "Her
    /// daughter, Jada Brookover"): the surname alone is then this
    /// person's, as the text set it up.
    surname_first: bool,
    /// Whether the headline names the person in full ("Poet Amitabha
    /// Sanyal … dies at 91"): the article's main figure, whom the surname
    /// alone means before relatives named more often.
    headlined: bool,
}

/// How far back (in bytes) a full name counts as just mentioned.
const RECENT_FULL_NAME: usize = 1200;

/// How many distinct full names sharing a last word are weighed.
const MAX_NAMESAKES: usize = 32;

/// How many names of bodies a text's register keeps, of each kind
/// (companies' full names, names after a noun for a body): bounds the
/// lookup of a name.
const MAX_BODY_NAMES: usize = 32;

/// A mention of a person, a candidate antecedent for a pronoun; those in
/// subject position ("Mr. Sanders campaigned", "Trump, who…") come first.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SubjectMention {
    /// Token index of the mention's last word.
    pub token: usize,
    /// The name as written, without title.
    pub name: Span,
    /// The gender its title or given name shows.
    pub gender: Gender,
    /// Whether it has a title or several words, so that it names a person
    /// even when no fuller form is known.
    pub standalone: bool,
    /// Whether it stands in subject position.
    pub subject: bool,
    /// Whether it is a description of unknown gender ("A neighbour"): an
    /// antecedent only when no person is named after it in the pronoun's
    /// paragraph.
    pub unnamed: bool,
    /// Whether it is one word opening a sentence that the text also
    /// capitalises inside a sentence and never writes in lower case: a
    /// proper name ("Kessing dodged …" where "… asked Kessing" follows).
    pub proper: bool,
    /// Whether it is a person's name in the possessive ("Senator Omar
    /// Brandt's anger").
    pub possessor: bool,
}

impl SubjectMention {
    /// A description of a person in subject position ending at token
    /// `token` ("A neighbour", "one survivor"), unnamed when `gender` is
    /// unknown.
    fn description(token: usize, name: Span, gender: Gender) -> SubjectMention {
        SubjectMention {
            token,
            name,
            gender,
            standalone: true,
            subject: true,
            unnamed: gender == Gender::Unknown,
            proper: false,
            possessor: false,
        }
    }
}

/// How many tokens a dateline's place, date and wire may take before its
/// dash.
const DATELINE_TOKENS: usize = 14;

/// How many words in capitals a place before a dateline's colon may have
/// ("GEORGE TOWN:", "KUALA LUMPUR:").
const COLON_DATELINE_WORDS: usize = 3;

/// How many tokens after a dateline's colon its paragraph must run, a
/// sentence of news, not a label's short answer.
const COLON_DATELINE_SENTENCE: usize = 8;

/// The token after the dateline that opens the paragraph at token
/// `first`, if it opens with one: a place in capitals and a dash
/// ("JACKSON, Miss. —", "SANTA FE, N.M. —", "LONDON (Reuters) -").
pub(crate) fn dateline_end(text: &str, tokens: &[Token], first: usize) -> Option<usize> {
    let t = tokens.get(first)?;
    let w = t.span().as_str(text);
    if !(t.is_word() && w.len() > 1 && crate::text::in_capitals(w)) {
        return None;
    }
    // ("GEORGE TOWN: The stop-work order …": or a colon right after a
    // place in capitals, no title among its words, before a sentence; not
    // a transcript's "MAYOR ROSA ORTIZ:".)
    let colon = (first + 1..tokens.len().min(first + COLON_DATELINE_WORDS + 1))
        .take_while(|&k| tokens[k].para == t.para)
        .find(|&k| !tokens[k].is_word())
        .filter(|&k| {
            tokens[k].is_punct(':')
                && tokens[first..k].iter().all(|w| {
                    crate::text::in_capitals(w.span().as_str(text)) && !w.has(lexicon::TITLE)
                })
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.para == t.para && n.is_capitalised())
                && tokens
                    .get(k + COLON_DATELINE_SENTENCE)
                    .is_some_and(|n| n.para == t.para)
        });
    if let Some(k) = colon {
        return Some(k + 1);
    }
    // ("ALMATY, 12 March (Steppe Financial Wire) -": a date and a wire in
    // brackets may come first.)
    let dash = (first + 1..tokens.len().min(first + DATELINE_TOKENS))
        .take_while(|&k| tokens[k].para == t.para)
        .find(|&k| is_dash(tokens, k))?;
    // No lower-case word before the dash ("GOP front-runner Donald Trump
    // - who …" is no dateline), but a place's particle ("LUMANGBAYAN
    // CITY, Lanao del Norte —").
    (!tokens[first..dash]
        .iter()
        .any(|t| t.is_lower() && !is_surname_particle(text, t)))
    .then_some(dash + 1)
}

/// The next word of the name whose last word so far is token `end` (it
/// started at token `first`): the next token if it is a name part, or the
/// name part after one or more joining connectors ("Pieter van der Berg",
/// "Department of Justice").
fn name_goes_on(text: &str, tokens: &[Token], end: usize, first: usize) -> Option<usize> {
    let para = tokens[end].para;
    let mut j = end + 1;
    // (Six tokens: a quoted nickname is three, and particles may follow
    // it: "Geertruida “Truus” van der Berg".)
    while j < tokens.len() && j <= end + 6 && tokens[j].para == para {
        if is_name_part(tokens, j) {
            return Some(j);
        }
        if !joins_name(text, tokens, j, first) && !joins_organisation_ahead(text, tokens, j, first)
        {
            return None;
        }
        j += 1;
    }
    None
}

/// [`joins_organisation`] for token `j` read left to right, with the name
/// parts after it as its run.
fn joins_organisation_ahead(text: &str, tokens: &[Token], j: usize, first: usize) -> bool {
    if !tokens
        .get(j + 1)
        .is_some_and(|_| is_name_part(tokens, j + 1))
    {
        return false;
    }
    let mut last = j + 1;
    while last + 1 < tokens.len() && last < j + 6 && is_name_part(tokens, last + 1) {
        last += 1;
    }
    joins_organisation(text, tokens, j, first, j + 1..=last)
}

/// How many lone sentence-opening words [`NameRegister`] checks for
/// common words in one document.
const MAX_COMMON_CHECKS: usize = 32;

/// Whether token `i` opens its sentence: the first of its paragraph, or
/// after a full stop, a question or exclamation mark.
pub(crate) fn opens_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    i == 0 || tokens[i - 1].para != tokens[i].para || tokens[i - 1].is_sentence_stop(text)
}

/// How many tokens an opening phrase before a clause's subject may run
/// ("Speaking to reporters outside the committee room after almost five
/// hours of questioning, the chief …").
const OPENING_PHRASE_TOKENS: usize = 16;

/// Whether token `k` opens its sentence's clause after a short opening
/// phrase of a dozen words at most and its comma ("Later that evening,
/// the governor …"; "Later Tuesday, at a conference in Washington, the
/// Meridian chief …": two phrases).
pub(crate) fn after_opening_phrase(text: &str, tokens: &[Token], k: usize) -> bool {
    k >= 2
        && tokens[k - 1].is_punct(',')
        && (k.saturating_sub(OPENING_PHRASE_TOKENS)..k - 1).any(|s| {
            opens_sentence(text, tokens, s)
                && tokens[s..k - 1].iter().all(|t| {
                    (t.is_word() || t.is_punct(',')) && !t.quoted && t.para == tokens[k].para
                })
        })
}

/// Whether token `i` opens its sentence, or follows a conjunction that
/// does ("But Quillfeather's pitch …").
pub(crate) fn opens_sentence_past_conjunction(text: &str, tokens: &[Token], i: usize) -> bool {
    opens_sentence(text, tokens, i)
        || (i > 0 && tokens[i - 1].has(lexicon::CONJUNCTION) && opens_sentence(text, tokens, i - 1))
}

/// Counts one more occurrence of a full name in a list of them.
fn count_name(list: &mut Vec<FullName>, text: &str, entry: FullName) {
    let full = entry.name.as_str(text);
    match list.iter_mut().find(|f| f.name.as_str(text) == full) {
        Some(f) => f.count += 1,
        None => list.push(entry),
    }
}

/// The register of names in one document: every capitalised person name
/// outside quotations, used to name an entity by its fullest form and to
/// find the antecedents of pronouns.
#[derive(Debug, Default)]
pub(crate) struct NameRegister<'t> {
    /// Distinct full names by last word, most frequent first.
    by_last: HashMap<&'t str, Vec<FullName>>,
    /// Distinct full names by their given name, for a person called by
    /// it alone ("Bill" for Bill Clinton, "Omar" for Omar Farouk).
    by_first: HashMap<&'t str, Vec<FullName>>,
    /// Whether a full name with a word for "son of" ("Hafiz bin Othman")
    /// is among them.
    patronymic: bool,
    /// Full names of a given name and two surnames by the first surname,
    /// which names the person alone ("Urrego" for Liliana Urrego
    /// Castaño).
    by_first_surname: HashMap<&'t str, Vec<FullName>>,
    /// The same for full names whose given name no list knows ("Quispe"
    /// for Hilaria Quispe Mamani) and for a family name between an English
    /// given name and two more ("Goh" for Marcus Goh Wei Ming): not a name
    /// for the speaker, only its referent (see `first_surname_referent`).
    by_unknown_first_surname: HashMap<&'t str, Vec<FullName>>,
    /// Full names of no gender known otherwise, with the gender an
    /// honorific inside a quotation gives their surname ("“Mr Urbańczyk,
    /// …?”").
    addressed: Vec<(Span, Gender)>,
    /// Person mentions, in text order.
    pub subjects: Vec<SubjectMention>,
    /// Every occurrence of a full name, in text order.
    full_mentions: Vec<Span>,
    /// Given names coordinated before a surname they share, with it
    /// ("Brenda", "Maureen" and "Atherley" of "Brenda and Maureen
    /// Atherley"), in text order.
    pub pairs: Vec<(Span, Span, Span)>,
    /// The first given name and surname of [`Self::pairs`] by given name.
    pair_by_given: HashMap<&'t str, (Span, Span)>,
    /// Up to two distinct given names of [`Self::pairs`] by surname.
    pairs_by_surname: HashMap<&'t str, Vec<(Span, Span)>>,
    /// Companies' full names ("Orvane Devices Corp."), in text order.
    companies: Vec<Span>,
    /// Names a noun for a body was put before ("the union Unite") or
    /// apposed to ("Palmetto Forward, a super PAC", "Spotlight Equity,
    /// which represents actors").
    bodies: Vec<Span>,
    /// Full names introduced as someone's relative ("his nephew and
    /// longtime drummer, Andre Guidroz,"), there: not the namesake a
    /// surname right after means (see `fullest_near`).
    relatives: Vec<Span>,
    /// Full names introduced as a relative opening the sentence (see
    /// `relative_introduction`).
    relatives_opening: Vec<Span>,
    /// One-word names after a title ("Mr. Trump", "Sen. Kessane"): a
    /// surname, never a given name used alone.
    titled_surnames: Vec<&'t str>,
    /// Initials in brackets after a body's name, and the name ("PCM" of
    /// "the Progressive Civic Movement (PCM)").
    initials: Vec<(&'t str, Span)>,
}

impl<'t> NameRegister<'t> {
    /// Collects the person names of the text, outside the headline
    /// paragraph (in title case, its words run together: "ESPN Fires
    /// Schilling").
    pub fn build(text: &'t str, tokens: &[Token], headline: Option<u32>) -> NameRegister<'t> {
        let mut reg = NameRegister {
            subjects: Vec::with_capacity(tokens.len() / 16 + 1),
            ..NameRegister::default()
        };
        // (given name, surname) of relatives ("his younger brother
        // Wiremu"), read with the names (see `kin_surname`).
        let mut kin_names: Vec<(Span, Span)> = Vec::new();
        let mut i = match headline {
            Some(h) => tokens.partition_point(|t| t.para <= h),
            None => 0,
        };
        // The last token inside a quotation seen (see
        // `inverted_description`).
        let mut last_quoted = usize::MAX;
        while i < tokens.len() {
            if tokens[i].quoted {
                last_quoted = i;
            }
            // A dateline names a place, no person.
            if i == 0 || tokens[i - 1].para != tokens[i].para {
                if let Some(end) = dateline_end(text, tokens, i) {
                    i = end;
                    continue;
                }
            }
            // "Sen. Jack Brennaman, R-Ga., said": a party tag names no one,
            // nor its city's other words ("D-Kansas City").
            if is_party_tag(tokens[i].span().as_str(text)) {
                i += 1;
                while i < tokens.len()
                    && party_tag_ending_at(text, tokens, i, 0).is_some()
                    && !is_party_tag(tokens[i].span().as_str(text))
                {
                    i += 1;
                }
                continue;
            }
            if !is_name_part(tokens, i) {
                // "the Progressive Civic Movement (PCM)": initials and the
                // name they stand for.
                if tokens[i].is_punct('(') && reg.initials.len() < MAX_BODY_NAMES {
                    if let Some((initials, name)) = initials_in_brackets(text, tokens, i) {
                        if !reg.initials.iter().any(|(known, _)| *known == initials) {
                            reg.initials.push((initials, name));
                        }
                    }
                }
                if let Some(m) = possessive_person(text, tokens, i)
                    .or_else(|| named_by_clause(text, tokens, i))
                    .or_else(|| gendered_description(text, tokens, i))
                    .or_else(|| {
                        // (The cheap test first: a quotation closing a few
                        // tokens before.)
                        (2..=INVERTED_MODIFIERS + 3)
                            .contains(&i.wrapping_sub(last_quoted))
                            .then(|| inverted_description(text, tokens, i))
                            .flatten()
                    })
                    .or_else(|| described_subject(text, tokens, i, &reg))
                {
                    reg.subjects.push(m);
                }
                i += 1;
                continue;
            }
            let mut end = i;
            while let Some(next) = name_goes_on(text, tokens, end, i) {
                end = next;
            }
            // ("the Commissioner for Tourism, Arts and Culture, Mr. Emeka
            // Obiorah-Nwankwo": an item inside an office's list, before
            // its "and" and the last item, names no one.)
            let list_item = i > 0
                && tokens[i - 1].is_punct(',')
                && tokens
                    .get(end + 1)
                    .is_some_and(|n| n.span().as_str(text) == "and")
                && tokens.get(end + 2).is_some_and(|n| {
                    n.is_capitalised() && n.para == tokens[i].para && n.first_name().is_none()
                })
                && office_list_before(text, tokens, i);
            if list_item {
                i = end + 1;
                continue;
            }
            // "Daniel Farke's side": a given name and a surname in the
            // possessive name a person.
            if let Some((stem_end, three_words)) = possessive_surname(text, tokens, i, end) {
                if let Some(m) = name_ending_at(text, tokens, end, i) {
                    let name = Span::new(m.name.start, stem_end);
                    // (A name in the possessive with no given name known
                    // or title does not make a namesake of someone named
                    // before: "Dena Grayson’s relationship" after "Alan
                    // Grayson".)
                    let surname = &text[tokens[end + 1].span().start..stem_end];
                    // (Nor does a name of three words: "George W Bush's
                    // campaign" after "Jeb Bush".)
                    let known = (m.gender != Gender::Unknown || m.title.is_some()) && !three_words;
                    let namesake = reg.by_last.get(surname).is_some_and(|list| {
                        list.iter()
                            .any(|f| f.name.as_str(text) != name.as_str(text))
                    });
                    if known || !namesake {
                        reg.add_full_name(text, name, m.span.start, m.gender);
                    }
                    // A possessor is rarely the one a later pronoun means
                    // ("Bernie Sanders's campaign manager Jeff Weaver"): an
                    // antecedent of last resort.
                    reg.subjects.push(SubjectMention {
                        token: end + 1,
                        name,
                        gender: m.gender,
                        standalone: true,
                        subject: false,
                        unnamed: false,
                        proper: false,
                        possessor: true,
                    });
                }
                i = end + 2;
                continue;
            }
            if let Some(m) = name_ending_at(text, tokens, end, i) {
                if m.speaker_kind == SpeakerKind::Organisation
                    && m.first_token < end
                    && tokens[end].has(lexicon::COMPANY)
                    && reg.companies.len() < MAX_BODY_NAMES
                {
                    reg.companies.push(m.name);
                }
                if m.speaker_kind == SpeakerKind::Person
                    && !in_title_case(text, tokens, m.first_token, end)
                {
                    let full = m.name.as_str(text);
                    // ("Mr. Trump": a word after an honorific is a surname.)
                    if m.title.is_some_and(|t| {
                        let t = t.as_str(text);
                        t.ends_with('.') || matches!(t, "Mr" | "Mrs" | "Ms" | "Dr" | "Mx")
                    }) && !full.contains(' ')
                        && reg.titled_surnames.len() < MAX_BODY_NAMES
                        && !reg.titled_surnames.contains(&full)
                    {
                        reg.titled_surnames.push(full);
                    }
                    // "her brother, Xu Jun,": the noun before an apposed
                    // name tells its gender.
                    let gender = match m.gender {
                        Gender::Unknown => apposed_noun_gender(text, tokens, m.first_token),
                        g => g,
                    };
                    let m = Mention { gender, ..m };
                    // ("Chief technology officer John Smith": a title
                    // alone before a lower-case word names no one; nor does
                    // a name after a person's "of": "Sen. Roderick
                    // Halvorsrud of North Dakota".)
                    let of_a_person = m.first_token >= 2
                        && word(text, tokens, m.first_token - 1) == "of"
                        && tokens[m.first_token - 2].name_part
                        && !tokens[m.first_token - 2].has(lexicon::TITLE);
                    // ("Back in Houston, the congressman lingered": one
                    // word after "in" is a place.)
                    let in_a_place = m.first_token >= 1
                        && m.first_token == end
                        && m.title.is_none()
                        && word(text, tokens, m.first_token - 1) == "in";
                    // ("Born Harriet Mae Tolson in 1931, …, she worked":
                    // a birth name is no one the text speaks of by it.)
                    // ("Born" may be read into the name, opening it.)
                    let mut name_first = m.first_token;
                    while name_first < end && tokens[name_first].span().start < m.name.start {
                        name_first += 1;
                    }
                    // ("said Brookover, 38": the surname alone of the one
                    // person named so with it.)
                    if !full.contains(' ') {
                        if let Some([f]) = reg.by_last.get_mut(full).map(Vec::as_mut_slice) {
                            f.surname_first = true;
                        }
                    }
                    // ("Tama Hokianga … and his younger brother Wiremu")
                    if m.first_token == end && kin_names.len() < MAX_KIN_NAMES {
                        if let Some(sn) = kin_surname(text, tokens, end, &reg.full_mentions) {
                            kin_names.push((tokens[end].span(), sn));
                        }
                    }
                    let birth_name = [m.first_token, name_first].iter().any(|&f| {
                        f >= 1
                            && matches!(word(text, tokens, f - 1), "Born" | "born" | "née" | "nee")
                    });
                    // ("Palmetto Forward, a super PAC supporting her,": a
                    // name apposed to a noun for a body is a body's.)
                    // ("Corvell Biotherapeutics, which developed the
                    // treatment,": or one that "which" takes up.)
                    let which_body = tokens.get(end + 1).is_some_and(|c| c.is_punct(','))
                        && word(text, tokens, end + 2) == "which"
                        && given_name_gender(full).is_none()
                        && m.title.is_none();
                    let apposed_body = which_body
                        || tokens.get(end + 1).is_some_and(|c| c.is_punct(','))
                            // ("Fenmart, the country's third-largest
                            // supermarket chain,": or a definite one.)
                            // (Not a person's role: "Dr. Renée Marroquín,
                            // the county's local health authority,".)
                            && tokens.get(end + 2).is_some_and(|a| {
                                let w = a.span().as_str(text);
                                is_indefinite(w)
                                    || (w == "the"
                                        && m.title.is_none()
                                        && given_name_gender(full).is_none()
                                        && given_name_gender(word(text, tokens, m.first_token))
                                            .is_none())
                            })
                            && {
                                // The appositive's head: the last word before
                                // a preposition, a participle, a relative or
                                // punctuation, five words at most.
                                // (A compound's participle describes:
                                // "the fitness-tracking app".)
                                let in_head = |t: &Token| {
                                    let w = t.span().as_str(text);
                                    t.is_word()
                                        && t.para == tokens[end].para
                                        && !t.has(lexicon::COMPLEMENT | lexicon::RELATIVE)
                                        && (w.contains('-')
                                            || !(w.ends_with("ing") || w.ends_with("ed")))
                                };
                                let run = tokens[end + 3..]
                                    .iter()
                                    .take(6)
                                    .take_while(|t| in_head(t))
                                    .count();
                                (1..6).contains(&run) && {
                                    let head = &tokens[end + 2 + run];
                                    let w = head.span().as_str(text);
                                    // (Not a noun that may be a person's:
                                    // "a longtime policy maker".)
                                    w.eq_ignore_ascii_case("pac")
                                        || (head.is_lower()
                                            && crate::referents::is_body_noun(w)
                                            && !has_person_ending(w))
                                }
                            };
                    // ("the union Unite has said", and then "Unite has
                    // asked": a name after a noun for a body is a body's,
                    // wherever it stands.)
                    // (Not a person's job: "Real estate developer Carlos
                    // Beruff".)
                    // (Nor a relative clause's subject: "the kind of
                    // campaign Ayotte hoped to run"; an article opens the
                    // noun.)
                    // ("The fitness and sleep-tracking app Pulsewell": a
                    // few words may describe the noun.)
                    // (Apposed with a comma, the noun's phrase opens its
                    // clause: not "A spokesperson for the agency, Tomás
                    // Reyna,".)
                    // ("the Abuta-based research firm Civic Pulse": past a
                    // compound of a place.)
                    let place_compound = |k: usize| {
                        word(text, tokens, k)
                            .rsplit_once('-')
                            .is_some_and(|(_, tail)| {
                                tail.starts_with(|c: char| c.is_ascii_lowercase())
                            })
                    };
                    let article = |first: usize| {
                        (first.saturating_sub(6)..first - 1)
                            .rev()
                            .take_while(|&k| tokens[k].is_word() && !tokens[k].quoted)
                            .find(|&k| {
                                (!tokens[k].is_lower() && !place_compound(k))
                                    || is_article(word(text, tokens, k))
                            })
                            .is_some_and(|k| {
                                is_article(word(text, tokens, k))
                                    && (first == m.first_token || opens_clause(text, tokens, k))
                            })
                    };
                    // ("The testing company, HelixLine, said": or with a
                    // comma between.)
                    let noun_at = if m.first_token > 2
                        && tokens[m.first_token - 1].is_punct(',')
                        && tokens.get(end + 1).is_some_and(|c| c.is_punct(','))
                    {
                        m.first_token - 1
                    } else {
                        m.first_token
                    };
                    let after_body_noun = noun_at > 1
                        && tokens[noun_at - 1].is_lower()
                        && article(noun_at)
                        && m.title.is_none()
                        && given_name_gender(full).is_none()
                        // (Nor a person named in full before: "the
                        // campaign Manafort was running".)
                        && !reg.by_last.contains_key(full)
                        && {
                            let noun = word(text, tokens, noun_at - 1);
                            crate::referents::is_body_noun(noun) && !has_person_ending(noun)
                        };
                    if after_body_noun && reg.bodies.len() < MAX_BODY_NAMES {
                        reg.bodies.push(m.name);
                        // ("the company Corrodane Bio" then "Corrodane
                        // said": a company's name of several words, which
                        // its first word may stand for.)
                        if m.first_token < end
                            && crate::referents::is_company_noun(word(text, tokens, noun_at - 1))
                            && reg.companies.len() < MAX_BODY_NAMES
                        {
                            reg.companies.push(m.name);
                        }
                    }
                    // ("Crestline Senior Living, a company controlled by
                    // …": a body's full name, which its first word may
                    // stand for later.)
                    // (Read whole: "Senior" is no title there.)
                    if apposed_body && m.first_token < end && reg.companies.len() < MAX_BODY_NAMES {
                        reg.companies.push(Span::new(
                            tokens[m.first_token].span().start,
                            tokens[end].span().end,
                        ));
                    }
                    // ("Spotlight Equity, which represents actors, said":
                    // a body's name wherever it stands, as after a noun
                    // for a body; of two words or more: "Clinton, which is
                    // a problem" is the person.)
                    // (One word too when a noun for a body is apposed:
                    // "Fenmart, the supermarket chain,".)
                    if apposed_body
                        && (m.first_token < end || !which_body)
                        && reg.bodies.len() < MAX_BODY_NAMES
                    {
                        reg.bodies.push(m.name);
                    }
                    // (Its given name stands for the person, whom the
                    // sentence is about: "she" after it.)
                    if birth_name && name_first < end {
                        let given = tokens[name_first].span();
                        reg.subjects.push(SubjectMention {
                            token: name_first,
                            name: given,
                            gender: m.gender,
                            standalone: true,
                            subject: true,
                            unnamed: false,
                            proper: false,
                            possessor: false,
                        });
                    }
                    // ("Presumptive Democratic presidential nominee Hillary
                    // Clinton": capitalised words with no given name before
                    // a title and the name it goes with modify the title.)
                    let modifies_title = || {
                        m.title.is_none()
                            && m.first_token < end
                            && tokens.get(end + 1).is_some_and(Token::is_lower)
                            && {
                                let run = (end + 1..tokens.len().min(end + 4))
                                    .take_while(|&k| {
                                        let t = &tokens[k];
                                        let w = t.span().as_str(text);
                                        t.is_lower()
                                            && t.para == tokens[end].para
                                            && t.lemma().is_none()
                                            && t.pronoun().is_none()
                                            && !crate::cues::is_determiner(w)
                                            && !matches!(w, "is" | "was" | "former")
                                            && !t.has(
                                                lexicon::COMPLEMENT
                                                    | lexicon::CONJUNCTION
                                                    | lexicon::FILLER
                                                    | lexicon::RELATIVE,
                                            )
                                    })
                                    .count();
                                run > 0
                                    && tokens[end + run].has(lexicon::TITLE)
                                    && tokens.get(end + run + 1).is_some_and(|n| {
                                        n.name_part
                                            && n.is_capitalised()
                                            && n.para == tokens[end].para
                                    })
                            }
                            && given_name_gender(word(text, tokens, m.first_token)).is_none()
                    };
                    // ("Carys Bowyer, the Member of the Senedd for the
                    // area,": an office after "the" is no one's name.)
                    // ("Sir Geoffrey Langford, the Conservative MP for
                    // Hatherley,": or a party and a title before "for".)
                    let office = {
                        let the = |k: usize| word(text, tokens, k).eq_ignore_ascii_case("the");
                        let f = m.first_token + usize::from(the(m.first_token));
                        let of = (f..=end.min(f + 3))
                            .find(|&k| matches!(word(text, tokens, k), "of" | "for"))
                            .or_else(|| {
                                tokens
                                    .get(end + 1)
                                    .filter(|t| matches!(t.span().as_str(text), "of" | "for"))
                                    .map(|_| end + 1)
                            });
                        f <= end
                            && (f > 0 && the(f - 1))
                            && of.is_some_and(|o| {
                                o > f
                                    && tokens[f..o]
                                        .iter()
                                        .all(|t| t.has(lexicon::TITLE | lexicon::PARTY))
                                    && tokens[o - 1].has(lexicon::TITLE)
                            })
                    };
                    // ("Pajunen, a Social Democrat,", "a reporter for a
                    // Skarnian news agency": capitalised words after "a"
                    // describe; they name no one.)
                    // (Not "a Bernie Sanders supporter": a person's full
                    // name.)
                    let after_article = m.first_token > 0
                        && m.title.is_none()
                        && matches!(word(text, tokens, m.first_token - 1), "a" | "an")
                        && given_name_gender(full).is_none();
                    if is_title_alone(tokens, &m)
                        || office
                        || after_article
                        || of_a_person
                        || in_a_place
                        || birth_name
                        || modifies_title()
                        || apposed_body
                        || reg.is_body(text, full)
                    {
                        i = end + 1;
                        continue;
                    }
                    // "aboard the research vessel Thalassa", "Storm Ciarán":
                    // a vessel's or a storm's name is no person's.
                    // ("named the block Neely Tremlow Way": nor a street's.)
                    if (m.first_token > 0
                        && tokens[m.first_token - 1].is_lower()
                        && NAMED_THINGS.contains_ignore_ascii_case(word(
                            text,
                            tokens,
                            m.first_token - 1,
                        )))
                        || (m.first_token < end && STREET_WORDS.contains(word(text, tokens, end)))
                    {
                        i = end + 1;
                        continue;
                    }
                    // "Local officials", "Trump supporters": a name before
                    // a group noun modifies it and names no one.
                    let modifier = tokens.get(end + 1).is_some_and(|n| {
                        n.para == tokens[end].para && n.is_lower() && n.has(lexicon::GROUP)
                    });
                    // ("Longtime Clinton aides": no full name of Clinton's,
                    // unless a given name opens it, "Hillary Clinton aides".)
                    if !modifier || given_name_gender(full).is_some() {
                        reg.add_full_name(text, m.name, m.span.start, m.gender);
                        match relative_introduction(text, tokens, m.first_token) {
                            Some(RelativeIntroduction::Possessed)
                                if reg.relatives.len() < MAX_KIN_NAMES =>
                            {
                                reg.relatives.push(m.name);
                            }
                            Some(RelativeIntroduction::Opening)
                                if reg.relatives_opening.len() < MAX_KIN_NAMES =>
                            {
                                reg.relatives_opening.push(m.name);
                            }
                            _ => {}
                        }
                    }
                    if modifier {
                        i = end + 1;
                        continue;
                    }
                    // "Tannehill himself did not hide": a reflexive after
                    // a lone name says it is a person, and of what gender.
                    // (Opening the sentence: not "would meet Ms Oyediran
                    // himself".)
                    let reflexive = match word(text, tokens, end + 1) {
                        "himself" => Some(Gender::Male),
                        "herself" => Some(Gender::Female),
                        _ => None,
                    }
                    .filter(|_| opens_sentence(text, tokens, m.first_token));
                    // ("Siobhán Ní Bhriain, the Northern Nationalist MP
                    // for Mourne, was unconvinced": a description apposed
                    // to a name is no subject of its own.)
                    let apposed = m.kind == MentionKind::Description
                        && m.first_token >= 2
                        && tokens[m.first_token - 1].is_punct(',')
                        && tokens[m.first_token - 2].name_part;
                    let subject = !apposed && is_subject(text, tokens, m.first_token, end);
                    // ("Karaca, 49, was discussing her memoir": so does a
                    // possessive in the subject's own clause.)
                    let possessive = (m.gender == Gender::Unknown
                        && reflexive.is_none()
                        && subject
                        && opens_sentence(text, tokens, m.first_token))
                    .then(|| own_possessive_gender(text, tokens, end))
                    .flatten();
                    // ("Kavya, 12, who", "nine-year-old Maisie": so does
                    // an age with the one word.)
                    // (Not the surname of someone named in full before:
                    // "Robledo, 51," is Sofia Robledo.)
                    let aged = (crate::referents::age_after(text, tokens, end + 1).is_some()
                        || (m.first_token > 0
                            && word(text, tokens, m.first_token - 1).ends_with("-year-old")))
                        && !reg.by_last.contains_key(full);
                    reg.subjects.push(SubjectMention {
                        token: end,
                        name: m.name,
                        gender: reflexive.or(possessive).unwrap_or(m.gender),
                        // "Trump's wife, Melania,": a known given name
                        // alone names a person too.
                        standalone: m.title.is_some()
                            || full.contains(' ')
                            || given_name_gender(full).is_some()
                            || reflexive.is_some()
                            || aged,
                        subject,
                        unnamed: false,
                        proper: false,
                        possessor: false,
                    });
                }
            }
            i = end + 1;
        }
        let headline_text = headline.and_then(|h| {
            let first = tokens.partition_point(|t| t.para < h);
            let last = tokens.partition_point(|t| t.para <= h).checked_sub(1)?;
            (first <= last).then(|| &text[tokens[first].span().start..tokens[last].span().end])
        });
        for list in reg.by_last.values_mut().chain(reg.by_first.values_mut()) {
            list.sort_by_key(|f| std::cmp::Reverse(f.count));
            list.truncate(MAX_NAMESAKES);
            if let Some(h) = headline_text.filter(|_| list.len() > 1) {
                for f in list.iter_mut() {
                    f.headlined = h.contains(f.name.as_str(text));
                }
            }
        }
        // (Not a surname of someone else: "Smith and Jane Doe" after
        // "John Smith".)
        let mut pairs = coordinated_given_names(text, tokens);
        // (Counting no name read across the pair: "Tourists Roland".)
        pairs.retain(|(g, _, _)| {
            !reg.by_last.get(g.as_str(text)).is_some_and(|list| {
                list.iter()
                    .any(|f| f.name.end != g.end && f.name.len() > g.len())
            })
        });
        for &(g, _, sn) in &pairs {
            let given = g.as_str(text);
            reg.pair_by_given.entry(given).or_insert((g, sn));
            let same = reg.pairs_by_surname.entry(sn.as_str(text)).or_default();
            if same.len() < 2 && !same.iter().any(|(o, _)| o.as_str(text) == given) {
                same.push((g, sn));
            }
        }
        reg.pairs = pairs;
        // "Tama Hokianga … and his younger brother Wiremu": a given name
        // after a possessive's noun for a relative takes the surname of
        // the person named just before.
        // (It names a person alone then: "Wiremu, who is four years
        // younger, was more guarded. ‘…,’ he said".)
        // (A few, as for other names a text may give: bounded work.)
        for (g, sn) in kin_names {
            let given = g.as_str(text);
            if !reg.by_first.contains_key(given) && !reg.by_last.contains_key(given) {
                reg.pair_by_given.entry(given).or_insert((g, sn));
                for s in reg
                    .subjects
                    .iter_mut()
                    .filter(|s| s.name.as_str(text) == given)
                {
                    s.standalone = true;
                }
            }
        }
        reg.drop_common_words(text, tokens);
        reg.learn_addressed_genders(text, tokens);
        reg
    }

    /// "“Mr Urbańczyk, if it is only a courtesy, …?” Judge Brezovská
    /// asked": an honorific inside a quotation gives the gender of the one
    /// person the text names in full with that surname.
    fn learn_addressed_genders(&mut self, text: &str, tokens: &[Token]) {
        for t in tokens
            .iter()
            .filter(|t| t.kind() == crate::tokens::Kind::Quoted)
        {
            let quoted = t.span().as_str(text);
            for (at, _) in quoted.match_indices('M') {
                let rest = &quoted[at..];
                let Some((title, after)) = rest.split_once(' ') else {
                    continue;
                };
                let gender = match title.trim_end_matches('.') {
                    "Mr" => Gender::Male,
                    "Mrs" | "Ms" | "Miss" => Gender::Female,
                    _ => continue,
                };
                // (At a word's start: not "UMr".)
                if quoted[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                let surname = after
                    .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '’' || c == '\''))
                    .next()
                    .unwrap_or("");
                let surname = crate::text::possessive_stem(surname).unwrap_or(surname);
                if !surname.starts_with(char::is_uppercase) {
                    continue;
                }
                if let Some([f]) = self.by_last.get(surname).map(Vec::as_slice) {
                    if f.gender == Gender::Unknown
                        && self.addressed.len() < MAX_BODY_NAMES
                        && !self.addressed.iter().any(|(n, _)| *n == f.name)
                    {
                        self.addressed.push((f.name, gender));
                    }
                }
            }
        }
    }

    /// The gender an honorific inside a quotation gives the person the
    /// text names in full as `full` ("“Mr Urbańczyk, …?”"), if any.
    pub fn addressed_gender(&self, text: &str, full: &str) -> Gender {
        self.addressed
            .iter()
            .find(|(n, _)| n.as_str(text) == full)
            .map_or(Gender::Unknown, |&(_, g)| g)
    }

    /// Counts a name of two to four words as a full name.
    fn add_full_name(&mut self, text: &'t str, name: Span, at: usize, gender: Gender) {
        let full = name.as_str(text);
        let words = crate::text::words(full).take(5).count();
        if !(2..=4).contains(&words) {
            return;
        }
        self.full_mentions.push(name);
        let entry = FullName {
            first_at: at,
            name,
            gender,
            count: 1,
            surname_first: false,
            headlined: false,
        };
        count_name(
            self.by_last.entry(last_word(full)).or_default(),
            text,
            entry,
        );
        // "el-Masri" is also "Masri".
        if let Some(stem) = particle_stem(last_word(full)) {
            count_name(self.by_last.entry(stem).or_default(), text, entry);
        }
        // "Omar" of "Omar Farouk", "Zhang" of "Zhang Wei", "Juno" of
        // "Juno Mayhew": a short reference by the first word (see
        // `called_by_first`).
        if let Some(first) = crate::text::words(full).next() {
            count_name(self.by_first.entry(first).or_default(), text, entry);
        }
        // ("Caicedo" for Julián Andrés Caicedo Mejía: or the first of two
        // surnames after two given names.)
        if words == 3 || words == 4 {
            let mut w = crate::text::words(full);
            let (given, second, third) = (
                w.next().unwrap_or_default(),
                w.next().unwrap_or_default(),
                w.next().unwrap_or_default(),
            );
            // ("Matías" for Eréndira Matías Bautista: a given name of the
            // other gender after hers is a surname too.)
            let given_gender = given_name_gender(given);
            let surname_fits = |surname: &str| {
                lexicon::first_name_gender(surname)
                    .is_none_or(|g| given_gender.is_some_and(|f| gender_clash(f, g)))
                    && surname.starts_with(char::is_uppercase)
                    && !SURNAME_PARTICLES.contains(surname)
                    && !is_initial(surname)
            };
            let known = given_gender.is_some();
            let second_given = second.starts_with(char::is_uppercase)
                && lexicon::first_name_gender(second).is_some();
            let surname = if words == 3 { second } else { third };
            if known && (words == 3 || second_given) && surname_fits(surname) {
                count_name(
                    self.by_first_surname.entry(surname).or_default(),
                    text,
                    entry,
                );
            } else if surname_fits(second)
                && given.starts_with(char::is_uppercase)
                && !is_initial(given)
                // (Hilaria Quispe Mamani; Marcus Goh Wei Ming: an English
                // given name before a family name and two given names.)
                && ((words == 3 && !known) || (words == 4 && known && !second_given))
            {
                count_name(
                    self.by_unknown_first_surname.entry(second).or_default(),
                    text,
                    entry,
                );
            }
        }
        self.patronymic |= words > 2 && patronymic_after_given(full);
    }

    /// Drops the lone capitalised words that open a sentence and are
    /// common words, not names: written in lower case elsewhere in the
    /// text and never capitalised inside a sentence ("Nuclear talks
    /// resumed", "Local officials said"; but "Young said" where "Rep. Don
    /// Young" is named). One pass over the text for all of them.
    fn drop_common_words(&mut self, text: &str, tokens: &[Token]) {
        let mut lone: Vec<(&str, bool, bool)> = Vec::new(); // word, lower, inside
        let mut lengths = 0u64;
        for m in &self.subjects {
            let w = m.name.as_str(text);
            let first = tokens.partition_point(|t| t.span().start < m.name.start);
            if !m.standalone
                && !w.contains(' ')
                && w.len() < 64
                && opens_sentence(text, tokens, first)
                && lone.len() < MAX_COMMON_CHECKS
                && !lone.iter().any(|l| l.0 == w)
            {
                lone.push((w, false, false));
                lengths |= 1 << w.len();
            }
        }
        if lone.is_empty() {
            return;
        }
        for (i, t) in tokens.iter().enumerate() {
            let len = t.span().len();
            if !t.is_word() || t.quoted || len >= 64 || lengths & (1 << len) == 0 {
                continue;
            }
            let w = t.span().as_str(text);
            for l in lone.iter_mut().filter(|l| l.0.eq_ignore_ascii_case(w)) {
                if t.is_lower() {
                    l.1 = true;
                } else if !opens_sentence(text, tokens, i) {
                    l.2 = true;
                }
            }
        }
        self.subjects.retain_mut(|m| {
            let w = m.name.as_str(text);
            let Some(l) = lone.iter().find(|l| l.0 == w) else {
                return true;
            };
            let first = tokens.partition_point(|t| t.span().start < m.name.start);
            m.proper = l.2 && !l.1 && opens_sentence(text, tokens, first);
            !l.1 || l.2
        });
    }

    /// Whether `f` can be the full name of `name`: its words are all in
    /// it and the genders do not clash.
    fn fits(text: &str, f: &FullName, name: &str, gender: Gender) -> bool {
        let full = f.name.as_str(text);
        !gender_clash(gender, f.gender)
            && (full == name
                || crate::text::words(name).all(|w| {
                    // ("Van der Hoorn" opening a sentence for "Annelies
                    // van der Hoorn": a particle in either case.)
                    // ("Al-Mahrouqi" opening a sentence for "Yusra
                    // al-Mahrouqi": a hyphened particle in either case.)
                    crate::text::words(full).any(|x| {
                        x == w
                            || particle_stem(x) == Some(w)
                            || (particle_stem(x).is_some() && x.eq_ignore_ascii_case(w))
                            || (x.len() == w.len() && x.eq_ignore_ascii_case(w) && is_connector(x))
                    })
                }))
    }

    /// Whether a lone `first` can stand for the full name `f` that opens
    /// with it: a known given name ("Omar") or family name written first
    /// ("Zhang"); or any first word when another person of the text
    /// shares the surname ("Juno" and "Wren" for the sisters Juno and
    /// Wren Mayhew), where the text must use given names to tell them
    /// apart. Not the first word of any full name: "Ban" of "Ban Ki-moon"
    /// is his family name, "Pew" of "Pew Research" no given name.
    fn called_by_first(&self, text: &str, first: &str, f: &FullName) -> bool {
        // ("Rafizah said" after "Rafizah Kassim", "Chong said" after "Chong
        // Wei Liang": any first word no full name ends with, of a name
        // with no word of a body's.)
        // ("Dr Zulkifli said" after "Health Minister Datuk Seri Dr Zulkifli
        // Hamzah": a title before the full name goes with the given name
        // alone too.)
        let titled_in_full = || {
            text[..f.name.start]
                .trim_end()
                .rsplit(' ')
                .next()
                .and_then(lexicon::entry)
                .is_some_and(|e| e.has(lexicon::TITLE))
        };
        let person = || {
            !self.by_last.contains_key(first)
                && (!self.titled_surnames.contains(&first) || titled_in_full())
                && crate::text::words(f.name.as_str(text)).all(|w| {
                    lexicon::entry(w).is_none_or(|e| {
                        !e.has(
                            lexicon::ORGANISATION
                                | lexicon::COMPANY
                                | lexicon::PLACE
                                | lexicon::GROUP,
                        )
                    })
                })
        };
        person() || lexicon::first_name_gender(first).is_some()
            || lexicon::is_family_first(first)
            // ("Seol Eun-ji", "Moon Jae-in": a family name before a given
            // name of two syllables joined by a hyphen.)
            || is_syllable_pair(last_word(f.name.as_str(text)))
            // ("Marit and Sunniva Sandvik": the sisters of a pair too.)
            || self
                .pairs_by_surname
                .contains_key(last_word(f.name.as_str(text)))
            || self
                .by_last
                .get(last_word(f.name.as_str(text)))
                .is_some_and(|list| {
                    list.iter().any(|o| {
                        o.name.as_str(text) != f.name.as_str(text)
                            && !o.name.as_str(text).starts_with(first)
                    })
                })
    }

    /// The full name of a person the text names only by a given name
    /// coordinated with another's full name ("Brenda and Maureen
    /// Atherley"): for "Brenda", or for the surname alone ("Mr
    /// Rafferty-Ives" after "Colm and Bernadette Rafferty-Ives") when the
    /// given name's gender fits `gender` and the other's does not.
    pub fn paired_name(&self, text: &str, name: &str, gender: Gender) -> Option<String> {
        if name.contains(' ') {
            return None;
        }
        if let Some(&(g, sn)) = self.pair_by_given.get(name) {
            return Some(given_and_surname(text, g, sn));
        }
        if gender == Gender::Unknown {
            return None;
        }
        let mut found = self.pairs_by_surname.get(name)?.iter().filter(|(g, _)| {
            lexicon::first_name_gender(g.as_str(text)).is_none_or(|x| x == gender)
        });
        let &(g, sn) = found.next()?;
        // The namesake named in full is the other gender ("Bernadette").
        let other_clashes = self
            .by_last
            .get(name)
            .is_some_and(|list| list.iter().all(|f| gender_clash(gender, f.gender)));
        (found.next().is_none() && other_clashes).then(|| given_and_surname(text, g, sn))
    }

    /// Whether the name at `s`, at any of its occurrences, is one the
    /// text introduced as someone's relative ("his son, Enzo Vettoretti").
    fn is_relative(&self, text: &str, s: &Span) -> bool {
        self.relatives
            .iter()
            .any(|r| r.as_str(text) == s.as_str(text))
    }

    /// Whether the name at `s`, this occurrence, is one the text introduces
    /// there as someone's relative after a possessive inside its sentence
    /// ("named his eldest child, Tengku Puteri Nur Aisyah, as heir").
    pub fn introduced_as_relative(&self, s: &Span) -> bool {
        self.relatives.contains(s)
    }

    /// Whether the full name `full` first occurs after byte `at`, or was
    /// introduced as someone's relative ("Their eldest son, Keith
    /// Butterworth,"): a namesake the surname alone hardly means there.
    pub fn later_or_relative(&self, text: &str, full: &str, at: usize) -> bool {
        self.by_last.get(last_word(full)).is_some_and(|list| {
            list.iter().any(|f| {
                f.name.as_str(text) == full
                    && (f.first_at > at
                        || self.relatives.contains(&f.name)
                        || self.relatives_opening.contains(&f.name))
            })
        })
    }

    /// The full name of a person named before byte `at` only by a given
    /// name coordinated with another's full name ("Albert and Edna
    /// Butterworth"), whose given name is of `gender`: who "Mr
    /// Butterworth" there is, before any other namesake of that gender.
    pub fn paired_before(
        &self,
        text: &str,
        surname: &str,
        gender: Gender,
        at: usize,
    ) -> Option<String> {
        if gender == Gender::Unknown {
            return None;
        }
        self.pairs_by_surname
            .get(surname)?
            .iter()
            .find(|(g, _)| {
                g.start < at && lexicon::first_name_gender(g.as_str(text)) == Some(gender)
            })
            .map(|&(g, sn)| given_and_surname(text, g, sn))
    }

    /// The distinct full names sharing the last word `surname` ("Walter
    /// Pritchett" and "Kyle Pritchett"), most frequent first.
    pub fn namesakes(&self, surname: &str) -> impl Iterator<Item = Span> + '_ {
        self.namesakes_of_gender(surname, Gender::Unknown)
    }

    /// [`Self::namesakes`] whose gender, as the text gave it, does not
    /// clash with `gender` ("the elder Mr. Ulrich" is none of the women).
    pub fn namesakes_of_gender(
        &self,
        surname: &str,
        gender: Gender,
    ) -> impl Iterator<Item = Span> + '_ {
        self.by_last
            .get(surname)
            .into_iter()
            .flatten()
            .take(MAX_NAMESAKES)
            .filter(move |f| !gender_clash(gender, f.gender))
            .map(|f| f.name)
    }

    /// Every occurrence of a full name, in text order.
    pub fn full_mentions(&self) -> &[Span] {
        &self.full_mentions
    }

    /// The full name with the surname `surname` the text gives most often,
    /// other than `not` ("Adela Kafati" for "Kafati", not "Jorge Kafati"),
    /// if the text gives one.
    pub fn namesake_other_than(&self, text: &str, surname: &str, not: &str) -> Option<Span> {
        self.by_last
            .get(surname)?
            .iter()
            .filter(|f| f.name.as_str(text) != not)
            .max_by_key(|f| (f.count, std::cmp::Reverse(f.first_at)))
            .map(|f| f.name)
    }

    /// Whether `word` is the last word of a full name in the text
    /// ("Cyril" of "Malkia Cyril"): then a lone "Cyril" is that surname,
    /// and says nothing of gender as a given name would.
    pub fn is_surname(&self, word: &str) -> bool {
        self.by_last
            .get(word)
            .is_some_and(|list| list.iter().any(|f| f.name.len() > word.len()))
    }

    /// The full name occurring last before byte `at`, not too far back,
    /// that `fits`.
    fn recent_full_name(&self, at: usize, fits: impl Fn(&Span) -> bool) -> Option<&Span> {
        let before = self.full_mentions.partition_point(|s| s.start < at);
        self.full_mentions[..before]
            .iter()
            .rev()
            .take_while(|s| at - s.start <= RECENT_FULL_NAME)
            .take(8)
            .find(|s| fits(s))
    }

    /// Like [`Self::fullest`], for a name spoken at byte `at`: of several
    /// namesakes, one named in full just before is the one meant.
    pub fn fullest_near(&self, text: &str, name: &str, gender: Gender, at: usize) -> Option<Span> {
        let found = self.fullest_near_by_words(text, name, gender, at);
        self.or_opened_by(text, name, gender, found)
    }

    /// The full name opening with the given name `first` that the text
    /// gave last before byte `at`, if it fits `gender`: for a word the
    /// text may call a person by alone (see `called_by_first`), or after
    /// an honour (`honour`: "Dame Elspeth Morrant … Dame Elspeth said"),
    /// which makes it a given name whatever the lists know of it.
    pub fn by_given_name(
        &self,
        text: &str,
        first: &str,
        gender: Gender,
        at: usize,
        honour: bool,
    ) -> Option<Span> {
        let list = self.by_first.get(first)?;
        // (Not one introduced as a relative: "her older brother, Seol
        // Min-jun" … "Seol said" is Seol Eun-ji.)
        let recent = self.recent_full_name(at, |s| {
            crate::text::words(s.as_str(text)).next() == Some(first) && !self.is_relative(text, s)
        })?;
        list.iter()
            .any(|f| {
                f.name == *recent
                    && Self::fits(text, f, first, gender)
                    && (honour || self.called_by_first(text, first, f))
            })
            .then_some(*recent)
    }

    /// [`Self::fullest_near`] by the surname, or by a given name alone.
    fn fullest_near_by_words(
        &self,
        text: &str,
        name: &str,
        gender: Gender,
        at: usize,
    ) -> Option<Span> {
        // ("Hafiz bin Othman … Hafiz said": a given name before a word for
        // "son of" is what the person is called.)
        // ("Nurul Huda binte Ismail … Madam Nurul told": or the first of
        // two.)
        if self.patronymic && !name.contains(' ') {
            if let Some(f) = self.by_first.get(name).and_then(|list| {
                list.iter().find(|f| {
                    patronymic_after_given(f.name.as_str(text)) && !gender_clash(gender, f.gender)
                })
            }) {
                return Some(f.name);
            }
        }
        let Some(list) = self.by_last.get(last_word(name)) else {
            // ("Urrego says" after "Liliana Urrego Castaño": a first
            // surname alone, when only one person has it.)
            if let Some([f]) = self.by_first_surname.get(name).map(Vec::as_slice) {
                if !gender_clash(gender, f.gender) {
                    return Some(f.name);
                }
            }
            // "Sheikh Khalid bin Hamad Al Rashid also spoke. “…,” Sheikh
            // Khalid said": of the people a given name alone may mean, the
            // one named in full just before.
            return self
                .by_given_name(text, name, gender, at, false)
                .or_else(|| self.fullest(text, name, gender));
        };
        // ("van Oostveen, 67, said" paragraphs before "Her cousin, Sietske
        // van Oostveen,": not a relative the text introduces only later.)
        if list
            .iter()
            .all(|f| f.first_at > at && self.relatives.contains(&f.name))
        {
            return None;
        }
        // "Donald Trump also spoke … “…,” Trump said", in an article
        // about Eric Trump: of several namesakes, one named in full just
        // before is the one meant.
        // ("Lucien Guidroz … died …, his nephew, Andre Guidroz, said. …
        // Guidroz learned trumpet": not a namesake introduced as a
        // relative.)
        if list.len() > 1 {
            // (Nor one named only to say someone is not them: "Tom Carney,
            // who is not related to Linda Carney, said".)
            let disowned = |s: &Span| {
                let before = text[..s.start].trim_end();
                before.ends_with("related to") || before.ends_with("relation to")
            };
            // (But a relative is the one a title's gender singles out:
            // "his daughter, Bernadette Coady, …. “…,” Ms Coady said".)
            let singled_out = |s: &Span| {
                gender != Gender::Unknown
                    && list.iter().any(|f| f.name == *s && f.gender == gender)
                    && !list.iter().any(|f| f.name != *s && f.gender == gender)
            };
            let recent = self.recent_full_name(at, |s| {
                last_word(s.as_str(text)) == last_word(name)
                    && (!self.is_relative(text, s) || singled_out(s))
                    && !disowned(s)
            });
            if let Some(r) = recent {
                let r = r.as_str(text);
                if let Some(f) = list
                    .iter()
                    .filter(|f| Self::fits(text, f, name, gender))
                    .find(|f| f.name.as_str(text) == r)
                {
                    // (Or the fuller form of it: "Annelies van der Hoorn"
                    // for "Van der Hoorn" opening a sentence.)
                    let fuller = list.iter().find(|g| {
                        g.name.len() > f.name.len()
                            && Self::fits(text, g, r, gender)
                            && !is_next_generation(text, g.name, f.name)
                    });
                    return Some(fuller.unwrap_or(f).name);
                }
            }
        }
        self.fullest(text, name, gender)
    }

    /// The fullest name of the person called `name`: its last word must
    /// agree, its words must all be in the full name, and its gender must
    /// not clash; the most frequent such name wins, and of equals the first introduced.
    pub fn fullest(&self, text: &str, name: &str, gender: Gender) -> Option<Span> {
        let found = self.fullest_by_words(text, name, gender);
        self.or_opened_by(text, name, gender, found)
    }

    /// `found`, or when it is no fuller than `name`, the longer name the
    /// words of `name` open ("Siti Rohaya" of "Siti Rohaya Mokhtar").
    fn or_opened_by(
        &self,
        text: &str,
        name: &str,
        gender: Gender,
        found: Option<Span>,
    ) -> Option<Span> {
        if found.is_none_or(|f| f.as_str(text) == name) {
            if let Some(f) = self.opened_by(text, name, gender) {
                return Some(f);
            }
        }
        found
    }

    /// [`Self::fullest`] by the surname, or by a given name alone.
    fn fullest_by_words(&self, text: &str, name: &str, gender: Gender) -> Option<Span> {
        // ("Rolando Jr." for "Rolando Baluyot Jr.": a given name and the
        // suffix of the one full name that opens and ends so.)
        if let Some((given, suffix)) = name.split_once(' ').filter(|(g, s)| {
            !s.contains(' ') && SUFFIXES.contains(s.trim_end_matches('.')) && !g.contains(' ')
        }) {
            let mut found = self.by_first.get(given).into_iter().flatten().filter(|f| {
                let full = f.name.as_str(text);
                full.len() > name.len() && full.ends_with(suffix) && !gender_clash(gender, f.gender)
            });
            if let (Some(f), None) = (found.next(), found.next()) {
                return Some(f.name);
            }
        }
        // The one the text called by the surname alone before a namesake
        // came in ("said Brookover, 38" before "Her daughter, Jada
        // Brookover"); else the most frequent; among equals, the one
        // introduced first (the article's main figure).
        // (Not a shorter form of another: "Van der Hoorn", opening
        // sentences, is "Annelies van der Hoorn".)
        let best = |list: &Vec<FullName>, by_first: bool| {
            // (A fuller form of one fits whatever it fits.)
            list.iter()
                .filter(|f| Self::fits(text, f, name, gender))
                .filter(|f| !by_first || self.called_by_first(text, name, f))
                .filter(|f| {
                    let short = f.name.as_str(text);
                    !list.iter().any(|g| {
                        g.name.len() > f.name.len()
                            && Self::fits(text, g, short, gender)
                            && !is_next_generation(text, g.name, f.name)
                    })
                })
                .max_by_key(|f| {
                    (
                        f.surname_first,
                        f.headlined,
                        f.count,
                        std::cmp::Reverse(f.first_at),
                    )
                })
                .map(|f| f.name)
        };
        let last = last_word(name);
        self.by_last
            .get(last)
            .or_else(|| particle_stem(last).and_then(|stem| self.by_last.get(stem)))
            .and_then(|list| best(list, false))
            .or_else(|| {
                // A given name alone names the person whose full name opens
                // with it.
                (!name.contains(' '))
                    .then(|| self.by_first.get(name))
                    .flatten()
                    .and_then(|list| best(list, true))
            })
            .or_else(|| {
                // ("Caicedo said" after "Julián Andrés Caicedo Mejía": a
                // first surname alone, when only one person has it.)
                match self.by_first_surname.get(name).map(Vec::as_slice) {
                    Some([f])
                        if !self.by_last.contains_key(name) && !gender_clash(gender, f.gender) =>
                    {
                        Some(f.name)
                    }
                    _ => None,
                }
            })
    }

    /// The full name a lone surname stands for when it is the second word
    /// of a name no list reads so ("Hilaria Quispe Mamani" for "Quispe",
    /// "Marcus Goh Wei Ming" for "Goh"): the one person so named, of no
    /// other gender, whose surname no full name ends with.
    pub fn first_surname_referent(&self, name: &str, gender: Gender) -> Option<Span> {
        if self.by_last.contains_key(name) {
            return None;
        }
        match self.by_unknown_first_surname.get(name).map(Vec::as_slice) {
            Some([f]) if !gender_clash(gender, f.gender) => Some(f.name),
            _ => None,
        }
    }

    /// The name a body's initials stand for, where the text gave them in
    /// brackets after it ("Progressive Civic Movement" for "PCM").
    pub fn spelt_out(&self, name: &str) -> Option<Span> {
        self.initials
            .iter()
            .find(|(i, _)| *i == name)
            .map(|&(_, n)| n)
    }

    /// Whether the text put a noun for a body before `name` ("the union
    /// Unite"): a body's name, wherever it stands.
    pub fn is_body(&self, text: &str, name: &str) -> bool {
        self.bodies.iter().any(|b| b.as_str(text) == name)
    }

    /// The full name of the company that `name` opens, if the text named
    /// one so ("Orvane Devices Corp." for "Orvane").
    pub fn company_named(&self, text: &str, name: &str) -> Option<Span> {
        // (Not the first of two joined: "Hanseong Semiconductor" of
        // "Hanseong Semiconductor and Daemyung Electronics".)
        self.companies.iter().copied().find(|c| {
            c.as_str(text)
                .strip_prefix(name)
                .is_some_and(|rest| rest.starts_with(' ') && !rest.starts_with(" and "))
        })
    }

    /// The full name that the words of `name` open and go on from ("Siti
    /// Rohaya Mokhtar" for "Siti Rohaya"), when `name` has two words or
    /// more: given names used alone.
    fn opened_by(&self, text: &str, name: &str, gender: Gender) -> Option<Span> {
        let (first, rest) = name.split_once(' ')?;
        self.by_first.get(first)?.iter().find_map(|f| {
            let after = f.name.as_str(text).strip_prefix(first)?.strip_prefix(' ')?;
            (after.len() > rest.len()
                && after.starts_with(rest)
                && after.as_bytes()[rest.len()] == b' '
                && !gender_clash(gender, f.gender))
            .then_some(f.name)
        })
    }
}

/// Whether `w` is a given name of two short syllables joined by a hyphen,
/// the second in lower case ("Eun-ji", "Jae-in", "Ki-moon"), as Korean
/// names are written after the family name.
fn is_syllable_pair(w: &str) -> bool {
    let Some((a, b)) = w.split_once('-') else {
        return false;
    };
    let short = |s: &str| (1..=4).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_lowercase());
    a.len() >= 2 && a.as_bytes()[0].is_ascii_uppercase() && short(&a[1..]) && short(b)
}

/// Whether the words `first..=end` sit in a title written in title case
/// inside a sentence ("headlined Officeholders Who Endorse Trump Are
/// Sellouts"): a capitalised function word runs into them from either side.
fn in_title_case(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    let para = tokens[end].para;
    // (Not a style before a clergy title: "the Most Rev Cuthbert
    // Ollerton".)
    let function_word = |t: &Token| {
        t.para == para
            && t.is_word()
            && t.is_capitalised()
            && t.has(lexicon::NOT_NAME)
            && !is_style(t.span().as_str(text))
    };
    let after = tokens.get(end + 1).is_some_and(function_word);
    let before = first >= 2 && function_word(&tokens[first - 1]) && {
        let b = &tokens[first - 2];
        b.para == para && b.is_word() && !b.quoted
    };
    after || before
}

/// A person named in the possessive after a title ("Mr. Comey's
/// suggestion", "Ms. Rice's"), as a pronoun antecedent: the name without
/// its "'s", with the gender of the title.
fn possessive_person(text: &str, tokens: &[Token], i: usize) -> Option<SubjectMention> {
    let t = &tokens[i];
    let w = t.span().as_str(text);
    if t.quoted || !t.is_word() || !t.is_capitalised() || !is_possessive(w) {
        return None;
    }
    let stem = crate::text::possessive_stem(w).filter(|s| !s.is_empty())?;
    let name = Span::new(t.span().start, t.span().start + stem.len());
    let titled = i > 0
        && tokens[i - 1].para == t.para
        && tokens[i - 1].has(lexicon::TITLE)
        && tokens[i - 1].is_capitalised();
    // Untitled possessives ("Trump's campaign") are mostly not the one a
    // later pronoun means; a title marks a person spoken of. (Opening the
    // sentence, the topic: "But Quillfeather's pitch … what he calls".)
    if !titled && !opens_sentence_past_conjunction(text, tokens, i) {
        return None;
    }
    let first = if titled { i - 1 } else { i };
    if lexicon::entry(stem)
        .is_some_and(|e| e.has(lexicon::ORGANISATION | lexicon::PLACE | lexicon::NOT_NAME))
    {
        return None;
    }
    Some(SubjectMention {
        token: i,
        name,
        gender: gender_of(text, tokens, first, i),
        // (An untitled one only as the possessor of its sentence.)
        standalone: titled,
        subject: titled && is_subject(text, tokens, first, i),
        unnamed: false,
        proper: false,
        possessor: true,
    })
}

/// A person described by a gendered noun after a possessive or "the"
/// ending at token `i` ("Reed's mother", "his wife", "the woman"), as a
/// pronoun antecedent named by the description.
fn gendered_description(text: &str, tokens: &[Token], i: usize) -> Option<SubjectMention> {
    let t = &tokens[i];
    if t.quoted || !t.is_lower() || i == 0 {
        return None;
    }
    // Only as the subject opening a sentence, with no name in apposition
    // ("his brother Alastair Osman" is named). The cheap tests first: this
    // runs on every lower-case word.
    // ("A senior official shrugged.": one modifier between, lower-case,
    // no verb.)
    // (The determiner is capitalised: tested before the sentence.)
    // ("Then the man got to his feet": or past an adverb opening the
    // sentence.)
    let after_adverb = i >= 2
        && tokens[i - 2].is_capitalised()
        && tokens[i - 1].is_lower()
        && tokens[i - 1].span().len() <= 3
        && matches!(tokens[i - 1].span().as_str(text), "the" | "a" | "an")
        && tokens[i - 2].has(lexicon::FILLER)
        && tokens[i - 2].lemma().is_none()
        && tokens[i - 2].para == t.para
        && opens_sentence(text, tokens, i - 2);
    let modified = i >= 2
        && !after_adverb
        && tokens[i - 2].is_capitalised()
        && tokens[i - 1].is_lower()
        && tokens[i - 1].para == t.para
        && tokens[i - 1].lemma().is_none()
        && !tokens[i - 1].has(lexicon::COMPLEMENT | lexicon::CONJUNCTION | lexicon::FILLER)
        && opens_sentence(text, tokens, i - 2);
    // ("Asked what the family needed most, his mother did not
    // hesitate.": or past a phrase opening the sentence, up to its comma.)
    // (With one modifier between the determiner and the noun too:
    // "At a grain terminal near Rosario, one truck driver waiting in a line
    // said".)
    let phrase_det = |det: usize| {
        det >= 2
            && tokens[det - 1].is_punct(',')
            && tokens[det].is_lower()
            && matches!(
                tokens[det].span().as_str(text),
                "his" | "her" | "their" | "the" | "one" | "a" | "an" | "another"
            )
            && tokens[det + 1..i].iter().all(|m| {
                m.is_lower()
                    && m.para == t.para
                    && m.lemma().is_none()
                    && !m.has(lexicon::COMPLEMENT | lexicon::CONJUNCTION | lexicon::FILLER)
            })
            // (An indefinite after a name's comma is apposed to it: "For
            // Major, a retiree and one of the volunteers"; not after a
            // place ending a longer phrase: "On the beach at Gurunagar, one
            // fisherman was unimpressed".)
            && (!is_indefinite(tokens[det].span().as_str(text))
                || tokens[det - 2].is_lower()
                || tokens[..det - 1]
                    .iter()
                    .rev()
                    .take(PHRASE_BEFORE_SUBJECT)
                    .take_while(|m| m.is_word() && m.para == t.para && !m.quoted)
                    .any(|m| m.is_lower() && m.has(lexicon::COMPLEMENT)))
            && {
                let s = (det.saturating_sub(PHRASE_BEFORE_SUBJECT + 1)..det - 1)
                    .rev()
                    .find(|&k| opens_sentence(text, tokens, k));
                s.is_some_and(|s| {
                    let o = &tokens[s];
                    let w = o.span().as_str(text);
                    o.para == t.para
                        && o.is_capitalised()
                        && (matches!(w, "Asked" | "Told" | "Pressed" | "Questioned")
                            || o.has(lexicon::CLAUSE_OPENER))
                        && !tokens[s + 1..det - 1]
                            .iter()
                            .any(|x| x.quoted || x.is_punct(','))
                })
            }
    };
    // (The cheap test first: a comma two or three tokens before.)
    let phrase_det = (!modified
        && !after_adverb
        && i >= 3
        && (tokens[i - 2].is_punct(',') || tokens[i - 3].is_punct(',')))
    .then(|| [i - 1, i - 2].into_iter().find(|&det| phrase_det(det)))
    .flatten();
    let after_phrase = phrase_det.is_some();
    // ("A Castelreno spokesman declined to confirm", "A White House
    // official shrugged": or one or two capitalised words of a body's
    // name between.)
    // (The cheap test first: a capitalised word right before the noun.)
    let named_modifier = (!modified
        && !after_adverb
        && !after_phrase
        && i >= 2
        && tokens[i - 1].is_capitalised()
        && t.is_lower())
    .then(|| {
        (1..=NAMED_MODIFIER_WORDS).rev().find(|&n| {
            i > n
                && tokens[i - n..i].iter().all(|x| {
                    x.para == t.para
                        && x.is_capitalised()
                        && !x.has(lexicon::TITLE)
                        && !is_possessive(x.span().as_str(text))
                })
                && matches!(
                    tokens[i - n - 1].span().as_str(text),
                    "A" | "An" | "One" | "Another"
                )
                && opens_sentence(text, tokens, i - n - 1)
        })
    })
    .flatten();
    let d = match (named_modifier, phrase_det) {
        (Some(n), _) => i - n - 1,
        (None, _) if modified => i - 2,
        (None, Some(det)) => det,
        (None, None) => i - 1,
    };
    let opening = modified
        || named_modifier.is_some()
        || after_adverb
        || after_phrase
        || (tokens[i - 1].is_capitalised()
            && (opens_sentence(text, tokens, i - 1)
                // ("LOWER BRACKEN — The judge …": or after the text's
                // dateline.)
                || crate::referents::opens_the_text(text, tokens, i - 1)));
    if !opening {
        return None;
    }
    let p = &tokens[d];
    let pw = p.span().as_str(text);
    let opened = p.para == t.para
        && p.is_word()
        && (matches!(
            pw,
            "The" | "His" | "Her" | "Their" | "A" | "An" | "One" | "Another"
        ) || after_adverb
            || after_phrase
            || (p.is_capitalised() && is_possessive(pw)));
    // Nor "His mother, June Smith," or "His wife, the novelist Ingrid
    // Sorlie,".
    let named_after = tokens
        .get(i + 1)
        .is_some_and(|n| n.para == t.para && n.is_capitalised())
        || (tokens.get(i + 1).is_some_and(|n| n.is_punct(','))
            && tokens
                .iter()
                .skip(i + 2)
                .take(4)
                .take_while(|n| n.para == t.para && n.is_word() && !n.quoted)
                .find(|n| !n.is_lower())
                .is_some_and(Token::is_capitalised));
    // (The head is the last noun: "A senior" of "A senior official" is
    // none.)
    // ("A former armourer who served …": or a noun the lists do not
    // know that "who" takes up.)
    // ("One vendor at a public market said": or one with a person's
    // ending that reports in its sentence.)
    let unknown_person_noun = |k: usize| {
        let n = &tokens[k];
        let nw = n.span().as_str(text);
        n.lemma().is_none()
            && lexicon::entry(nw).is_none()
            && ((word(text, tokens, k + 1) == "who"
                && tokens.get(k + 1).is_some_and(|r| r.para == n.para))
                || (has_person_ending(nw)
                    && tokens[k + 1..]
                        .iter()
                        .take(UNKNOWN_NOUN_CUE_REACH)
                        .take_while(|r| {
                            r.para == n.para
                                && !r.quoted
                                && !matches!(r.ascii_char(text), Some(b'.' | b';' | b'?' | b'!'))
                        })
                        .any(|r| r.is_lower() && r.lemma().is_some())))
    };
    // ("A former colleague said": or any word after a title's modifier,
    // which heads nothing.)
    let noun_after = || {
        tokens.get(i + 1).is_some_and(|n| {
            let nw = n.span().as_str(text);
            n.para == t.para
                && n.is_lower()
                && (lexicon::noun_gender(nw).is_some()
                    || is_person_noun(n, nw)
                    || unknown_person_noun(i + 1)
                    || (n.is_word()
                        && n.lemma().is_none()
                        && TITLE_MODIFIERS.contains(t.span().as_str(text))))
        })
    };
    if !opened || named_after || noun_after() {
        return None;
    }
    // A noun for a person of one gender ("mother"), or any singular noun
    // that speaks ("A neighbour heard shouting."), of unknown gender.
    // Only after "a", "an" or "one": "the senator" takes up someone
    // named before.
    // ("The judge presiding over the trial … opened jury selection": or
    // "The" opening the text's first sentence, with no one named before.)
    let w = t.span().as_str(text);
    let gender = match lexicon::noun_gender(w) {
        Some(g) => g,
        None if (is_indefinite(pw)
            || (pw == "The" && crate::referents::opens_the_text(text, tokens, d)))
            && (is_person_noun(t, w) || unknown_person_noun(i)) =>
        {
            Gender::Unknown
        }
        None => return None,
    };
    is_subject(text, tokens, d, i)
        .then(|| SubjectMention::description(i, Span::new(p.span().start, t.span().end), gender))
}

/// A person described by an indefinite after a quotation, in an inverted
/// attribution ("“…,” one survivor, a 23-year-old man, told reporters",
/// "“…,” said a neighbour"), as a pronoun antecedent of unknown gender
/// unless the noun has one: the words a later "he said" takes up.
fn inverted_description(text: &str, tokens: &[Token], i: usize) -> Option<SubjectMention> {
    let t = &tokens[i];
    if i < 2 || t.quoted || !t.is_lower() || t.lemma().is_some() {
        return None;
    }
    // The determiner, with up to two modifiers between ("one young
    // survivor"), right after the quotation or a verb after it.
    let d = (i.saturating_sub(INVERTED_MODIFIERS + 1)..i)
        .rev()
        .find(|&k| {
            k >= 1
                && (tokens[k - 1].quoted || (k >= 2 && tokens[k - 2].quoted))
                && tokens[k].is_lower()
                && is_indefinite(tokens[k].span().as_str(text))
        })?;
    let w = t.span().as_str(text);
    let noun_gender = lexicon::noun_gender(w);
    if noun_gender.is_none() && !is_person_noun(t, w) {
        return None;
    }
    let modifiers_fit = tokens[d + 1..i].iter().all(|m| {
        m.para == t.para
            && m.is_lower()
            && m.lemma().is_none()
            && !m.has(lexicon::COMPLEMENT | lexicon::CONJUNCTION | lexicon::FILLER)
    });
    // Right after the quotation's closing mark, or after a reporting verb
    // right after it.
    // (Right after the mark, a reporting verb follows the noun or its
    // apposition: not "''commander's intent,'' a document he drew up".)
    // (Nor one who asked: "“Why now?” asked a reporter." puts a question
    // the next "he said" answers.)
    let after_quote = |k: usize| {
        let q = &tokens[k];
        q.quoted
            && q.para == t.para
            && text[..q.span().start]
                .chars()
                .rev()
                .take(3)
                .find(|&c| c == '?' || c.is_alphanumeric())
                != Some('?')
    };
    let verb = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|r| r.para == t.para && r.is_lower() && r.lemma().is_some())
    };
    let reports_after = || {
        verb(i + 1)
            || (tokens.get(i + 1).is_some_and(|c| c.is_punct(','))
                && (i + 2..tokens.len().min(i + 2 + APPOSITION_REACH))
                    .take_while(|&k| tokens[k].para == t.para && !tokens[k].quoted)
                    .find(|&k| tokens[k].is_punct(','))
                    .is_some_and(|k| verb(k + 1)))
    };
    // (The determiner's search made `d` at least 1.)
    let placed = tokens[d].para == t.para
        && ((after_quote(d - 1) && reports_after())
            || (d >= 2
                && tokens[d - 1].is_lower()
                && tokens[d - 1].lemma().is_some_and(|l| l != "ask")
                && after_quote(d - 2)));
    if !modifiers_fit || !placed {
        return None;
    }
    // The head is the last noun ("a party official"), and a name apposed
    // names the person ("one survivor, Amal Haddad,").
    let next = tokens.get(i + 1).filter(|n| n.para == t.para);
    if next.is_some_and(|n| {
        n.is_capitalised()
            || (n.is_lower()
                && (lexicon::noun_gender(n.span().as_str(text)).is_some()
                    || is_person_noun(n, n.span().as_str(text))))
    }) {
        return None;
    }
    if next.is_some_and(|n| n.is_punct(','))
        && tokens
            .get(i + 2)
            .is_some_and(|n| n.para == t.para && n.is_capitalised())
    {
        return None;
    }
    let gender = noun_gender.unwrap_or(Gender::Unknown);
    Some(SubjectMention::description(
        i,
        Span::new(tokens[d].span().start, t.span().end),
        gender,
    ))
}

/// How many modifiers may stand between the indefinite and the noun of a
/// description after a quotation ("one young survivor").
const INVERTED_MODIFIERS: usize = 2;

/// How many tokens an apposition between such a description and its verb
/// may take ("one survivor, a 23-year-old man from Homs, told").
const APPOSITION_REACH: usize = 12;

/// How many tokens after a noun no list knows a reporting verb may stand
/// for the noun to be read as a speaking person ("One vendor at a public
/// market in Marikina, who asked not to be named …, said").
const UNKNOWN_NOUN_CUE_REACH: usize = 30;

/// Words of the title list that modify the noun after them and head no
/// description of their own ("A former colleague", "an acting head").
const TITLE_MODIFIERS: ShortList =
    ShortList::new(&["former", "acting", "interim", "associate", "senior"]);

/// How many capitalised words of a body's name may stand between "A" and
/// the noun of a description opening a sentence ("A White House
/// official").
const NAMED_MODIFIER_WORDS: usize = 2;

/// A definite description opening a sentence as its subject and standing
/// for a person named before ("Sen. Patrick Dunleavy … The senator
/// paused.", "The former governor acknowledged"), ending at token `i`:
/// a mention of that person, by the name the text gave them, for a later
/// pronoun.
fn described_subject(
    text: &str,
    tokens: &[Token],
    i: usize,
    reg: &NameRegister<'_>,
) -> Option<SubjectMention> {
    let t = &tokens[i];
    // ("The 57-year-old climbed onto a truck": or an age.)
    let aged = t.span().as_str(text).ends_with("-year-old");
    if t.quoted || !(aged || (t.is_lower() && t.has(lexicon::TITLE))) {
        return None;
    }
    // "The senator", "The former governor": "The", up to three modifiers,
    // the head ("The 57-year-old former finance minister").
    // (Or "the" after a short opening phrase: "Later that evening, the
    // governor weighed in".)
    let the = (i.saturating_sub(4)..i).find(|&k| match tokens[k].span().as_str(text) {
        "The" => opens_sentence(text, tokens, k),
        "the" => after_opening_phrase(text, tokens, k),
        _ => false,
    })?;
    if !tokens[the + 1..i]
        .iter()
        .all(|m| m.para == t.para && m.is_word() && !m.quoted && m.lemma().is_none())
    {
        return None;
    }
    // Followed by its verb ("paused", "acknowledged", "has said"), not by
    // a name in apposition nor a noun it modifies; maybe past an aside
    // ("The president, for his part, appeared").
    let mut v = i + 1;
    if tokens.get(v).is_some_and(|c| c.is_punct(',')) {
        if let Some(close) = (v + 1..tokens.len().min(v + 6)).find(|&k| !tokens[k].is_word()) {
            let aside = close > v + 1
                && tokens[close].is_punct(',')
                && tokens[v + 1..close]
                    .iter()
                    .all(|t| t.is_lower() && t.lemma().is_none() && !t.quoted);
            if aside {
                v = close + 1;
            }
        }
        // (Or past a relative clause or an appositive: "The premier, who
        // turns 55 next week, shrugged off the numbers", "The minister, a
        // retired police general, said".)
        if v == i + 1 {
            if let Some(close) = aside_end(text, tokens, v + 1) {
                v = close + 1;
            }
        }
    }
    let verb = tokens.get(v).is_some_and(|n| {
        let w = n.span().as_str(text);
        n.para == t.para
            && n.is_lower()
            && !n.has(lexicon::TITLE | lexicon::GROUP | lexicon::COMPLEMENT | lexicon::CONJUNCTION)
            && (n.lemma().is_some()
                || n.has(lexicon::FILLER | lexicon::IRREGULAR_PAST)
                || crate::text::is_regular_past(w)
                || w.ends_with('s'))
    });
    if !verb {
        return None;
    }
    let span = Span::new(tokens[the].span().start, t.span().end);
    let person = crate::referents::referent(text, tokens, reg, span)?;
    Some(SubjectMention {
        token: i,
        name: person,
        gender: Gender::Unknown,
        standalone: true,
        subject: true,
        unnamed: false,
        proper: false,
        possessor: false,
    })
}

/// Participles of an appositive that names its subject ("identified as
/// …", "named in court documents as …").
const IDENTIFYING_PARTICIPLES: ShortList =
    ShortList::new(&["identified", "named", "described", "listed"]);

/// How many tokens back from its closing comma an appositive's relative
/// clause may open.
const RELATIVE_CLAUSE_REACH: usize = 30;

/// How many tokens a relative clause or an appositive after a subject
/// may run.
const RELATIVE_CLAUSE_TOKENS: usize = 32;

/// The comma closing an aside after a subject that opens at token `a`:
/// a relative clause ("who turns 55 next week,") or a lower-case
/// appositive ("a retired police general,"), within its paragraph,
/// unquoted.
pub(crate) fn aside_end(text: &str, tokens: &[Token], a: usize) -> Option<usize> {
    let t = tokens.get(a)?;
    let w = t.span().as_str(text);
    let relative = matches!(w, "who" | "whose");
    if !relative && !is_indefinite(w) {
        return None;
    }
    let close = (a + 1..tokens.len().min(a + RELATIVE_CLAUSE_TOKENS))
        .take_while(|&k| tokens[k].para == t.para && !tokens[k].quoted)
        .find(|&k| !tokens[k].is_word() || (!relative && !tokens[k].is_lower()))?;
    (close > a + 1 && tokens[close].is_punct(',')).then_some(close)
}

/// Adverbs of a phrasal verb, which an object pronoun comes before
/// ("backed her up").
const PARTICLES: ShortList = ShortList::new(&[
    "up", "down", "off", "out", "back", "in", "on", "over", "away", "around", "through",
]);

/// How many tokens back a phrase opening a sentence before a gendered
/// description's comma may start ("Asked what the family needed most,
/// his mother").
const PHRASE_BEFORE_SUBJECT: usize = 16;

/// How many tokens after a subject [`own_possessive_gender`] reads.
const OWN_POSSESSIVE_REACH: usize = 14;

/// The gender of a "his" or "her" before a noun in the clause of the
/// subject that ends at token `end`, before anyone else is named there
/// ("Karaca, 49, was discussing her memoir": female).
pub(crate) fn own_possessive_gender(text: &str, tokens: &[Token], end: usize) -> Option<Gender> {
    let para = tokens[end].para;
    for k in end + 1..tokens.len().min(end + OWN_POSSESSIVE_REACH) {
        let t = &tokens[k];
        // (Past a body after "the": "who captains the Lions".)
        if t.para != para
            || t.quoted
            || (t.name_part && !matches!(word(text, tokens, k - 1), "the" | "The"))
        {
            return None;
        }
        let w = t.span().as_str(text);
        let g = match w {
            "his" => Gender::Male,
            "her" => Gender::Female,
            "." | ";" | ":" | "?" | "!" | "which" => return None,
            _ => continue,
        };
        // ("stopped at her booth", "asked about his feud": after a
        // preposition the possessive is as often another's.)
        if tokens[k - 1].is_lower() && tokens[k - 1].has(lexicon::COMPLEMENT) {
            return None;
        }
        // (Before its noun: not "asked her to leave", "backed her up".)
        // ("gathered her notes": a verb's -s form there is a plural noun.)
        return tokens
            .get(k + 1)
            .filter(|n| {
                let nw = n.span().as_str(text);
                n.para == para
                    && n.is_lower()
                    && n.lemma()
                        .is_none_or(|l| nw.len() > l.len() && crate::cues::is_plural_form(nw))
                    && !n.has(lexicon::COMPLEMENT | lexicon::FILLER | lexicon::CONJUNCTION)
                    && !PARTICLES.contains(n.span().as_str(text))
            })
            .map(|_| g);
    }
    None
}

/// How many capitalised words of a city may follow a party tag's first
/// word ("D-Kansas City", "R-Salt Lake City").
const PARTY_TAG_CITY_WORDS: usize = 2;

/// The token of the party tag that ends at token `j`, itself or one whose
/// city's further capitalised words run to `j` ("D-Kansas City"), no
/// earlier than token `lo`.
fn party_tag_ending_at(text: &str, tokens: &[Token], j: usize, lo: usize) -> Option<usize> {
    let mut k = j;
    for _ in 0..=PARTY_TAG_CITY_WORDS {
        // (A tag's full stop ends it: "R-Ga. Senate Democrats" goes on.)
        let tag = word(text, tokens, k);
        if is_party_tag(tag) && (k == j || !tag.ends_with('.')) {
            return Some(k);
        }
        if k <= lo || !tokens[k].is_capitalised() || tokens[k - 1].para != tokens[k].para {
            return None;
        }
        k -= 1;
    }
    None
}

/// Whether a word is a US party tag ("R-Ga.", "D-N.Y.", "I-Vt."): a
/// party's initial, a hyphen and a state.
fn is_party_tag(w: &str) -> bool {
    party_tag(w).is_some()
}

/// The parties a tag's letter stands for ("R-Texas", "D-Md.").
pub(crate) const PARTIES: [(&str, &str); 3] =
    [("R", "Republican"), ("D", "Democrat"), ("I", "Independent")];

/// The party and the state of a party tag ("R-Texas" gives
/// ("Republican", "Texas"), "D-Md." gives ("Democrat", "Md.")).
pub(crate) fn party_tag(tag: &str) -> Option<(&'static str, &str)> {
    // (One capital and a hyphen first, read before any search.)
    let b = tag.as_bytes();
    if b.len() < 3 || b[1] != b'-' || !b[0].is_ascii_uppercase() {
        return None;
    }
    let (letter, state) = tag.split_once('-')?;
    let &(_, party) = PARTIES.iter().find(|(l, _)| *l == letter)?;
    state
        .starts_with(|c: char| c.is_ascii_uppercase())
        .then_some((party, state))
}

/// Whether a determiner introduces someone not named before ("a", "an",
/// "one", "another", any case): "A neighbour", unlike "the senator", who is.
pub(crate) fn is_indefinite(w: &str) -> bool {
    ["a", "an", "one", "another"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(w))
}

/// Whether a singular noun names a person ("neighbour", "witness",
/// "official", "reporter"), not a document or a body ("video", "ad",
/// "campaign"): a title word, or a group noun with a person's ending.
fn is_person_noun(t: &Token, w: &str) -> bool {
    person_noun_flags(|f| t.has(f), w)
}

/// [`is_person_noun`] for a word of a speaker's name ("executive" of "A
/// former Pellston executive"), looked up in the word lists.
/// The head noun of a description's name: its last word before a
/// preposition or relative pronoun ("senator" of "A Republican senator from Ohio").
pub(crate) fn head_noun(name: &str) -> &str {
    let mut head = "";
    let mut words = crate::text::words(name).peekable();
    while let Some(w) = words.next() {
        if !head.is_empty()
            && lexicon::entry(w).is_some_and(|e| e.has(lexicon::COMPLEMENT | lexicon::RELATIVE))
        {
            break;
        }
        // ("A Western diplomat following the negotiations": a present
        // participle before its object.)
        // ("A former defence minister accused of taking bribes": or a
        // past participle before its preposition.)
        let lower = w.len() > 5 && w.starts_with(|c: char| c.is_ascii_lowercase());
        let participle = lower
            && ((w.ends_with("ing")
                && words.peek().is_some_and(|n| {
                    crate::cues::is_determiner(n)
                        || n.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                }))
                || (w.ends_with("ed")
                    && words.peek().is_some_and(|n| {
                        lexicon::entry(n).is_some_and(|e| e.has(lexicon::COMPLEMENT))
                    })));
        if !head.is_empty() && participle {
            break;
        }
        head = w;
    }
    head.trim_end_matches([',', '.'])
}

/// Whether a description picks one person out of a group of people
/// ("One of the victims", "one of his aides").
pub(crate) fn is_one_of_people(name: &str) -> bool {
    let mut words = crate::text::words(name);
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("one"))
        && words.next() == Some("of")
        && words.nth(1).is_some_and(|w| {
            lexicon::entry(w).is_some_and(|e| e.has(lexicon::GROUP | lexicon::TITLE))
                && !lexicon::entry(w).is_some_and(|e| e.has(lexicon::ORGANISATION))
        })
}

pub(crate) fn is_person_word(w: &str) -> bool {
    lexicon::entry(w).is_some_and(|e| person_noun_flags(|f| e.has(f), w))
}

fn person_noun_flags(has: impl Fn(u32) -> bool, w: &str) -> bool {
    !has(lexicon::STATEMENT_NOUN | lexicon::ORGANISATION)
        && (has(lexicon::TITLE)
            || (has(lexicon::GROUP) && (has_person_ending(w) || PERSON_NOUNS.contains(w))))
}

/// Nouns of the group list for one person that end as no other noun for
/// a person does ("victim", "witness", "a senior party figure").
const PERSON_NOUNS: ShortList = ShortList::new(&[
    "victim",
    "witness",
    "citizen",
    "veteran",
    "envoy",
    "guest",
    "figure",
    "nurse",
    "friend",
    "ally",
    "rival",
    "fan",
    "delegate",
    "plaintiff",
    "relative",
    "parent",
]);

/// Whether a noun ends as nouns for people do ("administrator",
/// "organiser", "activist", "spokesperson", "billionaire", "nominee",
/// "colleague", "teammate"), compared in any case; not "committee".
pub(crate) fn has_person_ending(w: &str) -> bool {
    // ("postwoman", "fisherman": "man" too, not "human".)
    // ("colleague", "teammate": and those, not "league" or "climate".)
    const ENDINGS: [&str; 15] = [
        "er", "or", "ist", "ant", "ent", "ian", "our", "ial", "ness", "son", "aire", "ee", "man",
        "lleague", "mate",
    ];
    let ends = |e: &str| {
        w.len() >= e.len()
            && w.is_char_boundary(w.len() - e.len())
            && w[w.len() - e.len()..].eq_ignore_ascii_case(e)
    };
    ENDINGS.iter().any(|e| ends(e)) && !ends("ittee") && !ends("human") && !ends("imate")
}

/// The gender of a gendered noun right before the comma that opens an
/// apposed name at token `first` ("her brother, Xu Jun").
fn apposed_noun_gender(text: &str, tokens: &[Token], first: usize) -> Gender {
    // ("His wife of 61 years, Marguerite Hinds,": past the years.)
    let past_years = |k: usize| {
        if k >= 3
            && matches!(word(text, tokens, k), "years" | "year")
            && is_number(word(text, tokens, k - 1))
            && word(text, tokens, k - 2) == "of"
        {
            k - 3
        } else {
            k
        }
    };
    // ("Her husband of 52 years, retired schoolteacher Lungile Mokoena,":
    // past the words of a job before the name.)
    let mut first = first;
    let para = tokens.get(first).map(|t| t.para);
    for _ in 0..APPOSED_JOB_WORDS {
        match first.checked_sub(1).map(|k| &tokens[k]) {
            Some(p)
                if Some(p.para) == para
                    && p.is_lower()
                    && !p.quoted
                    && p.lemma().is_none()
                    && !p.has(lexicon::COMPLEMENT | lexicon::CONJUNCTION | lexicon::RELATIVE) =>
            {
                first -= 1;
            }
            _ => break,
        }
    }
    let noun = first
        .checked_sub(2)
        .filter(|&k| tokens[k + 1].is_punct(','))
        .map(past_years)
        .filter(|&k| tokens[k].is_lower());
    noun.and_then(|k| lexicon::noun_gender(tokens[k].span().as_str(text)))
        .unwrap_or(Gender::Unknown)
}

/// The lists whose words name something other than a person, or no one
/// ("Senator", "Ministry", "Ohio", "Yes", "Americans", "Democrat"): a word
/// on none of them may be a plain word of a name.
const NOT_PLAIN_NAME: u32 = lexicon::TITLE
    | lexicon::ORGANISATION
    | lexicon::PLACE
    | lexicon::NOT_NAME
    | lexicon::GROUP
    | lexicon::PARTY;

/// How many lower-case words of a job may stand between an apposition's
/// comma and the name ("her husband, retired schoolteacher Lungile
/// Mokoena").
const APPOSED_JOB_WORDS: usize = 3;

/// Where the surname in the possessive after a given name at token `end`
/// ends, without its "'s" ("Daniel Farke's side"): a capitalised word of
/// two letters or more, no organisation, place or function word. A word
/// after a title is a given name too, known or not ("Mayor Evander
/// Mahlangu's office"); so are two plain capitalised words from token
/// `first` that open the name ("Dewi Kartika Sari's career"), and then the
/// flag returned is set.
fn possessive_surname(
    text: &str,
    tokens: &[Token],
    first: usize,
    end: usize,
) -> Option<(usize, bool)> {
    // (A title in lower case too: "Sámi director Elle-Risten
    // Guttorm-Vass’s debut".)
    let titled = end > 0
        && tokens[end - 1].para == tokens[end].para
        && tokens[end - 1].is_word()
        && tokens[end - 1].has(lexicon::TITLE)
        && tokens[end].is_capitalised()
        && !tokens[end].has(lexicon::TITLE | lexicon::ORGANISATION | lexicon::PLACE);
    // ("Garrick Tannehill's campaign": or two capitalised words that name
    // nothing else, the first opening the name.)
    let plain_word = |t: &Token| t.is_capitalised() && !t.has(NOT_PLAIN_NAME);
    let plain = plain_word(&tokens[end]) && (end == 0 || !is_name_part(tokens, end - 1));
    let middle = first + 1 == end
        && (first == 0 || !is_name_part(tokens, first - 1))
        && tokens[first..=end].iter().all(plain_word);
    let by_middle = tokens[end].first_name().is_none() && !titled && !plain;
    if by_middle && !middle {
        return None;
    }
    let t = tokens
        .get(end + 1)
        .filter(|t| t.para == tokens[end].para && !t.quoted && t.is_word() && t.is_capitalised())?;
    let w = t.span().as_str(text);
    let stem = crate::text::possessive_stem(w).filter(|s| s.len() >= 2)?;
    if lexicon::entry(stem)
        .is_some_and(|e| e.has(lexicon::ORGANISATION | lexicon::PLACE | lexicon::NOT_NAME))
    {
        return None;
    }
    Some((t.span().start + stem.len(), by_middle))
}

/// How many words may describe a person between the determiner and the
/// comma before a name apposed to an object ("alongside his nephew and
/// former private secretary, Chaminda Wijeratne").
const APPOSED_OBJECT_WORDS: usize = 5;

/// How many capitalised words the object of a preposition may run to
/// before the comma of a region after it ("from Halifax, Nova Scotia,";
/// see [`is_subject`]).
const PREPOSITION_OBJECT_WORDS: usize = 3;

/// Whether the name in tokens `first..=last` stands in subject position:
/// at the start of a clause, and followed by a verb-like lower-case word or
/// an appositive comma.
fn is_subject(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let para = tokens[first].para;
    // "Democratic front-runner Hillary Clinton caused", "Clinton campaign
    // manager Robby Mook released": the words that describe the name
    // open the clause with it.
    // (Or its dateline's dash: "MARLSTOW — The comedian Olek Sobczyk
    // said".)
    let opens_sentence_or_dateline = |k: usize| {
        opens_sentence(text, tokens, k)
            || dateline_end(text, tokens, tokens.partition_point(|t| t.para < para)) == Some(k)
    };
    let mut first = first;
    for _ in 0..6 {
        let Some(p) = first.checked_sub(1).map(|k| &tokens[k]) else {
            break;
        };
        // A capitalised common word opening the sentence describes it too
        // ("Team doctor John Asante").
        let describes = p.para == para
            && !p.quoted
            && p.is_word()
            && (p.is_capitalised()
                || p.has(lexicon::TITLE | lexicon::GROUP)
                || lexicon::noun_gender(p.span().as_str(text)).is_some()
                // "Delivery rider Rizwan Qadeer": a noun for a person
                // right before the name, after the word opening the
                // sentence.
                || (p.is_lower()
                    && tokens[first].is_capitalised()
                    && first >= 2
                    && tokens[first - 2].is_capitalised()
                    && !p.has(lexicon::COMPLEMENT | lexicon::FILLER | lexicon::RELATIVE)
                    // (Or after a dateline's dash or colon: "MARLSTOW —
                    // The comedian Olek Sobczyk said", "NAGPUR: Left-arm
                    // spinner Aniket Deshmukh returned".)
                    && opens_sentence_or_dateline(first - 2)
                    && has_person_ending(p.span().as_str(text)))
                // ("His teammate Jakub, 10, was": or a noun for a person
                // after a possessive opening the sentence.)
                || (p.is_lower()
                    && tokens[first].is_capitalised()
                    && first >= 2
                    && tokens[first - 2].is_capitalised()
                    && POSSESSIVE_DETERMINERS.contains_ignore_ascii_case(word(text, tokens, first - 2))
                    && opens_sentence_or_dateline(first - 2)
                    && (p.has(lexicon::GROUP) || lexicon::kin(p.span().as_str(text)).is_some()))
                // "bus driver Keisha Moore": a noun before a title.
                || (p.is_lower()
                    && tokens[first].is_lower()
                    && tokens[first].has(lexicon::TITLE | lexicon::GROUP)
                    && !p.has(lexicon::COMPLEMENT | lexicon::FILLER | lexicon::RELATIVE)
                    && !crate::text::is_regular_past(p.span().as_str(text))))
            && (!p.has(lexicon::NOT_NAME | lexicon::CONJUNCTION | lexicon::SUBORDINATOR)
                || (p.is_capitalised()
                    && !p.has(lexicon::CONJUNCTION | lexicon::SUBORDINATOR | lexicon::COMPLEMENT)
                    && first >= 1
                    && opens_sentence_or_dateline(first - 1)
                    && tokens[first].has(lexicon::TITLE | lexicon::GROUP)))
            // ("state Sen. Kim Salcedo": "state" before a title is no
            // verb.)
            && (p.lemma().is_none()
                || (p.has(lexicon::TITLE) && tokens[first].has(lexicon::TITLE))
                // ("Longtime volunteer Rosetta Okonjo": a noun for a
                // person that is a verb's form too, before a name, after a
                // capitalised word opening the sentence.)
                || (p.is_lower()
                    && p.has(lexicon::TITLE | lexicon::GROUP)
                    && tokens[first].is_capitalised()
                    && first >= 2
                    && tokens[first - 2].is_capitalised()
                    && opens_sentence_or_dateline(first - 2)));
        if !describes {
            break;
        }
        first -= 1;
    }
    // ("Accepting the award, a visibly emotional Van der Hoorn dedicated":
    // or after an article and a few words that describe the person.)
    let described = || {
        let mut b = first;
        while b > 0
            && first - b < 3
            && tokens[b - 1].para == para
            && tokens[b - 1].is_lower()
            && !tokens[b - 1].quoted
            && tokens[b - 1].lemma().is_none()
            && !tokens[b - 1].has(
                lexicon::COMPLEMENT
                    | lexicon::CONJUNCTION
                    | lexicon::RELATIVE
                    | lexicon::NOT_NAME
                    | lexicon::FILLER,
            )
        {
            b -= 1;
        }
        b < first
            && b > 0
            && matches!(word(text, tokens, b - 1), "a" | "an" | "A" | "An")
            && opens_clause(text, tokens, b - 1)
    };
    let opens = opens_clause(text, tokens, first) || described();
    // ("“…,” said Ingrid Solberg-Haug, the UN special envoy": the speaker
    // named after a report inverted after a quotation.)
    let inverted = first >= 2
        && tokens[first - 1].is_lower()
        && tokens[first - 1].lemma() == Some("say")
        && tokens[first - 2].quoted
        && tokens[first - 2].para == para;
    if inverted || apposed_to_subject(text, tokens, first, last) {
        return true;
    }
    // "The woman with the book is Dorothy, 78,", "Among those at the ramp
    // was 81-year-old Lakshmamma, a flower seller": a name after "is" or
    // "was" that closes its clause says who the subject is.
    let equated = {
        let mut b = first;
        if b > 0 && word(text, tokens, b - 1).ends_with("-year-old") {
            b -= 1;
        }
        b > 0
            && matches!(word(text, tokens, b - 1), "is" | "was")
            && tokens[b - 1].para == para
            // ("is Linda Kohli — no relation to … —": a dash's aside too.)
            && tokens.get(last + 1).is_some_and(|n| {
                n.para == para && (n.is_punct(',') || n.is_punct('.') || is_dash(tokens, last + 1))
            })
    };
    // "For Maya Feld, 17, a senior at …, the difference was obvious": a
    // person opening the sentence after "For" is what it is about.
    let topic = first > 0
        && tokens[first - 1].span().as_str(text) == "For"
        && opens_sentence(text, tokens, first - 1)
        && tokens
            .get(last + 1)
            .is_some_and(|n| n.para == para && n.is_punct(','));
    if equated || topic {
        return true;
    }
    // "Bush went after Trump at the debate": after a word that is both a
    // subordinator and a preposition, a name is a subject only before a
    // verb ("after Trump said").
    // (Nor a possessor before its noun: "after Mr. Vander Plaats's
    // introduction".)
    let object = first > 0
        && tokens[first - 1].has(lexicon::COMPLEMENT)
        && (crate::text::possessive_stem(word(text, tokens, last)).is_some()
            || !tokens.get(last + 1).is_some_and(|n| {
                n.para == para && n.is_lower() && !n.has(lexicon::COMPLEMENT | lexicon::CONJUNCTION)
            }));
    // "a role in the campaign of his wife, Hillary Clinton, as she
    // pursues": a name apposed to a person's noun after a preposition
    // names an object.
    // ("on trial alongside his nephew and former private secretary,
    // Chaminda Wijeratne,": a few words may describe the person.)
    let apposed_to_object = first >= 4
        && tokens[first - 1].is_punct(',')
        && tokens[first - 2].is_lower()
        && {
            let n = word(text, tokens, first - 2);
            lexicon::kin(n).is_some() || is_person_word(n)
        }
        && (first.saturating_sub(APPOSED_OBJECT_WORDS + 3)..first - 2)
            .rev()
            .take_while(|&k| tokens[k].para == para && tokens[k].is_word() && tokens[k].is_lower())
            .find(|&k| {
                matches!(
                    word(text, tokens, k),
                    "his" | "her" | "their" | "its" | "our" | "my" | "the" | "a" | "an"
                )
            })
            .is_some_and(|d| d > 0 && tokens[d - 1].has(lexicon::COMPLEMENT));
    // ("a tourist from Halifax, Nova Scotia, spent": a region set off
    // after a preposition's capitalised object is an object too; it holds
    // no title or given name, as "from Skarvland, Governor Ingeborg Lunde,"
    // and "guest on Sunday, Finance Minister Ursula Tiedemann," do.)
    let region_after_object = first >= 3 && {
        let sep = &tokens[first - 1];
        let region = sep.is_punct(',')
            && tokens[first..=last].iter().all(|t| {
                !t.has(lexicon::TITLE)
                    && lexicon::first_name_gender(t.span().as_str(text)).is_none()
            })
            && tokens
                .get(last + 1)
                .is_some_and(|n| n.para == para && n.is_punct(','));
        region && {
            let mut b = first - 1;
            while b > 0
                && first - 1 - b < PREPOSITION_OBJECT_WORDS
                && tokens[b - 1].para == para
                && tokens[b - 1].is_capitalised()
                && !tokens[b - 1].has(lexicon::TITLE)
            {
                b -= 1;
            }
            b < first - 1
                && b > 0
                && tokens[b - 1].para == para
                && tokens[b - 1].is_lower()
                && tokens[b - 1].has(lexicon::COMPLEMENT)
                && tokens[b - 1].lemma().is_none()
        }
    };
    if object || apposed_to_object || region_after_object {
        return false;
    }
    let followed = tokens.get(last + 1).is_some_and(|n| {
        n.para == para
            && !n.quoted
            && (n.is_lower()
                || n.is_punct(',')
                || n.is_punct('(')
                || n.is_punct('—')
                || n.is_punct('–'))
    });
    // "Was Lionel Grady happy with the answer?": the subject of a question
    // comes after the auxiliary that opens it.
    let question = first > 0
        && tokens[first - 1].is_capitalised()
        && AUXILIARIES.contains_ignore_ascii_case(word(text, tokens, first - 1))
        && opens_sentence(text, tokens, first - 1);
    (opens || question) && followed
}

/// Whether the name in tokens `first..=last` is set off by commas after a
/// description that opens its sentence, before the verb: "The youngest of
/// the miners, 19-year-old Brayan Condori Llaza, is Eusebio's nephew"
/// (the subject, named).
fn apposed_to_subject(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let para = tokens[first].para;
    let mut b = first;
    if b > 0 && word(text, tokens, b - 1).ends_with("-year-old") {
        b -= 1;
    }
    // ("One of the founders, retired GP Dr Malachy Drumm, has": words of
    // a job before the name.)
    while b > 0
        && first - b < 3
        && tokens[b - 1].para == para
        && tokens[b - 1].is_word()
        && !tokens[b - 1].quoted
        && ((tokens[b - 1].is_lower() && tokens[b - 1].lemma().is_none())
            || tokens[b - 1].has(lexicon::TITLE))
        && !tokens[b - 1].has(lexicon::COMPLEMENT | lexicon::CONJUNCTION | lexicon::RELATIVE)
    {
        b -= 1;
    }
    let Some(comma) = b.checked_sub(1).filter(|&c| tokens[c].is_punct(',')) else {
        return false;
    };
    // ("software entrepreneur Chloe Nakashima-Brandt, 31, largely
    // stayed": past an age and an adverb.)
    let mut v = last + 2;
    if word(text, tokens, v).bytes().all(|b| b.is_ascii_digit())
        && tokens.get(v + 1).is_some_and(|c| c.is_punct(','))
    {
        v += 2;
    }
    if tokens.get(v).is_some_and(|a| {
        a.is_lower() && a.lemma().is_none() && word(text, tokens, v).ends_with("ly")
    }) {
        v += 1;
    }
    let verb_after = tokens.get(last + 1).is_some_and(|c| c.is_punct(','))
        && tokens.get(v).is_some_and(|v| {
            v.para == para
                && v.is_word()
                && v.is_lower()
                && (v.lemma().is_some()
                    || v.has(lexicon::FILLER)
                    || crate::text::is_regular_past(v.span().as_str(text))
                    // ("Her eldest, nine-year-old Maisie, helps": a
                    // present tense.)
                    || (v.span().as_str(text).ends_with('s')
                        && !v.span().as_str(text).ends_with("ss")
                        && !v.has(lexicon::GROUP | lexicon::TITLE | lexicon::COMPLEMENT)))
        });
    if !verb_after {
        return false;
    }
    // The description: from a capitalised word opening the sentence to
    // the comma, a few words with no verb among them.
    let Some(start) = (comma.saturating_sub(8)..comma)
        .rev()
        .find(|&k| opens_sentence(text, tokens, k))
    else {
        return false;
    };
    tokens[start].is_capitalised()
        && tokens[start..comma].iter().all(|t| {
            t.para == para
                && t.is_word()
                && !t.quoted
                && t.lemma().is_none()
                && !crate::text::is_regular_past(t.span().as_str(text))
        })
}

/// Auxiliaries, which open a question before its subject ("Was Grady …?",
/// "Did the senator …?") and never stand in a title or a description.
pub(crate) const AUXILIARIES: ShortList = ShortList::new(&[
    "was", "is", "were", "are", "did", "does", "do", "has", "have", "had", "will", "would", "can",
    "could", "should",
]);

/// The usual gender of the given name that opens `name`, if known.
pub(crate) fn given_name_gender(name: &str) -> Option<Gender> {
    let mut words = crate::text::words(name);
    let first = words.next()?;
    let g = lexicon::first_name_gender(first)?;
    // ("Willie Mae Harrell": two given names of two genders tell none; the
    // cheap test first, a diminutive in "-ie".)
    let mixed = first.ends_with("ie") && {
        let second = words.next();
        words.next().is_some() && second.is_some_and(|w| diminutive_before_given_name(first, w, g))
    };
    (!mixed).then_some(g)
}

/// Whether a diminutive in "-ie" (`first`, of gender `g`) opens a double
/// given name whose second name is of the other gender ("Willie Mae",
/// "Billie Jean"): the two tell no gender.
fn diminutive_before_given_name(first: &str, second: &str, g: Gender) -> bool {
    first.ends_with("ie") && lexicon::first_name_gender(second).is_some_and(|h| gender_clash(g, h))
}

/// Whether two genders cannot belong to one person.
pub(crate) fn gender_clash(a: Gender, b: Gender) -> bool {
    matches!(
        (a, b),
        (Gender::Male, Gender::Female) | (Gender::Female, Gender::Male)
    )
}

/// Whether the name `longer` is the name `shorter` with a suffix of
/// generation ("Lucius Bellefontaine Jr." of "Lucius Bellefontaine"):
/// where the text gives both, two people, father and son, not a fuller
/// form of one name.
fn is_next_generation(text: &str, longer: Span, shorter: Span) -> bool {
    longer
        .as_str(text)
        .strip_prefix(shorter.as_str(text))
        .map(|rest| rest.trim_start_matches(',').trim())
        .is_some_and(|suffix| SUFFIXES.contains(suffix.trim_end_matches('.')))
}

/// Suffixes that end a person's name ("Jr.", "III"), without the full
/// stop.
const SUFFIXES: ShortList = ShortList::new(&["Jr", "Sr", "II", "III", "IV"]);

/// Letters after a person's name that are no part of it ("KC", "MP",
/// "OBE"), without the full stop.
const POST_NOMINALS: ShortList = ShortList::new(&[
    "KC", "QC", "SC", "BL", "MP", "MEP", "MSP", "MS", "MLA", "MPP", "MNA", "MLC", "TD", "OBE",
    "CBE", "MBE", "KBE", "DBE", "PhD",
]);

pub(crate) fn last_word(name: &str) -> &str {
    let mut words = crate::text::words(name).rev();
    let mut w = words.next().unwrap_or("");
    // Suffixes and post-nominals ("Jr.", "III", "KC", "OBE").
    let bare = w.trim_end_matches('.');
    if bare.len() <= 3 && (SUFFIXES.contains(bare) || POST_NOMINALS.contains(bare)) {
        w = words.next().unwrap_or(w);
    }
    w.trim_end_matches([',', '.'])
}
