//! Word lists, each in one place: the text files beside this module are
//! compiled into the binary and parsed once, on first use.
//!
//! | file | what |
//! |---|---|
//! | `reporting_verbs.txt` | reporting verbs with their inflections |
//! | `titles.txt` | words of titles before a name |
//! | `abbreviations.txt` | abbreviations a full stop does not end a sentence after |
//! | `pronouns.txt` | subject pronouns and their gender |
//! | `organisations.txt` | words that make a capitalised name an organisation |
//! | `company_words.txt` | words that end a company's full name ("Corp.", "Holdings") |
//! | `groups.txt` | common nouns that head a descriptive speaker |
//! | `first_names.txt` | given names and their usual gender |
//! | `family_first.txt` | family names that East Asian names put first |
//! | `gendered_nouns.txt` | nouns for a person of one gender (mother, husband) |
//! | `not_names.txt` | capitalised words that are never part of a name |
//! | `cue_fillers.txt` | words allowed between a speaker and its verb |
//! | `naming_words.txt` | words that present a quotation as a label or words |
//! | `clause_openers.txt` | words that open an introductory phrase |
//! | `work_words.txt` | words before the title of a work |
//! | `parties.txt` | party labels that stand before a name like a title |
//! | `conjunctions.txt` | coordinating words that open a clause |
//! | `subordinators.txt` | words that open a subordinate clause |
//! | `complements.txt` | words after which a name is an object |
//! | `abbreviations_prepositive.txt` | abbreviations before a name that never end a sentence |
//! | `abbreviations_numeric.txt` | abbreviations that stand before a number |
//! | `sentence_starters.txt` | words that start a sentence after an ambiguous full stop |
//! | `strong_sentence_starters.txt` | words that start a sentence even without a full stop |
//! | `caption_labels.txt` | labels of picture credits ("Image:") |
//! | `weekdays.txt` | names of the days of the week (datelines; "an ad released Thursday") |
//! | `prepositions.txt` | prepositions that open an introductory phrase |
//! | `honorifics.txt` | abbreviated forms of address before a name ("Mr.") |
//! | `places.txt` | countries, states and capitals that are never a person |
//! | `relatives.txt` | relative pronouns that open a clause about a speaker |
//! | `sourcing_words.txt` | words of a clause on how a source spoke ("anonymity") |
//! | `addressee_verbs.txt` | reporting verbs whose object is the person addressed |
//! | `speech_verbs.txt` | reporting verbs whose object clause is reported speech |
//! | `statement_nouns.txt` | nouns that present a quotation after them ("a statement:") |
//! | `us_states.txt` | US states and the abbreviations of a party tag ("R-Colo.") |

mod table;

use std::collections::HashMap as StdHashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;
pub(crate) use table::{word_key_at, WordTable, MAX_WORD};

/// A fast hash for the word lists (FxHash): their keys are fixed, so the
/// DoS resistance of the default SipHash buys nothing and costs a sixth
/// of the pipeline's time.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map with the fast, unkeyed hash, for the per-document maps of
/// names. Their keys come from the text, so a text crafted to collide
/// could slow its own extraction down (never crash it); a keyed hash would
/// close that at some cost in speed.
pub(crate) type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Grammatical gender of a speaker, as pronouns and titles reveal it.
///
/// ```
/// use whosaid::{extract, Gender};
/// let doc = extract("Anna Weber spoke first. “We agreed,” she said.");
/// assert_eq!(doc.speaker_of(&doc.quotes[0]).unwrap().gender, Gender::Female);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Referred to as "he".
    Male,
    /// Referred to as "she".
    Female,
    /// Referred to as "it" (an organisation, a document).
    Neuter,
    /// Referred to as "they" or "we" (a group).
    Plural,
    /// Not known.
    Unknown,
}

fn words(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
}

static VERBS: LazyLock<HashMap<Vec<u8>, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for line in include_str!("reporting_verbs.txt").lines() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let forms: Vec<&'static str> = line.split_whitespace().collect();
        let Some(&lemma) = forms.first() else {
            continue;
        };
        if forms.len() > 1 {
            for f in &forms {
                map.insert(f.as_bytes().to_vec(), lemma);
            }
        } else {
            for f in inflect(lemma) {
                map.insert(f.into_bytes(), lemma);
            }
        }
    }
    map
});

/// The regular forms of a verb: lemma, -s, -ed, -ing.
fn inflect(lemma: &str) -> [String; 4] {
    let consonant_y =
        lemma.ends_with('y') && !lemma[..lemma.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    let stem = &lemma[..lemma.len().saturating_sub(1)];
    let third = if lemma.ends_with(['s', 'x', 'z', 'o'])
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
    {
        format!("{lemma}es")
    } else if consonant_y {
        format!("{stem}ies")
    } else {
        format!("{lemma}s")
    };
    let past = if lemma.ends_with('e') {
        format!("{lemma}d")
    } else if consonant_y {
        format!("{stem}ied")
    } else {
        format!("{lemma}ed")
    };
    let ing = if lemma.ends_with('e') && !lemma.ends_with("ee") && lemma.len() > 2 {
        format!("{stem}ing")
    } else {
        format!("{lemma}ing")
    };
    [lemma.to_string(), third, past, ing]
}

static PRONOUNS: LazyLock<HashMap<&'static [u8], Gender>> = LazyLock::new(|| {
    include_str!("pronouns.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            Some((it.next()?.as_bytes(), gender_code(it.next()?)))
        })
        .collect()
});
static FIRST_NAMES: LazyLock<HashMap<&'static [u8], Gender>> =
    LazyLock::new(|| gendered_words(include_str!("first_names.txt")));

static GENDERED_NOUNS: LazyLock<HashMap<&'static [u8], Gender>> =
    LazyLock::new(|| gendered_words(include_str!("gendered_nouns.txt")));

/// Whether a word (any case) is a family name that comes first in its
/// full name ("Zhang" of "Zhang Wei", "Moon" of "Moon Jae-in";
/// `family_first.txt`).
pub(crate) fn is_family_first(word: &str) -> bool {
    entry(word).is_some_and(|e| e.has(FAMILY_FIRST))
}

/// The words of a list whose lines open with their gender ("m james
/// john …", "f mary …").
fn gendered_words(list: &'static str) -> HashMap<&'static [u8], Gender> {
    let mut map = HashMap::default();
    for line in list.lines() {
        let mut it = line.split_whitespace();
        let Some(code) = it.next().filter(|c| *c == "m" || *c == "f") else {
            continue;
        };
        for word in it {
            map.insert(word.as_bytes(), gender_code(code));
        }
    }
    map
}

static US_STATES: LazyLock<HashMap<&'static [u8], &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for line in include_str!("us_states.txt").lines() {
        let Some((name, abbrs)) = line.split_once('|').filter(|_| !line.starts_with('#')) else {
            continue;
        };
        let name = name.trim();
        for a in abbrs.split_whitespace() {
            map.insert(a.as_bytes(), name);
        }
        map.insert(name.as_bytes(), name);
    }
    map
});

/// The name of the US state a party tag's abbreviation stands for ("CO",
/// "Colo." and "Colorado" give "Colorado"; `us_states.txt`).
pub(crate) fn us_state(abbreviation: &str) -> Option<&'static str> {
    US_STATES.get(abbreviation.as_bytes()).copied()
}

/// The gender of a lower-case noun for a person of one gender ("mother",
/// "husband"; `gendered_nouns.txt`).
pub(crate) fn noun_gender(word: &str) -> Option<Gender> {
    GENDERED_NOUNS.get(word.as_bytes()).copied()
}

fn gender_code(code: &str) -> Gender {
    match code {
        "m" => Gender::Male,
        "f" => Gender::Female,
        "n" => Gender::Neuter,
        "p" => Gender::Plural,
        _ => Gender::Unknown,
    }
}

/// Everything the word lists say about one (lower-cased) word, looked up
/// once per token by the tokenizer so that later stages test flags instead
/// of hashing the word again.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    flags: u32,
    /// The lemma, if the word is a form of a reporting verb.
    pub lemma: Option<&'static str>,
    /// The gender, if the word is a subject pronoun.
    pub pronoun: Option<Gender>,
    /// The usual gender, if the word is a given name.
    pub first_name: Option<Gender>,
}

impl Entry {
    /// Whether the word is on the list `flag` names.
    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// The lists the word is on, as bits (`TITLE`, …).
    pub fn flags(&self) -> u32 {
        self.flags
    }
}

/// `titles.txt`.
pub(crate) const TITLE: u32 = 1;
/// `abbreviations.txt`.
pub(crate) const ABBREVIATION: u32 = 1 << 1;
/// `organisations.txt`.
pub(crate) const ORGANISATION: u32 = 1 << 2;
/// `groups.txt`.
pub(crate) const GROUP: u32 = 1 << 3;
/// `not_names.txt`.
pub(crate) const NOT_NAME: u32 = 1 << 4;
/// `cue_fillers.txt`.
pub(crate) const FILLER: u32 = 1 << 5;
/// `naming_words.txt`.
pub(crate) const NAMING: u32 = 1 << 6;
/// `clause_openers.txt`.
pub(crate) const CLAUSE_OPENER: u32 = 1 << 7;
/// `work_words.txt`.
pub(crate) const WORK: u32 = 1 << 8;
/// An irregular reporting verb whose past tense is its base ("put").
pub(crate) const PAST_LIKE_BASE: u32 = 1 << 9;
/// A reporting verb form other than its lemma ("says", "warned").
pub(crate) const INFLECTED_VERB: u32 = 1 << 10;
/// `parties.txt`.
pub(crate) const PARTY: u32 = 1 << 11;
/// `conjunctions.txt`.
pub(crate) const CONJUNCTION: u32 = 1 << 12;
/// `subordinators.txt`.
pub(crate) const SUBORDINATOR: u32 = 1 << 13;
/// `complements.txt`.
pub(crate) const COMPLEMENT: u32 = 1 << 14;
/// `places.txt`.
pub(crate) const PLACE: u32 = 1 << 15;
/// `relatives.txt`.
pub(crate) const RELATIVE: u32 = 1 << 16;
/// `sourcing_words.txt`.
pub(crate) const SOURCING: u32 = 1 << 17;
/// `addressee_verbs.txt` (lemmas).
pub(crate) const ADDRESSEE_VERB: u32 = 1 << 18;
/// `speech_verbs.txt` (lemmas).
pub(crate) const SPEECH_VERB: u32 = 1 << 19;
/// `statement_nouns.txt`.
pub(crate) const STATEMENT_NOUN: u32 = 1 << 20;
/// `quantifiers.txt`.
pub(crate) const QUANTIFIER: u32 = 1 << 21;
/// `family_first.txt`.
pub(crate) const FAMILY_FIRST: u32 = 1 << 22;
/// `weekdays.txt`.
pub(crate) const WEEKDAY: u32 = 1 << 23;
/// `irregular_pasts.txt`.
pub(crate) const IRREGULAR_PAST: u32 = 1 << 24;
/// `company_words.txt` (each also an [`ORGANISATION`] word).
pub(crate) const COMPANY: u32 = 1 << 25;
/// `legal_forms.txt` (each also a [`COMPANY`] word).
pub(crate) const LEGAL_FORM: u32 = 1 << 26;

static ENTRIES: LazyLock<WordTable<Option<Entry>>> = LazyLock::new(|| {
    let mut map: HashMap<Vec<u8>, Entry> = HashMap::default();
    let lists: [(&'static str, u32); 25] = [
        (include_str!("complements.txt"), COMPLEMENT),
        (include_str!("conjunctions.txt"), CONJUNCTION),
        (include_str!("subordinators.txt"), SUBORDINATOR),
        (include_str!("parties.txt"), PARTY),
        (include_str!("titles.txt"), TITLE),
        (include_str!("abbreviations.txt"), ABBREVIATION),
        (include_str!("organisations.txt"), ORGANISATION),
        (include_str!("company_words.txt"), COMPANY | ORGANISATION),
        (
            include_str!("legal_forms.txt"),
            LEGAL_FORM | COMPANY | ORGANISATION,
        ),
        (include_str!("groups.txt"), GROUP),
        (include_str!("not_names.txt"), NOT_NAME),
        (include_str!("cue_fillers.txt"), FILLER),
        (include_str!("naming_words.txt"), NAMING),
        (include_str!("clause_openers.txt"), CLAUSE_OPENER),
        (include_str!("work_words.txt"), WORK),
        (include_str!("places.txt"), PLACE),
        (include_str!("relatives.txt"), RELATIVE),
        (include_str!("sourcing_words.txt"), SOURCING),
        (include_str!("addressee_verbs.txt"), ADDRESSEE_VERB),
        (include_str!("speech_verbs.txt"), SPEECH_VERB),
        (include_str!("statement_nouns.txt"), STATEMENT_NOUN),
        (include_str!("quantifiers.txt"), QUANTIFIER),
        (include_str!("family_first.txt"), FAMILY_FIRST),
        (include_str!("weekdays.txt"), WEEKDAY),
        (include_str!("irregular_pasts.txt"), IRREGULAR_PAST),
    ];
    for (src, flag) in lists {
        for w in words(src) {
            map.entry(w.as_bytes().to_vec()).or_default().flags |= flag;
            // Group nouns speak in the plural too ("outlet", "outlets"):
            // the list gives one form, the other is made here.
            if flag == GROUP {
                if let Some(plural) = plural_of(w) {
                    map.entry(plural.into_bytes()).or_default().flags |= GROUP;
                }
            }
        }
    }
    for (form, lemma) in VERBS.iter() {
        let e = map.entry(form.clone()).or_default();
        e.lemma = Some(lemma);
        if lemma.as_bytes() != form.as_slice() {
            e.flags |= INFLECTED_VERB;
        }
    }
    for line in include_str!("reporting_verbs.txt").lines() {
        let forms: Vec<&str> = line.split_whitespace().collect();
        if !line.trim_start().starts_with('#') && forms.len() > 2 && forms[2] == forms[0] {
            map.entry(forms[0].as_bytes().to_vec()).or_default().flags |= PAST_LIKE_BASE;
        }
    }
    for (w, g) in PRONOUNS.iter() {
        map.entry(w.to_vec()).or_default().pronoun = Some(*g);
    }
    for (w, g) in FIRST_NAMES.iter() {
        map.entry(w.to_vec()).or_default().first_name = Some(*g);
    }
    let mut table = WordTable::with_capacity(map.len());
    for (word, e) in map {
        if let Some(slot) = std::str::from_utf8(&word).ok().and_then(|w| table.entry(w)) {
            *slot = Some(e);
        }
    }
    table
});

/// What the word lists say about `word` (any case), if anything.
pub(crate) fn entry(word: &str) -> Option<&'static Entry> {
    entries().get(word).and_then(Option::as_ref)
}

/// The regular plural of a lower-case singular noun ("outlet" →
/// "outlets", "party" → "parties", "spokesman" → "spokesmen"); `None` for
/// a word that already ends in s or is not plain ASCII letters.
fn plural_of(w: &str) -> Option<String> {
    if w.ends_with('s') || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    Some(match w.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ if w.ends_with("man") => format!("{}men", &w[..w.len() - 3]),
        _ if w.ends_with(['x', 'h']) => format!("{w}es"),
        _ => format!("{w}s"),
    })
}

/// The table of all entries, for loops that look up many words.
pub(crate) fn entries() -> &'static WordTable<Option<Entry>> {
    &ENTRIES
}

fn has(word: &str, flag: u32) -> bool {
    entry(word).is_some_and(|e| e.has(flag))
}

/// The lemma of a reporting verb form (any case), e.g. `"Said"` → `"say"`.
pub(crate) fn verb_lemma(word: &str) -> Option<&'static str> {
    entry(word).and_then(|e| e.lemma)
}

/// Whether the reporting verb `lemma` is on the word list `flag` names
/// (`ADDRESSEE_VERB`, `SPEECH_VERB`).
pub(crate) fn lemma_is(lemma: &str, flag: u32) -> bool {
    has(lemma, flag)
}

/// Whether `word` (any case, without its final full stop) is an
/// abbreviation after which a full stop does not end a sentence.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    has(word, ABBREVIATION)
}

/// Whether the word of `len` bytes at the start of `bytes` (which may run
/// on past it) is an abbreviation, as [`is_abbreviation`] tells, with its
/// key read in place.
pub(crate) fn is_abbreviation_at(bytes: &[u8], len: usize) -> bool {
    if len > table::MAX_WORD {
        // The careful path, which reads `’` as one byte.
        return std::str::from_utf8(bytes.get(..len).unwrap_or_default())
            .is_ok_and(is_abbreviation);
    }
    word_key_at(bytes, len)
        .and_then(|k| entries().get_key(k))
        .and_then(Option::as_ref)
        .is_some_and(|e| e.has(ABBREVIATION))
}

/// The usual gender of a given name (any case), if the list knows it.
pub(crate) fn first_name_gender(word: &str) -> Option<Gender> {
    entry(word).and_then(|e| e.first_name).or_else(|| {
        // ("Julián", "Óscar": a name with accents the list holds without
        // them; rare, so only after the plain look-up fails.)
        if word.is_ascii() || word.len() > FOLDED_NAME_BYTES {
            return None;
        }
        let mut buf = [0u8; FOLDED_NAME_BYTES];
        entry(crate::text::fold_latin_word(word, &mut buf)?).and_then(|e| e.first_name)
    })
}

/// The longest word (in bytes) [`first_name_gender`] folds the accents of.
const FOLDED_NAME_BYTES: usize = 32;

/// What a noun for a relative says of the person it names against the one
/// whose relative they are: "her mother" is a parent, "his son" a child,
/// "his brother" neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kin {
    Parent,
    Child,
    Other,
}

/// Parts and expressions of a person's body that a possessive opens as
/// the subject of a verb that may also report ("His voice cracked as he
/// spoke", "Her eyes filled"): never a speaker.
pub(crate) const BODILY_NOUNS: ShortList = ShortList::new(&[
    "voice",
    "eyes",
    "face",
    "hands",
    "hand",
    "lips",
    "mouth",
    "throat",
    "smile",
    "gaze",
    "expression",
    "tone",
    "shoulders",
    "laugh",
    "laughter",
    "tears",
    "jaw",
    "brow",
]);

/// Words that open a question reported after "asked" ("asked whether",
/// "asked the minister how").
pub(crate) const QUESTION_WORDS: ShortList = ShortList::new(&[
    "whether", "if", "why", "how", "what", "when", "where", "who",
]);

/// Words that open an indirect question after "asked" and its object
/// ("asked Vandergriff whether …", "asked Ndlovu about the meeting"): the
/// question's words and "which" and "about".
pub(crate) const QUESTION_OPENERS: ShortList = ShortList::new(&[
    "whether", "if", "what", "how", "why", "when", "where", "who", "which", "about",
]);

/// Nouns for a parent ("the mother of three", "her mother, Loretta
/// Bearspaw").
const PARENT_NOUNS: ShortList = ShortList::new(&[
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "mum",
    "mom",
    "dad",
]);

/// Nouns for a child or grandchild ("His son, Officer Kyle Pritchett").
const CHILD_NOUNS: ShortList = ShortList::new(&[
    "son",
    "daughter",
    "child",
    "grandson",
    "granddaughter",
    "stepson",
    "stepdaughter",
]);

/// Nouns for the other relatives who share a family name ("his younger
/// brother Wiremu", "his nephew, Andre Guidroz").
const OTHER_KIN_NOUNS: ShortList = ShortList::new(&[
    "brother", "sister", "wife", "husband", "twin", "cousin", "nephew", "niece", "uncle", "aunt",
]);

/// The relation a lower-case noun for a relative names, if it is one.
pub(crate) fn kin(word: &str) -> Option<Kin> {
    if PARENT_NOUNS.contains(word) {
        Some(Kin::Parent)
    } else if CHILD_NOUNS.contains(word) {
        Some(Kin::Child)
    } else if OTHER_KIN_NOUNS.contains(word) {
        Some(Kin::Other)
    } else {
        None
    }
}

/// A short list of words kept in the code beside the rule that reads it,
/// with a signature of its words (length, first and last byte, ASCII
/// case folded) that turns most other words away without comparing
/// strings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ShortList {
    words: &'static [&'static str],
    /// Bit `signature(w)` is set for every listed word `w`.
    signatures: u128,
}

/// The signature bit of a word: its length, first and last byte, with
/// ASCII letters folded to lower case.
const fn signature(w: &[u8]) -> u32 {
    let (first, last) = match w {
        [] => (0, 0),
        [a, .., b] => (a.to_ascii_lowercase(), b.to_ascii_lowercase()),
        [a] => (a.to_ascii_lowercase(), a.to_ascii_lowercase()),
    };
    (w.len() as u32)
        .wrapping_mul(31)
        .wrapping_add((first as u32).wrapping_mul(7))
        .wrapping_add(last as u32)
        & 127
}

impl ShortList {
    /// The list of `words`.
    pub const fn new(words: &'static [&'static str]) -> ShortList {
        let mut signatures = 0u128;
        let mut i = 0;
        while i < words.len() {
            signatures |= 1 << signature(words[i].as_bytes());
            i += 1;
        }
        ShortList { words, signatures }
    }

    /// Whether `w` may be listed, in any ASCII case.
    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        self.signatures >> signature(w.as_bytes()) & 1 != 0
    }

    /// Whether `w` is listed.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.may_hold(w) && self.words.contains(&w)
    }

    /// Whether `w` is listed, ignoring ASCII case.
    #[inline]
    pub fn contains_ignore_ascii_case(&self, w: &str) -> bool {
        self.may_hold(w) && self.words.iter().any(|x| x.eq_ignore_ascii_case(w))
    }
}

/// Whether `c` is a quotation mark of any script whosaid knows.
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '„'
            | '‚'
            | '「'
            | '」'
            | '『'
            | '』'
            | '‟'
            | '‛'
    )
}

/// The word lists the sentence segmenter reads into a lookup table of its
/// own, which answers for all of them with one probe per word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SegmenterList {
    /// `abbreviations.txt`
    Abbreviation,
    /// `abbreviations_prepositive.txt`
    Prepositive,
    /// `abbreviations_numeric.txt`
    Numeric,
    /// `sentence_starters.txt`
    Starter,
    /// `strong_sentence_starters.txt`
    StrongStarter,
    /// `caption_labels.txt`
    CaptionLabel,
    /// `weekdays.txt`
    Weekday,
    /// `prepositions.txt`
    Preposition,
    /// `honorifics.txt`
    Honorific,
}

/// The words (lower case) of one of the segmenter's lists.
pub(crate) fn segmenter_words(list: SegmenterList) -> impl Iterator<Item = &'static str> {
    words(match list {
        SegmenterList::Abbreviation => include_str!("abbreviations.txt"),
        SegmenterList::Prepositive => include_str!("abbreviations_prepositive.txt"),
        SegmenterList::Numeric => include_str!("abbreviations_numeric.txt"),
        SegmenterList::Starter => include_str!("sentence_starters.txt"),
        SegmenterList::StrongStarter => include_str!("strong_sentence_starters.txt"),
        SegmenterList::CaptionLabel => include_str!("caption_labels.txt"),
        SegmenterList::Weekday => include_str!("weekdays.txt"),
        SegmenterList::Preposition => include_str!("prepositions.txt"),
        SegmenterList::Honorific => include_str!("honorifics.txt"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_nouns_are_listed_in_the_plural_as_well() {
        assert_eq!(plural_of("outlet").as_deref(), Some("outlets"));
        assert_eq!(plural_of("party").as_deref(), Some("parties"));
        assert_eq!(plural_of("spokesman").as_deref(), Some("spokesmen"));
        assert_eq!(plural_of("officials"), None);
        assert!(entry("outlets").is_some_and(|e| e.has(GROUP)));
    }

    #[test]
    fn regular_verbs_get_their_inflections() {
        assert_eq!(verb_lemma("tweeted"), Some("tweet"));
        assert_eq!(verb_lemma("argues"), Some("argue"));
        assert_eq!(verb_lemma("arguing"), Some("argue"));
        assert_eq!(verb_lemma("worried"), Some("worry"));
    }

    #[test]
    fn irregular_verbs_are_listed_with_their_forms() {
        assert_eq!(verb_lemma("Said"), Some("say"));
        assert_eq!(verb_lemma("told"), Some("tell"));
        assert_eq!(verb_lemma("admitted"), Some("admit"));
    }

    #[test]
    fn irregular_pasts_of_other_verbs_are_no_reporting_verb_forms() {
        assert!(entry("took").is_some_and(|e| e.has(IRREGULAR_PAST)));
        for w in words(include_str!("irregular_pasts.txt")) {
            assert_eq!(verb_lemma(w), None, "{w}");
        }
    }

    #[test]
    fn nouns_for_relatives_say_which_way_the_relation_goes() {
        assert_eq!(kin("mother"), Some(Kin::Parent));
        assert_eq!(kin("granddaughter"), Some(Kin::Child));
        assert_eq!(kin("nephew"), Some(Kin::Other));
        assert_eq!(kin("neighbour"), None);
    }

    #[test]
    fn a_short_list_finds_its_words_in_any_case_and_no_others() {
        const L: ShortList = ShortList::new(&["de", "van", "n't", "", "é"]);
        for w in ["de", "van", "n't", "", "é"] {
            assert!(L.contains(w), "{w}");
            assert!(
                L.contains_ignore_ascii_case(&w.to_uppercase()) || w == "é",
                "{w}"
            );
        }
        assert!(L.contains_ignore_ascii_case("VaN"));
        assert!(!L.contains("Van"));
        for w in ["d", "dee", "vn", "of", "É", "ne't"] {
            assert!(!L.contains(w) && !L.contains_ignore_ascii_case(w), "{w}");
        }
    }

    #[test]
    fn the_verb_table_has_well_over_a_hundred_lemmas() {
        let lemmas: std::collections::HashSet<_> = VERBS.values().collect();
        assert!(lemmas.len() > 150, "{}", lemmas.len());
    }

    #[test]
    fn no_given_name_is_listed_for_both_genders() {
        let mut seen = HashMap::default();
        for line in include_str!("first_names.txt").lines() {
            let mut words = line.split_whitespace();
            let gender = match words.next() {
                Some("m") => "m",
                Some("f") => "f",
                _ => continue,
            };
            for w in words {
                let first = *seen.entry(w).or_insert(gender);
                assert_eq!(first, gender, "{w} is listed as both");
            }
        }
    }
}
